/** Passes that mark a page's units as junk: by their neighbours (related lists, captions, tables, pull quotes, framed ads) and the header's own chrome. */
import { isAdCopy, isAdLabel, isRaceResultsLine, isAppealHeading, isPhotoCredit, isSummaryLabel, labelOverWhatItSums, MAX_AD_COPY_WORDS, isRelatedHeader, isTailMarker, junkKind, NEXT_POST, POST_SIGNATURE, PREVIOUS_POST, READING_TIME } from './boilerplate.js';
import { isProse } from './lines.js';
import { normalizeKey, type Unit } from './text-units.js';
import { BYLINE_RE } from './text-byline.js';
import { bareName } from './byline.js';

/** A credit line under a pull quote: "— Jane Doe". */
const DASHED_CREDIT = /^[—–-]\s*\p{Lu}/u;

/** Prices and index levels: "12,914.30", "+0.42%", "-1.2", "3%". */
const QUOTE_NUMBER = /(?<![\p{L}\d])[+\-−]?\d[\d,]*(?:\.\d+%?|%)|(?<![\p{L}\d])[+\-−]\d[\d.,]*/gu;

/**
 * Page furniture around the header that the general junk rules miss: a market ticker ("FTSE 100
 * 8,301.2 +0.4%  Dow 42,110 -0.2%"), a metered-paywall counter ("3 free articles left this month"),
 * a subscription label alone on its line ("Premium", "Subscriber only") and the video player's prompt.
 */
