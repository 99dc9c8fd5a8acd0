/**
 * Per-stage time per article — decode, clean, classify, store — for text and HTML inputs, with
 * Readability.js + linkedom on the same HTML pages as the peer. `--json` prints machine-readable results.
 * Text inputs: the seeds (2.6–3.7 KB) and, when ../shared/data is beside the repository, the L3S pages
 * of 4.5–5.5 KB ("text 5 KB", the size the speed bar names), and the same pages again with typographic
 * quotes and dashes for their ASCII ones ("text 5 KB typographic"), as most published pages print them.
 * The pipeline's code is timed as it ships: bundled like the ingest handler (bench/lib/ship-build.ts).
 * `--source` times the TypeScript sources as tsx runs them instead (tsx keeps every function's name,
 * which costs time the bundle does not spend).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../functions/core/article.js';
import type * as PipelineCoreModule from './lib/pipeline-core.js';
import { buildAsShipped } from './lib/ship-build.js';
import { printTable, progress, round, summarize, type Summary } from './lib/stats.js';
import { startTableProcess } from './lib/table-process.js';

const root = resolve(import.meta.dirname, '..');
const aebDir = resolve(root, '../shared/data/aeb-dev/html');
/** Scraped plain-text news pages; those of 4.5–5.5 KB are the "5 KB text article" the speed bar names. */
const l3sDir = resolve(root, '../shared/data/l3s-dev/raw');
const FIVE_KB: [number, number] = [4500, 5500];
const json = process.argv.includes('--json');
const fromSource = process.argv.includes('--source');
type PipelineCore = typeof PipelineCoreModule;

/** The pipeline's modules, bundled as the stack bundles the handler (or the sources, with --source). */
async function loadPipelineCore(): Promise<PipelineCore> {
  if (fromSource) return import('./lib/pipeline-core.js');
  const dir = await mkdtemp(join(tmpdir(), 'dropfeed-stages-'));
  const outfile = join(dir, 'pipeline-core.mjs');
  await buildAsShipped(resolve(import.meta.dirname, 'lib/pipeline-core.ts'), outfile);
  const core = (await import(pathToFileURL(outfile).href)) as PipelineCore;
  await rm(dir, { recursive: true, force: true });
  return core;
}
const now = new Date('2026-11-01T00:00:00Z');

type Input = { key: string; bytes: Uint8Array };

/**
 * A page as typeset: ’ ‘ “ ” and – for the ASCII marks. V8 then holds the lines that have one as
 * two-byte strings, and regexps run their two-byte code on them, which is larger and slower
 * (docs/architecture.md, "Text and Markdown cleaning"); the L3S pages are all ASCII.
 */
