/**
 * Topic-model experiments: trains feature/model variants on an inner split of the training part of
 * the AG News pool and prints accuracy on the inner validation split (used to choose) and on the
 * model's held-out split (reported, not tuned on), plus the compressed size of the quantised weights.
 *
 *   npx tsx bench/topic-experiments.ts [variant …] [--csv path]
 *
 * With no variant names every variant runs, one after another (lean on a shared machine).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantizeIdf } from '../functions/core/classify/model.js';
import { featurizeText, type FeatureConfig, type SparseVector } from '../functions/core/classify/features.js';
import {
  accuracyOf,
  applyIdf,
  DEFAULT_SEED,
  trainNaiveBayes,
  trainNbLogistic,
  trainWeights,
} from '../functions/core/classify/train.js';

import { int8Bytes, packedSize } from './lib/packed-size.js';
import { loadTopicSplits } from './lib/topic-splits.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const csvArg = argv.indexOf('--csv');
const csvPath = resolve(csvArg >= 0 ? argv[csvArg + 1]! : join(root, '../shared/data/agnews/train_pool.csv'));
const wanted = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--csv');

interface Variant {
  features: FeatureConfig;
  epochs?: number;
  learningRate?: number;
  idf?: boolean;
  nbAlpha?: number;
}
const base: FeatureConfig = { hashBits: 20, wordNgrams: [1, 2], charNgrams: [], maxBodyWords: 80 };
const variants: Record<string, Variant> = {
  base: { features: base },
  noidf: { features: base, idf: false },
  title: { features: { ...base, titleWords: true } },
  case: { features: { ...base, caseWords: true } },
  char: { features: { ...base, charNgrams: [3, 4, 5] } },
  charhalf: { features: { ...base, charNgrams: [3, 4, 5], charWeight: 0.5 } },
  charall: { features: { ...base, charNgrams: [3, 4, 5], charWeight: 0.5, titleWords: true, caseWords: true } },
  all18: { features: { ...base, hashBits: 18, charNgrams: [3, 4, 5], charWeight: 0.5, titleWords: true, caseWords: true } },
  all19: { features: { ...base, hashBits: 19, charNgrams: [3, 4, 5], charWeight: 0.5, titleWords: true, caseWords: true } },
  case19: { features: { ...base, hashBits: 19, caseWords: true } },
  case19noidf: { features: { ...base, hashBits: 19, caseWords: true }, idf: false },
  case18ep6: { features: { ...base, hashBits: 18, caseWords: true }, epochs: 6 },
  case18skip: { features: { ...base, hashBits: 18, caseWords: true, skipBigrams: true } },
  case18char: { features: { ...base, hashBits: 18, caseWords: true, charNgrams: [3, 4, 5], charWeight: 0.5 } },
  case18lr2: { features: { ...base, hashBits: 18, caseWords: true }, learningRate: 2 },
  case18lr8: { features: { ...base, hashBits: 18, caseWords: true }, learningRate: 8, epochs: 10 },
  case18a03: { features: { ...base, hashBits: 18, caseWords: true }, nbAlpha: 0.03 },
  case18a05: { features: { ...base, hashBits: 18, caseWords: true }, nbAlpha: 0.5 },
  case18: { features: { ...base, hashBits: 18, caseWords: true } },
  caselr: { features: { ...base, caseWords: true }, epochs: 30, learningRate: 8 },
  tc: { features: { ...base, titleWords: true, caseWords: true } },
  tri20: { features: { ...base, wordNgrams: [1, 2, 3], caseWords: true } },
  tri22: { features: { ...base, hashBits: 22, wordNgrams: [1, 2, 3], caseWords: true } },
  tc18: { features: { ...base, hashBits: 18, titleWords: true, caseWords: true } },
  tcep: { features: { ...base, titleWords: true, caseWords: true }, epochs: 30, learningRate: 2 },
};

// The inner split of the training part is where variants and ensemble weights are chosen.
const { rows, names, valIdx, innerTrain, innerVal } = loadTopicSplits(csvPath);
const K = names.length;
const y = (ids: number[]): number[] => ids.map((i) => names.indexOf(rows[i]!.label));

/** Log-scale int8: fine steps near zero, coarse ones for the few large weights; |w| below `floor` is zeroed. */
function quantizeLog(w: Float32Array, floor: number): { wq: Float32Array; q: Int8Array } {
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const c = Math.log(maxAbs / floor) / 126;
  const q = new Int8Array(w.length);
  const wq = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]!);
    if (a < floor) continue;
    const m = Math.min(127, 1 + Math.round(Math.log(a / floor) / c));
    q[i] = Math.sign(w[i]!) * m;
    wq[i] = Math.sign(w[i]!) * floor * Math.exp((m - 1) * c);
  }
  return { wq, q };
}

