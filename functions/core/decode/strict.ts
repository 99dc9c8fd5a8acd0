/**
 * `bytes` read in `encoding`, or null where they are not valid in it. `stream`: the bytes are a
 * sample that may end inside a character, which is then left unread rather than an error.
 */
export function decodeStrict(bytes: Uint8Array, encoding: string, stream = false): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes, { stream });
  } catch {
    return null;
  }
}
