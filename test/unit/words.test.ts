import { describe, expect, it } from 'vitest';
import { hasLetterCase, wholeWordMentions } from '../../functions/core/words.js';

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
});
