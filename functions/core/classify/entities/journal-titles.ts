/**
 * Journals named after the word for a journal: "na revista PLOS Neglected Tropical Diseases", "dans
 * la revue Eurosurveillance", "im Fachjournal „Ticks and Tick-borne Diseases“", "in the journal
 * Freshwater Biology". Their titles are English whatever the article's language, with small words
 * inside ("Science of the Total Environment", "Land Degradation & Development") that an article in
 * another language does not join into one name, so the title is read from the word for a journal on.
 */
import { type Single, withNameOverSpan } from './cues.js';
import { type Mention, NON_NAMES, norm } from './tables.js';
import { ALL_STOPWORDS } from '../stopwords.js';

/** The word for a journal, in the cases a sentence puts it in after "in" or "published in". */
const JOURNAL_NOUN =
  /(?:^|[^\p{L}])(?:journal|revista|revue|rivista|zeitschrift|fachzeitschrift|fachjournal|fachmagazin|fachblatt|tidskriften|tidsskriftet|tidsskrift|tidskrift|tijdschrift|vakblad|vaktijdschrift|časopise|časopisu|časopis|czasopiśmie|czasopisma|časopisa|časopisi|dergisinde|revistei|revistă|periodico)\s+/giu;
/** The same words, for a test before the pattern: most articles cite no journal. */
const JOURNAL_WORD_HINT = /journal|revista|revue|rivista|zeitschrift|fachblatt|fachmagazin|tidskrift|tidsskrift|tijdschrift|vakblad|asopis|czasopi|dergisi|revist|periodico/i;
/** Small words of an English title, between its capitalised words. */
const TITLE_JOINERS = new Set(['of', 'the', 'in', 'and', 'for', 'on', 'to', '&', 'a', 'an', '–', '-']);
/** A title's word: capitalised, or in capitals, maybe with a hyphen ("Tick-borne", "PLOS"). */
const TITLE_WORD = /^\p{Lu}[\p{L}\p{N}'’-]*$|^\p{N}+$/u;
/** Lowercase words (an adjective: "científica", "wissenschaftlichen") allowed between the journal's word and its title. */
const MAX_WORDS_BEFORE_TITLE = 2;
/** Longest title read, in words. */
const MAX_TITLE_WORDS = 10;

/** A word of the text with its quotation marks and closing punctuation taken off, and where the bare word stands. */
interface TitleWord {
  bare: string;
  start: number;
  end: number;
  /** A comma, a full stop, a bracket or a closing quotation mark after it ends the title. */
  closes: boolean;
}

function titleWordsAfter(body: string, from: number): TitleWord[] {
  const out: TitleWord[] = [];
  for (const m of body.slice(from, from + 240).matchAll(/\S+/gu)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[«"“„‚‘']+/u, '').length;
    const bare = raw.slice(lead).replace(/[,.;:!?)\]«"“„‚‘'»”’]+$/u, '');
    const at = from + m.index + lead;
    // A colon goes on to a subtitle: "Journal of Hydrology: Regional Studies".
    const tail = raw.slice(lead + bare.length);
    out.push({ bare, start: at, end: at + bare.length, closes: tail !== '' && tail !== ':' });
  }
  return out;
}

/** Where each journal's title the article cites stands. */
function journalTitles(body: string): { start: number; end: number }[] {
  if (!JOURNAL_WORD_HINT.test(body)) return [];
  const found: { start: number; end: number }[] = [];
  for (const m of body.matchAll(JOURNAL_NOUN)) {
    // "Journal" written capitalised opens a title ("Journal of Hydrology"); it is no word for one.
    if (m[0].includes('Journal')) continue;
    const words = titleWordsAfter(body, m.index + m[0].length);
    let k = 0;
    while (k < MAX_WORDS_BEFORE_TITLE && k < words.length && /^\p{Ll}+$/u.test(words[k]!.bare) && !ALL_STOPWORDS.has(words[k]!.bare) && !words[k]!.closes) k++;
    if (!TITLE_WORD.test(words[k]?.bare ?? '')) continue;
    const first = words[k]!;
    let last = first;
    let count = 1;
    while (!last.closes && count < MAX_TITLE_WORDS) {
      // Small words go on the title only where a capitalised word follows them ("of the Total Environment").
      let j = k + 1;
      while (j < words.length && TITLE_JOINERS.has(words[j]!.bare) && !words[j]!.closes) j++;
      // (Not a day's or a month's name: "Freshwater Biology on Monday".)
      if (j >= words.length || !TITLE_WORD.test(words[j]!.bare) || (j > k + 1 && NON_NAMES.has(norm(words[j]!.bare)))) break;
      k = j;
      last = words[k]!;
      count++;
    }
    found.push({ start: first.start, end: last.end });
  }
  return found;
}

/** The journals' titles become bodies; names read inside them give way. */
export function withJournalTitles(mentions: Mention[], singles: Single[], body: string): void {
  for (const { start, end } of journalTitles(body)) withNameOverSpan(mentions, singles, body, { kind: 'org', name: body.slice(start, end), pos: start, fixed: true }, end);
}