function quantize(w: Float32Array, prune: number): { wq: Float32Array; q: Int8Array } {
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const q = new Int8Array(w.length);
  const wq = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    let v = Math.round(w[i]! / scale);
    if (Math.abs(v) <= prune) v = 0;
    q[i] = v;
    wq[i] = v * scale;
  }
  return { wq, q };
}

const pct = (a: number): string => (a * 100).toFixed(2);
const table: string[] = [];
for (const [name, v] of Object.entries(variants)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const t0 = Date.now();
  const cfg = v.features;
  const dim = (1 << cfg.hashBits) + 1;
  const vec = (ids: number[]): SparseVector[] => ids.map((i) => featurizeText(rows[i]!.text, cfg));
  const rawTrain = vec(innerTrain);
  const df = new Float32Array(dim);
  for (const x of rawTrain) for (let j = 0; j < x.idx.length - 1; j++) df[x.idx[j]!]!++;
  const idf = new Float32Array(dim);
  const N = rawTrain.length;
  for (let b = 0; b < dim; b++) idf[b] = v.idf === false ? 1 : Math.log((N + 1) / (df[b]! + 1)) + 1;
  const xs = applyIdf(rawTrain, idf);
  const ys = y(innerTrain);
  const ivx = applyIdf(vec(innerVal), idf);
  const ivy = y(innerVal);
  const hvx = applyIdf(vec(valIdx), idf);
  const hvy = y(valIdx);
  const sgd = { epochs: v.epochs ?? 20, learningRate: v.learningRate ?? 4, seed: DEFAULT_SEED };
  const lr = trainWeights(xs, ys, K, cfg, sgd);
  const nb = trainNaiveBayes(xs, ys, K, dim, v.nbAlpha ?? 0.1);
  const svm = trainNbLogistic(xs, ys, K, cfg, nb.counts, { ...sgd, epochs: Math.max(3, Math.round(sgd.epochs / 2)), learningRate: sgd.learningRate / 2 });
  const mix = (a: number, b: number, c: number): Float32Array => {
    const w = new Float32Array(lr.length);
    for (let p = 0; p < w.length; p++) w[p] = a * lr[p]! + b * nb.w[p]! + c * svm[p]!;
    return w;
  };
  const line = (label: string, w: Float32Array): string =>
    `${name.padEnd(9)} ${label.padEnd(26)} inner ${pct(accuracyOf(w, K, ivx, ivy))}  held-out ${pct(accuracyOf(w, K, hvx, hvy))}`;
  for (const [label, w] of [
    ['LR', lr],
    ['NB', nb.w],
    ['NB-SVM', svm],
  ] as const)
    table.push(line(label, w));
  const eq = mix(1, 1, 1);
  table.push(line('LR+NB+NBSVM (1,1,1)', eq));
  // Ensemble weights chosen on the inner split only.
  let best = { acc: -1, a: 1, b: 1, c: 1 };
  for (const a of [0, 0.5, 1, 2])
    for (const b of [0, 0.25, 0.5, 1])
      for (const c of [0, 0.5, 1, 2]) {
        if (a + b + c === 0) continue;
        const acc = accuracyOf(mix(a, b, c), K, ivx, ivy);
        if (acc > best.acc + 1e-9) best = { acc, a, b, c };
      }
  const tuned = mix(best.a, best.b, best.c);
  table.push(line(`tuned (${best.a},${best.b},${best.c})`, tuned));
  for (const [mixName, mw] of [
    ['eq', eq],
    ['tuned', tuned],
  ] as const) {
    let maxAbs = 0;
    for (const x of mw) maxAbs = Math.max(maxAbs, Math.abs(x));
    for (const prune of [0, 1, 2]) {
      // Negative: log quantisation with that fraction of the largest weight as the zero floor.
      const { wq, q } = prune >= 0 ? quantize(mw, prune) : quantizeLog(mw, -prune * maxAbs);
      // The stored IDF: 32 levels, dead buckets collapsed to the top level, as the trainer stores it.
      const iq = quantizeIdf(idf, 32, (b) => q[b * K] !== 0 || q[b * K + 1] !== 0 || q[b * K + 2] !== 0 || q[b * K + 3] !== 0);
      const idfKB = packedSize(iq.q).kb;
      const ivx2 = applyIdf(vec(innerVal), Float32Array.from(iq.q, (x) => x * iq.step));
      const hvx2 = applyIdf(vec(valIdx), Float32Array.from(iq.q, (x) => x * iq.step));
      table.push(
        `${name.padEnd(9)} ${`${mixName} int8 prune<=${prune}`.padEnd(26)} inner ${pct(accuracyOf(wq, K, ivx2, ivy))}  held-out ${pct(accuracyOf(wq, K, hvx2, hvy))}  weights ${packedSize(int8Bytes(q)).kb.toFixed(0)} KB, idf ${idfKB.toFixed(0)} KB`,
      );
    }
  }
  table.push(`${name.padEnd(9)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(table.slice(-12).join('\n'));
}
console.log('\nsummary\n' + table.join('\n'));
