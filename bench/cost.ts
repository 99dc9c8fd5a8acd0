/**
 * Cost per million articles on AWS, computed from measured inputs:
 *
 * - DynamoDB write and read units: every article of the realistic corpus (bench/realistic-inputs.ts)
 *   goes through the real ingest use case and the real DynamoDB store against dynalite; a
 *   middleware on the client sees each marshalled item written or read and prices it with
 *   DynamoDB's rules (item size, 1 KB per write unit, 4 KB per read unit, GSI entries written,
 *   including the delete + put when an item's index key changes).
 * - Lambda duration: handler CPU ms per article, log bytes per article and peak memory come from
 *   bench/footprint.ts (the real handlers in their own processes), scaled to the configured memory.
 * - Prices: the `prices` constant below, with sources and the date they were read.
 *
 * Flags: `--json`, `--memory <MB>` (ingest, default 1024 as in infra/aws), `--batch <n>` (average
 * records per invocation, default 10), `--html-share <0..1>` (default 0.5), `--feed-hit <0..1>`
 * (in-memory cache hit ratio, default 0.9), `--feed-memory <MB>` (default 512), `--footprint <file>`
 * (reuse `bench/footprint.ts --json` output instead of measuring again), `--capacity
 * provisioned` (price DynamoDB as the stack's provisioned mode does) with `--utilization <0..1>`
 * (default 0.7, the auto scaling target), `--entity-feed-limit <n>` (index each article under its n
 * most salient entities only, as the ingest's ENTITY_FEED_LIMIT does). The ingest init time is the
 * bundled handler's from the last `npm run bench` (bench/results.json), 200 ms without one.
 */
import { readFileSync } from 'node:fs';
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoArticleStore } from '../functions/adapters/dynamo-article-store.js';
import { articleHexForKey } from '../functions/core/article-id.js';
import { ENTITY_FEED_LIMIT_RULE, feedKeysFor, parseEntityFeedLimit } from '../functions/core/feed-keys.js';
import { createDocumentClient } from '../functions/adapters/dynamo-client.js';
import { loadDefaultClassifier } from '../functions/core/classify/index.js';
import { makeIngestObject } from '../functions/ingest/ingest-object.js';
import type { ObjectSource } from '../functions/ingest/ports.js';
import { silentLog } from '../functions/shared/log.js';
import { measureFootprint, printFootprint, type Footprint } from './footprint.js';
import { startMemoryTable } from './lib/memory-table.js';
import { printTable, progress, round } from './lib/stats.js';
import { loadRealisticInputs, type BenchInput } from './realistic-inputs.js';

// ── prices ───────────────────────────────────────────────────────────────────

/**
 * us-east-1 list prices in USD, arm64 Lambda, on-demand DynamoDB, S3 Standard; no free tier, no
 * savings plans, no volume tiers (all of these only lower the bill). `asOf` is when they were last
 * checked against the sources.
 */
