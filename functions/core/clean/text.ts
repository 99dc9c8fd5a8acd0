/**
 * Plain-text cleaning: a scraped page as lines, navigation, widgets and comments mixed in.
 * The article is the densest run of prose; title, date, byline and source come from the lines above it.
 */
import { NOT_PUBLISHED_RE, WEEKDAYS, dayFirstOnPage, findDates, publishedPart, type DateOptions } from './dates.js';
import { AUTHOR_CONJUNCTIONS, BY_PHRASE_WORDS, BYLINE_WORDS, COMMENTISH, CORRESPONDENT_PHRASES, datelineLineAgency, isAdLabel, isPersonName, isPhotoCredit, isRelatedHeader, isTailMarker, junkKind, splitDateline, stripTitlePrefix, VON_PHRASE_NOUNS } from './boilerplate.js';
import { guessLanguage, isProse, isShortSentence, isStopWord, lineStats, type LineStats } from './lines.js';
import { AUTHOR_SPLIT, readClosingBio } from './author-bio.js';
import { bareName, namesInPlaces, TRAILING_JOB } from './byline.js';
import { decodeEntities, eitherCase, metaParts, NAMES_END_STOP, nameCase, normalizeSpace } from './text-utils.js';
import { LINE_MODEL } from './line-model.js';

export interface TextExtraction {
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  paragraphs: string[];
  lang: string | null;
}

interface Unit {
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
}

/** Longest line handled as one unit; longer ones are split at sentence ends so regexes stay linear. */
const MAX_LINE = 4000;
/** At most this many units are examined; beyond it a "page" is not an article. */
const MAX_UNITS = 20000;

function splitLongLine(line: string): string[] {
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
const WRAP_MIN = 40;
const WRAP_MAX = 100;
/** A line at least this share of the wrap width was broken for width, not at a paragraph end. */
const FULL_LINE = 0.7;

/**
 * Whether line `b` continues the sentence of line `a`: it starts in lower case, or `a` stops on a
 * comma, hyphen or function word. Lists of headlines (each line capitalised, ending on a noun) show none.
 */
function continues(a: string, b: string): boolean {
  // A word wholly in lower case: "iPhone sales slump" or "eBay" may open a headline.
  if (/^\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/u.test(b)) return true;
  if (/[,;(–-]$/.test(a)) return true;
  const last = /([\p{L}]+)$/u.exec(a)?.[1];
  return last !== undefined && isStopWord(last);
}

/** Lines that stay lines even inside wrapped text: a byline or a date line is never part of a paragraph. */
function isMetaLine(line: string, now: Date): boolean {
  // Every date form has a digit: the test spares the date patterns on most prose lines.
  return line.length <= 120 && (BYLINE_RE.test(line) || (/\d/.test(line) && dateLine(line, { now, lang: null }) !== null));
}

/** A headline in title case ("Council Votes To Close ..."): not joined onto the paragraph under it. */
function isTitleCase(line: string): boolean {
  const s = lineStats(line);
  return s.words <= 15 && s.capRatio >= 0.5 && !/[.,;:!?]$/.test(line);
}

/**
 * Hard-wrapped text (e-mail style, ~72 columns) is joined back into paragraphs, block by block.
 * A block is wrapped when most of its lines fill nearly the same width and the lines after them
 * continue a sentence; ordinary scrapes also have runs of 40–60 character lines (headline lists,
 * title + byline + date), which fill a width too but never continue one another.
 */
function unwrapBlocks(blocks: string[][], now: Date): string[][] {
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
    if (!wrapped.has(b) && evidenceShare(block, pageWidth) >= 0.4) wrapped.add(b);
  });
  return blocks.map((block, b) => {
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
        (continues(a, line) || (wrapped.has(b) && !(i === 1 && isTitleCase(a))));
      if (join) out[out.length - 1] = `${prev} ${line}`;
      else out.push(line);
    }
    return out;
  });
}

/**
 * A navigation row scraped as one line, its items set apart by runs of spaces or tabs: four or more
 * short items, mostly capitalised, none ending like a sentence ("Top Stories  Topics  Video  U.S.").
 */
