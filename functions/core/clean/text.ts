/**
 * Plain-text cleaning: a scraped page as lines, navigation, widgets and comments mixed in.
 * The article is the densest run of prose; title, date, byline and source come from the lines above it.
 */
import { dayFirstOnPage, fetchedInHeader, type DateOptions } from './dates.js';
import { COMMENTISH, datelineLine, isCapitalLabelledLink, isCreditedCaption, isShareBar, splitDateline } from './boilerplate.js';
import { guessLanguage, isProse, isShortSentence } from './lines.js';
import { readClosingMatter } from './author-bio.js';
import { LINE_MODEL } from './line-model.js';
import { normalizeKey, toUnits, type Unit } from './text-units.js';
import { BYLINE_RE, isJobLine, namePrintedTwice, writerOnLine } from './text-byline.js';
import { bareName } from './byline.js';
import { closingMarkerAt, markJunk } from './text-junk.js';
import { firstLineIsTitle, pickTitle } from './text-title.js';
import { readMeta } from './text-meta.js';
import { dateLine, readDateline } from './text-dates.js';
import { typesetMarksRestorer, withPlainMarks } from '../one-byte.js';

export interface TextExtraction {
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  paragraphs: string[];
  lang: string | null;
  /** The place of the dateline the body opened on. */
  dateline: string | null;
  /** The agency that dateline names. */
  datelineAgency: string | null;
}


/** The body: the heaviest run of prose above the closing marker, with neighbouring runs that carry real weight. */
function proseBody(units: readonly Unit[], end: number, firstIsTitle: boolean): { prose: boolean[]; bodyStart: number; bodyEnd: number } {
  // Runs of prose, split where many non-prose lines intervene.
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
    // So is a run of any weight that only a box of figures parts from the body (a results box under
    // the opening paragraphs: "Sibusiso K. Nkomo (ZANU-PF) 1,184" / "Turnout 26.7%").
    const at = runs.indexOf(main);
    for (let k = at - 1; k >= 0 && runs[k]!.end < bodyStart && runs[k]!.words >= MIN_RUN_WORDS_OVER_BOX && figureBoxBetween(units, runs[k]!.end, bodyStart); k--) bodyStart = runs[k]!.start;
    for (let k = at + 1; k < runs.length && runs[k]!.start > bodyEnd && runs[k]!.words >= MIN_RUN_WORDS_OVER_BOX && figureBoxBetween(units, bodyEnd, runs[k]!.start); k++) bodyEnd = runs[k]!.end;
    // A closing sentence or two too short to count as prose ("Projekt finansuje Urząd Marszałkowski …"),
    // with nothing but the page's chrome under it before the closing marker, ends the story.
    const next = nextNonJunk(units, bodyEnd + 1, end);
    const closing = next < end ? units[next]! : undefined;
    // (Not a labelled line, "Goals: …", "Updated: …", nor a site's notice naming its address.)
    const plainSentence = closing !== undefined && !/^[^:]{1,25}:\s/u.test(closing.text) && !/\p{L}\.(?:com|org|net|ie|uk|au|nz|ca|za|in)\b/u.test(closing.text);
    if (plainSentence && closing.stats.endsSentence && closing.stats.hasLetters && closing.stats.words >= MIN_CLOSING_SENTENCE_WORDS && nextNonJunk(units, next + 1, end) >= end) bodyEnd = next;
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
  return { prose, bodyStart, bodyEnd };
}

/** The first unit from `from` that is neither junk nor a related link, or `end`. */
function nextNonJunk(units: readonly Unit[], from: number, end: number): number {
  let k = from;
  while (k < end && (units[k]!.junk || units[k]!.related)) k++;
  return k;
}
/** Fewest words of a closing sentence read after the last run of prose. */
const MIN_CLOSING_SENTENCE_WORDS = 6;

