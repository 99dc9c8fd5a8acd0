/**
 * How many facet-counter writes an article would cost if the ingest function added up the
 * counters of a whole batch and wrote each facet once (one `ADD` per distinct topic or entity per
 * batch), for several batch sizes. The realistic corpus is classified by the real pipeline and
 * shuffled with a fixed seed, so a batch mixes sources the way a queue would.
 *
 *   npx tsx bench/counter-coalescing.ts
 */
import { feedKeysFor } from '../functions/core/feed-keys.js';
import { loadDefaultClassifier } from '../functions/core/classify/index.js';
import { processDocument } from '../functions/core/process-document.js';
import { loadRealisticInputs } from './realistic-inputs.js';
import { printTable, round } from './lib/stats.js';

const inputs = loadRealisticInputs();
const uploads = [...inputs.text, ...inputs.html];
const classifier = loadDefaultClassifier();
const facetsPerArticle: string[][] = [];
for (const [i, input] of uploads.entries()) {
  if (i % 50 === 0) process.stderr.write(`classifying ${i + 1}/${uploads.length}\n`);
  try {
    const article = await processDocument(
      { key: `incoming/${input.name}`, bytes: input.bytes, lastModified: new Date('2026-11-01T00:00:00Z') },
      { classifier, now: new Date('2026-11-02T00:00:00Z'), maxBytes: 10 * 1024 * 1024 },
    );
    // `all` has an entry but no counter: counters are the topic and the entities.
    facetsPerArticle.push(feedKeysFor(article).filter((key) => key !== 'all'));
  } catch {
    // A rejected upload writes no counter.
  }
}

// Park–Miller, so every run shuffles the same way.
let state = 7;
const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
for (let i = facetsPerArticle.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [facetsPerArticle[i], facetsPerArticle[j]] = [facetsPerArticle[j]!, facetsPerArticle[i]!];
}

const perArticle = facetsPerArticle.reduce((sum, facets) => sum + facets.length, 0) / facetsPerArticle.length;
// The last batch is the whole corpus: the most a batch of this mix of sources could save.
const rows = [1, 10, 100, facetsPerArticle.length].map((batch) => {
  let writes = 0;
  for (let start = 0; start < facetsPerArticle.length; start += batch) {
    writes += new Set(facetsPerArticle.slice(start, start + batch).flat()).size;
  }
  const coalesced = writes / facetsPerArticle.length;
  return { 'articles per batch': batch, 'counter writes per article': round(coalesced, 2), 'saved WRU per article': round(perArticle - coalesced, 2) };
});
printTable(`Facet counter writes, coalesced per batch (${facetsPerArticle.length} articles)`, rows);
