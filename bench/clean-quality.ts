/**
 * Cleaning quality and speed: our cleaner beside Readability.js + linkedom on the same pages.
 *
 *   npm run bench:clean            a table on stdout, progress on stderr
 *   npm run bench:clean -- --json  machine-readable results (add --pages for per-page scores)
 *   npm run bench:clean -- --reps=5   time each page five times, keeping the fastest (default 3)
 *   npm run bench:clean -- --train-lines   refit functions/core/clean/line-model.ts on the l3s-dev
 *                                          training pages (ids 0-3), then measure
 *
 * Reads ../shared/data/aeb-dev (HTML, hand-made bodies) and ../shared/data/l3s-dev (plain text,
 * labelled lines). Exits 0 with a message when the data is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../functions/core/decode/index.js';
import { cleanDocument } from '../functions/core/clean/index.js';
import { collectBlocks, type DomElement } from '../functions/core/clean/dom.js';
import { textLineFeatures } from '../functions/core/clean/text.js';
import { normalizeSpace } from '../functions/core/clean/text-utils.js';
import { aggregate, scorePage, type Aggregate, type PageScore } from './lib/f1.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.DROPFEED_DATA ?? path.resolve(here, '../../shared/data');
const json = process.argv.includes('--json');
const limitArg = process.argv.find((a) => a.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : Infinity;
const repsArg = process.argv.find((a) => a.startsWith('--reps='));
/** Each page is timed this many times and its fastest run kept: the machine may be busy with other work. */
const reps = Math.max(1, repsArg ? Number(repsArg.slice('--reps='.length)) : 3);
const NOW = new Date('2030-01-01T00:00:00Z');

function progress(msg: string): void {
  process.stderr.write(`\r${msg}`.padEnd(60));
}

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

interface Row {
  set: string;
  system: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  medianMs: number | null;
  p95Ms: number | null;
}

function row(set: string, system: string, agg: Aggregate, times: number[] | null): Row {
  return {
    set,
    system,
    pages: agg.pages,
    f1: agg.f1,
    precision: agg.precision,
    recall: agg.recall,
    medianMs: times ? quantile(times, 0.5) : null,
    p95Ms: times ? quantile(times, 0.95) : null,
  };
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability<DomElement>(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node as unknown as DomElement,
  }).parse();
  return parsed?.content ? collectBlocks(parsed.content).map((b) => b.text).join('\n') : '';
}

async function oursText(text: string, format: 'html' | 'text', url: string | null): Promise<string> {
  try {
    const a = await cleanDocument({ text, format, encoding: 'utf-8' }, { now: NOW, url });
    return a.paragraphs.join('\n');
  } catch {
    return '';
  }
}