export const prices = {
  asOf: '2026-11-21',
  lambdaArmGbSecond: { usd: 0.0000133334, source: 'https://aws.amazon.com/lambda/pricing/ (Arm, first 7.5 billion GB-s/month)' },
  lambdaRequest: { usd: 0.2 / 1e6, source: 'https://aws.amazon.com/lambda/pricing/' },
  dynamoWriteUnit: { usd: 0.625 / 1e6, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (after the November 2024 on-demand price cut)' },
  dynamoReadUnit: { usd: 0.125 / 1e6, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/' },
  dynamoWcuHour: { usd: 0.00065, source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/ (Standard table class)' },
  dynamoRcuHour: { usd: 0.00013, source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/ (Standard table class)' },
  dynamoStorageGbMonth: { usd: 0.25, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (Standard table class)' },
  dynamoPitrGbMonth: { usd: 0.2, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (continuous backups)' },
  s3Put: { usd: 0.005 / 1000, source: 'https://aws.amazon.com/s3/pricing/ (PUT, COPY, POST, LIST)' },
  s3Get: { usd: 0.0004 / 1000, source: 'https://aws.amazon.com/s3/pricing/ (GET, SELECT and all other requests)' },
  s3StorageGbMonth: { usd: 0.023, source: 'https://aws.amazon.com/s3/pricing/ (Standard, first 50 TB)' },
  sqsRequest: { usd: 0.4 / 1e6, source: 'https://aws.amazon.com/sqs/pricing/ (standard queue, per 64 KB chunk)' },
  logsIngestGb: { usd: 0.5, source: 'https://aws.amazon.com/cloudwatch/pricing/ (Logs, Standard class ingestion)' },
  dataTransferOutGb: { usd: 0.09, source: 'https://aws.amazon.com/ec2/pricing/on-demand/ (data transfer out to the internet, first 10 TB)' },
  comprehendStandardUnit: { usd: 0.0001, source: 'https://aws.amazon.com/comprehend/pricing/ (entities, key phrases, language: 1 unit = 100 characters, 3-unit minimum per request)' },
  comprehendCustomAsyncUnit: { usd: 0.0005, source: 'https://aws.amazon.com/comprehend/pricing/ (custom classification, asynchronous inference, same units)' },
} as const;

/** Goal: what a million articles may cost to ingest. */
export const goalUsdPerMillion = 5;

/** Lambda gives a function one full vCPU at 1769 MB and a proportional share below. */
export const fullVcpuMb = 1769;

/**
 * Assumptions that cannot be measured without AWS; each is printed with the results.
 * Latencies are typical in-region figures, not measurements.
 */
export const assumptions = {
  dynamoCallMs: 6,
  s3GetMs: 25,
  /** START + REPORT platform records per invocation in Lambda's JSON log format. */
  platformLogBytesPerInvocation: 700,
  /** Environments created per million articles (each pays the init once). */
  coldStartsPerMillion: 100,
};

// ── DynamoDB capacity metering ───────────────────────────────────────────────

type Marshalled = Record<string, AttributeValue>;

/** DynamoDB's item size: attribute names plus values, as the developer guide defines it. */
export function itemBytes(item: Marshalled): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueBytes(value);
  return size;
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberBytes(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + 1 + valueBytes(v), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueBytes(v), 0);
  return 0;
}

/** One byte per two significant digits plus one. */
function numberBytes(n: string): number {
  const digits = n.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** Per-item overhead DynamoDB adds to each index entry. */
const indexEntryOverhead = 100;
const writeUnits = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));
const readUnits = (bytes: number, consistent: boolean): number => Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);

/** What one unit of work (an article, a feed page) cost in DynamoDB. */
export interface CapacityLedger {
  calls: number;
  /** Calls that started while no other call was in flight: the length of the chain of round trips. */
  rounds: number;
  tableWriteUnits: number;
  indexWriteUnits: number;
  readUnits: number;
  /** Write units by item kind (article, status, index, owner, facet). */
  writesByKind: Record<string, { items: number; units: number; bytes: number; indexUnits: number }>;
}

const emptyLedger = (): CapacityLedger => ({ calls: 0, rounds: 0, tableWriteUnits: 0, indexWriteUnits: 0, readUnits: 0, writesByKind: {} });

function itemKind(item: Marshalled): string {
  const pk = item.pk?.S ?? '';
  const sk = item.sk?.S ?? '';
  if (pk.startsWith('HASH#')) return 'content owner';
  if (pk.startsWith('FACET#')) return 'facet';
  if (sk === 'ARTICLE') return 'article';
  if (sk === 'STATUS') return 'status';
  if (pk.startsWith('FEED#')) return 'feed index';
  return 'other';
}

/**
 * Wraps a DynamoDB client so every call is priced into `meter.current`. A shadow copy of the table
 * (everything written through this client) gives the size of items replaced, deleted and read.
 */
class CapacityMeter {
  current = emptyLedger();
  private readonly shadow = new Map<string, Marshalled>();
  private inFlight = 0;

  constructor(client: DynamoDBClient) {
    client.middlewareStack.add(
      // In the build step the document client has marshalled the input; outputs come back
      // unmarshalled, which only matters for the keys read from Query results below.
      (next, context) => async (args) => {
        const input = args.input as Record<string, unknown>;
        this.current.calls++;
        if (this.inFlight++ === 0) this.current.rounds++;
        try {
          const result = await next(args);
          this.record(context.commandName ?? '', input, result.output as unknown as Record<string, unknown>, true);
          return result;
        } catch (error) {
          // A failed condition still costs the write.
          if ((error as { name?: string }).name === 'ConditionalCheckFailedException') this.record(context.commandName ?? '', input, {}, false);
          throw error;
        } finally {
          this.inFlight--;
        }
      },
      { step: 'build', name: 'capacityMeter' },
    );
  }

  private record(command: string, input: Record<string, unknown>, output: Record<string, unknown>, applied: boolean): void {
    const key = (item: Marshalled): string => `${item.pk?.S}|${item.sk?.S}`;
    switch (command) {
      case 'PutItemCommand':
        this.put(input.Item as Marshalled, applied);
        break;
      case 'UpdateItemCommand': {
        // The new image approximated as the key plus the values the update sets (the store's
        // updates are counters, names and categories: always under 1 KB, so always 1 unit).
        const values = (input.ExpressionAttributeValues as Marshalled | undefined) ?? {};
        this.put({ ...(input.Key as Marshalled), ...values }, applied);
        break;
      }
      case 'DeleteItemCommand':
        this.delete(input.Key as Marshalled, applied);
        break;
      case 'BatchWriteItemCommand':
        for (const requests of Object.values(input.RequestItems as Record<string, Array<{ PutRequest?: { Item: Marshalled }; DeleteRequest?: { Key: Marshalled } }>>)) {
          for (const request of requests) {
            if (request.PutRequest) this.put(request.PutRequest.Item, true);
            if (request.DeleteRequest) this.delete(request.DeleteRequest.Key, true);
          }
        }
        break;
      case 'GetItemCommand': {
        const stored = this.shadow.get(key(input.Key as Marshalled));
        this.current.readUnits += readUnits(stored ? itemBytes(stored) : 0, input.ConsistentRead === true);
        break;
      }
      case 'QueryCommand': {
        const items = ((output.Items as Record<string, unknown>[] | undefined) ?? []).map(asMarshalledKey);
        const onIndex = typeof input.IndexName === 'string';
        // Projections do not lower the cost: units count the whole stored item (or index entry).
        const bytes = items.reduce((sum, item) => {
          const stored = this.shadow.get(key(item));
          return sum + (stored ? itemBytes(stored) + (onIndex ? indexEntryOverhead : 0) : 0);
        }, 0);
        this.current.readUnits += readUnits(bytes, !onIndex && input.ConsistentRead === true);
        break;
      }
      case 'BatchGetItemCommand':
        for (const request of Object.values(input.RequestItems as Record<string, { Keys: Marshalled[]; ConsistentRead?: boolean }>)) {
          for (const k of request.Keys) {
            const stored = this.shadow.get(key(k));
            this.current.readUnits += readUnits(stored ? itemBytes(stored) : 0, request.ConsistentRead === true);
          }
        }
        break;
      default:
        break;
    }
  }

  private put(item: Marshalled, applied: boolean): void {
    const id = `${item.pk?.S}|${item.sk?.S}`;
    const old = this.shadow.get(id);
    const bytes = itemBytes(item);
    const units = writeUnits(Math.max(bytes, old ? itemBytes(old) : 0));
    this.current.tableWriteUnits += units;
    const kind = (this.current.writesByKind[itemKind(item)] ??= { items: 0, units: 0, bytes: 0, indexUnits: 0 });
    kind.items++;
    kind.units += units;
    kind.bytes += bytes;
    if (!applied) return;
    const index = indexWrites(old, item);
    this.current.indexWriteUnits += index;
    kind.indexUnits += index;
    this.shadow.set(id, item);
  }

  private delete(keyItem: Marshalled, applied: boolean): void {
    const id = `${keyItem.pk?.S}|${keyItem.sk?.S}`;
    const old = this.shadow.get(id);
    this.current.tableWriteUnits += writeUnits(old ? itemBytes(old) : 0);
    if (!applied || !old) return;
    this.current.indexWriteUnits += indexWrites(old, undefined);
    this.shadow.delete(id);
  }

  /** Every item written so far, by kind (for storage estimates). */
  storedItems(): Marshalled[] {
    return [...this.shadow.values()];
  }
}

/** The pk/sk of a Query result, whichever form the document client left it in. */
function asMarshalledKey(item: Record<string, unknown>): Marshalled {
  const key: Marshalled = {};
  for (const name of ['pk', 'sk'] as const) {
    const v = item[name];
    if (typeof v === 'string') key[name] = { S: v };
    else if (v && typeof v === 'object') key[name] = v as AttributeValue;
  }
  return key;
}

/** Writes to the byFeed index for one table write: a changed index key is a delete plus a put. */
function indexWrites(old: Marshalled | undefined, next: Marshalled | undefined): number {
  const indexKey = (item: Marshalled | undefined): string | null =>
    item?.gsi1pk?.S !== undefined && item.gsi1sk?.S !== undefined ? `${item.gsi1pk.S}|${item.gsi1sk.S}` : null;
  const entry = (item: Marshalled): number => itemBytes(item) + indexEntryOverhead;
  const before = indexKey(old);
  const after = indexKey(next);
  if (before && after && before === after) return writeUnits(Math.max(entry(old!), entry(next!)));
  return (before ? writeUnits(entry(old!)) : 0) + (after ? writeUnits(entry(next!)) : 0);
}

// ── the measurement ──────────────────────────────────────────────────────────

/** Per-kind means over the corpus. */
export interface KindMeasurement {
  uploads: number;
  outcomes: Record<string, number>;
  meanUploadBytes: number;
  dynamoCallsPerArticle: number;
  /** Round trips on the critical path (calls issued in parallel count once). */
  dynamoRoundsPerArticle: number;
  s3GetsPerArticle: number;
  tableWriteUnitsPerArticle: number;
  indexWriteUnitsPerArticle: number;
  readUnitsPerArticle: number;
  writesByKindPerArticle: Record<string, { items: number; units: number; indexUnits: number; meanBytes: number }>;
  /** Feed keys beyond `all`, the topic and three entities, per upload. */
  feedKeysBeyondThreeEntities: number;
  meanEntities: number;
  meanFeedKeys: number;
  meanArticleItemBytes: number;
  /** Characters a text-analysis API would be sent: title + cleaned body. */
  meanClassifiedChars: number;
  comprehendUnitsPerRequest: number;
  storedBytesPerArticle: number;
}

export interface CapacityMeasurement {
  kinds: Record<'text' | 'html', KindMeasurement>;
  feedPageMiss: { pages: number; readUnitsPerPage: number; callsPerPage: number; roundsPerPage: number; limit: number };
}

/**
 * Runs the corpus through the ingest use case on a metered dynalite and prices each article,
 * with the ingest's `ENTITY_FEED_LIMIT` (null: every entity has its feed).
 */
export async function measureCapacity(entityFeedLimit: number | null = null): Promise<CapacityMeasurement> {
  const inputs = loadRealisticInputs();
  const table = await startMemoryTable('cost');
  const client = table.client;
  const meter = new CapacityMeter(client);
  const store = new DynamoArticleStore(createDocumentClient(client), 'cost', { entityFeedLimit });

  const byKey = new Map<string, BenchInput>();
  let s3Gets = 0;
  const source: ObjectSource = {
    async sizeOf(_bucket, key) {
      s3Gets++; // a HEAD is billed as a GET-class request
      return byKey.get(key)?.bytes.byteLength ?? null;
    },
    async read(_bucket, key) {
      s3Gets++;
      const input = byKey.get(key);
      return input ? { bytes: input.bytes, contentType: input.contentType, lastModified: new Date('2026-11-01T00:00:00Z') } : null;
    },
  };
  const ingest = makeIngestObject({
    source,
    store,
    classifier: loadDefaultClassifier(),
    config: { tableName: 'cost', watchedPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024, s3ForcePathStyle: true, entityFeedLimit },
    clock: () => new Date('2026-11-01T00:00:00Z'),
    log: silentLog,
  });

  const kinds: Partial<Record<'text' | 'html', KindMeasurement>> = {};
  let sequence = 0;
  for (const kind of ['text', 'html'] as const) {
    const total = emptyLedger();
    const outcomes: Record<string, number> = {};
    let gets = 0;
    let bytes = 0;
    let entities = 0;
    let feedKeys = 0;
    let articleBytes = 0;
    let chars = 0;
    let units = 0;
    let stored = 0;
    let articles = 0;
    let excessFeedKeys = 0;
    for (const input of inputs[kind]) {
      const key = `incoming/${kind}/${input.name}`;
      byKey.set(key, input);
      meter.current = emptyLedger();
      s3Gets = 0;
      const result = await ingest({
        kind: 'created',
        bucket: 'cost',
        key,
        size: input.bytes.byteLength,
        sequencer: (++sequence).toString(16),
        eventTime: new Date('2026-11-01T00:00:00Z'),
      });
      outcomes[result.status] = (outcomes[result.status] ?? 0) + 1;
      const ledger = meter.current;
      total.calls += ledger.calls;
      total.rounds += ledger.rounds;
      total.tableWriteUnits += ledger.tableWriteUnits;
      total.indexWriteUnits += ledger.indexWriteUnits;
      total.readUnits += ledger.readUnits;
      for (const [name, w] of Object.entries(ledger.writesByKind)) {
        const sum = (total.writesByKind[name] ??= { items: 0, units: 0, bytes: 0, indexUnits: 0 });
        sum.indexUnits += w.indexUnits;
        sum.items += w.items;
        sum.units += w.units;
        sum.bytes += w.bytes;
      }
      gets += s3Gets;
      bytes += input.bytes.byteLength;
      if (result.status === 'article') {
        const article = await store.getArticle(articleHexForKey(key));
        if (article) {
          articles++;
          entities += article.entities.people.length + article.entities.places.length + article.entities.organizations.length;
          const text = `${article.title}\n${article.body}`;
          chars += text.length;
          units += Math.max(3, Math.ceil(text.length / 100));
          excessFeedKeys += Math.max(0, feedKeysFor(article, entityFeedLimit).length - 5);
        }
      }
    }
    // Items that belong to this kind's uploads (facets are shared and few, so left out).
    const hexes = new Set(inputs[kind].map((input) => articleHexForKey(`incoming/${kind}/${input.name}`)));
    for (const item of meter.storedItems()) {
      const pk = item.pk?.S ?? '';
      const sk = item.sk?.S ?? '';
      const mine =
        (pk.startsWith('OBJ#') && hexes.has(pk.slice('OBJ#'.length))) ||
        (pk.startsWith('FEED#') && hexes.has(sk.slice(sk.lastIndexOf('#') + 1))) ||
        item.owner?.S?.startsWith(`incoming/${kind}/`);
      if (!mine) continue;
      stored += itemBytes(item) + indexEntryOverhead + (item.gsi1pk ? itemBytes(item) + indexEntryOverhead : 0);
      if (item.sk?.S === 'ARTICLE') {
        articleBytes += itemBytes(item);
        feedKeys += item.feedKeys?.L?.length ?? 0;
      }
    }
    const n = inputs[kind].length;
    kinds[kind] = {
      uploads: n,
      outcomes,
      meanUploadBytes: Math.round(bytes / n),
      dynamoCallsPerArticle: round(total.calls / n, 2),
      dynamoRoundsPerArticle: round(total.rounds / n, 2),
      s3GetsPerArticle: round(gets / n, 2),
      tableWriteUnitsPerArticle: round(total.tableWriteUnits / n, 2),
      indexWriteUnitsPerArticle: round(total.indexWriteUnits / n, 2),
      readUnitsPerArticle: round(total.readUnits / n, 2),
      writesByKindPerArticle: Object.fromEntries(
        Object.entries(total.writesByKind).map(([name, w]) => [name, { items: round(w.items / n, 2), units: round(w.units / n, 2), indexUnits: round(w.indexUnits / n, 2), meanBytes: Math.round(w.bytes / Math.max(1, w.items)) }]),
      ),
      meanEntities: round(entities / Math.max(1, articles), 2),
      meanFeedKeys: round(feedKeys / Math.max(1, articles), 2),
      meanArticleItemBytes: Math.round(articleBytes / Math.max(1, articles)),
      meanClassifiedChars: Math.round(chars / Math.max(1, articles)),
      comprehendUnitsPerRequest: round(units / Math.max(1, articles), 2),
      storedBytesPerArticle: Math.round(stored / n),
      feedKeysBeyondThreeEntities: round(excessFeedKeys / n, 2),
    };
  }

  // A feed page that misses the in-memory cache: what the feed function reads for it.
  const facets = [...(await store.listFacets('topic')).map((f) => `topic:${f.slug}`), ...(await store.listFacets('entity')).slice(0, 20).map((f) => `entity:${f.slug}`)];
  const feedKeysToRead = ['all', ...facets];
  const limit = 50;
  let pageUnits = 0;
  let pageCalls = 0;
  let pageRounds = 0;
  for (const feedKey of feedKeysToRead) {
    meter.current = emptyLedger();
    await store.listArticles({ feedKey, limit });
    pageUnits += meter.current.readUnits;
    pageCalls += meter.current.calls;
    pageRounds += meter.current.rounds;
  }
  await table.close();
  return {
    kinds: kinds as Record<'text' | 'html', KindMeasurement>,
    feedPageMiss: { pages: feedKeysToRead.length, readUnitsPerPage: round(pageUnits / feedKeysToRead.length, 2), callsPerPage: round(pageCalls / feedKeysToRead.length, 2), roundsPerPage: round(pageRounds / feedKeysToRead.length, 2), limit },
  };
}

// ── the model ────────────────────────────────────────────────────────────────

export interface ModelParameters {
  ingestMemoryMb: number;
  batchFill: number;
  htmlShare: number;
  feedHitRatio: number;
  feedMemoryMb: number;
  /** Table capacity mode, as the stack's `capacity` context selects it. */
  capacity: 'on-demand' | 'provisioned';
  /** Provisioned only: the share of provisioned capacity used on average (auto scaling targets 0.7). */
  utilization: number;
}

/**
 * What one write or read unit costs. Provisioned capacity is billed per unit-hour whether used or
 * not: a unit-second of work costs the hourly price / 3600, divided by the utilization reached.
 */
export function unitPrices(p: ModelParameters): { write: number; read: number } {
  if (p.capacity === 'on-demand') return { write: prices.dynamoWriteUnit.usd, read: prices.dynamoReadUnit.usd };
  return { write: prices.dynamoWcuHour.usd / 3600 / p.utilization, read: prices.dynamoRcuHour.usd / 3600 / p.utilization };
}

/** CPU-bound time at `memoryMb` for work that took `localMs` on one local core. An estimate. */
export function lambdaCpuMs(localMs: number, memoryMb: number): number {
  return localMs * Math.max(1, fullVcpuMb / memoryMb);
}

interface Line {
  item: string;
  quantity: string;
  usd: number;
}

/** Estimated billed ms of one batch of `batchFill` records of one kind. */
function batchMs(cpuMsPerArticle: number, kind: KindMeasurement, p: ModelParameters): number {
  // Records of a batch run concurrently, so one record's chain of AWS round trips overlaps the
  // others' CPU work; adding the chain once on top of all the CPU work is the conservative bound.
  const ioChainMs = kind.dynamoRoundsPerArticle * assumptions.dynamoCallMs + kind.s3GetsPerArticle * assumptions.s3GetMs;
  return lambdaCpuMs(cpuMsPerArticle * p.batchFill, p.ingestMemoryMb) + ioChainMs;
}

export function costPerMillion(capacity: CapacityMeasurement, footprint: Footprint, p: ModelParameters, initMs: number) {
  const million = 1e6;
  const shares = { text: 1 - p.htmlShare, html: p.htmlShare };
  const mix = (f: (kind: 'text' | 'html') => number): number => shares.text * f('text') + shares.html * f('html');
  const invocations = million / p.batchFill;
  const gbSeconds =
    mix((k) => (invocations * batchMs(footprint.ingest.kinds[k].cpuMsPerArticle, capacity.kinds[k], p)) / 1000) * (p.ingestMemoryMb / 1024) +
    ((assumptions.coldStartsPerMillion * lambdaCpuMs(initMs, p.ingestMemoryMb)) / 1000) * (p.ingestMemoryMb / 1024);
  const tableWru = mix((k) => capacity.kinds[k].tableWriteUnitsPerArticle) * million;
  const indexWru = mix((k) => capacity.kinds[k].indexWriteUnitsPerArticle) * million;
  const rru = mix((k) => capacity.kinds[k].readUnitsPerArticle) * million;
  const s3Gets = mix((k) => capacity.kinds[k].s3GetsPerArticle) * million;
  const sqsRequests = million * (1 + 2 / p.batchFill); // S3's send, then a receive and a batch delete per poll
  const logBytes = mix((k) => footprint.ingest.kinds[k].logBytesPerArticle) * million + invocations * assumptions.platformLogBytesPerInvocation;
  const logGb = logBytes / 2 ** 30;
  const unit = unitPrices(p);
  const lines: Line[] = [
    { item: 'Lambda duration (ingest)', quantity: `${round(gbSeconds, 0)} GB-s at ${p.ingestMemoryMb} MB`, usd: gbSeconds * prices.lambdaArmGbSecond.usd },
    { item: 'Lambda requests', quantity: `${round(invocations, 0)} invocations (batch ${p.batchFill})`, usd: invocations * prices.lambdaRequest.usd },
    { item: 'DynamoDB writes, table', quantity: `${round(tableWru / 1e6, 2)} M WRU`, usd: tableWru * unit.write },
    { item: 'DynamoDB writes, status index', quantity: `${round(indexWru / 1e6, 2)} M WRU`, usd: indexWru * unit.write },
    { item: 'DynamoDB reads (ingest checks)', quantity: `${round(rru / 1e6, 2)} M RRU`, usd: rru * unit.read },
    { item: 'S3 GET (ingest reads the upload)', quantity: `${round(s3Gets / 1e6, 2)} M`, usd: s3Gets * prices.s3Get.usd },
    { item: 'SQS requests', quantity: `${round(sqsRequests / 1e6, 2)} M`, usd: sqsRequests * prices.sqsRequest.usd },
    { item: 'CloudWatch Logs ingestion', quantity: `${round(logGb, 3)} GB`, usd: logGb * prices.logsIngestGb.usd },
  ];
  const pipelineUsd = lines.reduce((sum, line) => sum + line.usd, 0);
  const uploadPut: Line = { item: 'S3 PUT (the producer\'s upload)', quantity: '1.00 M', usd: million * prices.s3Put.usd };
  return { lines, uploadPut, pipelineUsd, withUploadUsd: pipelineUsd + uploadPut.usd, gbSeconds, logBytesPerArticle: logBytes / million };
}

/** Per 1,000 feed requests; misses read the table, hits are served from the function's memory. */
export function feedCostPer1000(capacity: CapacityMeasurement, footprint: Footprint, p: ModelParameters) {
  const requests = 1000;
  const misses = requests * (1 - p.feedHitRatio);
  const hits = requests - misses;
  const hitMs = lambdaCpuMs(footprint.feed.cached.cpuMsPerRequest, p.feedMemoryMb);
  const missMs = lambdaCpuMs(footprint.feed.uncached.cpuMsPerRequest, p.feedMemoryMb) + capacity.feedPageMiss.roundsPerPage * assumptions.dynamoCallMs;
  const gbSeconds = ((hits * hitMs + misses * missMs) / 1000) * (p.feedMemoryMb / 1024);
  const rru = misses * capacity.feedPageMiss.readUnitsPerPage;
  const logGb = (requests * (footprint.feed.uncached.logBytesPerRequest + assumptions.platformLogBytesPerInvocation)) / 2 ** 30;
  const outGb = (requests * footprint.feed.uncached.meanResponseBytes) / 2 ** 30;
  const lines: Line[] = [
    { item: 'Lambda duration (feed)', quantity: `${round(gbSeconds, 2)} GB-s at ${p.feedMemoryMb} MB`, usd: gbSeconds * prices.lambdaArmGbSecond.usd },
    { item: 'Lambda requests', quantity: `${requests}`, usd: requests * prices.lambdaRequest.usd },
    { item: 'DynamoDB reads', quantity: `${round(rru, 0)} RRU (${round(misses, 0)} misses × ${capacity.feedPageMiss.readUnitsPerPage})`, usd: rru * unitPrices(p).read },
    { item: 'CloudWatch Logs ingestion', quantity: `${round(logGb * 1024, 2)} MB`, usd: logGb * prices.logsIngestGb.usd },
    { item: 'Data transfer out', quantity: `${round(outGb * 1024, 2)} MB`, usd: outGb * prices.dataTransferOutGb.usd },
  ];
  return { lines, usd: lines.reduce((sum, line) => sum + line.usd, 0), hitMs: round(hitMs, 2), missMs: round(missMs, 2) };
}

/** What Amazon Comprehend would charge to do the classification for a million articles. */
export function comprehendPerMillion(capacity: CapacityMeasurement, p: ModelParameters) {
  const unitsPerRequest = (1 - p.htmlShare) * capacity.kinds.text.comprehendUnitsPerRequest + p.htmlShare * capacity.kinds.html.comprehendUnitsPerRequest;
  const units = unitsPerRequest * 1e6;
  const lines: Line[] = [
    { item: 'DetectEntities', quantity: `${round(units / 1e6, 1)} M units`, usd: units * prices.comprehendStandardUnit.usd },
    { item: 'DetectKeyPhrases', quantity: `${round(units / 1e6, 1)} M units`, usd: units * prices.comprehendStandardUnit.usd },
    { item: 'DetectDominantLanguage', quantity: `${round(units / 1e6, 1)} M units`, usd: units * prices.comprehendStandardUnit.usd },
    { item: 'Custom classification (topic), async', quantity: `${round(units / 1e6, 1)} M units`, usd: units * prices.comprehendCustomAsyncUnit.usd },
  ];
  return { unitsPerRequest: round(unitsPerRequest, 1), lines, usd: lines.reduce((sum, line) => sum + line.usd, 0) };
}

/**
 * Design changes that would lower the write bill, applied one after another to the measured
 * per-upload write units. Each saving is computed from the measurement, not assumed.
 */
export function writeLevers(capacity: CapacityMeasurement, p: ModelParameters, pipelineUsd: number) {
  const mix = (f: (k: KindMeasurement) => number): number => (1 - p.htmlShare) * f(capacity.kinds.text) + p.htmlShare * f(capacity.kinds.html);
  const by = (k: KindMeasurement, name: string) => k.writesByKindPerArticle[name] ?? { items: 0, units: 0, indexUnits: 0, meanBytes: 0 };
  const levers = [
    {
      lever: 'index only the 3 most salient entities (feeds + facets)',
      // Each dropped feed key saves its feed entry and its facet counter.
      saves: mix((k) => k.feedKeysBeyondThreeEntities * 2),
    },
    {
      lever: 'no per-article facet counter writes (count facets from the index, off the ingest path)',
      saves: mix((k) => by(k, 'facet').units - k.feedKeysBeyondThreeEntities),
    },
  ];
  let usd = pipelineUsd;
  return levers.map((lever) => {
    usd -= lever.saves * 1e6 * unitPrices(p).write;
    return { lever: lever.lever, 'WRU saved per article': round(lever.saves, 2), 'pipeline USD/M after': round(usd, 2) };
  });
}

/** Cost and latency of the ingest function at a memory size. */
export function memoryOption(capacity: CapacityMeasurement, footprint: Footprint, p: ModelParameters, memoryMb: number, initMs: number) {
  const q = { ...p, ingestMemoryMb: memoryMb };
  const mixMs = (1 - p.htmlShare) * batchMs(footprint.ingest.kinds.text.cpuMsPerArticle, capacity.kinds.text, q) + p.htmlShare * batchMs(footprint.ingest.kinds.html.cpuMsPerArticle, capacity.kinds.html, q);
  const htmlMs = batchMs(footprint.ingest.kinds.html.cpuMsPerArticle, capacity.kinds.html, q);
  const cost = costPerMillion(capacity, footprint, q, initMs);
  return {
    memoryMb,
    batchMs: round(mixMs, 0),
    htmlBatchMs: round(htmlMs, 0),
    articlesPerSecondAt5: round((5 * p.batchFill * 1000) / mixMs, 1),
    burst100kMinutes: round(100000 / ((5 * p.batchFill * 1000) / mixMs) / 60, 1),
    lambdaUsdPerMillion: round(cost.lines[0]!.usd + cost.lines[1]!.usd, 3),
    pipelineUsdPerMillion: round(cost.pipelineUsd, 3),
    headroomMb: round(memoryMb - Math.max(footprint.ingest.maxRssMb, footprint.ingest.kinds.html.peakRssMb), 0),
  };
}

// ── CLI ──────────────────────────────────────────────────────────────────────

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
}

function capacityOption(): ModelParameters['capacity'] {
  const index = process.argv.indexOf('--capacity');
  const value = index < 0 ? 'on-demand' : process.argv[index + 1];
  if (value !== 'on-demand' && value !== 'provisioned') throw new Error('--capacity takes on-demand or provisioned');
  return value;
}

function entityFeedLimitOption(): number | null {
  const index = process.argv.indexOf('--entity-feed-limit');
  if (index < 0) return null;
  const value = parseEntityFeedLimit(process.argv[index + 1] ?? '');
  if (value === undefined) throw new Error(`--entity-feed-limit takes ${ENTITY_FEED_LIMIT_RULE}`);
  return value;
}

function lastInitMs(): number {
  try {
    const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8')) as { bundles?: { ingest?: { initMs?: { median?: number } } } };
    return results.bundles?.ingest?.initMs?.median ?? 200;
  } catch {
    return 200;
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const params: ModelParameters = {
    ingestMemoryMb: option('--memory', 1024),
    batchFill: option('--batch', 10),
    htmlShare: Math.min(1, option('--html-share', 0.5)),
    feedHitRatio: Math.min(1, option('--feed-hit', 0.9)),
    feedMemoryMb: option('--feed-memory', 512),
    capacity: capacityOption(),
    utilization: Math.min(1, option('--utilization', 0.7)),
  };
  const footprintFile = process.argv.indexOf('--footprint');
  progress('cost: metering DynamoDB capacity over the corpus…');
  const entityFeedLimit = entityFeedLimitOption();
  const capacity = await measureCapacity(entityFeedLimit);
  const footprint: Footprint =
    footprintFile >= 0 ? (JSON.parse(readFileSync(process.argv[footprintFile + 1]!, 'utf8')) as Footprint) : await measureFootprint();
  if (footprintFile < 0) printFootprint(footprint);
  const initMs = lastInitMs();

  const cost = costPerMillion(capacity, footprint, params, initMs);
  const feed = feedCostPer1000(capacity, footprint, params);
  const comprehend = comprehendPerMillion(capacity, params);
  const memory = [512, 1024, 1769].map((mb) => memoryOption(capacity, footprint, params, mb, initMs));
  const storage = (() => {
    const bytes = ((1 - params.htmlShare) * capacity.kinds.text.storedBytesPerArticle + params.htmlShare * capacity.kinds.html.storedBytesPerArticle) * 1e6;
    const uploads = ((1 - params.htmlShare) * capacity.kinds.text.meanUploadBytes + params.htmlShare * capacity.kinds.html.meanUploadBytes) * 1e6;
    const gb = bytes / 2 ** 30;
    const uploadGb = uploads / 2 ** 30;
    return {
      dynamoGb: round(gb, 2),
      dynamoUsdPerMonth: round(gb * (prices.dynamoStorageGbMonth.usd + prices.dynamoPitrGbMonth.usd), 2),
      s3Gb: round(uploadGb, 2),
      s3UsdPerMonth: round(uploadGb * prices.s3StorageGbMonth.usd, 2),
    };
  })();
  const goalMet = cost.pipelineUsd <= goalUsdPerMillion;
  const levers = writeLevers(capacity, params, cost.pipelineUsd);

  const output = {
    prices,
    assumptions,
    params,
    entityFeedLimit,
    initMs,
    measured: { capacity, footprint },
    perMillion: {
      lines: cost.lines.map((line) => ({ ...line, usd: round(line.usd, 4) })),
      pipelineUsd: round(cost.pipelineUsd, 3),
      uploadPutUsd: round(cost.uploadPut.usd, 3),
      withUploadUsd: round(cost.withUploadUsd, 3),
      goalUsd: goalUsdPerMillion,
      goalMet,
    },
    storagePerMillionPerMonth: storage,
    feedPer1000: { ...feed, lines: feed.lines.map((line) => ({ ...line, usd: round(line.usd, 6) })), usd: round(feed.usd, 5) },
    comprehendPerMillion: { ...comprehend, lines: comprehend.lines.map((line) => ({ ...line, usd: round(line.usd, 2) })), usd: round(comprehend.usd, 2) },
    memory,
    levers,
  };
  if (json) console.log(JSON.stringify(output));

  printTable(
    'DynamoDB per uploaded object (measured on the corpus; WRU = ceil(item/1 KB), index entries + 100 B)',
    (['text', 'html'] as const).map((kind) => {
      const k = capacity.kinds[kind];
      return {
        input: kind,
        uploads: k.uploads,
        calls: k.dynamoCallsPerArticle,
        'sequential rounds': k.dynamoRoundsPerArticle,
        'table WRU': k.tableWriteUnitsPerArticle,
        'index WRU': k.indexWriteUnitsPerArticle,
        RRU: k.readUnitsPerArticle,
        entities: k.meanEntities,
        'feed keys': k.meanFeedKeys,
        'article item B': k.meanArticleItemBytes,
        'S3 GET': k.s3GetsPerArticle,
      };
    }),
  );
  printTable(
    'Items written per uploaded object (both kinds)',
    Object.keys({ ...capacity.kinds.text.writesByKindPerArticle, ...capacity.kinds.html.writesByKindPerArticle }).map((name) => ({
      item: name,
      'text items': capacity.kinds.text.writesByKindPerArticle[name]?.items ?? 0,
      'text WRU': capacity.kinds.text.writesByKindPerArticle[name]?.units ?? 0,
      'html items': capacity.kinds.html.writesByKindPerArticle[name]?.items ?? 0,
      'html WRU': capacity.kinds.html.writesByKindPerArticle[name]?.units ?? 0,
      'text index WRU': capacity.kinds.text.writesByKindPerArticle[name]?.indexUnits ?? 0,
      'html index WRU': capacity.kinds.html.writesByKindPerArticle[name]?.indexUnits ?? 0,
      'mean bytes (html)': capacity.kinds.html.writesByKindPerArticle[name]?.meanBytes ?? 0,
    })),
  );
  printTable(
    `Cost per million articles (${round(100 * (1 - params.htmlShare), 0)}% text / ${round(100 * params.htmlShare, 0)}% HTML, DynamoDB ${
      params.capacity === 'on-demand' ? 'on-demand' : `provisioned at ${round(100 * params.utilization, 0)}% utilization`
    }, us-east-1, prices as of ${prices.asOf})`,
    [
      ...cost.lines.map((line) => ({ item: line.item, quantity: line.quantity, USD: round(line.usd, 3) })),
      { item: 'TOTAL, pipeline', quantity: '', USD: round(cost.pipelineUsd, 3) },
      { item: cost.uploadPut.item, quantity: cost.uploadPut.quantity, USD: round(cost.uploadPut.usd, 3) },
      { item: 'TOTAL, with the upload PUT', quantity: '', USD: round(cost.withUploadUsd, 3) },
    ],
  );
  progress(
    `goal ≤ $${goalUsdPerMillion} per million articles (pipeline): ${goalMet ? 'MET' : 'NOT MET'} at $${round(cost.pipelineUsd, 2)} ` +
      `(${params.capacity}, ${entityFeedLimit === null ? 'every entity has its feed' : `ENTITY_FEED_LIMIT=${entityFeedLimit}`}); ` +
      `with the producer's S3 PUT: $${round(cost.withUploadUsd, 2)} (${cost.withUploadUsd <= goalUsdPerMillion ? 'within' : 'over'} the goal)`,
  );
  printTable('Write levers, applied in order (from the measured write units)', levers);
  printTable('Storage a million articles adds, per month', [
    { store: 'DynamoDB (items + index entries, Standard + PITR)', GB: storage.dynamoGb, 'USD/month': storage.dynamoUsdPerMonth },
    { store: 'S3 uploads (Standard)', GB: storage.s3Gb, 'USD/month': storage.s3UsdPerMonth },
  ]);
  printTable(
    `Feed, per 1,000 requests (cache hit ratio ${params.feedHitRatio}; hit ${feed.hitMs} ms, miss ${feed.missMs} ms at ${params.feedMemoryMb} MB)`,
    [...feed.lines.map((line) => ({ item: line.item, quantity: line.quantity, USD: round(line.usd, 6) })), { item: 'TOTAL', quantity: '', USD: round(feed.usd, 5) }],
  );
  printTable(
    `Amazon Comprehend for the same classification, per million articles (${comprehend.unitsPerRequest} units of 100 characters per request)`,
    [...comprehend.lines.map((line) => ({ item: line.item, quantity: line.quantity, USD: round(line.usd, 2) })), { item: 'TOTAL', quantity: '', USD: round(comprehend.usd, 2) }],
  );
  printTable(
    'Ingest memory: cost vs latency (CPU time scaled by 1769/MB below 1769 MB; estimate)',
    memory.map((m) => ({
      MB: m.memoryMb,
      'batch ms (mix)': m.batchMs,
      'batch ms (html)': m.htmlBatchMs,
      'articles/s at 5 concurrent': m.articlesPerSecondAt5,
      '100k burst drains in min': m.burst100kMinutes,
      'Lambda USD/M': m.lambdaUsdPerMillion,
      'pipeline USD/M': m.pipelineUsdPerMillion,
      'MB above peak RSS': m.headroomMb,
    })),
  );
}

if (import.meta.filename === process.argv[1]) await main();
