/**
 * fastText-style topic-model experiments (Joulin et al. 2016, "Bag of Tricks"): hashed word
 * n-grams → dense d-dimensional embeddings, weighted-averaged per text, → linear softmax layer,
 * trained by plain SGD with a linearly decaying learning rate; alone and added to the shipped
 * linear ensemble (LR + NB + NB-SVM over hashed TF-IDF, as `trainTopicModel` builds it).
 *
 * Protocol (copied from bench/topic-experiments.ts): the held-out split is
 * `splitIndices(rows.length, 0.1, DEFAULT_SEED).valIdx`; an inner split of the training part
 * (seeded shuffle with makeRng(7), 10 % inner validation) is where every hyper-parameter and the
 * ensemble weight λ are chosen. Held-out accuracy of those inner-trained models is printed
 * alongside, never used to choose. At the end the chosen recipe is refitted on the whole training
 * part (as the trainer would ship it) and scored once on the held-out split.
 *
 *   npx tsx bench/topic-fasttext.ts [variant …] [--cache dir] [--no-final] [--csv path]
 *
 * Variants are named `<feat>-d<dim>-lr<lr>-ep<epochs>[-s<seeds>][-h<hidden>][-ls<ε>]`, e.g.
 * `A18-d16-lr0.25-ep5` (see `parseVariant`, `bagOfText`); with none, the default grid runs (about
 * 5 minutes on 2 cores). `--cache dir` keeps the linear ensemble's float weights between runs;
 * without it nothing is written. `--no-final` skips the refit on the whole training part.
 *
 * Combination: score = s_lin + λ · s_ft, where s_lin are the linear ensemble's logits and s_ft the
 * fastText logits. Adding λ · log-softmax(s_ft) instead picks the same arg-max (log-softmax only
 * subtracts a per-text constant), so λ is the one knob; it is chosen on the inner split.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurizeText, hashString, normalizeText, tokenize, type FeatureConfig, type SparseVector } from '../functions/core/classify/features.js';
import { quantizeIdf, quantizeWeights, softmaxInPlace } from '../functions/core/classify/model.js';
import {
  applyIdf,
  DEFAULT_FEATURES,
  DEFAULT_IDF_LEVELS,
  DEFAULT_MIX,
  DEFAULT_PRUNE,
  DEFAULT_SEED,
  makeRng,
  trainNaiveBayes,
  trainNbLogistic,
  trainWeights,
} from '../functions/core/classify/train.js';
import { int8Bytes, packedSize } from './lib/packed-size.js';
import { loadTopicSplits } from './lib/topic-splits.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const csvPath = resolve(opt('--csv') ?? join(root, '../shared/data/agnews/train_pool.csv'));
const cacheDir = opt('--cache');
const noFinal = argv.includes('--no-final');
const wanted = argv.filter((a, i) => !a.startsWith('--') && !['--csv', '--cache'].includes(argv[i - 1] ?? ''));

// ---------------------------------------------------------------------------------------------
// Data and splits (exactly as bench/topic-experiments.ts)
// ---------------------------------------------------------------------------------------------
const { rows, names, trainIdx, valIdx, innerTrain, innerVal } = loadTopicSplits(csvPath);
const K = names.length;
const labelsOf = (ids: readonly number[]): Int32Array => Int32Array.from(ids, (i) => names.indexOf(rows[i]!.label));
const pct = (a: number): string => (Number.isNaN(a) ? '  —  ' : (a * 100).toFixed(2));
const secs = (t0: number): string => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
console.log(`${rows.length} rows; train part ${trainIdx.length} (inner train ${innerTrain.length}, inner val ${innerVal.length}); held-out ${valIdx.length}`);

function shuffleInPlace(xs: Int32Array, rng: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = t;
  }
}

/** Buckets that occur in the training bags: the others keep their initial weights and are dropped. */
function seenBuckets(data: Bags, B: number): Uint8Array {
  const seen = new Uint8Array(B);
  for (const b of data.ids) seen[b] = 1;
  return seen;
}

/** fastText's schedule: `epochs` shuffled passes, the learning rate decaying linearly to 0 over all steps. */
function sgdSteps(n: number, epochs: number, lr0: number, rng: () => number, step: (i: number, lr: number) => void): void {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const total = epochs * n;
  let t = 0;
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rng);
    for (let oi = 0; oi < n; oi++) step(order[oi]!, lr0 * (1 - t++ / total));
  }
}

/** h = the weighted sum of bag `i`'s embedding rows; with `seen`, rows never seen in training count as zero. */
function embedBag(data: Bags, i: number, E: Float32Array, d: number, h: Float32Array, seen?: Uint8Array): void {
  h.fill(0);
  for (let j = data.off[i]!; j < data.off[i + 1]!; j++) {
    if (seen && !seen[data.ids[j]!]) continue;
    const w = data.wts[j]!;
    const base = data.ids[j]! * d;
    for (let c = 0; c < d; c++) h[c]! += w * E[base + c]!;
  }
}

/** Adds the gradient `gh` of bag `i`'s embedding back to its rows, by weight. */
function updateBag(data: Bags, i: number, E: Float32Array, d: number, gh: Float32Array): void {
  for (let j = data.off[i]!; j < data.off[i + 1]!; j++) {
    const w = data.wts[j]!;
    const base = data.ids[j]! * d;
    for (let c = 0; c < d; c++) E[base + c]! += w * gh[c]!;
  }
}


