import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { articleHexForKey, articleIdForKey } from '../core/article-id.js';
import type { Article, EntitySet } from '../core/article.js';
import { feedKeysFor, sortTimeOf } from '../core/feed-keys.js';
import { slugify } from '../core/slug.js';
import type { ArticlePage, ArticleReader, Facet, FeedQuery } from '../feed/ports.js';
import type { IngestStore, ObjectEvent, ObjectOutcome } from '../ingest/ports.js';
import type { ObjectStatus, StatusReader } from '../shared/object-status.js';
import {
  articleSortKey,
  facetPartition,
  feedIndex,
  feedPartition,
  feedSortKey,
  hashPartition,
  hexFromObjectPartition,
  indexSortPrefix,
  normalizeSequencer,
  objectPartition,
  ownerSortKey,
  statusPartition,
  statusSortKey,
} from '../shared/table-keys.js';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

const batchWriteSize = 25;
const batchGetSize = 100;

/**
 * The one-table store behind both functions: articles, their feed index entries, object
 * statuses and content ownership. Writes are idempotent and guarded by the S3 sequencer, so a
 * redelivered or out-of-order event never replaces a newer version.
 */
export class DynamoArticleStore implements IngestStore, ArticleReader, StatusReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

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

  async putArticle(article: Article, event: ObjectEvent): Promise<void> {
    const hex = articleHexForKey(article.key);
    const pk = objectPartition(hex);
    const sequencer = normalizeSequencer(event.sequencer);
    const sortTime = sortTimeOf(article);
    const feedKeys = feedKeysFor(article);
    const existingIndex = await this.indexKeysOf(pk);

    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...article, pk, sk: articleSortKey, sequencer, sortTime, feedKeys },
          ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer <= :seq',
          ExpressionAttributeValues: { ':seq': sequencer },
        }),
      );
    } catch (error) {
      // A newer version was stored while this one was being processed: leave it be.
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }

    const wanted = new Set(feedKeys.map((feedKey) => indexSortPrefix + feedKey));
    const indexItems: Item[] = feedKeys.map((feedKey) => ({
      pk,
      sk: indexSortPrefix + feedKey,
      gsi1pk: feedPartition(feedKey),
      gsi1sk: feedSortKey(sortTime, hex),
      articleId: article.id,
    }));
    const stale = existingIndex.filter((key) => !wanted.has(key.sk));
    await this.batchWrite([
      ...indexItems.map((Item) => ({ PutRequest: { Item } })),
      ...stale.map((Key) => ({ DeleteRequest: { Key } })),
      ...facetItems(article).map((Item) => ({ PutRequest: { Item } })),
    ]);
  }

  async deleteArticle(key: string): Promise<void> {
    const pk = objectPartition(articleHexForKey(key));
    const keys = await this.indexKeysOf(pk);
    await this.batchWrite(
      [{ pk, sk: articleSortKey }, ...keys].map((Key) => ({ DeleteRequest: { Key } })),
    );
  }

  // ── feed ──────────────────────────────────────────────────────────────────

  async listArticles(query: FeedQuery): Promise<ArticlePage> {
    const partition = feedPartition(query.feedKey);
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: feedIndex.name,
        KeyConditionExpression: 'gsi1pk = :feed',
        ExpressionAttributeValues: { ':feed': partition },
        ScanIndexForward: false,
        // One more than asked tells whether a next page exists without an empty last page.
        Limit: query.limit + 1,
        ...(query.after
          ? {
              ExclusiveStartKey: {
                pk: objectPartition(query.after.slice(query.after.lastIndexOf('#') + 1)),
                sk: indexSortPrefix + query.feedKey,
                gsi1pk: partition,
                gsi1sk: query.after,
              },
            }
          : {}),
      }),
    );
    const items = result.Items ?? [];
    const entries = items.slice(0, query.limit);
    // Also true when DynamoDB stopped early at its 1 MB page limit.
    const hasMore = items.length > query.limit || result.LastEvaluatedKey !== undefined;
    const articles = await this.getArticles(entries.map((entry) => hexFromObjectPartition(String(entry.pk))));
    // An index entry can briefly outlive a change to its article (writes are not transactional):
    // only articles that still belong to this feed are shown.
    const current = articles.filter((article) => article !== null && feedKeysFor(article).includes(query.feedKey));
    const last = entries.at(-1);
    return {
      articles: current as Article[],
      next: hasMore && last ? String(last.gsi1sk) : null,
    };
  }

  async getArticle(hex: string): Promise<Article | null> {
    const result = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: objectPartition(hex), sk: articleSortKey } }),
    );
    return result.Item ? toArticle(result.Item) : null;
  }

  async listFacets(kind: 'topic' | 'entity'): Promise<Facet[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': facetPartition(kind) },
    });
    return items.map((item) => ({
      kind,
      name: String(item.name),
      slug: String(item.sk),
      category: item.category as Facet['category'],
    }));
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

  private async getArticles(hexes: string[]): Promise<(Article | null)[]> {
    const found = new Map<string, Article>();
    for (let start = 0; start < hexes.length; start += batchGetSize) {
      let keys: Item[] = hexes.slice(start, start + batchGetSize).map((hex) => ({ pk: objectPartition(hex), sk: articleSortKey }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        const result = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } } }));
        for (const item of result.Responses?.[this.tableName] ?? []) {
          found.set(hexFromObjectPartition(String(item.pk)), toArticle(item));
        }
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
        if (keys.length > 0) await backOff(attempt);
      }
    }
    return hexes.map((hex) => found.get(hex) ?? null);
  }

  private async indexKeysOf(pk: string): Promise<Key[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': indexSortPrefix },
      ProjectionExpression: 'pk, sk',
      ConsistentRead: true,
    });
    return items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
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

  private async batchWrite(requests: NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string]): Promise<void> {
    for (let start = 0; start < requests.length; start += batchWriteSize) {
      let pending = requests.slice(start, start + batchWriteSize);
      for (let attempt = 0; pending.length > 0; attempt++) {
        const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = result.UnprocessedItems?.[this.tableName] ?? [];
        if (pending.length > 0) await backOff(attempt);
      }
    }
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
    gsi1pk: statusPartition(outcome.status),
    gsi1sk: feedSortKey(updatedAt, hex),
  };
}

function facetItems(article: Article): Item[] {
  const items: Item[] = [
    { pk: facetPartition('topic'), sk: slugify(article.topic), name: article.topic },
  ];
  for (const category of ['people', 'places', 'organizations'] as const) {
    for (const name of article.entities[category]) {
      const slug = slugify(name);
      if (slug) items.push({ pk: facetPartition('entity'), sk: slug, name, category });
    }
  }
  // BatchWrite rejects two requests for the same key in one call.
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(`${item.pk}|${item.sk}`) && seen.add(`${item.pk}|${item.sk}`));
}

const storageOnly = new Set(['pk', 'sk', 'sequencer', 'sortTime', 'feedKeys', 'gsi1pk', 'gsi1sk']);

function toArticle(item: Item): Article {
  const article: Item = {};
  for (const [name, value] of Object.entries(item)) if (!storageOnly.has(name)) article[name] = value;
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
