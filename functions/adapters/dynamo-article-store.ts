import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { articleHexForKey, articleIdForKey } from '../core/article-id.js';
import type { Article, EntitySet } from '../core/article.js';
import { entityFeedKey, feedKeysFor, sortTimeOf, topicFeedKey } from '../core/feed-keys.js';
import { entityFeedNameIn, entitySlugIn } from '../core/entity-names.js';
import { sortFacets, type ArticlePage, type ArticleReader, type Facet, type FeedQuery } from '../feed/ports.js';
import type { IngestStore, ObjectEvent, ObjectOutcome } from '../ingest/ports.js';
import type { ObjectStatus, StatusReader } from '../shared/object-status.js';
import {
  articleSortKey,
  facetPartition,
  feedPartition,
  feedPartitions,
  feedShardCount,
  feedShardOf,
  feedSortKey,
  hashPartition,
  hexFromObjectPartition,
  indexedStatuses,
  normalizeSequencer,
  objectPartition,
  ownerSortKey,
  statusIndex,
  statusPartition,
  statusSortKey,
} from '../shared/table-keys.js';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

export interface StoreOptions {
  /**
   * Index each article under only this many of its entities, the most salient first
   * (`ENTITY_FEED_LIMIT`). Its other entities stay on the article and in its feed categories.
   * @default null: every entity
   */
  entityFeedLimit?: number | null;
}

/** The article item's attribute holding the brotli-compressed JSON of its fields. */
const packedAttribute = 'packed';

const batchGetSize = 100;

/**
 * The one-table store behind both functions: articles, their feed index entries, object
 * statuses and content ownership. Writes are idempotent and guarded by the S3 sequencer, so a
 * redelivered or out-of-order event never replaces a newer version.
 */