// ---------------------------------------------------------------------------------------------
// The shipped linear ensemble, rebuilt step by step as trainTopicModel does (float weights kept,
// so a fastText table can be added before quantisation).
// ---------------------------------------------------------------------------------------------
const cfg: FeatureConfig = { ...DEFAULT_FEATURES };
const dim = (1 << cfg.hashBits) + 1;
const dequant = (t: { step: number; q: Uint8Array }): Float32Array => Float32Array.from(t.q, (v) => v * t.step);

interface Linear {
  /** Float weights, feature-major `w[b * K + k]`, LR + NB + NB-SVM with DEFAULT_MIX. */
  w: Float32Array;
  /** Raw IDF from the training texts. */
  idfRaw: Float32Array;
}

function trainLinear(ids: readonly number[], tag: string): Linear {
  const wPath = cacheDir ? join(cacheDir, `linear-${tag}-w.f32`) : '';
  const iPath = cacheDir ? join(cacheDir, `linear-${tag}-idf.f32`) : '';
  if (cacheDir && existsSync(wPath) && existsSync(iPath)) {
    const rd = (p: string): Float32Array => {
      const b = readFileSync(p);
      return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    };
    console.log(`linear ensemble (${tag}): from cache ${cacheDir}`);
    return { w: rd(wPath), idfRaw: rd(iPath) };
  }
  const t0 = Date.now();
  const raw = ids.map((i) => featurizeText(rows[i]!.text, cfg));
  const df = new Float32Array(dim);
  for (const x of raw) for (let j = 0; j < x.idx.length - 1; j++) df[x.idx[j]!]!++;
  const N = raw.length;
  const idfRaw = new Float32Array(dim);
  for (let b = 0; b < dim; b++) idfRaw[b] = Math.log((N + 1) / (df[b]! + 1)) + 1;
  const xs = applyIdf(raw, dequant(quantizeIdf(idfRaw, DEFAULT_IDF_LEVELS)));
  const ys = [...labelsOf(ids)];
  const sgd = { epochs: 20, learningRate: 4, seed: DEFAULT_SEED };
  const [mLr, mNb, mSv] = DEFAULT_MIX;
  const wLr = trainWeights(xs, ys, K, cfg, sgd);
  const nb = trainNaiveBayes(xs, ys, K, dim, 0.1);
  const wSv = trainNbLogistic(xs, ys, K, cfg, nb.counts, { ...sgd, epochs: Math.max(3, Math.round(sgd.epochs / 2)), learningRate: sgd.learningRate / 2 });
  const w = new Float32Array(dim * K);
  for (let p = 0; p < w.length; p++) w[p] = mLr * wLr[p]! + mNb * nb.w[p]! + mSv * wSv[p]!;
  console.log(`linear ensemble (${tag}): trained in ${secs(t0)}`);
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(wPath, new Uint8Array(w.buffer));
    writeFileSync(iPath, new Uint8Array(idfRaw.buffer));
  }
  return { w, idfRaw };
}

/** A model in the shipped on-disk form: int8 weights (global scale, pruned), 32-level IDF with dead buckets collapsed. */
interface Packed {
  q: Int8Array;
  scale: number;
  idfQ: { step: number; q: Uint8Array };
  idf: Float32Array;
  /** Deflated bytes (weights + IDF) and the JSON size (base64 of both). */
  kb: number;
  jsonKB: number;
}

function pack(w: Float32Array, idfRaw: Float32Array, prune = DEFAULT_PRUNE): Packed {
  const { q, scale } = quantizeWeights(w, prune);
  const live = (b: number): boolean => {
    for (let k = 0; k < K; k++) if (q[b * K + k] !== 0) return true;
    return false;
  };
  const idfQ = quantizeIdf(idfRaw, DEFAULT_IDF_LEVELS, live);
  const weightSize = packedSize(int8Bytes(q));
  const idfSize = packedSize(idfQ.q);
  return { q, scale, idfQ, idf: dequant(idfQ), kb: weightSize.kb + idfSize.kb, jsonKB: weightSize.jsonKB + idfSize.jsonKB };
}

/** Logits of a packed (int8) linear model on texts, featurised with its IDF. */
function linearLogits(m: { q: Int8Array | Float32Array; scale: number; idf: Float32Array }, ids: readonly number[]): Float32Array {
  const out = new Float32Array(ids.length * K);
  ids.forEach((r, n) => {
    const x = featurizeText(rows[r]!.text, cfg, m.idf);
    for (let i = 0; i < x.idx.length; i++) {
      const base = x.idx[i]! * K;
      const v = x.val[i]!;
      for (let k = 0; k < K; k++) out[n * K + k]! += m.q[base + k]! * v;
    }
  });
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * m.scale;
  return out;
}

function accuracy(logits: Float32Array, ys: Int32Array, other?: Float32Array, lambda = 0): number {
  let ok = 0;
  for (let n = 0; n < ys.length; n++) {
    let best = 0;
    let bestV = -Infinity;
    for (let k = 0; k < K; k++) {
      const v = logits[n * K + k]! + (other ? lambda * other[n * K + k]! : 0);
      if (v > bestV) {
        bestV = v;
        best = k;
      }
    }
    if (best === ys[n]) ok++;
  }
  return ys.length ? ok / ys.length : 0;
}

