/**
 * What one Lambda environment of each function needs: the real ingest handler (functions/ingest/handler.ts,
 * at LOG_LEVEL INFO) fed SQS batches of 10 S3 notifications for realistic text and HTML uploads, and the
 * real feed handler under 10 concurrent requests, cached and uncached. Each handler runs alone in a
 * child process (so its RSS is its own, as in a Lambda sandbox) against s3rver + dynalite running in
 * this process. Measures peak RSS, CPU ms per article / request, wall ms per batch, log bytes, and
 * checks that every upload reached a final status. `--json` prints machine-readable results.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoArticleStore } from '../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../functions/adapters/dynamo-client.js';
import { objectCreatedBatch } from '../infra/local/event-queue.js';
import { functionUrlEvent } from '../infra/local/http-bridge.js';
import { ensureBucket, ensureTable } from '../infra/local/provision.js';
import { localSdkEnv, startLocalServers } from '../infra/local/servers.js';
import { printTable, progress, round, summarize, type Summary } from './lib/stats.js';
import { loadRealisticInputs } from './realistic-inputs.js';
import { LAMBDA_NODE_FLAGS } from '../infra/aws/node-flags.js';

const bucket = 'footprint';
/** What a reader's request through CloudFront carries to the feed function. */
const FEED_REQUEST_HEADERS = { host: 'feed.example', 'x-forwarded-proto': 'https', 'accept-encoding': 'gzip', 'user-agent': 'footprint' };
const table = 'footprint';
const prefix = 'incoming/';
const batchSize = 10;

/** One kind's numbers from the ingest child. */
export interface IngestKindFootprint {
  articles: number;
  batches: number;
  /** Handler process CPU (user + system) per uploaded object, ms. */
  cpuMsPerArticle: number;
  /** Wall time per batch of 10 against the local servers, ms. */
  batchWallMs: Summary;
  /** Bytes the handler wrote to stdout/stderr (its JSON log lines) per object. */
  logBytesPerArticle: number;
  /** Largest RSS sampled while this kind's batches ran, MB. */
  peakRssMb: number;
  failedRecords: number;
}

/** What {@link measureFootprint} prints with `--json`. */
export interface Footprint {
  inputs: { text: number; html: number; source: string };
  ingest: {
    initMs: number;
    rssAfterInitMb: number;
    /** Process peak RSS (getrusage maxrss) at the end: what Lambda reports as Max Memory Used. */
    maxRssMb: number;
    kinds: Record<'text' | 'html', IngestKindFootprint>;
    outcomes: Record<string, number>;
    lost: number;
  };
  feed: Record<'cached' | 'uncached', FeedFootprint>;
}

export interface FeedFootprint {
  cacheSeconds: number;
  requests: number;
  concurrency: number;
  cpuMsPerRequest: number;
  wallMs: Summary;
  meanResponseBytes: number;
  non200: number;
  /** Status, path and start of the body of the first non-200 answer, if any. */
  firstFailure?: string;
  rssAfterInitMb: number;
  maxRssMb: number;
  logBytesPerRequest: number;
}

type IngestJob = { kind: 'text' | 'html'; records: { key: string; size: number }[] }[];
type FeedJob = { paths: string[]; requests: number; concurrency: number };

const mb = (bytes: number): number => round(bytes / 1048576, 1);

// ── child side: one handler in its own process ────────────────────────────────

/** Counts what the handler logs instead of printing it; results go back over IPC. */
let restoreOutput = (): void => {};

function captureOutput(): { bytes: () => number } {
  let bytes = 0;
  const originals = [process.stdout.write, process.stderr.write] as const;
  restoreOutput = () => {
    process.stdout.write = originals[0];
    process.stderr.write = originals[1];
  };
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  }
  return { bytes: () => bytes };
}