export class DynamoArticleStore implements IngestStore, ArticleReader, StatusReader {
  private readonly entityFeedLimit: number | null;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: StoreOptions = {},
  ) {
    this.entityFeedLimit = options.entityFeedLimit ?? null;
  }

  // ── ingest ────────────────────────────────────────────────────────────────

  async claimEvent(event: ObjectEvent): Promise<boolean> {
    const sequencer = normalizeSequencer(event.sequencer);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: statusItem(event, { status: 'processing' }),
          ConditionExpression:
            'attribute_not_exists(sequencer) OR sequencer < :seq OR (sequencer = :seq AND #status = :processing)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':seq': sequencer, ':processing': 'processing' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async recordOutcome(event: ObjectEvent, outcome: ObjectOutcome): Promise<void> {
    const sequencer = normalizeSequencer(event.sequencer);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: statusItem(event, outcome),
          // A newer event for the same key has claimed it meanwhile: its outcome wins.
          ConditionExpression: 'sequencer = :seq',
          ExpressionAttributeValues: { ':seq': sequencer },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async claimContent(contentHash: string, key: string, force = false): Promise<string> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: hashPartition(contentHash), sk: ownerSortKey, owner: key },
          ...(force
            ? {}
            : {
                ConditionExpression: 'attribute_not_exists(pk) OR #owner = :key',
                ExpressionAttributeNames: { '#owner': 'owner' },
                ExpressionAttributeValues: { ':key': key },
              }),
        }),
      );
      return key;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: hashPartition(contentHash), sk: ownerSortKey },
          ConsistentRead: true,
        }),
      );
      const owner = current.Item?.owner;
      return typeof owner === 'string' ? owner : this.claimContent(contentHash, key);
    }
  }

  async releaseContent(contentHash: string, key: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: hashPartition(contentHash), sk: ownerSortKey },
          ConditionExpression: '#owner = :key',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':key': key },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async storedContentHash(key: string): Promise<string | null> {
    const result = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: objectPartition(articleHexForKey(key)), sk: articleSortKey },
        ProjectionExpression: 'contentHash',
        ConsistentRead: true,
      }),
    );
    const hash = result.Item?.contentHash;
    return typeof hash === 'string' ? hash : null;
  }

  /**
   * Stores the article if no newer version is stored, then makes its feed index entries match
   * its feeds. The entries the previous version had are known from its item, returned by the
   * same Put (`ALL_OLD`): no read before the write. Facet counters move by the entries this call
   * actually created or removed (seen in the old image each entry write returns), so a
   * redelivered or concurrent duplicate of the same event counts once.
   */
  async putArticle(article: Article, event: ObjectEvent): Promise<void> {
    const hex = articleHexForKey(article.key);
    const pk = objectPartition(hex);
    const shard = feedShardOf(hex);
    const sequencer = normalizeSequencer(event.sequencer);
    const sortTime = sortTimeOf(article);
    const feedKeys = feedKeysFor(article, this.entityFeedLimit);

    let previous: Item | undefined;
    try {
      const result = await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...articleItem(article), pk, sk: articleSortKey, sequencer, sortTime, feedKeys },
          ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer <= :seq',
          ExpressionAttributeValues: { ':seq': sequencer },
          ReturnValues: 'ALL_OLD',
        }),
      );
      previous = result.Attributes;
    } catch (error) {
      // A newer version was stored while this one was being processed: leave it be.
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }

    const wanted = feedKeys.map((feedKey) => indexEntry(feedKey, shard, sortTime, hex));
    const wantedIds = new Set(wanted.map(entryId));
    const stale = (previous ? indexEntriesOf(previous, hex) : []).filter((entry) => !wantedIds.has(entryId(entry)));
    const [created, removed] = await Promise.all([
      Promise.all(
        wanted.map(async (entry) => {
          // Written even when the previous version had the same entry: that version may have
          // stopped before writing its entries (a crash between the article and its entries).
          const result = await this.db.send(new PutCommand({ TableName: this.tableName, Item: entry.key, ReturnValues: 'ALL_OLD' }));
          return result.Attributes ? null : entry.feedKey;
        }),
      ),
      this.deleteIndexEntries(stale),
    ]);
    const names = facetNames(article);
    await this.moveCounters(shard, [
      ...created.flatMap((feedKey) => (feedKey === null ? [] : [{ feedKey, delta: 1, facet: names.get(feedKey) }])),
      ...removed.map((feedKey) => ({ feedKey, delta: -1, facet: undefined })),
    ]);
  }

  /**
   * Removes the article and its feed entries. The entries (and their counters) go first, found
   * from the stored article: a crash before the article is deleted leaves the article, whose
   * retry finds the same entries, so no entry is orphaned by a crash and each counter moves once.
   */
  async deleteArticle(key: string): Promise<void> {
    const hex = articleHexForKey(key);
    const pk = objectPartition(hex);
    const stored = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk, sk: articleSortKey },
        ProjectionExpression: 'feedKeys, sortTime',
        ConsistentRead: true,
      }),
    );
    if (!stored.Item) return;
    const shard = feedShardOf(hex);
    const countDown = (feedKeys: string[]) => this.moveCounters(shard, feedKeys.map((feedKey) => ({ feedKey, delta: -1, facet: undefined })));
    const entries = indexEntriesOf(stored.Item, hex);
    // Counters move before the article goes: a retry no longer sees the removed entries.
    await countDown(await this.deleteIndexEntries(entries));
    const deleted = await this.db.send(
      new DeleteCommand({ TableName: this.tableName, Key: { pk, sk: articleSortKey }, ReturnValues: 'ALL_OLD' }),
    );
    // A new version stored between the read and the delete has entries of its own: remove those too.
    const seen = new Set(entries.map(entryId));
    const late = deleted.Attributes ? indexEntriesOf(deleted.Attributes, hex).filter((entry) => !seen.has(entryId(entry))) : [];
    if (late.length > 0) await countDown(await this.deleteIndexEntries(late));
  }

  // ── feed ──────────────────────────────────────────────────────────────────

  /**
   * Queries every shard of the feed in parallel with the same key condition and merges them: see
   * {@link mergeShardPages} for why the result is exact even when a shard stops early.
   */
  async listArticles(query: FeedQuery): Promise<ArticlePage> {
    const towardsNewer = query.before !== undefined;
    const bound = query.before ?? query.after;
    const shards = await Promise.all(
      feedPartitions(query.feedKey).map((partition) => this.queryShard(partition, bound, towardsNewer, query.limit + 1)),
    );
    const merged = mergeShardPages(shards, query.limit, towardsNewer ? 'oldestFirst' : 'newestFirst');
    const positions = towardsNewer ? merged.positions.reverse() : merged.positions;
    const items = await this.getArticleItems(positions.map(hexOfPosition));
    // An index entry can briefly outlive a change to its article (writes are not transactional):
    // only articles whose stored entries still hold this feed at this position are shown, so a
    // re-dated article never shows twice while its old entry is being removed. The stored
    // entries, not the article's entities, decide: the ingest may index only some entities.
    const current = items.flatMap((item, n) => {
      const position = positions[n]!;
      const indexedHere = item !== null && indexEntriesOf(item, hexOfPosition(position)).some((entry) => entry.feedKey === query.feedKey && entry.key.sk === position);
      return indexedHere ? [toArticle(item)] : [];
    });
    const newest = positions[0] ?? null;
    const oldest = positions.at(-1) ?? null;
    return {
      articles: current,
      next: towardsNewer || merged.more ? oldest : null,
      previous: towardsNewer ? (merged.more ? newest : null) : query.after !== undefined ? newest : null,
    };
  }

  async getArticle(hex: string): Promise<Article | null> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: objectPartition(hex), sk: articleSortKey } }),
    );
    return result.Item ? toArticle(result.Item) : null;
  }

  /**
   * Sums each facet's counters over the shards: feedShardCount Queries of small items, however
   * many articles the facets hold. The name and category shown are those of the shard holding
   * the most of the facet's articles (lowest shard on a tie), so they are stable between calls.
   */
  async listFacets(kind: 'topic' | 'entity'): Promise<Facet[]> {
    const shards = await Promise.all(
      Array.from({ length: feedShardCount }, (_, shard) =>
        this.queryAll({
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': facetPartition(kind, shard) },
        }),
      ),
    );
    const facets = new Map<string, Facet & { best: number }>();
    for (const item of shards.flat()) {
      const slug = String(item.sk);
      const count = typeof item.count === 'number' ? item.count : 0;
      const facet = facets.get(slug);
      const named = typeof item.name === 'string';
      if (!facet) {
        facets.set(slug, {
          kind,
          name: named ? String(item.name) : slug,
          slug,
          ...(kind === 'entity' ? { category: item.category as Facet['category'] } : {}),
          count,
          best: named ? count : -Infinity,
        });
        continue;
      }
      facet.count += count;
      if (named && count > facet.best) {
        facet.name = String(item.name);
        if (kind === 'entity') facet.category = item.category as Facet['category'];
        facet.best = count;
      }
    }
    const listed: Facet[] = [...facets.values()].filter((facet) => facet.count > 0).map(({ best: _best, ...facet }) => facet);
    return sortFacets(kind, listed);
  }

  // ── status ────────────────────────────────────────────────────────────────

  async statusOf(key: string): Promise<ObjectStatus> {
    const result = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: objectPartition(articleHexForKey(key)), sk: statusSortKey },
        ConsistentRead: true,
      }),
    );
    const item = result.Item;
    if (!item || item.status === 'processing') return { key, status: 'pending' };
    const status: ObjectStatus = { key, status: item.status as ObjectStatus['status'] };
    if (item.status === 'article' || item.status === 'duplicate') status.articleId = articleIdForKey(key);
    if (typeof item.duplicateOf === 'string') status.duplicateOf = item.duplicateOf;
    if (typeof item.code === 'string') status.code = item.code;
    if (typeof item.reason === 'string') status.reason = item.reason;
    if (item.truncated === true) status.truncated = true;
    if (typeof item.updatedAt === 'string') status.updatedAt = item.updatedAt;
    return status;
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  /**
   * One shard's side of a page: up to `limit` index positions beyond `bound`, in query order. A
   * shard that stopped early (1 MB) without returning anything is continued, so a truncated shard
   * always has a frontier the merge can use.
   */
  private async queryShard(partition: string, bound: string | undefined, towardsNewer: boolean, limit: number): Promise<ShardPage> {
    let startKey: Item | undefined;
    for (;;) {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: bound === undefined ? 'pk = :feed' : `pk = :feed AND sk ${towardsNewer ? '>' : '<'} :bound`,
          ExpressionAttributeValues: { ':feed': partition, ...(bound === undefined ? {} : { ':bound': bound }) },
          ProjectionExpression: 'pk, sk',
          ScanIndexForward: towardsNewer,
          Limit: limit,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      const positions = (result.Items ?? []).map((item) => String(item.sk));
      startKey = result.LastEvaluatedKey;
      if (positions.length > 0 || !startKey) return { positions, truncated: startKey !== undefined };
    }
  }

  /** Deletes index entries; returns the feed keys of those that still existed (and so were removed here). */
  private async deleteIndexEntries(entries: IndexEntry[]): Promise<string[]> {
    const removed = await Promise.all(
      entries.map(async ({ key, feedKey }) => {
        const result = await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: key, ReturnValues: 'ALL_OLD' }));
        return result.Attributes ? feedKey : null;
      }),
    );
    return removed.filter((feedKey): feedKey is string => feedKey !== null);
  }

  /**
   * Moves facet counters of one shard. Increments also set the facet's name; decrements only touch
   * a counter that exists, so a stray one never creates a nameless facet.
   */
  private async moveCounters(shard: number, moves: { feedKey: string; delta: number; facet: FacetName | undefined }[]): Promise<void> {
    const totals = new Map<string, { delta: number; facet: FacetName | undefined }>();
    for (const { feedKey, delta, facet } of moves) {
      const kind = feedKey.startsWith('topic:') ? 'topic' : feedKey.startsWith('entity:') ? 'entity' : null;
      if (kind === null) continue;
      const total = totals.get(feedKey) ?? { delta: 0, facet: undefined };
      totals.set(feedKey, { delta: total.delta + delta, facet: facet ?? total.facet });
    }
    await Promise.all(
      [...totals].map(async ([feedKey, { delta, facet }]) => {
        if (delta === 0) return;
        const kind = feedKey.startsWith('topic:') ? 'topic' : 'entity';
        const Key = { pk: facetPartition(kind, shard), sk: feedKey.slice(kind.length + 1) };
        // A key attribute cannot be empty: a topic without a slug has a feed but no listing.
        if (Key.sk === '') return;
        const names: Record<string, string> = { '#count': 'count' };
        const values: Record<string, unknown> = { ':delta': delta };
        let set = '';
        if (delta > 0 && facet) {
          names['#name'] = 'name';
          values[':name'] = facet.name;
          set = ' SET #name = :name';
          if (facet.category) {
            values[':category'] = facet.category;
            set += ', category = :category';
          }
        }
        try {
          await this.db.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key,
              UpdateExpression: `ADD #count :delta${set}`,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
              ...(delta < 0 ? { ConditionExpression: 'attribute_exists(pk)' } : {}),
            }),
          );
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }),
    );
  }

  private async getArticleItems(hexes: string[]): Promise<(Item | null)[]> {
    const found = new Map<string, Item>();
    // A re-dated article can briefly sit at two positions of one feed; BatchGetItem refuses repeated keys.
    const unique = [...new Set(hexes)];
    for (let start = 0; start < unique.length; start += batchGetSize) {
      let keys: Item[] = unique.slice(start, start + batchGetSize).map((hex) => ({ pk: objectPartition(hex), sk: articleSortKey }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        const result = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }));
        for (const item of result.Responses?.[this.tableName] ?? []) {
          found.set(hexFromObjectPartition(String(item.pk)), item);
        }
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
        if (keys.length > 0) await backOff(attempt);
      }
    }
    return hexes.map((hex) => found.get(hex) ?? null);
  }

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({ ...input, TableName: this.tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
      );
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}

