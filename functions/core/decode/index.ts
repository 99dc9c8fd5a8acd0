/**
 * Turns the bytes of an uploaded object into text and names its format.
 * Pure: no I/O; gzip is inflated in memory with a hard cap.
 */
import { gunzipSync } from 'node:zlib';
import type { InputFormat } from '../article.js';
import { RejectedInputError } from '../errors.js';
import { decodeWindows1252 } from '../clean/text-utils.js';
import { archivedPage } from './archived-page.js';
import { guessLegacyCharset } from './legacy-charset.js';
import { decodeStrict } from './strict.js';

export interface DecodedDocument {
  text: string;
  format: InputFormat;
  /** The WHATWG label of the encoding the bytes were read as (e.g. `utf-8`, `windows-1252`). */
  encoding: string;
  /** The address the page was saved from, where the file records it (a browser's single-file archive). */
  url?: string | null;
}

export interface DecodeHints {
  /** The object key; its extension picks the format and rejects unsupported types. */
  key: string;
  contentType?: string | undefined;
  /** Largest accepted size once decompressed; default 10 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const TEXT_EXT = new Set(['txt', 'text']);
const HTML_EXT = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MD_EXT = new Set(['md', 'markdown', 'mdown', 'mkd']);
const JSON_EXT = new Set(['json']);

const UNSUPPORTED_EXT = new Set([
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'ico', 'svg', 'heic', 'avif',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'epub',
  'zip', 'tar', 'tgz', 'bz2', 'xz', '7z', 'rar', 'zst',
  'exe', 'dll', 'so', 'dylib', 'bin', 'iso', 'dmg', 'msi', 'apk', 'jar', 'class', 'wasm',
  'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'flac', 'avi', 'mov', 'mkv', 'webm',
  'woff', 'woff2', 'ttf', 'otf', 'sqlite', 'db',
]);

const UNSUPPORTED_CT = /^(image|audio|video|font)\/|^application\/(pdf|zip|x-zip|x-msdownload|x-tar|x-7z|vnd\.|msword|x-rar|x-bzip)/i;

/** What a browser's single-file archive may hold and still be an article. */
const ARCHIVED_PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown']);

/** Magic numbers of binary formats people are likely to drop by mistake. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP', [0x50, 0x4b, 0x05, 0x06]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['PE', [0x4d, 0x5a]],
  ['WebAssembly', [0x00, 0x61, 0x73, 0x6d]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['OGG', [0x4f, 0x67, 0x67, 0x53]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function extensionOf(key: string): { ext: string; gz: boolean } {
  const name = (key.split('/').pop() ?? '').toLowerCase();
  const parts = name.split('.');
  let gz = false;
  if (parts.length > 1 && (parts[parts.length - 1] === 'gz' || parts[parts.length - 1] === 'gzip')) {
    gz = true;
    parts.pop();
  }
  return { ext: parts.length > 1 ? (parts[parts.length - 1] ?? '') : '', gz };
}

function inflate(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    // maxOutputLength makes zlib stop (and throw) instead of inflating a bomb into memory.
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large|maxOutputLength/i.test(String(error))) {
      throw new RejectedInputError('TOO_LARGE', `gzip content inflates past ${maxBytes} bytes`);
    }
    throw new RejectedInputError('MALFORMED', 'gzip data is corrupt or truncated');
  }
}

type Bom = { encoding: string; length: number } | null;

function detectBom(bytes: Uint8Array): Bom {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  // A stray NUL or escape code in real text is residue to strip; many of them mean the file is not text.
  return (nul + control) / n > 0.05 || (nul >= 4 && nul / n > 0.002);
}

function normalizeLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function charsetFromContentType(contentType: string | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1] ? normalizeLabel(m[1]) : null;
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="...charset=...">` within the first 4 KB. */
function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ? normalizeLabel(m[1]) : null;
}

/** Removes NUL and C0/C1 controls (keeping tab, LF, CR) so nothing illegal reaches XML. */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
}

/**
 * The text of `bytes`, read as a BOM, UTF-8, or the character set a header declares (`charset`) or the
 * page's own <meta> does, else the one its words read best in.
 */
