/** Which line above the body is the headline: its shape, its place over the byline, the masthead and site name around it. */
import { type DateOptions } from './dates.js';
import { isSummaryLabel, stripTitlePrefix } from './boilerplate.js';
import { lineStats } from './lines.js';
import { wholeWordMentions } from '../words.js';
import { MAIL_SUBJECT_LABEL, sameStory } from './text-utils.js';
import { bareName, namesInPlaces } from './byline.js';
import { creditLabelAtEnd, normalizeKey, type Unit } from './text-units.js';
import { ARTICLE_WORD_RE, BYLINE_RE, isJobLine, PUBLICATION_WORD_RE, writerWithJob } from './text-byline.js';
import { dateLine, dateLineWithin } from './text-dates.js';
import { IMAGE_PLACEHOLDER } from './text-junk.js';

/**
 * "Headline | Daily Star", "Site - Headline": the page's own evidence says which part is the site.
 * The headline may stand alone on another line, or the site name may (a masthead).
 */
export function siteAffixDropped(title: string, header: readonly Unit[]): string {
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
export function opensBlock(units: readonly Unit[], i: number, pageHasBlocks: boolean): boolean {
  const above = units[i - 1];
  return pageHasBlocks && (above === undefined || above.blankAfter || (above.stats.words <= 3 && !BYLINE_RE.test(above.text)));
}

/** A match score: "2-0", "29:27". */
// A team's record in brackets ("Seattle (11-6)") is not a score.
export const SCORE_RE = /(?<![\d.,:/(-])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.,:/)-])/g;

/**
 * A results strip ("FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock"): two scores or more among
 * names. A headline may give two scores too, but tells them in words written small ("Cangrejeros
 * edge Vaqueros 87-84 to take 3-2 lead in BSN final").
 */
export function isResultsStrip(text: string): boolean {
  return (text.match(SCORE_RE) ?? []).length >= 2 && (text.match(SMALL_WORD) ?? []).length < MIN_HEADLINE_SMALL_WORDS;
}
const SMALL_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu;
/** Fewest words written small that make a line with two scores a headline. */
const MIN_HEADLINE_SMALL_WORDS = 4;

/** A caption's first line: its sentence ends and a credit's label follows ("… Vítkovic. Foto:", "… Wednesday. | Photo Credit:"). */
function endsInCaptionCredit(line: string): boolean {
  const label = creditLabelAtEnd(line);
  return label !== undefined && /[.)|]\s+$/.test(line.slice(0, label));
}

export function titleScore(u: Unit, distance: number, repeated: boolean): number {
  const s = u.stats;
  if (u.junk || !s.hasLetters || s.words < 3 || s.words > 30 || s.chars > 250) return -Infinity;
  // Nor the first line of a caption whose credit the wrap carried to the next.
  if ((/[.,;]$/.test(u.text) && !/\.\.\.$/.test(u.text)) || endsInCaptionCredit(u.text)) return -Infinity;
  if (s.pipes >= 2) return -Infinity;
  // A results strip ("FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock"), not a headline.
  if (isResultsStrip(u.text)) return -Infinity;
  let score = Math.min(s.words, 15) - distance * 0.5;
  if (repeated) score += 5;
  if (u.first && u.blankAfter) score += 4;
  if (s.capRatio > 0.5) score += 1;
  return score;
}