/** The status item of an object: the latest event's sequencer and what became of it. */
function statusItem(event: ObjectEvent, outcome: ObjectOutcome | { status: 'processing' }): Item {
  const hex = articleHexForKey(event.key);
  const updatedAt = event.at.toISOString();
  return {
    ...outcome,
    pk: objectPartition(hex),
    sk: statusSortKey,
    objectKey: event.key,
    sequencer: normalizeSequencer(event.sequencer),
    updatedAt,
    // Only statuses someone lists are in the index: a sparse index costs nothing for the others.
    ...(indexedStatuses.has(outcome.status)
      ? { [statusIndex.partitionKey]: statusPartition(outcome.status), [statusIndex.sortKey]: feedSortKey(updatedAt, hex) }
      : {}),
  };
}

/** One feed's entry for an article: the feed shard is its partition, the feed position its sort key. */
interface IndexEntry {
  key: Key;
  feedKey: string;
}

const indexEntry = (feedKey: string, shard: number, sortTime: string, hex: string): IndexEntry => ({
  key: { pk: feedPartition(feedKey, shard), sk: feedSortKey(sortTime, hex) },
  feedKey,
});

const entryId = (entry: IndexEntry): string => `${entry.key.pk}|${entry.key.sk}`;

/** The entries a stored article item was indexed under (its `feedKeys` at its `sortTime`). */
function indexEntriesOf(item: Item, hex: string): IndexEntry[] {
  const feedKeys = Array.isArray(item.feedKeys) ? item.feedKeys.filter((key): key is string => typeof key === 'string') : [];
  if (typeof item.sortTime !== 'string') return [];
  const shard = feedShardOf(hex);
  return feedKeys.map((feedKey) => indexEntry(feedKey, shard, item.sortTime as string, hex));
}