function decodeText(bytes: Uint8Array, charset: string | null): { text: string; encoding: string } {
  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding);
    if (text === null) throw new RejectedInputError('BAD_ENCODING', `bytes are not valid ${bom.encoding}`);
    return { text, encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text === null) throw new RejectedInputError('BAD_ENCODING', `bytes are not valid ${utf16}`);
    return { text, encoding: utf16 };
  }
  if (looksBinary(bytes)) throw new RejectedInputError('BINARY', 'content looks binary (control bytes)');
  const declared = charset ?? charsetFromMeta(bytes);
  // UTF-8 that validates wins over a declaration: pages often lie about being latin-1.
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (declared === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: declared };
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const text = decodeStrict(bytes, declared);
    if (text !== null) return { text, encoding: declared };
  }
  // Not UTF-8 and no usable declaration: mostly Windows-1252, but an old editor's Cyrillic, Central
  // European or Japanese file is told by how its words read in each set.
  const guessed = guessLegacyCharset(bytes);
  if (guessed === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: guessed };
  return { text: new TextDecoder(guessed).decode(bytes), encoding: guessed };
}

function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head) || /^(<!--[\s\S]*?-->\s*)*<html[\s>]/i.test(head)) return 'html';
  if (/<(html|head|body)[\s>]/i.test(head)) return 'html';
  if (sourceTags(head) >= MIN_SOURCE_TAGS) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head)) return 'markdown';
  const headingLines = head.match(HEADING_LINE)?.length ?? 0;
  const mdLinks = head.match(/\[[^\]\n]+\]\([^)\s]+\)/g)?.length ?? 0;
  if (headingLines >= 1 && (headingLines >= 2 || mdLinks >= 1 || /^#{1,6} \S/.test(head))) return 'markdown';
  return 'text';
}

/**
 * A .txt file is plain text unless it is plainly something else: a page's HTML source, or the
 * Markdown a converter writes (html2text: a "# " headline and the page's links as "[text](url)").
 */
function textFileFormat(text: string): InputFormat {
  const head = text.slice(0, 4096);
  // A doctype alone is no page source: a copied page's text can open with one.
  if (sourceTags(head) >= MIN_SOURCE_TAGS) return 'html';
  const headings = head.match(HEADING_LINE)?.length ?? 0;
  const links = head.match(/\[[^\]\n]+\]\(https?:[^)\s]+\)/g)?.length ?? 0;
  return headings >= 1 && links >= MIN_CONVERTED_LINKS ? 'markdown' : 'text';
}

/** Fewest tags that make a page's HTML source. */
const MIN_SOURCE_TAGS = 5;
const SOURCE_TAG = /<\/?(p|div|span|a|br|h[1-6]|ul|li|table|article|section|meta|script|img|html|head|body)\b[^>]*>/gi;
/** A Markdown heading line: "# Blues win the flag". */
const HEADING_LINE = /^#{1,6} \S/gm;

/** How many of the tags that page sources are made of stand in `head`. */
function sourceTags(head: string): number {
  return head.match(SOURCE_TAG)?.length ?? 0;
}
/** Fewest Markdown links, with a heading, that make a .txt file a converter's Markdown. */
const MIN_CONVERTED_LINKS = 3;

/** A JSON upload carrying one article is rewritten as Markdown with front matter. */
function jsonToDocument(text: string): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new RejectedInputError('MALFORMED', 'the .json file is not valid JSON');
  }
  if (Array.isArray(data) && data.length > 0) data = data[0];
  if (!data || typeof data !== 'object') throw new RejectedInputError('MALFORMED', 'the JSON is not an article object');
  const record = data as Record<string, unknown>;
  const str = (k: string): string | null => {
    const v = record[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' && k === 'date') return new Date(v).toISOString();
    return null;
  };
  const body = str('content') ?? str('body') ?? str('text') ?? str('articleBody');
  if (!body) throw new RejectedInputError('MALFORMED', 'the JSON has no content, body or text field');
  const front: string[] = [];
  const add = (k: string, v: string | null): void => {
    if (v) front.push(`${k}: ${JSON.stringify(v.replace(/\s+/g, ' '))}`);
  };
  add('title', str('title') ?? str('headline'));
  add('date', str('date') ?? str('published') ?? str('datePublished'));
  const author = record.author;
  add('author', typeof author === 'string' ? author : Array.isArray(author) && typeof author[0] === 'string' ? author[0] : null);
  add('url', str('url'));
  add('source', str('source') ?? str('site'));
  return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}

