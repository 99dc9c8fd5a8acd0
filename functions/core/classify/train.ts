/**
 * Training of the hashed topic model: multinomial logistic regression by averaged SGD over
 * L2-normalised hashed word n-grams. Pure and deterministic (seeded shuffle), so the CLI and the
 * tests both call it in-process.
 */
import { featurizeText, type FeatureConfig, type SparseVector } from './features.js';
import { detectLanguage } from './language.js';
import { encodeTopicModel, quantizeIdf, quantizeWeights, softmaxInPlace, type TopicModel } from './model.js';

/** One labelled training text. */
export interface LabelledText {
  label: string;
  text: string;
}

/** Training knobs; every field has a default tuned on AG News. */
export interface TrainOptions {
  features?: Partial<FeatureConfig>;
  epochs?: number;
  /** Initial learning rate; it decays as 1 / (1 + t / decaySteps). */
  learningRate?: number;
  /** Seed of the shuffle, so the same data always gives the same model. */
  seed?: number;
  /** Fraction of the data held out for validation (0 for none). */
  validationFraction?: number;
  /** Label order for the model; defaults to first appearance order (numeric labels sorted). */
  labels?: readonly string[];
  /** Weights of logistic regression, naive Bayes and NB-SVM in the summed model. */
  mix?: readonly [number, number, number];
  /** Quantised weights of at most this many steps (of 127) are zeroed to shrink the model. */
  prune?: number;
  /** Number of IDF quantisation levels (at most 255); fewer levels compress smaller. */
  idfLevels?: number;
  /** Progress callback (e.g. printing); never required. */
  onProgress?: (message: string) => void;
}

/** What training returns: the model, ready to serialise, and its validation accuracy. */
export interface TrainResult {
  model: TopicModel;
  /** Accuracy on the held-out split, or null when nothing was held out. */
  validationAccuracy: number | null;
  trainSize: number;
  validationSize: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  hashBits: 18,
  wordNgrams: [1, 2],
  charNgrams: [],
  maxBodyWords: 80,
  caseWords: true,
};

/** Default {@link TrainOptions.mix}. */
export const DEFAULT_MIX: readonly [number, number, number] = [1, 1, 1];
/** Default {@link TrainOptions.prune}. */
export const DEFAULT_PRUNE = 1;
/** Default {@link TrainOptions.idfLevels}. */
export const DEFAULT_IDF_LEVELS = 32;

/** How long and how fast one linear model trains. */
export interface TrainingRun {
  epochs: number;
  learningRate: number;
  seed: number;
  onProgress?: (m: string) => void;
}

/** mulberry32: a tiny seeded PRNG, good enough for shuffling. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `xs` in place (Fisher–Yates) with `rng`, and returns it. */
export function shuffle<T>(xs: T[], rng: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Raw float weights, laid out feature-major: `w[f * K + k]`. */
export interface DenseWeights {
  labels: string[];
  features: FeatureConfig;
  weights: Float32Array;
}

/** Class scores (logits) of one feature vector. */
export function scoreVector(w: Float32Array, K: number, x: SparseVector, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < x.idx.length; i++) {
    const base = x.idx[i]! * K;
    const v = x.val[i]!;
    for (let k = 0; k < K; k++) out[k]! += w[base + k]! * v;
  }
}

function orderLabels(data: readonly LabelledText[]): string[] {
  const seen: string[] = [];
  const set = new Set<string>();
  for (const d of data) {
    if (!set.has(d.label)) {
      set.add(d.label);
      seen.push(d.label);
    }
  }
  if (seen.every((l) => /^\d+$/.test(l))) seen.sort((a, b) => Number(a) - Number(b));
  return seen;
}

