import type { AddressInfo, Server } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { articleHexForKey } from '../../functions/core/article-id.js';
import type { ObjectEvent } from '../../functions/ingest/ports.js';
import { feedIndex, feedPartition, feedShardCount } from '../../functions/shared/table-keys.js';
import { ensureTable } from '../../infra/local/provision.js';
import { makeArticle } from '../support/articles.js';
import { describeStoreContract } from '../support/store-contract.js';

let server: Server;
let client: DynamoDBClient;
let tables = 0;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describeStoreContract('DynamoArticleStore on the local DynamoDB server', async () => {
  const tableName = `contract-${++tables}`;
  await ensureTable(client, tableName);
  return new DynamoArticleStore(createDocumentClient(client), tableName);
});

/** The store on a fresh table, over a client that records each command and can cut Query answers short. */
async function instrumentedStore(truncate?: (partition: string) => number | undefined): Promise<{
  store: DynamoArticleStore;
  raw: DynamoDBDocumentClient;
  sent: string[];
  tableName: string;
}> {
  const tableName = `instrumented-${++tables}`;
  await ensureTable(client, tableName);
  const raw = createDocumentClient(client);
  const sent: string[] = [];
  const send = raw.send.bind(raw) as (command: object) => Promise<Record<string, unknown>>;
  const db = new Proxy(raw, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      return async (command: object) => {
        sent.push(command.constructor.name);
        const result = await send(command);
        if (!(command instanceof QueryCommand) || command.input.IndexName !== feedIndex.name || !truncate) return result;
        const partition = String(command.input.ExpressionAttributeValues?.[':feed']);
        const keep = truncate(partition);
        const items = (result.Items ?? []) as Record<string, string>[];
        if (keep === undefined || items.length <= keep) return result;
        // What DynamoDB does when a Query reaches 1 MB: fewer items, and the key of the last one.
        const last = items[keep - 1]!;
        const hex = last.gsi1sk!.slice(last.gsi1sk!.lastIndexOf('#') + 1);
        const feedKey = partition.slice('FEED#'.length, partition.lastIndexOf('#'));
        return {
          ...result,
          Items: items.slice(0, keep),
          LastEvaluatedKey: { pk: `OBJ#${hex}`, sk: `IDX#${feedKey}`, gsi1pk: partition, gsi1sk: last.gsi1sk },
        };
      };
    },
  });
  return { store: new DynamoArticleStore(db, tableName), raw, sent, tableName };
}

const at = (key: string, sequencer: string): ObjectEvent => ({ key, sequencer, at: new Date('2026-02-01T00:00:00Z') });

async function seed(store: DynamoArticleStore, count: number): Promise<string[]> {
  const expected: string[] = [];
  for (let n = 0; n < count; n++) {
    const key = `incoming/shard-${n}.txt`;
    const published = `2026-04-${String(1 + (n % 9)).padStart(2, '0')}`;
    await store.putArticle(makeArticle(key, { published }), at(key, '01'));
    expected.push(`${published}T00:00:00.000Z#${articleHexForKey(key)}|${key}`);
  }
  return expected.sort().reverse().map((entry) => entry.slice(entry.indexOf('|') + 1));
}

describe('DynamoArticleStore sharded feed index', () => {
  it('spreads a feed over its shards and never keeps an unsharded entry', async () => {
    const { store, raw, tableName } = await instrumentedStore();
    await seed(store, 40);
    const perShard: number[] = [];
    for (const feedKey of ['all', 'topic:world']) {
      perShard.length = 0;
      for (let shard = 0; shard < feedShardCount; shard++) {
        const result = await raw.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: feedIndex.name,
            KeyConditionExpression: 'gsi1pk = :p',
            ExpressionAttributeValues: { ':p': feedPartition(feedKey, shard) },
            Select: 'COUNT',
          }),
        );
        perShard.push(result.Count ?? 0);
      }
      expect(perShard.reduce((sum, count) => sum + count, 0)).toBe(40);
      // 40 evenly hashed ids leave no shard holding most of them.
      expect(Math.max(...perShard)).toBeLessThan(15);
      expect(perShard.filter((count) => count > 0).length).toBeGreaterThanOrEqual(6);
      const unsharded = await raw.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: feedIndex.name,
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': `FEED#${feedKey}` },
          Select: 'COUNT',
        }),
      );
      expect(unsharded.Count).toBe(0);
    }
  });

  it('pages exactly in both directions when shards stop early at the 1 MB limit', async () => {
    // Half of the shards answer with at most two entries per request, as if each page were 1 MB.
    const { store } = await instrumentedStore((partition) => (Number(partition.slice(-1)) % 2 === 0 ? 2 : undefined));
    const expected = await seed(store, 40);
    const forwards: string[] = [];
    let page = await store.listArticles({ feedKey: 'all', limit: 7 });
    forwards.push(...page.articles.map((a) => a.key));
    for (let guard = 0; page.next && guard < 100; guard++) {
      page = await store.listArticles({ feedKey: 'all', limit: 7, after: page.next });
      expect(page.articles.length).toBeGreaterThan(0);
      forwards.push(...page.articles.map((a) => a.key));
    }
    expect(forwards).toEqual(expected);
    const backwards: string[] = page.articles.map((a) => a.key);
    for (let cursor = page.previous, guard = 0; cursor && guard < 100; guard++) {
      const back = await store.listArticles({ feedKey: 'all', limit: 7, before: cursor });
      expect(back.articles.length).toBeGreaterThan(0);
      backwards.unshift(...back.articles.map((a) => a.key));
      cursor = back.previous;
    }
    expect(backwards).toEqual(expected);
  });

  it('reads a page with one Query per shard and one BatchGet; writes with single-item requests, never a Scan', async () => {
    const { store, sent } = await instrumentedStore();
    await seed(store, 12);
    sent.length = 0;
    await store.listArticles({ feedKey: 'all', limit: 5 });
    expect(sent.filter((name) => name === 'QueryCommand')).toHaveLength(feedShardCount);
    expect(sent.filter((name) => name === 'BatchGetCommand')).toHaveLength(1);
    expect(sent).toHaveLength(feedShardCount + 1);

    sent.length = 0;
    await store.listFacets('entity');
    expect(sent).toEqual(Array.from({ length: feedShardCount }, () => 'QueryCommand'));

    // A new article in 4 feeds (all, its topic, two entities): 1 Query, 1 + 4 Puts, 3 counter updates.
    const key = 'incoming/costed.txt';
    sent.length = 0;
    await store.putArticle(makeArticle(key), at(key, '01'));
    expect([...sent].sort()).toEqual(['PutCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'QueryCommand', 'UpdateCommand', 'UpdateCommand', 'UpdateCommand']);
    // The same event again: no counter moves.
    sent.length = 0;
    await store.putArticle(makeArticle(key), at(key, '01'));
    expect(sent.filter((name) => name === 'UpdateCommand')).toHaveLength(0);
    expect(sent).not.toContain('ScanCommand');
  });
});