/** A content file's field label before the headline ("Title: St Ives councillors back …", Kirby's text files). */
/** "Title: …", and the heading marks a plain-text e-mail keeps ("** Lobster season opens …"). */
const TITLE_FIELD = /^(?:(?:title|headline|titel|titre|título|titolo)\s*:|\*{1,2}(?=\s)|#{1,6}(?=\s))\s*(?=\S)/i;

/** How many lines above the body the headline is looked for in. */
const TITLE_ZONE_LINES = 12;
/** Fewest lines of junk right above the body that the lines looked in are counted from above. */
const MIN_JUNK_RUN_SKIPPED = 4;
/** Most words of a site's name or motto on a page's first line. */
const MAX_MASTHEAD_WORDS = 5;

/** An image's or a logo's placeholder opening a text browser's line: "[logo-echo-du-massif]", "[IMG]". */
const LEADING_PLACEHOLDER = /^\[[\w.-]{1,80}\]\s*/u;

/** Most words of a breadcrumb trail over a headline. */
const MAX_TRAIL_WORDS = 6;
/** Fewest words of a standfirst between a headline and its byline. */
export const MIN_DECK_WORDS = 20;
/** Most words of a blog account's name over the post's date ("Dispatch Admin", "Newsroom"). */
const MAX_ACCOUNT_WORDS = 3;
const ACCOUNT_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** What a line under a headline's byline or date loses as a headline. */
const BELOW_META_PENALTY = 3;
/** Fewest words of a standfirst written as a sentence. */
const MIN_SENTENCE_DECK_WORDS = 12;

/**
 * The first line followed by a blank line, not a sentence, is the title by convention. A short first
 * line may still end in a full stop ("... Conservative Govt.", "... Going On…."); a long one ending in
 * one is the opening paragraph of a file without a headline. A date alone on the first line is the
 * day the page was printed or saved, not a headline.
 */
/** A note's label saying when its text was copied or saved, in brackets at its end or after a dash ("Matese Sky Trail – copiato il 15/07/2026"). */
const COPY_WORDS = 'copied|clipped|saved|kopierad|sparad|kopieret|gemt|kopiert|lagret|kopioitu|tallennettu|copié|copiée|enregistré|copiado|copiada|guardado|copiato|copiata|salvato|gespeichert|gekopieerd|opgeslagen|skopiowano|zapisano|zkopírováno|uloženo';
const COPY_NOTE = new RegExp(String.raw`(?:\([^()]*(?<![\p{L}])(?:${COPY_WORDS})(?![\p{L}])[^()]*\)|\s[–—-]\s(?:${COPY_WORDS})(?![\p{L}])[^–—]{0,40})$`, 'iu');

/** A site's short name after a dash or a bar closing a browser tab's title: "Wayanad red alert - Courier". */
export const TAB_SITE_AFFIX = /\s[-–|]\s(\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,2})$/u;
/** How many lines below a tab's title its site's masthead is looked for in. */
const TAB_MASTHEAD_LINES = 12;

/** Whether a first line is a tab's title: a site's name closes it, and a masthead of a few words below closes on that name. */
function tabTitle(text: string, units: readonly Unit[]): boolean {
  const site = TAB_SITE_AFFIX.exec(text)?.[1];
  if (site === undefined) return false;
  return units.slice(1, TAB_MASTHEAD_LINES).some((u) => u.text !== site && u.stats.words <= MAX_MASTHEAD_WORDS && u.text.endsWith(` ${site}`));
}

/**
 * A line that is a date and nothing else, with a digit in it: stricter than text-dates' `dateAlone`,
 * which lets punctuation follow the date.
 */
const onlyADate = (text: string, dopts: DateOptions): boolean => /\d/.test(text) && dateLine(text, dopts)?.rest === '';

/** A date bar: the day alone before a bar and the bar's other items ("Saturday, 30 May 2026 | 16 Jaishtha 1433   Dhaka 33°C   Login"). */
function opensWithDateBar(text: string, dopts: DateOptions): boolean {
  const parts = text.split(/\s[|·•]\s/u);
  return parts.length > 1 && onlyADate(parts[0]!, dopts);
}

export function firstLineIsTitle(units: readonly Unit[], dopts: DateOptions): boolean {
  const first = units[0];
  return first !== undefined && first.blankAfter && !first.junk && first.stats.words <= 40 && first.stats.pipes < 2 &&
    // (after the logo's placeholder a text browser prints before it: "[logo-echo-du-massif]   Vendredi 4 décembre 2026").
    !onlyADate(first.text.replace(LEADING_PLACEHOLDER, ''), dopts) && !opensWithDateBar(first.text, dopts) &&
    first.stats.chars <= 300 && units.length > 1 &&
    // A first word wholly in lower case opens a note's own label ("san juanico bridge - for Monday's
    // briefing"), not a headline; a brand's capital inside it ("iPhone sales slump") still may.
    !/^\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/u.test(first.text) &&
    // Nor does one saying when it was copied ("Vasaloppet – Siljansposten (kopierad 3 mars)").
    !COPY_NOTE.test(first.text) &&
    // Nor a browser tab's short title closed by the site's name the masthead below writes ("Wayanad red alert - Courier").
    !tabTitle(first.text, units) &&
    (!/[.;,]$/.test(first.text) || (first.stats.words <= 15 && !/,$/.test(first.text)) || /(\.\.\.|…)\.?$/.test(first.text));
}

