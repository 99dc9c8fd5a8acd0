import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { decodeDocument, stripControlCharacters } from '../../functions/core/decode/index.js';
import { RejectedInputError, type RejectionCode } from '../../functions/core/errors.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function rejection(fn: () => unknown): RejectionCode | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof RejectedInputError) return error.code;
    throw error;
  }
}

describe('decodeDocument rejections', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'a.txt', 'EMPTY'],
    ['whitespace only', utf8(' \n\t\r\n  '), 'a.txt', 'EMPTY'],
    ['PNG magic', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo', 'BINARY'],
    ['PDF magic', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'doc', 'BINARY'],
    ['NUL-heavy bytes', Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256), 'blob.txt', 'BINARY'],
    ['.jpg key', utf8('hello'), 'incoming/cat.jpg', 'UNSUPPORTED_TYPE'],
    ['.pdf key', utf8('hello'), 'incoming/report.PDF', 'UNSUPPORTED_TYPE'],
    ['.zip key', utf8('hello'), 'x.zip', 'UNSUPPORTED_TYPE'],
    ['.exe key', utf8('hello'), 'setup.exe', 'UNSUPPORTED_TYPE'],
    ['invalid .json', utf8('{"title": "x", '), 'a.json', 'MALFORMED'],
    ['.json without a body', utf8('{"title": "x"}'), 'a.json', 'MALFORMED'],
    ['corrupt gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6]), 'a.txt.gz', 'MALFORMED'],
    ['UTF-16 BOM with a lone surrogate', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'a.txt', 'BAD_ENCODING'],
  ] as const)('%s → %s', (_name, bytes, key, code) => {
    expect(rejection(() => decodeDocument(bytes, { key }))).toBe(code);
  });

  it('rejects by content type', () => {
    expect(rejection(() => decodeDocument(utf8('hello'), { key: 'upload', contentType: 'image/png' }))).toBe('UNSUPPORTED_TYPE');
  });

  it('inflates gzip within the cap and refuses a bomb', () => {
    const text = 'Hello world. '.repeat(1000);
    expect(decodeDocument(gzipSync(utf8(text)), { key: 'a.txt.gz' }).text).toBe(text);
    expect(decodeDocument(gzipSync(utf8(text)), { key: 'no-extension' }).text).toBe(text);
    const bomb = gzipSync(new Uint8Array(2 * 1024 * 1024).fill(0x61));
    expect(bomb.length).toBeLessThan(10_000);
    expect(rejection(() => decodeDocument(bomb, { key: 'a.txt.gz', maxBytes: 1024 * 1024 }))).toBe('TOO_LARGE');
  });

  it('refuses plain content over the cap', () => {
    expect(rejection(() => decodeDocument(utf8('a'.repeat(2000)), { key: 'a.txt', maxBytes: 1000 }))).toBe('TOO_LARGE');
  });
});