/** Fewest words of a run joined to the body across a box of figures: two or three paragraphs. */
const MIN_RUN_WORDS_OVER_BOX = 40;
/** Most lines of a box of figures between two runs of the story. */
const MAX_FIGURE_BOX_LINES = 14;
/** Most words of one line of such a box. */
const MAX_FIGURE_LINE_WORDS = 10;

/** Whether the lines between two runs are a box of figures: short lines, most of them holding one, under at most a heading. */
function figureBoxBetween(units: readonly Unit[], from: number, to: number): boolean {
  const lines = units.slice(from + 1, to).filter((u) => !u.junk);
  if (lines.length < 2 || lines.length > MAX_FIGURE_BOX_LINES || lines.some((u) => u.stats.words > MAX_FIGURE_LINE_WORDS)) return false;
  return lines.filter((u) => /\d/u.test(u.text)).length >= lines.length - 1;
}

/**
 * A standfirst reads as prose too, so the run may open above the byline and the date: when one or
 * two prose lines come before such a header line at the top of the run, the article starts under it.
 */
function headerAbove(units: readonly Unit[], prose: readonly boolean[], runStart: number, bodyEnd: number, dopts: DateOptions): { bodyStart: number; headerEnd: number; standfirst: number; floor: number } {
  let bodyStart = runStart;
  let headerEnd = -1;
  let standfirst = -1;
  let floor = -1;
  if (bodyStart >= 0) {
    let proseLines = 0;
    let proseWords = 0;
    for (let i = bodyStart; i <= bodyEnd && i < bodyStart + 10; i++) {
      const u = units[i]!;
      if (u.text.length <= 120 && (BYLINE_RE.test(u.text) || (/\d/.test(u.text) && dateLine(u.text, dopts) !== null))) {
        headerEnd = i;
        continue;
      }
      // The writer's picture (its alt text) and name: "Avery Dueck" / "Avery Dueck".
      if (namePrintedTwice(u.text, units[i + 1]?.text)) {
        headerEnd = ++i;
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
    const next = headerEnd >= 0 ? nextProse(prose, headerEnd) : -1;
    // Nor is a byline and date under a post with the comment thread's signatures below it.
    const comments = units.slice(headerEnd + 1, headerEnd + 8).some((u) => u.stats.words <= 20 && COMMENTISH.test(u.text));
    if (next > headerEnd && next <= bodyEnd && outweighs(proseWordsBetween(units, prose, headerEnd + 1, bodyEnd), proseWords) && !comments) bodyStart = next;
    else headerEnd = -1;
    // The lead picture's credited caption right under the first prose line: that line is the
    // standfirst above the picture, and the article starts under it. Chrome may stand between them
    // ("Listen to this article · 4 min"). A line opening on a dateline or an agency's tag ("(ĐBO) -
    // Rạng sáng 29/8, …") is the story's own first paragraph.
    let caption = bodyStart + 1;
    while (caption < bodyStart + MAX_CHROME_OVER_CAPTION && caption < bodyEnd && units[caption]!.junk && !isCreditedCaption(units[caption]!.text)) caption++;
    if (prose[bodyStart] && caption < bodyEnd && units[caption]!.junk && isCreditedCaption(units[caption]!.text) && splitDateline(units[bodyStart]!.text).text === units[bodyStart]!.text) {
      const after = nextProse(prose, caption);
      if (after > caption && after <= bodyEnd && outweighs(proseWordsBetween(units, prose, after, bodyEnd), units[bodyStart]!.stats.words)) {
        standfirst = bodyStart;
        headerEnd = caption;
        bodyStart = after;
      }
    }
    // Likewise a share bar under the first prose line, with at most the lead picture's caption (credited or not) or a
    // note of the story's update between them: "Del: Facebook · LinkedIn · E-mail".
    const bar = standfirst < 0 && prose[bodyStart] && splitDateline(units[bodyStart]!.text).text === units[bodyStart]!.text ? shareBarUnder(units, prose, bodyStart, bodyEnd) : -1;
    const afterBar = bar > 0 ? nextProse(prose, bar) : -1;
    if (afterBar > bar && afterBar <= bodyEnd && units[bodyStart]!.stats.words <= MAX_STANDFIRST_WORDS && outweighs(proseWordsBetween(units, prose, afterBar, bodyEnd), units[bodyStart]!.stats.words)) {
      standfirst = bodyStart;
      headerEnd = bar;
      bodyStart = afterBar;
      // (Nor the lines between, whatever the model makes of them.)
      floor = afterBar;
    }
  }
  return { bodyStart, headerEnd, standfirst, floor };
}

/** Most lines of chrome between a standfirst and the lead picture's caption, the caption included (a share bar of four or five buttons). */
const MAX_CHROME_OVER_CAPTION = 6;
/** Longest standfirst over a share bar: one or two sentences. */
const MAX_STANDFIRST_WORDS = 60;
/** Longest line between a standfirst and the share bar under it: a caption, an update's note. */
const MAX_LINE_OVER_SHARE_BAR_WORDS = 30;

/** The share bar within a few lines under the line at `first`, with only junk or short lines between, or -1. */
function shareBarUnder(units: readonly Unit[], prose: readonly boolean[], first: number, bodyEnd: number): number {
  let proseBetween = 0;
  for (let k = first + 1; k < first + MAX_CHROME_OVER_CAPTION && k < bodyEnd; k++) {
    const u = units[k]!;
    if (isShareBar(u.text)) return k;
    if (u.junk) continue;
    if (u.stats.words > MAX_LINE_OVER_SHARE_BAR_WORDS || (prose[k] && ++proseBetween > 1)) return -1;
  }
  return -1;
}

/** The first prose line after `after`, or -1. */
function nextProse(prose: readonly boolean[], after: number): number {
  for (let k = after + 1; k < prose.length; k++) if (prose[k]) return k;
  return -1;
}

/** Words of the prose lines from `from` to `to`, both included. */
function proseWordsBetween(units: readonly Unit[], prose: readonly boolean[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k <= to; k++) if (prose[k]) words += units[k]!.stats.words;
  return words;
}

/** Fewest words of the article under a header. */
const MIN_WORDS_UNDER_HEADER = 100;

/** Whether the text under a header is the article: much longer than what stands above it. */
function outweighs(wordsBelow: number, wordsAbove: number): boolean {
  return wordsBelow >= Math.max(3 * wordsAbove, MIN_WORDS_UNDER_HEADER);
}

/** The units of the body that are article: not junk, not the headline, not a byline or date opening it, not a run of menu lines. */
function keptUnits(units: readonly Unit[], bodyStart: number, bodyEnd: number, titleKey: string, dopts: DateOptions): Set<number> {
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
  return keep;
}

/**
 * A forwarded e-mail's marker ("-------- Forwarded Message --------", "Begin forwarded message:"):
 * what stands above it is the forwarder's note and header, not the message it forwards.
 */
const FORWARD_MARKER = /^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|message transféré|message d'origine|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht|oorspronkelijk bericht|vidarebefordrat meddelande|videresendt meddelelse|videresendt melding|przekazana wiadomość|välitetty viesti)\s*-{2,}|begin forwarded message:|inizio messaggio inoltrato:|début du message réexpédié :?)[ \t]*$/imu;
/** How far into a file the marker is looked for. */
const MAX_FORWARD_MARKER_AT = 4000;

function forwardedPart(input: string): string {
  const m = FORWARD_MARKER.exec(input.slice(0, MAX_FORWARD_MARKER_AT));
  return m ? input.slice(m.index + m[0].length) : input;
}

/** Most lines (a deck, a caption) between the body's first line and a byline under them. */
const MAX_LINES_OVER_BYLINE = 2;
/** Most words of each of them. */
const MAX_DECK_WORDS = 60;
/** Most words of a caption over a byline (more is a lede the byline follows). */
const MAX_CAPTION_WORDS = 25;

/**
 * A byline within the first lines of the body run, under no more than a deck and a caption: its writer, and the
 * line the story begins on.
 */
function bylineUnderDeck(units: readonly Unit[], bodyStart: number, bodyEnd: number): { author: string; next: number } | null {
  for (let k = bodyStart + 1; k <= bodyStart + MAX_LINES_OVER_BYLINE && k < bodyEnd; k++) {
    if (units[k - 1]!.stats.words > MAX_DECK_WORDS) return null;
    const text = units[k]!.text;
    const named = writerOnLine(text);
    if (named !== null) return { author: named, next: k + 1 };
    if (bareName(text) && isJobLine(units[k + 1]?.text ?? '') && k + 1 < bodyEnd) return { author: text, next: k + 2 };
  }
  return null;
}

/** The structural pass: units, junk, the main prose run, title and metadata. */
function analyze(input: string, now: Date, langHint?: string | null): Analysis {
  const units = toUnits(input, now);
  const lang = langHint ?? guessLanguage(units.slice(0, 200).map((u) => u.text).join(' '));
  const dopts: DateOptions = { now, lang, dayFirst: dayFirstOnPage(input, lang), fetched: fetchedInHeader(input) };
  markJunk(units);
  const end = closingMarkerAt(units);
  const firstIsTitle = firstLineIsTitle(units, dopts);

  const body = proseBody(units, end, firstIsTitle);
  const { headerEnd, bodyStart: underHeader, standfirst, floor: headerFloor } = headerAbove(units, body.prose, body.bodyStart, body.bodyEnd, dopts);
  let bodyStart = underHeader;
  let bodyEnd = body.bodyEnd;

  const title = pickTitle(units, bodyStart, firstIsTitle, dopts);
  const titleKey = title ? normalizeKey(title) : '';

  const meta = readMeta(units, { bodyStart, bodyEnd, end, titleKey }, dopts);
  const { published, source } = meta;
  let author = meta.author;
  const bylineLine = (u: Unit): boolean => writerOnLine(u.text) !== null || isJobLine(u.text);
  // A deck and the lead picture's caption, then the writer's byline ("Story by Renata Shumway | Photos by …",
  // "Catherine Asselin" over "Journaliste de l’Initiative de journalisme local"): the story begins under the byline.
  const underDeck = bodyStart >= 0 ? bylineUnderDeck(units, bodyStart, bodyEnd) : null;
  if (underDeck !== null) {
    bodyStart = underDeck.next;
    author ??= underDeck.author;
  }
  // Nothing above the writer's byline right over the story is body: a deck and a caption the line model may take for prose.
  // (Not under a lede: "The Supreme Court on Wednesday ordered …" / "By Lamin K. Jobe" / the story goes on.)
  const captionAbove = (k: number): boolean => k < 0 || units[k]!.junk || units[k]!.stats.words <= MAX_CAPTION_WORDS || isCreditedCaption(units[k]!.text);
  const bylineFloor = Math.max(headerFloor, underDeck?.next ?? (bodyStart > 0 && bylineLine(units[bodyStart - 1]!) && captionAbove(bodyStart - 2) ? bodyStart : -1));

  // Extend the body over adjacent sentence-like lines (one-line paragraphs at either edge).
  if (bodyStart >= 0) {
    const edgeOk = (u: Unit): boolean =>
      !u.junk && isShortSentence(u.stats) && normalizeKey(u.text) !== titleKey && !dateLine(u.text, dopts) && !BYLINE_RE.test(u.text);
    // (Not up over the writer's byline, "Story by Renata Shumway | Photos by Wade Redd", nor their job's line:
    // a deck and a caption stand above it.)
    while (bodyStart > 0 && bodyStart - 1 > headerEnd && !(bodyStart - 1 === 0 && firstIsTitle) && edgeOk(units[bodyStart - 1]!) && !bylineLine(units[bodyStart - 1]!)) bodyStart--;
    while (bodyEnd + 1 < end && edgeOk(units[bodyEnd + 1]!)) bodyEnd++;
  }

  const keep = keptUnits(units, bodyStart, bodyEnd, titleKey, dopts);
  const commentish = units.map((u) => u.stats.words <= 20 && COMMENTISH.test(u.text));
  const commentsBefore: number[] = [];
  let seenComments = 0;
  for (let i = 0; i < units.length; i++) {
    commentsBefore.push(seenComments);
    if (commentish[i] && i > bodyStart) seenComments++;
  }
  return { units, keep, end, bodyStart, bodyEnd, bylineFloor, standfirst, titleKey, title, published, author, source, lang, dopts, commentish, commentsBefore };
}

interface Analysis {
  units: Unit[];
  /** Units the structural rules keep as body. */
  keep: Set<number>;
  /** Index of the comment/related-links marker, or the unit count. */
  end: number;
  bodyStart: number;
  bodyEnd: number;
  /** The line under a writer's byline, or under a share bar below the standfirst, right over the story, or -1: no line above it is body, whatever the model says. */
  bylineFloor: number;
  /** The standfirst over the lead picture's caption, found by the rules, or -1: no line of the body, whatever the model says. */
  standfirst: number;
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
  // Read with plain quotes, one byte per character: a typeset quote made its lines run every pattern's
  // slower two-byte code. What is read is given back with the quotes as typeset. (Dashes stay: the
  // rules tell "Headline – Site" and an advert's "Shop – call …" from a hyphen.)
  const plain = withPlainMarks(input, { dashes: false });
  const read = extractFromPlainText(plain, now, langHint);
  if (plain === input) return read;
  const typeset = typesetMarksRestorer(plain, input);
  const orNull = (text: string | null): string | null => (text === null ? null : typeset(text));
  return { ...read, title: orNull(read.title), author: orNull(read.author), source: orNull(read.source), paragraphs: read.paragraphs.map(typeset), dateline: orNull(read.dateline), datelineAgency: orNull(read.datelineAgency) };
}

function extractFromPlainText(input: string, now: Date, langHint?: string | null): TextExtraction {
  const a = analyze(forwardedPart(input), now, langHint);
  const { units, titleKey, bodyStart, bodyEnd } = a;
  const paragraphs: string[] = [];
  const firstKept = [...a.keep].reduce((m, k) => Math.min(m, k), Infinity);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.junk || u.related || i >= a.end || i === a.standfirst || i < a.bylineFloor || (titleKey && normalizeKey(u.text) === titleKey)) continue;
    // The byline and date lines above the article are its metadata, however long they run.
    if (i < firstKept && u.text.length <= 120 && (BYLINE_RE.test(u.text) || dateLine(u.text, a.dopts) !== null)) continue;
    if (i > firstKept && isCapitalLabelledLink(u.text)) continue;
    // A table the article brings in is kept whole: the model, fitted on tables of figures that were chrome, would take its rows out.
    if (u.articleTableRow === true && a.keep.has(i)) {
      paragraphs.push(u.cells ?? u.text);
      continue;
    }
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
  let { source, published } = a;
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  for (let k = 0; k < Math.min(3, paragraphs.length); k++) {
    const { text, agency, date, place } = readDateline(paragraphs[k]!, a.dopts);
    if (text === paragraphs[k]) continue;
    // A page with no date line of its own is dated by the dateline, when that names the year.
    published ??= date;
    paragraphs[k] = text;
    source ??= agency;
    [dateline, datelineAgency] = [place, agency];
    break;
  }
  // A dateline on a line of its own, just above the text.
  for (let k = Math.max(0, bodyStart - 3); dateline === null && bodyStart >= 0 && k <= bodyStart; k++) {
    const line = datelineLine(units[k]!.text);
    if (!line) continue;
    source ??= line.agency;
    [dateline, datelineAgency] = [line.place, line.agency];
    break;
  }
  const { title, lang } = a;
  const kept = paragraphs.filter((p) => p.trim());
  const { author, closing } = readClosingMatter(kept, a.author, input);
  return { title, published, author, source, paragraphs: kept.slice(0, kept.length - closing), lang, dateline, datelineAgency };
}