// ---------------------------------------------------------------------------------------------
// fastText
// ---------------------------------------------------------------------------------------------
/** Texts as CSR rows of (bucket, weight). */
interface Bags {
  off: Int32Array;
  ids: Int32Array;
  wts: Float32Array;
}

/**
 * How a text becomes a bag of buckets:
 *  - `A<bits>`: fastText's own input: lowercased tokens (tokenize()), every unigram and bigram
 *    occurrence hashed into 2^bits buckets, each weighted 1/n (the mean of the embeddings);
 *  - `C<bits>`: as A plus the case-preserved capitalised words of the shipped features;
 *  - `S`: the shipped model's own feature vector (2^18 buckets, case words, sublinear TF ×
 *    quantised IDF, L2-normalised, bias bucket) — so the fastText table folds into the shipped
 *    weight table and inference needs no second featurisation.
 */
type FeatKind = { kind: 'A' | 'C'; bits: number } | { kind: 'S' };

const UNI = 0x1b873593;
const BI = 0xcc9e2d51;
const CASE = 0xa54ff53a;
const WORD_RE = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;

function bagOfText(text: string, f: FeatKind, idf: Float32Array | null, ids: number[], wts: number[]): void {
  if (f.kind === 'S') {
    const x = featurizeText(text, cfg, idf ?? undefined);
    for (let i = 0; i < x.idx.length; i++) {
      ids.push(x.idx[i]!);
      wts.push(x.val[i]!);
    }
    return;
  }
  const mask = (1 << f.bits) - 1;
  const toks = tokenize(text);
  const start = ids.length;
  for (let i = 0; i < toks.length; i++) {
    ids.push(hashString(toks[i]!, UNI) & mask);
    if (i + 1 < toks.length) ids.push(hashString(`${toks[i]!} ${toks[i + 1]!}`, BI) & mask);
  }
  if (f.kind === 'C') {
    for (const m of normalizeText(text).matchAll(WORD_RE)) {
      const w = m[0].replace(/['’]s$/u, '');
      if (w !== w.toLowerCase()) ids.push(hashString(w, CASE) & mask);
    }
  }
  const n = ids.length - start;
  for (let i = 0; i < n; i++) wts.push(1 / Math.max(1, n));
}

function bags(texts: readonly string[], f: FeatKind, idf: Float32Array | null): Bags {
  const off = new Int32Array(texts.length + 1);
  const ids: number[] = [];
  const wts: number[] = [];
  texts.forEach((t, n) => {
    bagOfText(t, f, idf, ids, wts);
    off[n + 1] = ids.length;
  });
  return { off, ids: Int32Array.from(ids), wts: Float32Array.from(wts) };
}

const bucketsOf = (f: FeatKind): number => (f.kind === 'S' ? dim : 1 << f.bits);

interface FtOptions {
  d: number;
  lr: number;
  epochs: number;
  seed: number;
  /** Label smoothing ε: the target is (1 − ε) on the gold class plus ε / K on every class. */
  smooth: number;
}

interface FtModel {
  E: Float32Array; // buckets × d
  O: Float32Array; // K × d
  seen: Uint8Array; // bucket occurred in training
}

/** fastText supervised training: uniform(±1/d) input init, zero output init, SGD, lr decaying linearly to 0. */
function trainFastText(data: Bags, ys: Int32Array, B: number, o: FtOptions): FtModel {
  const { d } = o;
  const rng = makeRng(o.seed);
  const E = new Float32Array(B * d);
  for (let i = 0; i < E.length; i++) E[i] = (rng() * 2 - 1) / d;
  const O = new Float32Array(K * d);
  const seen = seenBuckets(data, B);
  const h = new Float32Array(d);
  const gh = new Float32Array(d);
  const z = new Float64Array(K);
  sgdSteps(ys.length, o.epochs, o.lr, rng, (i, lr) => {
    embedBag(data, i, E, d, h);
    for (let k = 0; k < K; k++) {
      let s = 0;
      const ob = k * d;
      for (let c = 0; c < d; c++) s += O[ob + c]! * h[c]!;
      z[k] = s;
    }
    softmaxInPlace(z);
    const y = ys[i]!;
    gh.fill(0);
    for (let k = 0; k < K; k++) {
      const g = lr * ((k === y ? 1 - o.smooth : 0) + o.smooth / K - z[k]!);
      const ob = k * d;
      for (let c = 0; c < d; c++) {
        gh[c]! += g * O[ob + c]!;
        O[ob + c]! += g * h[c]!;
      }
    }
    updateBag(data, i, E, d, gh);
  });
  return { E, O, seen };
}

/**
 * The model folded into a per-bucket class table: with no non-linearity, logits = Σ w_j E[id_j] Oᵀ
 * = Σ w_j T[id_j] with T = E Oᵀ (buckets × K). Buckets never seen in training are zeroed (they
 * only hold their random initialisation).
 */
function fold(m: FtModel, B: number, d: number): Float32Array {
  const T = new Float32Array(B * K);
  for (let b = 0; b < B; b++) {
    if (!m.seen[b]) continue;
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += m.E[b * d + c]! * m.O[k * d + c]!;
      T[b * K + k] = s;
    }
  }
  return T;
}

function tableLogits(T: Float32Array | Int8Array, scale: number, data: Bags): Float32Array {
  const n = data.off.length - 1;
  const out = new Float32Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let j = data.off[i]!; j < data.off[i + 1]!; j++) {
      const w = data.wts[j]! * scale;
      const base = data.ids[j]! * K;
      for (let k = 0; k < K; k++) out[i * K + k]! += w * T[base + k]!;
    }
  }
  return out;
}

