import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../functions/core/slug.js';

describe('slugify', () => {
  it('keeps ASCII words, drops accents and joins words with hyphens', () => {
    expect(slugify('Sci/Tech')).toBe('sci-tech');
    expect(slugify('François Hollande')).toBe('francois-hollande');
    expect(slugify("O'Brien’s Bar")).toBe('obriens-bar');
  });

  it('gives a name written with the ʻokina, or a mark typed for it, the slug of the name without', () => {
    expect(slugify('Kaʻū Forest Reserve')).toBe('kau-forest-reserve');
    expect(slugify('ʻEua')).toBe('eua');
    expect(slugify('Hawai‘i Island')).toBe(slugify('Hawaii Island'));
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

  it('keeps the letters of a script it does not spell, composed, without optional vowel points', () => {
    expect(slugify('安溪县')).toBe('安溪县');
    expect(slugify('ｿﾆｰ株式会社')).toBe('ソニー株式会社');
    expect(slugify('서울특별시')).toBe('서울특별시');
    expect(slugify('مُحَمَّد بن سلمان')).toBe('محمد-بن-سلمان');
    expect(slugify('नरेंद्र मोदी')).toBe('नरेंद्र-मोदी');
    expect(slugify('NHK放送局')).toBe('nhk放送局');
    expect(slugify('בֵּית־שֶׁמֶשׁ')).toBe('בית-שמש');
  });

  it('gives no slug to a name with no letter or digit', () => {
    expect(slugify('★ — ★')).toBe('');
  });

  it('cuts a long name at 80 code points without a trailing hyphen or a split letter', () => {
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
    expect(slugify('𠀋'.repeat(90))).toBe('𠀋'.repeat(80));
  });

  it('is a slug exactly when slugify leaves it unchanged', () => {
    for (const name of ['Sci/Tech', 'Павел Коваленко', 'مُحَمَّد', 'ｿﾆｰ', `${'a'.repeat(79)} b`, 'Hawaiʻi']) {
      expect(isSlug(slugify(name)), name).toBe(true);
    }
    for (const value of ['', 'World', 'café', 'a--b', '-a', 'a-', 'مُحَمَّد', 'ｿﾆｰ', 'a_b']) {
      expect(isSlug(value), value).toBe(false);
    }
  });
});
