/**
 * Plain-text cleaning: a scraped page as lines, navigation, widgets and comments mixed in.
 * The article is the densest run of prose; title, date, byline and source come from the lines above it.
 */
import { NOT_PUBLISHED_RE, dayFirstOnPage, findDates, publishedPart, type DateOptions } from './dates.js';
import { COMMENTISH, datelineLineAgency, isTailMarker, junkKind, splitDateline, stripTitlePrefix } from './boilerplate.js';
import { guessLanguage, isProse, isShortSentence } from './lines.js';
import { readClosingBio } from './author-bio.js';
import { bareName, namesInPlaces } from './byline.js';
import { metaParts } from './text-utils.js';
import { LINE_MODEL } from './line-model.js';
import { normalizeKey, toUnits, type Unit } from './text-units.js';
import { AGENCY_RE, ARTICLE_WORD_RE, BYLINE_RE, bylineLineAuthors, isJobLine, nameAndSource, PUBLICATION_WORD_RE, SHARED_CREDIT_RE, sourceFromRest, writerWithJob } from './text-byline.js';
import { dropCaptions, dropFramedAds, dropPullQuotes, dropRelatedLists, dropTables, proseResumesAfter } from './text-junk.js';
import { isHeaderChrome, isResultsStrip, MIN_DECK_WORDS, namedMasthead, opensBlock, siteAffixDropped, titleScore } from './text-title.js';
import { dateLine } from './text-dates.js';

export interface TextExtraction {
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  paragraphs: string[];
  lang: string | null;
}

/** A relative time: "2 hours ago", "5 mins ago". */
const RELATIVE_TIME_RE = /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/i;
/** Lines read under the story for its publication date. */
const MAX_TAIL_DATE_LINES = 6;
/** A word that says a date is the story's: "Posted", "Published", "Publié". */
const PUBLISHED_WORD_RE = /\b(?:posted|published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd)\b/i;
/** Longest line read as a publication date on its own. */
const MAX_DATE_LINE_CHARS = 60;
/** The label of a publication date standing under the story: "Published:", "First published", "Veröffentlicht am". */
const PUBLISHED_LABEL_RE = /^(?:first |originally )?(?:published|publié(?:e)?|veröffentlicht|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|le|am|el|em|il|op))?\s*:?\s*/i;

