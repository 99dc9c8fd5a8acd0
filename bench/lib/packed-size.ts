/**
 * The size of a table packed as the topic model ships it (`packBytes`, the codec of the current
 * model format), so experiments report what a variant would add to the model file and the bundle.
 */
import { packBytes, textToBytes } from '../../functions/core/classify/packed.js';

/** Bytes of an int8 table, for packing. */
export const int8Bytes = (q: Int8Array): Uint8Array => new Uint8Array(q.buffer, q.byteOffset, q.byteLength);

/** Compressed size and the size of its text (what the JSON model file holds), in KB. */
export function packedSize(bytes: Uint8Array): { kb: number; jsonKB: number } {
  const text = packBytes(bytes);
  return { kb: textToBytes(text).length / 1024, jsonKB: text.length / 1024 };
}
