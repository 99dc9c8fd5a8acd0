/**
 * Unpacks a Safari web archive (`.webarchive`, what Safari's "Save As" writes by default) into
 * the bytes of the page it holds.
 *
 * The file is a binary property list: a dictionary whose `WebMainResource` holds the page's bytes
 * (`WebResourceData`), their encoding's name and the address the page was read at, beside the
 * stylesheets and images it embedded.
 */
import { parseBuffer } from 'bplist-parser';
import type { ArchivedPage } from './archived-page.js';

const MAGIC = 'bplist00';

/** Whether the bytes are a binary property list (a web archive or any other). */
export function isBinaryPropertyList(bytes: Uint8Array): boolean {
  return bytes.length > MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') === MAGIC;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value) ? (value as Record<string, unknown>) : null;
}

/** The page of a Safari web archive; null for any other property list or a damaged one. */
export function unpackWebArchive(bytes: Uint8Array): ArchivedPage | null {
  if (!isBinaryPropertyList(bytes)) return null;
  let root: unknown;
  try {
    [root] = parseBuffer<unknown>(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return null;
  }
  const main = record(record(root)?.WebMainResource);
  const data = main?.WebResourceData;
  if (!main || !Buffer.isBuffer(data)) return null;
  const text = (name: string): string | null => {
    const value = main[name];
    return typeof value === 'string' ? value : null;
  };
  return {
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    mediaType: text('WebResourceMIMEType'),
    charset: text('WebResourceTextEncodingName'),
    location: text('WebResourceURL'),
  };
}
