import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';

interface Expected {
  context: { now: string; url?: string };
  format?: string;
  encoding?: string;
  title?: string;
  published?: string | null;
  author?: string | null;
  source?: string | null;
  canonicalUrl?: string | null;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  htmlMustContain?: string[];
  htmlMustNotContain?: string[];
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const cases = readdirSync(root)
  .sort()
  .map((slug) => {
    const dir = path.join(root, slug);
    const source = readdirSync(dir).find((f) => f.startsWith('source.'))!;
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    return { slug, source, bytes: readFileSync(path.join(dir, source)), expected };
  });

describe('golden articles', () => {
  it.each(cases)('$slug', async ({ source, bytes, expected }) => {
    const doc = decodeDocument(bytes, { key: `incoming/${source}` });
    const article = await cleanDocument(doc, { now: new Date(expected.context.now), url: expected.context.url ?? null });
    const body = article.paragraphs.join('\n\n');

    if (expected.format !== undefined) expect(doc.format).toBe(expected.format);
    if (expected.encoding !== undefined) expect(doc.encoding).toBe(expected.encoding);
    if (expected.title !== undefined) expect(article.title).toBe(expected.title);
    if (expected.published !== undefined) expect(article.published).toBe(expected.published);
    if (expected.author !== undefined) expect(article.author).toBe(expected.author);
    if (expected.source !== undefined) expect(article.source).toBe(expected.source);
    if (expected.canonicalUrl !== undefined) expect(article.canonicalUrl).toBe(expected.canonicalUrl);
    if (expected.bodyStartsWith !== undefined) expect(body.startsWith(expected.bodyStartsWith), body.slice(0, 200)).toBe(true);
    if (expected.bodyEndsWith !== undefined) expect(body.endsWith(expected.bodyEndsWith), body.slice(-200)).toBe(true);
    for (const s of expected.mustContain ?? []) expect(body).toContain(s);
    for (const s of expected.mustNotContain ?? []) expect(body).not.toContain(s);
    for (const s of expected.htmlMustContain ?? []) expect(article.bodyHtml ?? '').toContain(s);
    for (const s of expected.htmlMustNotContain ?? []) expect(article.bodyHtml ?? '').not.toContain(s);

    expect(article.wordCount).toBeGreaterThan(10);
    expect(article.summary.length).toBeGreaterThan(0);
    expect(article.summary.length).toBeLessThanOrEqual(300);
    expect(article.bodyHtml === null).toBe(doc.format === 'text');
  });
});