async function benchHtml(rows: Row[], perPage: Record<string, unknown>[]): Promise<void> {
  const dir = path.join(dataDir, 'aeb-dev');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const keys = Object.keys(truth).sort().slice(0, limit);
  const pages = keys.map((key) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${key}.html.gz`)));
    return { key, text: decodeDocument(bytes, { key: `${key}.html` }).text, truth: truth[key]!.articleBody, url: truth[key]!.url };
  });
  // Warm both code paths so the first page does not pay for JIT compilation.
  for (const p of pages.slice(0, 3)) {
    readabilityText(p.text);
    await oursText(p.text, 'html', p.url);
  }
  const ours: PageScore[] = [];
  const base: PageScore[] = [];
  const oursMs: number[] = [];
  const baseMs: number[] = [];
  for (const [i, p] of pages.entries()) {
    progress(`aeb-dev ${i + 1}/${pages.length}`);
    // Alternate which runs first, so neither always pays for the other's garbage collection.
    let bestBase = Infinity;
    let bestOurs = Infinity;
    const runBase = (): string => {
      const t = performance.now();
      const text = readabilityText(p.text);
      bestBase = Math.min(bestBase, performance.now() - t);
      return text;
    };
    const runOurs = async (): Promise<string> => {
      const t = performance.now();
      const text = await oursText(p.text, 'html', p.url);
      bestOurs = Math.min(bestOurs, performance.now() - t);
      return text;
    };
    let r = '';
    let o = '';
    for (let rep = 0; rep < reps; rep++) {
      if ((i + rep) % 2 === 0) {
        r = runBase();
        o = await runOurs();
      } else {
        o = await runOurs();
        r = runBase();
      }
    }
    baseMs.push(bestBase);
    oursMs.push(bestOurs);
    const so = scorePage(o, p.truth);
    const sb = scorePage(r, p.truth);
    ours.push(so);
    base.push(sb);
    perPage.push({ set: 'aeb-dev', key: p.key, ours: so, readability: sb });
  }
  rows.push(row('aeb-dev (html)', 'dropfeed', aggregate(ours), oursMs));
  rows.push(row('aeb-dev (html)', 'Readability.js + linkedom', aggregate(base), baseMs));
}

async function benchText(rows: Row[], perPage: Record<string, unknown>[]): Promise<void> {
  const dir = path.join(dataDir, 'l3s-dev');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const ours: PageScore[] = [];
  const heldOut: PageScore[] = [];
  const all: PageScore[] = [];
  const rule: PageScore[] = [];
  const ms: number[] = [];
  for (const [i, id] of ids.entries()) {
    progress(`l3s-dev ${i + 1}/${ids.length}`);
    const raw = readFileSync(path.join(dir, 'raw', `${id}.txt`), 'utf8');
    let o = '';
    let best = Infinity;
    for (let rep = 0; rep < reps; rep++) {
      const t = performance.now();
      o = await oursText(raw, 'text', null);
      best = Math.min(best, performance.now() - t);
    }
    ms.push(best);
    const s = scorePage(o, truth[id]!.articleBody);
    ours.push(s);
    if (isHeldOut(id)) heldOut.push(s);
    all.push(scorePage(raw, truth[id]!.articleBody));
    const kept = raw.split('\n').filter((l) => l.split(/\s+/).length >= 10 && /[.!?"”]\s*$/.test(l));
    rule.push(scorePage(kept.join('\n'), truth[id]!.articleBody));
    perPage.push({ set: 'l3s-dev', key: id, ours: s });
  }
  rows.push(row('l3s-dev (text)', 'dropfeed', aggregate(ours), ms));
  rows.push(row('l3s-dev (text)', 'dropfeed, held-out pages', aggregate(heldOut), null));
  rows.push(row('l3s-dev (text)', 'keep every line', aggregate(all), null));
  rows.push(row('l3s-dev (text)', '≥10 words ending in punctuation', aggregate(rule), null));
}

/** The line model is fitted on pages whose id starts with 0-3; pages 4-7 are held out. */
export function isHeldOut(id: string): boolean {
  return /^[4-7]/.test(id);
}

const VETO = 0.2;

const FEATURE_NAMES = [
  'log words', 'ends like a sentence', 'stop-word ratio', 'capitalized ratio', 'digit ratio', 'separators', 'junk phrase',
  'prose', 'short sentence', 'inside main run', 'kept by rules', 'after comment marker', 'relative position',
  'previous is prose', 'next is prose', 'prose around', 'under 4 words', '30+ words', 'is the title', 'opens with a quote',
  'above the body', 'comment-like line just above', 'comment-like lines above (log)',
];

/** Fits the line model (logistic regression, L2, batch gradient descent) and writes it as a TS module. */
function trainLines(): void {
  const file = path.join(dataDir, 'l3s-dev', 'lines.jsonl');
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const page = JSON.parse(line) as { id: string; lines: Array<{ t: string; label: number }> };
    if (isHeldOut(page.id)) continue;
    const units = textLineFeatures(page.lines.map((l) => l.t).join('\n'), NOW);
    let j = 0;
    for (const u of units) {
      // Units follow the labelled lines in order; a unit matches the next line with the same text.
      let k = j;
      while (k < page.lines.length && normalizeSpace(page.lines[k]!.t) !== u.text) k++;
      if (k >= page.lines.length) continue;
      j = k + 1;
      xs.push(u.features);
      ys.push(page.lines[k]!.label === 2 ? 1 : 0);
      // Weight by length: the metric counts words, not lines.
      ws.push(Math.log1p(u.text.split(/\s+/).length));
    }
  }
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const lr = 0.5;
  const l2 = 1e-4;
  const wsum = ws.reduce((a, v) => a + v, 0);
  for (let epoch = 0; epoch < 3000; epoch++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let n = 0; n < xs.length; n++) {
      const x = xs[n]!;
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const err = (1 / (1 + Math.exp(-z)) - ys[n]!) * ws[n]!;
      for (let k = 0; k < d; k++) gw[k]! += err * x[k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] = w[k]! - lr * (gw[k]! / wsum + l2 * w[k]!);
    b -= (lr * gb) / wsum;
    if (epoch % 500 === 0) progress(`training line model: epoch ${epoch}`);
  }
  // Threshold: best word-weighted F1 on the training lines.
  let best = { t: 0.5, f1: 0 };
  for (let t = 0.2; t <= 0.8; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    xs.forEach((x, n) => {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const yes = 1 / (1 + Math.exp(-z)) >= t;
      const weight = ws[n]!;
      if (yes && ys[n]) tp += weight;
      else if (yes) fp += weight;
      else if (ys[n]) fn += weight;
    });
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { t, f1 };
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  const out = `/**
 * Logistic-regression weights for keeping a plain-text line as article body.
 * Fitted by \`npm run bench:clean -- --train-lines\` on the labelled L3S-GN1 development pages
 * (ids 0-3; ids 4-7 are held out). ${xs.length} lines; generated file, do not edit by hand.
 */
export const LINE_MODEL = {
  features: ${JSON.stringify(FEATURE_NAMES)},
  weights: ${JSON.stringify(w.map(round))},
  bias: ${round(b)},
  threshold: ${round(best.t)},
  /** Lines the structural rules keep are dropped only below this probability. */
  veto: ${VETO},
};
`;
  writeFileSync(path.resolve(here, '../functions/core/clean/line-model.ts'), out);
  process.stderr.write(`\nline model written: ${xs.length} lines, threshold ${round(best.t)}, training F1 ${best.f1.toFixed(3)}\n`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--train-lines')) {
    if (!existsSync(path.join(dataDir, 'l3s-dev', 'lines.jsonl'))) {
      console.log(`bench:clean: no training data at ${dataDir}/l3s-dev; nothing to fit.`);
      return;
    }
    trainLines();
    console.log('line model refitted; run `npm run bench:clean` (a fresh process) to measure it.');
    return;
  }
  const haveHtml = existsSync(path.join(dataDir, 'aeb-dev', 'ground-truth.json'));
  const haveText = existsSync(path.join(dataDir, 'l3s-dev', 'ground-truth.json'));
  if (!haveHtml && !haveText) {
    const msg = `bench:clean: no benchmark data at ${dataDir} (expected aeb-dev/ and l3s-dev/); nothing to measure.`;
    if (json) console.log(JSON.stringify({ skipped: true, reason: msg }));
    else console.log(msg);
    return;
  }
  const rows: Row[] = [];
  const perPage: Record<string, unknown>[] = [];
  if (haveHtml) await benchHtml(rows, perPage);
  if (haveText) await benchText(rows, perPage);
  process.stderr.write('\n');
  if (json) {
    console.log(JSON.stringify({ rows, perPage: process.argv.includes('--pages') ? perPage : undefined }, null, 2));
    return;
  }
  const fmt = (n: number | null, d = 3): string => (n === null || Number.isNaN(n) ? '—' : n.toFixed(d));
  console.log('| set | system | pages | F1 | P | R | median ms | p95 ms |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.set} | ${r.system} | ${r.pages} | ${fmt(r.f1)} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.medianMs, 1)} | ${fmt(r.p95Ms, 1)} |`);
  }
}

await main();