/** Logits straight from the (optionally int8-quantised) embedding table, unseen rows zeroed. */
function embedLogits(m: FtModel, d: number, data: Bags, int8: boolean): { logits: Float32Array; kb: number } {
  const { E, kb: embKB } = inferenceTable(m.E, m.seen, d, int8);
  const kb = int8 ? embKB + (K * d * 4) / 1024 : 0;
  const n = data.off.length - 1;
  const out = new Float32Array(n * K);
  const h = new Float32Array(d);
  for (let i = 0; i < n; i++) {
    embedBag(data, i, E, d, h, m.seen);
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += m.O[k * d + c]! * h[c]!;
      out[i * K + k] = s;
    }
  }
  return { logits: out, kb };
}

/** fastText with a tanh hidden layer between the averaged embedding and the softmax (not foldable). */
interface MlpModel {
  E: Float32Array; // buckets × d
  W1: Float32Array; // H × d
  b1: Float32Array; // H
  W2: Float32Array; // K × H
  b2: Float32Array; // K
  seen: Uint8Array;
  d: number;
  H: number;
}

function trainMlp(data: Bags, ys: Int32Array, B: number, o: FtOptions, H: number): MlpModel {
  const { d } = o;
  const rng = makeRng(o.seed);
  const E = new Float32Array(B * d);
  for (let i = 0; i < E.length; i++) E[i] = (rng() * 2 - 1) / d;
  const W1 = new Float32Array(H * d);
  const r1 = Math.sqrt(6 / (d + H));
  for (let i = 0; i < W1.length; i++) W1[i] = (rng() * 2 - 1) * r1;
  const b1 = new Float32Array(H);
  const W2 = new Float32Array(K * H);
  const b2 = new Float32Array(K);
  const seen = seenBuckets(data, B);
  const h = new Float32Array(d);
  const a = new Float32Array(H);
  const ga = new Float32Array(H);
  const gh = new Float32Array(d);
  const z = new Float64Array(K);
  sgdSteps(ys.length, o.epochs, o.lr, rng, (i, lr) => {
    embedBag(data, i, E, d, h);
    for (let u = 0; u < H; u++) {
      let s = b1[u]!;
      for (let c = 0; c < d; c++) s += W1[u * d + c]! * h[c]!;
      a[u] = Math.tanh(s);
    }
    for (let k = 0; k < K; k++) {
      let s = b2[k]!;
      for (let u = 0; u < H; u++) s += W2[k * H + u]! * a[u]!;
      z[k] = s;
    }
    softmaxInPlace(z);
    const y = ys[i]!;
    ga.fill(0);
    for (let k = 0; k < K; k++) {
      const g = lr * ((k === y ? 1 - o.smooth : 0) + o.smooth / K - z[k]!);
      for (let u = 0; u < H; u++) {
        ga[u]! += g * W2[k * H + u]!;
        W2[k * H + u]! += g * a[u]!;
      }
      b2[k]! += g;
    }
    gh.fill(0);
    for (let u = 0; u < H; u++) {
      const g = ga[u]! * (1 - a[u]! * a[u]!);
      for (let c = 0; c < d; c++) {
        gh[c]! += g * W1[u * d + c]!;
        W1[u * d + c]! += g * h[c]!;
      }
      b1[u]! += g;
    }
    updateBag(data, i, E, d, gh);
  });
  return { E, W1, b1, W2, b2, seen, d, H };
}

/** The embedding table inference reads: as trained, or int8 with the packed size of its bytes in KB. */
function inferenceTable(E: Float32Array, seen: Uint8Array, d: number, int8: boolean): { E: Float32Array; kb: number } {
  if (!int8) return { E, kb: 0 };
  const eq = quantEmb(E, seen, d);
  return { E: eq.Ef, kb: packedSize(int8Bytes(eq.q)).kb };
}

/** int8 embedding table (one scale over the rows seen in training; unseen rows zero). */
function quantEmb(E: Float32Array, seen: Uint8Array, d: number): { q: Int8Array; scale: number; Ef: Float32Array } {
  let maxAbs = 0;
  for (let b = 0; b < seen.length; b++) if (seen[b]) for (let c = 0; c < d; c++) maxAbs = Math.max(maxAbs, Math.abs(E[b * d + c]!));
  const scale = maxAbs / 127;
  const q = new Int8Array(E.length);
  const Ef = new Float32Array(E.length);
  for (let b = 0; b < seen.length; b++) {
    if (!seen[b]) continue;
    for (let c = 0; c < d; c++) {
      const v = Math.round(E[b * d + c]! / scale);
      q[b * d + c] = v;
      Ef[b * d + c] = v * scale;
    }
  }
  return { q, scale, Ef };
}