/** Train dense float weights on vectorised examples (exposed for experiments and the bench). */
export function trainWeights(
  xs: readonly SparseVector[],
  ys: readonly number[],
  K: number,
  cfg: FeatureConfig,
  opts: TrainingRun,
): Float32Array {
  const dim = (1 << cfg.hashBits) + 1;
  const w = new Float32Array(dim * K);
  // Lazy averaging: avg = w - u / c, with u accumulating c * update (Daumé's trick).
  const u = new Float32Array(dim * K);
  const rng = makeRng(opts.seed);
  const order = xs.map((_, i) => i);
  const z = new Float64Array(K);
  let c = 1;
  const decaySteps = xs.length;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rng);
    let loss = 0;
    for (const i of order) {
      const x = xs[i]!;
      const y = ys[i]!;
      scoreVector(w, K, x, z);
      softmaxInPlace(z);
      loss -= Math.log(Math.max(z[y]!, 1e-12));
      const lr = opts.learningRate / (1 + c / decaySteps);
      for (let k = 0; k < K; k++) {
        const g = (k === y ? 1 : 0) - z[k]!;
        if (Math.abs(g) < 1e-6) continue;
        const step = lr * g;
        for (let j = 0; j < x.idx.length; j++) {
          const p = x.idx[j]! * K + k;
          const d = step * x.val[j]!;
          w[p]! += d;
          u[p]! += c * d;
        }
      }
      c++;
    }
    opts.onProgress?.(`epoch ${epoch + 1}/${opts.epochs}: mean training loss ${(loss / xs.length).toFixed(4)}`);
  }
  for (let p = 0; p < w.length; p++) w[p] = w[p]! - u[p]! / c;
  return w;
}

/** Fraction of vectors whose arg-max class is the gold one. */
export function accuracyOf(w: Float32Array, K: number, xs: readonly SparseVector[], ys: readonly number[]): number {
  const z = new Float64Array(K);
  let ok = 0;
  for (let i = 0; i < xs.length; i++) {
    scoreVector(w, K, xs[i]!, z);
    let best = 0;
    for (let k = 1; k < K; k++) if (z[k]! > z[best]!) best = k;
    if (best === ys[i]) ok++;
  }
  return xs.length ? ok / xs.length : 0;
}

/** Multiply each vector by IDF and re-normalise (in place on copies). */
export function applyIdf(xs: readonly SparseVector[], idf: Float32Array): SparseVector[] {
  return xs.map((x) => {
    const L = x.idx.length - 1;
    const val = new Float32Array(x.val.length);
    let n = 0;
    for (let i = 0; i < L; i++) {
      val[i] = x.val[i]! * idf[x.idx[i]!]!;
      n += val[i]! * val[i]!;
    }
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < L; i++) val[i] = val[i]! / n;
    val[L] = 1;
    return { idx: x.idx, val };
  });
}

/**
 * Multinomial naive Bayes log-probabilities over TF-IDF mass, centred per feature (a per-feature
 * constant does not change the arg-max and centring keeps the quantisation range small).
 */
export function trainNaiveBayes(xs: readonly SparseVector[], ys: readonly number[], K: number, dim: number, alpha: number): { w: Float32Array; counts: Float64Array } {
  const counts = new Float64Array(dim * K);
  const tot = new Float64Array(K);
  xs.forEach((x, i) => {
    const y = ys[i]!;
    for (let j = 0; j < x.idx.length - 1; j++) {
      counts[x.idx[j]! * K + y]! += x.val[j]!;
      tot[y]! += x.val[j]!;
    }
  });
  const w = new Float32Array(dim * K);
  for (let b = 0; b < dim - 1; b++) {
    let mean = 0;
    for (let k = 0; k < K; k++) {
      w[b * K + k] = Math.log((counts[b * K + k]! + alpha) / (tot[k]! + alpha * dim));
      mean += w[b * K + k]!;
    }
    for (let k = 0; k < K; k++) w[b * K + k]! -= mean / K;
  }
  return { w, counts };
}

