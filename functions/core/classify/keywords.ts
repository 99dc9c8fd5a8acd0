/**
 * Keyword extraction: TF-IDF over the article's words and repeated two-word phrases, with IDF from
 * a news-corpus document-frequency table, stop words (en/fr/de/es/…) and reporting boilerplate removed.
 */
import type { Lexicon } from './lexicon.js';
import { ELIDED_PREFIX, FILLER_WORDS } from './filler-words.js';
import { fillerWordsOf } from './language-filler-words.js';
import { keywordForm, keywordTokens, longEnough } from './keyword-tokens.js';
import { isUnspaced } from './shared-lists.js';
import { ALL_STOPWORDS } from './stopwords.js';

/** Patterns tried on every word, built once (a literal inside a function may be rebuilt on each call). */
const NAME_AFTER = /^ (?:\p{Lu}|al-|bin )/u;

/** Keywords returned at most / at least (when the text has that many candidates). */
export const MAX_KEYWORDS = 10;
export const MIN_KEYWORDS = 5;

/** Words frequent in news copy that say nothing about the story. */
const BOILERPLATE = new Set(
  `said says say saying told tells according reported reports report added adding noted stated declared
asked claimed announced including included however although already also even just still well many much
several various certain another other others first second third last next new old good great big small
large long little high low today yesterday tomorrow week weeks month months year years day days time times
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december am pm gmt utc percent per cent one two three four five six seven eight
nine ten hundred thousand million billion mr mrs ms dr news photo photos video videos image images click
read share shares subscribe newsletter advertisement comment comments reply replies email follow like
copyright rights reserved via getty reuters afp ap update updated www http https com html people way part
made make makes making take taken takes come comes came going get got see seen look know known want wants
need needs lot lots thing things something anything nothing everything really able within without across
around among whether while since ago later earlier now yet thus therefore whose
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
octobre novembre décembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni
juli oktober dezember uhr lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio
julio agosto septiembre octubre noviembre diciembre lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio
febbraio aprile maggio giugno luglio settembre ottobre dicembre ore segunda terça quarta quinta sexta sábado
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira janeiro fevereiro março maio junho julho setembro
outubro novembro dezembro maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei
augustus`.split(/\s+/),
);

interface Term {
  key: string;
  tf: number;
  forms: Map<string, number>;
  capitalised: number;
  lower: number;
  /** Occurrences directly followed by another capitalised word (a given name before a surname). */
  leadsName: number;
  occurrences: number;
  first: number;
}

/** Sentence ends, where a two-word phrase stops: Latin and Chinese/Japanese full stops, line breaks. */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=[。！？])|\n+/;

