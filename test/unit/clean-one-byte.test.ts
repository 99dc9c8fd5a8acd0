import { describe, expect, it } from 'vitest';
import { oneByteWhereItFits } from '../../functions/core/clean/one-byte.js';

describe('lines copied one byte per character', () => {
  it('keeps every character of a Latin-1 line', () => {
    for (const text of ['', 'Plain ASCII line.', 'Sévres, Köln, Ørsted, ¿qué?, ÿ, «ça», 50 ºC', 'tab\tand\u00a0no-break', '\u0000\u007f\u0080\u00ff'])
      expect(oneByteWhereItFits(text)).toBe(text);
  });

  it('leaves a line with characters beyond Latin-1 as it is', () => {
    for (const text of ['He said ‘no’ — twice…', 'Łódź', 'Κοινοποίηση', '分享', 'flag 🇫🇷 and 😀', 'lone \ud83d surrogate', 'é then \u0100'])
      expect(oneByteWhereItFits(text)).toBe(text);
  });
});
