/**
 * What a memory of the training items would add to the topic model: each held-out AG News item's
 * ten most similar training items (cosine over the model's own hashed TF-IDF features) vote for
 * their topics, and the vote is summed with the shipped model's log-probabilities. Printed for the
 * whole memory and for smaller ones (a random share of the items, each cut to its strongest
 * features), with the bytes each would add to the ingest bundle (brotli of the delta-coded buckets).
 *
 *   npx tsx bench/topic-memory.ts [--csv path]
 *
 * The mixing weights (0.5 and 1) are fixed, not chosen on the held-out split.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { featurizeText, type SparseVector } from '../functions/core/classify/features.js';
import { decodeTopicModel, predictProbabilities, type TopicModel } from '../functions/core/classify/model.js';
import { makeRng, shuffle } from '../functions/core/classify/train.js';
import { progress } from './lib/stats.js';
import { loadTopicSplits } from './lib/topic-splits.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvArg = process.argv.indexOf('--csv');
const csvPath = resolve(csvArg >= 0 ? process.argv[csvArg + 1]! : join(root, '../shared/data/agnews/train_pool.csv'));
const NEIGHBOURS = 10;
const MIX_WEIGHTS = [0.5, 1] as const;

const model = decodeTopicModel(JSON.parse(readFileSync(join(root, 'models/topic-model.json'), 'utf8')) as TopicModel);
const { rows, trainIdx, valIdx } = loadTopicSplits(csvPath);
const K = model.labels.length;
const label = (i: number): number => model.labels.indexOf(rows[i]!.label);

/** A unit-length vector of the item's features without the bias entry, strongest first. */
function unitVector(text: string): { idx: Int32Array; val: Float32Array } {
  const x: SparseVector = featurizeText(text, model.features, model.idf);
  const n = x.idx.length - 1;
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => x.val[b]! - x.val[a]!);
  const idx = Int32Array.from(order, (j) => x.idx[j]!);
  const val = Float32Array.from(order, (j) => x.val[j]!);
  let norm = 0;
  for (const v of val) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < val.length; j++) val[j] = val[j]! / norm;
  return { idx, val };
}

interface Memory {
  items: number[];
  postings: Map<number, { item: number; w: number }[]>;
  ids: number;
  bytes: number;
}

/** An inverted index over `items`, each cut to its `keep` strongest features (0: all) and renormalised. */
function buildMemory(items: number[], keep: number): Memory {
  const postings = new Map<number, { item: number; w: number }[]>();
  let ids = 0;
  const deltas: number[] = [];
  for (const [m, i] of items.entries()) {
    const v = unitVector(rows[i]!.text);
    const n = keep > 0 ? Math.min(keep, v.idx.length) : v.idx.length;
    let norm = 0;
    for (let j = 0; j < n; j++) norm += v.val[j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    const buckets = Array.from(v.idx.subarray(0, n)).sort((a, b) => a - b);
    let last = 0;
    for (const b of buckets) {
      deltas.push(b - last);
      last = b;
    }
    deltas.push(-1 - label(i));
    for (let j = 0; j < n; j++) {
      const list = postings.get(v.idx[j]!) ?? [];
      list.push({ item: m, w: v.val[j]! / norm });
      postings.set(v.idx[j]!, list);
    }
    ids += n;
  }
  // What shipping it would cost: bucket gaps as varints and the label, brotli-compressed.
  const raw: number[] = [];
  for (const d of deltas) {
    let u = d < 0 ? -d : d + 8;
    while (u >= 0x80) {
      raw.push((u & 0x7f) | 0x80);
      u >>>= 7;
    }
    raw.push(u);
  }
  return { items, postings, ids, bytes: brotliCompressSync(Uint8Array.from(raw)).length };
}

/** The neighbours' votes (squared similarity per topic) for one held-out item. */
function votes(memory: Memory, text: string, scores: Float64Array): Float64Array {
  scores.fill(0);
  const q = unitVector(text);
  for (let j = 0; j < q.idx.length; j++) {
    for (const p of memory.postings.get(q.idx[j]!) ?? []) scores[p.item]! += q.val[j]! * p.w;
  }
  const top: number[] = [];
  for (let m = 0; m < scores.length; m++) {
    if (scores[m]! <= 0) continue;
    if (top.length < NEIGHBOURS) {
      top.push(m);
      top.sort((a, b) => scores[b]! - scores[a]!);
    } else if (scores[m]! > scores[top[NEIGHBOURS - 1]!]!) {
      top[NEIGHBOURS - 1] = m;
      top.sort((a, b) => scores[b]! - scores[a]!);
    }
  }
  const v = new Float64Array(K);
  for (const m of top) v[label(memory.items[m]!)]! += scores[m]! ** 2;
  return v;
}

const argmax = (z: ArrayLike<number>): number => {
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return best;
};

const modelLogs = valIdx.map((i) => Array.from(predictProbabilities(model, featurizeText(rows[i]!.text, model.features, model.idf)), (p) => Math.log(p)));
const modelRight = valIdx.filter((i, n) => argmax(modelLogs[n]!) === label(i)).length;
const pct = (n: number): string => ((100 * n) / valIdx.length).toFixed(2);
console.log(`held-out AG News items: ${valIdx.length}; the shipped model alone: ${pct(modelRight)}%`);
console.log('memory                              ids        bytes   kNN alone  ' + MIX_WEIGHTS.map((a) => `model + ${a} × kNN`).join('  '));

const shuffled = shuffle([...trainIdx], makeRng(11));
for (const [share, keep] of [
  [1, 0],
  [1, 16],
  [0.5, 16],
  [0.25, 16],
] as const) {
  const memory = buildMemory(shuffled.slice(0, Math.round(shuffled.length * share)), keep);
  const scores = new Float64Array(memory.items.length);
  let alone = 0;
  const mixed = MIX_WEIGHTS.map(() => 0);
  for (const [n, i] of valIdx.entries()) {
    if (n % 1000 === 0) progress(`memory of ${share * 100}% of the items, ${keep || 'all'} features: ${n}/${valIdx.length} held-out items`);
    const v = votes(memory, rows[i]!.text, scores);
    const total = v.reduce((a, b) => a + b, 0);
    if (argmax(v) === label(i) && total > 0) alone++;
    for (const [a, w] of MIX_WEIGHTS.entries()) {
      const z = modelLogs[n]!.map((l, k) => l + w * Math.log((v[k]! + 1e-3) / (total + K * 1e-3)));
      if (argmax(z) === label(i)) mixed[a]!++;
    }
  }
  const name = `${share * 100}% of items, ${keep ? `${keep} features each` : 'all features'}`;
  console.log(`${name.padEnd(34)}${String(memory.ids).padStart(9)}${String(memory.bytes).padStart(11)}   ${pct(alone).padStart(7)}%  ${mixed.map((m) => `${pct(m)}%`.padStart(18)).join('  ')}`);
}
