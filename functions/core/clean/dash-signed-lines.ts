/**
 * A line with no sentence's end, closed by a dash and a name: a related story's headline with its
 * site's name ("Perak freezes quarry after Gunung Rapat rockfall – Kinta Valley Post") or an
 * advertiser's line with its shop and town ("Tratores e pulverizadores com financiamento a 0% até
 * setembro – AgroMarão, Vila Real"). A story's paragraph ends as a sentence does; a subheading carries
 * no such signature.
 */
import { LINE_ELEMENT, withoutElement } from './pull-quotes.js';

/** Read after the string tests of `isDashSignedLine` (its length, its dash, its last character). */
const SIGNED_LINE = /^[^.!?…:]*[^.!?…:\s]\s[–—-]\s\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}(?:,\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})?(?<!\.)$/u;
/** Length of such a line, in characters. */
const MIN_CHARS = 20;
const MAX_CHARS = 200;
/** Fewest words of such a line: "Cold Store Manager – Dubai" is a job ad's title and may be a subheading's length. */
const MIN_WORDS = 6;
/** A story of fewer paragraphs is left as it is. */
const MIN_PARAGRAPHS = 3;

/** A dash between spaces: one closes the line; two or more set a phrase apart ("You're Still Buying — Not Renting — Games"). */
const SPACED_DASH = /\s[–—-]\s/gu;

export function isDashSignedLine(paragraph: string): boolean {
  // String tests first: this runs on every paragraph, and a pattern with \p{…} that runs that often
  // costs every other pattern's speed (see "phrase lists" in docs/architecture.md).
  if (paragraph.length < MIN_CHARS || paragraph.length > MAX_CHARS || !(paragraph.includes(' – ') || paragraph.includes(' — ') || paragraph.includes(' - '))) return false;
  if ('.!?…:'.includes(paragraph[paragraph.length - 1]!)) return false;
  return paragraph.split(/\s+/).length >= MIN_WORDS && SIGNED_LINE.test(paragraph) && paragraph.match(SPACED_DASH)!.length === 1;
}

/** The story without such lines, from the text and from the markup. */
export function withoutDashSignedLines(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null } {
  if (paragraphs.length < MIN_PARAGRAPHS) return { paragraphs, bodyHtml };
  const signed = paragraphs.filter(isDashSignedLine);
  if (signed.length === 0) return { paragraphs, bodyHtml };
  let html = bodyHtml;
  for (const line of signed) if (html !== null) html = withoutElement(html, line, LINE_ELEMENT);
  return { paragraphs: paragraphs.filter((p) => !signed.includes(p)), bodyHtml: html };
}
