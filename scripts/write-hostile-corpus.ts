/**
 * Writes the hostile-upload corpus (test/fixtures/hostile/corpus.ts) to a folder, so it can be
 * inspected or dropped by hand: `npm run drop -- <folder>` on a running local stack, then
 * `npm run status`. Usage: tsx scripts/write-hostile-corpus.ts [folder] (default .dropfeed/hostile).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hostileCorpus } from '../test/fixtures/hostile/corpus.js';

const folder = resolve(process.argv[2] ?? '.dropfeed/hostile');
await mkdir(folder, { recursive: true });
const corpus = hostileCorpus(10 * 1024 * 1024);
for (const entry of corpus) {
  await writeFile(join(folder, entry.name), entry.bytes);
  process.stderr.write(`wrote ${entry.name} (${entry.bytes.byteLength} bytes): expect ${JSON.stringify(entry.expect)}\n`);
}
process.stderr.write(`${corpus.length} files in ${folder}\n`);