function isSpacedMenu(raw: string): boolean {
  if (raw.length > 400) return false;
  const items = raw.trim().split(/\s{2,}|\t+/).filter(Boolean);
  if (items.length < 4) return false;
  // "U.S." may end like a sentence; two items doing so are sentences set apart by double spaces.
  if (!items.every((it) => it.split(/\s+/).length <= 4) || items.filter((it) => /[.!?:]["”’]?$/.test(it)).length > 1) return false;
  return items.filter((it) => /^[\p{Lu}\d]/u.test(it)).length >= items.length * 0.75;
}

const MAX_TABLE_ROW = 300;
/** Most words in one cell of a table row. */
const MAX_CELL_WORDS = 6;

/**
 * A table row as scrapers keep it: three or more short cells set apart by two spaces or more
 * ("High grown   1,298.40  1,366.15"), not sentences set apart by double spaces.
 */
function isTableRow(raw: string): boolean {
  const cells = raw.trim().split(/ {2,}|\t+/);
  // "University Hospital Limerick        128": a label and a figure far apart is a two-column row.
  if (cells.length === 2 && / {3,}|\t/.test(raw.trim()) && /^[-+]?[\d.,]+%?$/.test(cells[1]!) && cells[0]!.split(' ').length <= MAX_CELL_WORDS) return true;
  return cells.length >= 3 && cells.every((c) => c.split(' ').length <= MAX_CELL_WORDS) && cells.filter((c) => /\p{L}[.!?]["”’]?$/u.test(c)).length <= 1;
}

function toUnits(text: string, now: Date): Unit[] {
  const rawLines = decodeEntities(text).split('\n');
  const blocks: string[][] = [[]];
  const menus = new Set<string>();
  const rows = new Set<string>();
  for (const raw of rawLines) {
    const line = normalizeSpace(raw);
    if (!line) {
      if ((blocks[blocks.length - 1] ?? []).length) blocks.push([]);
      continue;
    }
    if (isSpacedMenu(raw)) menus.add(line);
    if (raw.length <= MAX_TABLE_ROW && isTableRow(raw)) rows.add(line);
    for (const piece of splitLongLine(line)) blocks[blocks.length - 1]!.push(piece.trim());
    if (blocks.length > MAX_UNITS) break;
  }
  const units: Unit[] = [];
  for (const joined of unwrapBlocks(blocks, now)) {
    // Joined lines are held to the same length limit as scraped ones.
    const lines = joined.some((l) => l.length > MAX_LINE) ? joined.flatMap((l) => splitLongLine(l).map((p) => p.trim())) : joined;
    if (!lines.length) continue;
    lines.forEach((t, i) => {
      if (units.length >= MAX_UNITS) return;
      const stats = lineStats(t);
      units.push({ text: t, stats, junk: false, related: false, blankAfter: i === lines.length - 1, first: units.length === 0, menu: menus.has(t), tabular: rows.has(t) });
    });
  }
  return units;
}

/** "by", "By", "von", "Von": the byline words as a line opens with them. */
const BYLINE_LEAD = BYLINE_WORDS.map(eitherCase).join('|');
/** "Written by", "Story By:"; German nouns are capitalised ("Ein Bericht von"). */
const BY_PHRASE = `(?:${BY_PHRASE_WORDS.map(eitherCase).join('|')}) [Bb]y:?`;
const VON_PHRASE = `(?:[Ee]in |[Ee]ine )?(?:${VON_PHRASE_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')}) von`;
/** "dal nostro inviato", "De notre envoyé spécial": a correspondent's byline, either case at its start. */
const CORRESPONDENT = CORRESPONDENT_PHRASES.map(eitherCase).join('|');
const BYLINE_NAME = String.raw`[\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|de|van|von|der|da|al-[\p{L}]+)){1,4}`;
const AUTHOR_AND = `(?:${AUTHOR_CONJUNCTIONS.join('|')})`;
/** A name and where its writer filed from: "Chinedu Okafor (Awka)". */
const NAME_AND_PLACE = String.raw`${BYLINE_NAME}(?:\s*\([^()]{1,40}\))?`;
// Two or more authors are one byline: "By A and B", "Par A, B et C", "Von A und B".
const BYLINE_RE = new RegExp(
  String.raw`^(?:${BYLINE_LEAD}|BY|${BY_PHRASE}|${VON_PHRASE}|${CORRESPONDENT}|[Ww]ords:|[Rr]eport:|[Ss]tory:|[Aa]uthor:?|[Aa]utor(?:ka)?:?|[Aa]uteur:?|[Tt]ext[eo]? ?:|[Tt]esto ?:|[Tt]ekst ?:|Автор:?|Yazar:?|Συντάκτης:?|Συντάκτρια:?|Penulis:?|Reporter:?|[Ww]riter:|WRITER:|Skribent:?):?\s+(${NAME_AND_PLACE}(?:(?:\s*,\s*${NAME_AND_PLACE})*\s+${AUTHOR_AND}\s+${BYLINE_NAME})?)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s*\([^()]{1,80}\))?(?:\s*[,|–—·•;-]\s*(.*)|\s+on\s+(?=\p{Lu}|\d)(.*))?$`,
  'u',
);

/** The author named by a byline line, as written ("Maya Okafor and Daniel Reyes"), when every name is a person's. */
function bylineLineAuthors(line: string): string | null {
  // "By Jordi Puig. Barcelona": a full stop after a word of two letters or more ends the names.
  // "By DANNY HOLLOWAY FOR MAILSPORT", "By Jane Doe for The Guardian": the outlet after "for" is no
  // name, nor the agency after the names ("By DIEGO QUISPE and ANA REYES Associated Press").
  const names = BYLINE_RE.exec(line.replace(TRAILING_JOB, ''))?.[1]?.replace(/\s*\([^()]*\)/gu, '').split(NAMES_END_STOP)[0]?.split(/\s+for\s+/iu)[0]?.replace(TRAILING_AGENCY_RE, '');
  if (!names) return null;
  const people = names.split(AUTHOR_SPLIT);
  if (!people.every((n) => isPersonName(n))) return null;
  // Each name in its own case: "JANE DOE and JOHN ROE" → "Jane Doe and John Roe".
  return people.reduce((out, n) => out.replace(n, nameCase(n)), names);
}

/** A credit shared with an agency or a colleague, in parentheses after the writer: "(com Lusa)", "(with AP)". */
const SHARED_CREDIT_RE = /\s*\((?:com|with|avec|con|mit|met|e|and|et|y|und)\s+[^()]{1,40}\)$/i;
/** A wire service written after the names of a byline without a comma. */
const TRAILING_AGENCY_RE = /\s+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg)$/i;
/** News agencies named after a byline ("Anna Berger, dpa"). */
const AGENCY_RE = /^(AP|AFP|dpa|epd|KNA|APA|SDA|ATS|EFE|ANSA|ANP|Belga|Lusa|Reuters|Bloomberg|PA|UPI|Europa Press)$/i;

/** A newsroom job after a byline's name: "Chief Football Reporter", "Local Democracy Reporter", "City Editor". */
const JOB_TITLE_RE =
  /\b(reporter|editor|correspondent|writer|columnist|critic|contributor|producer|analyst|journalist|photographer|presenter|commentator|reviewer|blogger|freelancer?|intern|chief|senior|staff|director|manager|officer)s?\b/i;

/**
 * "Sarah Lindqvist, Riverton Gazette" or "Tom Hale | Garden Notes" beside the date line: a person
 * and the publication they write for. Place names ("Paris, TX") fail the person test or the source test.
 */
/** Words that open a page's tools ("Print This Article", "Email Story"), never a name. */
const PAGE_TOOL_RE = /^(?:print|email|e-mail|share|save|follow|subscribe|comment|download|listen)\s/i;

function nameAndSource(line: string): { author: string; source: string | null } | null {
  const m = /^([^,|]{3,60}?)\s*[,|]\s*([^,|]{2,60})$/u.exec(line) ?? /^([^,|]{3,60}?)\s+[-–—]\s+([^,|\s]{4,60})$/u.exec(line);
  // A name in lower case is not a byline's ("by Mariam Saleh" is read as a byline).
  if (!m?.[1] || !m[2] || !/^\p{Lu}/u.test(m[1]) || /[/\d:]/.test(m[1]) || !isPersonName(m[1])) return null;
  // "Print This Article | Single Page": a page's tools, not a name.
  if (PAGE_TOOL_RE.test(m[1]) || m[1].split(/\s+/).some((w) => isStopWord(w) && w.length > 3)) return null;
  // "Quantiva Labs, Inc.": a company under "News provided by".
  if (/^(inc|ltd|llc|plc|corp|co|gmbh|ag|sa|nv|bv|ab|as|oy|pty|limited|incorporated)\.?$/i.test(m[2].trim())) return null;
  // "Simon Kent, Chief Football Reporter": the writer's job, not a publication.
  if (JOB_TITLE_RE.test(m[2])) return { author: nameCase(m[1]), source: null };
  // "Rizky Pratama - example.co.id": the site's domain.
  if (/^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(m[2])) return { author: m[1], source: m[2] };
  // A wire service may be written in lower case ("dpa"); other two- and three-letter capitals are
  // more often a state or country ("New York, NY").
  const source = AGENCY_RE.test(m[2]) ? m[2] : sourceFromRest(m[2]);
  if (!source || (/^\p{Lu}{1,3}\.?$/u.test(source) && !AGENCY_RE.test(source))) return null;
  return { author: m[1], source };
}

/**
 * A related-articles header and the headline lines under it, down to a blank line or prose, are not
 * body: lists of one or two links are too short for the link-list rule and read like subheadings.
 * They are flagged rather than made junk so that the line model sees the neighbours it was fitted on.
 */
function dropRelatedLists(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!isRelatedHeader(units[i]!.text)) continue;
    units[i]!.related = true;
    if (units[i]!.blankAfter) continue;
    let k = i + 1;
    for (; k < units.length; k++) {
      const u = units[k]!;
      // A headline does not end in a full stop; a sentence or a paragraph ends the list.
      if (isProse(u.stats) || u.stats.words > 16 || /[.!]["”’»)]*$/u.test(u.text)) break;
      u.related = true;
      if (u.blankAfter) break;
    }
    i = k;
  }
}

/**
 * Whether the article goes on after the related-links list that starts at `i` ("You may also like"
 * and two headlines inside the text): the next two lines that are neither junk nor list are prose.
 */
function proseResumesAfter(units: Unit[], i: number): boolean {
  const next: Unit[] = [];
  for (let k = i + 1; k < units.length && next.length < 2; k++) {
    const u = units[k]!;
    if (!u.junk && !u.related) next.push(u);
  }
  return next.length === 2 && next.every((u) => isProse(u.stats));
}

/** Longest caption beside a photo credit: a one-line paragraph of the article is usually longer. */
const MAX_CAPTION_WORDS = 20;

/**
 * A short line directly above or below a photo credit line (no blank line between) is its caption;
 * a line that reads as a paragraph is kept, since pages without blank lines put the text there too.
 */
function dropCaptions(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!isPhotoCredit(units[i]!.text)) continue;
    for (const k of [i - 1, i + 1]) {
      const u = units[k];
      const touching = k < i ? u !== undefined && !u.blankAfter : !units[i]!.blankAfter;
      // A caption and its credit alone between blank lines are a caption however they read.
      const pair = k < i && units[i]!.blankAfter && (k === 0 || units[k - 1]!.blankAfter);
      if (u && touching && !u.junk && u.stats.words <= MAX_CAPTION_WORDS && (pair || !isProse(u.stats)) && !BYLINE_RE.test(u.text)) u.junk = true;
    }
  }
}

/** Most words of a table's heading ("HOW IT STANDS (top eight)", "TROLLEY WATCH — Monday 13 October, 8am"). */
const MAX_TABLE_HEADING_WORDS = 10;

/**
 * A table kept as text (two or more touching rows of columns) is not prose; nor is the short line
 * right above it that names it.
 */
function dropTables(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    let k = i;
    while (k < units.length && units[k]!.tabular && (k === i || !units[k - 1]!.blankAfter)) k++;
    if (k - i < 2) continue;
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
const MAX_PULL_QUOTE_WORDS = 40;

/**
 * A pull quote: a short quoted line repeating words the article already printed ("“If the alarm goes
 * off …, open the box.”") over an attribution line ("— Zanele Mkhize, customs detection"). A quote
 * repeated without one may be the article's own closing line.
 */
function dropPullQuotes(units: Unit[]): void {
  const seen: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.junk) continue;
    const key = normalizeKey(u.text);
    const credit = units[i + 1];
    const credited = credit !== undefined && /^[—–-]\s*\p{Lu}/u.test(credit.text) && credit.stats.words <= 12;
    if (credited && /^["“”„«‘']/u.test(u.text) && u.stats.words <= MAX_PULL_QUOTE_WORDS && key.length >= 20 && seen.some((earlier) => earlier.includes(key))) {
      u.junk = true;
      credit.junk = true;
      continue;
    }
    if (u.stats.words > MAX_PULL_QUOTE_WORDS / 2) seen.push(key);
  }
}

/** Most lines an ad between its label and a closing rule may hold. */
const MAX_FRAMED_AD_LINES = 3;
const RULE_LINE = /^(?:[-–—=_*·•~] ?){3,}$/u;

/**
 * "--- Sponsored ---", the ad's copy, then a rule: the lines framed by an ad label and a rule right
 * below it (no blank line between) are the ad, however they read. So is a short line right under
 * a label that a blank line or the label again closes.
 */
function dropFramedAds(units: Unit[]): void {
  const paged = pagedWithBlanks(units);
  for (let i = 0; i < units.length; i++) {
    if (!isAdLabel(units[i]!.text) || units[i]!.blankAfter) continue;
    let k = i + 1;
    while (k < units.length && k - i <= MAX_FRAMED_AD_LINES && !RULE_LINE.test(units[k]!.text) && !units[k]!.blankAfter) k++;
    if (k < units.length && k - i <= MAX_FRAMED_AD_LINES + 1 && RULE_LINE.test(units[k]!.text)) for (let j = i + 1; j < k; j++) units[j]!.junk = true;
    // "ADVERTISEMENT", the copy, "ADVERTISEMENT" again or a blank line, on a page that parts its
    // paragraphs with blank lines (elsewhere the line under a label may be the next paragraph).
    const copy = units[i + 1];
    if (!copy || !paged || copy.stats.words > MAX_AD_COPY_WORDS) continue;
    const closer = units[i + 2];
    if (copy.blankAfter || (closer && isAdLabel(closer.text))) copy.junk = true;
  }
}

/** Longest ad copy read under an ad label. */
const MAX_AD_COPY_WORDS = 40;

/** Whether most lines of the page end their paragraph with a blank line. */
function pagedWithBlanks(units: readonly Unit[]): boolean {
  return units.filter((u) => u.blankAfter).length >= units.length * 0.5;
}

function normalizeKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Words that only ever label a date ("Stand:", "Erschienen am", "Date de publication"): dropped anywhere on a date line. */
const DATE_LABEL_RE =
  /(?<![\p{L}\p{N}])(published|posted|dated|publication date|first published|publié|publiée|mis en ligne|date de publication|veröffentlicht|erschienen|stand|datum|publicado|publicada|fecha de publicación|fecha|pubblicato|pubblicata|data di pubblicazione|data de publicação|gepubliceerd|geplaatst|publicerad|publicerat|publicerades|publiceret|publisert|opublikowano|data publikacji|опубликовано|дата публикации|yayınlanma tarihi|yayın tarihi|yayınlanma|δημοσιεύθηκε|δημοσίευση|diterbitkan|dipublikasikan|publikováno|zveřejněno)(?![\p{L}\p{N}])\s*:?/giu;

/**
 * Short words that join a label to the date ("posted on", "publié le", "am", "op", "à") and the
 * word "date" itself: dropped only next to the date, where they cannot be part of a name ("Le Monde").
 */
const DATE_JOINERS = new Set(
  'on at date data le la du de à a las el del il em às op om am um vom den uhr h kl klo godz saat г в'.split(' '),
);

function isDateWord(token: string): boolean {
  const w = token.toLowerCase().replace(/^[\s:,.(]+|[\s:,.)]+$/g, '');
  return w === '' || WEEKDAYS.has(w) || DATE_JOINERS.has(w) || /^\d{1,2}([:h.]\d{2})*(h|uhr|am|pm)?$/.test(w) ||
    /^(am|pm|a\.m|p\.m|gmt|utc|cet|cest|mez|mesz|bst|[ecmp][sd]?t|eet|eest|msk|ist|jst|kst|hkt|sgt|wib|wita|wit|aest|aedt)$/.test(w);
}

/** Strips weekdays, joiners and times from the end (`fromEnd`) or the start of a piece of a date line. */
function stripDateWords(text: string, fromEnd: boolean): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (fromEnd) while (tokens.length && isDateWord(tokens[tokens.length - 1]!)) tokens.pop();
  else while (tokens.length && isDateWord(tokens[0]!)) tokens.shift();
  return tokens.join(' ');
}

/** A line that is a date plus at most a few words (a source name, a day name). */
export function dateLine(line: string, opts: DateOptions): { iso: string; rest: string } | null {
  if (line.length > 120) return null;
  // "Published …, updated …" is one date line: the clause after the marker is not part of its text.
  const text = publishedPart(line) ?? line;
  const found = findDates(text, opts)[0];
  if (!found) return null;
  // "Bruselas, 14 de marzo de 2024": a place before the date and a comma is a dateline, not a source.
  const before = text.slice(0, found.index);
  const datelinePlace = /^\s*\p{Lu}[\p{L}.' -]{1,40},\s*$/u.test(before) && !WEEKDAYS.has(before.replace(/[\s,]+/g, '').toLowerCase());
  const unlabel = (t: string): string => t.replace(DATE_LABEL_RE, ' ').replace(/\b\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\b|\b\d{1,2}\.\d{2}\s*(?:am|pm)\b/gi, ' ');
  const rest = [
    datelinePlace ? '' : stripDateWords(unlabel(before), true),
    stripDateWords(unlabel(text.slice(found.index + found.length)), false),
  ].join(' ').trim();
  const restWords = rest.match(/\p{L}+/gu)?.length ?? 0;
  if (restWords > 6) return null;
  return { iso: found.iso, rest };
}

/**
 * A writer's line without a date: "Shakil Ahmed Chowdhury, Staff Correspondent", "Dilan Jayawardena
 * reporting from Pallekele".
 */
function writerWithJob(line: string, overDate = false): string | null {
  if (line.length > 80) return null;
  // "Dilan Jayawardena reporting from Pallekele"; "Ross O'Donnell at Tannadice", the writer at the
  // ground, only over the date (a menu's "Never Lose at UTIII" is not a byline).
  const place = String.raw`\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$`;
  // "INGRID TULLOCH reports from Unst": a name in capitals is the same name.
  const from = new RegExp(String.raw`^(.+?)\s+(?:(?:reporting|reports)\s+from${overDate ? '|at' : ''})${place}`, 'u').exec(line)?.[1];
  if (from !== undefined) {
    const name = nameCase(from);
    return bareName(name) ? name : null;
  }
  const m = /^([^,|]{3,50}?)\s*[,|]\s*([^,|]{3,40})$/u.exec(line);
  return m?.[1] && m[2] && bareName(m[1]) && isJobLine(m[2]) ? m[1] : null;
}

/** A newsroom job alone on its line: "Local Democracy Reporter", "Senior Correspondent". */
function isJobLine(line: string): boolean {
  // "Sports Reporter · ngaio.kereama@bayherald.co.nz": the job may carry the writer's address.
  const job = line.replace(CONTACT_AFTER, '');
  return job.length <= 50 && JOB_TITLE_RE.test(job) && /^(\p{Lu}[\p{L}'’-]*|of|and|for|the|&)(\s+(\p{Lu}[\p{L}'’-]*|of|and|for|the|&))*$/u.test(job);
}

/** An e-mail address, a handle or a phone number after a separator, closing a line. */
const CONTACT_AFTER = /\s*[·|•,]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|\+?[\d ()-]{7,})\s*$/u;

