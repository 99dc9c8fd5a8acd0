/**
 * `npm run bench`: every benchmark in one run. Each script runs in its own Node process (so one
 * cannot warm or slow another) with `--json`; this prints their tables and writes bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { progress } from './lib/stats.js';
import { LAMBDA_NODE_FLAGS } from '../infra/aws/node-flags.js';

const root = resolve(import.meta.dirname, '..');
/** `tablesWithJson`: the script prints its tables to stderr even with --json, so one run gives both. */
const benches: { name: string; script: string; args?: string[]; tablesWithJson?: boolean }[] = [
  { name: 'cleaning', script: 'bench/clean-quality.ts' },
  { name: 'classification', script: 'bench/classify.ts' },
  { name: 'endToEnd', script: 'bench/end-to-end.ts', tablesWithJson: true },
  { name: 'languageId', script: 'bench/language-id.ts' },
  { name: 'charsetDetection', script: 'bench/charset-detection.ts' },
  { name: 'stages', script: 'bench/pipeline-stages.ts', tablesWithJson: true },
  { name: 'servingCached', script: 'bench/feed-serving.ts', args: ['--cache-seconds', '30', '--articles', '1000'], tablesWithJson: true },
  { name: 'servingUncached', script: 'bench/feed-serving.ts', args: ['--cache-seconds', '0', '--articles', '100'], tablesWithJson: true },
  { name: 'bundles', script: 'bench/bundles.ts', tablesWithJson: true },
  { name: 'cost', script: 'bench/cost.ts', tablesWithJson: true },
];

const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
let failed = 0;
for (const [index, bench] of benches.entries()) {
  progress(`\n[${index + 1}/${benches.length}] ${bench.name} (${bench.script})`);
  // Human-readable tables first, then the same numbers as JSON for the results file.
  const run = (extra: string[]) =>
    // Each benchmark runs with the V8 flags the functions run with in Lambda.
    spawnSync(process.execPath, [...LAMBDA_NODE_FLAGS, '--openssl-legacy-provider', '--import', 'tsx', bench.script, ...(bench.args ?? []), ...extra], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
  const table = bench.tablesWithJson ? null : run([]);
  if (table) process.stdout.write(table.stdout);
  const machine = run(['--json']);
  if ((table && table.status !== 0) || machine.status !== 0) {
    failed++;
    results[bench.name] = { error: `exited ${table?.status ?? ''}/${machine.status}` };
    continue;
  }
  results[bench.name] = parseJsonOutput(machine.stdout);
}
/** A script prints either one JSON document (possibly pretty-printed) or log lines ending in one JSON line. */
function parseJsonOutput(stdout: string): unknown {
  for (const candidate of [stdout.trim(), stdout.trim().split('\n').at(-1) ?? '']) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  return { error: 'no JSON output' };
}

writeFileSync(resolve(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
progress(`\nwrote bench/results.json${failed ? ` (${failed} benchmark(s) failed)` : ''}`);
process.exit(failed ? 1 : 0);
