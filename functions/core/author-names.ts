/**
 * A byline of several writers, written and read the same way everywhere: cleaning joins the names a
 * page lists apart ("A, B and C"), and every feed format lists them one by one again.
 */

/** "and" in the languages whose bylines are read, by ISO 639-1 code. */
const AND_BY_LANGUAGE: Readonly<Record<string, string>> = { en: 'and', fr: 'et', de: 'und', es: 'y', it: 'e', pt: 'e', nl: 'en', sv: 'och', da: 'og', no: 'og', pl: 'i' };

/** Names as a byline lists them: "A, B and C", with the page's own word for "and". */
export function joinNames(names: readonly string[], lang: string | null | undefined): string {
  const and = AND_BY_LANGUAGE[lang ?? 'en'] ?? 'and';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]!}` : names[0] ?? '';
}

/** Between the names of a byline of several people: ", ", "&", or "and" in any language a byline is joined in. */
const BETWEEN_NAMES = new RegExp(String.raw`\s*,\s*|\s+(?:${[...new Set(Object.values(AND_BY_LANGUAGE))].join('|')}|&)\s+`, 'u');
/** A person's name as a byline writes it: two to five capitalised words or particles. */
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|do|dos|van|von|der|del|la|le|bin|al-\p{L}+)){1,4}$/u;

/**
 * The people an article's byline names, one by one, for feeds that list authors apart ("Rachel Kim
 * and Tomás Herrera" → two); a byline that is not a list of names stays whole.
 */
export function authorNames(author: string): string[] {
  const parts = author.split(BETWEEN_NAMES).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.length <= 6 && parts.every((p) => PERSON_NAME.test(p)) ? parts : [author];
}
