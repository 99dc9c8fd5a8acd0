import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../functions/core/classify/csv.js';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { RejectedInputError } from '../../functions/core/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const NOW = new Date('2026-01-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const [header, ...records] = parseCsv(readFileSync(path.join(here, '../fixtures/fakenews/news_sample.csv'), 'utf8'));
const col = (name: string): number => header!.indexOf(name);
const rows = records
  .filter((r) => r.length === header!.length)
  .map((r) => ({ id: r[col('id')] ?? '', title: r[col('title')] ?? '', content: r[col('content')] ?? '' }));

describe('scraped news sample', () => {
  it('has all 250 rows', () => {
    expect(rows).toHaveLength(250);
  });

  it.each(rows)('row $id cleans with a title and a body', async ({ id, title, content }) => {
    const raw = `${title}\n\n${content}\n`;
    const doc = decodeDocument(utf8(raw), { key: `incoming/fakenews-${id}.txt` });
    const article = await cleanDocument(doc, { now: NOW });
    expect(article.title.trim().length).toBeGreaterThan(0);
    expect(article.paragraphs.join(' ').trim().length).toBeGreaterThan(0);
    expect(article.wordCount).toBeGreaterThan(0);
  });
});

describe('hostile input', () => {
  it('handles 50,000 nested elements quickly', async () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text that is the only content of this page, written as a full sentence.</p>${'</div>'.repeat(depth)}</body></html>`;
    const start = performance.now();
    let outcome: string;
    try {
      const a = await cleanDocument(decodeDocument(utf8(html), { key: 'deep.html' }), { now: NOW });
      outcome = a.paragraphs.join(' ');
    } catch (error) {
      outcome = error instanceof RejectedInputError ? error.code : 'crash';
    }
    expect(performance.now() - start).toBeLessThan(3_000);
    expect(['NO_CONTENT', 'Deep text that is the only content of this page, written as a full sentence.']).toContain(outcome);
  });

  it('handles a 3 MB line with no newline quickly', async () => {
    const line = 'The quick brown fox jumps over the lazy dog and keeps running, ';
    const text = `A very long line\n\n${line.repeat(Math.ceil(3_000_000 / line.length))}`;
    const start = performance.now();
    const a = await cleanDocument(decodeDocument(utf8(text), { key: 'long.txt' }), { now: NOW });
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(a.title).toBe('A very long line');
    expect(a.wordCount).toBeGreaterThan(100_000);
    expect(a.summary.length).toBeLessThanOrEqual(300);
  });

  it('handles a 3 MB HTML line of punctuation and braces quickly', async () => {
    const junk = '{"a":[1,2,{"b":"c"}]},;:<>'.repeat(120_000);
    const start = performance.now();
    try {
      await cleanDocument(decodeDocument(utf8(`<html><body><p>${junk}</p></body></html>`), { key: 'junk.html' }), { now: NOW });
    } catch (error) {
      expect(error).toBeInstanceOf(RejectedInputError);
    }
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('rejects a page with no text as NO_CONTENT', async () => {
    const doc = decodeDocument(utf8('<html><body><nav><a href="/">Home</a></nav><script>var x = 1;</script></body></html>'), { key: 'a.html' });
    await expect(cleanDocument(doc, { now: NOW })).rejects.toThrowError(expect.objectContaining({ code: 'NO_CONTENT' }));
    const junk = decodeDocument(utf8('- Advertisement -\n\nShare this\n\n0 74\n'), { key: 'a.txt' });
    await expect(cleanDocument(junk, { now: NOW })).rejects.toThrowError(expect.objectContaining({ code: 'NO_CONTENT' }));
  });
});

describe('hostile text', () => {
  it('stays fast on 20,000 comment markers', async () => {
    const text = `Title here\n\n${'The article says something long enough to count as prose in this test, really.\n'.repeat(50)}${'Comments\n'.repeat(20_000)}`;
    const start = performance.now();
    const a = await cleanDocument(decodeDocument(utf8(text), { key: 'markers.txt' }), { now: NOW });
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(a.paragraphs.join(' ')).not.toContain('Comments');
  });
});