function startRssSampler(): { peak: () => number; reset: () => void; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    reset: () => (peak = process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

async function ingestChild(job: IngestJob): Promise<Footprint['ingest']> {
  const output = captureOutput();
  const started = performance.now();
  const { handler } = (await import('../functions/ingest/handler.js')) as { handler: (event: SQSEvent) => Promise<SQSBatchResponse> };
  const initMs = performance.now() - started;
  const rssAfterInit = process.memoryUsage().rss;
  const sampler = startRssSampler();
  const kinds: Partial<Record<'text' | 'html', IngestKindFootprint>> = {};
  let sequence = 0;
  for (const kind of ['text', 'html'] as const) {
    const batches = job.filter((batch) => batch.kind === kind);
    if (batches.length === 0) continue;
    sampler.reset();
    const walls: number[] = [];
    const logBefore = output.bytes();
    const cpuBefore = process.cpuUsage();
    let articles = 0;
    let failed = 0;
    for (const batch of batches) {
      const t = performance.now();
      const response = await handler(objectCreatedBatch(bucket, batch.records, sequence));
      walls.push(performance.now() - t);
      sequence += batch.records.length;
      articles += batch.records.length;
      failed += response.batchItemFailures.length;
    }
    const cpu = process.cpuUsage(cpuBefore);
    kinds[kind] = {
      articles,
      batches: batches.length,
      cpuMsPerArticle: round((cpu.user + cpu.system) / 1000 / articles),
      batchWallMs: summarize(walls),
      logBytesPerArticle: round((output.bytes() - logBefore) / articles, 1),
      peakRssMb: mb(sampler.peak()),
      failedRecords: failed,
    };
  }
  sampler.stop();
  return {
    initMs: round(initMs, 1),
    rssAfterInitMb: mb(rssAfterInit),
    maxRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    kinds: kinds as Record<'text' | 'html', IngestKindFootprint>,
    outcomes: {},
    lost: 0,
  };
}

async function feedChild(job: FeedJob): Promise<Omit<FeedFootprint, 'cacheSeconds'>> {
  const output = captureOutput();
  const { handler } = (await import('../functions/feed/handler.js')) as {
    handler: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  };
  const rssAfterInit = process.memoryUsage().rss;
  const sampler = startRssSampler();
  const walls: number[] = [];
  let bytes = 0;
  let non200 = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const logBefore = output.bytes();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.requests) {
        const [path, query = ''] = job.paths[next++ % job.paths.length]!.split('?');
        const t = performance.now();
        const result = await handler(functionUrlEvent({ method: 'GET', path: path!, query, headers: FEED_REQUEST_HEADERS }));
        walls.push(performance.now() - t);
        if (result.statusCode !== 200) {
          non200++;
          firstFailure ??= `${result.statusCode} ${path}: ${Buffer.from(result.body ?? '', 'base64').toString('utf8').slice(0, 200)}`;
        }
        bytes += result.body ? Buffer.byteLength(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : 0;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  sampler.stop();
  return {
    requests: job.requests,
    concurrency: job.concurrency,
    cpuMsPerRequest: round((cpu.user + cpu.system) / 1000 / job.requests),
    wallMs: summarize(walls),
    meanResponseBytes: Math.round(bytes / job.requests),
    non200,
    ...(firstFailure ? { firstFailure } : {}),
    rssAfterInitMb: mb(rssAfterInit),
    maxRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    logBytesPerRequest: round((output.bytes() - logBefore) / job.requests, 1),
  };
}

// ── parent side ────────────────────────────────────────────────────────────────

function runChild<T>(mode: 'ingest' | 'feed', env: Record<string, string>, job: unknown): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(import.meta.filename, ['--child', mode], {
      env: { ...process.env, ...env },
      execArgv: [...LAMBDA_NODE_FLAGS, '--openssl-legacy-provider', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: T | undefined;
    child.on('message', (message) => (result = message as T));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result !== undefined ? resolvePromise(result) : reject(new Error(`${mode} child exited ${code}`))));
    child.send(job as object);
  });
}

/** Runs the whole measurement; used by this script's CLI and by bench/cost.ts. */
export async function measureFootprint(options: { perKind?: number; feedRequests?: number } = {}): Promise<Footprint> {
  const inputs = loadRealisticInputs(options.perKind ?? Infinity);
  const dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-footprint-'));
  const servers = await startLocalServers({ dataDir, bucket, s3Port: 0, dynamoPort: 0 });
  try {
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const s3 = new S3Client({ endpoint: servers.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
    const dynamo = new DynamoDBClient({ endpoint: servers.dynamoEndpoint, region: 'us-east-1', credentials });
    await ensureBucket(s3, bucket);
    await ensureTable(dynamo, table);

    progress(`footprint: uploading ${inputs.text.length} text and ${inputs.html.length} HTML inputs (${inputs.source})…`);
    const job: IngestJob = [];
    for (const kind of ['text', 'html'] as const) {
      const records: { key: string; size: number }[] = [];
      for (const input of inputs[kind]) {
        const key = `${prefix}${kind}/${input.name}`;
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: input.bytes, ContentType: input.contentType }));
        records.push({ key, size: input.bytes.byteLength });
      }
      for (let i = 0; i < records.length; i += batchSize) job.push({ kind, records: records.slice(i, i + batchSize) });
    }
    const env = {
      ...localSdkEnv(servers),
      S3_FORCE_PATH_STYLE: 'true',
      TABLE_NAME: table,
      WATCHED_PREFIX: prefix,
      // The level the stack configures, so the log volume is the deployed one.
      POWERTOOLS_LOG_LEVEL: 'INFO',
      LOG_LEVEL: 'INFO',
    };
    progress(`footprint: ingest handler, ${job.length} batches of up to ${batchSize}…`);
    const ingest = await runChild<Footprint['ingest']>('ingest', env, job);

    const store = new DynamoArticleStore(createDocumentClient(dynamo), table);
    const outcomes: Record<string, number> = {};
    for (const batch of job) {
      for (const record of batch.records) {
        const status = (await store.statusOf(record.key)).status;
        outcomes[status] = (outcomes[status] ?? 0) + 1;
      }
    }
    ingest.outcomes = outcomes;
    ingest.lost = outcomes.pending ?? 0;

    const topics = (await store.listFacets('topic')).map((f) => `/topics/${f.slug}/feed.atom`);
    const entities = (await store.listFacets('entity')).slice(0, 20).map((f) => `/entities/${f.slug}/feed.atom`);
    const paths = ['/feed.atom', '/feed.rss', '/feed.json', '/api/articles', '/feed.atom?limit=100', '/', ...topics, ...entities];
    const feed: Partial<Footprint['feed']> = {};
    for (const [name, cacheSeconds] of [['cached', 30], ['uncached', 0]] as const) {
      progress(`footprint: feed handler, ${name} (cache ${cacheSeconds}s)…`);
      const requests = options.feedRequests ?? (cacheSeconds > 0 ? 2000 : 300);
      const result = await runChild<Omit<FeedFootprint, 'cacheSeconds'>>('feed', { ...env, FEED_CACHE_SECONDS: String(cacheSeconds) }, {
        paths,
        requests,
        concurrency: 10,
      } satisfies FeedJob);
      feed[name] = { cacheSeconds, ...result };
    }
    s3.destroy();
    dynamo.destroy();
    return {
      inputs: { text: inputs.text.length, html: inputs.html.length, source: inputs.source },
      ingest,
      feed: feed as Footprint['feed'],
    };
  } finally {
    await servers.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Prints the footprint tables (stdout, or stderr under --json). */
export function printFootprint(result: Footprint): void {
  printTable(
    `Ingest handler, batches of ${batchSize} (init ${result.ingest.initMs} ms, RSS after init ${result.ingest.rssAfterInitMb} MB, max RSS ${result.ingest.maxRssMb} MB)`,
    (['text', 'html'] as const)
      .filter((kind) => result.ingest.kinds[kind])
      .map((kind) => {
        const k = result.ingest.kinds[kind];
        return {
          input: kind,
          articles: k.articles,
          'CPU ms/article': k.cpuMsPerArticle,
          'batch wall median ms': round(k.batchWallMs.median, 1),
          'batch wall p95 ms': round(k.batchWallMs.p95, 1),
          'peak RSS MB': k.peakRssMb,
          'log bytes/article': k.logBytesPerArticle,
          'failed records': k.failedRecords,
        };
      }),
  );
  printTable(
    'Outcomes',
    [{ ...result.ingest.outcomes, lost: result.ingest.lost }],
  );
  printTable(
    'Feed handler, 10 concurrent requests over the feed, topic, entity, API and HTML paths',
    (['cached', 'uncached'] as const).map((name) => {
      const f = result.feed[name];
      return {
        cache: `${f.cacheSeconds}s`,
        requests: f.requests,
        'CPU ms/request': f.cpuMsPerRequest,
        'wall p50 ms': round(f.wallMs.median, 1),
        'wall p95 ms': round(f.wallMs.p95, 1),
        'mean bytes': f.meanResponseBytes,
        'RSS after init MB': f.rssAfterInitMb,
        'max RSS MB': f.maxRssMb,
        'non-200': f.non200,
      };
    }),
  );
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const mode = process.argv[childIndex + 1];
  process.once('message', (job) => {
    const run = mode === 'ingest' ? ingestChild(job as IngestJob) : feedChild(job as FeedJob);
    run.then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        restoreOutput();
        console.error(error);
        process.exit(1);
      },
    );
  });
} else if (import.meta.filename === process.argv[1]) {
  const result = await measureFootprint();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  printFootprint(result);
}
