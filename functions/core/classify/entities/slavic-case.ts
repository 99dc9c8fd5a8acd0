/**
 * Slavic languages decline names: "Norbert Kowalczyk" is "Kowalczyka" after "i", "Linus Berg" is
 * "Berga". A declined surname alone would otherwise read as a name of its own, most often a place
 * listed beside one ("Berga i Kowalczyka").
 */
export const SLAVIC_LANGUAGES: ReadonlySet<string> = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'ru', 'uk', 'bg']);

/** Case endings a surname takes in the Latin-script Slavic languages: genitive, dative, instrumental, locative. */
const CASE_ENDINGS = new Set(['a', 'u', 'e', 'y', 'i', 'ie', 'owi', 'ovi', 'em', 'iem', 'om', 'ou', 'ą', 'ę', 'ego', 'emu', 'ym', 'im', 'ého', 'ému', 'ým', 'ой', 'а', 'у', 'ом', 'ым', 'ем', 'ого', 'ому']);

/** Whether `word` is a declined form of the name `base` (both lower-case): "kowalczyka" of "kowalczyk", "wojtaszka" of "wojtaszek". */
export function slavicCaseFormOf(word: string, base: string): boolean {
  if (base.length < 3 || word.length <= base.length - 1) return false;
  if (word.startsWith(base)) return CASE_ENDINGS.has(word.slice(base.length));
  // The "e" of a last syllable in -ek or -ec drops when an ending is added: "Wojtaszek" → "Wojtaszka".
  const fleeting = /e([kcł])$/u.exec(base);
  if (!fleeting) return false;
  const stem = base.slice(0, -2) + fleeting[1]!;
  return word.startsWith(stem) && CASE_ENDINGS.has(word.slice(stem.length));
}