function typeset(page: Input): Input {
  const text = new TextDecoder().decode(page.bytes)
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(/(^|[\s([])"/gmu, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([])'/gmu, '$1‘')
    .replace(/'/g, '’')
    .replace(/ -{1,2} /g, ' – ');
  return { key: `typeset-${page.key}`, bytes: new TextEncoder().encode(text) };
}

async function loadInputs(): Promise<{ text: Input[]; text5kb: Input[]; html: Input[] }> {
  const seedNames = (await readdir(join(root, 'seeds'))).filter((name) => name.endsWith('.txt'));
  const text = await Promise.all(seedNames.map(async (name) => ({ key: name, bytes: await readFile(join(root, 'seeds', name)) })));
  let text5kb: Input[] = [];
  try {
    const names = (await readdir(l3sDir)).filter((name) => name.endsWith('.txt')).sort();
    const pages = await Promise.all(names.map(async (name) => ({ key: name, bytes: await readFile(join(l3sDir, name)) })));
    text5kb = pages.filter((page) => page.bytes.length >= FIVE_KB[0] && page.bytes.length <= FIVE_KB[1]);
  } catch {
    progress('(../shared/data/l3s-dev not found: no 5 KB text row)');
  }
  let html: { key: string; bytes: Uint8Array }[] = [];
  try {
    const names = (await readdir(aebDir)).filter((name) => name.endsWith('.html.gz')).sort().slice(0, 40);
    html = await Promise.all(names.map(async (name) => ({ key: name.replace(/\.gz$/, ''), bytes: gunzipSync(await readFile(join(aebDir, name))) })));
  } catch {
    progress('(../shared/data/aeb-dev not found: HTML timings use the HTML test fixtures)');
    const fixtures = join(root, 'test/fixtures/articles');
    for (const dir of await readdir(fixtures).catch(() => [] as string[])) {
      for (const name of await readdir(join(fixtures, dir)).catch(() => [] as string[])) {
        if (name.endsWith('.html')) html.push({ key: name, bytes: await readFile(join(fixtures, dir, name)) });
      }
    }
  }
  return { text, text5kb, html };
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

async function main(): Promise<void> {
  const { text, text5kb, html } = await loadInputs();
  const { DynamoArticleStore, articleIdForKey, cleanDocument, contentHashOf, createDocumentClient, decodeDocument, loadDefaultClassifier } = await loadPipelineCore();
  const classifier = loadDefaultClassifier();
  const [, coldClassifyMs] = time(() => classifier.classify({ title: 'warm up', body: 'The government said on Monday.' }));

  // The store talks to the stand-in through the bundle's own SDK client, configured as in Lambda.
  const table = await startTableProcess('bench');
  Object.assign(process.env, table.env);
  const store = new DynamoArticleStore(createDocumentClient(), 'bench');

  const rounds = 5;
  const results: Record<string, Record<string, Summary>> = {};
  // The typeset row runs last, so the rows before it are measured as they were before it existed.
  const inputSets = [['text', text], ['text 5 KB', text5kb], ['html', html], ['text 5 KB typographic', text5kb.map(typeset)]] as const;
  for (const [kind, inputs] of inputSets) {
    if (inputs.length === 0) continue;
    const samples: Record<string, number[]> = { decode: [], clean: [], classify: [], store: [], total: [] };
    let sequence = 0;
    for (let round = 0; round < rounds; round++) {
      progress(`${kind}: round ${round + 1}/${rounds} over ${inputs.length} articles`);
      for (const input of inputs) {
        try {
          const [decoded, decodeMs] = time(() => decodeDocument(input.bytes, { key: input.key }));
          const [cleaned, cleanMs] = await timeAsync(() => cleanDocument(decoded, { now }));
          const body = cleaned.paragraphs.join('\n\n');
          const [classification, classifyMs] = time(() => classifier.classify({ title: cleaned.title, body }));
          const key = `incoming/${input.key}`;
          const article: Article = {
            id: articleIdForKey(key), key, title: cleaned.title, published: cleaned.published, updated: now.toISOString(),
            author: cleaned.author, source: cleaned.source, url: cleaned.canonicalUrl, body, bodyHtml: cleaned.bodyHtml,
            summary: cleaned.summary, wordCount: cleaned.wordCount, format: cleaned.format, ...classification,
            contentHash: contentHashOf(cleaned.title, cleaned.paragraphs),
          };
          const start = process.hrtime.bigint();
          await store.putArticle(article, { key, sequencer: (++sequence).toString(16), at: now });
          const storeMs = Number(process.hrtime.bigint() - start) / 1e6;
          if (round === 0) continue; // the first round warms the JIT and connections
          samples.decode!.push(decodeMs);
          samples.clean!.push(cleanMs);
          samples.classify!.push(classifyMs);
          samples.store!.push(storeMs);
          samples.total!.push(decodeMs + cleanMs + classifyMs);
        } catch {
          // Rejected inputs are not part of the timing.
        }
      }
    }
    results[kind] = Object.fromEntries(Object.entries(samples).map(([stage, values]) => [stage, summarize(values)]));
  }

  // The peer: Readability.js on linkedom, same pages, same process.
  const peer: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of html) {
      const source = new TextDecoder().decode(input.bytes);
      const [, ms] = time(() => {
        const { document } = parseHTML(source);
        return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      });
      if (round > 0) peer.push(ms);
    }
  }
  const peerSummary = summarize(peer);

  await table.close();

  const output = {
    coldClassifyMs: round(coldClassifyMs),
    stages: results,
    readabilityHtml: peerSummary,
    htmlVsReadabilityMedianRatio: results.html ? round(results.html.clean!.median / peerSummary.median) : null,
    inputs: { text: text.length, text5kb: text5kb.length, html: html.length },
    code: fromSource ? 'sources (tsx)' : 'bundle, as shipped',
  };
  if (json) console.log(JSON.stringify(output));
  const rows: Record<string, unknown>[] = [];
  for (const [kind, stages] of Object.entries(results)) {
    for (const [stage, s] of Object.entries(stages)) rows.push({ input: kind, stage, 'median ms': s.median, 'p95 ms': s.p95, n: s.n });
  }
  rows.push({ input: 'html', stage: 'Readability+linkedom', 'median ms': peerSummary.median, 'p95 ms': peerSummary.p95, n: peerSummary.n });
  printTable(`Per-article time by stage (${output.code}; store = DynamoDB writes on the local server)`, rows);
  progress(`first classify call (cold): ${output.coldClassifyMs} ms; HTML clean / Readability median: ${output.htmlVsReadabilityMedianRatio}`);
}

await main();