/** Words that name publications, not people: "Riverton Gazette", "Garden Notes", "Valley Times". */
export const PUBLICATION_WORD_RE =
  /\b(gazette|herald|tribune|ledger|beacon|enquirer|inquirer|advertiser|courant|chronicle|observer|courier|telegraph|guardian|independent|star|sun|mirror|express|review|report|weekly|online|today|insider|wire|bulletin|record|examiner|dispatch|standard|sentinel|mail|echo|globe|monitor|notes|blog|digest|journal|times|post|news|magazine|radio|tv|daily|press|world|media|sports?|business|tech|science|live)\b/i;
/** An article opening a name is a title's ("Le Monde", "The Verge", "Die Zeit"). */
const ARTICLE_WORD_RE = /^(the|le|la|les|el|los|las|il|lo|der|die|das|de|het|een)\s/i;

function sourceFromRest(rest: string): string | null {
  const t = rest.replace(/^[\s–—|•·,-]+|[\s–—|•·,-]+$/g, '').trim();
  // "Stand:" (a label), "NZST" (the time's zone): no publication.
  if (!t || t.length > 50 || /:$/.test(t) || /^(?:[A-Z]{1,4}[SD]?T|UTC|GMT|Z)$/.test(t)) return null;
  const words = t.split(/\s+/);
  // "Samedi", "Datum": a weekday or a label left over.
  if (words.every((w) => isDateWord(w) || !w.replace(DATE_LABEL_RE, '').trim())) return null;
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|the|de|la|du|news)$/i.test(w))) return null;
  return JOB_TITLE_RE.test(t) ? null : t;
}

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

