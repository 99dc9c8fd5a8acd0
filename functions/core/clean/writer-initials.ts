/**
 * A writer's initials in brackets as the story's last paragraph ("(jdw)"), as Flemish and Dutch
 * regional sites sign: not the article's text, and the key to the writer's name where the page
 * spells it out elsewhere, in an author box or a bio under the story ("**Joke De Waele** is
 * regioredacteur voor Lier …").
 */
import { bareName } from './byline.js';
import { withoutClosingMark } from './closing-byline.js';

/** The initials alone in brackets: two to four small letters. */
const INITIALS_PARAGRAPH = /^\((\p{Ll}{2,4})\)$/u;
/** A name of two to four words, with the small particles surnames carry. */
const NAME_IN_TEXT = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:(?:de|van|der|den|von|da|di|du|le|la)[^\S\n]+)*\p{Lu}[\p{L}'’-]+){1,3}(?![\p{L}'’-])/gu;
/** How much text under the story is searched for the name. */
const MAX_SCAN = 4_000;

/** The first letters of a name's words, particles included, in small letters: "Joke De Waele" → "jdw". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) => word[0]!.toLowerCase())
    .join('');
}

/**
 * The story without such a closing paragraph, and the name the page gives those initials under the
 * story, or null.
 */
export function withoutWritersInitials(paragraphs: string[], bodyHtml: string | null, text: string): { paragraphs: string[]; bodyHtml: string | null; signed: string | null } {
  const last = paragraphs[paragraphs.length - 1];
  const initials = paragraphs.length > 2 && last !== undefined ? INITIALS_PARAGRAPH.exec(last)?.[1] : undefined;
  if (last === undefined || initials === undefined) return { paragraphs, bodyHtml, signed: null };
  const cut = withoutClosingMark(paragraphs, bodyHtml, 0, last);
  const at = text.lastIndexOf(last);
  const under = at < 0 ? '' : text.slice(at + last.length, at + last.length + MAX_SCAN);
  const signed = [...under.matchAll(NAME_IN_TEXT)].map((m) => m[0]).find((name) => initialsOf(name) === initials && bareName(name)) ?? null;
  return { ...cut, signed };
}
