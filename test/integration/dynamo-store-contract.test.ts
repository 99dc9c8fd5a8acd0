import type { AddressInfo, Server } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { articleHexForKey } from '../../functions/core/article-id.js';
import type { ObjectEvent } from '../../functions/ingest/ports.js';
import { feedKeysFor, sortTimeOf } from '../../functions/core/feed-keys.js';
import { feedPartition, feedShardCount, statusIndex } from '../../functions/shared/table-keys.js';
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
async function instrumentedStore(
  truncate?: (partition: string) => number | undefined,
  fail?: (command: object) => boolean,
): Promise<{
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
        if (fail?.(command)) throw new Error('connection lost');
        const result = await send(command);
        const partition = command instanceof QueryCommand ? String(command.input.ExpressionAttributeValues?.[':feed']) : '';
        if (!partition.startsWith('FEED#') || !truncate) return result;
        const keep = truncate(partition);
        const items = (result.Items ?? []) as Record<string, string>[];
        if (keep === undefined || items.length <= keep) return result;
        // What DynamoDB does when a Query reaches 1 MB: fewer items, and the key of the last one.
        const last = items[keep - 1]!;
        return { ...result, Items: items.slice(0, keep), LastEvaluatedKey: { pk: partition, sk: last.sk } };
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
            KeyConditionExpression: 'pk = :p',
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
          KeyConditionExpression: 'pk = :p',
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

    // A new article in 4 feeds (all, its topic, two entities): 1 + 4 Puts, 3 counter updates, no read.
    const key = 'incoming/costed.txt';
    sent.length = 0;
    await store.putArticle(makeArticle(key), at(key, '01'));
    expect([...sent].sort()).toEqual(['PutCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'UpdateCommand', 'UpdateCommand', 'UpdateCommand']);
    // The same event again: no counter moves.
    sent.length = 0;
    await store.putArticle(makeArticle(key), at(key, '01'));
    expect(sent.filter((name) => name === 'UpdateCommand')).toHaveLength(0);
    expect(sent).not.toContain('ScanCommand');
  });
});