/** The structural pass: units, junk, the main prose run, title and metadata. */
function analyze(input: string, now: Date, langHint?: string | null): Analysis {
  const units = toUnits(input, now);
  const lang = langHint ?? guessLanguage(units.slice(0, 200).map((u) => u.text).join(' '));
  const dopts: DateOptions = { now, lang, dayFirst: dayFirstOnPage(input, lang) };
  for (const u of units) u.junk = !u.stats.hasLetters || u.menu || isHeaderChrome(u) || junkKind(u.text) !== null;
  dropRelatedLists(units);
  dropCaptions(units);
  dropFramedAds(units);
  dropTables(units);
  dropPullQuotes(units);

  // The comment section or the related-links rail: everything after its marker goes, if it sits late.
  let end = units.length;
  // Prefix counts keep this linear even on a page made of nothing but markers.
  const proseUpTo = [0];
  for (const u of units) proseUpTo.push(proseUpTo[proseUpTo.length - 1]! + (!u.junk && isProse(u.stats) ? 1 : 0));
  const totalProse = proseUpTo[units.length]!;
  for (let i = Math.floor(units.length * 0.3); i < units.length; i++) {
    if (isTailMarker(units[i]!.text) && !(units[i]!.related && proseResumesAfter(units, i))) {
      const proseBefore = proseUpTo[i]!;
      const proseAfter = totalProse - proseUpTo[i + 1]!;
      if (proseBefore >= 1 && proseAfter <= proseBefore) {
        end = i;
        break;
      }
    }
  }

  // The first line followed by a blank line, not a sentence, is the title by convention.
  // A short first line may still end in a full stop ("... Conservative Govt.", "... Going On…."); a long one
  // ending in one is the opening paragraph of a file without a headline.
  // A date alone on the first line is the day the page was printed or saved, not a headline.
  const firstIsTitle = units[0] !== undefined && units[0].blankAfter && !units[0].junk && units[0].stats.words <= 40 && units[0].stats.pipes < 2 &&
    !(/\d/.test(units[0].text) && dateLine(units[0].text, dopts)?.rest === '') &&
    units[0].stats.chars <= 300 && units.length > 1 &&
    (!/[.;,]$/.test(units[0].text) || (units[0].stats.words <= 15 && !/,$/.test(units[0].text)) || /(\.\.\.|…)\.?$/.test(units[0].text));

  // Runs of prose, split where many non-prose lines intervene; the body is the heaviest run.
  const prose = units.map((u, i) => i < end && !u.junk && isProse(u.stats) && !(i === 0 && firstIsTitle));
  type Run = { start: number; end: number; words: number };
  const runs: Run[] = [];
  let cur: Run | null = null;
  let gap = 0;
  for (let i = 0; i < end; i++) {
    if (prose[i]) {
      if (cur && gap <= 4) {
        cur.end = i;
        cur.words += units[i]!.stats.words;
      } else {
        cur = { start: i, end: i, words: units[i]!.stats.words };
        runs.push(cur);
      }
      gap = 0;
    } else if (!units[i]!.junk) {
      gap++;
    }
  }
  let bodyStart = -1;
  let bodyEnd = -1;
  if (runs.length) {
    const main = runs.reduce((a, b) => (b.words > a.words ? b : a));
    bodyStart = main.start;
    bodyEnd = main.end;
    // Neighbouring runs that carry real weight are the same article split by a widget.
    for (const r of runs) {
      if (r === main) continue;
      if (r.words >= main.words * 0.3 && r.words >= 40) {
        bodyStart = Math.min(bodyStart, r.start);
        bodyEnd = Math.max(bodyEnd, r.end);
      }
    }
  } else {
    // No prose at all: keep the sentence-like lines, else everything that is not junk.
    const idx = units.map((u, i) => (i < end && !u.junk && isShortSentence(u.stats) ? i : -1)).filter((i) => i >= 0 && !(i === 0 && firstIsTitle));
    const any = units.map((u, i) => (i < end && !u.junk ? i : -1)).filter((i) => i >= 0 && !(i === 0 && firstIsTitle));
    const pick = idx.length ? idx : any;
    if (pick.length) {
      bodyStart = pick[0]!;
      bodyEnd = pick[pick.length - 1]!;
    }
  }

  // A standfirst reads as prose too, so the run may open above the byline and the date: when one or
  // two prose lines come before such a header line at the top of the run, the article starts under it.
  let headerEnd = -1;
  if (bodyStart >= 0) {
    let proseLines = 0;
    let proseWords = 0;
    for (let i = bodyStart; i <= bodyEnd && i < bodyStart + 10; i++) {
      const u = units[i]!;
      if (u.text.length <= 120 && (BYLINE_RE.test(u.text) || (/\d/.test(u.text) && dateLine(u.text, dopts) !== null))) {
        headerEnd = i;
        continue;
      }
      if (!prose[i]) continue;
      if (headerEnd >= 0) break;
      proseLines++;
      proseWords += u.stats.words;
      if (proseLines > 2 || proseWords > 80) break;
    }
    // The text under the header is the article: much longer than what stands above it (a date line
    // under the last paragraphs, with comments below, is no header).
    let wordsAfter = 0;
    for (let k = headerEnd + 1; headerEnd >= 0 && k <= bodyEnd; k++) if (prose[k]) wordsAfter += units[k]!.stats.words;
    const next = headerEnd >= 0 ? prose.findIndex((p, k) => p && k > headerEnd) : -1;
    // Nor is a byline and date under a post with the comment thread's signatures below it.
    const comments = units.slice(headerEnd + 1, headerEnd + 8).some((u) => u.stats.words <= 20 && COMMENTISH.test(u.text));
    if (next > headerEnd && next <= bodyEnd && wordsAfter >= Math.max(3 * proseWords, 100) && !comments) bodyStart = next;
    else headerEnd = -1;
  }

  /** Whether one of the `n` units after unit `i` is a date line. */
  const dateWithin = (i: number, n: number): boolean => units.slice(i + 1, i + 1 + n).some((u) => dateLine(u.text, dopts) !== null);
  // Title: the best headline-shaped line above the body.
  const firstLines = new Map<string, number>();
  for (const u of units.slice(0, Math.max(bodyStart, 1) + 1)) {
    const k = normalizeKey(u.text);
    firstLines.set(k, (firstLines.get(k) ?? 0) + 1);
  }
  let title: string | null = null;
  let bestScore = -Infinity;
  let bestAt = -1;
  let bestOverMeta = false;
  const titleZone = bodyStart >= 0 ? bodyStart : Math.min(units.length, 12);
  const blankAfter = units.filter((u) => u.blankAfter).length;
  const pageHasBlocks = blankAfter >= Math.max(3, 0.1 * units.length);
  // "Daniel Okafor-Reid at the Emirates Stadium": a byline without "By".
  const isMeta = (v: Unit): boolean => dateLine(v.text, dopts) !== null || BYLINE_RE.test(v.text) || (v.text.length <= 100 && namesInPlaces(v.text) !== null);
  for (let i = Math.max(0, titleZone - 12); i < titleZone; i++) {
    const u = units[i]!;
    if (isMeta(u) || (i <= 2 && namedMasthead(u))) continue;
    // The headline opens its block right above its byline or date; captions, decks and summaries sit
    // below them, and the last line of a list of bullet points is no headline.
    const next = units[i + 1];
    // A headline, a standfirst too long to be a headline, then the byline: the headline stands over
    // the byline all the same.
    const byline = units[i + 2];
    const overDeck = next !== undefined && !next.junk && next.stats.words >= MIN_DECK_WORDS && next.stats.stopRatio >= 0.25 && next.stats.capRatio < 0.5 &&
      titleScore(next, 0, false) === -Infinity && byline !== undefined && (isMeta(byline) || (bareName(byline.text) && dateWithin(i + 2, 1)));
    const overMeta = opensBlock(units, i, pageHasBlocks) && !isJobLine(u.text) && next !== undefined && (isMeta(next) || writerWithJob(next.text, dateWithin(i + 1, 2)) !== null || bareName(next.text) || overDeck) ? 3 : 0;
    const score = titleScore(u, titleZone - i - 1, (firstLines.get(normalizeKey(u.text)) ?? 0) > 1) + overMeta;
    if (score > bestScore) [bestScore, title, bestAt, bestOverMeta] = [score, u.text, i, overMeta > 0];
  }
  // The standfirst under a headline is headline-shaped too and often longer: a line written as a
  // sentence (many function words) right under another headline-shaped line gives way to it.
  if (bestAt > 0) {
    const prev = units[bestAt - 1]!;
    const best = units[bestAt]!;
    // A longer line right under a full headline, or the line over the byline when a full headline
    // tops it, is its deck ("Thames Water creditors back £3bn loan" over
    // "Senior bondholders agree rescue funding as regulator weighs fines and bill rises").
    const standfirst = (best.stats.words >= 12 && best.stats.stopRatio >= 0.25 && best.stats.capRatio < 0.5) ||
      (best.stats.words >= 10 && (bestOverMeta || best.stats.words >= prev.stats.words) && prev.stats.words >= 6 && opensBlock(units, bestAt - 1, pageHasBlocks));
    // Not a masthead ("THE DAILY GAZETTE") nor a menu or a breadcrumb trail.
    const masthead = prev.stats.words <= 5 && prev.text === prev.text.toUpperCase();
    const headline = !prev.junk && !masthead && prev.stats.words >= 4 && !/[|•·>›]|\s[-/»]\s/.test(prev.text) &&
      !dateLine(prev.text, dopts) && !BYLINE_RE.test(prev.text) && titleScore(prev, 0, false) > -Infinity;
    if (standfirst && headline) title = prev.text;
  }
  // "Title line, blank line, text" is how most saved articles start; only a masthead-like first line
  // (short and all capitals, "CHINA TOPIX") or a headline repeated further down overrides it.
  if (firstIsTitle) {
    const first = units[0]!;
    const resultsStrip = isResultsStrip(first.text);
    const masthead = (first.stats.words <= 3 && first.text === first.text.toUpperCase()) || namedMasthead(first) || resultsStrip;
    const repeatedElsewhere = title !== null && title !== first.text && (firstLines.get(normalizeKey(title)) ?? 0) > 1;
    if (!masthead && !repeatedElsewhere && first.stats.words >= 1) title = first.text;
    else if ((title === null || bestScore < 6) && !resultsStrip) title = first.text;
  }
  if (title) title = stripTitlePrefix(siteAffixDropped(title, units.slice(0, Math.max(titleZone, 1) + 1)));
  const titleKey = title ? normalizeKey(title) : '';

  // Metadata from the lines above the body (and the top of the body).
  let published: string | null = null;
  let author: string | null = null;
  let source: string | null = null;
  let updatedOnly: string | null = null;
  let updatedAt: number | undefined;
  const metaEnd = bodyStart >= 0 ? bodyStart : Math.min(units.length, 12);
  const headlineAt = titleKey ? units.findIndex((t, k) => k < metaEnd && normalizeKey(t.text) === titleKey) : -1;
  // The date printed alone above the headline, often the day the page was saved ("Thursday, 04
  // December 2025" over the masthead): the story's own date under the headline wins over it.
  let dateAboveHeadline: string | null = null;
  for (let i = 0; i < metaEnd; i++) {
    const u = units[i]!;
    const part = publishedPart(u.text);
    if (part === null) {
      // "UPDATED: August 12, 2025 at 6:58 PM MDT" and no other date: the story is no younger than that.
      const updated = dateLine(u.text, dopts);
      updatedOnly ??= updated?.iso ?? null;
      if (updated) updatedAt ??= i;
      // "Shreya Bhattacharjee | New Delhi | Updated: 18 Sep 2025": the writer opens the line.
      const lead = metaParts(u.text)[0]!;
      if (!author && updated && lead !== u.text && bareName(lead) && !PUBLICATION_WORD_RE.test(lead)) author = lead;
      continue;
    }
    // "Posted by Jake Millard on November 14, 2025 at 11:58 PM ET · Men's Hoops": the date inside a byline.
    // "Words by Lerato Khumalo | Photographs by Sipho Nkosi | 7 November 2025": after the separators.
    const byline = BYLINE_RE.exec(part);
    const bylineTail = byline?.[3] ?? byline?.[2];
    const d = dateLine(part, dopts) ?? (bylineTail ? metaParts(bylineTail).map((p) => dateLine(p, dopts)).find((x) => x !== null) ?? null : null);
    if (d && !published) {
      // Alone or beside the masthead's motto ("Nigeria's newspaper of record | Saturday, February 7, 2026"),
      // not in a byline or after "Posted".
      const pageDate = !/\p{L}/u.test(d.rest) || (!BYLINE_RE.test(part) && !PUBLISHED_WORD_RE.test(part) && bylineLineAuthors(part) === null);
      if (i < headlineAt && pageDate) dateAboveHeadline ??= d.iso;
      else published = d.iso;
      // The byline without "By" sits on the date line ("Sarah Lindqvist | Riverton Gazette | March 5,
      // 2024") or just above or below it.
      // "Posted on November 3, 2026 by Alan Brooks": the byline after the date.
      author ??= bylineLineAuthors(d.rest.replace(/^[\s|–—•·,-]+/, ''));
      const alone = d.rest.replace(/^[\s|–—•·,-]+|[\s|–—•·,-]+$/g, '');
      const onLine: { author: string; source: string | null } | null = author ? null : nameAndSource(alone);
      if (onLine) [author, source] = [onLine.author, source ?? onLine.source];
      // "Maya Goldberg | May 22, 2025": a person's name alone beside the date is the byline;
      // "Noa Ben-Ami · Science & Space · 6 Aug 2025": or first among the desk and the date.
      const firstPart = metaParts(alone)[0]!;
      if (!author && bareName(alone) && !PUBLICATION_WORD_RE.test(alone) && !ARTICLE_WORD_RE.test(alone)) author = alone;
      else if (!author && firstPart !== alone && bareName(firstPart) && !PUBLICATION_WORD_RE.test(firstPart) && !ARTICLE_WORD_RE.test(firstPart)) author = firstPart;
      else if (!author || !BYLINE_RE.test(d.rest.trim())) source ??= sourceFromRest(d.rest);
      // The byline is next to the date line, or next but one with the headline between them.
      // A job alone on its line ("Local Democracy Reporter") sits between the name and the date.
      const near = [i - 1, i + 1].map((k) => {
        const t = units[k]?.text;
        return t !== undefined && (normalizeKey(t) === titleKey || isJobLine(t)) ? k + (k - i) : k;
      });
      for (const text of near.map((k) => (k >= 0 && k < metaEnd ? units[k]?.text : undefined))) {
        const pair: { author: string; source: string | null } | null = text && !author ? nameAndSource(text) : null;
        if (pair) {
          author = pair.author;
          source ??= pair.source;
        }
        // "Reported By: NAME | Edited By: NAME": the first credit of a row of them.
        if (text && !author) author = bylineLineAuthors(metaParts(text)[0]!);
      }
      // A name alone on the line above or below the date ("Anna Zielińska" / "21 listopada 2026"),
      // under the headline: above it a short capitalised line is a section ("Middle East").
      const titleAt = units.findIndex((t, k) => k < metaEnd && normalizeKey(t.text) === titleKey);
      for (const k of near) {
        const v = k > titleAt && titleAt >= 0 && k < metaEnd ? units[k] : undefined;
        // "Sofia Carvalho (com Lusa)": the agency credited beside the writer.
        const named = v ? v.text.replace(SHARED_CREDIT_RE, '') : '';
        if (!author && v && !v.junk && bareName(named) && normalizeKey(v.text) !== titleKey) {
          // "Renee Castellano" / "Akron Summit Ledger" / the date: the writer, then the paper.
          const above = k === i - 1 && k - 1 > titleAt ? units[k - 1] : undefined;
          const writerAbove = above !== undefined && !above.junk && !above.blankAfter && bareName(above.text) && normalizeKey(above.text) !== titleKey;
          author = writerAbove ? above.text : named;
        }
        // "Claire Lemaire in Paris and Erik Lund in Stockholm": the writers and where they file from.
        if (!author && v && !v.junk) author = namesInPlaces(v.text);
      }
    }
    if (!author) {
      author = bylineLineAuthors(u.text);
      // "Von Anna Berger, dpa": the agency after the names is the source.
      const tail = author ? BYLINE_RE.exec(u.text)?.[2]?.trim() : undefined;
      if (tail && AGENCY_RE.test(tail)) source ??= tail;
    }
  }
  if (!published && bodyStart >= 0) {
    // Wire copy often opens with its date: "16 January 2008 – The Security Council ...".
    const lead = units[bodyStart]!.text.slice(0, 60);
    const d = findDates(lead, dopts)[0];
    if (d && d.index < 5 && !NOT_PUBLISHED_RE.test(lead)) published = d.iso;
  }
  published ??= dateAboveHeadline ?? updatedOnly;
  // No byline: "Shakil Ahmed Chowdhury, Staff Correspondent" above the story.
  for (let i = 0; !author && i < metaEnd; i++) if (!units[i]!.junk) author = writerWithJob(units[i]!.text, dateWithin(i, 2));
  // "Mere Tautahi-Kingi" / "Business and Rural Reporter": a name over a newsroom job.
  for (let i = 0; !author && i + 1 < metaEnd; i++) {
    const [v, job] = [units[i]!, units[i + 1]!];
    // Right under the headline, or over a date or a "2 hours ago": not a menu's "Analyst Comments" over "Contributors".
    const placed = (i > 0 && normalizeKey(units[i - 1]!.text) === titleKey) || dateWithin(i + 1, 1) || RELATIVE_TIME_RE.test(units[i + 2]?.text ?? '');
    if (placed && !v.junk && bareName(v.text) && isJobLine(job.text) && normalizeKey(v.text) !== titleKey && !PUBLICATION_WORD_RE.test(v.text)) author = v.text;
  }
  // "Nompumelelo Dlamini" / "Energy Reporter" / "Updated: 12/03/2025": the writer above an "Updated" line.
  if (!author && updatedAt !== undefined) {
    const k = updatedAt - 1 - (units[updatedAt - 1] && isJobLine(units[updatedAt - 1]!.text) ? 1 : 0);
    const v = units[k];
    if (v && !v.junk && bareName(v.text) && normalizeKey(v.text) !== titleKey && !PUBLICATION_WORD_RE.test(v.text)) author = v.text;
  }
  // "Published: 14/05/2025" on its own line in or under the story, where the top of the page only
  // says "2 hours ago".
  for (let k = bodyStart; !published && bodyStart >= 0 && k <= Math.min(end - 1, bodyEnd + MAX_TAIL_DATE_LINES); k++) {
    const t = units[k]!.text;
    if (t.length > MAX_DATE_LINE_CHARS || !PUBLISHED_LABEL_RE.test(t)) continue;
    // The label and the date alone: "Published: 14/05/2025", not a comment's "Published by reader | date".
    const d = dateLine(t.replace(PUBLISHED_LABEL_RE, ''), dopts);
    if (d && !/\p{L}/u.test(d.rest)) published = d.iso;
  }
  // Local papers sign off under the last paragraph: "By Morag Currie". Only junk may come between;
  // a byline under another headline below the article is that story's.
  // A closing one-line paragraph ("The next survey is planned for 2027.") may stand between them.
  for (let k = bodyEnd + 1, lines = 0; !author && bodyEnd >= 0 && k <= Math.min(end - 1, bodyEnd + 4); k++) {
    if (units[k]!.stats.words <= 8) author = bylineLineAuthors(units[k]!.text);
    if (!author && !units[k]!.junk && !(units[k]!.stats.words >= 6 && isShortSentence(units[k]!.stats) && /\.["”’)]?$/u.test(units[k]!.text) && ++lines <= 1)) break;
  }

  // Extend the body over adjacent sentence-like lines (one-line paragraphs at either edge).
  if (bodyStart >= 0) {
    const edgeOk = (u: Unit): boolean =>
      !u.junk && isShortSentence(u.stats) && normalizeKey(u.text) !== titleKey && !dateLine(u.text, dopts) && !BYLINE_RE.test(u.text);
    while (bodyStart > 0 && bodyStart - 1 > headerEnd && !(bodyStart - 1 === 0 && firstIsTitle) && edgeOk(units[bodyStart - 1]!)) bodyStart--;
    while (bodyEnd + 1 < end && edgeOk(units[bodyEnd + 1]!)) bodyEnd++;
  }

  const keep = new Set<number>();
  if (bodyStart >= 0) {
    const kept: number[] = [];
    for (let i = bodyStart; i <= bodyEnd; i++) {
      const u = units[i]!;
      if (u.junk) continue;
      if (titleKey && normalizeKey(u.text) === titleKey) continue;
      // A byline and a date line above the first paragraph ("Por NAME", "Publicado el ... | Actualizado el ...").
      if (kept.length === 0 && (dateLine(u.text, dopts) || BYLINE_RE.test(u.text))) continue;
      kept.push(i);
    }
    // Menus and link lists inside the body: runs of three or more short title-ish lines.
    const short = (k: number): boolean => units[k]!.stats.words < 8 && !units[k]!.stats.endsSentence;
    let i = 0;
    while (i < kept.length) {
      let j = i;
      while (j < kept.length && short(kept[j]!)) j++;
      if (j - i >= 3) kept.splice(i, j - i);
      else i = Math.max(j, i + 1);
    }
    for (const k of kept) keep.add(k);
  }
  const commentish = units.map((u) => u.stats.words <= 20 && COMMENTISH.test(u.text));
  const commentsBefore: number[] = [];
  let seenComments = 0;
  for (let i = 0; i < units.length; i++) {
    commentsBefore.push(seenComments);
    if (commentish[i] && i > bodyStart) seenComments++;
  }
  return { units, keep, end, bodyStart, bodyEnd, titleKey, title, published, author, source, lang, dopts, commentish, commentsBefore };
}

interface Analysis {
  units: Unit[];
  /** Units the structural rules keep as body. */
  keep: Set<number>;
  /** Index of the comment/related-links marker, or the unit count. */
  end: number;
  bodyStart: number;
  bodyEnd: number;
  titleKey: string;
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  lang: string | null;
  dopts: DateOptions;
  /** Per unit: looks like a comment signature, timestamp or reply link. */
  commentish: boolean[];
  /** Per unit: how many comment-like lines follow the body start above it. */
  commentsBefore: number[];
}

/** Features of one unit for the line model; the order matches `LINE_MODEL.features`. */
function unitFeatures(a: Analysis, i: number): number[] {
  const u = a.units[i]!;
  const s = u.stats;
  // Neighbours skip junk lines: an ad or a CSS rule between two paragraphs does not isolate them.
  const near: number[] = [];
  const before: number[] = [];
  for (let k = i - 1; k >= 0 && before.length < 3; k--) if (!a.units[k]!.junk) before.push(k);
  const after: number[] = [];
  for (let k = i + 1; k < a.units.length && after.length < 3; k++) if (!a.units[k]!.junk) after.push(k);
  near.push(...before, ...after);
  const proseAt = (k: number | undefined): number => (k !== undefined && isProse(a.units[k]!.stats) ? 1 : 0);
  const window = near.length ? near.reduce((sum, k) => sum + proseAt(k), 0) / near.length : 0;
  const n = a.units.length;
  let commentNear = 0;
  for (let k = Math.max(0, i - 5); k < i; k++) if (a.commentish[k]) commentNear = 1;
  return [
    Math.log1p(s.words),
    s.endsSentence ? 1 : 0,
    s.stopRatio,
    s.capRatio,
    Math.min(1, s.digitRatio * 5),
    Math.min(5, s.pipes) / 5,
    u.junk ? 1 : 0,
    isProse(s) ? 1 : 0,
    isShortSentence(s) ? 1 : 0,
    i >= a.bodyStart && i <= a.bodyEnd ? 1 : 0,
    a.keep.has(i) ? 1 : 0,
    i >= a.end ? 1 : 0,
    n > 1 ? i / (n - 1) : 0,
    proseAt(before[0]),
    proseAt(after[0]),
    window,
    s.words < 4 ? 1 : 0,
    s.words >= 30 ? 1 : 0,
    a.titleKey !== '' && normalizeKey(u.text) === a.titleKey ? 1 : 0,
    /^["“‘'«„]/.test(u.text) ? 1 : 0,
    i < a.bodyStart ? 1 : 0,
    commentNear,
    Math.log1p(a.commentsBefore[i] ?? 0),
  ];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function modelProbability(x: number[]): number {
  let z = LINE_MODEL.bias;
  for (let k = 0; k < x.length; k++) z += (LINE_MODEL.weights[k] ?? 0) * (x[k] ?? 0);
  return sigmoid(z);
}

/**
 * Units and their model features, for fitting the line model on labelled pages (training data
 * lines are matched to units by text).
 */
export function textLineFeatures(input: string, now: Date): Array<{ text: string; features: number[] }> {
  const a = analyze(input, now);
  return a.units.map((u, i) => ({ text: u.text, features: unitFeatures(a, i) }));
}

/**
 * Extracts title, metadata and body paragraphs from plain text.
 * `now` bounds dates; `lang` (ISO 639-1) reads ambiguous numeric dates, guessed when absent.
 */
export function extractFromText(input: string, now: Date, langHint?: string | null): TextExtraction {
  const a = analyze(input, now, langHint);
  const { units, titleKey, bodyStart, bodyEnd } = a;
  const paragraphs: string[] = [];
  const firstKept = [...a.keep].reduce((m, k) => Math.min(m, k), Infinity);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.junk || u.related || i >= a.end || (titleKey && normalizeKey(u.text) === titleKey)) continue;
    // The byline and date lines above the article are its metadata, however long they run.
    if (i < firstKept && u.text.length <= 120 && (BYLINE_RE.test(u.text) || dateLine(u.text, a.dopts) !== null)) continue;
    // The model adds lines the rules missed and vetoes only lines it is sure of: short quotes and
    // subheadings inside the article stay even though short lines are rarely body elsewhere.
    const p = modelProbability(unitFeatures(a, i));
    if (p >= LINE_MODEL.threshold || (a.keep.has(i) && p >= LINE_MODEL.veto)) paragraphs.push(u.text);
  }
  if (!paragraphs.length && bodyStart >= 0) {
    // Nothing but metadata-like lines: a thin body beats rejecting a real (if stub) article.
    for (let k = bodyStart; k <= bodyEnd; k++) {
      const u = units[k]!;
      if (!u.junk && normalizeKey(u.text) !== titleKey) paragraphs.push(u.text);
    }
  }
  // The dateline opens the article's first paragraph, which a caption or a standfirst may precede;
  // the agency it names ("LONDON (Reuters) -") is the source when the header named none.
  let { source } = a;
  for (let k = 0; k < Math.min(3, paragraphs.length); k++) {
    const { text, agency } = splitDateline(paragraphs[k]!);
    if (text === paragraphs[k]) continue;
    paragraphs[k] = text;
    source ??= agency;
    break;
  }
  // A dateline on a line of its own, just above the text.
  for (let k = Math.max(0, bodyStart - 3); !source && bodyStart >= 0 && k <= bodyStart; k++) source = datelineLineAgency(units[k]!.text);
  const { title, published, lang } = a;
  const kept = paragraphs.filter((p) => p.trim());
  const { author, bios } = readClosingBio(kept, a.author, input);
  return { title, published, author, source, paragraphs: kept.slice(0, kept.length - bios), lang };
}
