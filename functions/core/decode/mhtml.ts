/**
 * Unpacks a web archive in MIME form (MHTML: what Chrome and Edge write for "Webpage, Single File",
 * and Internet Explorer and Word for `.mht`) into the bytes of the page it holds.
 *
 * Such a file is a mail message: headers, then parts split by a boundary, the page's HTML first in
 * quoted-printable with its stylesheets, images and frames after it. Read as it is, the page's text
 * comes out with "=" at every 76th column and "=C3=A9" for each accented letter.
 */

import type { ArchivedPage } from './archived-page.js';

/** Where the headers of a message end: the first empty line. */
function headerEnd(text: string, from: number): { end: number; bodyStart: number } | null {
  const m = /\r?\n\r?\n/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit ? { end: hit.index, bodyStart: hit.index + hit[0].length } : null;
}

/** Header fields by lowercase name; folded lines (starting with a space or tab) are joined. */
function parseHeaders(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/** A parameter of a structured header: `boundary="----abc"`, `charset=utf-8`. */
function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function mediaType(value: string | undefined): string {
  return (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

/** Quoted-printable (RFC 2045) back to bytes: soft line breaks removed, "=XX" to its byte. */
function fromQuotedPrintable(latin1: string): Uint8Array {
  const text = latin1.replace(/=[ \t]*\r?\n/g, '');
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[n++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

/**
 * Whether a part said to be quoted-printable still is. Encoded HTML holds "=3D" for every
 * attribute's "=" and never a bare `name="`; a part with bare attributes was decoded already by
 * whatever passed the file on, and decoding it again would turn "?id=12" into a byte.
 */
function stillQuotedPrintable(latin1: string): boolean {
  return /=3D/i.test(latin1) || (/=\r?\n/.test(latin1) && !/\w="/.test(latin1));
}

function fromTransferEncoding(latin1: string, encoding: string | undefined): Uint8Array {
  const kind = (encoding ?? '').trim().toLowerCase();
  if (kind === 'quoted-printable' && stillQuotedPrintable(latin1)) return fromQuotedPrintable(latin1);
  if (kind === 'base64') return Uint8Array.from(Buffer.from(latin1.replace(/\s+/g, ''), 'base64'));
  return Uint8Array.from(Buffer.from(latin1, 'latin1'));
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Whether the first bytes are the headers of a multipart/related message, the MHTML envelope. */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const end = headerEnd(head, 0);
  if (end === null) return false;
  const headers = parseHeaders(head.slice(0, end.end));
  return mediaType(headers.get('content-type')) === 'multipart/related' && headerParam(headers.get('content-type'), 'boundary') !== null;
}

/**
 * The page an MHTML archive holds: the HTML part the archive names as its start or its snapshot's
 * address, else the first HTML part (the main frame comes before the frames it embeds).
 * Null when the bytes are no such archive or hold no HTML part.
 */
export function unpackMhtml(bytes: Uint8Array): ArchivedPage | null {
  if (!looksLikeMhtml(bytes)) return null;
  // latin1 maps each byte to one character, so offsets into the string are offsets into the bytes.
  const text = Buffer.from(bytes).toString('latin1');
  const top = headerEnd(text, 0)!;
  const headers = parseHeaders(text.slice(0, top.end));
  const type = headers.get('content-type');
  const boundary = headerParam(type, 'boundary')!;
  const start = headerParam(type, 'start');
  const snapshot = headers.get('snapshot-content-location') ?? null;

  const parts: Array<{ headers: Map<string, string>; body: string }> = [];
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter, top.bodyStart);
  while (at >= 0) {
    const afterDelimiter = at + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) break;
    const next = text.indexOf(`\n${delimiter}`, afterDelimiter);
    const partEnd = next < 0 ? text.length : next;
    const part = text.slice(afterDelimiter, partEnd).replace(/^[ \t]*\r?\n/, '');
    const split = headerEnd(part, 0);
    if (split !== null) parts.push({ headers: parseHeaders(part.slice(0, split.end)), body: part.slice(split.bodyStart).replace(/\r$/, '') });
    at = next < 0 ? -1 : next + 1;
  }
  const pages = parts.filter((p) => HTML_TYPES.has(mediaType(p.headers.get('content-type'))));
  const named = pages.find(
    (p) =>
      (start !== null && p.headers.get('content-id') === start) ||
      (snapshot !== null && p.headers.get('content-location') === snapshot),
  );
  const page = named ?? pages[0];
  if (page === undefined) return null;
  return {
    bytes: fromTransferEncoding(page.body, page.headers.get('content-transfer-encoding')),
    mediaType: mediaType(page.headers.get('content-type')),
    charset: headerParam(page.headers.get('content-type'), 'charset'),
    location: snapshot ?? page.headers.get('content-location') ?? null,
  };
}