/** Log-softmax outputs of an MLP model (optionally with int8 embeddings), and the packed size of its int8 tables. */
function mlpLogits(m: MlpModel, data: Bags, int8: boolean): { logits: Float32Array; kb: number } {
  const { d, H } = m;
  const { E, kb: embKB } = inferenceTable(m.E, m.seen, d, int8);
  const kb = int8 ? embKB + ((H * d + H + K * H + K) * 4) / 1024 : 0;
  const n = data.off.length - 1;
  const out = new Float32Array(n * K);
  const h = new Float32Array(d);
  const a = new Float32Array(H);
  for (let i = 0; i < n; i++) {
    embedBag(data, i, E, d, h, m.seen);
    for (let u = 0; u < H; u++) {
      let s = m.b1[u]!;
      for (let c = 0; c < d; c++) s += m.W1[u * d + c]! * h[c]!;
      a[u] = Math.tanh(s);
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) {
      let s = m.b2[k]!;
      for (let u = 0; u < H; u++) s += m.W2[k * H + u]! * a[u]!;
      out[i * K + k] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(out[i * K + k]! - max);
    for (let k = 0; k < K; k++) out[i * K + k] = out[i * K + k]! - max - Math.log(sum);
  }
  return { logits: out, kb };
}

// ---------------------------------------------------------------------------------------------
// Variants
// ---------------------------------------------------------------------------------------------
interface Variant {
  name: string;
  feat: FeatKind;
  ft: FtOptions;
  seeds: number;
  /** Width of a tanh hidden layer between the averaged embedding and the softmax (0: plain fastText). */
  hidden: number;
}

function parseFeat(s: string): FeatKind {
  if (s === 'S') return { kind: 'S' };
  const m = /^([AC])(\d+)$/.exec(s);
  if (!m) throw new Error(`bad feature kind ${s}`);
  return { kind: m[1] as 'A' | 'C', bits: Number(m[2]) };
}

function parseVariant(name: string): Variant {
  const m = /^([ACS]\d*)-d(\d+)-lr([\d.]+)-ep(\d+)(?:-s(\d+))?(?:-h(\d+))?(?:-ls([\d.]+))?$/.exec(name);
  if (!m) throw new Error(`bad variant name ${name} (want e.g. A18-d16-lr0.25-ep5, S-d16-lr1-ep5-s3, A18-d16-lr0.1-ep5-h32 or C18-d16-lr0.25-ep5-ls0.1)`);
  return {
    name,
    feat: parseFeat(m[1]!),
    ft: { d: Number(m[2]), lr: Number(m[3]), epochs: Number(m[4]), seed: DEFAULT_SEED, smooth: Number(m[7] ?? 0) },
    seeds: Number(m[5] ?? 1),
    hidden: Number(m[6] ?? 0),
  };
}

const DEFAULT_GRID = [
  // fastText's own input (mean of uni+bigram embeddings), 2^18 buckets: dimension, learning rate, epochs.
  'A18-d10-lr0.1-ep5',
  'A18-d10-lr0.1-ep10',
  'A18-d10-lr0.25-ep5',
  'A18-d10-lr0.25-ep10',
  'A18-d10-lr0.5-ep5',
  'A18-d16-lr0.25-ep5',
  'A18-d16-lr0.5-ep10',
  'A18-d32-lr0.25-ep5',
  'A18-d64-lr0.25-ep5',
  'A18-d16-lr0.25-ep5-s5',
  // more buckets (fewer collisions), capitalised words, label smoothing.
  'A20-d16-lr0.25-ep5',
  'A22-d10-lr0.25-ep5',
  'C18-d16-lr0.25-ep5',
  'C20-d16-lr0.25-ep5',
  'C18-d16-lr0.25-ep5-ls0.1',
  'C18-d16-lr0.25-ep10-ls0.2',
  // the shipped TF-IDF vector as input (foldable into the shipped table); lr 1 diverges.
  'S-d16-lr0.25-ep5',
  'S-d16-lr0.25-ep10',
  'S-d16-lr0.5-ep5',
  'S-d16-lr1-ep5',
  'S-d16-lr0.5-ep5-s5',
  'S-d16-lr0.25-ep5-ls0.1',
  // a tanh hidden layer (not foldable).
  'A18-d16-lr0.1-ep5-h32',
  'A18-d16-lr0.25-ep5-h32',
  'C18-d32-lr0.1-ep5-h64',
  'S-d16-lr0.1-ep5-h32',
  'S-d32-lr0.2-ep5-h64',
];
const variants = (wanted.length ? wanted : DEFAULT_GRID).map(parseVariant);
const LAMBDAS = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 7, 10, 15, 20, 30, 50];

/** Train `seeds` models (seed, seed+1, …) and average their folded tables (equal to averaging their logits). */
function trainFolded(v: Variant, train: Bags, ys: Int32Array): { T: Float32Array; first: FtModel } {
  const B = bucketsOf(v.feat);
  const T = new Float32Array(B * K);
  let first: FtModel | null = null;
  for (let s = 0; s < v.seeds; s++) {
    const m = trainFastText(train, ys, B, { ...v.ft, seed: v.ft.seed + s });
    first ??= m;
    const t = fold(m, B, v.ft.d);
    for (let i = 0; i < T.length; i++) T[i]! += t[i]! / v.seeds;
  }
  return { T, first: first! };
}

function chooseLambda(lin: Float32Array, ft: Float32Array, ys: Int32Array): { lambda: number; acc: number } {
  let best = { lambda: 0, acc: -1 };
  for (const lambda of LAMBDAS) {
    const acc = accuracy(lin, ys, ft, lambda);
    if (acc > best.acc + 1e-9) best = { lambda, acc };
  }
  return best;
}

