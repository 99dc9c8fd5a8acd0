/** A line read as a date line: the date, with the words that label it, and what else the line says. */
import { PUBLISHED_WORDS, WEEKDAYS, findDates, publishedPart, type DateOptions } from './dates.js';
import { BYLINE_WORDS, READING_TIME, splitDateline } from './boilerplate.js';
import { TEMPERATURE } from './text-utils.js';

/** A byline between the bars of a date line: "By Nadine Pitaluga, Business Correspondent". */
const BYLINE_PART = new RegExp(String.raw`^(?:${BYLINE_WORDS.join('|')})\s+\p{Lu}`, 'iu');

/** Words that only ever label a date ("Stand:", "Erschienen am", "Date de publication"): dropped anywhere on a date line. */
export const DATE_LABEL_RE =
  /(?<![\p{L}\p{N}])(published|posted|dated|publication date|first published|publié|publiée|mis en ligne|date de publication|veröffentlicht|erschienen|stand|datum|publicado|publicada|fecha de publicación|fecha|pubblicato|pubblicata|data di pubblicazione|data de publicação|gepubliceerd|geplaatst|publicerad|publicerat|publicerades|publiceret|publisert|opublikowano|data publikacji|опубликовано|дата публикации|yayınlanma tarihi|yayın tarihi|yayınlanma|δημοσιεύθηκε|δημοσίευση|diterbitkan|dipublikasikan|publikováno|zveřejněno)(?![\p{L}\p{N}])\s*:?/giu;

/**
 * Short words that join a label to the date ("posted on", "publié le", "am", "op", "à") and the
 * word "date" itself: dropped only next to the date, where they cannot be part of a name ("Le Monde").
 */
export const DATE_JOINERS = new Set(
  'on at date data le la du de à a las el del il em às op om am um vom den uhr h kl klo godz saat г в'.split(' '),
);

export function isDateWord(token: string): boolean {
  const w = token.toLowerCase().replace(/^[\s:,.(]+|[\s:,.)]+$/g, '');
  return w === '' || WEEKDAYS.has(w) || DATE_JOINERS.has(w) || /^\d{1,2}([:h.]\d{2})*(h|uhr|am|pm)?$/.test(w) ||
    /^(am|pm|a\.m|p\.m|gmt|utc|cet|cest|mez|mesz|bst|[ecmp][sd]?t|eet|eest|msk|ist|jst|kst|hkt|sgt|wib|wita|wit|aest|aedt)$/.test(w);
}

/** Strips weekdays, joiners and times from the end (`fromEnd`) or the start of a piece of a date line. */
export function stripDateWords(text: string, fromEnd: boolean): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (fromEnd) while (tokens.length && isDateWord(tokens[tokens.length - 1]!)) tokens.pop();
  else while (tokens.length && isDateWord(tokens[0]!)) tokens.shift();
  return tokens.join(' ');
}

/** A line that is a date plus at most a few words (a source name, a day name). */
/**
 * The sections a post is filed under, after its date and writer: ". Classé dans : Agriculture, Société -
 * 4 commentaires" (PluXml), " | Filed under: Business", "· Kategorie: Lokales". Part of the meta line, not of its date.
 */
const FILED_UNDER_TAIL = /(?:[.,]|\s[-–—|·•])\s*(?:classé dans|catégories?|rubriques?|filed under|posted in|categories|category|tags?|abgelegt unter|kategorien?|rubrik|archivado en|categorías?|categorie|pubblicato in|categorias?|publicado em|categorieën|gearchiveerd onder)\s*:.*$/iu;