interface FacetName {
  name: string;
  category?: 'people' | 'places' | 'organizations';
}

/** The name (and category) each facet feed of an article is shown under, keyed by feed key. */
function facetNames(article: Article): Map<string, FacetName> {
  const names = new Map<string, FacetName>([[topicFeedKey(article.topic), { name: article.topic }]]);
  for (const category of ['people', 'places', 'organizations'] as const) {
    for (const name of article.entities[category]) {
      const slug = entitySlugIn(article, name);
      if (slug && !names.has(entityFeedKey(slug))) names.set(entityFeedKey(slug), { name: entityFeedNameIn(article, name), category });
    }
  }
  return names;
}

/** What one shard contributed to a page: positions in query order, and whether it has more. */
export interface ShardPage {
  positions: string[];
  /** The shard stopped before running out (its Limit or the 1 MB page size): more lie beyond its last position. */
  truncated: boolean;
}

/**
 * Merges the per-shard answers to one feed page, in query order (`newestFirst` for `after`
 * pages, `oldestFirst` for `before` pages). A truncated shard has not shown what lies beyond its
 * last position (its frontier), so nothing beyond the nearest frontier of any truncated shard can
 * be trusted to be complete: the merge stops there, and the page may then hold fewer than `limit`
 * articles with `more` set. Each shard returning `limit + 1` positions when it can ensures a full
 * page otherwise. `more` is true when anything may lie beyond the returned positions.
 */