function quantTable(T: Float32Array, prune: number): { q: Int8Array; scale: number; kb: number } {
  const { q, scale } = quantizeWeights(T, prune);
  return { q, scale, kb: packedSize(int8Bytes(q)).kb };
}

// ---------------------------------------------------------------------------------------------
// Inner-split runs: every variant; λ chosen on the inner validation split
// ---------------------------------------------------------------------------------------------
const tAll = Date.now();
const linInner = trainLinear(innerTrain, 'inner');
const linInnerPacked = pack(linInner.w, linInner.idfRaw);
const ivy = labelsOf(innerVal);
const hvy = labelsOf(valIdx);
const linIv = linearLogits(linInnerPacked, innerVal);
const linHv = linearLogits(linInnerPacked, valIdx);
const table: string[] = [];
const row = (variant: string, what: string, inner: number, held: number, extra = ''): void => {
  const line = `${variant.padEnd(24)} ${what.padEnd(34)} inner ${pct(inner)}  held-out ${pct(held)}${extra ? '  ' + extra : ''}`;
  table.push(line);
  console.log(line);
};
row('linear (inner-trained)', 'LR+NB+NBSVM int8, as shipped', accuracy(linIv, ivy), accuracy(linHv, hvy), `${linInnerPacked.jsonKB.toFixed(0)} KB json`);

// The quantised IDF the linear ensemble trains on (S features use it for training, as the shipped trainer does).
const idfTrainInner = dequant(quantizeIdf(linInner.idfRaw, DEFAULT_IDF_LEVELS));
const results: { v: Variant; innerAcc: number; lambda: number; combInner: number; shipInner: number }[] = [];
for (const v of variants) {
  const t0 = Date.now();
  const trainBags = bags(innerTrain.map((i) => rows[i]!.text), v.feat, v.feat.kind === 'S' ? idfTrainInner : null);
  // Evaluation bags: for S, the packed model's IDF (what a folded model would featurise with).
  const evalIdf = v.feat.kind === 'S' ? linInnerPacked.idf : null;
  const ivBags = bags(innerVal.map((i) => rows[i]!.text), v.feat, evalIdf);
  const hvBags = bags(valIdx.map((i) => rows[i]!.text), v.feat, evalIdf);
  const tTrain = Date.now();
  if (v.hidden > 0) {
    const m = trainMlp(trainBags, labelsOf(innerTrain), bucketsOf(v.feat), v.ft, v.hidden);
    const trainTime = secs(tTrain);
    const fIv = mlpLogits(m, ivBags, false).logits;
    const fHv = mlpLogits(m, hvBags, false).logits;
    const innerAcc = accuracy(fIv, ivy);
    row(v.name, 'fastText+tanh alone (float)', innerAcc, accuracy(fHv, hvy), `train ${trainTime}`);
    const qIv = mlpLogits(m, ivBags, true);
    const qHv = mlpLogits(m, hvBags, true);
    row(v.name, 'fastText+tanh alone, int8 emb.', accuracy(qIv.logits, ivy), accuracy(qHv.logits, hvy), `${qIv.kb.toFixed(0)} KB packed`);
    const { lambda, acc } = chooseLambda(linIv, fIv, ivy);
    console.log(`${v.name}: ${agreement(linIv, fIv, ivy)} (inner)`);
    row(v.name, `linear + ${lambda} × log-softmax (float)`, acc, accuracy(linHv, hvy, fHv, lambda));
    const shipInner = accuracy(linIv, ivy, qIv.logits, lambda);
    row(v.name, `linear + ${lambda} × ft, int8 emb.`, shipInner, accuracy(linHv, hvy, qHv.logits, lambda));
    console.log(`${v.name}: ${secs(t0)} in all`);
    results.push({ v, innerAcc, lambda, combInner: acc, shipInner });
    continue;
  }
  const { T, first } = trainFolded(v, trainBags, labelsOf(innerTrain));
  const trainTime = secs(tTrain);
  const ftIv = tableLogits(T, 1, ivBags);
  const ftHv = tableLogits(T, 1, hvBags);
  const innerAcc = accuracy(ftIv, ivy);
  row(v.name, 'fastText alone (float)', innerAcc, accuracy(ftHv, hvy), `train ${trainTime}`);
  if (v.seeds === 1) {
    const e8Iv = embedLogits(first, v.ft.d, ivBags, true);
    const e8Hv = embedLogits(first, v.ft.d, hvBags, true);
    row(v.name, 'fastText alone, int8 embeddings', accuracy(e8Iv.logits, ivy), accuracy(e8Hv.logits, hvy), `${e8Iv.kb.toFixed(0)} KB packed`);
  }
  const q = quantTable(T, 0);
  row(v.name, 'fastText alone, folded int8 table', accuracy(tableLogits(q.q, q.scale, ivBags), ivy), accuracy(tableLogits(q.q, q.scale, hvBags), hvy), `${q.kb.toFixed(0)} KB packed`);
  const { lambda, acc } = chooseLambda(linIv, ftIv, ivy);
  console.log(`${v.name}: ${agreement(linIv, ftIv, ivy)} (inner)`);
  let shipInner: number;
  row(v.name, `linear + ${lambda} × fastText (float)`, acc, accuracy(linHv, hvy, ftHv, lambda));
  if (v.feat.kind === 'S') {
    // Folded into the shipped table: one int8 model, same format and inference as today.
    const w = new Float32Array(linInner.w.length);
    for (let p = 0; p < w.length; p++) w[p] = linInner.w[p]! + lambda * T[p]!;
    const pk = pack(w, linInner.idfRaw);
    shipInner = accuracy(linearLogits(pk, innerVal), ivy);
    row(v.name, `folded into shipped table, int8`, shipInner, accuracy(linearLogits(pk, valIdx), hvy), `${pk.jsonKB.toFixed(0)} KB json`);
  } else {
    const iq = quantTable(T, 1);
    const i8Iv = tableLogits(iq.q, iq.scale, ivBags);
    const i8Hv = tableLogits(iq.q, iq.scale, hvBags);
    shipInner = accuracy(linIv, ivy, i8Iv, lambda);
    row(v.name, `linear + ${lambda} × ft, both int8`, shipInner, accuracy(linHv, hvy, i8Hv, lambda), `+${iq.kb.toFixed(0)} KB (prune<=1)`);
  }
  console.log(`${v.name}: ${secs(t0)} in all`);
  results.push({ v, innerAcc, lambda, combInner: acc, shipInner });
}

