/**
 * Realistic uploads for the cost and footprint benchmarks: scraped plain-text pages (the seeds plus
 * the L3S-GN1 development pages) and saved HTML pages (the AEB development pages). Without the
 * reference data next to the repository, the seeds and the article test fixtures stand in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One upload as a producer would drop it. */
export interface BenchInput {
  kind: 'text' | 'html';
  /** File name, unique within its kind. */
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

/** The inputs, by kind, and where they came from. */
export interface BenchInputs {
  text: BenchInput[];
  html: BenchInput[];
  source: 'reference data' | 'fixtures';
}

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, '../shared/data');

/**
 * Loads up to `perKind` inputs of each kind, in a fixed order so runs are comparable.
 * @param perKind cap per kind (default: all available)
 */
export function loadRealisticInputs(perKind = Infinity): BenchInputs {
  const text: BenchInput[] = [];
  const html: BenchInput[] = [];
  const seeds = join(root, 'seeds');
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
    text.push({ kind: 'text', name, bytes: readFileSync(join(seeds, name)), contentType: 'text/plain' });
  }
  const l3s = join(dataDir, 'l3s-dev', 'lines.jsonl');
  const aeb = join(dataDir, 'aeb-dev', 'html');
  const haveReference = existsSync(l3s) && existsSync(aeb);
  if (haveReference) {
    for (const line of readFileSync(l3s, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const page = JSON.parse(line) as { id: string; lines: Array<{ t: string }> };
      const body = page.lines.map((l) => l.t).join('\n') + '\n';
      text.push({ kind: 'text', name: `l3s-${page.id}.txt`, bytes: Buffer.from(body, 'utf8'), contentType: 'text/plain' });
    }
    for (const name of readdirSync(aeb).filter((n) => n.endsWith('.html.gz')).sort()) {
      html.push({ kind: 'html', name: name.replace(/\.gz$/, ''), bytes: gunzipSync(readFileSync(join(aeb, name))), contentType: 'text/html' });
    }
  } else {
    const fixtures = join(root, 'test/fixtures/articles');
    for (const dir of readdirSync(fixtures).sort()) {
      for (const file of ['source.txt', 'source.html']) {
        const path = join(fixtures, dir, file);
        if (!existsSync(path)) continue;
        const kind = file.endsWith('.html') ? 'html' : 'text';
        (kind === 'html' ? html : text).push({
          kind,
          name: `${dir}.${kind === 'html' ? 'html' : 'txt'}`,
          bytes: readFileSync(path),
          contentType: kind === 'html' ? 'text/html' : 'text/plain',
        });
      }
    }
  }
  return { text: text.slice(0, perKind), html: html.slice(0, perKind), source: haveReference ? 'reference data' : 'fixtures' };
}