const HEADER_CHROME: RegExp[] = [
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
 * A related-articles header and the headline lines under it, down to a blank line or prose, are not
 * body: lists of one or two links are too short for the link-list rule and read like subheadings.
 * They are flagged rather than made junk so that the line model sees the neighbours it was fitted on.
 */
export function dropRelatedLists(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!isRelatedHeader(units[i]!.text)) continue;
    units[i]!.related = true;
    if (units[i]!.blankAfter) continue;
    let k = i + 1;
    for (; k < units.length; k++) {
      const u = units[k]!;
      // A headline does not end in a full stop; a sentence or a paragraph ends the list, unless it is a card's
      // excerpt with the card's writer and day under it ("… nelle zone infestate." / "Redazione" / "2 giu 2026 • 3 min di lettura").
      const excerpt = u.stats.words <= MAX_CARD_EXCERPT_WORDS && cardMetaUnder(units, k);
      if (!excerpt && (isProse(u.stats) || u.stats.words > 16 || /[.!]["”’»)]*$/u.test(u.text))) break;
      u.related = true;
      if (u.blankAfter) break;
    }
    i = k;
  }
}

/** Longest excerpt of a related post's card. */
const MAX_CARD_EXCERPT_WORDS = 30;
/** Most lines between a card's excerpt and its day: the writer's name. */
const MAX_LINES_OVER_CARD_DAY = 2;

/** Whether a card's day and reading time stand within a line or two under the line at `at`: "2 giu 2026 • 3 min di lettura". */
function cardMetaUnder(units: readonly Unit[], at: number): boolean {
  for (let k = at + 1; k <= at + MAX_LINES_OVER_CARD_DAY && k < units.length; k++) {
    const u = units[k]!;
    if (u.stats.words <= 10 && /\d/u.test(u.text) && u.text.search(READING_TIME) >= 0) return true;
    if (u.stats.words > 4) return false;
    // Or a bookmark card's closing line of outlet and writer, the card's last ("Locarnese NotizieRedazione").
    if (k === at + 1 && u.blankAfter && !u.stats.endsSentence) return true;
  }
  return false;
}

/**
 * A theme's links to the posts before and after this one, each label alone on its line over the
 * other post's headline ("Previous article" / "Shabana complete loan move for …" / "Next article").
 */
const POST_NAV_LABEL = new RegExp(
  String.raw`^(?:[←«‹]\s*)?(?:${PREVIOUS_POST}|${NEXT_POST}|(?:previous|next) entry|(?:older|newer) (?:post|article|story|entry)|post (?:precedente|successivo)|artigo seguinte|matéria (?:anterior|seguinte)|(?:vorig|volgend) (?:artikel|bericht))\s*[→»›:]?$`,
  'iu',
);
/** Most words of a headline under such a label. */
const MAX_NAV_HEADLINE_WORDS = 16;

export function dropPostNavHeadlines(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    if (!POST_NAV_LABEL.test(units[i]!.text)) continue;
    const headline = units[i + 1]!;
    if (headline.stats.words <= MAX_NAV_HEADLINE_WORDS && !/[.!?]["”’»)]*$/u.test(headline.text)) headline.junk = true;
  }
}

/** Most lines of a box under its label, and most words of one of them. */
const MAX_BOX_LINES = 8;
const MAX_BOX_LINE_WORDS = 16;
/** A bullet point's mark opening a line. */
const BULLET = /^[•●▪◦·-]\s/u;
/** A timeline's point: a date ("May 2, 2023", "August 2023", "2 May 2023", "2019"), maybe its weekday in brackets, then a colon or a dash. */
const DATED_POINT = /^(?:\p{Lu}\p{Ll}{2,8}\.? (?:\d{1,2},? )?\d{4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4}|\d{4})(?: \([\p{L}.]{3,12}\))?\s?(?::|\s[–—-])\s/u;
/** A label written in capitals: "KEY CONDITIONS", "THE DECISION". */
const SHOUTED_LABEL = /^\p{Lu}[\p{Lu}\p{N} &'’,-]{2,40}$/u;
/** A box's title in capitals, maybe after a label and a colon: "INFO: SPERRE DER LECHTALSTRASSE". */
const CAPITAL_BOX_TITLE = /^\p{Lu}[\p{Lu}\p{N} &'’,:-]{2,60}$/u;
/** Most words after the colon of a box's label: "At a glance: the conditions". */
const MAX_LABEL_TAIL_WORDS = 5;
/** Most words of a box's title in capitals over its bullet points or dated points. */
const MAX_SHOUTED_BOX_TITLE_WORDS = 8;

/** Most words of a heading over a box's labelled lines. */
const MAX_ITEM_BOX_TITLE_WORDS = 5;
/** A box's line: a short label, a colon and what it stands for, no sentence ("Stožer civilne zaštite Grada Karlovca: 047 628 100"). */
const LABELLED_ITEM = /^\p{Lu}[\p{L}\p{N} '’.()&/-]{1,50}:\s+\S/u;
/** A day written in figures or a time of day: what a byline's dates give, not a box's figures. */
const CLOCK_OR_DAY = /\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s?(?:uhr|h|am|pm)?\b/iu;
function labelledItem(u: Unit | undefined, timesAllowed = false): boolean {
  return u !== undefined && u.stats.words <= MAX_BOX_LINE_WORDS && LABELLED_ITEM.test(u.text) && !/[.!?]["”’]?$/u.test(u.text) && (timesAllowed || !CLOCK_OR_DAY.test(u.text)) && !/[›»>|]/u.test(u.text);
}

/** A summary or fact box's label: "WHAT YOU NEED TO KNOW", "How to get help", "At a glance: the conditions", "PANTHERS 2026: IN AND OUT". */
function isBoxLabel(text: string): boolean {
  if (isSummaryLabel(text) || labelOverWhatItSums(text, MAX_LABEL_TAIL_WORDS)) return true;
  const colon = text.indexOf(': ');
  const head = colon > 0 ? text.slice(0, colon) : '';
  const tail = colon > 0 ? text.slice(colon + 2) : '';
  // Or what it is about before the label: "PANTHERS 2026: IN AND OUT".
  return colon > 0 && tail.split(/\s+/u).length <= MAX_LABEL_TAIL_WORDS && !/[.!?]$/u.test(tail) &&
    head.split(/\s+/u).length <= MAX_LABEL_TAIL_WORDS && isSummaryLabel(tail);
}

/**
 * A summary or fact box set in the story: its label and the short lines right under it, down to a
 * blank line ("How to get help" / "Flood and storm emergencies (NTES): 132 500" / …). Two lines at
 * least: a label over a blank line is a subheading, unless what stands under the blank is chrome or a
 * bullet point. Made junk, so that the box does not split the
 * story into two runs of prose.
 */
export function dropBoxes(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    // (Over a blank line too, when the first line under it is already chrome, "HOW TO GET HELP", "", "If you
    // have been affected by this story, …", or a bullet point, "THE DECISION AT A GLANCE", "", "• Alcohol sales: …".)
    const under = units[i + 1];
    // A help box's lines are sentences: under a first line already read as chrome, short ones stay in the box.
    const chromeFirst = under?.junk === true;
    // A timeline's points each open on their date ("TIMELINE OF THE CASE", "", "May 2, 2023 (Tuesday): Tank collapses …").
    const dated = DATED_POINT.test(under?.text ?? '');
    // ("KEY CONDITIONS" over "• Sales until 10pm …", "• Outdoor seating closes at 9pm": a label in capitals over bullet points.)
    // ("WHAT TO DO IF YOU LIVE NEARBY" over "• Keep windows and doors closed …": a longer one reads as a box's title too.)
    const shouted = SHOUTED_LABEL.test(units[i]!.text) && units[i]!.stats.words <= MAX_SHOUTED_BOX_TITLE_WORDS;
    const shoutedOverBullets = shouted && BULLET.test(under?.text ?? '') && BULLET.test(units[i + 2]?.text ?? '');
    // ("HOW THE SEA MOVED IN" over "2010 – First houses …", "2017 – …": so does one over a timeline's dated points.)
    const shoutedOverDated = shouted && !units[i]!.blankAfter && dated && DATED_POINT.test(units[i + 2]?.text ?? '');
    // ("VAŽNI BROJEVI" or "Final results" over "Hitne službe: 112", "Men: 1 Adrián Déniz (Gran Canaria), 2 …": a short
    // heading over three lines or more that each give a label and what it stands for; two may be a
    // headline with a colon and a breadcrumb trail under a kicker.)
    // (Not a writer's name over "Publiziert: 12.11.2026, 17.45 Uhr" and "Aktualisiert: …": that is the byline and its dates.)
    // (Under a title in capitals an item may give times: "INFO: SPERRE DER LECHTALSTRASSE" / "Shuttle: ab Mittwoch um 7.00 Uhr …".)
    const capitalTitle = CAPITAL_BOX_TITLE.test(units[i]!.text);
    const overLabelledItems = !units[i]!.blankAfter && units[i]!.stats.words <= MAX_ITEM_BOX_TITLE_WORDS && !/[.!?:]$/u.test(units[i]!.text) &&
      !bareName(units[i]!.text) && labelledItem(under, capitalTitle) && labelledItem(units[i + 2], capitalTitle) && labelledItem(units[i + 3], capitalTitle);
    if ((units[i]!.blankAfter && !chromeFirst && !dated && !BULLET.test(under?.text ?? '')) || !(isBoxLabel(units[i]!.text) || shoutedOverBullets || shoutedOverDated || overLabelledItems)) continue;
    const box: Unit[] = [];
    for (let k = i + 1; k < units.length && box.length < MAX_BOX_LINES; k++) {
      const u = units[k]!;
      // (A box of labelled items may open on a year: "Seit 1986: …" over "Tiefe: 47 Meter, …".)
      if (dated && !overLabelledItems) {
        if (!DATED_POINT.test(u.text) || u.stats.words > MAX_BOX_LINE_WORDS) break;
        box.push(u);
        if (u.blankAfter) break;
        continue;
      }
      // (A line already read as chrome stays in the box whatever its length: "If you have been affected by this story, …";
      // so does a bullet point under a title in capitals, sentence or not: "• Wear a buoyancy aid, and dress for the water.")
      const bulletUnderShout = shoutedOverBullets && BULLET.test(u.text) && u.stats.words <= MAX_BOX_LINE_WORDS;
      // (And a labelled item under the title they made a box's, prose-like or not: "Seit 1986: Belüftung im Winter, reiner Sauerstoff im Sommer".)
      const itemUnderTitle = overLabelledItems && labelledItem(u, capitalTitle);
      if (!u.junk && !bulletUnderShout && !itemUnderTitle && (u.stats.words > MAX_BOX_LINE_WORDS || (!chromeFirst && isProse(u.stats)))) break;
      box.push(u);
      if (u.blankAfter) break;
    }
    if (box.length < 2) continue;
    units[i]!.junk = true;
    for (const u of box) u.junk = true;
    i += box.length;
  }
}

/**
 * Whether the article goes on after the related-links list that starts at `i` ("You may also like"
 * and two headlines inside the text): the next two lines that are neither junk nor list are prose,
 * or one prose line is all there is before the page's own closing marker or its end ("The win is
 * worth £450,000 …" over "Explore more on these topics").
 */
export function proseResumesAfter(units: readonly Unit[], i: number): boolean {
  const next: Unit[] = [];
  for (let k = i + 1; k < units.length && next.length < 2; k++) {
    const u = units[k]!;
    if (isTailMarker(u.text)) break;
    if (!u.junk && !u.related) next.push(u);
  }
  return next.length > 0 && next.every((u) => isProse(u.stats));
}

/** Longest caption beside a photo credit: a one-line paragraph of the article is usually longer. */
export const MAX_CAPTION_WORDS = 20;

/**
 * A short line directly above or below a photo credit line (no blank line between) is its caption;
 * a line that reads as a paragraph is kept, since pages without blank lines put the text there too.
 */
export function dropCaptions(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!isPhotoCredit(units[i]!.text)) continue;
    for (const k of [i - 1, i + 1]) {
      const u = units[k];
      const touching = k < i ? u !== undefined && !u.blankAfter : !units[i]!.blankAfter;
      // A caption and its credit alone between blank lines (or under the image's placeholder, "[image]")
      // are a caption however they read.
      const pair = k < i && units[i]!.blankAfter && (k === 0 || units[k - 1]!.blankAfter || IMAGE_PLACEHOLDER.test(units[k - 1]!.text));
      // A name alone under the credit is the byline that follows the picture ("Foto: … (Keystone)" / "Nina Aebischer").
      const writerBelow = k > i && bareName(u?.text ?? '');
      // A caption under its credit with the page's chrome on both sides ("1,482 Views" / "Photo: …" /
      // "Kazungu Kahindi holds up his new shirt …" / "Share") is no paragraph of the story, however it reads.
      const island = k > i && i > 0 && units[i - 1]!.junk && units[k + 1] !== undefined && units[k + 1]!.junk;
      if (u && touching && !u.junk && u.stats.words <= MAX_CAPTION_WORDS && (pair || island || !isProse(u.stats)) && !BYLINE_RE.test(u.text) && !writerBelow) u.junk = true;
    }
  }
}

/** Most words of a table's heading ("HOW IT STANDS (top eight)", "TROLLEY WATCH — Monday 13 October, 8am"). */
export const MAX_TABLE_HEADING_WORDS = 10;
/** Fewest words of a sentence that brings a table in: "Results:" or "Source:" alone is a label. */
const MIN_TABLE_LEAD_IN_WORDS = 4;

/** A line of the article's prose ending on the colon that brings in what follows, written in lower case but for its first word. */
function broughtInBySentence(u: Unit | undefined): boolean {
  if (u === undefined || u.junk || u.tabular || !u.text.endsWith(':') || u.stats.words < MIN_TABLE_LEAD_IN_WORDS) return false;
  const words = u.text.split(/\s+/u).slice(1);
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * A table kept as text (two or more touching rows of columns) is not prose; nor is the short line
 * right above it that names it. Unless the article's own sentence brings it in ("Final standings,
 * top six (weights in pounds):"): then the rows are the article's, read across.
 */
export function dropTables(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    let k = i;
    while (k < units.length && units[k]!.tabular && (k === i || !units[k - 1]!.blankAfter)) k++;
    if (k - i < 2) continue;
    if (broughtInBySentence(units[i - 1])) {
      // Its rows read as a ticker's figures or a menu's spaced words, which the first pass took out.
      for (let j = i; j < k; j++) {
        units[j]!.junk = !units[j]!.stats.hasLetters || junkKind(units[j]!.text) !== null;
        units[j]!.articleTableRow = !units[j]!.junk;
      }
      i = k - 1;
      continue;
    }
    for (let j = i; j < k; j++) units[j]!.junk = true;
    // The table's title, and a header row of words over the figures ("Hospital    Trolleys").
    for (let h = i - 1; h >= Math.max(0, i - 2); h--) {
      const heading = units[h]!;
      if (heading.blankAfter || heading.stats.words > MAX_TABLE_HEADING_WORDS || /[.!?]["”’]?$/.test(heading.text)) break;
      heading.junk = true;
    }
    i = k - 1;
  }
}

/** Longest pull quote, in words. */
export const MAX_PULL_QUOTE_WORDS = 40;

/**
 * A pull quote: a short quoted line repeating words the article already printed ("“If the alarm goes
 * off …, open the box.”") over an attribution line ("— Zanele Mkhize, customs detection"). A quote
 * repeated without one may be the article's own closing line.
 */
export function dropPullQuotes(units: Unit[]): void {
  const seen: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.junk) continue;
    const key = normalizeKey(u.text);
    const credit = units[i + 1];
    const credited = credit !== undefined && DASHED_CREDIT.test(credit.text) && credit.stats.words <= 12;
    if (credited && /^["“”„«‘']/u.test(u.text) && u.stats.words <= MAX_PULL_QUOTE_WORDS && key.length >= 20 && seen.some((earlier) => earlier.includes(key))) {
      u.junk = true;
      credit.junk = true;
      continue;
    }
    if (u.stats.words > MAX_PULL_QUOTE_WORDS / 2) seen.push(key);
  }
}

/** An image left as its name or a text browser's label: "[banner-hardware]", "[IMG]", "[21][IMG]". */
export const IMAGE_PLACEHOLDER = /^(?:\[\d{1,4}\])?\[(?:IMG|INLINE|[\w.-]{1,80})\]$/u;

/** Most lines an ad between its label and a closing rule may hold. */
export const MAX_FRAMED_AD_LINES = 3;
export const RULE_LINE = /^(?:[-–—=_*·•~] ?){3,}$/u;

/**
 * "--- Sponsored ---", the ad's copy, then a rule: the lines framed by an ad label and a rule right
 * below it (no blank line between) are the ad, however they read. So are the short lines right
 * under a label that a blank line or the label again closes.
 */
export function dropFramedAds(units: Unit[]): void {
  const paged = pagedWithBlanks(units);
  for (let i = 0; i < units.length; i++) {
    if (!isAdLabel(units[i]!.text)) continue;
    if (units[i]!.blankAfter) {
      // "- Reklama -", a blank line, then "Okna PCV Łęczyca-Plast – montaż w 7 dni …": the copy in a
      // block of its own, known by its shape (the ad slot's script may stand between).
      let at = i + 1;
      while (at < units.length && at - i <= MAX_FRAMED_AD_LINES && junkKind(units[at]!.text) === 'code') at++;
      const copy = units[at];
      if (copy && isAdCopy(copy.text)) copy.junk = true;
      continue;
    }
    let k = i + 1;
    while (k < units.length && k - i <= MAX_FRAMED_AD_LINES && !RULE_LINE.test(units[k]!.text) && !units[k]!.blankAfter) k++;
    if (k < units.length && k - i <= MAX_FRAMED_AD_LINES + 1 && RULE_LINE.test(units[k]!.text)) for (let j = i + 1; j < k; j++) units[j]!.junk = true;
    // "ADVERTISEMENT", the copy, "ADVERTISEMENT" again or a blank line, on a page that parts its
    // paragraphs with blank lines (elsewhere the line under a label may be the next paragraph). The
    // ad's image may stand between ("[banner-bicolandia-hardware]", "[21][IMG]").
    let at = i + 1;
    while (at < units.length && at - i <= MAX_FRAMED_AD_LINES && (IMAGE_PLACEHOLDER.test(units[at]!.text) || junkKind(units[at]!.text) === 'code')) {
      units[at]!.junk = true;
      // The slot's script closing the label's block: the ad had no copy, and the article goes on below.
      if (units[at++]!.blankAfter) break;
    }
    if (at > i + 1 && units[at - 1]!.blankAfter) continue;
    const copy = units[at];
    if (copy && isAdCopy(copy.text)) copy.junk = true;
    if (!copy || copy.stats.words > MAX_AD_COPY_WORDS) continue;
    // "Sponsored Content", the ad's headline, the advertiser's name, then a blank line: the lines the
    // label opens, up to the blank line that closes its block, when none of them ends a sentence
    // (a paragraph would, on a page that does not part its paragraphs with blank lines).
    let end = at;
    const adLine = (u: Unit): boolean => u.stats.words <= MAX_AD_COPY_WORDS && (paged || !u.stats.endsSentence);
    while (end < units.length && end - at < MAX_FRAMED_AD_LINES && adLine(units[end]!) && !units[end]!.blankAfter) end++;
    if (end > at && end < units.length && end - at < MAX_FRAMED_AD_LINES && adLine(units[end]!) && units[end]!.blankAfter) {
      for (let j = at; j <= end; j++) units[j]!.junk = true;
      continue;
    }
    // The label and one line in a block of their own, between blank lines ("NOTICE" / "Power cut in
    // Vaiaku … apologises for the inconvenience."), on a page that does not part its paragraphs so.
    const ownBlock = at === i + 1 && (i === 0 || units[i - 1]!.blankAfter) && copy.blankAfter;
    if (!paged && !ownBlock) continue;
    const closer = units[at + 1];
    if (copy.blankAfter || (closer && isAdLabel(closer.text))) copy.junk = true;
  }
}


/** Whether most lines of the page end their paragraph with a blank line. */
export function pagedWithBlanks(units: readonly Unit[]): boolean {
  return units.filter((u) => u.blankAfter).length >= units.length * 0.5;
}

/** A share bar's button that is one letter or word shared with the language: X's, and the e-mail's. */
const SHARE_BUTTON_WORDS = new Set(['x', '𝕏', 'e-mail', 'email', 'e-post', 'epost', 'mail', 'courriel', 'correo']);
/** Most words of the button or label beside it ("Facebook", "Partager :", "Share this article"). */
const MAX_SHARE_NEIGHBOUR_WORDS = 3;

/**
 * "Facebook" / "X" / "WhatsApp" / "E-mail": a share bar copied one button a line, where "X" and
 * "E-mail" alone say nothing; between the bar's other buttons they are junk too.
 */
function dropShareLetters(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.junk || !SHARE_BUTTON_WORDS.has(u.text.trim().toLowerCase())) continue;
    if ([units[i - 1], units[i + 1]].some((v) => v !== undefined && v.junk && v.stats.words <= MAX_SHARE_NEIGHBOUR_WORDS)) u.junk = true;
  }
}

/** Most words the text of an embedded post holds (280 characters). */
const MAX_POST_WORDS = 60;

/** The text of an embedded post, the line right over its signature ("KOWY AGAIN! … pic.twitter.com/…" / "— Red Deer Rebels (@RDRebelsWHL) April 4, 2026"). */
function dropEmbeddedPosts(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    const post = units[i - 1]!;
    if (POST_SIGNATURE.test(units[i]!.text) && post.stats.words <= MAX_POST_WORDS) post.junk = true;
  }
}

/** A publisher's and a writer's names run together, as a link card's footer copies: "Red Deer DispatchAvery Dueck". */
const GLUED_PUBLISHER_WRITER = /^(\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,4}\p{Ll})(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Vander|Ben|Abu|Al|El)$/u;
/** Most words of a link card's title and of its description. */
const MAX_CARD_TITLE_WORDS = 16;
const MAX_CARD_DESCRIPTION_WORDS = 45;

/** A publisher's name on a line of its own, as a link card's footer sets it over the writer's: "The Namib Courier". */
const PUBLISHER_LINE = /^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: (?:of|the|and|&|\p{Lu}[\p{L}'’.&-]*)){0,4}$/u;

/**
 * A link card to another story inside the article, copied as text: its headline, its description and
 * its footer with the publisher's and the writer's names, run together or on two lines, in a row.
 * On two lines only between the story's paragraphs: a page's own headline, deck, site name and
 * byline stand so at its top.
 */
function dropLinkCards(units: Unit[]): void {
  for (let i = 2; i < units.length; i++) {
    const glued = GLUED_PUBLISHER_WRITER.exec(units[i]!.text);
    // ("McClatchy Newspapers", "MacDonald Smith": a surname's prefix is no publisher.)
    const publisherEnd = glued?.[1]!.split(' ').pop() ?? '';
    const footer = glued && publisherEnd.length >= 4 && !SURNAME_PREFIX.test(publisherEnd) && bareName(glued[2]!) ? [units[i]!] : twoLineFooter(units, i);
    if (footer === null) continue;
    const [title, description] = [units[i - 2]!, units[i - 1]!];
    for (const u of footer) u.junk = true;
    if (title.blankAfter || description.blankAfter || /[.!?:;]$/u.test(title.text) || title.stats.words > MAX_CARD_TITLE_WORDS || description.stats.words > MAX_CARD_DESCRIPTION_WORDS) continue;
    title.junk = true;
    description.junk = true;
  }
}

/** The publisher's and the writer's lines of a card whose footer starts at `i`, when the card stands after a paragraph of the story. */
function twoLineFooter(units: readonly Unit[], i: number): Unit[] | null {
  const [before, publisher, writer] = [units[i - 3], units[i]!, units[i + 1]];
  if (before === undefined || writer === undefined || before.junk || !isProse(before.stats)) return null;
  if (publisher.blankAfter || !PUBLISHER_LINE.test(publisher.text) || bareName(publisher.text) || !bareName(writer.text)) return null;
  return [publisher, writer];
}

/** Marks the junk: lines without letters, menus, header chrome, what `junkKind` knows, and the passes above. */
export function markJunk(units: Unit[]): void {
  for (const u of units) u.junk = !u.stats.hasLetters || u.menu || isHeaderChrome(u) || junkKind(u.text) !== null;
  dropShareLetters(units);
  dropRelatedLists(units);
  dropPostNavHeadlines(units);
  dropBoxes(units);
  dropCaptions(units);
  dropFramedAds(units);
  dropTables(units);
  dropPullQuotes(units);
  dropEmbeddedPosts(units);
  dropLinkCards(units);
  dropResultsLabels(units);
}

/** Most words of a results box's label. */
const MAX_RESULTS_LABEL_WORDS = 8;

/** A short label right over a race's results lines ("PIER TO PUB 2026: TOP FINISHERS", "WYNIKI – 50 KM STYLEM KLASYCZNYM") goes with them. */
function dropResultsLabels(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    // (The results lines are junk already, as junkKind reads them.)
    if (u.junk || u.stats.words > MAX_RESULTS_LABEL_WORDS || /[.!?]["”’]?$/u.test(u.text) || !units[i + 1]!.junk || !isRaceResultsLine(units[i + 1]!.text)) continue;
    u.junk = true;
  }
}

/**
 * The comment section or the related-links rail: everything after its marker goes, if it sits late.
 * Returns the marker's unit, or the unit count.
 */
export function closingMarkerAt(units: readonly Unit[]): number {
  // Prefix counts keep this linear even on a page made of nothing but markers.
  const proseUpTo = [0];
  for (const u of units) proseUpTo.push(proseUpTo[proseUpTo.length - 1]! + (!u.junk && isProse(u.stats) ? 1 : 0));
  const totalProse = proseUpTo[units.length]!;
  for (let i = Math.floor(units.length * 0.3); i < units.length; i++) {
    // (A membership box set between paragraphs, "Become a member", is followed by the story's next ones.)
    if (isTailMarker(units[i]!.text) && !((units[i]!.related || isAppealHeading(units[i]!.text)) && proseResumesAfter(units, i))) {
      const proseBefore = proseUpTo[i]!;
      const proseAfter = totalProse - proseUpTo[i + 1]!;
      if (proseBefore >= 1 && proseAfter <= proseBefore) return i;
    }
  }
  return units.length;
}
