/**
 * Data shipped inside the bundle's JSON files, base64-coded: the topic model's weight tables
 * raw-deflated, and word lists (cue tables, place names, language profiles) brotli-compressed at
 * its densest setting, which makes text ~15% smaller than deflate does and costs ~2 ms to unpack
 * the largest list once per cold start.
 */
import { brotliCompressSync, brotliDecompressSync, constants, deflateRawSync, inflateRawSync } from 'node:zlib';

export const packBytes = (bytes: Uint8Array): string => Buffer.from(deflateRawSync(bytes, { level: 9 })).toString('base64');
export const unpackBytes = (b64: string): Buffer => inflateRawSync(Buffer.from(b64, 'base64'));

export function packText(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return brotliCompressSync(bytes, { params }).toString('base64');
}
export const unpackText = (b64: string): string => brotliDecompressSync(Buffer.from(b64, 'base64')).toString('utf8');
