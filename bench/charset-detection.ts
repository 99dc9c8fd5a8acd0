/**
 * Reading text that is not UTF-8 and names no character set: the news items of the
 * bench/data/language-id* sets and the pages of the end-to-end sets, each saved in the legacy sets
 * its language was written in (Windows-1251 and KOI8-R for Russian, Windows-1250 and ISO-8859-2
 * for Czech, Shift_JIS and EUC-JP for Japanese …) and read back without a declaration. A text is
 * right when it reads back exactly as the same text saved in UTF-8 does. Prints accuracy per set and per length; `--json`
 * prints the numbers for bench/results.json.
 *
 *   npx tsx bench/charset-detection.ts [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeDocument } from '../functions/core/decode/index.js';
import { encodeLegacy } from './lib/legacy-encode.js';
import { printTable, progress, round, summarize } from './lib/stats.js';

const dataDir = resolve(import.meta.dirname, 'data');
const json = process.argv.includes('--json');

/** The sets each language's older files were saved in; Western European languages in Windows-1252. */
const SETS_OF: Readonly<Record<string, readonly string[]>> = {
  ru: ['windows-1251', 'koi8-r'], uk: ['windows-1251', 'koi8-u'], bg: ['windows-1251'], mk: ['windows-1251'], sr: ['windows-1251', 'windows-1250'],
  cs: ['windows-1250', 'iso-8859-2'], sk: ['windows-1250', 'iso-8859-2'], pl: ['windows-1250', 'iso-8859-2'], hu: ['windows-1250', 'iso-8859-2'],
  hr: ['windows-1250', 'iso-8859-2'], bs: ['windows-1250', 'iso-8859-2'], sl: ['windows-1250', 'iso-8859-2'], ro: ['windows-1250', 'iso-8859-2'], sq: ['windows-1250'],
  tr: ['windows-1254'], lt: ['windows-1257'], lv: ['windows-1257'], et: ['windows-1257'], el: ['windows-1253'], he: ['windows-1255'],
  ar: ['windows-1256'], fa: ['windows-1256'], th: ['windows-874'], ja: ['shift_jis', 'euc-jp'], zh: ['gb18030', 'big5'], ko: ['euc-kr'],
};
const WESTERN = ['windows-1252'];

interface Sample {
  text: string;
  charset: string;
  kind: string;
}

/** Typographic marks an old set may lack, as an editor saving in it would write them. */
function plainMarks(text: string): string {
  return text.replace(/[‘’‚]/g, "'").replace(/[“”„]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/[«»]/g, '"');
}

function samples(): Sample[] {
  const out: Sample[] = [];
  const add = (text: string, language: string, kind: string): void => {
    for (const charset of SETS_OF[language] ?? WESTERN) {
      const written = encodeLegacy(text, charset) ? text : plainMarks(text);
      if (encodeLegacy(written, charset) && /[^\p{ASCII}]/u.test(written)) out.push({ text: written, charset, kind });
    }
  };
  for (const set of readdirSync(dataDir).filter((d) => d.startsWith('language-id')).sort()) {
    for (const file of readdirSync(join(dataDir, set)).filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort()) {
      for (const item of readFileSync(join(dataDir, set, file), 'utf8').split(/^---$/m).map((s) => s.trim()).filter(Boolean)) {
        const words = item.split(/\s+/).length;
        add(item, file.slice(0, 2), words <= 30 ? 'item ≤30 words' : words <= 100 ? 'item 31–100 words' : 'item >100 words');
      }
    }
  }
  for (const set of readdirSync(dataDir).filter((d) => d.startsWith('e2e-') && existsSync(join(dataDir, d, 'expected.json'))).sort()) {
    const expected = JSON.parse(readFileSync(join(dataDir, set, 'expected.json'), 'utf8')) as { file: string; language: string }[];
    for (const entry of expected) {
      // A page's own declaration is taken out: the test is a file that names none.
      const page = readFileSync(join(dataDir, set, entry.file), 'utf8').replace(/<meta[^>]*charset[^>]*>/gi, '').replace(/^\ufeff/, '');
      add(page, entry.language, 'page');
    }
  }
  return out;
}

interface Tally {
  right: number;
  total: number;
}

function main(): void {
  const all = samples();
  const bySet = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  const misses: { charset: string; kind: string; read: string; start: string }[] = [];
  const times: number[] = [];
  for (const [index, sample] of all.entries()) {
    if (index % 500 === 0) progress(`[${index + 1}/${all.length}]`);
    const bytes = encodeLegacy(sample.text, sample.charset)!;
    const started = performance.now();
    const key = sample.kind === 'page' ? 'page.html' : 'item.txt';
    let decoded: { text: string; encoding: string };
    try {
      decoded = decodeDocument(bytes, { key });
    } catch (error) {
      decoded = { text: '', encoding: `rejected (${(error as Error).message})` };
    }
    times.push(performance.now() - started);
    // The same text as UTF-8 through the same decoder: what the pipeline reads when nothing is lost.
    const right = decoded.text === decodeDocument(new TextEncoder().encode(sample.text), { key }).text;
    for (const [map, key] of [[bySet, sample.charset], [byKind, sample.kind], [byKind, 'all']] as const) {
      const t = map.get(key) ?? { right: 0, total: 0 };
      t.total++;
      if (right) t.right++;
      map.set(key, t);
    }
    if (!right) misses.push({ charset: sample.charset, kind: sample.kind, read: decoded.encoding, start: sample.text.slice(0, 60).replace(/\s+/g, ' ') });
  }
  const pct = (t: Tally): number => round((100 * t.right) / t.total, 1);
  const total = byKind.get('all')!;
  const time = summarize(times);
  if (json) {
    console.log(JSON.stringify({
      texts: total.total, right: total.right, accuracyPct: pct(total),
      bySet: Object.fromEntries([...bySet].map(([k, t]) => [k, { right: t.right, total: t.total }])),
      byKind: Object.fromEntries([...byKind].map(([k, t]) => [k, { right: t.right, total: t.total }])),
      decodeMs: time,
    }));
    return;
  }
  printTable(`Undeclared legacy character sets: ${total.right}/${total.total} texts read back exactly (${pct(total)}%)`, [...bySet].sort().map(([k, t]) => ({ 'saved as': k, right: `${t.right}/${t.total}`, accuracy: `${pct(t)}%` })));
  printTable('By length', [...byKind].map(([k, t]) => ({ texts: k, right: `${t.right}/${t.total}`, accuracy: `${pct(t)}%` })));
  printTable('Decode time per text (ms)', [{ median: time.median, p95: time.p95 }]);
  if (misses.length) printTable('Misses', misses.map((m) => ({ 'saved as': m.charset, read: m.read, texts: m.kind, start: m.start })));
}

main();