describe('DynamoArticleStore item layout', () => {
  /** Every feed entry of one article, as `<pk>|<sk>`, read straight from the table. */
  async function entriesOf(raw: DynamoDBDocumentClient, tableName: string, key: string): Promise<string[]> {
    const hex = articleHexForKey(key);
    const result = await raw.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(pk, :feed) AND contains(sk, :hex)',
        ExpressionAttributeValues: { ':feed': 'FEED#', ':hex': hex },
      }),
    );
    return (result.Items ?? []).map((item) => `${String(item.pk)}|${String(item.sk)}`).sort();
  }

  const expectedEntries = (key: string, article: Parameters<typeof feedKeysFor>[0] & Parameters<typeof sortTimeOf>[0]): string[] => {
    const hex = articleHexForKey(key);
    const shard = Number.parseInt(hex.slice(0, 8), 16) % feedShardCount;
    return feedKeysFor(article)
      .map((feedKey) => `${feedPartition(feedKey, shard)}|${sortTimeOf(article)}#${hex}`)
      .sort();
  };

  it('keeps the article compressed in one binary attribute, with the fields conditions read left plain', async () => {
    const { store, raw, tableName } = await instrumentedStore();
    const key = 'incoming/packed.html';
    const body = Array.from({ length: 60 }, (_, n) => `Paragraph ${n} about the harbour, the council and the budget.`).join('\n\n');
    const article = makeArticle(key, { body, bodyHtml: `<p>${body.replaceAll('\n\n', '</p><p>')}</p>`, format: 'html' });
    await store.putArticle(article, at(key, '01'));
    const { Item } = await raw.send(new GetCommand({ TableName: tableName, Key: { pk: `OBJ#${articleHexForKey(key)}`, sk: 'ARTICLE' } }));
    expect(Item?.body).toBeUndefined();
    expect(Item?.bodyHtml).toBeUndefined();
    expect(Item?.packed).toBeInstanceOf(Uint8Array);
    expect((Item?.packed as Uint8Array).byteLength).toBeLessThan(JSON.stringify(article).length / 4);
    expect(Item?.contentHash).toBe(article.contentHash);
    expect(await store.getArticle(articleHexForKey(key))).toEqual(article);
    expect((await store.listArticles({ feedKey: 'all', limit: 5 })).articles).toEqual([article]);
  });

  it('reads, replaces and deletes articles stored before compression', async () => {
    const { store, raw, tableName } = await instrumentedStore();
    const key = 'incoming/old-format.txt';
    const hex = articleHexForKey(key);
    const old = makeArticle(key, { bodyHtml: '<p>Old &amp; plain</p>' });
    // An item as written before packing: every field a plain attribute.
    await raw.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...old, pk: `OBJ#${hex}`, sk: 'ARTICLE', sequencer: '01'.padStart(32, '0'), sortTime: sortTimeOf(old), feedKeys: feedKeysFor(old) },
      }),
    );
    for (const entry of expectedEntries(key, old)) {
      const [pk, sk] = entry.split('|');
      await raw.send(new PutCommand({ TableName: tableName, Item: { pk, sk } }));
    }
    expect(await store.getArticle(hex)).toEqual(old);
    expect((await store.listArticles({ feedKey: 'entity:syria', limit: 5 })).articles).toEqual([old]);
    expect(await store.storedContentHash(key)).toBe(old.contentHash);

    // The replacement learns the old entries from the old item and removes those no longer wanted.
    const next = makeArticle(key, { topic: 'Business', published: '2026-02-03', entities: { people: [], places: ['Tokyo'], organizations: [] } });
    await store.putArticle(next, at(key, '02'));
    expect(await entriesOf(raw, tableName, key)).toEqual(expectedEntries(key, next));
    expect(await store.getArticle(hex)).toEqual(next);
    await store.deleteArticle(key);
    expect(await entriesOf(raw, tableName, key)).toEqual([]);
  });

  it('removes exactly the entries the previous version no longer wants, found from its old image', async () => {
    const { store, raw, tableName, sent } = await instrumentedStore();
    const key = 'incoming/moves.txt';
    const v1 = makeArticle(key, { published: '2026-01-05', entities: { people: ['Ann Lee'], places: ['Oslo'], organizations: [] } });
    await store.putArticle(v1, at(key, '01'));
    expect(await entriesOf(raw, tableName, key)).toEqual(expectedEntries(key, v1));

    // Same feeds, new publish date: every entry moves to its new position.
    const v2 = { ...v1, published: '2026-01-07' };
    sent.length = 0;
    await store.putArticle(v2, at(key, '02'));
    expect(await entriesOf(raw, tableName, key)).toEqual(expectedEntries(key, v2));
    expect(sent).not.toContain('QueryCommand');
    expect(sent.filter((name) => name === 'DeleteCommand')).toHaveLength(feedKeysFor(v1).length);
    // Moving within a feed leaves its count as it was: no counter update at all.
    expect(sent).not.toContain('UpdateCommand');

    // An entity left, another came, same date: one delete, one new entry.
    const v3 = { ...v2, entities: { people: ['Ann Lee'], places: ['Lima'], organizations: [] } };
    sent.length = 0;
    await store.putArticle(v3, at(key, '03'));
    expect(await entriesOf(raw, tableName, key)).toEqual(expectedEntries(key, v3));
    expect(sent.filter((name) => name === 'DeleteCommand')).toHaveLength(1);
    const entities = Object.fromEntries((await store.listFacets('entity')).map((facet) => [facet.slug, facet.count]));
    expect(entities).toEqual({ 'ann-lee': 1, lima: 1 });
  });

  it('never shows an article at a position it has left (an entry not yet removed)', async () => {
    const { store, raw, tableName } = await instrumentedStore();
    const key = 'incoming/left-behind.txt';
    const article = makeArticle(key, { published: '2026-06-10' });
    await store.putArticle(article, at(key, '01'));
    const other = 'incoming/left-other.txt';
    await store.putArticle(makeArticle(other, { published: '2026-06-05' }), at(other, '01'));
    // The entry an earlier version had, as if its delete had not happened yet.
    const [stale] = expectedEntries(key, { ...article, published: '2026-06-01' }).filter((entry) => entry.startsWith('FEED#all#'));
    const [pk, sk] = stale!.split('|');
    await raw.send(new PutCommand({ TableName: tableName, Item: { pk, sk } }));
    const page = await store.listArticles({ feedKey: 'all', limit: 10 });
    expect(page.articles.map((a) => a.key)).toEqual([key, other]);
  });

  it('writes the entries again when the previous attempt stopped after the article', async () => {
    let cut = true;
    const { store, raw, tableName } = await instrumentedStore(undefined, (command) =>
      cut && command instanceof PutCommand && String(command.input.Item?.pk).startsWith('FEED#'),
    );
    const key = 'incoming/crash.txt';
    const article = makeArticle(key);
    await expect(store.putArticle(article, at(key, '01'))).rejects.toThrow('connection lost');
    expect(await entriesOf(raw, tableName, key)).toEqual([]);
    cut = false;
    await store.putArticle(article, at(key, '01'));
    expect(await entriesOf(raw, tableName, key)).toEqual(expectedEntries(key, article));
    expect((await store.listFacets('entity')).map((facet) => facet.count)).toEqual([1, 1]);
  });

  it('deletes the entries before the article, so a retry after a crash in between finds them', async () => {
    let cut = true;
    const { store, raw, tableName } = await instrumentedStore(undefined, (command) =>
      cut && command instanceof DeleteCommand && command.input.Key?.sk === 'ARTICLE',
    );
    const key = 'incoming/delete-crash.txt';
    await store.putArticle(makeArticle(key), at(key, '01'));
    const other = 'incoming/delete-other.txt';
    await store.putArticle(makeArticle(other), at(other, '01'));
    await expect(store.deleteArticle(key)).rejects.toThrow('connection lost');
    expect(await entriesOf(raw, tableName, key)).toEqual([]);
    expect(await store.getArticle(articleHexForKey(key))).not.toBeNull();
    cut = false;
    await store.deleteArticle(key);
    expect(await store.getArticle(articleHexForKey(key))).toBeNull();
    // Counted down once: the other article still counts.
    const entities = Object.fromEntries((await store.listFacets('entity')).map((facet) => [facet.slug, facet.count]));
    expect(entities).toEqual({ 'vladimir-putin': 1, syria: 1 });
  });

  it('lists only rejected and duplicate uploads in the status index', async () => {
    const { store, raw, tableName } = await instrumentedStore();
    const statusItem = async (key: string) =>
      (await raw.send(new GetCommand({ TableName: tableName, Key: { pk: `OBJ#${articleHexForKey(key)}`, sk: 'STATUS' } }))).Item;
    const stored = 'incoming/listed-article.txt';
    await store.claimEvent(at(stored, '01'));
    expect(await statusItem(stored)).not.toHaveProperty(statusIndex.partitionKey);
    await store.recordOutcome(at(stored, '01'), { status: 'article', articleId: 'x', truncated: false });
    expect(await statusItem(stored)).not.toHaveProperty(statusIndex.partitionKey);

    const bad = 'incoming/listed-rejected.txt';
    await store.claimEvent(at(bad, '01'));
    await store.recordOutcome(at(bad, '01'), { status: 'rejected', code: 'EMPTY', reason: 'empty' });
    const listed = async (status: string) =>
      (
        await raw.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: statusIndex.name,
            KeyConditionExpression: `${statusIndex.partitionKey} = :p`,
            ExpressionAttributeValues: { ':p': `STATUS#${status}` },
          }),
        )
      ).Items?.map((item) => String(item.objectKey)) ?? [];
    expect(await listed('rejected')).toEqual([bad]);
    expect(await listed('article')).toEqual([]);
    expect(await listed('processing')).toEqual([]);
    // A new upload of the rejected key leaves the list while it is processed.
    await store.claimEvent(at(bad, '02'));
    expect(await listed('rejected')).toEqual([]);
    expect((await store.statusOf(bad)).status).toBe('pending');
  });

  it('indexes only the most salient entities under a limit, and the reader follows the stored entries', async () => {
    const tableName = `entity-limit-${++tables}`;
    await ensureTable(client, tableName);
    const db = createDocumentClient(client);
    const store = new DynamoArticleStore(db, tableName, { entityFeedLimit: 1 });
    const reader = new DynamoArticleStore(db, tableName);
    const key = 'incoming/limited.txt';
    const aboutLima = makeArticle(key, {
      title: 'Lima water rationing extended',
      body: 'Lima will ration water until March.\n\nAnn Lee, who runs the utility, said Lima and Cusco face the same drought. Lima has had no rain.',
      entities: { people: ['Ann Lee'], places: ['Lima', 'Cusco'], organizations: [] },
    });
    await store.putArticle(aboutLima, at(key, '01'));

    const hex = articleHexForKey(key);
    const shard = Number.parseInt(hex.slice(0, 8), 16) % feedShardCount;
    const entry = (feedKey: string) => `${feedPartition(feedKey, shard)}|${sortTimeOf(aboutLima)}#${hex}`;
    expect(await entriesOf(db, tableName, key)).toEqual([entry('all'), entry('entity:lima'), entry('topic:world')].sort());
    const keysIn = async (feedKey: string) => (await reader.listArticles({ feedKey, limit: 5 })).articles.map((a) => a.key);
    expect(await keysIn('entity:lima')).toEqual([key]);
    expect(await keysIn('entity:cusco')).toEqual([]);
    expect((await reader.getArticle(hex))?.entities.places).toEqual(['Lima', 'Cusco']);
    expect((await reader.listFacets('entity')).map((facet) => [facet.slug, facet.count])).toEqual([['lima', 1]]);

    // The story is rewritten around Cusco: its entity feed moves, and so does the count.
    const aboutCusco = { ...aboutLima, title: 'Cusco water rationing extended', body: aboutLima.body.replaceAll('Lima', 'Cusco').replace('Cusco and Cusco', 'Cusco and Lima') };
    await store.putArticle(aboutCusco, at(key, '02'));
    expect(await keysIn('entity:cusco')).toEqual([key]);
    expect(await keysIn('entity:lima')).toEqual([]);
    expect((await reader.listFacets('entity')).map((facet) => [facet.slug, facet.count])).toEqual([['cusco', 1]]);
    expect(await keysIn('all')).toEqual([key]);
  });
});
