import { describe, expect, it } from 'vitest';
import { charBefore, hasLetterCase, letterAt, letterBefore, someOccurrence, wholeWordMentions } from '../../functions/core/words.js';

describe('word helpers', () => {
  it('tells scripts with letter case from those without', () => {
    expect(hasLetterCase('Deutschland')).toBe(true);
    expect(hasLetterCase('Россия')).toBe(true);
    expect(hasLetterCase('日本')).toBe(false);
    expect(hasLetterCase('اليمن')).toBe(false);
  });

  it('counts whole-word occurrences only, and where the first starts', () => {
    expect(wholeWordMentions('Lima and Limassol; Lima again.', 'Lima')).toEqual({ count: 2, first: 0 });
    expect(wholeWordMentions('Limassol only', 'Lima')).toEqual({ count: 0, first: Number.POSITIVE_INFINITY });
    expect(wholeWordMentions('anything', '')).toEqual({ count: 0, first: Number.POSITIVE_INFINITY });
  });

  it('still counts an occurrence that overlaps one inside a longer word', () => {
    expect(wholeWordMentions('xBora Bora Bora', 'Bora Bora')).toEqual({ count: 1, first: 6 });
  });

  it('reads the letter before or at a position by code point, astral letters included', () => {
    const text = 'a 𝐀b, Éx';
    expect(letterAt(text, 0)).toBe(true);
    expect(letterAt(text, 1)).toBe(false);
    expect(letterAt(text, 2)).toBe(true); // 𝐀, two code units
    expect(letterBefore(text, 4)).toBe(true);
    expect(charBefore(text, 4)).toBe('𝐀');
    expect(letterBefore(text, 0)).toBe(false);
    expect(charBefore(text, 0)).toBe('');
    expect(letterAt(text, text.length)).toBe(false);
  });

  it('finds an occurrence that passes a test, trying every one in turn, overlapping ones included', () => {
    const text = 'the Jaguarss, Jaguars and xJaguars';
    const alone = (at: number): boolean => !letterBefore(text, at) && !letterAt(text, at + 'Jaguars'.length);
    expect(someOccurrence(text, 'Jaguars', alone)).toBe(true);
    expect(someOccurrence('the Jaguarss and xJaguars', 'Jaguars', (at) => !letterBefore('the Jaguarss and xJaguars', at) && !letterAt('the Jaguarss and xJaguars', at + 7))).toBe(false);
    expect(someOccurrence('aaa', 'aa', (at) => at === 1)).toBe(true);
    expect(someOccurrence('abc', '', () => true)).toBe(false);
  });
});
