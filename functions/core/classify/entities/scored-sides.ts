/**
 * A club named with its town closing the name, right before the match's score, in a match report in a
 * language other than English: "pokonali Zagłębie Sosnowiec 4:3", "Slovan Bratislava 2:0", "Dinamo
 * Zagreb 1:1". The runs pass reads such a name as the town alone, or as nothing when its first word is a case form
 * of another noun; this puts the club back where the score names it. (English match reports have
 * their own cues for a side: see `namedAsSide` in cues.ts.)
 */
import { type Single, withNameOverSpan } from './cues.js';
import { gazLookup, GIVEN_NAMES, norm, type Mention } from './tables.js';
import { worldTownSize } from '../world-places.js';

/** One or two capitalised words, then one or two more, then a score with a colon: "Zagłębie Sosnowiec 4:3". */
const SIDE_BEFORE_SCORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+\d{1,2}\s?:\s?\d{1,2}(?![\d:])/gu;

/** Whether `words` (one or two) name a town the lists know. */
function town(words: readonly string[]): boolean {
  return gazLookup([...words])?.kind === 'place' || (words.length === 1 && worldTownSize(words[0]!) !== undefined);
}

/** The clubs a score follows, each with where it starts and ends, in a sports article not in English. */
export function sidesBeforeScores(body: string, language: string | undefined, sportsArticle: boolean): { name: string; start: number; end: number }[] {
  if (!sportsArticle || language === undefined || language === 'en' || !/\d:\d|\d : \d/u.test(body)) return [];
  const sides: { name: string; start: number; end: number }[] = [];
  for (const m of body.matchAll(SIDE_BEFORE_SCORE)) {
    const words = m[1]!.split(/\s+/u);
    // The town closes the name, and the words before it are the club's own: not a given name (a player's), not the town's name whole.
    for (const townWords of [2, 1]) {
      if (words.length <= townWords) continue;
      const own = words.slice(0, words.length - townWords);
      if (!town(words.slice(-townWords)) || GIVEN_NAMES.has(norm(own[0]!)) || town(own) || own.length > 2) continue;
      sides.push({ name: m[1]!, start: m.index, end: m.index + m[1]!.length });
      break;
    }
  }
  return sides;
}

/** The mentions with each club a score follows in place of the town or the words read inside its name. */
export function withSidesBeforeScores(mentions: Mention[], singles: Single[], body: string, language: string | undefined, sportsArticle: boolean): void {
  for (const side of sidesBeforeScores(body, language, sportsArticle)) withNameOverSpan(mentions, singles, body, { kind: 'org', name: side.name, pos: side.start, fixed: true }, side.end);
}
