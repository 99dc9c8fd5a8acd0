/**
 * Data shipped inside the bundle's JSON files, base64-coded and brotli-compressed at its densest
 * setting: the topic model's weight tables and the word lists (cue tables, place names, language
 * profiles). Brotli makes word lists ~15% and the model's tables ~13% smaller than deflate does, and
 * costs a few milliseconds to unpack once per cold start. Models of formats 1 and 2 were deflated.
 */
import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from 'node:zlib';

function densest(bytes: Uint8Array): string {
  const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return brotliCompressSync(bytes, { params }).toString('base64');
}

export const packBytes = (bytes: Uint8Array): string => densest(bytes);
export const unpackBytes = (b64: string): Buffer => brotliDecompressSync(Buffer.from(b64, 'base64'));
/** The tables of a topic model stored before format 3, raw-deflated. */
export const unpackDeflatedBytes = (b64: string): Buffer => inflateRawSync(Buffer.from(b64, 'base64'));

export const packText = (text: string): string => densest(Buffer.from(text, 'utf8'));
export const unpackText = (b64: string): string => unpackBytes(b64).toString('utf8');
