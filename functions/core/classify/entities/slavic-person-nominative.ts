/**
 * The nominative of a person an article in a Slavic language names only in another case: "według
 * Mikołaja Ostapczuka", "zdaniem Katarzyny Zielińskiej", "podle Tomáše Hájka". As with places
 * (`slavic-nominative.ts`), the article keeps the name as written and the feed, facet and slug
 * take the nominative, so every article about one person shares one feed.
 *
 * The given name decides: its case ending is swapped for a nominative ending, and the result must
 * be a given name the lists hold while the form as written is not one ("Jana" is a name of its own
 * and the genitive of Jan, so "Jana Nováka" is left as written). The given name's nominative tells
 * the gender, which says how the surname declines.
 */
import { GIVEN_NAMES, norm } from './tables.js';
import { type CaseEnding as Ending, nominativeFeedNames, nominativeForms, type SlavicGroup as Group, SLAVIC_GROUP_OF } from './slavic-case.js';

/** Given names' case endings, a consonant change before them first ("Pawła" of Paweł, "Marcie" of Marta). */
const GIVEN: Readonly<Record<Group, readonly Ending[]>> = {
  pl: [
    ['ka', 'ek'], ['kowi', 'ek'], ['kiem', 'ek'], ['ła', 'eł'], ['łowi', 'eł'], ['łem', 'eł'],
    ['ii', 'ia'], ['ię', 'ia'], ['ią', 'ia'], ['cie', 'ta'], ['ce', 'ka'], ['dzie', 'da'], ['rze', 'ra'], ['le', 'ła'],
    ['owi', ''], ['em', ''], ['a', ''], ['y', 'a'], ['i', 'a'], ['ie', 'a'], ['ę', 'a'], ['ą', 'a'], ['ra', 'er'],
  ],
  cs: [
    ['ka', 'ek'], ['kovi', 'ek'], ['kem', 'ek'], ['ího', 'í'], ['ímu', 'í'], ['ii', 'ie'],
    ['ovi', ''], ['em', ''], ['a', ''], ['e', ''], ['y', 'a'], ['ě', 'a'], ['u', 'a'], ['ou', 'a'],
  ],
  // "Marka" is Marko's before it is Mark's.
  south: [['om', ''], ['em', ''], ['a', 'o'], ['a', ''], ['u', ''], ['e', 'a'], ['i', 'a'], ['u', 'a'], ['om', 'a']],
};

/** Surnames' case endings by gender, adjectival ones first ("Wiśniewskiego", "Zielińskiej", "Hrubého", "Novákové"). */
const SURNAME: Readonly<Record<Group, Readonly<Record<'m' | 'f', readonly Ending[]>>>> = {
  pl: {
    m: [['kiego', 'ki'], ['kiemu', 'ki'], ['kim', 'ki'], ['giego', 'gi'], ['giemu', 'gi'], ['gim', 'gi'], ['ego', 'y'], ['emu', 'y'], ['owi', ''], ['kiem', 'k'], ['giem', 'g'], ['em', ''], ['a', '']],
    f: [['kiej', 'ka'], ['ką', 'ka'], ['giej', 'ga'], ['gą', 'ga'], ['ej', 'a'], ['ą', 'a'], ['y', 'a'], ['i', 'a'], ['ie', 'a'], ['ę', 'a']],
  },
  // Czech and Slovak ("Holej", "Novákovej" of Holá, Nováková).
  cs: {
    m: [['ého', 'ý'], ['ému', 'ý'], ['ým', 'ý'], ['ího', 'í'], ['ímu', 'í'], ['ovi', ''], ['em', ''], ['om', ''], ['a', ''], ['e', '']],
    f: [['ové', 'ová'], ['ovej', 'ová'], ['ovou', 'ová'], ['é', 'á'], ['ej', 'á'], ['ou', 'á']],
  },
  south: {
    m: [['om', ''], ['em', ''], ['a', ''], ['u', '']],
    f: [['e', 'a'], ['i', 'a'], ['u', 'a'], ['om', 'a']],
  },
};

/** A surname left as a consonant ending for a woman ("Anny Nowak", "Ivane Perić") or a man's nominative adjective. */
const UNDECLINED = { m: /(?:ski|cki|dzki|ý|í)$/u, f: /[^aeiouyáéíóúýąęě]$|(?:ska|cka|dzka|ová|á)$/u } as const;

/** The first nominative form of `word` that `accept` takes, at least two letters of the word kept. */
function swapEnding(word: string, endings: readonly Ending[], accept: (form: string) => boolean): string | undefined {
  return nominativeForms(word, endings, 2).find(accept);
}

/** A stem that ends in a consonant and k or c had a fleeting e before it: "Wojtaszk-a" is Wojtaszek, "Mielc-a" Mielec. */
function withFleetingE(stem: string): string {
  return /[^aeiouyąęóáéíúůýě][kc]$/u.test(stem) && !/(?:sk|ck|dzk)$/u.test(stem) ? `${stem.slice(0, -1)}e${stem.slice(-1)}` : stem;
}

/** The nominative of a person's name of two words, or undefined when its given name is not recognisably declined. */
export function slavicPersonNominative(name: string, language: string): string | undefined {
  const group = SLAVIC_GROUP_OF[language];
  const words = name.split(' ');
  if (group === undefined || words.length !== 2) return undefined;
  const [given, surname] = words as [string, string];
  if (GIVEN_NAMES.has(norm(given))) return undefined;
  const givenNominative = swapEnding(given, GIVEN[group], (form) => GIVEN_NAMES.has(norm(form)));
  if (givenNominative === undefined) return undefined;
  const gender = givenNominative.endsWith('a') ? 'f' : 'm';
  const declined = swapEnding(surname, SURNAME[group][gender], (form) => form.length >= 3);
  const surnameNominative = declined === undefined
    ? UNDECLINED[gender].test(surname) ? surname : undefined
    : gender === 'm' && group !== 'south' ? withFleetingE(declined) : declined;
  return surnameNominative === undefined ? undefined : `${givenNominative} ${surnameNominative}`;
}

/** Each person of `people` named in a case other than the nominative, mapped to the nominative; names `feedNames` maps keep their mapping. */
export function slavicPersonFeedNames(people: readonly string[], feedNames: Readonly<Record<string, string>>, language: string): Record<string, string> {
  return nominativeFeedNames(people, feedNames, language, slavicPersonNominative);
}