/** Most words of a breadcrumb trail a copy glues to the headline without its separators. */
const MAX_GLUED_TRAIL_WORDS = 4;

/**
 * A breadcrumb trail whose separators were icons, copied onto the headline's line ("Home Golf Irvine
 * teenager wins …") while the headline also stands on a line of its own.
 */
function trailGluedTo(text: string, zone: readonly Unit[]): boolean {
  return zone.some((v) => v.text !== text && text.endsWith(' ' + v.text) && v.stats.words >= 3 &&
    lineStats(text.slice(0, -v.text.length)).words <= MAX_GLUED_TRAIL_WORDS);
}

/** A breadcrumb trail's first item, then its separator. */
// (Matched on the lower-cased line, without the `i` flag: see "phrase lists" in docs/architecture.md.)
const TRAIL_START = /^(?:home|accueil|startseite|start|inicio|início|forside|etusivu|úvod|strona główna|hem|hjem)\s*[›»>/]\s*/u;

/**
 * "Home › Economie › Haven & Logistiek Polderkoel investeert 95 miljoen euro …": a copy that lost the
 * line break after a breadcrumb trail's last item, which the menu above names ("Haven & Logistiek"),
 * glues the headline onto it. The headline, when one is so glued, or a last item as long as one.
 */
function trailHeadline(line: string, units: readonly Unit[], at: number): string | null {
  // ("Vous êtes ici : Accueil › …": a label may stand before the trail.)
  const text = withoutTrailLabel(line);
  // The trail opens with the home page, or with a section the menu above names ("Nyheter › Vetenskap …").
  const firstItem = /^(.{2,40}?)\s[›»>]\s/u.exec(text)?.[1];
  const fromMenu = firstItem !== undefined && units.slice(0, at).some((u) => u.stats.words <= MAX_MENU_ITEM_WORDS && u.text === firstItem);
  if (!fromMenu && !TRAIL_START.test(text.toLowerCase())) return null;
  const parts = text.split(/\s[›»>/]\s/u);
  const lastPart = parts.at(-1)!;
  const lead = parts.length === 1 ? TRAIL_START.exec(lastPart.toLowerCase())?.[0].length ?? 0 : 0;
  const last = withoutGluedSection(lastPart.slice(lead), units, at);
  for (const item of units.slice(0, at)) {
    if (item.stats.words > MAX_SECTION_ITEM_WORDS || !last.startsWith(`${item.text} `)) continue;
    const headline = last.slice(item.text.length + 1).trim();
    if (lineStats(headline).words >= 4) return headline;
  }
  // A last item of a headline's length is the headline, with what may be its section before it.
  return lineStats(last).words >= MIN_GLUED_TRAIL_HEADLINE_WORDS ? last : null;
}

/** A section's name, of up to three words, glued to the headline's first word: "CourtsSupreme Court orders …", "Local NewsGrey River …". */
const GLUED_SECTION = /^((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll})/u;
/** How far below the trail the page may name the section on its own ("Category: Courts"). */
const SECTION_NAMED_WITHIN = 12;

/**
 * The trail's last item without the section a copy glued to it with no space, when the page names
 * that section on its own elsewhere ("Category: Courts"): "PayPal" or "McDonald" stay whole.
 */
function withoutGluedSection(last: string, units: readonly Unit[], at: number): string {
  const section = GLUED_SECTION.exec(last)?.[1];
  if (section === undefined) return withoutGluedLowercaseSection(last);
  if (gluedOntoAWordThePageWrites(last, section, units, at)) return last.slice(section.length);
  // (The section's last word will do: "News" in the menu for "Local News".)
  const lastWord = section.slice(section.lastIndexOf(' ') + 1);
  const named = units.slice(0, at + SECTION_NAMED_WITHIN).some((u, i) => i !== at && (u.text === section || u.text.split(/[\s:»›>|,/]+/u).includes(lastWord)));
  return named ? last.slice(section.length) : last;
}

