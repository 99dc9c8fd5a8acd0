import { describe, expect, it } from 'vitest';
import { oneByteWhereItFits, withPlainMarks } from '../../functions/core/one-byte.js';

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

describe('typeset marks made plain for reading', () => {
  it('makes quotes, apostrophes and spaced dashes plain, keeping every position', () => {
    const typeset = '“Don’t go,” she said – and ‘twice’ — „nein“.';
    const plain = withPlainMarks(typeset);
    expect(plain).toBe('"Don\'t go," she said - and \'twice\' - "nein".');
    expect(plain).toHaveLength(typeset.length);
  });

  it('keeps a dash between words and a ‘ after a letter, which stands for a glottal stop', () => {
    expect(withPlainMarks('Paris–Roubaix, 1990—2000 and Hawai‘i')).toBe('Paris–Roubaix, 1990—2000 and Hawai‘i');
  });

  it('can leave every dash as it is', () => {
    expect(withPlainMarks('“Yes” – said Ó Sé’s aide', { dashes: false })).toBe('"Yes" – said Ó Sé\'s aide');
  });
});
