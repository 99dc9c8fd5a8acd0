/**
 * Bundle size and cold-start init time of each handler, bundled the way the stack bundles them
 * (esbuild, ESM, minified, tree-shaken), each imported in a fresh Node process.
 * `--json` prints machine-readable results.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { buildAsShipped } from './lib/ship-build.js';
import { printTable, progress, round, summarize } from './lib/stats.js';
import { LAMBDA_NODE_FLAGS } from '../infra/aws/node-flags.js';

const root = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const handlers = { ingest: 'functions/ingest/handler.ts', feed: 'functions/feed/handler.ts' };
const runs = 5;

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'dropfeed-bundles-'));
  const results: Record<string, { bytes: number; gzipBytes: number; initMs: ReturnType<typeof summarize> }> = {};
  for (const [name, entry] of Object.entries(handlers)) {
    progress(`bundling ${name}…`);
    const outfile = join(outDir, `${name}.mjs`);
    await buildAsShipped(join(root, entry), outfile);
    const bytes = (await stat(outfile)).size;
    const gzipBytes = gzipSync(readFileSync(outfile)).length;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const script = `const t=performance.now();await import(${JSON.stringify(outfile)});console.log(performance.now()-t);`;
      const child = spawnSync(process.execPath, [...LAMBDA_NODE_FLAGS, '--input-type=module', '-e', script], {
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'us-east-1', POWERTOOLS_LOG_LEVEL: 'ERROR' },
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`${name} bundle failed to load: ${child.stderr}`);
      samples.push(Number(child.stdout.trim()));
    }
    results[name] = { bytes, gzipBytes, initMs: summarize(samples) };
  }
  await rm(outDir, { recursive: true, force: true });
  if (json) console.log(JSON.stringify(results));
  printTable(
    'Bundles (esbuild, ESM, minified) and init time in a fresh Node process',
    Object.entries(results).map(([name, r]) => ({
      handler: name,
      'size KB': round(r.bytes / 1024, 1),
      'gzip KB': round(r.gzipBytes / 1024, 1),
      'init median ms': round(r.initMs.median, 1),
      'init p95 ms': round(r.initMs.p95, 1),
    })),
  );
}

await main();
