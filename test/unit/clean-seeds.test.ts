import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';

interface SeedExpectation {
  file: string;
  title: string;
  published?: string | null;
  published_note?: string;
  body_starts_with: string;
  body_ends_with: string;
  must_contain: string[];
  must_not_contain: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = JSON.parse(readFileSync(path.join(here, '../fixtures/seeds-expected.json'), 'utf8')) as SeedExpectation[];
const NOW = new Date('2026-01-01T00:00:00Z');

describe('seed articles', () => {
  it.each(seeds)('$file', async (seed) => {
    const bytes = readFileSync(path.join(here, '../../seeds', seed.file));
    const doc = decodeDocument(bytes, { key: `incoming/${seed.file}` });
    const article = await cleanDocument(doc, { now: NOW });
    const body = article.paragraphs.join('\n\n');

    expect(article.title).toBe(seed.title);
    expect(body.startsWith(seed.body_starts_with), body.slice(0, 160)).toBe(true);
    expect(body.endsWith(seed.body_ends_with), body.slice(-160)).toBe(true);
    for (const s of seed.must_contain) expect(body).toContain(s);
    for (const s of seed.must_not_contain) {
      expect(body).not.toContain(s);
      expect(article.title).not.toContain(s);
    }
    if ('published' in seed) {
      expect(article.published).toBe(seed.published);
    } else {
      // The note names the one timestamp in the text; either that date or none is accepted.
      const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(seed.published_note ?? '');
      const noted = m ? `${m[3]}-${m[1]}-${m[2]}` : null;
      expect([null, noted]).toContain(article.published);
    }
    expect(article.format).toBe('text');
    expect(article.summary.length).toBeLessThanOrEqual(300);
    expect(article.paragraphs.join(' ').startsWith(article.summary.replace(/…$/, ''))).toBe(true);
  });
});
