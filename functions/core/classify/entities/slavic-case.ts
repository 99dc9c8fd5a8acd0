/**
 * Slavic morphology the extractor reads. Slavic languages decline names: "Norbert Kowalczyk" is "Kowalczyka" after "i", "Linus Berg" is
 * "Berga". A declined surname alone would otherwise read as a name of its own, most often a place
 * listed beside one ("Berga i Kowalczyka").
 */
import { isOnWorldList } from '../world-places.js';
import { GAZ, norm } from './tables.js';

export const SLAVIC_LANGUAGES: ReadonlySet<string> = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'ru', 'uk', 'bg']);

/** The endings of Slavic adjectives in the locative: "Moravskoslezském", "Zadarskoj", "Národním", "Klinički". */
export const SLAVIC_ADJECTIVE = /(?:sk|ck|čk|n|ov|in)(?:ém|ým|om|oj|ím|ej|iej|im|ich|ých|ych)$|[šč]ki$|ski$/u;
/** The endings of Slavic adjectives in the nominative: "Turistička", "Lučka", "Národní", "Polski", "Slezská". */
export const SLAVIC_ADJECTIVE_NOMINATIVE = /(?:sk|ck|čk|šk|ičk|n)(?:á|ý|é|í|a|i|o|y|e)$/u;
/** Endings of Slavic adjectives in -ský, -cký, -čký in other cases: "Roklanské", "Tatranského", "Polskiej". */
export const SLAVIC_ADJECTIVE_GENITIVE = /(?:sk|ck|čk|šk)(?:á|é|ého|ej|iej|iego|ou|ých|ich)$/u;

/** Case endings a surname takes in the Latin-script Slavic languages: genitive, dative, instrumental, locative. */
const CASE_ENDINGS = new Set(['a', 'u', 'e', 'y', 'i', 'ie', 'owi', 'ovi', 'em', 'iem', 'om', 'ou', 'ą', 'ę', 'ego', 'emu', 'ym', 'im', 'ého', 'ému', 'ým', 'ой', 'а', 'у', 'ом', 'ым', 'ем', 'ого', 'ому']);

/** Case endings that replace the "a" of a name: "Marta Sowa" is "Marty Sowy", "Annie", "Martę", "Janou". */
const A_STEM_ENDINGS = new Set(['y', 'i', 'ie', 'ę', 'ą', 'e', 'u', 'ou', 'ě']);
/** Case endings that replace the last vowel of an adjective's form: "Wiśniewski" → "Wiśniewskiego", "Hrubý" → "Hrubého", "Zielińska" → "Zielińskiej", "Nováková" → "Novákovou". */
const ADJECTIVE_MASCULINE_ENDINGS = new Set(['iego', 'iemu', 'im', 'ego', 'emu', 'ym', 'ého', 'ému', 'ým', 'ém']);
const ADJECTIVE_FEMININE_ENDINGS = new Set(['iej', 'ej', 'ą', 'é', 'ou']);

/** Whether `word` is a declined form of the name `base` (both lower-case): "kowalczyka" of "kowalczyk", "wojtaszka" of "wojtaszek". */
export function slavicCaseFormOf(word: string, base: string): boolean {
  if (base.length < 3 || word.length <= base.length - 1) return false;
  if (word.startsWith(base)) return CASE_ENDINGS.has(word.slice(base.length));
  const stem = base.slice(0, -1);
  if (base.length >= 4 && word.startsWith(stem)) {
    const ending = word.slice(stem.length);
    if (/(?:sk|ck|dzk)i$|ý$|[^aeiouy]y$/u.test(base) && ADJECTIVE_MASCULINE_ENDINGS.has(ending)) return true;
    if (/(?:sk|ck|dzk)a$|á$/u.test(base) && ADJECTIVE_FEMININE_ENDINGS.has(ending)) return true;
    if (base.endsWith('a') && A_STEM_ENDINGS.has(ending)) return true;
  }
  // The "e" of a last syllable in -ek or -ec drops when an ending is added: "Wojtaszek" → "Wojtaszka".
  const fleeting = /e([kcł])$/u.exec(base);
  if (!fleeting) return false;
  const shortened = base.slice(0, -2) + fleeting[1]!;
  return word.startsWith(shortened) && CASE_ENDINGS.has(word.slice(shortened.length));
}

/** Endings of place names in the cases a sentence puts them in ("Kutno", "w Kutnie"; "Katowice", "w Katowicach"). */
const PLACE_ENDINGS = new Set(['', 'a', 'u', 'e', 'ě', 'i', 'y', 'o', 'ie', 'ę', 'ą', 'em', 'iem', 'om', 'ou', 'ach', 'ech', 'ích', 'ami', 'emi', 'ów', 'owie', 'owa', 'owi', 'owem', 'ovi', 'ej', 'í', 'é']);

/** Whether two one-word names are one place in two cases: "Krnov" and "Krnově", "Chojnice" and "Chojnicach", "Třeboně" and "Třeboni". */
export function slavicCaseFormsOfOnePlace(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || /\s/u.test(x) || /\s/u.test(y)) return false;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 4 && PLACE_ENDINGS.has(x.slice(common)) && PLACE_ENDINGS.has(y.slice(common));
}

/** The Slavic languages by how they decline names: Polish; Czech and Slovak; Croatian, Bosnian, Serbian and Slovene. */
export type SlavicGroup = 'pl' | 'cs' | 'south';
export const SLAVIC_GROUP_OF: Readonly<Record<string, SlavicGroup>> = { pl: 'pl', cs: 'cs', sk: 'cs', hr: 'south', bs: 'south', sr: 'south', sl: 'south' };

/** A case ending and a nominative ending it can come from. */
export type CaseEnding = readonly [declined: string, nominative: string];

/** `word` with each ending that fits swapped for its nominative, in the list's order, at least `minStem` letters of it kept. */
export function nominativeForms(word: string, endings: readonly CaseEnding[], minStem: number): string[] {
  const lower = word.toLowerCase();
  const forms: string[] = [];
  for (const [declined, nominative] of endings) {
    if (!lower.endsWith(declined) || word.length - declined.length < minStem) continue;
    const form = word.slice(0, word.length - declined.length) + nominative;
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}

/**
 * Each of `names` written in a case other than the nominative, mapped to the nominative
 * `nominativeOf` finds for it (undefined in a language it does not read); names `feedNames` already
 * maps keep their mapping.
 */
export function nominativeFeedNames(names: readonly string[], feedNames: Readonly<Record<string, string>>, language: string, nominativeOf: (name: string, language: string) => string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of names) {
    if (Object.hasOwn(feedNames, name)) continue;
    const nominative = nominativeOf(name, language);
    if (nominative !== undefined) found[name] = nominative;
  }
  return found;
}

/** The place a list knows by this name: the gazetteer's canonical name, or the name as written where the world's towns hold it. */
export function listedPlace(name: string): string | undefined {
  const entry = GAZ.get(norm(name));
  if (entry?.kind === 'place') return entry.canonical;
  return isOnWorldList(name.split(' ')) ? name : undefined;
}