/** NB-SVM (Wang & Manning 2012), one-vs-rest: logistic regression on NB log-ratio-scaled features. */
export function trainNbLogistic(
  xs: readonly SparseVector[],
  ys: readonly number[],
  K: number,
  cfg: FeatureConfig,
  counts: Float64Array,
  opts: TrainingRun,
): Float32Array {
  const dim = (1 << cfg.hashBits) + 1;
  const W = new Float32Array(dim * K);
  for (let k = 0; k < K; k++) {
    const r = new Float32Array(dim);
    let P = 0;
    let Q = 0;
    for (let b = 0; b < dim - 1; b++) {
      let q = 0;
      for (let m = 0; m < K; m++) if (m !== k) q += counts[b * K + m]!;
      P += counts[b * K + k]! + 1;
      Q += q + 1;
    }
    for (let b = 0; b < dim - 1; b++) {
      let q = 0;
      for (let m = 0; m < K; m++) if (m !== k) q += counts[b * K + m]!;
      r[b] = Math.log((counts[b * K + k]! + 1) / P / ((q + 1) / Q));
    }
    r[dim - 1] = 1;
    const scaled = xs.map((x) => {
      const val = new Float32Array(x.val.length);
      for (let j = 0; j < x.idx.length; j++) val[j] = x.val[j]! * r[x.idx[j]!]!;
      return { idx: x.idx, val };
    });
    const w2 = trainWeights(scaled, ys.map((y) => (y === k ? 1 : 0)), 2, cfg, { ...opts, seed: opts.seed + k + 1, onProgress: undefined });
    for (let b = 0; b < dim; b++) W[b * K + k] = (w2[b * 2 + 1]! - w2[b * 2]!) * r[b]!;
    opts.onProgress?.(`NB-SVM: class ${k + 1}/${K} trained`);
  }
  return W;
}

/** Mean negative log-likelihood of the gold class at softmax temperature `t`. */
function nllAt(logits: Float64Array[], ys: readonly number[], t: number): number {
  let nll = 0;
  logits.forEach((z, i) => {
    let max = -Infinity;
    for (const v of z) if (v / t > max) max = v / t;
    let sum = 0;
    for (const v of z) sum += Math.exp(v / t - max);
    nll -= z[ys[i]!]! / t - max - Math.log(sum);
  });
  return nll / Math.max(1, logits.length);
}

/**
 * The language of at least 60 % of the training texts whose language can be told (sampled evenly,
 * at most 500), or null for a mixed or unknown corpus. Stored with the model so inference knows
 * which articles are in a language the model never saw.
 */
