/**
 * The block filter shared by the HTML and Markdown cleaners: which blocks of an article's markup are
 * chrome, and where a trailing section that is not the article begins.
 */
import { findDates, isMonthName, type DateOptions } from './dates.js';
import { readClosingMatter } from './author-bio.js';
import { MATCH_FACTS_MARKER, READING_TIME, closesEntry, isAdCopy, isAdLabel, isCapitalLabelledLink, isListMarker, isRaceResultsLine, isSummaryLabel, isTailMarker, junkKind } from './boilerplate.js';
import { bylineAuthor } from './byline.js';
import { removeBlock, type Block, type DomElement, type DomNode } from './dom.js';
import { creditsTheDateline, dateLine } from './text-dates.js';
import { normalizeSpace, withoutCommentCount } from './text-utils.js';

/** Longest block read as a byline with its dates. */
const MAX_BYLINE_BLOCK = 160;

/** A byline with its dates, not a sentence: "Por Fernanda Ribeiro Publicado em 03/04/2025 às 10h30". */
export function isBylineWithDate(text: string, dopts: DateOptions): boolean {
  return text.length <= MAX_BYLINE_BLOCK && !/[.!?]["”’]?$/.test(text) && bylineAuthor(text, null) !== null && findDates(text, dopts).length > 0;
}

/** Markdown image syntax left as text: "![alt](src)", or the same inside a link. */
export const LITERAL_IMAGE = /^\[?!\[[^\]]{0,300}\]\([^)\s]*(?:\s[^)\s]*){0,3}\)(?:\]\([^)\s]*(?:\s[^)\s]*){0,3}\))?$/u;

