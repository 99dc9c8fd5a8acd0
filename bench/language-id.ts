/**
 * Language identification on each bench/data/language-id* set: one file per language
 * (`<iso 639-1>.txt`), news items separated by `---` lines, from one sentence to several
 * paragraphs. Prints accuracy per language and per length, and every miss; `--json` prints the
 * numbers for bench/results.json.
 *
 *   npx tsx bench/language-id.ts [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectLanguage } from '../functions/core/classify/language.js';
import { printTable, progress, round } from './lib/stats.js';

const dataDir = resolve(import.meta.dirname, 'data');
const json = process.argv.includes('--json');

/** Length classes by words: a headline with its standfirst, a short item, an article. */
const lengthClass = (words: number): string => (words <= 30 ? 'short (≤30 words)' : words <= 100 ? 'medium (31–100)' : 'long (>100)');

interface Tally {
  right: number;
  total: number;
}
const tally = (map: Map<string, Tally>, key: string, right: boolean): void => {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total++;
  if (right) t.right++;
  map.set(key, t);
};
const pct = (t: Tally): number => round((100 * t.right) / t.total, 1);

function scoreSet(set: string): Record<string, unknown> {
  const dir = join(dataDir, set);
  const byLanguage = new Map<string, Tally>();
  const byLength = new Map<string, Tally>();
  const misses: { language: string; got: string; words: number; start: string }[] = [];
  const files = readdirSync(dir).filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort();
  if (files.length === 0) throw new Error(`no <code>.txt files in ${dir}`);
  const times: number[] = [];
  for (const [index, file] of files.entries()) {
    progress(`${set} [${index + 1}/${files.length}] ${file}`);
    const language = file.slice(0, 2);
    const samples = readFileSync(join(dir, file), 'utf8').split(/^---$/m).map((s) => s.trim()).filter(Boolean);
    for (const sample of samples) {
      const started = performance.now();
      const got = detectLanguage(sample);
      times.push(performance.now() - started);
      const words = sample.split(/\s+/).length;
      tally(byLanguage, language, got === language);
      tally(byLength, lengthClass(words), got === language);
      tally(byLength, 'all', got === language);
      if (got !== language) misses.push({ language, got, words, start: sample.slice(0, 70).replace(/\s+/g, ' ') });
    }
  }
  const all = byLength.get('all')!;
  if (!json) {
    printTable(`Language identification, ${all.total} items in ${files.length} languages (bench/data/${set})`, [
      ...[...byLength].map(([k, t]) => ({ items: k, right: `${t.right}/${t.total}`, accuracy: `${pct(t)}%` })),
    ]);
    printTable('By language', [...byLanguage].map(([k, t]) => ({ language: k, right: `${t.right}/${t.total}` })));
    if (misses.length > 0) printTable('Misses', misses.map((m) => ({ want: m.language, got: m.got, words: m.words, text: m.start })));
  }
  return {
    samples: all.total,
    languages: files.length,
    accuracyPct: pct(all),
    byLength: Object.fromEntries([...byLength].filter(([k]) => k !== 'all').map(([k, t]) => [k, { right: t.right, total: t.total, pct: pct(t) }])),
    byLanguage: Object.fromEntries([...byLanguage].map(([k, t]) => [k, { right: t.right, total: t.total }])),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length, 3),
    misses,
  };
}

const sets = readdirSync(dataDir).filter((d) => /^language-id(-\d+)?$/.test(d)).sort();
const results = Object.fromEntries(sets.map((set) => [set, scoreSet(set)]));
if (json) console.log(JSON.stringify(results, null, 2));