function isHeaderChrome(u: Unit): boolean {
  const t = u.text;
  if (u.stats.words <= 25 && HEADER_CHROME.some((re) => re.test(t))) return true;
  // A ticker: three or more prices on a line of few words and many digits, not a sentence.
  return !u.stats.endsSentence && u.stats.digitRatio >= 0.2 && u.stats.stopRatio < 0.1 && (t.match(QUOTE_NUMBER)?.length ?? 0) >= 3;
}

/**
 * "Headline | Daily Star", "Site - Headline": the page's own evidence says which part is the site.
 * The headline may stand alone on another line, or the site name may (a masthead).
 */
function siteAffixDropped(title: string, header: Unit[]): string {
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
function namedMasthead(u: Unit): boolean {
  return u.stats.words <= 6 && u.text === u.text.toUpperCase() && /\p{Lu}/u.test(u.text) && PUBLICATION_WORD_RE.test(u.text) &&
    !/[.,:;!?]/.test(u.text);
}

/**
 * Whether a line opens a block: the page's first line, or one after a blank line or under a short
 * section label ("ESTERI", "CONTAINER SHIPPING"). A headline does; a site's tagline that ends the
 * chrome above it, or the third of three bullet points, does not. A page without blank lines, or
 * with one after every line, shows no blocks: there, nothing does.
 */
function opensBlock(units: Unit[], i: number, pageHasBlocks: boolean): boolean {
  const above = units[i - 1];
  return pageHasBlocks && (above === undefined || above.blankAfter || (above.stats.words <= 3 && !BYLINE_RE.test(above.text)));
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

/** A match score: "2-0", "29:27". */
// A team's record in brackets ("Seattle (11-6)") is not a score.
const SCORE_RE = /(?<![\d.,:/(-])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.,:/)-])/g;

/** A results strip ("FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock"): two scores or more. */
function isResultsStrip(text: string): boolean {
  return (text.match(SCORE_RE) ?? []).length >= 2;
}

function titleScore(u: Unit, distance: number, repeated: boolean): number {
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
const MIN_DECK_WORDS = 20;

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

