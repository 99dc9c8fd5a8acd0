/**
 * The size of a table packed as the topic model ships it (`packBytes`, the codec of the current
 * model format), so experiments report what a variant would add to the model file and the bundle.
 */
import { packBytes } from '../../functions/core/classify/packed.js';

/** Bytes of an int8 table, for packing. */
export const int8Bytes = (q: Int8Array): Uint8Array => new Uint8Array(q.buffer, q.byteOffset, q.byteLength);

/** Compressed size and base64 size (what the JSON model file holds), in KB. */
export function packedSize(bytes: Uint8Array): { kb: number; jsonKB: number } {
  const b64 = packBytes(bytes);
  return { kb: Buffer.byteLength(b64, 'base64') / 1024, jsonKB: b64.length / 1024 };
}
