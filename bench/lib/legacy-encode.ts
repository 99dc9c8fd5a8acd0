/**
 * Text into the bytes of a legacy character set, by inverting what Node's decoder for the set reads:
 * Node has decoders for these sets but no encoders. Single-byte sets, and the two-byte characters of
 * Shift_JIS, EUC-JP, EUC-KR, GBK and Big5. Characters the set lacks come back as null.
 */
import { decodeWindows1252 } from '../../functions/core/clean/text-utils.js';

const encoders = new Map<string, Map<string, number[]>>();

const TWO_BYTE: Readonly<Record<string, { lead: [number, number]; trail: [number, number] }>> = {
  shift_jis: { lead: [0x81, 0xfc], trail: [0x40, 0xfc] },
  'euc-jp': { lead: [0xa1, 0xfe], trail: [0xa1, 0xfe] },
  'euc-kr': { lead: [0x81, 0xfe], trail: [0x41, 0xfe] },
  gb18030: { lead: [0x81, 0xfe], trail: [0x40, 0xfe] },
  big5: { lead: [0x81, 0xfe], trail: [0x40, 0xfe] },
};

function encoderFor(charset: string): Map<string, number[]> {
  let table = encoders.get(charset);
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder(charset, { fatal: true });
  // (Node reads the label windows-1252 as Latin-1.)
  const decode = (bytes: Uint8Array): string => (charset === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes));
  const add = (bytes: number[]): void => {
    try {
      const ch = decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !table!.has(ch)) table!.set(ch, bytes);
    } catch {
      // not a character of the set
    }
  };
  for (let b = 0x80; b <= 0xff; b++) add([b]);
  const pairs = TWO_BYTE[charset];
  if (pairs) for (let lead = pairs.lead[0]; lead <= pairs.lead[1]; lead++) for (let trail = pairs.trail[0]; trail <= pairs.trail[1]; trail++) add([lead, trail]);
  encoders.set(charset, table);
  return table;
}

export function encodeLegacy(text: string, charset: string): Uint8Array | null {
  const table = encoderFor(charset);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) return null;
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