/** Whether a block is chrome inside the chosen content. */
export function isJunkBlock(b: Block, title: string | null, dopts: DateOptions): boolean {
  if (b.kind === 'caption') return true;
  // "—", "* * *": a divider written as text says nothing.
  if (!/[\p{L}\p{N}]/u.test(b.text)) return true;
  // "0": a theme's comment count on a line of its own under the byline, no paragraph of the story.
  if (b.kind === 'p' && /^\d{1,5}$/.test(b.text)) return true;
  if (junkKind(b.text) !== null) return true;
  // A box's label and its lines in one block: "CROW HEAD SPIRITS AT A GLANCE<br>Founded: 2019<br>Staff now: 11".
  if (b.firstLine !== undefined && isSummaryLabel(b.firstLine)) return true;
  // "Published 10:48, Tue, Nov 19, 2019 | Updated ..." lines: a date and little else.
  if (b.text.length < 80 && !/[.!?]["”’]?$/.test(b.text) && dateLine(b.text, dopts)) return true;
  // The same with a reading time beside the date: "03.09.2025, 18:45 Uhr Lesezeit: 4 Min.", also
  // when the page's spans ran the two together ("6 min readAug 24, 2026").
  // (Or the minutes alone closing it: "… Aktualisiert: 22.04.2026 – 20:31 Uhr 4 Min.".)
  // (Or a comment count: "Publicerad 12 november 2026 kl. 06.00 Uppdaterad … 2 kommentarer".)
  const timed = normalizeSpace(withoutCommentCount(b.text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(READING_TIME, ' ').replace(BARE_MINUTES_AT_END, '')));
  if (timed !== b.text && timed.length < 80 && !/[.!?]["”’]?$/.test(timed) && dateLine(timed, dopts)) return true;
  // "Czytaj także: <a>Headline</a>", "İLGİLİ HABER: <a>...</a>": a short label and a link to another
  // story, in any language (the link must be all that follows the label).
  if (labelledLink(b)) return true;
  // "Por Fernanda Ribeiro, especial para a Gazeta Publicado em 03/04/2025 às 10h30": a byline box
  // whose lines ran together, credit and dates, is metadata however long its parts made it.
  if (isBylineWithDate(b.text, dopts)) return true;
  // "Posted By Chronicle Desk On 15 September 2026 @ 6:40 pm In Business,State | No Comments": a
  // blog's entry line, whoever posted it (a desk, an account), with its day.
  if (b.text.length <= MAX_POSTED_LINE && POSTED_LINE.test(b.text) && !/[.!?]["”’]?$/.test(b.text) && findDates(b.text, dopts).length > 0) return true;
  // Blogger's post footer, the account and the hour alone: "Posted by Pulse Newsroom at 10:15 AM", "Publicado por Redacción La Voz del Lago a las 10:15".
  if (b.text.length <= MAX_POSTED_LINE && POSTED_AT_HOUR.test(b.text)) return true;
  if (title && b.text.toLowerCase() === title.toLowerCase()) return true;
  const words = b.text.split(/\s+/).length;
  // Image markup the converter broke, so that it reached the text as written ("[![Alt](https://…/wp-
  // content/…jpg)](https://…)", the address wrapped onto a second line).
  if (LITERAL_IMAGE.test(b.text)) return true;
  // A line that is entirely a link is navigation or a related story, unless it is long prose.
  if (b.linkDensity > 0.8 && words < 20 && b.kind !== 'h') return true;
  // "[Sensex ends 300 points higher as banks rally](…) 18 Dec 2026": a related story's link and its date.
  const dated = LINK_DATE_TAIL.exec(b.text);
  if (dated !== null && b.kind !== 'h' && words < 25 && b.linkDensity * b.text.length >= LINKED_SHARE * dated.index) return true;
  return b.kind !== 'h' && words < 25 && b.linkDensity >= MIN_LINKED_HEADLINE_SHARE && linkThenDate(b, dopts);
}

/** Least share of a related story's line that its headline's link holds. */
const MIN_LINKED_HEADLINE_SHARE = 0.5;
/** Longest date after the link. */
const MAX_DATE_AFTER_LINK = 40;

/**
 * A related story's link with its date after it, the date in any form the date reader knows ("… 27.
 * aug. 2026", "… 2026. június 30.", "… 14 Οκτωβρίου 2026"): one link opening the block and a date
 * that is all the rest, after a separator or none.
 */
function linkThenDate(b: Block, dopts: DateOptions): boolean {
  const links = b.element.querySelectorAll('a');
  if (links.length !== 1) return false;
  const linked = normalizeSpace(links[0]!.textContent ?? '');
  if (linked === '' || !b.text.startsWith(linked)) return false;
  // (A dash or a dot may stand between them: "… i Aarhus – 27. maj 2026".)
  const rest = b.text.slice(linked.length).replace(/^[\s–—·|•,-]+/u, '').trimEnd();
  if (rest === '' || rest.length > MAX_DATE_AFTER_LINK) return false;
  const date = findDates(rest, dopts)[0];
  return date !== undefined && date.index === 0 && /^[\s.,]*$/.test(rest.slice(date.length));
}
/** A reading time's minutes alone at the end of a date line: "4 Min.", "6 min". */
const BARE_MINUTES_AT_END = /\s\d{1,2}\s?(?:[Mm]in|[Mm]ins|[Mm]inuten|minutes)\.?$/u;
/** Share of the text before the date that is the link's (quotes and spaces may not count as linked). */
const LINKED_SHARE = 0.9;
// (Jetpack's related posts add the category: "… April 6, 2026 In "Match Reports"".)
const LINK_DATE_TAIL = /\s(?:\d{1,2}\s\p{L}{3,9}\.?\s\d{4}|\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\s+In\s+["“][^"”]{1,40}["”])?$/u;

/** A blog's entry line: "Posted by … on …", "Submitted by … on …". */
const POSTED_LINE = /^(?:posted|submitted|published|written)\s+(?:by|on)\s/iu;
const MAX_POSTED_LINE = 200;
const POSTED_AT_HOUR = /^(?:posted|publicado|publicada|publié|publiée|pubblicato|veröffentlicht|gepost|postado|publicat|opublikowano|publicerat|publisert|udgivet)\s+(?:by|por|par|da|von|door|de|przez|av|af)\s+.{2,60}?\s+(?:at|a las|à|alle|um|om|às|la|o|kl\.?)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$/iu;

/** Longest label before a colon in a labelled link; longest such line. */
const MAX_LINK_LABEL = 30;
const MAX_LINK_LABEL_WORDS = 5;
const MAX_LABELLED_LINK = 200;

function labelledLink(b: Block): boolean {
  if (b.kind === 'h' || b.text.length > MAX_LABELLED_LINK || b.linkDensity === 0) return false;
  // The label ends at a colon or an arrow: "Czytaj także:", "ALSO ON TRACKSIDE »".
  const colon = b.text.search(/[:»→▸►]/u);
  if (colon < 2 || colon > MAX_LINK_LABEL || b.text.slice(0, colon).split(/\s+/).length > MAX_LINK_LABEL_WORDS) return false;
  const after = b.text.length - colon - 1;
  // "Also on the Hub: <a>…</a> · <a>…</a>": the separators between several links are not text either.
  const separators = b.text.slice(colon + 1).match(/\s[·|•]\s/gu)?.length ?? 0;
  return after >= 12 && b.linkDensity * b.text.length >= after - 2 - 3 * separators;
}

/** Most words of a heading that opens a trailing section. */
const MAX_TAIL_HEADING_WORDS = 8;

// ("Written By" alone: a theme's author box under the story, over the writer's linked name and bio.)
const ABOUT = /^(about (the )?\p{Lu}[\p{L}\d&.' -]{1,60}|about the authors?|written by|media contacts?|press contacts?|for more information|related (articles|stories|posts|coverage)|more (stories|articles) from\b.*|comments?)\s*:?$/iu;

/** Paragraphs of prose under a match's facts that say the report goes on there. */
const MIN_PROSE_AFTER_FACTS = 2;
/** Fewest words of such a paragraph. */
const MIN_PROSE_WORDS = 20;

/** A paragraph of the story's prose: a sentence or more, not a list's or a table's line. */
function proseParagraph(b: Block): boolean {
  return b.kind === 'p' && b.text.split(/\s+/).length >= MIN_PROSE_WORDS && /[.!?"”’»]$/u.test(b.text);
}

/**
 * Drops a trailing section that is not the article: a press release's "About Acme" boilerplate, contact
 * details, a related-stories rail. Only when the heading sits in the last part of the text.
 */
export function cutTail(blocks: Block[], root: DomElement): void {
  const words = blocks.map((b) => b.text.split(/\s+/).length);
  const total = words.reduce((a, n) => a + n, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i > 0 && seen >= total * 0.5 && ((words[i]! <= MAX_TAIL_HEADING_WORDS && (ABOUT.test(b.text) || isTailMarker(b.text))) || closesEntry(b.text))) {
      // A match's facts set in the story, the report going on under them ("MATCH FACTS", the score table, then
      // "The crowd of 2,614 was …"): the box goes, not the paragraphs after it.
      const resumes = MATCH_FACTS_MARKER.test(b.text) ? blocks.findIndex((n, k) => k > i && proseParagraph(n)) : -1;
      if (resumes > i && blocks.slice(resumes).filter(proseParagraph).length >= MIN_PROSE_AFTER_FACTS) {
        for (const removed of blocks.splice(i, resumes - i)) removeBlock(removed, root);
        words.splice(i, resumes - i);
        i--;
        continue;
      }
      const rest = total - seen;
      if (rest <= total * 0.35) {
        for (const removed of blocks.splice(i)) removeBlock(removed, root);
        break;
      }
    }
    seen += words[i]!;
  }
  // A marker that opened no closing section is chrome where it stands, above a cut tail too.
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i]!.tailMarker) removeBlock(blocks.splice(i, 1)[0]!, root);
  // A heading with nothing of the article under it ("Mere om fiskeindustrien" over the related links
  // that went) headed what is not the article.
  while (blocks.length > 1 && blocks[blocks.length - 1]!.kind === 'h') removeBlock(blocks.pop()!, root);
}

/** The agency's name on a line of its own over the dateline that cites it ("Pamir Press Service" over "SHANDUR, Chitral (PPS) – …"): its credit, no paragraph. */
export function dropAgencyCredit(keep: Block[], root: DomElement): void {
  if (keep.length > 1 && creditsTheDateline(keep[0]!.text, keep[1]!.text)) removeBlock(keep.shift()!, root);
}

/**
 * The writer's bio closing the body ("Jane Doe covers health for the Ledger.") and a match's facts
 * above it: their blocks go, and the author is the byline's, or else the one the bio names (see
 * `readClosingMatter`).
 */
export function dropClosingMatter(keep: Block[], author: string | null, text: string, root: DomElement): string | null {
  const matter = readClosingMatter(keep.map((b) => b.text), author, text);
  for (let n = matter.closing; n > 0; n--) removeBlock(keep.pop()!, root);
  return matter.author;
}

/** A list item or table row after a related, share or score-table marker longer than this is prose: it belongs to the article. */
const MAX_LISTED_WORDS = 25;

/**
 * The blocks that are article, in order; the others are cut out of the markup under `root`. Besides
 * single junk blocks, a related-reading or share marker takes the list right after it with it: the
 * items are headlines or network names, which no single-block test can tell from a short list item.
 */
export function filterBlocks(blocks: Block[], title: string | null, dopts: DateOptions, root: DomElement): Block[] {
  const keep: Block[] = [];
  let afterMarker = false;
  let afterAdLabel = false;
  let inPoll = false;
  let proseKept = false;
  // A kept heading, and how many list items or table cells right under it went as junk.
  let heading: { block: Block; junkItems: number } | null = null;
  // A box its label opens (a <div> whose first element is "Kalgoorlie Cup – result"): its note under the points goes with them.
  let box: DomNode | null = null;
  const boxed = labelledItemBoxes(blocks);
  for (const b of blocks) {
    const words = b.text.split(/\s+/).length;
    if (boxed.has(b)) {
      removeBlock(b, root);
      continue;
    }
    if (box !== null && (!inside(b.element, box) || isProseBlock(b))) box = null;
    if (box !== null && words <= MAX_BOX_NOTE_WORDS && BOX_NOTE.test(b.text)) {
      removeBlock(b, root);
      continue;
    }
    // A poll box in the story: its label, its question, its options and its buttons, up to the next paragraph.
    inPoll = isPollLabel(b.text) || (inPoll && words <= MAX_POLL_LINE_WORDS && (b.text.endsWith('?') || !/[.!…]["”’»]?$/u.test(b.text)));
    if (inPoll) {
      removeBlock(b, root);
      continue;
    }
    const marker = isListMarker(b.text);
    // (A box set as a quote keeps its points' kind as the quote's: "> **Key findings**" over "> - …".)
    const item = b.kind === 'li' || b.kind === 'cell' || b.element.tagName === 'LI';
    const listed: boolean = afterMarker && item && words <= MAX_LISTED_WORDS;
    const adCopy = afterAdLabel && isAdCopy(b.text);
    afterAdLabel = isAdLabel(b.text.replace(/[*_]/g, ''));
    const linkInBody = proseKept && isCapitalLabelledLink(b.text);
    const junk = marker || listed || adCopy || linkInBody || (words <= MAX_LABELLED_LINKS_WORDS && labelOverLinks(b.element)) || isJunkBlock(b, title, dopts);
    // A marker that may also close the article ("Related Posts" over headlines that are no list)
    // stays marked, so the tail under it can be cut.
    if (junk && !listed && words <= MAX_TAIL_HEADING_WORDS && isTailMarker(b.text)) {
      keep.push({ ...b, tailMarker: true });
      afterMarker = marker;
      continue;
    }
    if (junk) {
      const parent = b.element.parentNode as DomElement | null;
      if (marker && parent !== null && parent !== root && parent.tagName !== 'BODY' && parent.firstElementChild === b.element) box = parent;
      removeBlock(b, root);
      afterMarker = marker || listed;
      // (A results box's lines count as its items: "**Women:** 1. Maren Tschetter (Canmore) 3:18.6; 2. …".)
      if (heading && (b.kind === 'li' || b.kind === 'cell' || isRaceResultsLine(b.text))) heading.junkItems++;
      continue;
    }
    afterMarker = false;
    proseKept ||= isProseBlock(b);
    // A heading over nothing but a list that went as junk, the story's prose going on under it, labels
    // a box of the page ("Market prices (Monday, Gonikoppal)" over the day's rates), not a section.
    if (heading && heading.junkItems >= MIN_BOX_ITEMS && keep[keep.length - 1] === heading.block && isProseBlock(b)) removeBlock(keep.pop()!, root);
    heading = b.kind === 'h' ? { block: b, junkItems: 0 } : null;
    keep.push(b);
  }
  return keep;
}

/** A box's title in capitals, in bold or not: "KARSINTASARJA", "THE PLAN AT A GLANCE". */
const CAPITAL_TITLE = /^\p{Lu}[\p{Lu}\p{N} &'’,:-]{2,50}$/u;
/** A box's item that opens on its label: "Ottelu 3: Salama–Myrsky 4–3 ja.", "Umleitung: über Warth". */
const LABELLED_LINE = /^\p{Lu}[\p{L}\p{N} .'’-]{0,30}:\s\S/u;
/** Fewest and most words of such a box's items. */
const MIN_BOX_LIST_ITEMS = 3;
const MAX_BOX_ITEM_WORDS = 12;

/**
 * A box set in the story as a title in capitals over a list whose every item opens on a label
 * ("**KARSINTASARJA**" over "* Ottelu 1: Salama–Myrsky 6–3", …): the title and the items, whatever they read as.
 */
function labelledItemBoxes(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const title = blocks[i]!;
    if (title.kind === 'li' || !CAPITAL_TITLE.test(title.text.replace(/[*_]/gu, '').trim())) continue;
    let k = i + 1;
    const list = blocks[k]?.element.parentNode;
    while (k < blocks.length && blocks[k]!.kind === 'li' && blocks[k]!.element.parentNode === list && LABELLED_LINE.test(blocks[k]!.text) && blocks[k]!.text.split(/\s+/).length <= MAX_BOX_ITEM_WORDS) k++;
    // (Every item of the list, not only its first few.)
    if (k - i - 1 < MIN_BOX_LIST_ITEMS || (blocks[k]?.kind === 'li' && blocks[k]!.element.parentNode === list)) continue;
    for (let j = i; j < k; j++) out.add(blocks[j]!);
    i = k - 1;
  }
  return out;
}

/** Most words of a list's label and its linked items on one line. */
const MAX_LABELLED_LINKS_WORDS = 40;

/**
 * A list's label and its items as links on one line, nothing else: "Tags [Hermanus] [whales] [Walker Bay]",
 * "Share [Facebook] [X]".
 */
function labelOverLinks(el: DomElement): boolean {
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length === 0) return false;
  let rest = normalizeSpace(el.textContent ?? '');
  for (const a of links) rest = rest.replace(normalizeSpace(a.textContent ?? ''), ' ');
  rest = normalizeSpace(rest.replace(/[,;|·•/]/gu, ' '));
  return rest !== '' && isListMarker(rest);
}

/** Most words of a box's note under its points ("Margins: ½ len, 1¼ len. Winning time: 2:04.31."). */
const MAX_BOX_NOTE_WORDS = 40;

/** A box's note opens on its label: "Margins:", "Source:", "Note:". */
const BOX_NOTE = /^\p{Lu}[\p{L} ]{1,24}:\s/u;

/** Whether `node` sits within `ancestor`. */
function inside(node: DomNode, ancestor: DomNode): boolean {
  for (let n: DomNode | null = node; n !== null; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/** Fewest junk list items that make the heading over them a box's label. */
const MIN_BOX_ITEMS = 2;

/** A poll box's label, alone on its line. */
const POLL_LABELS: ReadonlySet<string> = new Set(['poll', 'quick poll', 'reader poll', 'our poll', 'sondage', 'umfrage', 'encuesta', 'sondaggio', 'enquete', 'peiling', 'ankieta', 'sonda', 'avstemning', 'afstemning', 'omröstning', 'kysely', 'anketa', 'szavazás', 'sondaj', 'anket', 'δημοσκόπηση']);
/** Longest line of a poll's question or option. */
const MAX_POLL_LINE_WORDS = 15;

const MAX_POLL_LABEL_CHARS = 20;

function isPollLabel(text: string): boolean {
  return text.length <= MAX_POLL_LABEL_CHARS && POLL_LABELS.has(text.replace(/[*_:]/g, '').trim().toLowerCase());
}

/** Parts of a strip: "Setúbal 27º Céu limpo · Almada 26º · Barreiro 27º", "Home | News | Sport". */
const STRIP_SEPARATOR = /\s+[·|•/›»]\s+|\s+[—–]\s+/;
/** Fewest parts that make a strip, and the most words in one of them. */
const MIN_STRIP_PARTS = 3;
const MAX_STRIP_PART_WORDS = 10;

/** A block of the article's prose: a sentence or more of text. */
function isProseBlock(b: Block): boolean {
  return b.kind === 'p' && b.text.split(/\s+/).length >= 15 && /[.!?…]["”’)]?$/.test(b.text);
}

/** A row of short parts between separators: a menu, a ticker, a weather or a live-score strip. */
export function isStrip(text: string): boolean {
  const parts = text.split(STRIP_SEPARATOR);
  // A masthead's motto may close one part of a longer strip ("AccraWatch News — Ghana's news, first. | Politics | ...").
  const sentences = parts.filter((p) => /[.!?]["”’]?$/.test(p.trim())).length;
  return parts.length >= MIN_STRIP_PARTS && parts.every((p) => p.split(/\s+/).length <= MAX_STRIP_PART_WORDS) && sentences <= (parts.length >= 5 ? 1 : 0);
}

/**
 * The desk and the dateline over a story, the day without its year: "Science & Health | Dhaka,
 * December 2", "Sport | Suva, 6 Dec".
 */
function isDeskDateline(text: string): boolean {
  const parts = text.split(/\s+[|·•]\s+/);
  if (parts.length < 2 || parts.length > 3 || text.split(/\s+/).length > 10) return false;
  const m = /^\p{Lu}[\p{L}.'’ -]{1,30},\s+(?:(\p{L}+\.?)\s+\d{1,2}|\d{1,2}\s+(\p{L}+\.?))$/u.exec(parts[parts.length - 1]!);
  return m !== null && isMonthName(m[1] ?? m[2]!);
}

/**
 * Drops the site's chrome above the first paragraph of prose in an exported article: strips of
 * short parts between separators (menus, tickers, weather, "#tags · 6 min read · Tweet") and the
 * byline ("Words: Bree Halloran-Smith · Photos: Desert Fireball Network"), which has been read, and the desk over
 * the dateline.
 */
export function dropLeadChrome(blocks: Block[], root: DomElement): Block[] {
  const first = blocks.findIndex(isProseBlock);
  if (first <= 0) return blocks;
  const chrome = new Set(blocks.slice(0, first).filter((b) => isStrip(b.text) || bylineAuthor(b.text, null) !== null || isDeskDateline(b.text)));
  for (const b of chrome) removeBlock(b, root);
  return blocks.filter((b) => !chrome.has(b));
}

/** A clock time alone: the timestamp of a live-blog entry ("14:31", "9:05 am", "18h02"). */
const CLOCK_ONLY = /^(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d)(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h|gmt|bst|cet|cest|et|utc))?$/i;

/**
 * Joins a live blog's entry time to the entry it stamps ("14:31" and "Schools to stay closed
 * tomorrow" become "14:31 Schools to stay closed tomorrow"): alone, a time is a paragraph that says
 * nothing and would open the summary.
 */
export function joinEntryTimes(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (next && CLOCK_ONLY.test(b.text) && !CLOCK_ONLY.test(next.text)) {
      out.push({ ...next, text: `${b.text} ${next.text}`, nodes: [...b.nodes, ...next.nodes] });
      i++;
    } else out.push(b);
  }
  return out;
}
