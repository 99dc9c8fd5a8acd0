/**
 * What closes a story's text rather than belonging to it, cut from its paragraphs and its markup
 * alike: a byline signing it under the last paragraph, and the site's headings and headlines under
 * such a byline.
 */
import { bareName, bylineAuthor, capitalsSigned, correspondentSigned, dashSigned } from './byline.js';
import { countWords } from './text-utils.js';

/**
 * The story with its last paragraph cut at `from`, where a closing mark (`mark`, as written) begins:
 * in its text, and in its markup where the mark stands as written.
 */
export function withoutClosingMark(paragraphs: string[], bodyHtml: string | null, from: number, mark: string): { paragraphs: string[]; bodyHtml: string | null } {
  const rest = paragraphs[paragraphs.length - 1]!.slice(0, from).trim();
  const kept = rest ? [...paragraphs.slice(0, -1), rest] : paragraphs.slice(0, -1);
  const at = bodyHtml?.lastIndexOf(mark) ?? -1;
  return { paragraphs: kept, bodyHtml: bodyHtml !== null && at >= 0 ? bodyHtml.slice(0, at).replace(/\s+$/, '') + bodyHtml.slice(at + mark.length) : bodyHtml };
}

/** Most closing headings and headlines read past for a byline over them. */
const MAX_TRAILING_HEADLINES = 5;
/** Most words of one of them. */
const MAX_HEADLINE_WORDS = 16;

/** How many closing paragraphs are headings or headlines under a byline: short, and none a sentence or the byline. */
function trailingHeadlineCount(paragraphs: readonly string[], isByline: (p: string) => boolean): number {
  let n = 0;
  while (n < MAX_TRAILING_HEADLINES && n < paragraphs.length) {
    const p = paragraphs[paragraphs.length - 1 - n]!;
    if (countWords(p) > MAX_HEADLINE_WORDS || /[.!?…]["”’»)]?$/u.test(p) || isByline(p)) break;
    n++;
  }
  return n;
}

/** Most words of a name alone signing the story. */
const MAX_SIGNING_NAME_WORDS = 4;
/** Most words of a byline signing the story under its last paragraph. */
const MAX_CLOSING_BYLINE_WORDS = 8;

/**
 * The story without a byline under its last paragraph ("Beitrag von Katrin Wendland", a radio
 * station's sign-off), or under it and over the site's headings and headlines, and the name it
 * signs. A story of two paragraphs or fewer is left as it is.
 */
export function withoutClosingByline(paragraphs: string[], bodyHtml: string | null, source: string | null, authorKnown = true): { paragraphs: string[]; bodyHtml: string | null; signed: string | null } {
  // "Penulis: Fauzan Hidayat | Editor: Rini Marlina" over the site's headings and headlines (no
  // sentence among them): the byline closes the story, and what follows it goes with it.
  const signs = (p: string): boolean => countWords(p) <= MAX_CLOSING_BYLINE_WORDS && bareName(bylineAuthor(p, source) ?? '');
  const signedAt = paragraphs.length - 1 - trailingHeadlineCount(paragraphs, signs);
  if (signedAt < paragraphs.length - 1 && signedAt > 2 && signs(paragraphs[signedAt]!)) {
    let cut = { paragraphs, bodyHtml };
    while (cut.paragraphs.length > signedAt + 1) cut = withoutClosingMark(cut.paragraphs, cut.bodyHtml, 0, cut.paragraphs[cut.paragraphs.length - 1]!);
    ({ paragraphs, bodyHtml } = cut);
  }
  const last = paragraphs[paragraphs.length - 1];
  // (On a page that names no writer elsewhere, the name alone signs it too: "Baranyai Kinga", set right under the text.)
  const signed = last !== undefined && paragraphs.length > 2 && countWords(last) <= MAX_CLOSING_BYLINE_WORDS
    ? (bylineAuthor(last, source) ?? dashSigned(last) ?? correspondentSigned(last) ?? capitalsSigned(last) ?? (!authorKnown && countWords(last) >= 2 && countWords(last) <= MAX_SIGNING_NAME_WORDS ? last.trim() : null))
    : null;
  if (last === undefined || signed === null || !bareName(signed)) return { paragraphs, bodyHtml, signed: null };
  const cut = withoutClosingMark(paragraphs, bodyHtml, 0, last);
  return { paragraphs: cut.paragraphs, bodyHtml: cut.bodyHtml?.replace(/<p>\s*<\/p>\s*$/u, '') ?? null, signed };
}
