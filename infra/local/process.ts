/**
 * `npm run process -- <files or folders>`: decode + clean + classify local files with no server,
 * one JSON line per file on stdout (the article as the JSON API returns it, or the error).
 * The classifier loads once, so thousands of files run in one process.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { isRejectedInputError } from '../../functions/core/errors.js';
import { processDocument } from '../../functions/core/process-document.js';
import { toApiArticle } from '../../functions/core/render/index.js';
import { listFiles } from './list-files.js';
import { runCommand } from './run-command.js';

const maxBytes = Number(process.env.MAX_OBJECT_BYTES ?? 10 * 1024 * 1024);
// Keyed as `npm run drop` would upload the file, so the ids match the ones the pipeline gives it.
const prefix = process.env.WATCHED_PREFIX ?? 'incoming/';

async function main(): Promise<number> {
  const paths = process.argv.slice(2);
  if (paths.length === 0 || paths.includes('--help')) {
    console.error('usage: npm run process -- <files or folders>   (prints one JSON line per file)');
    return paths.length === 0 ? 2 : 0;
  }
  const { files, missing } = await listFiles(paths);
  for (const path of missing) {
    console.log(JSON.stringify({ file: path, ok: false, error: { code: 'NOT_FOUND', message: 'no such file or folder' } }));
  }
  const classifier = loadDefaultClassifier();
  let articles = 0;
  let failures = missing.length;
  for (const [index, file] of files.entries()) {
    let line: unknown;
    try {
      const info = await stat(file);
      if (info.size > maxBytes) {
        throw Object.assign(new Error(`file is ${info.size} bytes; the limit is ${maxBytes} (MAX_OBJECT_BYTES)`), { code: 'TOO_LARGE' });
      }
      const article = await processDocument(
        { key: prefix + basename(file), bytes: await readFile(file), lastModified: info.mtime },
        { classifier, now: new Date(), maxBytes },
      );
      line = { file, ok: true, article: toApiArticle(article) };
      articles++;
    } catch (error) {
      failures++;
      const code = isRejectedInputError(error) ? error.code : ((error as { code?: string }).code ?? 'INTERNAL');
      line = { file, ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
    }
    console.log(JSON.stringify(line));
    if (files.length > 20 && (index + 1) % 100 === 0) console.error(`processed ${index + 1}/${files.length}`);
  }
  console.error(`processed ${files.length + missing.length} files: ${articles} articles, ${failures} errors`);
  return 0;
}

runCommand('process', main);
