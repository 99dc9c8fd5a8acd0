/**
 * Data shipped inside the bundle's JSON files, brotli-compressed at its densest setting and coded
 * as text: the topic model's weight tables and the word lists (cue tables, place names, language
 * profiles). Brotli makes word lists ~15% and the model's tables ~13% smaller than deflate does, and
 * costs a few milliseconds to unpack once per cold start. Models of formats 1 and 2 were deflated.
 *
 * The text is Z85 behind a `~` and the number of padding bytes ("~2…"); text without the mark is
 * base64, as everything was coded before, so models and lexicons trained then still load.
 */
import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';
import { z85Decode, z85Encode } from './z85.js';

const Z85_MARK = '~';

/** Bytes as packed text: Z85 of the bytes padded to whole 4-byte groups. */
export function bytesToText(bytes: Uint8Array): string {
  const padding = (4 - (bytes.length % 4)) % 4;
  const padded = new Uint8Array(bytes.length + padding);
  padded.set(bytes);
  return `${Z85_MARK}${padding}${z85Encode(padded)}`;
}

/** The bytes of packed text, Z85 (marked) or base64. */
export function textToBytes(text: string): Buffer {
  if (!text.startsWith(Z85_MARK)) return Buffer.from(text, 'base64');
  const padding = Number(text[1]);
  if (!(padding >= 0 && padding <= 3)) throw new Error(`packed text has no valid padding count after "${Z85_MARK}"`);
  const bytes = z85Decode(text.slice(2));
  return bytes.subarray(0, bytes.length - padding);
}

function densest(bytes: Uint8Array): string {
  const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return bytesToText(brotliCompressSync(bytes, { params }));
}

export const packBytes = (bytes: Uint8Array): string => densest(bytes);
export const unpackBytes = (packed: string): Buffer => brotliDecompressSync(textToBytes(packed));
/** The tables of a topic model stored before format 3, raw-deflated. */
export const unpackDeflatedBytes = (packed: string): Buffer => inflateRawSync(textToBytes(packed));

export const packText = (text: string): string => densest(Buffer.from(text, 'utf8'));
export const unpackText = (packed: string): string => unpackBytes(packed).toString('utf8');