export function dominantLanguage(texts: readonly string[]): string | null {
  const step = Math.max(1, Math.floor(texts.length / 500));
  const votes = new Map<string, number>();
  let known = 0;
  for (let i = 0; i < texts.length; i += step) {
    const language = detectLanguage(texts[i]!);
    if (language === 'und') continue;
    known++;
    votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 0.6 * known ? best[0] : null;
}

/**
 * The seeded train/validation split of `n` rows used by {@link trainTopicModel}; exposed so a
 * benchmark can re-draw the same held-out rows from the same CSV.
 */
export function splitIndices(n: number, validationFraction: number, seed: number): { trainIdx: number[]; valIdx: number[] } {
  const shuffled = shuffle(Array.from({ length: n }, (_, i) => i), makeRng(seed ^ 0x5eed));
  const nVal = Math.floor(n * validationFraction);
  return { valIdx: shuffled.slice(0, nVal), trainIdx: shuffled.slice(nVal) };
}

/** Default seed of {@link trainTopicModel}. */
export const DEFAULT_SEED = 20240601;

/**
 * Train a topic model on labelled texts. Labels may be any strings; they become the model's
 * taxonomy. The model is a weighted sum (equal weights by default) of three linear models over the
 * same hashed TF-IDF features (logistic regression, multinomial naive Bayes, NB-SVM), which
 * together beat each alone on AG News; near-zero weights are pruned and the IDF of pruned buckets
 * collapsed so the stored model stays small. Deterministic for a given input order and seed.
 */
export function trainTopicModel(data: readonly LabelledText[], options: TrainOptions = {}): TrainResult {
  const cfg: FeatureConfig = { ...DEFAULT_FEATURES, ...options.features };
  const labels = options.labels ? [...options.labels] : orderLabels(data);
  if (labels.length < 2) throw new Error('training needs at least two distinct labels');
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const seed = options.seed ?? DEFAULT_SEED;
  const progress = options.onProgress;
  const K = labels.length;
  const dim = (1 << cfg.hashBits) + 1;

  const rows = data.filter((d) => labelIndex.has(d.label));
  const validationFraction = options.validationFraction ?? 0;
  const { trainIdx, valIdx } = splitIndices(rows.length, validationFraction, seed);
  const vec = (ids: number[]): { xs: SparseVector[]; ys: number[] } => ({
    xs: ids.map((i) => featurizeText(rows[i]!.text, cfg)),
    ys: ids.map((i) => labelIndex.get(rows[i]!.label)!),
  });
  progress?.(`vectorising ${trainIdx.length} training and ${valIdx.length} validation texts`);
  const train0 = vec(trainIdx);
  const val0 = vec(valIdx);

  const df = new Float32Array(dim);
  for (const x of train0.xs) for (let j = 0; j < x.idx.length - 1; j++) df[x.idx[j]!]!++;
  const N = train0.xs.length;
  const idfRaw = new Float32Array(dim);
  for (let b = 0; b < dim; b++) idfRaw[b] = Math.log((N + 1) / (df[b]! + 1)) + 1;
  const idfLevels = options.idfLevels ?? DEFAULT_IDF_LEVELS;
  // Train on the quantised IDF, exactly what inference will use.
  const dequant = (t: { step: number; q: Uint8Array }): Float32Array => Float32Array.from(t.q, (v) => v * t.step);
  const xs = applyIdf(train0.xs, dequant(quantizeIdf(idfRaw, idfLevels)));
  const ys = train0.ys;
  const sgd = { epochs: options.epochs ?? 20, learningRate: options.learningRate ?? 4, seed, ...(progress ? { onProgress: progress } : {}) };

  const [mLr, mNb, mSv] = options.mix ?? DEFAULT_MIX;
  progress?.('training logistic regression');
  const wLr = trainWeights(xs, ys, K, cfg, sgd);
  progress?.('training naive Bayes');
  const nb = trainNaiveBayes(xs, ys, K, dim, 0.1);
  progress?.('training NB-SVM');
  const wSv = trainNbLogistic(xs, ys, K, cfg, nb.counts, { ...sgd, epochs: Math.max(3, Math.round(sgd.epochs / 2)), learningRate: sgd.learningRate / 2 });
  const w = new Float32Array(dim * K);
  for (let p = 0; p < w.length; p++) w[p] = mLr * wLr[p]! + mNb * nb.w[p]! + mSv * wSv[p]!;
  const q = quantizeWeights(w, options.prune ?? DEFAULT_PRUNE);
  const wq = new Float32Array(w.length);
  for (let p = 0; p < w.length; p++) wq[p] = q.q[p]! * q.scale;
  const live = (b: number): boolean => {
    for (let k = 0; k < K; k++) if (q.q[b * K + k] !== 0) return true;
    return false;
  };
  // The stored IDF: dead buckets collapsed (see quantizeIdf). Validation uses exactly this table.
  const idfQ = quantizeIdf(idfRaw, idfLevels, live);
  const vxs = applyIdf(val0.xs, dequant(idfQ));

  let validationAccuracy: number | null = null;
  let temperature = 1;
  if (vxs.length > 0) {
    validationAccuracy = accuracyOf(wq, K, vxs, val0.ys);
    const logits = vxs.map((x) => {
      const z = new Float64Array(K);
      scoreVector(wq, K, x, z);
      return z;
    });
    let best = Infinity;
    for (let t = 0.2; t <= 8; t *= 1.05) {
      const nll = nllAt(logits, val0.ys, t);
      if (nll < best) {
        best = nll;
        temperature = t;
      }
    }
    progress?.(`validation accuracy ${(validationAccuracy * 100).toFixed(2)}% on ${vxs.length} held-out texts; temperature ${temperature.toFixed(3)}`);
  }
  const language = dominantLanguage(rows.map((r) => r.text));
  const model = encodeTopicModel({ labels, features: cfg, weights: q, idf: idfQ, temperature, validationAccuracy, split: { seed, validationFraction }, language });
  return { model, validationAccuracy, trainSize: xs.length, validationSize: vxs.length };
}
