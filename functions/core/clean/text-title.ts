/** Which line above the body is the headline: its shape, its place over the byline, the masthead and site name around it. */
import { lineStats } from './lines.js';
import { normalizeKey, type Unit } from './text-units.js';
import { BYLINE_RE, PUBLICATION_WORD_RE } from './text-byline.js';

/** Prices and index levels: "12,914.30", "+0.42%", "-1.2", "3%". */
export const QUOTE_NUMBER = /(?<![\p{L}\d])[+\-−]?\d[\d,]*(?:\.\d+%?|%)|(?<![\p{L}\d])[+\-−]\d[\d.,]*/gu;

/**
 * Page furniture around the header that the general junk rules miss: a market ticker ("FTSE 100
 * 8,301.2 +0.4%  Dow 42,110 -0.2%"), a metered-paywall counter ("3 free articles left this month"),
 * a subscription label alone on its line ("Premium", "Subscriber only") and the video player's prompt.
 */
export const HEADER_CHROME: RegExp[] = [
  /\b\d+ (?:more )?(?:free )?(?:articles?|stories?) (?:left|remaining)\b/i,
  /\byou(?:'ve| have) (?:read|viewed) \d+ (?:of|out of) (?:your )?\d+\b/i,
  /\bthis is your (?:\d+(?:st|nd|rd|th)|first|second|third|last|final) (?:free )?(?:article|story)\b/i,
  /\b(?:free )?(?:articles?|stories) (?:left|remaining) this (?:month|week)\b/i,
  /^(?:premium|subscriber(?:s)?(?:[- ]only| exclusive)|members?[- ]only|for subscribers|exclusive to subscribers|free to read|subscribers?)$/i,
  /^(?:click|tap|press) (?:here )?to (?:play|watch|view|start) (?:the )?(?:video|clip|gallery)\b.{0,40}$/i,
  /^(?:video (?:unavailable|loading|player)|now playing|up next|replay video|play video|watch video)$/i,
];

export function isHeaderChrome(u: Unit): boolean {
  const t = u.text;
  if (u.stats.words <= 25 && HEADER_CHROME.some((re) => re.test(t))) return true;
  // A ticker: three or more prices on a line of few words and many digits, not a sentence.
  return !u.stats.endsSentence && u.stats.digitRatio >= 0.2 && u.stats.stopRatio < 0.1 && (t.match(QUOTE_NUMBER)?.length ?? 0) >= 3;
}

/**
 * "Headline | Daily Star", "Site - Headline": the page's own evidence says which part is the site.
 * The headline may stand alone on another line, or the site name may (a masthead).
 */
export function siteAffixDropped(title: string, header: Unit[]): string {
  const seps = [...title.matchAll(/\s+(?:[|–—·•»]|::|-)\s+/g)];
  if (!seps.length) return title;
  const keys = new Set(header.filter((u) => u.text !== title).map((u) => normalizeKey(u.text)));
  for (const sep of [seps[seps.length - 1]!, seps[0]!]) {
    const head = title.slice(0, sep.index).trim();
    const tail = title.slice(sep.index + sep[0].length).trim();
    for (const [keep, drop] of [[head, tail], [tail, head]] as const) {
      if (lineStats(keep).words >= 3 && (keys.has(normalizeKey(keep)) || (lineStats(drop).words <= 5 && keys.has(normalizeKey(drop))))) return keep;
    }
  }
  return title;
}

/** A publication's name in capitals at the top of the page: "THE RIVERTON DAILY GAZETTE", "FINANCIAL TIMES". */
export function namedMasthead(u: Unit): boolean {
  return u.stats.words <= 6 && u.text === u.text.toUpperCase() && /\p{Lu}/u.test(u.text) && PUBLICATION_WORD_RE.test(u.text) &&
    !/[.,:;!?]/.test(u.text);
}

/**
 * Whether a line opens a block: the page's first line, or one after a blank line or under a short
 * section label ("ESTERI", "CONTAINER SHIPPING"). A headline does; a site's tagline that ends the
 * chrome above it, or the third of three bullet points, does not. A page without blank lines, or
 * with one after every line, shows no blocks: there, nothing does.
 */
export function opensBlock(units: Unit[], i: number, pageHasBlocks: boolean): boolean {
  const above = units[i - 1];
  return pageHasBlocks && (above === undefined || above.blankAfter || (above.stats.words <= 3 && !BYLINE_RE.test(above.text)));
}

/** A match score: "2-0", "29:27". */
// A team's record in brackets ("Seattle (11-6)") is not a score.
export const SCORE_RE = /(?<![\d.,:/(-])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.,:/)-])/g;

/** A results strip ("FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock"): two scores or more. */
export function isResultsStrip(text: string): boolean {
  return (text.match(SCORE_RE) ?? []).length >= 2;
}

export function titleScore(u: Unit, distance: number, repeated: boolean): number {
  const s = u.stats;
  if (u.junk || !s.hasLetters || s.words < 3 || s.words > 30 || s.chars > 250) return -Infinity;
  if (/[.,;]$/.test(u.text) && !/\.\.\.$/.test(u.text)) return -Infinity;
  if (s.pipes >= 2) return -Infinity;
  // A results strip ("FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock"), not a headline.
  if (isResultsStrip(u.text)) return -Infinity;
  let score = Math.min(s.words, 15) - distance * 0.5;
  if (repeated) score += 5;
  if (u.first && u.blankAfter) score += 4;
  if (s.capRatio > 0.5) score += 1;
  return score;
}

/** Fewest words of a standfirst between a headline and its byline. */
export const MIN_DECK_WORDS = 20;