describe('decodeDocument encodings', () => {
  const sample = 'Zoë’s café — “quoted” text.\nSecond line.';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeDocument(utf8(sample), { key: 'a.txt' })).toEqual({ text: sample, format: 'text', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    expect(decodeDocument(withBom, { key: 'a.txt' }).text).toBe(sample);
  });

  it('reads UTF-16 LE and BE by BOM, and LE by its NUL pattern', () => {
    const le = Buffer.from(sample, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeDocument(new Uint8Array([0xff, 0xfe, ...le]), { key: 'a.txt' })).toMatchObject({ text: sample, encoding: 'utf-16le' });
    expect(decodeDocument(new Uint8Array([0xfe, 0xff, ...be]), { key: 'a.txt' })).toMatchObject({ text: sample, encoding: 'utf-16be' });
    const ascii = 'Plain ASCII text saved as UTF-16 without a byte order mark.';
    expect(decodeDocument(Buffer.from(ascii, 'utf16le'), { key: 'a.txt' })).toMatchObject({ text: ascii, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, mapping 0x80-0x9F like browsers', () => {
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x92]);
    expect(decodeDocument(bytes, { key: 'a.txt' })).toMatchObject({ text: '“Café” €5 – ’', encoding: 'windows-1252' });
  });

  it('honours a <meta charset> when the bytes are not UTF-8', () => {
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>');
    const koi8 = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]); // "Привет"
    const doc = decodeDocument(new Uint8Array([...head, ...koi8, ...utf8('</p></body></html>')]), { key: 'page.html' });
    expect(doc.encoding).toBe('koi8-r');
    expect(doc.text).toContain('Привет');
  });

  it('strips NUL and C0/C1 controls but keeps tab and newlines', () => {
    const prose = 'Some ordinary words around the residue. '.repeat(3);
    const doc = decodeDocument(utf8(`${prose}a\u0000b\u0007c\td\u0085e\u009f\nf\r\ng`), { key: 'a.txt' });
    expect(doc.text).toBe(`${prose}abc\tde\nf\ng`);
    expect(stripControlCharacters('x\u001by\u007fz')).toBe('xyz');
  });
});

