/**
 * Serving and end-to-end numbers on the local stack: drop N articles at once and time them to
 * "visible in the feed" (with the feed polled meanwhile), peak memory, then /feed.atom under
 * 10 concurrent clients — cached, the 304 path, and a plain static server serving the same bytes.
 * `--cache-seconds 0` measures the uncached path. `--json` prints machine-readable results.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import autocannon from 'autocannon';
import { startLocalStack } from '../infra/local/local-stack.js';
import { printTable, progress, round } from './lib/stats.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
function option(name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} takes a number`);
  return value;
}
const cacheSeconds = option('--cache-seconds', 30);
const articleCount = option('--articles', 300);
const durationSeconds = 5;

const words = 'government market season league council minister company shares election court police energy climate research software phone museum river harbour railway school hospital budget tax trade bank coach striker goal'.split(' ');
function syntheticArticle(i: number): string {
  const pick = (n: number) => words[(i * 7 + n * 13) % words.length];
  const sentence = (n: number) =>
    `The ${pick(n)} officials in city number ${i} said on Monday that the ${pick(n + 1)} plan would change how the ${pick(n + 2)} works, after ${n + 2} months of talks.`;
  const paragraphs = Array.from({ length: 6 }, (_, p) => Array.from({ length: 3 }, (_, s) => sentence(p * 3 + s)).join(' '));
  return `Article ${i}: ${pick(0)} and ${pick(1)} news\n\n${paragraphs.join('\n\n')}\n`;
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 10, duration: durationSeconds, headers });
  return {
    rps: round(result.requests.average, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx - (headers['if-none-match'] ? result['3xx'] ?? 0 : 0),
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-bench-'));
  const stack = await startLocalStack({ dataDir, port: 0, cacheSeconds, onError: () => {} });
  const baseline = process.memoryUsage().rss;
  let peakRss = baseline;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

  progress(`dropping ${articleCount} articles at once…`);
  let probeErrors = 0;
  let probes = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      probes++;
      // A different URL from the one measured below, so its cached copy cannot be the empty feed.
      const response = await fetch(`${stack.feedUrl}/feed.atom?limit=10`).catch(() => null);
      if (!response || response.status !== 200) probeErrors++;
      await response?.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  const keys: string[] = [];
  for (let i = 0; i < articleCount; i += 16) {
    await Promise.all(
      Array.from({ length: Math.min(16, articleCount - i) }, async (_, j) => {
        const key = `${stack.prefix}bench-${i + j}.txt`;
        keys.push(key);
        await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: syntheticArticle(i + j), ContentType: 'text/plain' }));
      }),
    );
    if ((i / 16) % 5 === 0) progress(`  uploaded ${Math.min(articleCount, i + 16)}/${articleCount}`);
  }
  await new Promise((r) => setTimeout(r, 100));
  await stack.queue.idle();
  const seconds = (performance.now() - started) / 1000;
  probing = false;
  await probe;
  const statuses = await Promise.all(keys.map((key) => stack.store.statusOf(key)));
  const articles = statuses.filter((s) => s.status === 'article').length;
  clearInterval(sampler);

  progress(`load on /feed.atom (cache ${cacheSeconds}s), ${durationSeconds}s each…`);
  const feedUrl = `${stack.feedUrl}/feed.atom`;
  const first = await fetch(feedUrl);
  const body = Buffer.from(await first.arrayBuffer());
  const etag = first.headers.get('etag') ?? '';
  const served = await load(feedUrl);
  const notModified = await load(feedUrl, { 'if-none-match': etag });

  const staticServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => staticServer.listen(0, '127.0.0.1', () => r()));
  const staticResult = await load(`http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/feed.atom`);
  staticServer.close();

  await stack.close();
  await rm(dataDir, { recursive: true, force: true });

  const output = {
    cacheSeconds,
    dropped: articleCount,
    reachedArticle: articles,
    lost: articleCount - articles,
    dropToVisibleSeconds: round(seconds, 2),
    articlesPerSecond: round(articleCount / seconds, 1),
    peakRssMb: round(peakRss / 1048576, 1),
    feedProbesDuringDrop: probes,
    feedProbeErrors: probeErrors,
    feedBytes: body.length,
    feed: served,
    notModified,
    static: staticResult,
    ratioToStatic: round(served.rps / staticResult.rps, 3),
  };
  if (json) console.log(JSON.stringify(output));
  printTable(`Drop ${articleCount} articles at once (local stack)`, [
    { 'reached article': `${articles}/${articleCount}`, seconds: output.dropToVisibleSeconds, 'articles/s': output.articlesPerSecond, 'peak RSS MB': output.peakRssMb, 'feed errors during drop': `${probeErrors}/${probes}` },
  ]);
  printTable(`/feed.atom, 10 connections, ${durationSeconds}s (cache ${cacheSeconds}s, ${body.length} bytes)`, [
    { path: 'feed function', 'req/s': served.rps, 'p50 ms': served.p50, 'p99 ms': served.p99, errors: served.errors },
    { path: '304 (If-None-Match)', 'req/s': notModified.rps, 'p50 ms': notModified.p50, 'p99 ms': notModified.p99, errors: notModified.errors },
    { path: 'static file server', 'req/s': staticResult.rps, 'p50 ms': staticResult.p50, 'p99 ms': staticResult.p99, errors: staticResult.errors },
  ]);
  progress(`feed / static request rate: ${output.ratioToStatic}`);
}

await main();
process.exit(0);