/**
 * Decodes uploaded bytes to text and detects the format.
 *
 * Throws `RejectedInputError` with `EMPTY`, `BINARY`, `UNSUPPORTED_TYPE`, `BAD_ENCODING`, `MALFORMED`
 * or `TOO_LARGE` (after gzip inflation past `hints.maxBytes`, default 10 MiB). The returned text has
 * no BOM and no NUL/C0/C1 control characters other than tab, LF and CR.
 */
export function decodeDocument(bytes: Uint8Array, hints: DecodeHints): DecodedDocument {
  const maxBytes = hints.maxBytes ?? DEFAULT_MAX_BYTES;
  const { ext, gz } = extensionOf(hints.key);
  const contentType = hints.contentType?.toLowerCase();
  if (UNSUPPORTED_EXT.has(ext)) throw new RejectedInputError('UNSUPPORTED_TYPE', `.${ext} files are not articles`);
  const isGzipType = contentType ? /gzip/.test(contentType) : false;
  // application/octet-stream is "unknown", what S3 clients send when they do not guess: it is not
  // a reason to reject, the bytes are sniffed below instead.
  if (contentType && UNSUPPORTED_CT.test(contentType) && !isGzipType && !TEXT_EXT.has(ext) && !HTML_EXT.has(ext) && !MD_EXT.has(ext) && !JSON_EXT.has(ext)) {
    throw new RejectedInputError('UNSUPPORTED_TYPE', `content type ${contentType} is not an article`);
  }
  if (bytes.length === 0) throw new RejectedInputError('EMPTY', 'the file is empty');
  let data = bytes;
  if (gz || startsWith(bytes, [0x1f, 0x8b])) data = inflate(bytes, maxBytes);
  if (data.length > maxBytes) throw new RejectedInputError('TOO_LARGE', `content is larger than ${maxBytes} bytes`);
  for (const [name, magic] of MAGIC) {
    if (startsWith(data, magic)) {
      // "MZ" and "RIFF" are also plausible first letters of text; only count them with binary bytes.
      if ((name === 'PE' || name === 'RIFF') && !looksBinary(data)) continue;
      throw new RejectedInputError('BINARY', `content is ${name} data`);
    }
  }
  if (data.length === 0) throw new RejectedInputError('EMPTY', 'the file is empty');
  const archive = archivedPage(data);
  if (archive) {
    if (archive.mediaType !== null && !ARCHIVED_PAGE_TYPES.has(archive.mediaType)) {
      throw new RejectedInputError('UNSUPPORTED_TYPE', `the web archive holds ${archive.mediaType}, not a page`);
    }
    data = archive.bytes;
    if (data.length === 0) throw new RejectedInputError('EMPTY', 'the web archive holds an empty page');
  }
  // An archived page's character set is the archive's word for it, not the upload's header.
  const charset = archive ? (archive.charset === null ? null : normalizeLabel(archive.charset)) : charsetFromContentType(hints.contentType);
  const decoded = decodeText(data, charset);
  let text = stripControlCharacters(decoded.text).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new RejectedInputError('EMPTY', 'the file holds only whitespace');
  const replacement = (text.match(/\ufffd/g)?.length ?? 0) / text.length;
  if (replacement > 0.1) throw new RejectedInputError('BAD_ENCODING', 'too many undecodable characters');

  let format: InputFormat;
  if (archive) format = archive.mediaType === 'text/plain' ? textFileFormat(text) : archive.mediaType === 'text/markdown' ? 'markdown' : 'html';
  else if (JSON_EXT.has(ext) || (contentType?.startsWith('application/json') ?? false)) {
    text = jsonToDocument(text);
    format = 'markdown';
  } else if (TEXT_EXT.has(ext)) format = textFileFormat(text);
  else if (HTML_EXT.has(ext)) format = 'html';
  else if (MD_EXT.has(ext)) format = 'markdown';
  else if (contentType?.startsWith('text/html') || contentType?.startsWith('application/xhtml')) format = 'html';
  else if (contentType?.startsWith('text/markdown')) format = 'markdown';
  else format = sniffFormat(text);
  return { text, format, encoding: decoded.encoding, ...(archive?.location ? { url: archive.location } : {}) };
}