/**
 * "AnglingLavallee and Kakegamic win …", "Copa ChileEverton se queda …": a section glued to the headline's first word, which
 * the page writes on its own ("Trevor Lavallee") but never glued so. A brand written that way
 * ("BlackRock", "PayPal") is written so in the story too.
 */
function gluedOntoAWordThePageWrites(last: string, section: string, units: readonly Unit[], at: number): boolean {
  // (A section of several words glues its last one: "Copa ChileEverton se queda …".)
  const sectionLast = section.slice(section.lastIndexOf(' ') + 1);
  const glued = /^\S+/u.exec(last.slice(section.length - sectionLast.length))![0];
  const word = glued.slice(sectionLast.length).replace(/[^\p{L}'’-]+$/u, '');
  if (word.length < 3 || lineStats(last.slice(section.length)).words < MIN_WORDS_AFTER_GLUED_SECTION) return false;
  const others = units.filter((_, i) => i !== at);
  return !others.some((u) => u.text.includes(glued)) && others.some((u) => wholeWordMentions(u.text, word).count > 0);
}

/** A section's kicker in capitals glued to the headline's first word: "FOOTBALLAl Muharraq edge Al Riffa …". */
const GLUED_CAPS_KICKER = /^(\p{Lu}{3,})(?=\p{Lu}\p{Ll})/u;

/**
 * The headline without a kicker in capitals a copy glued to it, when the page names that section on
 * its own (the breadcrumb's "Football"); null when there is none.
 */
function withoutGluedKicker(line: string, units: readonly Unit[], at: number): string | null {
  // (A string test first: most lines do not open on two capitals.)
  const second = line.charCodeAt(1);
  if (line.length < 8 || second < 65 || second > 90) return null;
  const kicker = GLUED_CAPS_KICKER.exec(line)?.[1];
  if (kicker === undefined) return null;
  const section = kicker.toLowerCase();
  const headline = line.slice(kicker.length);
  const named = units.slice(0, at + SECTION_NAMED_WITHIN).some((u, i) => i !== at && u.text.toLowerCase() === section);
  return named && lineStats(headline).words >= MIN_WORDS_AFTER_GLUED_SECTION ? headline : null;
}

/** A section's name with small words in it, glued to the headline's first word: "Věda a zdravíKlíšťata s encefalitidou …". */
const GLUED_SMALL_WORDS_SECTION = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){1,3}?\p{Ll}{3})(?=\p{Lu}\p{Ll})/u;
/** Fewest words of a headline read after such a section. */
const MIN_WORDS_AFTER_GLUED_SECTION = 6;

/**
 * The trail's last item without a section of two words or more written with small words, which no
 * brand's name is ("New YouTube …" has no three small letters before its capital): no need for the
 * page to name it elsewhere.
 */
function withoutGluedLowercaseSection(last: string): string {
  const section = GLUED_SMALL_WORDS_SECTION.exec(last)?.[1];
  if (section === undefined || !/\s\p{Ll}/u.test(section)) return last;
  const headline = last.slice(section.length);
  return lineStats(headline).words >= MIN_WORDS_AFTER_GLUED_SECTION ? headline : last;
}

/** A trail's label before its first item: "You are here:", "Vous êtes ici :", "Βρίσκεστε εδώ:". */
const TRAIL_LABELS = ['you are here', 'vous êtes ici', 'sie sind hier', 'sie befinden sich hier', 'estás en', 'usted está aquí', 'está aquí', 'sei qui', 'ti trovi in', 'você está aqui', 'está aqui', 'u bevindt zich hier', 'je bent hier', 'jesteś tutaj', 'jesteś w', 'βρίσκεστε εδώ', 'du er her', 'du är här', 'olet tässä', 'nacházíte se', 'ön itt van', 'вы здесь', 'ви тут'];

/** "Sei qui:  Home  Scienza e tecnologia  …": a trail under its label, its items spaced apart, with no headline glued on. */
function labelledTrail(line: string, units: readonly Unit[], at: number): boolean {
  return withoutTrailLabel(line) !== line && trailHeadline(line, units, at) === null;
}