// ---------------------------------------------------------------------------------------------
// Refit the inner winner on the whole training part and score the held-out split once
// ---------------------------------------------------------------------------------------------
if (!noFinal && results.length > 0) {
  // The winner is the variant whose shippable (int8) combination is best on the inner split; first wins ties.
  const win = results.reduce((a, b) => (b.shipInner > a.shipInner + 1e-9 ? b : a));
  const v = win.v;
  const tag = `${v.name} (full)`;
  console.log(`\ninner winner (int8 combination): ${v.name}, λ = ${win.lambda}; refitting on the whole training part`);
  const linFull = trainLinear(trainIdx, 'full');
  const linFullPacked = pack(linFull.w, linFull.idfRaw);
  const linFullHv = linearLogits(linFullPacked, valIdx);
  const linPred = predictions(linFullHv);
  row('linear (full train part)', 'LR+NB+NBSVM int8, as shipped', NaN, accuracy(linFullHv, hvy), `${linFullPacked.jsonKB.toFixed(0)} KB json`);
  const idfTrainFull = dequant(quantizeIdf(linFull.idfRaw, DEFAULT_IDF_LEVELS));
  const trainBags = bags(trainIdx.map((i) => rows[i]!.text), v.feat, v.feat.kind === 'S' ? idfTrainFull : null);
  const hvBags = bags(valIdx.map((i) => rows[i]!.text), v.feat, v.feat.kind === 'S' ? linFullPacked.idf : null);
  const t0 = Date.now();
  let scorer: (text: string) => number;
  let shipped: Float32Array;
  if (v.hidden > 0) {
    const m = trainMlp(trainBags, labelsOf(trainIdx), bucketsOf(v.feat), v.ft, v.hidden);
    const trainTime = secs(t0);
    const fHv = mlpLogits(m, hvBags, false).logits;
    const qHv = mlpLogits(m, hvBags, true);
    row(tag, 'fastText+tanh alone (float)', NaN, accuracy(fHv, hvy), `train ${trainTime}`);
    row(tag, 'fastText+tanh alone, int8 emb.', NaN, accuracy(qHv.logits, hvy), `${qHv.kb.toFixed(0)} KB packed`);
    row(tag, `linear + ${win.lambda} × log-softmax (float)`, NaN, accuracy(linFullHv, hvy, fHv, win.lambda));
    row(tag, `linear + ${win.lambda} × ft, int8 emb.`, NaN, accuracy(linFullHv, hvy, qHv.logits, win.lambda));
    shipped = combine(linFullHv, qHv.logits, win.lambda);
    const eq = quantEmb(m.E, m.seen, m.d);
    scorer = (text) => argmaxLinear(linFullPacked, text, null, { m, q: eq.q, scale: eq.scale, lambda: win.lambda, feat: v.feat });
  } else {
    const { T, first } = trainFolded(v, trainBags, labelsOf(trainIdx));
    const trainTime = secs(t0);
    const ftHv = tableLogits(T, 1, hvBags);
    row(tag, 'fastText alone (float)', NaN, accuracy(ftHv, hvy), `train ${trainTime}`);
    if (v.seeds === 1) {
      const e8 = embedLogits(first, v.ft.d, hvBags, true);
      row(tag, 'fastText alone, int8 embeddings', NaN, accuracy(e8.logits, hvy), `${e8.kb.toFixed(0)} KB packed`);
    }
    const q0 = quantTable(T, 0);
    row(tag, 'fastText alone, folded int8 table', NaN, accuracy(tableLogits(q0.q, q0.scale, hvBags), hvy), `${q0.kb.toFixed(0)} KB packed`);
    row(tag, `linear + ${win.lambda} × fastText (float)`, NaN, accuracy(linFullHv, hvy, ftHv, win.lambda));
    if (v.feat.kind === 'S') {
      const w = new Float32Array(linFull.w.length);
      for (let p = 0; p < w.length; p++) w[p] = linFull.w[p]! + win.lambda * T[p]!;
      const pk = pack(w, linFull.idfRaw);
      shipped = linearLogits(pk, valIdx);
      row(tag, 'folded into shipped table, int8', NaN, accuracy(shipped, hvy), `${pk.jsonKB.toFixed(0)} KB json (weights+idf)`);
      scorer = (text) => argmaxLinear(pk, text, null, null);
    } else {
      const iq = quantTable(T, 1);
      const i8Hv = tableLogits(iq.q, iq.scale, hvBags);
      shipped = combine(linFullHv, i8Hv, win.lambda);
      row(tag, `linear + ${win.lambda} × ft, both int8`, NaN, accuracy(shipped, hvy), `+${iq.kb.toFixed(0)} KB packed (+${((iq.kb * 4) / 3).toFixed(0)} KB json)`);
      scorer = (text) => argmaxLinear(linFullPacked, text, { q: iq.q, scale: iq.scale * win.lambda, feat: v.feat }, null);
    }
  }
  // Paired comparison with the shipped linear model on the held-out texts.
  const shipPred = predictions(shipped);
  let gained = 0;
  let lost = 0;
  for (let n = 0; n < hvy.length; n++) {
    const a = linPred[n] === hvy[n];
    const b = shipPred[n] === hvy[n];
    if (b && !a) gained++;
    if (a && !b) lost++;
  }
  console.log(`held-out, int8 combination vs shipped linear: ${gained} texts gained, ${lost} lost (net ${gained - lost} of ${hvy.length})`);
  // Inference time per article: featurisation included, median over the held-out texts (after a warm-up pass).
  const base = (text: string): number => argmaxLinear(linFullPacked, text, null, null);
  for (const [label, f] of [
    ['shipped linear', base],
    ['winner (int8)', scorer],
  ] as const) {
    for (const i of valIdx.slice(0, 500)) f(rows[i]!.text);
    const times: number[] = [];
    let sink = 0;
    for (const i of valIdx) {
      const t = process.hrtime.bigint();
      sink += f(rows[i]!.text);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    const line = `inference ${label}: median ${times[times.length >> 1]!.toFixed(3)} ms, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(3)} ms per article`;
    table.push(line);
    console.log(`${line} (${sink % 2})`);
  }
}

function predictions(logits: Float32Array): Int32Array {
  const out = new Int32Array(logits.length / K);
  for (let n = 0; n < out.length; n++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (logits[n * K + k]! > logits[n * K + best]!) best = k;
    out[n] = best;
  }
  return out;
}

/** How often two models disagree, and the accuracy of an oracle picking whichever is right. */
function agreement(a: Float32Array, b: Float32Array, ys: Int32Array): string {
  const pa = predictions(a);
  const pb = predictions(b);
  let dis = 0;
  let oracle = 0;
  for (let n = 0; n < ys.length; n++) {
    if (pa[n] !== pb[n]) dis++;
    if (pa[n] === ys[n] || pb[n] === ys[n]) oracle++;
  }
  return `disagree with linear on ${pct(dis / ys.length)} %, oracle ${pct(oracle / ys.length)} %`;
}

function combine(a: Float32Array, b: Float32Array, lambda: number): Float32Array {
  return a.map((v, i) => v + lambda * b[i]!);
}

/** Arg-max class of one text under a packed linear model, plus optionally a second int8 table over its own buckets. */
function argmaxLinear(
  m: Packed,
  text: string,
  extra: { q: Int8Array; scale: number; feat: FeatKind } | null,
  mlp: { m: MlpModel; q: Int8Array; scale: number; lambda: number; feat: FeatKind } | null,
): number {
  const z = new Float64Array(K);
  const x: SparseVector = featurizeText(text, cfg, m.idf);
  for (let i = 0; i < x.idx.length; i++) {
    const base = x.idx[i]! * K;
    const v = x.val[i]! * m.scale;
    for (let k = 0; k < K; k++) z[k]! += m.q[base + k]! * v;
  }
  if (extra) {
    const ids: number[] = [];
    const wts: number[] = [];
    bagOfText(text, extra.feat, null, ids, wts);
    for (let j = 0; j < ids.length; j++) {
      const base = ids[j]! * K;
      const v = wts[j]! * extra.scale;
      for (let k = 0; k < K; k++) z[k]! += extra.q[base + k]! * v;
    }
  }
  if (mlp) {
    const { d, H } = mlp.m;
    const ids: number[] = [];
    const wts: number[] = [];
    bagOfText(text, mlp.feat, null, ids, wts);
    const h = new Float64Array(d);
    for (let j = 0; j < ids.length; j++) {
      if (!mlp.m.seen[ids[j]!]) continue;
      const base = ids[j]! * d;
      const w = wts[j]! * mlp.scale;
      for (let c = 0; c < d; c++) h[c]! += mlp.q[base + c]! * w;
    }
    const a = new Float64Array(H);
    for (let u = 0; u < H; u++) {
      let s = mlp.m.b1[u]!;
      for (let c = 0; c < d; c++) s += mlp.m.W1[u * d + c]! * h[c]!;
      a[u] = Math.tanh(s);
    }
    const o = new Float64Array(K);
    let max = -Infinity;
    for (let k = 0; k < K; k++) {
      let s = mlp.m.b2[k]!;
      for (let u = 0; u < H; u++) s += mlp.m.W2[k * H + u]! * a[u]!;
      o[k] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(o[k]! - max);
    for (let k = 0; k < K; k++) z[k]! += mlp.lambda * (o[k]! - max - Math.log(sum));
  }
  let best = 0;
  for (let k = 1; k < K; k++) if (z[k]! > z[best]!) best = k;
  return best;
}

console.log(`\nsummary (${secs(tAll)})\n` + table.join('\n'));
