/**
 * German declines the adjectives of a body's name with the sentence ("Forschende der Medizinischen
 * Universität Wien", "aus dem Deutschen Krebsforschungszentrum", "des Bayerischen Rundfunks"); the
 * body itself goes by the nominative of its name without an article ("Medizinische Universität Wien",
 * "Deutsches Krebsforschungszentrum", "Bayerischer Rundfunk"). One body gets one name, whatever case
 * each sentence puts it in.
 */

/** The nominative ending of an adjective before a noun without an article, by the noun's gender. */
type Gender = 'feminine' | 'neuter' | 'masculine';
const STRONG_ENDING: Readonly<Record<Gender, string>> = { feminine: 'e', neuter: 'es', masculine: 'er' };

/** Heads of bodies' names by gender, as whole nouns or the last part of a compound. */
const FEMININE_HEAD = /(?:ität|ung|schaft|kasse|kammer|akademie|schule|agentur|behörde|anstalt|klinik|kommission|union|partei|polizei|bibliothek|börse|bank|bahn|versicherung|zeitung|liga|allianz|messe|post|kirche)$/u;
const NEUTER_HEAD = /(?:zentrum|institut|amt|ministerium|gericht|klinikum|krankenhaus|werk|museum|theater|observatorium|forum|kuratorium|sekretariat|komitee|parlament|büro|archiv|orchester)$/u;
const MASCULINE_HEAD = /(?:verband|bund|fonds|rat|dienst|verein|konzern|verlag|ausschuss|senat|landtag|gerichtshof|rundfunk|hafen|verbund)$/u;

/**
 * A declined adjective: an adjective's stem and ending. "-er" stays, it is also the invariant ending
 * of a town's adjective ("Kärntner", "Hamburger"); a stem must look like an adjective's, so that a
 * person's name before the head ("Beethoven Orchester") is left alone.
 */
const DECLINED = /^(\p{Lu}\p{Ll}*(?:isch|lich|ig|al|ell|iv|är|ar|ant|ent|ös|os|bar|sam|haft|ern|st)|Deutsch|Neu|Frei|Alt|Hoh|Groß|Klein|Rot|Grün|Ober|Unter|Nieder|Mittler|Vereinigt|Allgemein)(?:e|en|em|es)$/u;

/** A declined adjective of a body's name ("Digitale", "Medizinischen"), not a noun ending like one ("Energie"). */
export function declinedAdjective(word: string): boolean {
  return DECLINED.test(word);
}

/**
 * The forms a name opening with declined adjectives may be listed under, for "der Deutschen Bahn",
 * "des Deutschen Wetterdienstes", "der Deutsche Wetterdienst": each nominative ending on every adjective,
 * with the head as written and without a genitive's "-s" or "-es". Empty when no adjective opens it.
 */
export function nominativeCandidates(words: readonly string[]): string[][] {
  let at = 0;
  while (at < words.length - 1 && at < 3 && DECLINED.test(words[at]!)) at++;
  if (at === 0) return [];
  const stems = words.slice(0, at).map((w) => DECLINED.exec(w)![1]!);
  const head = words[at]!;
  const heads = [head, ...(/\p{Ll}s$/u.test(head) ? withoutGenitiveEnding(head) : [])];
  return ['e', 'er', 'es'].flatMap((ending) => heads.map((h) => [...stems.map((stem) => stem + ending), h, ...words.slice(at + 1)]));
}

function genderOf(noun: string): Gender | undefined {
  const word = noun.toLowerCase();
  if (MASCULINE_HEAD.test(word)) return 'masculine';
  if (FEMININE_HEAD.test(word)) return 'feminine';
  if (NEUTER_HEAD.test(word)) return 'neuter';
  return undefined;
}

/** A noun as it would be without a genitive's "-es" or "-s" ("Bundesamtes" → "Bundesamt", "Bundesamte"), longest ending first. */
function withoutGenitiveEnding(word: string): string[] {
  return [...(word.endsWith('es') ? [word.slice(0, -2)] : []), ...(word.endsWith('s') ? [word.slice(0, -1)] : [])];
}

/** The head noun without a genitive's "-s" or "-es" ("Krebsforschungszentrums", "Bundesamtes"), and its gender. */
function head(word: string): { noun: string; gender: Gender } | undefined {
  const gender = genderOf(word);
  if (gender) return { noun: word, gender };
  for (const noun of withoutGenitiveEnding(word)) {
    const g = genderOf(noun);
    if (g && g !== 'feminine') return { noun, gender: g };
  }
  return undefined;
}

/**
 * A German body's name in the nominative: as the article writes it in the nominative, after an article
 * ("das Sächsische Oberbergamt") or without one ("Deutsches Krebsforschungszentrum"), and when it only
 * writes other cases, as the body goes by without an article. A name that opens with no declined
 * adjective loses only its head's genitive ending.
 */
export function germanNominative(name: string, text: string): string {
  const words = name.split(' ');
  // Adjectives first, then the head: "Medizinischen Universität Wien", "Brandenburgischen Technischen Universität".
  let at = 0;
  while (at < words.length - 1 && at < 3 && DECLINED.test(words[at]!)) at++;
  const found = head(words[at]!);
  if (!found) return name;
  // No adjective: only the head's genitive ending goes ("Universitätsklinikums Jena").
  if (at === 0) return [found.noun, ...words.slice(1)].join(' ');
  const inflected = (ending: string): string => [...words.slice(0, at).map((w) => DECLINED.exec(w)![1]! + ending), found.noun, ...words.slice(at + 1)].join(' ');
  const strong = inflected(STRONG_ENDING[found.gender]);
  const afterArticle = inflected('e');
  return text.includes(strong) || !text.includes(afterArticle) ? strong : afterArticle;
}
