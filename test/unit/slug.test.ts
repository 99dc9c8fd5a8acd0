import { describe, expect, it } from 'vitest';
import { slugify } from '../../functions/core/slug.js';

describe('slugify', () => {
  it('keeps ASCII words, drops accents and joins words with hyphens', () => {
    expect(slugify('Sci/Tech')).toBe('sci-tech');
    expect(slugify('François Hollande')).toBe('francois-hollande');
    expect(slugify("O'Brien’s Bar")).toBe('obriens-bar');
  });

  it('spells letters accents do not explain (ł, ø, ß, đ) in Roman letters, instead of dropping them', () => {
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Martin Ødegaard')).toBe('martin-odegaard');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Đorđe Đoković')).toBe('dorde-dokovic');
  });

  it('transliterates Cyrillic and Greek names, so they get a feed URL', () => {
    expect(slugify('Павел Коваленко')).toBe('pavel-kovalenko');
    expect(slugify('Ірина Мельничук')).toBe('irina-melnichuk');
    expect(slugify('Ђорђе Јовановић')).toBe('djordje-jovanovic');
    expect(slugify('Γιώργος Φραγκιαδάκης')).toBe('giorgos-fragkiadakis');
  });

  it('gives no slug to a name in a script it does not spell', () => {
    expect(slugify('安溪县')).toBe('');
  });
});