function isCandidate(lw: string, languageFiller: ReadonlySet<string> | undefined): boolean {
  const plain = lw.replace(/’/g, "'");
  if (ALL_STOPWORDS.has(lw) || FILLER_WORDS.has(plain) || languageFiller?.has(plain) || BOILERPLATE.has(lw)) return false;
  // Contractions ("don't", "you’re") are function words in disguise.
  if (/['’](?:t|re|ve|ll|d|m)$/.test(lw)) return false;
  return longEnough(lw);
}

/**
 * Without a tagger, inflected verb forms ("dropped", "raising") are the commonest poor picks in
 * English. German capitalises every noun, so there a word never written capitalised is a verb,
 * adjective or adverb.
 */
function germanShape(t: Term): number {
  return [...t.forms.keys()].some((f) => f !== f.toLowerCase()) ? 1 : 0.4;
}

/**
 * Pick 5–10 keywords (fewer only when the text has fewer candidates), most characteristic first.
 * Lowercase unless the word is mostly written capitalised in the article (a proper noun).
 * `language` (ISO 639-1) refines the part-of-speech guess.
 */
export function extractKeywords(title: string, body: string, lexicon?: Lexicon, language?: string): string[] {
  const terms = new Map<string, Term>();
  const bigrams = new Map<string, { tf: number; seen: number; parts: [string, string]; first: number }>();
  let n = 0;
  const elides = language === 'fr' || language === 'it';
  const languageFiller = fillerWordsOf(language);
  const unspaced = isUnspaced(language);
  const feed = (text: string, weight: number): void => {
    for (const sentence of text.split(SENTENCE_END)) {
      let prev: string | null = null;
      let prevEnd = 0;
      let firstInSentence = true;
      for (const token of keywordTokens(sentence, language)) {
        // Without spaces, only words that touch make a phrase ("海外订单", not "增长，海外").
        if (unspaced && token.index !== prevEnd) prev = null;
        prevEnd = token.index + token.word.length;
        const form = keywordForm(elides ? token.word.replace(ELIDED_PREFIX, '') : token.word.replace(/['’]s$/u, ''), language);
        const w = form ?? '';
        const lw = w.toLowerCase();
        n++;
        if (form === undefined || !isCandidate(lw, languageFiller)) {
          prev = null;
          firstInSentence = false;
          continue;
        }
        let t = terms.get(lw);
        if (!t) {
          t = { key: lw, tf: 0, forms: new Map(), capitalised: 0, lower: 0, leadsName: 0, occurrences: 0, first: n };
          terms.set(lw, t);
        }
        t.tf += weight;
        t.occurrences++;
        const after = sentence.slice(token.index + token.word.length);
        if (w !== lw && NAME_AFTER.test(after)) t.leadsName++;
        t.forms.set(w, (t.forms.get(w) ?? 0) + 1);
        // Sentence-initial and title-case capitals say nothing about proper nouns.
        if (!firstInSentence && weight === 1) {
          if (w === lw) t.lower++;
          else t.capitalised++;
        }
        if (prev) {
          const key = `${prev} ${lw}`;
          const b = bigrams.get(key) ?? { tf: 0, seen: 0, parts: [prev, lw] as [string, string], first: n };
          b.tf += weight;
          b.seen++;
          bigrams.set(key, b);
        }
        prev = lw;
        firstInSentence = false;
      }
    }
  };
  feed(title, 2);
  feed(body, 1);

  // Fold simple plurals into the singular when both occur ("militant", "militants").
  for (const [k, t] of terms) {
    const singular = k.endsWith('ies') ? `${k.slice(0, -3)}y` : k.endsWith('s') && !k.endsWith('ss') ? k.slice(0, -1) : null;
    const s = singular ? terms.get(singular) : undefined;
    if (s && s !== t) {
      s.tf += t.tf;
      s.capitalised += t.capitalised;
      s.lower += t.lower;
      s.first = Math.min(s.first, t.first);
      for (const [f, c] of t.forms) s.forms.set(f, (s.forms.get(f) ?? 0) + c);
      terms.delete(k);
    }
  }

  const idf = (w: string): number => lexicon?.idf(w) ?? 5;
  // Seen only at sentence starts or in the title: ask the corpus whether it is an ordinary word.
  const isProper = (t: Term): boolean =>
    t.capitalised > t.lower || (t.capitalised === 0 && t.lower === 0 && [...t.forms.keys()].some((f) => f !== f.toLowerCase()) && !(lexicon?.isCommon(t.key) ?? true));
  const display = (t: Term): string => {
    if (isProper(t)) {
      const caps = [...t.forms].filter(([f]) => f !== f.toLowerCase()).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
      if (caps[0]) return caps[0][0];
    }
    return t.key;
  };
  type Cand = { text: string; score: number; first: number; parts: string[] };
  const cands: Cand[] = [];
  for (const t of terms.values()) {
    const proper = isProper(t);
    if (t.lower === 0 && t.leadsName >= t.occurrences) continue;
    const shape = language === 'de' ? germanShape(t) : proper ? 1 : t.key.endsWith('ed') ? 0.5 : t.key.endsWith('ing') ? 0.75 : 1;
    cands.push({ text: display(t), score: (1 + Math.log(t.tf)) * idf(t.key) * shape, first: t.first, parts: [t.key] });
  }
  for (const [key, b] of bigrams) {
    if (b.seen < 2) continue;
    const [a, c] = b.parts;
    const ta = terms.get(a);
    const tc = terms.get(c);
    if (!ta || !tc) continue;
    const text = `${display(ta)}${unspaced ? '' : ' '}${display(tc)}`;
    cands.push({ text: text === text.toLowerCase() ? (unspaced ? `${a}${c}` : key) : text, score: (1 + Math.log(b.tf)) * ((idf(a) + idf(c)) / 2) * 1.3, first: b.first, parts: [a, c] });
  }
  cands.sort((x, y) => y.score - x.score || x.first - y.first);
  const picked: Cand[] = [];
  const used = new Set<string>();
  for (const c of cands) {
    if (picked.length >= MAX_KEYWORDS) break;
    // A phrase and its own words are one idea: keep whichever ranks first.
    if (c.parts.some((p) => used.has(p))) continue;
    picked.push(c);
    for (const p of c.parts) used.add(p);
  }
  return picked.map((c) => c.text);
}
