import { describe, expect, it } from 'vitest';
import { withCompactLetters } from '../../functions/core/clean/letter-class.js';

describe('letters as script blocks in the phrase lists', () => {
  it('reads the letters of the scripts news is written in, inside a class and alone', () => {
    const label = new RegExp(withCompactLetters(String.raw`^[\p{L}’' ]{2,30}:$`), 'u');
    const word = new RegExp(withCompactLetters(String.raw`^\p{L}+$`), 'u');
    for (const text of ['Share this:', 'Partagez l’article:', 'Поделиться:', 'Κοινοποίηση:', 'שתפו:', 'شارك:', 'शेयर करें:', 'แชร์:', '分享:', '공유하기:', 'ሼር ያድርጉ:', 'ចែករំលែក:'])
      expect(label.test(text), text).toBe(true);
    for (const text of ['Ελλάδα', 'Việt', 'Ōtākou', 'Łódź', 'Ðakovo']) expect(word.test(text), text).toBe(true);
    for (const text of ['12:30', 'Share: 3 ways', '— :']) expect(label.test(text), text).toBe(false);
    expect(word.test('a1')).toBe(false);
  });

  it('leaves other escapes alone', () => {
    expect(withCompactLetters(String.raw`\p{Lu}\p{Ll}+\P{L}\\p{L}\d`)).toBe(String.raw`\p{Lu}\p{Ll}+\P{L}\\p{L}\d`);
    expect(withCompactLetters(String.raw`[^\p{L}\]]`)).not.toContain(String.raw`\p{L}`);
  });
});
