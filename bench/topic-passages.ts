/**
 * Topic accuracy on full-length articles by how many passages of the body are read: every article of
 * the end-to-end sets (bench/data/e2e-*) and of bench/data/topic-languages, cleaned by the real
 * pipeline, then classified with 1 to 12 passages of the model's passage length. The shipped setting
 * is MAX_TOPIC_PASSAGES in functions/core/classify/index.ts.
 *
 *   npx tsx bench/topic-passages.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultClassifier, MAX_TOPIC_PASSAGES, predictTopic } from '../functions/core/classify/index.js';
import { decodeTopicModel, type TopicModel } from '../functions/core/classify/model.js';
import { processDocument } from '../functions/core/process-document.js';
import { printTable, progress } from './lib/stats.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench/data');
const model = decodeTopicModel(JSON.parse(readFileSync(join(root, 'models/topic-model.json'), 'utf8')) as TopicModel);
const classifier = loadDefaultClassifier();
const SLUG_TO_LABEL: Record<string, string> = { world: 'World', sports: 'Sports', business: 'Business', 'sci-tech': 'Sci/Tech' };

const items: { file: string; topic: string; group: string }[] = [];
for (const set of readdirSync(data).filter((d) => d.startsWith('e2e-')).sort()) {
  const expected = join(data, set, 'expected.json');
  if (!existsSync(expected)) continue;
  for (const e of JSON.parse(readFileSync(expected, 'utf8')) as { file: string; topic?: string }[]) {
    if (e.topic) items.push({ file: join(data, set, e.file), topic: e.topic, group: 'end-to-end sets' });
  }
}
for (const line of readFileSync(join(data, 'topic-languages/labels.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [file, lang, slug] = line.split(',');
  items.push({ file: join(data, 'topic-languages', file!), topic: SLUG_TO_LABEL[slug!]!, group: lang === 'en' ? 'languages, en' : 'languages, other' });
}

const articles = [];
for (const [i, item] of items.entries()) {
  if (i % 50 === 0) progress(`cleaning ${i + 1}–${Math.min(i + 50, items.length)} of ${items.length}`);
  const a = await processDocument(
    { key: item.file, bytes: new Uint8Array(readFileSync(item.file)), lastModified: new Date('2029-01-01T00:00:00Z') },
    { classifier, now: new Date('2030-01-01T00:00:00Z'), maxBytes: 5e6 },
  );
  articles.push({ ...item, title: a.title, body: a.body, language: a.language });
}

const rows: Record<string, unknown>[] = [];
for (const passages of [1, 2, 3, 4, 5, 6, 8, 12]) {
  const hits: Record<string, [number, number]> = {};
  for (const a of articles) {
    const hit = predictTopic(model, a.title, a.body, a.language, passages).topic === a.topic;
    const h = (hits[a.group] ??= [0, 0]);
    h[0] += hit ? 1 : 0;
    h[1] += 1;
  }
  const all = Object.values(hits).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  rows.push({
    passages: passages === MAX_TOPIC_PASSAGES ? `${passages} (shipped)` : passages,
    all: `${all[0]}/${all[1]} ${((100 * all[0]) / all[1]).toFixed(1)}%`,
    ...Object.fromEntries(Object.entries(hits).map(([g, [ok, n]]) => [g, `${ok}/${n}`])),
  });
}
printTable('Topic accuracy on full-length articles by passages read', rows);