export function mergeShardPages(
  shards: ShardPage[],
  limit: number,
  order: 'newestFirst' | 'oldestFirst',
): { positions: string[]; more: boolean } {
  const nearer = (a: string, b: string): boolean => (order === 'newestFirst' ? a > b : a < b);
  let cutoff: string | undefined;
  for (const shard of shards) {
    const frontier = shard.positions.at(-1);
    if (shard.truncated && frontier !== undefined && (cutoff === undefined || nearer(frontier, cutoff))) cutoff = frontier;
  }
  const merged = shards
    .flatMap((shard) => shard.positions)
    .filter((position) => cutoff === undefined || !nearer(cutoff, position))
    .sort((a, b) => (nearer(a, b) ? -1 : 1));
  return {
    positions: merged.slice(0, limit),
    more: merged.length > limit || shards.some((shard) => shard.truncated),
  };
}

const hexOfPosition = (position: string): string => position.slice(position.lastIndexOf('#') + 1);


/** Attributes of an article item that are storage bookkeeping, not article fields. */
const storageOnly = new Set(['pk', 'sk', 'sequencer', 'sortTime', 'feedKeys', packedAttribute, 'gsi1pk', 'gsi1sk']);

/**
 * Article fields kept as plain attributes: read by projections and conditions without decoding
 * (`contentHash` by the duplicate check). Every other field travels in the packed attribute.
 */
const plainFields = new Set(['contentHash']);

/**
 * The article as item attributes: most of its fields, bodies included, as one brotli-compressed
 * JSON document. Measured on real articles: ~2.3× for plain text, ~4× with an HTML body; write
 * units are counted per started KB of item, so a 13 KB article with its HTML body costs ~4 write
 * units instead of 13 (and reads get cheaper too). Quality 5 is the measured knee: 6–9 gain under
 * 1 % for up to 10× the CPU, 11 gains ~15 % for ~25× (8–20 ms per article).
 */
function articleItem(article: Article): Item {
  const plain: Item = {};
  const packed: Item = {};
  for (const [name, value] of Object.entries(article)) (plainFields.has(name) ? plain : packed)[name] = value;
  const json = Buffer.from(JSON.stringify(packed));
  plain[packedAttribute] = brotliCompressSync(json, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: 5,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: json.byteLength,
    },
  });
  return plain;
}

/** Reads an article item, packed or (written before packing existed) with every field plain. */
function toArticle(item: Item): Article {
  const article: Item = {};
  for (const [name, value] of Object.entries(item)) if (!storageOnly.has(name)) article[name] = value;
  const packed = item[packedAttribute];
  if (packed instanceof Uint8Array) Object.assign(article, JSON.parse(brotliDecompressSync(packed).toString('utf8')) as Item);
  const entities = (article.entities ?? {}) as Partial<EntitySet>;
  return {
    ...(article as unknown as Article),
    entities: { people: entities.people ?? [], places: entities.places ?? [], organizations: entities.organizations ?? [] },
    keywords: (article.keywords as string[] | undefined) ?? [],
  };
}

function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
}