/** Most items of a trail set one to a line under its label. */
const MAX_TRAIL_ITEMS_UNDER_LABEL = 6;
/** Most words of such an item ("Startseite", "Blaulicht", "Mure im Lechtal"). */
const MAX_TRAIL_ITEM_WORDS = 6;

/** "Sie sind hier:" alone on its line, then "Startseite", "Blaulicht", "Mure im Lechtal": an item of such a trail. */
function underTrailLabel(units: readonly Unit[], at: number): boolean {
  if (units[at]!.stats.words > MAX_TRAIL_ITEM_WORDS) return false;
  for (let k = at - 1; k >= 0 && k >= at - MAX_TRAIL_ITEMS_UNDER_LABEL; k--) {
    const line = units[k]!.text.trim().toLowerCase().replace(/\s*:$/u, '');
    if (TRAIL_LABELS.includes(line)) return true;
    if (units[k]!.stats.words > MAX_TRAIL_ITEM_WORDS || units[k]!.stats.endsSentence) return false;
  }
  return false;
}

/** The line without a trail's label before its first item. */
function withoutTrailLabel(line: string): string {
  const lower = line.toLowerCase();
  const label = TRAIL_LABELS.find((l) => lower.startsWith(l));
  if (label === undefined) return line;
  const rest = line.slice(label.length);
  return /^\s*:/u.test(rest) ? rest.replace(/^\s*:\s*/u, '') : line;
}

/** Fewest words of a headline read from the trail over a standfirst. */
const MIN_TRAIL_ABOVE_DECK_WORDS = 5;

/** A saved e-mail's subject line. */
const MAIL_SUBJECT_LINE = new RegExp(`^${MAIL_SUBJECT_LABEL}`, 'iu');

/** Most words of a menu's item that opens a trail. */
const MAX_MENU_ITEM_WORDS = 3;
/** Most words of the section the headline was glued after ("Haven & Logistiek"). */
const MAX_SECTION_ITEM_WORDS = 4;

/** Fewest words of a breadcrumb's last item read as the headline (sites shorten it to fewer). */
const MIN_GLUED_TRAIL_HEADLINE_WORDS = 10;

/** The site's name after a bar closing a line: " | Hapi Isles Sport". */
const SITE_AFTER_BAR = /\s\|\s[^|]{2,40}$/u;
/** The site's name after a bar or a dash closing a line: " — Tian Shan Times". */
const SITE_AFTER_SEPARATOR = /\s[|–—]\s([^|–—]{2,40})$/u;

/** Whether each line above `end` stands in a run of junk lines long enough to be a bar of buttons. */
function junkRuns(units: readonly Unit[], end: number): boolean[] {
  const inRun: boolean[] = new Array<boolean>(end).fill(false);
  for (let i = 0; i < end; ) {
    let j = i;
    while (j < end && units[j]!.junk) j++;
    if (j - i >= MIN_JUNK_RUN_SKIPPED) inRun.fill(true, i, j);
    i = j > i ? j : i + 1;
  }
  return inRun;
}

/**
 * The headline: the best headline-shaped line above the body (`bodyStart`, or the top of a page
 * without one), its site's name and a source prefix taken off.
 */
/** Most points of a summary box under its label ("Key points", "L'essentiel"). */
const MAX_SUMMARY_POINTS = 6;

/** The line is one of the points listed under a summary box's label, which repeat the story; no headline. */
function inSummaryBox(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - MAX_SUMMARY_POINTS); k--) {
    const u = units[k]!;
    if (isSummaryLabel(u.text)) return true;
    // A blank line or a short line (a label of another kind, a date) ends the list upwards.
    if (u.blankAfter || u.stats.words < 4) return false;
  }
  return false;
}

/** A byline of a name and, after a bar, where the writer files from: "Anjali Varghese | Kalpetta". */
function nameBarPlace(text: string): boolean {
  const parts = text.split(/\s[|·]\s/u);
  return parts.length === 2 && bareName(parts[0]!) && /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(parts[1]!);
}

