/**
 * The AG News pool and the splits the topic experiments share: the model's held-out split
 * (`splitIndices(n, 0.1, DEFAULT_SEED)`, the one the trainer holds out) and an inner split of the
 * training part (a seeded shuffle, 10 % inner validation) on which variants and weights are chosen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseLabelledCsv } from '../../functions/core/classify/csv.js';
import { DEFAULT_SEED, makeRng, shuffle, splitIndices } from '../../functions/core/classify/train.js';

export interface TopicSplits {
  rows: ReturnType<typeof parseLabelledCsv>;
  /** Label names in `classes.txt` order. */
  names: string[];
  trainIdx: number[];
  valIdx: number[];
  innerTrain: number[];
  innerVal: number[];
}

export function loadTopicSplits(csvPath: string): TopicSplits {
  if (!existsSync(csvPath)) {
    console.error(`no CSV at ${csvPath}`);
    process.exit(2);
  }
  const names = readFileSync(join(dirname(csvPath), 'classes.txt'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const rows = parseLabelledCsv(readFileSync(csvPath, 'utf8'), new Map(names.map((n, i) => [String(i + 1), n]))).filter((r) => names.includes(r.label));
  const { trainIdx, valIdx } = splitIndices(rows.length, 0.1, DEFAULT_SEED);
  const inner = shuffle([...trainIdx], makeRng(7));
  const nInner = Math.floor(inner.length * 0.1);
  return { rows, names, trainIdx, valIdx, innerVal: inner.slice(0, nInner), innerTrain: inner.slice(nInner) };
}
