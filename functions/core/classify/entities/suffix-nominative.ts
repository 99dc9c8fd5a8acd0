/**
 * The nominative of a place a Lithuanian, Latvian or Hungarian article names only in another case:
 * "Kaune", "Vilniaus", "Klaipėdos", "Kėdainiuose", "Liepājas", "Magyarországon", "Szegeden",
 * "Békéscsabáról". As for the Slavic languages (slavic-nominative.ts), a case ending is swapped for
 * each nominative ending it can come from, and a candidate counts only when the gazetteer or the
 * world's towns know it as a place.
 */
import { isOnWorldList } from '../world-places.js';
import { type CaseEnding as Ending, listedPlace, nominativeForms } from './slavic-case.js';
import { GAZ, norm } from './tables.js';

/**
 * Lithuanian: masculine -as ("Kauno", "Kaune", "Kauną"), -ius ("Vilniaus", "Vilniuje"), -ys and -is
 * ("Panevėžio", "Panevėžyje"), feminine -a and -ė ("Klaipėdos", "Klaipėdoje", "Utenos"), and the
 * plurals in -ai ("Šiaulių", "Šiauliuose", "Kėdainių").
 */
const LITHUANIAN: readonly Ending[] = [
  ['iuose', 'iai'], ['uose', 'ai'], ['iaus', 'ius'], ['iuje', 'ius'], ['ių', 'iai'], ['yje', 'ys'], ['yje', 'is'], ['io', 'ys'], ['io', 'is'],
  ['oje', 'a'], ['ėje', 'ė'], ['os', 'a'], ['ės', 'ė'], ['ą', 'a'], ['ą', 'as'], ['ę', 'ė'], ['ų', 'ai'], ['ui', 'as'], ['e', 'as'], ['o', 'as'], ['u', 'as'],
];

/** Latvian: feminine -a and -e ("Rīgā", "Liepājas"), masculine -s and -š ("Ventspilī", "Tukumā"), plurals ("Cēsīs", "Cēsu"). */
const LATVIAN: readonly Ending[] = [
  ['īs', 'is'], ['ī', 's'], ['ā', 'a'], ['as', 'a'], ['ē', 'e'], ['es', 'e'], ['ā', 's'], ['a', 's'], ['ai', 'a'], ['u', 'i'],
];

/**
 * Hungarian suffixes of place: on ("Szegeden", "Magyarországon", "Gyulán"), in, into, out of, onto,
 * off, at, to and from, a final a or e lengthened before them ("Békéscsabáról").
 */
const HUNGARIAN: readonly Ending[] = [
  ['ában', 'a'], ['ében', 'e'], ['ából', 'a'], ['éből', 'e'], ['áról', 'a'], ['éről', 'e'], ['ánál', 'a'], ['énél', 'e'], ['ába', 'a'], ['ébe', 'e'], ['ára', 'a'], ['ére', 'e'],
  ['ban', ''], ['ben', ''], ['ból', ''], ['ből', ''], ['ról', ''], ['ről', ''], ['nál', ''], ['nél', ''], ['hoz', ''], ['hez', ''], ['höz', ''], ['tól', ''], ['től', ''],
  ['ba', ''], ['be', ''], ['ra', ''], ['re', ''], ['án', 'a'], ['én', 'e'], ['on', ''], ['en', ''], ['ön', ''],
];

const ENDINGS: Readonly<Record<string, readonly Ending[]>> = { lt: LITHUANIAN, lv: LATVIAN, hu: HUNGARIAN };

/** The languages whose case endings are read here. */
export const SUFFIX_CASE_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(ENDINGS));

/** Shorter names are not read: "Ui" is no town's case form. */
const MIN_NAME = 4;
/** The shortest stem an ending is taken from. */
const MIN_STEM = 2;

/**
 * The nominative of `name`, one word naming a place in an article in `language`, when it is a case
 * form of a place a list knows; undefined when the gazetteer knows the name as written, or no
 * nominative is found.
 */
export function suffixPlaceNominative(name: string, language: string): string | undefined {
  const endings = ENDINGS[language];
  if (endings === undefined || name.length < MIN_NAME || name.includes(' ') || GAZ.has(norm(name))) return undefined;
  if (isOnWorldList([name])) return undefined;
  for (const form of nominativeForms(name, endings, MIN_STEM)) {
    const place = listedPlace(form);
    if (place !== undefined) return place;
  }
  return undefined;
}
