/**
 * The serialised topic model: plain JSON (so it can be committed, imported by bundlers and
 * produced by users' own training runs) holding quantised weights and IDF, compressed and coded as text (`packed.ts`).
 */
import { packBytes, unpackBytes, unpackDeflatedBytes } from './packed.js';
import type { FeatureConfig } from './features.js';

export const TOPIC_MODEL_FORMAT = 'dropfeed-topic-model/3';
/**
 * Formats 1 and 2 raw-deflated the same tables that format 3 brotli-compresses. Format 1 also
 * predates the optional title/case feature namespaces, so its models (which never set them)
 * decode and score unchanged.
 */
const DEFLATED_FORMATS = ['dropfeed-topic-model/2', 'dropfeed-topic-model/1'] as const;
type StoredFormat = typeof TOPIC_MODEL_FORMAT | (typeof DEFLATED_FORMATS)[number];
const READABLE_FORMATS: readonly string[] = [TOPIC_MODEL_FORMAT, ...DEFLATED_FORMATS];

/** A topic model as stored on disk. */
export interface TopicModel {
  format: StoredFormat;
  labels: string[];
  features: FeatureConfig;
  /** Multiply a stored int8 weight by this to get the real weight. */
  scale: number;
  /** Packed text (Z85, or base64 in models trained before it) of brotli-compressed (formats 1 and 2: raw-deflated) int8 weights, feature-major (`w[f * labels.length + k]`), bias last. */
  weights: string;
  /** Multiply a stored uint8 IDF by this to get the real IDF. */
  idfStep: number;
  /** Packed text of brotli-compressed (formats 1 and 2: raw-deflated) uint8 IDF per hash bucket. */
  idf: string;
  /** Softmax temperature fitted on held-out data so `topicConfidence` is calibrated. */
  temperature: number;
  /** Held-out accuracy measured when the model was trained, if any. */
  validationAccuracy?: number | null;
  /** How the held-out split was drawn, so it can be re-drawn to re-measure the model. */
  split?: { seed: number; validationFraction: number };
  /** Free text: where the training data came from and its terms. */
  notes?: string;
  /** ISO 639-1 language of most training texts, when one dominates. */
  language?: string;
}

/** A model ready to score: tables decoded once. */
export interface LoadedTopicModel {
  labels: string[];
  features: FeatureConfig;
  scale: number;
  weights: Int8Array;
  idf: Float32Array;
  temperature: number;
  language: string | null;
}

/**
 * Quantise float weights to int8 with one global scale. Weights that round to at most `prune`
 * steps are zeroed: they barely move a score, and long zero runs are what makes the table compress
 * small.
 */
export function quantizeWeights(weights: Float32Array, prune = 0): { scale: number; q: Int8Array } {
  let maxAbs = 0;
  for (const v of weights) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < q.length; i++) {
    const v = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
    q[i] = Math.abs(v) <= prune ? 0 : v;
  }
  return { scale, q };
}

/**
 * Quantise IDF values to `levels` uint8 steps. Buckets where `live` is false (no class weight
 * left) only feed the vector norm, so they all get the top value — the IDF of a rare feature,
 * which is what most of them are — and the table compresses to little more than its live part.
 */
export function quantizeIdf(idf: Float32Array, levels = 255, live?: (bucket: number) => boolean): { step: number; q: Uint8Array } {
  let max = 0;
  for (const v of idf) if (v > max) max = v;
  const top = Math.max(1, Math.min(255, Math.round(levels)));
  const step = max > 0 ? max / top : 1;
  const q = new Uint8Array(idf.length);
  for (let i = 0; i < q.length; i++) q[i] = live && !live(i) ? top : Math.max(0, Math.min(top, Math.round(idf[i]! / step)));
  return { step, q };
}

/** Pack already-quantised tables into the on-disk form. */
export function encodeTopicModel(m: {
  labels: string[];
  features: FeatureConfig;
  weights: { scale: number; q: Int8Array };
  idf: { step: number; q: Uint8Array };
  temperature: number;
  validationAccuracy?: number | null;
  split?: { seed: number; validationFraction: number };
  notes?: string;
  language?: string | null;
}): TopicModel {
  return {
    format: TOPIC_MODEL_FORMAT,
    labels: [...m.labels],
    features: { ...m.features },
    scale: m.weights.scale,
    weights: packBytes(new Uint8Array(m.weights.q.buffer, m.weights.q.byteOffset, m.weights.q.byteLength)),
    idfStep: m.idf.step,
    idf: packBytes(m.idf.q),
    temperature: m.temperature,
    ...(m.validationAccuracy !== undefined ? { validationAccuracy: m.validationAccuracy } : {}),
    ...(m.split ? { split: m.split } : {}),
    ...(m.notes ? { notes: m.notes } : {}),
    ...(m.language ? { language: m.language } : {}),
  };
}

/** Decode a stored model; throws on another format or inconsistent sizes. */
export function decodeTopicModel(m: TopicModel): LoadedTopicModel {
  if (!READABLE_FORMATS.includes(m.format)) throw new Error(`unknown topic model format: ${String(m.format)}`);
  const dim = (1 << m.features.hashBits) + 1;
  const unpack = m.format === TOPIC_MODEL_FORMAT ? unpackBytes : unpackDeflatedBytes;
  const raw = unpack(m.weights);
  const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (weights.length !== dim * m.labels.length) throw new Error(`topic model has ${weights.length} weights, expected ${dim * m.labels.length}`);
  const idfQ = unpack(m.idf);
  if (idfQ.length !== dim) throw new Error(`topic model has ${idfQ.length} IDF entries, expected ${dim}`);
  const idf = new Float32Array(dim);
  for (let i = 0; i < dim; i++) idf[i] = idfQ[i]! * m.idfStep;
  return { labels: [...m.labels], features: { ...m.features }, scale: m.scale, weights, idf, temperature: m.temperature, language: m.language ?? null };
}

/** Class probabilities of one feature vector under a loaded model. */
export function predictProbabilities(model: LoadedTopicModel, x: { idx: Int32Array; val: Float32Array }): Float64Array {
  const K = model.labels.length;
  const z = new Float64Array(K);
  const w = model.weights;
  for (let i = 0; i < x.idx.length; i++) {
    const base = x.idx[i]! * K;
    const v = x.val[i]!;
    for (let k = 0; k < K; k++) z[k]! += w[base + k]! * v;
  }
  const f = model.scale / model.temperature;
  for (let k = 0; k < K; k++) z[k] = z[k]! * f;
  softmaxInPlace(z);
  return z;
}

/** Softmax of `z` in place, stable against large logits. */
export function softmaxInPlace(z: Float64Array): void {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  let s = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - m);
    s += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / s;
}
