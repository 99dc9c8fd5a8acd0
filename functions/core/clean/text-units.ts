/** A scraped page as units: its lines, long ones split, hard-wrapped ones joined, menus and table rows marked. */
import { AUTHOR_CONJUNCTIONS, BYLINE_WORDS, splitDateline } from './boilerplate.js';
import { fitsOneByte, oneByteWhereItFits } from '../one-byte.js';
import { isStopWord, lineStats, type LineStats } from './lines.js';
import { undoChatCopy, undoLinkAddresses, undoPrintedPages, undoTextDump } from './text-dumps.js';
import { countWords, decodeEntities, normalizeSpace } from './text-utils.js';
import { BYLINE_RE } from './text-byline.js';
import { dateLine } from './text-dates.js';
import { linesFromSkipLink } from './wrapped-page.js';

export interface Unit {
  text: string;
  stats: LineStats;
  junk: boolean;
  /** A link under a related-articles header: never body, though it still shapes its neighbours' features. */
  related: boolean;
  /** Followed by a blank line (or is the last line). */
  blankAfter: boolean;
  /** First unit of the file. */
  first: boolean;
  /** A row of menu items spaced apart on the raw line ("News  Sport  Business  Opinion"). */
  menu: boolean;
  /** Three or more columns set apart by runs of spaces or tabs on the raw line: a table row. */
  tabular: boolean;
  /** A table row's cells, parted by tabs (the text parts them by spaces, as it does words). */
  cells?: string;
  /** A row of a table the article's own sentence brings in: body, whatever the line model reads in its figures. */
  articleTableRow?: boolean;
}

/** Longest line handled as one unit; longer ones are split at sentence ends so regexes stay linear. */
export const MAX_LINE = 4000;
/** At most this many units are examined; beyond it a "page" is not an article. */
export const MAX_UNITS = 20000;

export function splitLongLine(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE) {
    const window = rest.slice(0, MAX_LINE);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut < MAX_LINE / 4) cut = window.lastIndexOf(' ');
    if (cut < MAX_LINE / 4) cut = MAX_LINE - 1;
    out.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  if (rest.trim()) out.push(rest);
  return out;
}

/** Widths a hard-wrapping editor or mailer uses (72–80 columns is usual). */
export const WRAP_MIN = 40;
export const WRAP_MAX = 100;
/** A line at least this share of the wrap width was broken for width, not at a paragraph end. */
export const FULL_LINE = 0.7;

/**
 * Whether line `b` continues the sentence of line `a`: it starts in lower case, or `a` stops on a
 * comma, hyphen or function word. Lists of headlines (each line capitalised, ending on a noun) show none.
 */
