/**
 * Data shipped inside the bundle's JSON files (the topic model's tables, the world place list):
 * raw-deflated and base64-coded, which keeps the bundle about half the size of the plain data.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const packBytes = (bytes: Uint8Array): string => Buffer.from(deflateRawSync(bytes, { level: 9 })).toString('base64');
export const unpackBytes = (b64: string): Buffer => inflateRawSync(Buffer.from(b64, 'base64'));