export function pickTitle(units: readonly Unit[], bodyStart: number, firstIsTitle: boolean, dopts: DateOptions): string | null {
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
  // A headline read out of a breadcrumb trail is no standfirst of the line above the trail.
  let bestInTrail = false;
  const titleZone = bodyStart >= 0 ? bodyStart : Math.min(units.length, 12);
  const blankAfter = units.filter((u) => u.blankAfter).length;
  const pageHasBlocks = blankAfter >= Math.max(3, 0.1 * units.length);
  // "Daniel Okafor-Reid at the Emirates Stadium": a byline without "By".
  const isMeta = (v: Unit): boolean => dateLine(v.text, dopts) !== null || opensWithDateBar(v.text, dopts) || BYLINE_RE.test(v.text) || (v.text.length <= 100 && (namesInPlaces(v.text) !== null || nameBarPlace(v.text)));
  // Twelve lines up from the body, and above a run of junk right over it (a share bar of six buttons
  // and a caption between the headline's byline and the text).
  let junkAbove = titleZone;
  while (junkAbove > 0 && units[junkAbove - 1]!.junk) junkAbove--;
  // Lines of junk (a share bar's buttons, a view count) do not count towards the twelve.
  // A run of junk lines (a share bar's buttons, a view count) counts as one line, there and in how far
  // a line stands above the body: a share bar between the headline's byline and a standfirst or a
  // caption does not push the headline out of reach.
  const inRun = junkRuns(units, titleZone);
  let zoneStart = titleZone - junkAbove >= MIN_JUNK_RUN_SKIPPED ? junkAbove : titleZone;
  for (let counted = 0; zoneStart > 0 && counted < TITLE_ZONE_LINES; zoneStart--) if (!inRun[zoneStart - 1]) counted++;
  const zone = units.slice(zoneStart, titleZone);
  const runLinesBelow: number[] = [];
  for (let i = titleZone - 1, n = 0; i >= zoneStart; i--) {
    runLinesBelow[i] = n;
    if (inRun[i]) n++;
  }
  const linesBetween = (i: number): number => titleZone - i - 1 - runLinesBelow[i]!;
  for (let i = zoneStart; i < titleZone; i++) {
    const u = units[i]!;
    if (isMeta(u) || (i <= 2 && namedMasthead(u)) || trailGluedTo(u.text, zone) || inSummaryBox(units, i)) continue;
    // The line under an image's placeholder ("[image]", "[IMG]") is its caption.
    if (i > 0 && IMAGE_PLACEHOLDER.test(units[i - 1]!.text)) continue;
    if (labelledTrail(u.text, units, i) || underTrailLabel(units, i)) continue;
    // The headline opens its block right above its byline or date; captions, decks and summaries sit
    // below them, and the last line of a list of bullet points is no headline.
    const next = units[i + 1];
    // A headline, a standfirst too long to be a headline, then the byline: the headline stands over
    // the byline all the same.
    const byline = units[i + 2];
    // A sentence of a dozen words or more under it reads as a standfirst too, whatever its share of
    // function words (Czech and Finnish have few).
    const deckShaped = next !== undefined && next.stats.capRatio < 0.5 &&
      ((next.stats.words >= MIN_DECK_WORDS && next.stats.stopRatio >= 0.25) || (next.stats.words >= MIN_SENTENCE_DECK_WORDS && next.stats.endsSentence));
    const overDeck = next !== undefined && !next.junk && deckShaped &&
      titleScore(next, 0, false) === -Infinity && byline !== undefined && (isMeta(byline) || (bareName(byline.text) && dateLineWithin(units, i + 2, 1, dopts)));
    // On a page that shows no blocks, a line between a date and a byline stands where a headline does
    // (under a byline, it is the writer's outlet).
    const underMeta = !pageHasBlocks && i > 0 && dateLine(units[i - 1]!.text, dopts) !== null;
    // An e-mail's subject stands over the mail's own header ("Date:", "From:"), not over a byline.
    // On such a page a line right over a byline that says "By" stands where a headline does too.
    // (Or over a blog account's name with the day under it: "Dispatch Admin" / "July 07, 2026".)
    const overAccount = next !== undefined && next.stats.words <= MAX_ACCOUNT_WORDS && ACCOUNT_NAME.test(next.text) && dateLineWithin(units, i + 1, 1, dopts);
    const overByline = !pageHasBlocks && next !== undefined && (BYLINE_RE.test(next.text) || overAccount);
    const overMeta = !MAIL_SUBJECT_LINE.test(u.text) && (opensBlock(units, i, pageHasBlocks) || underMeta || overByline) && !isJobLine(u.text) && next !== undefined && (isMeta(next) || writerWithJob(next.text, dateLineWithin(units, i + 1, 2, dopts)) !== null || bareName(next.text) || overAccount || overDeck) ? 3 : 0;
    // Below a headline's byline or date stand its captions and summaries, not another headline.
    // (A sentence there, a dozen words and more, is the standfirst, however long it runs.)
    const sentenceShaped = u.stats.words >= 12 && u.stats.stopRatio >= 0.25 && u.stats.capRatio < 0.5;
    const belowHeadlineMeta: number = bestOverMeta && i > bestAt + 1 ? BELOW_META_PENALTY * (sentenceShaped ? 3 : 1) : 0;
    // A breadcrumb trail with the headline glued onto its last item: the headline alone.
    const trail = trailHeadline(u.text, units, i);
    const unglued = trail ?? withoutGluedKicker(u.text, units, i);
    const candidate = unglued === null ? u : { ...u, text: unglued, stats: lineStats(unglued), junk: false };
    const score: number = titleScore(candidate, linesBetween(i), (firstLines.get(normalizeKey(candidate.text)) ?? 0) > 1) + overMeta - belowHeadlineMeta;
    if (score > bestScore) [bestScore, title, bestAt, bestOverMeta, bestInTrail] = [score, candidate.text, i, overMeta > 0, trail !== null];
  }
  // The standfirst under a headline is headline-shaped too and often longer: a line written as a
  // sentence (many function words) right under another headline-shaped line gives way to it.
  // A line over the byline that does not open its block sits under the line that does: that one's deck.
  const deckOverMeta = (at: number): boolean => !opensBlock(units, at, pageHasBlocks) && units[at + 1] !== undefined && isMeta(units[at + 1]!);
  if (bestAt > 0 && !bestInTrail) {
    const prev = units[bestAt - 1]!;
    const best = units[bestAt]!;
    // A longer line right under a full headline, or the line over the byline when a full headline
    // tops it, is its deck ("Thames Water creditors back £3bn loan" over
    // "Senior bondholders agree rescue funding as regulator weighs fines and bill rises").
    // (A page without blank lines shows where the header opens by the breadcrumb trail over it: "Business › Companies".)
    const trailAbovePrev = units[bestAt - 2];
    const underTrail = !pageHasBlocks && trailAbovePrev !== undefined && trailAbovePrev.stats.words <= MAX_TRAIL_WORDS && /\s[›»>/|]\s/u.test(trailAbovePrev.text);
    // (Or by a kicker or a menu's last item right over it, "BY-ELECTIONS", "Business", when the line
    // under it stands over the byline.)
    const underLabel = !pageHasBlocks && trailAbovePrev !== undefined && trailAbovePrev.stats.words <= 3 && !BYLINE_RE.test(trailAbovePrev.text) &&
      dateLine(trailAbovePrev.text, dopts) === null && units[bestAt + 1] !== undefined && (isMeta(units[bestAt + 1]!) || bareName(units[bestAt + 1]!.text));
    const standfirst = (best.stats.words >= 12 && best.stats.stopRatio >= 0.25 && best.stats.capRatio < 0.5) ||
      (best.stats.words >= 10 && (bestOverMeta || best.stats.words >= prev.stats.words || deckOverMeta(bestAt)) && prev.stats.words >= 6 && (opensBlock(units, bestAt - 1, pageHasBlocks) || underTrail || underLabel));
    // Not a masthead ("THE DAILY GAZETTE") nor a menu or a breadcrumb trail.
    const masthead = prev.stats.words <= 5 && prev.text === prev.text.toUpperCase();
    // Nor a link a dump wrote with its address ("Vuelta a Colombia [https://…/categoria/…]"): a category's or a tag's.
    // Nor a site's motto right under its name ("The Usk Valley Voice" / "News from Brecon, Crickhowell, Hay and the
    // upper Usk valley"): a name of two to five capitalised words opening on an article (a section's label, "Local
    // Sports", has none).
    const siteName = trailAbovePrev !== undefined && !trailAbovePrev.blankAfter && trailAbovePrev.stats.words >= 2 && trailAbovePrev.stats.words <= 5 &&
      trailAbovePrev.text !== trailAbovePrev.text.toUpperCase() && /^(?:\p{Lu}[\p{L}'’&-]*\s*)+$/u.test(trailAbovePrev.text) && ARTICLE_WORD_RE.test(trailAbovePrev.text);
    const headline = !prev.junk && !masthead && !siteName && prev.stats.words >= 4 && !/[|•·>›]|\s[-/»]\s/.test(prev.text) && !/\[https?:\/\/[^\s\]]+\]$/u.test(prev.text) && !labelledTrail(prev.text, units, bestAt - 1) &&
      !dateLine(prev.text, dopts) && !BYLINE_RE.test(prev.text) && titleScore(prev, 0, false) > -Infinity;
    // Or the headline glued to the end of a breadcrumb trail on the line above ("Home » News » Local NewsGrey River …").
    const trailAbove = standfirst && !headline ? trailHeadline(prev.text, units, bestAt - 1) : null;
    if (standfirst && headline) title = prev.text;
    else if (trailAbove !== null && lineStats(trailAbove).words >= MIN_TRAIL_ABOVE_DECK_WORDS) title = trailAbove;
  }
  // "Title line, blank line, text" is how most saved articles start; only a masthead-like first line
  // (short and all capitals, "CHINA TOPIX") or a headline repeated further down overrides it.
  if (firstIsTitle) {
    const first = units[0]!;
    const resultsStrip = isResultsStrip(first.text);
    const masthead = (first.stats.words <= 3 && first.text === first.text.toUpperCase()) || namedMasthead(first) || resultsStrip;
    const repeatedElsewhere = title !== null && title !== first.text && (firstLines.get(normalizeKey(title)) ?? 0) > 1;
    // A site's name or motto on the first line ("Fréttir af Vestfjörðum"), and a longer line right
    // over the byline or the date further down: that line is the headline, unless it reads as the
    // standfirst of a shouted headline on the first line ("FURY AS COUNCIL AXES BINS").
    const best = bestAt > 0 ? units[bestAt]!.stats : null;
    // Only right under it: below a menu and a breadcrumb trail, the line over the byline is the headline.
    const deck = best !== null && bestAt === 1 && best.words >= 12 && best.stopRatio >= 0.25 && best.capRatio < 0.5;
    const overMetaBelow = best !== null && bestOverMeta && !deck && first.stats.words <= MAX_MASTHEAD_WORDS && best.words > first.stats.words;
    // Or one right under a date alone on its line, as Blogger prints a post's day over its title ("The Ridge
    // Rattler" / its motto / the menu / "July 20, 2026" / the headline).
    const underDate = best !== null && bestAt >= 2 && !deck && onlyADate(units[bestAt - 1]!.text, dopts) && first.stats.words <= MAX_MASTHEAD_WORDS && best.words > first.stats.words;
    // A scraper's copy of the page's <title>, the site's name after a bar ("Warriors edge Eels 2-1 to
    // take S-League crown | Hapi Isles Sport"), over the printed headline of the same story, which
    // stands over the date: the printed one is the article's.
    // So is one whose site the page prints as its masthead ("Kyrgyz Cup final — Tian Shan Times" over
    // "Tian Shan Times" and the printed headline), whatever words the two headlines share.
    const site = SITE_AFTER_SEPARATOR.exec(first.text)?.[1];
    const siteMasthead = site !== undefined && units.slice(1, titleZone).some((u) => normalizeKey(u.text) === normalizeKey(site));
    const docTitleFirst = best !== null && bestOverMeta && title !== null && ((SITE_AFTER_BAR.test(first.text) && sameStory(title, first.text.replace(SITE_AFTER_BAR, ''))) || siteMasthead);
    if (!masthead && !repeatedElsewhere && !overMetaBelow && !underDate && !docTitleFirst && first.stats.words >= 1) title = first.text;
    else if ((title === null || bestScore < 6) && !resultsStrip) title = first.text;
  }
  if (title) title = stripTitlePrefix(siteAffixDropped(title, units.slice(0, Math.max(titleZone, 1) + 1))).replace(TITLE_FIELD, '');
  return title;
}
