/**
 * End-to-end quality: raw files through processDocument (decode → clean → classify, the default
 * classifier) scored against hand-written expectations: title, publish date, author (where given),
 * topic, language, where the body starts and ends, sentences that must survive, junk that must be
 * gone and entity recall. Sets: bench/data/e2e-dev, bench/data/e2e-holdout, bench/data/e2e-holdout-2,
 * bench/data/e2e-holdout-3, bench/data/e2e-holdout-4, bench/data/e2e-holdout-5, bench/data/e2e-holdout-6, bench/data/e2e-holdout-7, bench/data/e2e-holdout-8, bench/data/e2e-holdout-9, bench/data/e2e-holdout-10, bench/data/e2e-holdout-11, bench/data/e2e-holdout-12, bench/data/e2e-holdout-13, bench/data/e2e-holdout-14, bench/data/e2e-holdout-15, bench/data/e2e-holdout-16, bench/data/e2e-holdout-17, bench/data/e2e-holdout-18, bench/data/e2e-holdout-19, bench/data/e2e-holdout-20, bench/data/e2e-holdout-21, bench/data/e2e-holdout-22, bench/data/e2e-holdout-23, bench/data/e2e-holdout-24, bench/data/e2e-holdout-25, bench/data/e2e-holdout-26, bench/data/e2e-holdout-27, bench/data/e2e-holdout-28, bench/data/e2e-holdout-29, bench/data/e2e-holdout-30, bench/data/e2e-holdout-31, bench/data/e2e-holdout-32, bench/data/e2e-holdout-33, bench/data/e2e-holdout-34, bench/data/e2e-holdout-35, bench/data/e2e-holdout-36, bench/data/e2e-holdout-37, bench/data/e2e-holdout-38, bench/data/e2e-holdout-39, bench/data/e2e-holdout-40, bench/data/e2e-holdout-41, bench/data/e2e-holdout-42, bench/data/e2e-holdout-43, bench/data/e2e-holdout-44, bench/data/e2e-holdout-45, bench/data/e2e-holdout-46, bench/data/e2e-holdout-47, bench/data/e2e-holdout-48, bench/data/e2e-holdout-49, bench/data/e2e-holdout-50, bench/data/e2e-holdout-51, bench/data/e2e-holdout-52, bench/data/e2e-holdout-53, bench/data/e2e-holdout-54, bench/data/e2e-holdout-55, bench/data/e2e-holdout-56, bench/data/e2e-holdout-57, bench/data/e2e-holdout-58, bench/data/e2e-holdout-59, bench/data/e2e-holdout-60, bench/data/e2e-holdout-61, bench/data/e2e-holdout-62, bench/data/e2e-holdout-63, bench/data/e2e-holdout-64, bench/data/e2e-holdout-65, bench/data/e2e-holdout-66, bench/data/e2e-holdout-67, bench/data/e2e-holdout-68, bench/data/e2e-holdout-69, bench/data/e2e-holdout-70 and, when the reference data sits next to the repository, ../shared/seeds. The matching rules are in bench/lib/end-to-end-score.ts.
 *
 *   npx tsx bench/end-to-end.ts [--json] [--failures]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultClassifier } from '../functions/core/classify/index.js';
import { processDocument } from '../functions/core/process-document.js';
import { FIELDS, scoreSet } from './lib/end-to-end-score.js';
import type { ExactExceptions, ExpectedArticle, Outcome, Rules, SetScore } from './lib/end-to-end-score.js';
import { printTable, progress } from './lib/stats.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const showFailures = process.argv.includes('--failures');

/** Fixed clocks so that relative dates ("2 hours ago") and the future-date check give the same answer every run. */
const LAST_MODIFIED = new Date('2029-01-01T00:00:00Z');
const NOW = new Date('2030-01-01T00:00:00Z');

