import type { EventEmitter } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { createS3Client } from '../../functions/adapters/s3-client.js';
import { modelTopics } from '../model-topics.js';
import { LocalEventQueue } from './event-queue.js';
import { serveFunction } from './http-bridge.js';
import { ensureBucket, ensureTable } from './provision.js';
import { localSdkEnv, startLocalServers, type EmittedS3Event, type LocalServers } from './servers.js';

export const localBucket = 'dropfeed-local';
export const localTable = 'dropfeed-local';
export const watchedPrefix = 'incoming/';
export const stateFileName = 'local-stack.json';

export interface LocalStackOptions {
  dataDir: string;
  /** Feed HTTP port; 0 picks a free one. S3 and DynamoDB take the next two (or free ones when 0). */
  port: number;
  logLevel?: string;
  /** How long the feed function reuses a rendered response. 0 (the default) here, so a feed fetched right after `drop` shows the new article. */
  cacheSeconds?: number;
  maxObjectBytes?: number;
  retryDelayMs?: number;
  onDeadLetter?: (record: SQSRecord) => void;
  onError?: (error: unknown) => void;
}

/** What `npm run drop` / `npm run status` read to find a running local stack. */
export interface LocalStackState {
  pid: number;
  feedUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  bucket: string;
  tableName: string;
  prefix: string;
}

export interface LocalStack extends LocalStackState {
  /** The topic model's labels, as the feed function was given them. */
  topics: readonly string[];
  servers: LocalServers;
  queue: LocalEventQueue;
  s3: S3Client;
  store: DynamoArticleStore;
  close(): Promise<void>;
}

/**
 * Starts the whole pipeline on loopback: S3 and DynamoDB stand-ins, the table and bucket, the real
 * ingest handler fed by a local S3→SQS stand-in, and the real feed handler behind HTTP. The
 * handlers find the servers through the SDK's standard endpoint variables, so they run the same
 * code as on AWS. One stack per process: the handlers read their configuration at import.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir);
  const offset = (n: number): number => (options.port === 0 ? 0 : options.port + n);
  const servers = await startLocalServers({ dataDir, bucket: localBucket, s3Port: offset(1), dynamoPort: offset(2) });

  const topics = modelTopics();
  Object.assign(process.env, {
    ...localSdkEnv(servers),
    S3_FORCE_PATH_STYLE: 'true',
    TABLE_NAME: localTable,
    WATCHED_PREFIX: watchedPrefix,
    MAX_OBJECT_BYTES: String(options.maxObjectBytes ?? 10 * 1024 * 1024),
    FEED_CACHE_SECONDS: String(options.cacheSeconds ?? 0),
    TOPICS: JSON.stringify(topics),
    POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'WARN',
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;

  const s3 = createS3Client({ forcePathStyle: true });
  const dynamo = new DynamoDBClient({});
  await ensureBucket(s3, localBucket);
  await ensureTable(dynamo, localTable);
  const store = new DynamoArticleStore(createDocumentClient(dynamo), localTable);

  // Imported only now: the handlers read the environment above at module load, like a cold start.
  const ingest = await import('../../functions/ingest/handler.js');
  const feed = await import('../../functions/feed/handler.js');

  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const queue = new LocalEventQueue({
    bucket: localBucket,
    prefix: watchedPrefix,
    handler: (event) => ingest.handler(event),
    retryDelayMs: options.retryDelayMs ?? 1000,
    ...(options.onDeadLetter ? { onDeadLetter: options.onDeadLetter } : {}),
    onBatchError: onError,
  });
  // s3rver is a Koa app (an EventEmitter); its type declarations leave that out.
  (servers.s3 as unknown as EventEmitter).on('event', (event: EmittedS3Event) => queue.acceptS3Event(event));

  let http: { server: Server; url: string };
  try {
    http = await serveFunction(feed.handler, options.port, onError);
  } catch (error) {
    queue.close();
    await servers.close();
    throw error;
  }

  const state: LocalStackState = {
    pid: process.pid,
    feedUrl: http.url,
    s3Endpoint: servers.s3Endpoint,
    dynamoEndpoint: servers.dynamoEndpoint,
    bucket: localBucket,
    tableName: localTable,
    prefix: watchedPrefix,
  };
  const stateFile = join(dataDir, stateFileName);
  await writeFile(stateFile, JSON.stringify(state, null, 2) + '\n');

  await redeliverUnfinished(s3, store, queue);

  return {
    ...state,
    topics,
    servers,
    queue,
    s3,
    store,
    async close() {
      queue.close();
      http.server.closeAllConnections();
      await new Promise<void>((done) => http.server.close(() => done()));
      await servers.close();
      await rm(stateFile, { force: true });
    },
  };
}

/**
 * Events live only in memory here (AWS keeps them in SQS): objects uploaded while the stack was
 * down, or whose processing was cut short by a stop, are delivered again at start.
 */
async function redeliverUnfinished(s3: S3Client, store: DynamoArticleStore, queue: LocalEventQueue): Promise<void> {
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: localBucket, Prefix: watchedPrefix, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      const status = await store.statusOf(object.Key);
      if (status.status !== 'pending') continue;
      queue.acceptS3Event({
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            eventSource: 'aws:s3',
            eventTime: new Date().toISOString(),
            s3: { bucket: { name: localBucket }, object: { key: object.Key, size: object.Size ?? 0 } },
          },
        ],
      });
    }
    token = page.NextContinuationToken;
  } while (token);
}
