import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { slavicPersonNominative } from '../../functions/core/classify/entities/slavic-person-nominative.js';
import { feedKeysFor } from '../../functions/core/feed-keys.js';
import { makeArticle } from '../support/articles.js';

const classifier = loadDefaultClassifier();

describe('the nominative of a person a Slavic article names in another case', () => {
  it.each([
    ['pl', 'Mikołaja Ostapczuka', 'Mikołaj Ostapczuk'],
    ['pl', 'Katarzyny Zielińskiej', 'Katarzyna Zielińska'],
    ['pl', 'Jacka Wiśniewskiego', 'Jacek Wiśniewski'],
    ['pl', 'Pawła Wojtaszka', 'Paweł Wojtaszek'],
    ['pl', 'Piotrowi Nowakowi', 'Piotr Nowak'],
    ['pl', 'Markiem Olszewskim', 'Marek Olszewski'],
    ['pl', 'Kacpra Mazura', 'Kacper Mazur'],
    ['pl', 'Tomasza Zawadzkiego', 'Tomasz Zawadzki'],
    // A woman's surname ending in a consonant does not decline.
    ['pl', 'Anny Nowak', 'Anna Nowak'],
    ['cs', 'Tomáše Hájka', 'Tomáš Hájek'],
    ['cs', 'Jiřího Krejčího', 'Jiří Krejčí'],
    ['cs', 'Lenky Dvořákové', 'Lenka Dvořáková'],
    ['cs', 'Janou Kopeckou', 'Jana Kopecká'],
    ['sk', 'Evy Holej', 'Eva Holá'],
    ['sk', 'Samuela Kráľa', 'Samuel Kráľ'],
    ['hr', 'Marka Perića', 'Marko Perić'],
    ['hr', 'Josipa Kovača', 'Josip Kovač'],
  ])('%s %s → %s', (language, declined, nominative) => {
    expect(slavicPersonNominative(declined, language)).toBe(nominative);
  });

  it('leaves a name whose given name is a name of its own, is in the nominative, or is unknown', () => {
    // "Jana" is a woman's name as well as Jan's genitive.
    expect(slavicPersonNominative('Jana Nováka', 'cs')).toBeUndefined();
    expect(slavicPersonNominative('Marta Sowa', 'pl')).toBeUndefined();
    expect(slavicPersonNominative('Zbyszka Kowalika', 'pl')).toBeUndefined();
    // Nor outside the Slavic languages.
    expect(slavicPersonNominative('Mikołaja Ostapczuka', 'de')).toBeUndefined();
  });

  it("keys a Polish article's person on the nominative while showing the name as written", () => {
    const result = classifier.classify({
      title: 'Nowy dyrektor szpitala w Hajnówce',
      body:
        'Według Mikołaja Ostapczuka szpital w Hajnówce potrzebuje nowego oddziału ratunkowego. Starosta powiatu zapowiedział, że pieniądze znajdą się w budżecie na przyszły rok.\n\n' +
        'Prace projektowe mają ruszyć wiosną, a budowa potrwa dwa lata.',
    });
    expect(result.language).toBe('pl');
    expect(result.entities.people).toContain('Mikołaja Ostapczuka');
    expect(result.entityFeedNames).toMatchObject({ 'Mikołaja Ostapczuka': 'Mikołaj Ostapczuk' });
    const article = makeArticle('incoming/pl.txt', { language: 'pl', entities: result.entities, entityFeedNames: result.entityFeedNames });
    expect(feedKeysFor(article)).toContain('entity:mikolaj-ostapczuk');
    expect(feedKeysFor(article)).not.toContain('entity:mikolaja-ostapczuka');
  });
});