const sets: { name: string; dir: string; rules: Rules; optional?: boolean }[] = [
  { name: 'e2e-dev', dir: join(root, 'bench/data/e2e-dev'), rules: 'exact' },
  { name: 'e2e-holdout', dir: join(root, 'bench/data/e2e-holdout'), rules: 'normalized' },
  { name: 'e2e-holdout-2', dir: join(root, 'bench/data/e2e-holdout-2'), rules: 'normalized' },
  { name: 'e2e-holdout-3', dir: join(root, 'bench/data/e2e-holdout-3'), rules: 'normalized' },
  { name: 'e2e-holdout-4', dir: join(root, 'bench/data/e2e-holdout-4'), rules: 'normalized' },
  { name: 'e2e-holdout-5', dir: join(root, 'bench/data/e2e-holdout-5'), rules: 'normalized' },
  { name: 'e2e-holdout-6', dir: join(root, 'bench/data/e2e-holdout-6'), rules: 'normalized' },
  { name: 'e2e-holdout-7', dir: join(root, 'bench/data/e2e-holdout-7'), rules: 'normalized' },
  { name: 'e2e-holdout-8', dir: join(root, 'bench/data/e2e-holdout-8'), rules: 'normalized' },
  { name: 'e2e-holdout-9', dir: join(root, 'bench/data/e2e-holdout-9'), rules: 'normalized' },
  { name: 'e2e-holdout-10', dir: join(root, 'bench/data/e2e-holdout-10'), rules: 'normalized' },
  { name: 'e2e-holdout-11', dir: join(root, 'bench/data/e2e-holdout-11'), rules: 'normalized' },
  { name: 'e2e-holdout-12', dir: join(root, 'bench/data/e2e-holdout-12'), rules: 'normalized' },
  { name: 'e2e-holdout-13', dir: join(root, 'bench/data/e2e-holdout-13'), rules: 'normalized' },
  { name: 'e2e-holdout-14', dir: join(root, 'bench/data/e2e-holdout-14'), rules: 'normalized' },
  { name: 'e2e-holdout-15', dir: join(root, 'bench/data/e2e-holdout-15'), rules: 'normalized' },
  { name: 'e2e-holdout-16', dir: join(root, 'bench/data/e2e-holdout-16'), rules: 'normalized' },
  { name: 'e2e-holdout-17', dir: join(root, 'bench/data/e2e-holdout-17'), rules: 'normalized' },
  { name: 'e2e-holdout-18', dir: join(root, 'bench/data/e2e-holdout-18'), rules: 'normalized' },
  { name: 'e2e-holdout-19', dir: join(root, 'bench/data/e2e-holdout-19'), rules: 'normalized' },
  { name: 'e2e-holdout-20', dir: join(root, 'bench/data/e2e-holdout-20'), rules: 'normalized' },
  { name: 'e2e-holdout-21', dir: join(root, 'bench/data/e2e-holdout-21'), rules: 'normalized' },
  { name: 'e2e-holdout-22', dir: join(root, 'bench/data/e2e-holdout-22'), rules: 'normalized' },
  { name: 'e2e-holdout-23', dir: join(root, 'bench/data/e2e-holdout-23'), rules: 'normalized' },
  { name: 'e2e-holdout-24', dir: join(root, 'bench/data/e2e-holdout-24'), rules: 'normalized' },
  { name: 'e2e-holdout-25', dir: join(root, 'bench/data/e2e-holdout-25'), rules: 'normalized' },
  { name: 'e2e-holdout-26', dir: join(root, 'bench/data/e2e-holdout-26'), rules: 'normalized' },
  { name: 'e2e-holdout-27', dir: join(root, 'bench/data/e2e-holdout-27'), rules: 'normalized' },
  { name: 'e2e-holdout-28', dir: join(root, 'bench/data/e2e-holdout-28'), rules: 'normalized' },
  { name: 'e2e-holdout-29', dir: join(root, 'bench/data/e2e-holdout-29'), rules: 'normalized' },
  { name: 'e2e-holdout-30', dir: join(root, 'bench/data/e2e-holdout-30'), rules: 'normalized' },
  { name: 'e2e-holdout-31', dir: join(root, 'bench/data/e2e-holdout-31'), rules: 'normalized' },
  { name: 'e2e-holdout-32', dir: join(root, 'bench/data/e2e-holdout-32'), rules: 'normalized' },
  { name: 'e2e-holdout-33', dir: join(root, 'bench/data/e2e-holdout-33'), rules: 'normalized' },
  { name: 'e2e-holdout-34', dir: join(root, 'bench/data/e2e-holdout-34'), rules: 'normalized' },
  { name: 'e2e-holdout-35', dir: join(root, 'bench/data/e2e-holdout-35'), rules: 'normalized' },
  { name: 'e2e-holdout-36', dir: join(root, 'bench/data/e2e-holdout-36'), rules: 'normalized' },
  { name: 'e2e-holdout-37', dir: join(root, 'bench/data/e2e-holdout-37'), rules: 'normalized' },
  { name: 'e2e-holdout-38', dir: join(root, 'bench/data/e2e-holdout-38'), rules: 'normalized' },
  { name: 'e2e-holdout-39', dir: join(root, 'bench/data/e2e-holdout-39'), rules: 'normalized' },
  { name: 'e2e-holdout-40', dir: join(root, 'bench/data/e2e-holdout-40'), rules: 'normalized' },
  { name: 'e2e-holdout-41', dir: join(root, 'bench/data/e2e-holdout-41'), rules: 'normalized' },
  { name: 'e2e-holdout-42', dir: join(root, 'bench/data/e2e-holdout-42'), rules: 'normalized' },
  { name: 'e2e-holdout-43', dir: join(root, 'bench/data/e2e-holdout-43'), rules: 'normalized' },
  { name: 'e2e-holdout-44', dir: join(root, 'bench/data/e2e-holdout-44'), rules: 'normalized' },
  { name: 'e2e-holdout-45', dir: join(root, 'bench/data/e2e-holdout-45'), rules: 'normalized' },
  { name: 'e2e-holdout-46', dir: join(root, 'bench/data/e2e-holdout-46'), rules: 'normalized' },
  { name: 'e2e-holdout-47', dir: join(root, 'bench/data/e2e-holdout-47'), rules: 'normalized' },
  { name: 'e2e-holdout-48', dir: join(root, 'bench/data/e2e-holdout-48'), rules: 'normalized' },
  { name: 'e2e-holdout-49', dir: join(root, 'bench/data/e2e-holdout-49'), rules: 'normalized' },
  { name: 'e2e-holdout-50', dir: join(root, 'bench/data/e2e-holdout-50'), rules: 'normalized' },
  { name: 'e2e-holdout-51', dir: join(root, 'bench/data/e2e-holdout-51'), rules: 'normalized' },
  { name: 'e2e-holdout-52', dir: join(root, 'bench/data/e2e-holdout-52'), rules: 'normalized' },
  { name: 'e2e-holdout-53', dir: join(root, 'bench/data/e2e-holdout-53'), rules: 'normalized' },
  { name: 'e2e-holdout-54', dir: join(root, 'bench/data/e2e-holdout-54'), rules: 'normalized' },
  { name: 'e2e-holdout-55', dir: join(root, 'bench/data/e2e-holdout-55'), rules: 'normalized' },
  { name: 'e2e-holdout-56', dir: join(root, 'bench/data/e2e-holdout-56'), rules: 'normalized' },
  { name: 'e2e-holdout-57', dir: join(root, 'bench/data/e2e-holdout-57'), rules: 'normalized' },
  { name: 'e2e-holdout-58', dir: join(root, 'bench/data/e2e-holdout-58'), rules: 'normalized' },
  { name: 'e2e-holdout-59', dir: join(root, 'bench/data/e2e-holdout-59'), rules: 'normalized' },
  { name: 'e2e-holdout-60', dir: join(root, 'bench/data/e2e-holdout-60'), rules: 'normalized' },
  { name: 'e2e-holdout-61', dir: join(root, 'bench/data/e2e-holdout-61'), rules: 'normalized' },
  { name: 'e2e-holdout-62', dir: join(root, 'bench/data/e2e-holdout-62'), rules: 'normalized' },
  { name: 'e2e-holdout-63', dir: join(root, 'bench/data/e2e-holdout-63'), rules: 'normalized' },
  { name: 'e2e-holdout-64', dir: join(root, 'bench/data/e2e-holdout-64'), rules: 'normalized' },
  { name: 'e2e-holdout-65', dir: join(root, 'bench/data/e2e-holdout-65'), rules: 'normalized' },
  { name: 'e2e-holdout-66', dir: join(root, 'bench/data/e2e-holdout-66'), rules: 'normalized' },
  { name: 'e2e-holdout-67', dir: join(root, 'bench/data/e2e-holdout-67'), rules: 'normalized' },
  { name: 'e2e-holdout-68', dir: join(root, 'bench/data/e2e-holdout-68'), rules: 'normalized' },
  { name: 'e2e-holdout-69', dir: join(root, 'bench/data/e2e-holdout-69'), rules: 'normalized' },
  { name: 'e2e-holdout-70', dir: join(root, 'bench/data/e2e-holdout-70'), rules: 'normalized' },
  { name: 'e2e-holdout-71', dir: join(root, 'bench/data/e2e-holdout-71'), rules: 'normalized' },
  { name: 'e2e-holdout-72', dir: join(root, 'bench/data/e2e-holdout-72'), rules: 'normalized' },
  { name: 'e2e-holdout-73', dir: join(root, 'bench/data/e2e-holdout-73'), rules: 'normalized' },
  { name: 'e2e-holdout-74', dir: join(root, 'bench/data/e2e-holdout-74'), rules: 'normalized' },
  { name: 'e2e-holdout-75', dir: join(root, 'bench/data/e2e-holdout-75'), rules: 'normalized' },
  { name: 'e2e-holdout-76', dir: join(root, 'bench/data/e2e-holdout-76'), rules: 'normalized' },
  { name: 'e2e-holdout-77', dir: join(root, 'bench/data/e2e-holdout-77'), rules: 'normalized' },
  { name: 'e2e-holdout-78', dir: join(root, 'bench/data/e2e-holdout-78'), rules: 'normalized' },
  { name: 'e2e-holdout-79', dir: join(root, 'bench/data/e2e-holdout-79'), rules: 'normalized' },
  { name: 'e2e-holdout-80', dir: join(root, 'bench/data/e2e-holdout-80'), rules: 'normalized' },
  { name: 'e2e-holdout-81', dir: join(root, 'bench/data/e2e-holdout-81'), rules: 'normalized' },
  { name: 'e2e-holdout-82', dir: join(root, 'bench/data/e2e-holdout-82'), rules: 'normalized' },
  { name: 'e2e-holdout-83', dir: join(root, 'bench/data/e2e-holdout-83'), rules: 'normalized' },
  { name: 'e2e-holdout-84', dir: join(root, 'bench/data/e2e-holdout-84'), rules: 'normalized' },
  { name: 'e2e-holdout-85', dir: join(root, 'bench/data/e2e-holdout-85'), rules: 'normalized' },
  { name: 'e2e-holdout-86', dir: join(root, 'bench/data/e2e-holdout-86'), rules: 'normalized' },
  { name: 'e2e-holdout-87', dir: join(root, 'bench/data/e2e-holdout-87'), rules: 'normalized' },
  { name: 'e2e-holdout-88', dir: join(root, 'bench/data/e2e-holdout-88'), rules: 'normalized' },
  { name: 'e2e-holdout-89', dir: join(root, 'bench/data/e2e-holdout-89'), rules: 'normalized' },
  { name: 'seeds', dir: join(root, '../shared/seeds'), rules: 'normalized', optional: true },
];

