import { describe, expect, it } from 'vitest';
import { bytesToText, packText, textToBytes, unpackText } from '../../functions/core/classify/packed.js';
import { z85Decode, z85Encode } from '../../functions/core/classify/z85.js';

describe('Z85', () => {
  it('codes the example of its specification', () => {
    const bytes = Uint8Array.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(z85Encode(bytes)).toBe('HelloWorld');
    expect([...z85Decode('HelloWorld')]).toEqual([...bytes]);
  });

  it('codes the extremes of a group', () => {
    expect(z85Encode(new Uint8Array(4))).toBe('00000');
    expect(z85Encode(new Uint8Array(4).fill(255))).toBe('%nSc0');
    expect([...z85Decode('%nSc0')]).toEqual([255, 255, 255, 255]);
  });

  it('refuses text it cannot decode and bytes it cannot encode', () => {
    expect(() => z85Decode('Hello"orld')).toThrow(/not a Z85 character/);
    expect(() => z85Decode('Hell')).toThrow(/5-character/);
    expect(() => z85Decode('HelloWörld')).toThrow(/beyond ASCII/);
    expect(() => z85Decode('#####')).toThrow(/out of range/);
    expect(() => z85Encode(new Uint8Array(3))).toThrow(/4-byte/);
  });
});

describe('packed text', () => {
  it('gives back bytes of every length, padding included', () => {
    for (let length = 0; length <= 9; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) & 255);
      const text = bytesToText(bytes);
      expect(text.startsWith(`~${(4 - (length % 4)) % 4}`)).toBe(true);
      expect([...textToBytes(text)]).toEqual([...bytes]);
    }
  });

  it('still reads base64, as tables were coded before', () => {
    const bytes = Buffer.from('a model trained last year');
    expect(textToBytes(bytes.toString('base64')).equals(bytes)).toBe(true);
    expect(unpackText(packText('Zürich, Genève'))).toBe('Zürich, Genève');
  });

  it('needs no escaping in JSON and is smaller than base64 of the same bytes', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) & 255);
    const text = bytesToText(bytes);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(text.length).toBeLessThan(Buffer.from(bytes).toString('base64').length * 0.95);
  });

  it('says what is wrong with a bad padding count', () => {
    expect(() => textToBytes('~7HelloWorld')).toThrow(/padding/);
  });
});
