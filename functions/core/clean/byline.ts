/**
 * Bylines: turning the text of a byline ("By Jane Doe | Nov 18, 2019", "Von Hans Müller") into the
 * name of the person who wrote the article, for the HTML and Markdown cleaners.
 */
import { BYLINE_WORDS, isPersonName } from './boilerplate.js';
import { decodeEntities, normalizeSpace } from './text-utils.js';

const LEADING_BYLINE_WORD = new RegExp(`^(?:${BYLINE_WORDS.join('|')})\\s+`, 'i');

/** The person a byline names, or null when it names none (a desk, a wire service, the site). */
export function cleanAuthor(raw: string | null | undefined, site: string | null): string | null {
  if (!raw) return null;
  let a = normalizeSpace(decodeEntities(raw))
    .replace(/^[\p{L}]{2,12}:\s+/u, '')
    .replace(LEADING_BYLINE_WORD, '');
  a = a.split(/\s*(?:[|,•·]|\band\b|\bund\b|\bet\b|\by\b)\s*/)[0] ?? '';
  // "Jane Doe @janedoe Nov 18, 2019 at 9:24 pm": a handle, a date or a dash ends the name.
  a = a.split(/\s+(?:@|\d|[-–—]\s|(?:on|updated|published|posted)\s)/i)[0] ?? '';
  // "Jane Doe. Example Agency": the sentence break ends the name (but "Sarah E. Needleman" keeps its initial).
  a = a.split(/(?<=\p{L}{2})\.\s+/u)[0] ?? '';
  a = a.replace(/\s+(for|in|at)\s+.*$/i, '').trim();
  if (/^the\s/i.test(a)) return null;
  if (a === a.toUpperCase() && /\p{Lu}/u.test(a)) {
    a = a.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
  }
  return isPersonName(a, site) ? a : null;
}

/** A byline's opening: "By", "Von", "Par", "Por", "Di", "Door", "Written by", "Author:". */
const BYLINE_START = new RegExp(String.raw`^(?:${BYLINE_WORDS.join('|')}|written by|authors?:|autor(?:in)?:|auteur:|autore:)\s+\p{Lu}`, 'iu');

/**
 * The author named by a line that reads as a byline ("By Jordan Pike · March 3, 2024" once its date
 * is taken out, "par Élodie Martin"), or null for any other line.
 */
export function bylineAuthor(text: string, site: string | null): string | null {
  const t = normalizeSpace(text).replace(/^[\s*_|·•,–—-]+|[\s*_|·•,–—-]+$/g, '');
  return BYLINE_START.test(t) ? cleanAuthor(t, site) : null;
}