const classifier = loadDefaultClassifier();
const started = performance.now();
const scores: Record<string, SetScore & { dir: string; ms: number }> = {};

for (const set of sets) {
  const expectedPath = join(set.dir, 'expected.json');
  if (!existsSync(expectedPath)) {
    if (set.optional) continue;
    throw new Error(`missing ${expectedPath}`);
  }
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedArticle[];
  const exceptionsPath = join(set.dir, 'scoring.json');
  const exceptions = existsSync(exceptionsPath) ? (JSON.parse(readFileSync(exceptionsPath, 'utf8')) as ExactExceptions) : {};
  const outcomes = new Map<string, Outcome>();
  const t0 = performance.now();
  for (const [index, { file }] of expected.entries()) {
    if (process.stderr.isTTY) process.stderr.write(`\r${set.name}: ${index + 1}/${expected.length} ${file}`.padEnd(72));
    try {
      const article = await processDocument(
        { key: file, bytes: new Uint8Array(readFileSync(join(set.dir, file))), lastModified: LAST_MODIFIED },
        { classifier, now: NOW, maxBytes: 5e6 },
      );
      outcomes.set(file, article);
    } catch (error) {
      const e = error as Error & { code?: string };
      outcomes.set(file, { error: `${e.name}${e.code ? ` ${e.code}` : ''}: ${e.message}` });
    }
  }
  const ms = performance.now() - t0;
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(73) + '\r');
  progress(`${set.name}: ${expected.length} files processed in ${(ms / 1000).toFixed(1)} s`);
  scores[set.name] = { dir: relative(root, set.dir), ms: Math.round(ms), ...scoreSet(expected, outcomes, set.rules, exceptions) };
}

