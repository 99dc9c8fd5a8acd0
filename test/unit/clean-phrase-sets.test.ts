import { describe, expect, it } from 'vitest';
import { holdsAnyOf, opensWithAnyOf } from '../../functions/core/clean/phrase-sets.js';

describe('phrase sets', () => {
  it('finds a phrase anywhere in a line, or only at its start', () => {
    const holds = holdsAnyOf(['cancel anytime', 'first month free']);
    const opens = opensWithAnyOf(['read on the website', 'lire sur le site']);
    expect(holds('try it today: cancel anytime.')).toBe(true);
    expect(holds('the first month was hard')).toBe(false);
    expect(opens('lire sur le site du journal')).toBe(true);
    expect(opens('you can read on the website')).toBe(false);
  });

  it('reads regular-expression syntax in a phrase as the characters themselves', () => {
    const holds = holdsAnyOf(['% off at your', '[edit]', 'c++ (beta)']);
    expect(holds('get 20% off at your local store')).toBe(true);
    expect(holds('see [edit] above')).toBe(true);
    expect(holds('learn c++ (beta) now')).toBe(true);
    expect(holds('e')).toBe(false);
    expect(holds('c+ beta')).toBe(false);
  });

  it('matches nothing for an empty list', () => {
    expect(holdsAnyOf([])('anything at all')).toBe(false);
    expect(opensWithAnyOf([])('')).toBe(false);
  });
});
