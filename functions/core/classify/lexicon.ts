/**
 * Word statistics from a news corpus: document frequencies (for keyword IDF) and which words are
 * ordinary lowercase words (so a capitalised "According" at a sentence start is not a name).
 */

/** The stored form: parallel, compact fields so the file stays small. */
export interface LexiconData {
  format: 'dropfeed-lexicon/1';
  /** Number of documents the counts come from. */
  docs: number;
  /** Space-separated lowercase terms. */
  terms: string;
  /** Document frequency of each term, same order as `terms`. */
  df: number[];
  /** One char per term: `1` when the term is mostly written lowercase mid-sentence (a common word). */
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
}

/** Build look-up structures from stored data. */
export function loadLexicon(data: LexiconData): Lexicon {
  const terms = data.terms.split(' ');
  const df = new Map<string, number>();
  const common = new Set<string>();
  terms.forEach((t, i) => {
    df.set(t, data.df[i] ?? 1);
    if (data.common[i] === '1') common.add(t);
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
  let docs = 0;
  for (const text of texts) {
    docs++;
    const seen = new Set<string>();
    for (const sentence of text.split(/(?<=[.!?])\s+|\s+[-–—]\s+|\s\.\s/)) {
      let first = true;
      for (const m of sentence.matchAll(LEX_WORD)) {
        const w = m[0];
        const lw = w.toLowerCase();
        seen.add(lw);
        if (!first) {
          if (w === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
          else upper.set(lw, (upper.get(lw) ?? 0) + 1);
        }
        first = false;
      }
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const kept = [...df].filter(([, d]) => d >= minDf).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    format: 'dropfeed-lexicon/1',
    docs,
    terms: kept.map(([t]) => t).join(' '),
    df: kept.map(([, d]) => d),
    common: kept.map(([t]) => ((lower.get(t) ?? 0) >= (upper.get(t) ?? 0) ? '1' : '0')).join(''),
    ...(notes ? { notes } : {}),
  };
}