const percent = (ok: number, total: number): string => (total ? `${((100 * ok) / total).toFixed(1)}%` : '');
for (const [name, score] of Object.entries(scores)) {
  const unit = (field: string): string => (score.rules === 'exact' || !field.startsWith('must') ? 'articles' : 'sentences');
  const rows: Record<string, unknown>[] = [];
  for (const field of FIELDS) {
    const t = score.fields[field];
    if (t) rows.push({ field, counted: unit(field), passed: `${t.ok}/${t.total}`, share: percent(t.ok, t.total) });
  }
  for (const [label, tallies] of [
    ['entities', score.entities],
    ['entities, lenient', score.entitiesLenient],
  ] as const) {
    if (!tallies) continue;
    for (const [kind, t] of Object.entries(tallies)) rows.push({ field: `${label} ${kind}`, counted: 'names', passed: `${t.ok}/${t.total}`, share: percent(t.ok, t.total) });
  }
  const groups = Object.entries(score.entitiesByLanguage);
  if (groups.every(([, g]) => g.strict.total > 0)) {
    for (const [group, { strict, lenient }] of groups) {
      rows.push({ field: `entities overall, ${group}`, counted: 'names', passed: `${strict.ok}/${strict.total}`, share: percent(strict.ok, strict.total) });
      rows.push({ field: `entities, lenient, ${group}`, counted: 'names', passed: `${lenient.ok}/${lenient.total}`, share: percent(lenient.ok, lenient.total) });
    }
  }
  printTable(`${name}: ${score.files} files in ${score.dir} (${score.rules} rules; ${score.errors} failed to process; ${score.failures.length} failures)`, rows);
  if (showFailures) {
    const print = json ? console.error : console.log;
    for (const failure of score.failures) print(`  ${failure}`);
  }
}

if (json) {
  const out = Object.fromEntries(
    Object.entries(scores).map(([name, { failures, ...score }]) => [name, showFailures ? { ...score, failures } : { ...score, failureCount: failures.length }]),
  );
  console.log(JSON.stringify({ sets: out, totalMs: Math.round(performance.now() - started) }, null, 2));
}