export function continues(a: string, b: string): boolean {
  // A word wholly in lower case: "iPhone sales slump" or "eBay" may open a headline.
  if (/^\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/u.test(b)) return true;
  if (/[,;(–-]$/.test(a)) return true;
  // A figure with spaces between its thousands broken at one ("… het verlede seisoen 1" / "400 stokke …").
  if (/(?<![\p{L}\p{N}.,])\d{1,3}$/u.test(a) && /^\d{3}(?![\p{N}.,:])/u.test(b)) return true;
  const last = /([\p{L}]+)$/u.exec(a)?.[1];
  if (last === undefined) return false;
  // "… will invest" over "125 billion rupees …": a verb or a noun in lower case before a figure.
  return isStopWord(last) || (/^\p{Ll}+$/u.test(last) && /^\d[\d.,]*\s+\p{Ll}/u.test(b));
}

/** A paragraph's first line that opens with a wire dateline ("MUMBAI, March 1 (Reuters) - Indian carmaker …"). */
function opensWithDateline(line: string): boolean {
  // Every such dateline names its agency in brackets: most lines are spared the pattern.
  if (!line.includes('(')) return false;
  const opening = splitDateline(line);
  return opening.agency !== null && opening.text.split(/\s+/).length >= MIN_WORDS_AFTER_DATELINE;
}

/** Lines that stay lines even inside wrapped text: a byline or a date line is never part of a paragraph. */
export function isMetaLine(line: string, now: Date): boolean {
  if (line.length > 120) return false;
  // "MUMBAI, March 1 (Reuters) - Indian carmaker Sahyadri Motors will invest": a wire dateline
  // opening a paragraph's first line, which goes on under it.
  if (opensWithDateline(line)) return false;
  // Every date form has a digit: the test spares the date patterns on most prose lines.
  return BYLINE_RE.test(line) || (/\d/.test(line) && dateLine(line, { now, lang: null }) !== null);
}

/** Words after a wire dateline that make its line the start of a paragraph. */
const MIN_WORDS_AFTER_DATELINE = 4;

/** A headline in title case ("Council Votes To Close ..."): not joined onto the paragraph under it. */
export function isTitleCase(line: string): boolean {
  const s = lineStats(line);
  return s.words <= 15 && s.capRatio >= 0.5 && !/[.,;:!?]$/.test(line);
}

/** "Council Votes To Close Harbour", not "A division bench of Chief Justice K. Lakshmi": a headline capitalises its words. */
function everyLongWordCapitalised(line: string): boolean {
  return line.split(/\s+/).every((w) => !/^\p{Ll}[\p{L}'’-]{3,}/u.test(w));
}

/**
 * Whether two lines are one phrase broken by a layout: the second opens in lower case and neither
 * ends a sentence; or a caption's credit label closes the first and the second is the credit
 * ("… on Wednesday. | Photo Credit:" / "Special Arrangement").
 */
function brokenPhrase(a: string, b: string, now: Date): boolean {
  if (creditLabelAtEnd(a) !== undefined && b.split(/\s+/).length <= MAX_CREDIT_WORDS && !/[.!?]$/.test(b)) return true;
  const ends = /[.!?…:;]["'”’»)]*$/u;
  return a.split(/\s+/).length >= 3 && a.length + b.length <= MAX_BROKEN_PHRASE_CHARS && /^\p{Ll}/u.test(b) && !ends.test(a) && !ends.test(b) &&
    !isMetaLine(a, now) && !isMetaLine(b, now);
}
const PICTURE_WORDS = 'photo|picture|image|video|foto|fotó|bild|kuva|zdjęcie|фото|φωτογραφία';
const CREDIT_WORDS = 'credit|courtesy|source|crédit|crédito|quelle';
// A lookbehind, not \b, which only knows ASCII letters ("фото").
const CREDIT_LABEL_END = new RegExp(`(?<!\\p{L})(?:(?:${PICTURE_WORDS})\\s*(?:${CREDIT_WORDS})?|(?:${CREDIT_WORDS}))s?\\s*:$`, 'iu');
/**
 * Where a caption's credit label closing `line` begins ("… Vítkovic. Foto:", "… Wednesday. | Photo
 * Credit:"), the credit itself wrapped onto the next line; undefined when `line` ends otherwise.
 */
export function creditLabelAtEnd(line: string): number | undefined {
  return CREDIT_LABEL_END.exec(line)?.index;
}
const MAX_CREDIT_WORDS = 6;
/** Longest headline or standfirst read across a layout's line break. */
const MAX_BROKEN_PHRASE_CHARS = 200;

/** Whether only a block's last line ends a sentence: a paragraph's shape, never a list of headlines. */
function endsOnlyAtLastLine(block: readonly string[]): boolean {
  const ends = (line: string): boolean => /[.!?…]["'”’»)]*$/u.test(line.trim());
  return ends(block[block.length - 1]!) && block.slice(0, -1).every((line) => !ends(line));
}

/**
 * Hard-wrapped text (e-mail style, ~72 columns) is joined back into paragraphs, block by block.
 * A block is wrapped when most of its lines fill nearly the same width and the lines after them
 * continue a sentence; ordinary scrapes also have runs of 40–60 character lines (headline lists,
 * title + byline + date), which fill a width too but never continue one another.
 */
export function unwrapBlocks(blocks: string[][], now: Date): string[][] {
  const widthOf = (block: string[]): number => block.slice(0, -1).reduce((w, l) => Math.max(w, l.length), 0);
  const fullJoins = (block: string[], width: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i + 1 < block.length; i++) if (block[i]!.length >= width * FULL_LINE && block[i]!.length <= width) out.push(i);
    return out;
  };
  // Share of a block's breaks that must continue a sentence: half of them on its own, fewer once
  // the page has shown wrapping at the same width (German capitalises nouns, so fewer breaks show it).
  const evidenceShare = (block: string[], near: number | null): number => {
    if (block.length < 3) return 0;
    const width = widthOf(block);
    if (width < WRAP_MIN || width > WRAP_MAX || (near !== null && Math.abs(width - near) > near * 0.1)) return 0;
    const full = fullJoins(block, width);
    if (full.length < 2 || full.length < (block.length - 1) * 0.6) return 0;
    return full.filter((i) => continues(block[i]!, block[i + 1]!)).length / full.length;
  };
  // Blocks of three or more lines show wrapping on their own; their width is the page's wrap width.
  const wrapped = new Set<number>();
  blocks.forEach((block, b) => {
    if (evidenceShare(block, null) >= 0.5) wrapped.add(b);
  });
  if (!wrapped.size) return blocks;
  const widths = [...wrapped].map((b) => widthOf(blocks[b]!)).sort((x, y) => x - y);
  const pageWidth = widths[Math.floor(widths.length / 2)]!;
  blocks.forEach((block, b) => {
    if (wrapped.has(b)) return;
    const share = evidenceShare(block, pageWidth);
    // One sentence run over the block, in a page that wraps at this width: only its last line ends
    // a sentence ("… derby nad Vítkovicemi" / "4:2. Oceláři …" / "… útočník Matěj" / "Sklenář.").
    if (share >= 0.4 || (share > 0 && endsOnlyAtLastLine(block))) wrapped.add(b);
  });
  return blocks.map((block, b) => {
    // A headline or a standfirst a print layout broke in two ("Klares Nein zum Hotel" / "am Aeschacher
    // Ufer"): two lines alone, the second going on in lower case, neither ending a sentence.
    if (block.length === 2 && brokenPhrase(block[0]!, block[1]!, now)) return [`${block[0]} ${block[1]}`];
    if (block.length < 2) return block;
    const width = wrapped.has(b) ? widthOf(block) : pageWidth;
    const out: string[] = [block[0]!];
    for (let i = 1; i < block.length; i++) {
      const a = block[i - 1]!;
      const line = block[i]!;
      const prev = out[out.length - 1]!;
      const full = a.length >= width * FULL_LINE && a.length <= width + 10;
      // In a wrapped block a full line joins the next one unless it opens the block as a headline;
      // elsewhere on the page each join needs its own evidence.
      const join =
        full &&
        !isMetaLine(a, now) &&
        !isMetaLine(line, now) &&
        // A figure and a dash open an item of a box ("640 km – average saving …"), never a wrapped line's rest.
        !(FIGURE_ITEM.test(a) && FIGURE_ITEM.test(line)) &&
        (continues(a, line) || (wrapped.has(b) && !(i === 1 && isTitleCase(a) && everyLongWordCapitalised(a) && !opensWithDateline(a))));
      if (join) out[out.length - 1] = `${prev} ${line}`;
      else out.push(line);
    }
    return out;
  });
}

/** An item of a box of figures: a number, maybe its unit, and a dash ("23 – ospreys tagged", "640 km – average saving"). */
const FIGURE_ITEM = /^[\d.,]+(?:\s?[%\p{L}/]{1,6})?\s[–—-]\s/u;

/** A byline's word alone on its line ("By"), as a theme's meta prints it over the names. */
const LONE_BYLINE_WORD = new RegExp(`^(?:${BYLINE_WORDS.filter((w) => !w.includes(' ')).join('|')})$`, 'iu');
/** "and" between two names of a byline, alone on its line. */
const LONE_AUTHOR_AND = new RegExp(`^(?:${AUTHOR_CONJUNCTIONS.join('|')})$`, 'iu');
/** A name's words: capitalised, a few, no sentence. */
const namePiece = (line: string): boolean => /^\p{Lu}/u.test(line) && countWords(line) <= MAX_INLINE_WORDS && !/[.!?:,;]$/u.test(line);

/**
 * A theme's meta copied with each element on its own line: "By" / "Nur Aqilah Hamdan" / "and" /
 * "Fikri Zulkefli". The byline's word, the names and the "and" between them are one line again.
 */
function joinSplitBylines(blocks: string[][]): string[][] {
  return blocks.map((block) => {
    const out: string[] = [];
    for (let i = 0; i < block.length; i++) {
      // (Capitalised, as a meta box opens on it: an entry footer's "… in / Sport / by / Lucia Famiglietti" is read field by field.)
      if (!LONE_BYLINE_WORD.test(block[i]!) || !/^\p{Lu}/u.test(block[i]!) || !namePiece(block[i + 1] ?? '')) {
        out.push(block[i]!);
        continue;
      }
      let line = `${block[i]} ${block[i + 1]}`;
      i++;
      while (LONE_AUTHOR_AND.test(block[i + 1] ?? '') && namePiece(block[i + 2] ?? '')) {
        line += ` ${block[i + 1]} ${block[i + 2]}`;
        i += 2;
      }
      out.push(line);
    }
    return out;
  });
}

/** A line that stops mid-sentence: a sentence's words, the last in lower case, and no closing mark. */
const openEnded = (line: string): boolean => countWords(line) >= MIN_OPEN_WORDS && /\p{Ll}$/u.test(line);
/** A line that goes on with a sentence: its next words in lower case, or only its closing mark. */
const goesOn = (line: string): boolean => /^\p{Ll}[\p{L}'’-]*\s+\S+\s+\S/u.test(line) || /^[.,;:!?)»”]+$/u.test(line);
/** A link's or a bold name's words on a line of their own: capitalised, short, no sentence. */
const inlinePiece = (line: string): boolean => /^\p{Lu}/u.test(line) && countWords(line) <= MAX_INLINE_WORDS && !/[.!?:]$/u.test(line);
const MIN_OPEN_WORDS = 3;
const MAX_INLINE_WORDS = 5;
/** Sentences broken around an inline element that a page must show before its lines are rejoined. */
const MIN_INLINE_BREAKS = 2;

/**
 * A dump that writes each text node on its own line breaks sentences at their links and bold names
 * ("… siger administrerende direktør" / "Kasper Thomsen" / "."). Where the page shows that twice or
 * more (an open line, a short capitalised piece, a line going on in lower case or with its stop),
 * each such piece and what goes on after it join the line before.
 */
function rejoinInlineBreaks(blocks: string[][]): string[][] {
  const broken = (block: readonly string[], i: number): boolean => i + 2 < block.length && openEnded(block[i]!) && inlinePiece(block[i + 1]!) && goesOn(block[i + 2]!);
  let breaks = 0;
  for (const block of blocks) for (let i = 0; i < block.length; i++) if (broken(block, i)) breaks++;
  if (breaks < MIN_INLINE_BREAKS) return blocks;
  return blocks.map((block) => {
    const out: string[] = [];
    for (let i = 0; i < block.length; i++) {
      if (!broken(block, i)) {
        out.push(block[i]!);
        continue;
      }
      const next = block[i + 2]!;
      out.push(`${block[i]} ${block[i + 1]}${/^[.,;:!?)»”]/u.test(next) ? '' : ' '}${next}`);
      i += 2;
    }
    return out;
  });
}

/**
 * A navigation row scraped as one line, its items set apart by runs of spaces or tabs: four or more
 * short items, mostly capitalised, none ending like a sentence ("Top Stories  Topics  Video  U.S.").
 */
export function isSpacedMenu(raw: string): boolean {
  if (raw.length > 400) return false;
  const items = raw.trim().split(/\s{2,}|\t+/).filter(Boolean);
  if (items.length < 4) return false;
  // "U.S." may end like a sentence; two items doing so are sentences set apart by double spaces.
  if (!items.every((it) => it.split(/\s+/).length <= 4) || items.filter((it) => /[.!?:]["”’]?$/.test(it)).length > 1) return false;
  return items.filter((it) => /^[\p{Lu}\d]/u.test(it)).length >= items.length * 0.75;
}

export const MAX_TABLE_ROW = 300;
/** Most words in one cell of a table row. */
export const MAX_CELL_WORDS = 6;

/**
 * The cells of a table row as scrapers keep it: three or more short cells set apart by two spaces or
 * more ("High grown   1,298.40  1,366.15"), not sentences set apart by double spaces; null for any
 * other line.
 */
function tableRowCells(raw: string): string[] | null {
  const cells = raw.trim().split(/ {2,}|\t+/);
  // "University Hospital Limerick        128": a label and a figure far apart is a two-column row.
  if (cells.length === 2 && / {3,}|\t/.test(raw.trim()) && /^[-+]?[\d.,]+%?$/.test(cells[1]!) && cells[0]!.split(' ').length <= MAX_CELL_WORDS) return cells;
  return cells.length >= 3 && cells.every((c) => c.split(' ').length <= MAX_CELL_WORDS) && cells.filter((c) => /\p{L}[.!?]["”’]?$/u.test(c)).length <= 1 ? cells : null;
}

/** A year with a capitalised word run straight onto it. */
const YEAR_RUN_INTO_WORD = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?=\p{Lu}\p{Ll})/gu;
/** An English date ("May 20, 2026") run straight onto the lower-case word before it ("Posted bynewsdeskMay 20, 2026"). */
const DATE_RUN_ONTO_WORD = /(?<=\p{Ll})((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, (?:19|20)\d{2})/gu;

/** The line with the elements a text dump ran together parted again. */
function unglued(line: string): string {
  const yearsParted = line.replace(YEAR_RUN_INTO_WORD, '$1 ');
  return yearsParted.includes(', 20') || yearsParted.includes(', 19') ? yearsParted.replace(DATE_RUN_ONTO_WORD, ' $1') : yearsParted;
}

export function toUnits(text: string, now: Date): Unit[] {
  keyCache.clear();
  const page = undoChatCopy(undoPrintedPages(undoLinkAddresses(undoTextDump(decodeEntities(text)))));
  // A page all of whose characters are Latin-1 is copied one byte per character once, whole, and its
  // lines with it; otherwise each line and each unit below is, where it can be (one-byte.ts).
  const perLine = !fitsOneByte(page);
  const oneByte = perLine ? oneByteWhereItFits : (line: string): string => line;
  const rawLines = linesFromSkipLink((perLine ? page : oneByteWhereItFits(page)).split('\n'));
  const blocks: string[][] = [[]];
  const menus = new Set<string>();
  const rows = new Map<string, string>();
  for (const scraped of rawLines) {
    // Each line one byte per character where it can be, and each unit below: one-byte-only regexp
    // code, smaller and faster, serves most of a page's lines.
    const raw = oneByte(scraped);
    // "July 21, 2026July 22, 2026", "Posted bynewsdeskMay 20, 2026Leave a comment": a line's elements a
    // text dump ran together.
    const line = unglued(normalizeSpace(raw));
    if (!line) {
      if ((blocks[blocks.length - 1] ?? []).length) blocks.push([]);
      continue;
    }
    if (isSpacedMenu(raw)) menus.add(line);
    // A row's cells stay parted by tabs, for a table the article brings in (text-junk.ts).
    const cells = raw.length <= MAX_TABLE_ROW ? tableRowCells(raw) : null;
    if (cells !== null) rows.set(line, cells.map(normalizeSpace).join('\t'));
    for (const piece of splitLongLine(line)) blocks[blocks.length - 1]!.push(piece.trim());
    if (blocks.length > MAX_UNITS) break;
  }
  const units: Unit[] = [];
  for (const joined of rejoinInlineBreaks(joinSplitBylines(unwrapBlocks(blocks, now)))) {
    // Joined lines are held to the same length limit as scraped ones.
    const lines = joined.some((l) => l.length > MAX_LINE) ? joined.flatMap((l) => splitLongLine(l).map((p) => p.trim())) : joined;
    if (!lines.length) continue;
    lines.forEach((t, i) => {
      if (units.length >= MAX_UNITS) return;
      const stats = lineStats(t);
      const cells = rows.get(t);
      units.push({ text: oneByte(t), stats, junk: false, related: false, blankAfter: i === lines.length - 1, first: units.length === 0, menu: menus.has(t), tabular: cells !== undefined, ...(cells === undefined ? {} : { cells }) });
    });
  }
  return units;
}

/**
 * Keys of the current page's lines: the title is compared with each line several times over. Emptied
 * for each page (in toUnits), so one page's lines never answer for another's, and bounded.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 4096;

export function normalizeKey(s: string): string {
  const cached = keyCache.get(s);
  if (cached !== undefined) return cached;
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  const key = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  keyCache.set(s, key);
  return key;
}
