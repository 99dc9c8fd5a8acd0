import { describe, expect, it } from 'vitest';
import { authorNames, joinNames } from '../../functions/core/author-names.js';

const WRITERS = ['Anna Berg', 'Erik Lund', 'Maja Holm'];

describe('a byline of several writers', () => {
  it('is joined with the page language\'s "and"', () => {
    expect(joinNames(WRITERS, 'en')).toBe('Anna Berg, Erik Lund and Maja Holm');
    expect(joinNames(WRITERS, 'sv')).toBe('Anna Berg, Erik Lund och Maja Holm');
    expect(joinNames(WRITERS, 'pl')).toBe('Anna Berg, Erik Lund i Maja Holm');
    expect(joinNames(WRITERS, null)).toBe('Anna Berg, Erik Lund and Maja Holm');
    expect(joinNames(['Anna Berg'], 'de')).toBe('Anna Berg');
  });

  for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'pl']) {
    it(`joined in "${lang}", is listed apart again for the feeds`, () => {
      expect(authorNames(joinNames(WRITERS, lang))).toEqual(WRITERS);
    });
  }

  it('stays whole when it is not a list of names', () => {
    expect(authorNames('Science and Health Desk')).toEqual(['Science and Health Desk']);
    expect(authorNames('Redaktionen och TT')).toEqual(['Redaktionen och TT']);
  });
});