export function dateLine(line: string, opts: DateOptions): { iso: string; rest: string } | null {
  // "Published …, updated …" is one date line: the clause after the marker is not part of its text,
  // nor of its length.
  const part = publishedPart(line) ?? line;
  // (Every such clause has a colon: the pattern is not tried on a line without one.)
  const text = part.includes(':') ? part.replace(FILED_UNDER_TAIL, '') : part;
  if (text.length > 120) return null;
  const found = findDates(text, opts)[0];
  if (!found) return null;
  // "Graulhet, samedi 7 mars 2026 · 14 °C": today's date beside the weather is the site's top bar, not a story's date.
  if (TEMPERATURE.test(text)) return null;
  // "Bruselas, 14 de marzo de 2024": a place before the date and a comma is a dateline, not a source.
  const before = text.slice(0, found.index);
  const datelinePlace = /^\s*\p{Lu}[\p{L}.' -]{1,40},\s*$/u.test(before) && !WEEKDAYS.has(before.replace(/[\s,]+/g, '').toLowerCase());
  const unlabel = (t: string): string => t.replace(DATE_LABEL_RE, ' ').replace(/\b\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\b|\b\d{1,2}\.\d{2}\s*(?:am|pm)\b/gi, ' ');
  const rest = [
    datelinePlace ? '' : stripDateWords(unlabel(before), true),
    stripDateWords(unlabel(text.slice(found.index + found.length)), false),
  ].join(' ').trim();
  const restWords = rest.match(/\p{L}+/gu)?.length ?? 0;
  if (restWords <= 6) return { iso: found.iso, rest };
  // "Posted: 01/07/2026 at 16:05 | By Nadine Pitaluga, Business Correspondent | 3 min read": the
  // byline and the reading time beside the date, each between bars, are the header's too.
  const parts = rest.split(/\s*[|·•]\s*/).filter((part) => part.trim() !== '');
  const others = parts.filter((part) => !BYLINE_PART.test(part) && part.replace(READING_TIME, '').trim() !== '');
  if (others.length === parts.length || (others.join(' ').match(/\p{L}+/gu)?.length ?? 0) > 6) return null;
  return { iso: found.iso, rest: parts.filter((part) => BYLINE_PART.test(part)).concat(others).join(' | ') };
}

/** The date of a line that is a date and nothing more ("Feb 28, 2027", "14/05/2025, 10:32"), else null. */
export function dateAlone(line: string, opts: DateOptions): string | null {
  const d = dateLine(line, opts);
  return d && !/\p{L}/u.test(d.rest) ? d.iso : null;
}

/** The label of a publication date: "Published:", "First published", "Veröffentlicht am". */
export const PUBLISHED_LABEL_RE = new RegExp(String.raw`^(?:first |originally )?(?:${PUBLISHED_WORDS.join('|')})(?![\p{L}])(?:\s+(?:on|le|am|el|em|il|op))?\s*:?\s*`, 'iu');
/** Longest line read as a labelled publication date. */
const MAX_LABELLED_DATE_CHARS = 60;

/**
 * The day of a line that is a publication date's label and the date alone ("Published: 14/05/2025",
 * "First published: 30 June 2026"), not a comment's "Published by reader | date".
 */
export function labelledPublicationDate(line: string, opts: DateOptions): string | null {
  if (line.length > MAX_LABELLED_DATE_CHARS || !PUBLISHED_LABEL_RE.test(line)) return null;
  return dateAlone(line.replace(PUBLISHED_LABEL_RE, ''), opts);
}

/** Whether one of the `n` units after unit `i` is a date line. */
export function dateLineWithin(units: ReadonlyArray<{ text: string }>, i: number, n: number, dopts: DateOptions): boolean {
  return units.slice(i + 1, i + 1 + n).some((u) => dateLine(u.text, dopts) !== null);
}

/** Most words of an agency's name on a line of its own. */
const MAX_AGENCY_LINE_WORDS = 5;
/** The closing words of a news agency's name: "Pamir Press Service", "Harbour News Agency". */
const AGENCY_NAME_END = /\b(?:press (?:service|agency|association)|news (?:agency|service)|wire service)$/i;

/**
 * Whether a line is the agency credit over the dateline that cites it: "Pamir Press Service" on a line
 * of its own over "SHANDUR, Chitral (PPS) – …", named in full or by the initials in the brackets.
 */
export function creditsTheDateline(line: string, next: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > MAX_AGENCY_LINE_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const agency = splitDateline(next).agency;
  if (agency === null) return false;
  const initials = words.map((w) => w[0]).join('');
  return AGENCY_NAME_END.test(line.trim()) || initials === agency.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/**
 * The dateline that opens a paragraph, read once for every format: the paragraph without it, the
 * agency it names ("LONDON (Reuters) -" → Reuters), and the date it gives when it names the year
 * ("MONROVIA, January 31, 2027 – A late header …" → 2027-01-31) and the place it names, which the
 * classifier reads as the article's (the body no longer holds it). A dateline without a year
 * ("LONDON, Jan 31 (Reuters) -") gives no date: the year would be a guess.
 */
export function readDateline(paragraph: string, opts: DateOptions): { text: string; agency: string | null; date: string | null; place: string | null } {
  const { text, agency, place } = splitDateline(paragraph);
  const opening = paragraph.slice(0, paragraph.length - text.length);
  const date = /(?<!\d)\d{4}(?!\d)/.test(opening) ? findDates(opening, opts)[0]?.iso ?? null : null;
  return { text, agency, date, place };
}