describe('decodeDocument formats', () => {
  it.each([
    ['a.txt', '<p>looks like html</p>', 'text'],
    ['a.text', '# heading', 'text'],
    ['a.html', 'plain words', 'html'],
    ['a.HTM', 'plain words', 'html'],
    ['a.xhtml', 'plain words', 'html'],
    ['a.md', 'plain words', 'markdown'],
    ['a.markdown', 'plain words', 'markdown'],
    ['noext', '<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['noext', '<html lang="en"><body>x</body></html>', 'html'],
    ['noext', '---\ntitle: A\n---\n\nBody text.', 'markdown'],
    ['noext', '# A heading\n\nSome text.', 'markdown'],
    ['noext', 'Just a title\n\nAnd a paragraph of text.', 'text'],
    // A .txt file that is a page's source, or a converter's Markdown, is read as what it is.
    ['a.txt', '<html><body><div><p>one</p><p>two</p></div></body></html>', 'html'],
    ['a.txt', '[Home](https://x.example/) > [Sport](https://x.example/sport)\n\n# Blues win the flag\n\nBy [Ann Lee](https://x.example/ann)', 'markdown'],
    ['a.txt', '<!DOCTYPE html> window.__STATE__={}\nTechBeat\n\nApple loses bid to pause ruling', 'text'],
  ] as const)('%s %j → %s', (key, text, format) => {
    expect(decodeDocument(utf8(text), { key }).format).toBe(format);
  });

  it('accepts a .json article as front matter plus body', () => {
    const json = JSON.stringify({ title: 'Bridge opens', content: 'The bridge opened today.', date: '2024-02-03', author: 'Ann Lee', url: 'https://x.example/a' });
    const doc = decodeDocument(utf8(json), { key: 'a.json' });
    expect(doc.format).toBe('markdown');
    expect(doc.text).toContain('title: "Bridge opens"');
    expect(doc.text).toContain('The bridge opened today.');
  });
});

/** Quoted-printable as a saving browser writes it: "=" and non-ASCII bytes as "=XX", lines cut at 76 with "=". */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    const piece = b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function mhtml(parts: Array<{ headers: string[]; body: string }>, top: string[] = []): Uint8Array {
  const boundary = '----MultipartBoundary--k2vGm9qZ1yTqXwqfV3e8rR0dJmYhN6pCbsU7tA4L0----';
  const lines = [
    'From: <Saved by Blink>',
    ...top,
    'Subject: =?utf-8?Q?Caf=C3=A9_owners_win_appeal?=',
    'Date: Sat, 24 Oct 2026 09:12:44 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    ...parts.flatMap((p) => [`--${boundary}`, ...p.headers, '', p.body]),
    `--${boundary}--`,
    '',
  ];
  return new Uint8Array(Buffer.from(lines.join('\r\n'), 'latin1'));
}

const PAGE = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Café owners win appeal</title></head>\n<body><article><h1>Café owners win appeal</h1><p>The owners of the Café Périgord on the quay won their appeal against the closure order on Friday, the court in Sarlat said, after a hearing that lasted most of the afternoon.</p><a href="/story?id=12ab">more</a></article></body></html>\n';

describe('decodeDocument web archives (MHTML)', () => {
  const snapshot = 'https://news.example.fr/2026/10/24/cafe-appeal';
  const chrome = mhtml(
    [
      {
        headers: ['Content-Type: text/html', 'Content-ID: <frame-4C3F0A2B@mhtml.blink>', 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${snapshot}`],
        body: quotedPrintable(new TextEncoder().encode(PAGE)),
      },
      { headers: ['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: cid:css-1a2b@mhtml.blink'], body: 'body { color: red; }' },
      { headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: cid:frame-ad@mhtml.blink'], body: '<html><body><p>Advertisement =E2=80=94 buy now</p></body></html>' },
      { headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://news.example.fr/logo.png'], body: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk' },
    ],
    [`Snapshot-Content-Location: ${snapshot}`],
  );

  it('reads the saved page out of a Chrome "Webpage, Single File" archive, whatever its name', () => {
    for (const key of ['a.mhtml', 'a.mht', 'noext', 'a.html']) {
      const doc = decodeDocument(chrome, { key, contentType: 'multipart/related' });
      expect(doc.format).toBe('html');
      expect(doc.text).toBe(PAGE);
      expect(doc.url).toBe(snapshot);
    }
  });

  it('cleans the archived page as the page itself, linked to where it was saved from', async () => {
    const doc = decodeDocument(chrome, { key: 'incoming/appeal.mhtml' });
    const article = await cleanDocument(doc, { now: new Date('2030-01-01T00:00:00Z'), url: doc.url ?? null });
    expect(article.title).toBe('Café owners win appeal');
    expect(article.paragraphs).toEqual([expect.stringMatching(/^The owners of the Café Périgord on the quay won their appeal .* afternoon\.$/)]);
    expect(article.canonicalUrl).toBe(snapshot);
  });

  it('decodes a Word ".mht" page in the charset its part declares, with no snapshot address', () => {
    const page = '<html><head><meta name=Generator content="Microsoft Word 15"></head><body><p>Caf\xe9 owners win appeal \x96 the ruling</p></body></html>';
    const word = mhtml([
      {
        headers: ['Content-Location: file:///C:/Users/ann/Documents/appeal.htm', 'Content-Transfer-Encoding: quoted-printable', 'Content-Type: text/html; charset="windows-1252"'],
        body: quotedPrintable(new Uint8Array(Buffer.from(page, 'latin1'))),
      },
    ]);
    const doc = decodeDocument(word, { key: 'appeal.mht' });
    expect(doc.text).toContain('Café owners win appeal – the ruling');
    expect(doc.url).toBe('file:///C:/Users/ann/Documents/appeal.htm');
  });

  it('decodes a base64 page, and leaves a part that was decoded already as it is', () => {
    const b64 = mhtml([{ headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], body: Buffer.from(PAGE, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n') }]);
    expect(decodeDocument(b64, { key: 'a.mhtml' }).text).toBe(PAGE);
    const decodedInPlace = mhtml([{ headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable'], body: Buffer.from(PAGE, 'utf8').toString('latin1') }]);
    expect(decodeDocument(decodedInPlace, { key: 'a.mhtml' }).text).toBe(PAGE);
  });

  it('rejects an archive that holds no page, saying what it is', () => {
    const imagesOnly = mhtml([{ headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'], body: 'iVBORw0KGgo=' }]);
    expect(rejection(() => decodeDocument(imagesOnly, { key: 'a.mhtml' }))).toBe('MALFORMED');
  });
});

/** A binary property list as Safari writes a web archive: dictionaries, data and ASCII strings. */
type Plist = string | Uint8Array | { [key: string]: Plist } | Plist[];
function binaryPlist(root: Plist): Uint8Array {
  const objects: number[][] = [];
  const marker = (kind: number, length: number): number[] => (length < 15 ? [(kind << 4) | length] : [(kind << 4) | 0xf, 0x11, length >> 8, length & 0xff]);
  const add = (value: Plist): number => {
    const ref = objects.length;
    objects.push([]);
    let body: number[];
    if (typeof value === 'string') body = [...marker(0x5, value.length), ...Buffer.from(value, 'latin1')];
    else if (value instanceof Uint8Array) body = [...marker(0x4, value.length), ...value];
    else if (Array.isArray(value)) body = [...marker(0xa, value.length), ...value.map(add)];
    else {
      const keys = Object.keys(value);
      const keyRefs = keys.map((k) => add(k));
      body = [...marker(0xd, keys.length), ...keyRefs, ...keys.map((k) => add(value[k]!))];
    }
    objects[ref] = body;
    return ref;
  };
  add(root);
  const out: number[] = [...Buffer.from('bplist00', 'latin1')];
  const offsets = objects.map((o) => {
    const at = out.length;
    out.push(...o);
    return at;
  });
  const tableOffset = out.length;
  for (const at of offsets) out.push((at >> 24) & 0xff, (at >> 16) & 0xff, (at >> 8) & 0xff, at & 0xff);
  const u64 = (n: number): number[] => [0, 0, 0, 0, (n >> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  out.push(0, 0, 0, 0, 0, 0, 4, 1, ...u64(objects.length), ...u64(0), ...u64(tableOffset));
  return new Uint8Array(out);
}

describe('decodeDocument Safari web archives', () => {
  const address = 'https://news.example.fr/2026/10/24/cafe-appeal';
  const archive = (page: Uint8Array, mediaType = 'text/html', encoding = 'UTF-8'): Uint8Array =>
    binaryPlist({
      WebMainResource: { WebResourceData: page, WebResourceMIMEType: mediaType, WebResourceTextEncodingName: encoding, WebResourceURL: address, WebResourceFrameName: '' },
      WebSubresources: [{ WebResourceData: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), WebResourceMIMEType: 'image/png', WebResourceURL: 'https://news.example.fr/logo.png' }],
    });

  it('reads the saved page, in the encoding the archive names, with the address it came from', () => {
    const doc = decodeDocument(archive(new TextEncoder().encode(PAGE)), { key: 'Café owners win appeal.webarchive' });
    expect(doc).toEqual({ text: PAGE, format: 'html', encoding: 'utf-8', url: address });
    const latin = decodeDocument(archive(new Uint8Array(Buffer.from('<p>Caf\xe9 \x96 appeal</p>', 'latin1')), 'text/html', 'windows-1252'), { key: 'a.webarchive' });
    expect(latin.text).toBe('<p>Café – appeal</p>');
  });

  it('reads an archived plain-text page as text, and refuses an archived image or a list that is no archive', () => {
    expect(decodeDocument(archive(utf8('Bridge opens\n\nThe bridge opened today.'), 'text/plain'), { key: 'a.webarchive' }).format).toBe('text');
    expect(rejection(() => decodeDocument(archive(new Uint8Array([1, 2, 3]), 'image/png'), { key: 'a.webarchive' }))).toBe('UNSUPPORTED_TYPE');
    expect(rejection(() => decodeDocument(binaryPlist({ CFBundleName: 'Notes' }), { key: 'Info.plist' }))).toBe('BINARY');
    const cut = archive(new TextEncoder().encode(PAGE)).subarray(0, 200);
    expect(rejection(() => decodeDocument(new Uint8Array([...cut, ...new Uint8Array(40)]), { key: 'a.webarchive' }))).toBe('BINARY');
  });
});
