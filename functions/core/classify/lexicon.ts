/**
 * Word statistics from a news corpus: document frequencies (for keyword IDF) and which words are
 * ordinary lowercase words (so a capitalised "According" at a sentence start is not a name).
 */
import { bytesToText, packText, textToBytes, unpackText } from './packed.js';

/**
 * The stored form, compact because it ships inside the ingest bundle. Terms are sorted by document
 * frequency (descending) then alphabetically, which makes equal frequencies run together and
 * neighbouring terms share prefixes.
 */
export interface LexiconData {
  /** `/3` stores the terms brotli-compressed (`packedTerms`), `/2` as they are (`terms`). */
  format: 'dropfeed-lexicon/2' | 'dropfeed-lexicon/3';
  /** Number of documents the counts come from. */
  docs: number;
  /**
   * Front-coded lowercase terms: each term is one digit (how many leading characters it shares
   * with the previous term, at most 9) followed by the rest of the term. Terms hold no digits.
   */
  terms?: string;
  /** The same, brotli-compressed and coded as text (`packText`): 100 KB instead of 172 KB in the ingest bundle. */
  packedTerms?: string;
  /** Document frequencies as run lengths: `[df, count, df, count, …]` in term order. */
  dfRuns: number[];
  /** Bitmap as packed text (`bytesToText`), bit `i % 8` of byte `i >> 3` set when term `i` is mostly written lowercase mid-sentence. */
  common: string;
  notes?: string;
}

/** A lexicon ready for look-ups. */
export interface Lexicon {
  docs: number;
  /** Inverse document frequency; unknown terms get the rarest value. */
  idf(term: string): number;
  /** True when the lowercase word is usually written in lowercase (not a name). */
  isCommon(word: string): boolean;
  /** True when the corpus the lexicon was built from has the word (any case). */
  has(word: string): boolean;
}

/** Decode the front-coded term list. */
function decodeTerms(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const m of coded.matchAll(/([0-9])([^0-9]*)/g)) {
    prev = prev.slice(0, Number(m[1])) + m[2]!;
    out.push(prev);
  }
  return out;
}

/** Build look-up structures from stored data. */
export function loadLexicon(data: LexiconData): Lexicon {
  if (data.format !== 'dropfeed-lexicon/2' && data.format !== 'dropfeed-lexicon/3') throw new Error(`unknown lexicon format: ${String(data.format)}`);
  const coded = data.format === 'dropfeed-lexicon/3' ? unpackText(data.packedTerms ?? '') : data.terms ?? '';
  const terms = decodeTerms(coded);
  const bits = textToBytes(data.common);
  const df = new Map<string, number>();
  const common = new Set<string>();
  let t = 0;
  for (let r = 0; r + 1 < data.dfRuns.length; r += 2) {
    for (let c = 0; c < data.dfRuns[r + 1]! && t < terms.length; c++, t++) df.set(terms[t]!, data.dfRuns[r]!);
  }
  terms.forEach((term, i) => {
    if (!df.has(term)) df.set(term, 1);
    if (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) common.add(term);
  });
  const N = data.docs;
  const maxIdf = Math.log((N + 1) / 1) + 1;
  return {
    docs: N,
    idf: (term) => {
      const d = df.get(term.toLowerCase());
      return d === undefined ? maxIdf : Math.log((N + 1) / (d + 1)) + 1;
    },
    isCommon: (word) => common.has(word.toLowerCase()),
    has: (word) => df.has(word.toLowerCase()),
  };
}

const LEX_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * Count document frequencies and capitalisation over a corpus of plain texts. Terms seen in fewer
 * than `minDf` documents are dropped to keep the table small.
 */
export function buildLexicon(texts: Iterable<string>, minDf = 3, notes?: string): LexiconData {
  const df = new Map<string, number>();
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  // Mid-sentence capitalised and lowercase uses in texts written in mixed case, outside title-case headlines.
  const properUpper = new Map<string, number>();
  const properLower = new Map<string, number>();
  // Lowercase uses in texts written in mixed case (headlines included): a lower-cased corpus writes every name small.
  const casedLower = new Map<string, number>();
  let docs = 0;
  for (const text of texts) {
    docs++;
    const seen = new Set<string>();
    // Some corpora lower-case whole texts, and headlines capitalise every word: neither says how a name is written.
    const caseless = text === text.toLowerCase();
    for (const sentence of text.split(/(?<=[.!?])\s+|\s+[-–—]\s+|\s\.\s/)) {
      const words = [...sentence.matchAll(LEX_WORD)].map((m) => m[0]);
      const long = words.filter((w) => w.length >= 4);
      const titleCase = long.length >= 3 && long.filter((w) => w !== w.toLowerCase()).length >= 0.6 * long.length;
      let first = true;
      for (const w of words) {
        const lw = w.toLowerCase();
        seen.add(lw);
        if (!first) {
          if (w === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
          else upper.set(lw, (upper.get(lw) ?? 0) + 1);
          if (w === lw && !caseless) casedLower.set(lw, (casedLower.get(lw) ?? 0) + 1);
          if (!caseless && !titleCase) {
            const proper = w === lw ? properLower : properUpper;
            proper.set(lw, (proper.get(lw) ?? 0) + 1);
          }
        }
        first = false;
      }
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const kept = [...df].filter(([, d]) => d >= minDf).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let coded = '';
  let prev = '';
  for (const [t] of kept) {
    let p = 0;
    while (p < 9 && p < t.length && p < prev.length && t[p] === prev[p]) p++;
    coded += `${p}${t.slice(p)}`;
    prev = t;
  }
  const dfRuns: number[] = [];
  for (const [, d] of kept) {
    if (dfRuns.length > 0 && dfRuns[dfRuns.length - 2] === d) dfRuns[dfRuns.length - 1]!++;
    else dfRuns.push(d, 1);
  }
  const bits = new Uint8Array(Math.ceil(kept.length / 8));
  kept.forEach(([t], i) => {
    // A name the corpus sometimes lower-cases ("shah", "abbas" in lower-cased texts) is still a name
    // when mixed-case prose nearly always capitalises it.
    const capitalisedInProse = (properUpper.get(t) ?? 0) >= 3 && 5 * (properLower.get(t) ?? 0) <= (properUpper.get(t) ?? 0);
    // A word no mixed-case text writes small ("hattiesburg", seen lower-cased and in a dateline's capitals) is a name.
    const writtenSmall = (casedLower.get(t) ?? 0) > 0;
    if ((lower.get(t) ?? 0) >= (upper.get(t) ?? 0) && !capitalisedInProse && writtenSmall) bits[i >> 3]! |= 1 << (i & 7);
  });
  return {
    format: 'dropfeed-lexicon/3',
    docs,
    packedTerms: packText(coded),
    dfRuns,
    common: bytesToText(bits),
    ...(notes ? { notes } : {}),
  };
}
