/**
 * Text normalisation and hashed feature extraction shared by training and inference, so a model
 * always sees features built exactly the way it was trained on.
 */

/** Feature-extraction settings stored with a model. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  hashBits: number;
  /** Word n-gram orders to emit (1 = unigrams, 2 = bigrams, …). */
  wordNgrams: number[];
  /** Character n-gram orders taken inside each word (with boundary marks); empty for none. */
  charNgrams: number[];
  /** At inference, how many body words follow the title. */
  maxBodyWords: number;
  /**
   * Also hash the title's word n-grams (the text before the first ` . `, which is how both AG News
   * items and {@link topicText} join title and body) into their own namespace, for corpora whose
   * headlines are reliably present.
   */
  titleWords?: boolean;
  /** Also hash case-preserved tokens that carry a capital (names, acronyms) into their own namespace. */
  caseWords?: boolean;
  /** Also hash word pairs one word apart ("troops … border") into their own namespace. */
  skipBigrams?: boolean;
  /** Weight of each character n-gram relative to a word feature (default 1). */
  charWeight?: number;
}

const ENTITY_RESIDUE: [RegExp, string][] = [
  // AG News carries half-decoded entities ("#39;", "quot;", "\$"); cleaned articles may carry real ones.
  // The dataset wrote "Messier's" as "Messier #39;s": the space is an artefact too.
  [/ ?&?#39;/g, "'"],
  [/&?#36;/g, '$'],
  [/&?#151;|&?#150;/g, ' - '],
  [/&quot;|\bquot;/g, '"'],
  [/&lt;|\blt;/g, '<'],
  [/&gt;|\bgt;/g, '>'],
  [/&amp;|\bamp;/g, '&'],
  [/&nbsp;/g, ' '],
  [/&#\d+;/g, ' '],
  [/\\\$/g, '$'],
  [/\\/g, ' '],
];

/** Undo the entity residue and markup fragments found in scraped or dataset text. */
export function normalizeText(text: string): string {
  let s = text;
  for (const [re, to] of ENTITY_RESIDUE) s = s.replace(re, to);
  // Inline tags left as text (`<A HREF=...>GOOG.OQ</A>`, `<b>...</b>`).
  s = s.replace(/<[^>]{0,300}>/g, ' ');
  return s;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;

/** Lowercased word tokens; possessive `'s` dropped, inner punctuation of acronyms and numbers kept. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).toLowerCase().matchAll(WORD_RE)) {
    let w = m[0];
    w = w.replace(/['’]s$/u, '');
    // Digits carry little topical signal one by one; their shape does ("$1.35" vs "2004").
    if (/\d/.test(w)) w = w.replace(/\d/g, '0');
    if (w) out.push(w);
  }
  return out;
}

/** 32-bit FNV-1a over UTF-16 code units: fast, deterministic, no dependency. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so low bits (used as bucket index) depend on every character.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A sparse feature vector: parallel arrays of bucket indices and values; the last entry is the bias. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** Where the title ends in a `title . body` text, or -1 when there is no such separator early on. */
function titleEnd(text: string): number {
  const cut = text.indexOf(' . ');
  return cut > 0 && cut <= 300 ? cut : -1;
}

/**
 * Hash a text's features into a sparse vector of sublinear counts (1 + ln tf), weighted by `idf`
 * when given, then L2-normalised so a long text weighs no more than a short one.
 */
export function featurizeText(text: string, cfg: FeatureConfig, idf?: ArrayLike<number>): SparseVector {
  return featurize(tokenize(text), cfg, idf, text);
}

/**
 * Like {@link featurizeText} on already tokenised text; `raw` (the text the tokens came from) is
 * needed for the title and case namespaces.
 */
export function featurize(tokens: readonly string[], cfg: FeatureConfig, idf?: ArrayLike<number>, raw = ''): SparseVector {
  const mask = (1 << cfg.hashBits) - 1;
  const counts = new Map<number, number>();
  const add = (key: string, salt: number, w = 1): void => {
    const b = hashString(key, salt) & mask;
    counts.set(b, (counts.get(b) ?? 0) + w);
  };
  const ngrams = (toks: readonly string[], salt: number): void => {
    for (const n of cfg.wordNgrams) {
      for (let i = 0; i + n <= toks.length; i++) add(n === 1 ? toks[i]! : toks.slice(i, i + n).join(' '), salt + n);
    }
  };
  ngrams(tokens, 0x811c9dc5);
  if (cfg.skipBigrams) for (let i = 0; i + 2 < tokens.length; i++) add(`${tokens[i]!} ${tokens[i + 2]!}`, 0x510e527f);
  if (cfg.titleWords && raw) {
    const cut = titleEnd(raw);
    if (cut > 0) ngrams(tokenize(raw.slice(0, cut)), 0x3c6ef372);
  }
  if (cfg.caseWords && raw) {
    for (const m of normalizeText(raw).matchAll(WORD_RE)) {
      const w = m[0].replace(/['’]s$/u, '');
      if (w !== w.toLowerCase()) add(w, 0xa54ff53a);
    }
  }
  if (cfg.charNgrams.length > 0) {
    const cw = cfg.charWeight ?? 1;
    for (const t of tokens) {
      const w = `<${t}>`;
      for (const n of cfg.charNgrams) {
        if (w.length <= n) continue;
        for (let i = 0; i + n <= w.length; i++) add(w.slice(i, i + n), 0x9e3779b1 + n, cw);
      }
    }
  }
  const idx = new Int32Array(counts.size + 1);
  const val = new Float32Array(counts.size + 1);
  let k = 0;
  let norm = 0;
  for (const [b, c] of counts) {
    // Sublinear in the count; fractional counts (down-weighted character n-grams) scale linearly.
    const v = (c >= 1 ? 1 + Math.log(c) : c) * (idf ? idf[b]! : 1);
    idx[k] = b;
    val[k] = v;
    norm += v * v;
    k++;
  }
  // Bias bucket: index `mask + 1` sits just past the hashed range.
  idx[k] = mask + 1;
  val[k] = 1;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < k; i++) val[i] = val[i]! / norm;
  return { idx, val };
}

/** The text a topic model reads from an article: the title, then the first `maxWords` body words. */
export function topicText(title: string, body: string, maxWords: number): string {
  const words = body.split(/\s+/).filter(Boolean);
  const lead = words.slice(0, maxWords).join(' ');
  return title ? `${title} . ${lead}` : lead;
}
