import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleHexForKey } from '../../functions/core/article-id.js';
import type { ObjectStatus } from '../../functions/shared/object-status.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { hostileCorpus } from '../fixtures/hostile/corpus.js';

/**
 * Nothing lost, nothing let in: a batch of hostile and careless uploads goes through the real
 * pipeline; every object ends in a recorded state, good ones are not held up, and nothing a
 * hostile upload injected reaches any output.
 */
const maxObjectBytes = 2 * 1024 * 1024;
const corpus = hostileCorpus(maxObjectBytes);
let stack: LocalStack;
let dataDir: string;
const deadLetters: SQSRecord[] = [];
const statuses = new Map<string, ObjectStatus>();
let elapsedMs = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-hostile-'));
  stack = await startLocalStack({
    dataDir,
    port: 0,
    cacheSeconds: 0,
    maxObjectBytes,
    retryDelayMs: 100,
    onDeadLetter: (record) => deadLetters.push(record),
    onError: () => {},
  });
  const started = Date.now();
  await Promise.all(
    corpus.map(({ name, bytes }) =>
      stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: stack.prefix + name, Body: bytes })),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  await stack.queue.idle();
  elapsedMs = Date.now() - started;
  for (const { name } of corpus) statuses.set(name, await stack.store.statusOf(stack.prefix + name));
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('hostile uploads', () => {
  it('leaves no object pending and nothing in the dead-letter queue', () => {
    expect([...statuses.values()].filter((s) => s.status === 'pending').map((s) => s.key)).toEqual([]);
    expect(deadLetters).toHaveLength(0);
    expect(elapsedMs).toBeLessThan(60_000);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s ends as expected', async (name, entry) => {
    const status = statuses.get(name)!;
    const expected = entry.expect;
    if (expected.status === 'settled') {
      expect(['article', 'rejected']).toContain(status.status);
      return;
    }
    expect(status.status, JSON.stringify(status)).toBe(expected.status);
    if (expected.status === 'rejected') {
      expect(expected.code).toContain(status.code);
      expect(status.reason?.length ?? 0).toBeGreaterThan(10);
      return;
    }
    const article = await stack.store.getArticle(articleHexForKey(stack.prefix + name));
    expect(article).not.toBeNull();
    if (expected.contains) expect(article!.body).toContain(expected.contains);
    if (expected.truncated) expect(status.truncated).toBe(true);
    // Nothing that cannot appear in XML 1.0 survives (tab, newline and carriage return can).
    const invalidInXml = [...(article!.title + article!.body)].filter((ch) => {
      const code = ch.charCodeAt(0);
      return (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || (code >= 0x7f && code <= 0x9f);
    });
    expect(invalidInXml).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(article), 'utf8')).toBeLessThan(400_000);
  });

  it('lets nothing injected reach any feed, page or API output', async () => {
    const hex = articleHexForKey(stack.prefix + 'script-injection.html');
    const paths = [
      '/feed.rss', '/feed.atom', '/feed.json', '/api/articles?limit=100', `/api/articles/${hex}`, `/articles/${hex}`, '/',
    ];
    const dangerous = /<script|<iframe|\bon(error|click|load)\s*=|javascript:/i;
    for (const path of paths) {
      const response = await fetch(stack.feedUrl + path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).toContain('Café owners in Lyon');
      expect(text, path).not.toMatch(dangerous);
      // Feeds carry HTML as escaped text: what a reader unescapes must be clean too.
      const unescaped = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(unescaped, path).not.toMatch(dangerous);
    }
  });
});
