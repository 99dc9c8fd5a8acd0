import { beforeEach, describe, expect, it } from 'vitest';
import { articleHexForKey, articleIdForKey } from '../../functions/core/article-id.js';
import type { Classifier } from '../../functions/core/classify/index.js';
import { makeIngestObject } from '../../functions/ingest/ingest-object.js';
import type { ObjectChange } from '../../functions/ingest/s3-changes.js';
import { silentLog } from '../../functions/shared/log.js';
import { MemoryArticleStore } from '../support/memory-article-store.js';
import { MemoryObjectSource } from '../support/memory-object-source.js';

const classifier: Classifier = {
  classify: ({ body }) => ({
    language: 'en',
    topic: /match|goal/i.test(body) ? 'Sports' : 'World',
    topicConfidence: 0.8,
    entities: { people: [], places: /Syria/.test(body) ? ['Syria'] : [], organizations: [] },
    entityFeedNames: {},
    keywords: [],
  }),
};

const story = (title: string, extra = '') =>
  `${title}\n\nThe ministers met in Geneva on Monday to discuss the ceasefire in Syria, officials said in a statement. ${extra}\n\n` +
  'Talks are expected to continue next week, according to diplomats familiar with the negotiations who asked not to be named.\n';

let sequence = 0;
const created = (key: string, size?: number): ObjectChange => ({
  kind: 'created',
  bucket: 'b',
  key,
  size,
  sequencer: (++sequence).toString(16).padStart(8, '0'),
  eventTime: new Date(),
});
const removed = (key: string): ObjectChange => ({ ...created(key), kind: 'removed', size: undefined });

describe('ingest use case', () => {
  let source: MemoryObjectSource;
  let store: MemoryArticleStore;
  let ingest: ReturnType<typeof makeIngestObject>;

  beforeEach(() => {
    source = new MemoryObjectSource();
    store = new MemoryArticleStore();
    ingest = makeIngestObject({
      source,
      store,
      classifier,
      config: { tableName: 't', watchedPrefix: 'incoming/', maxObjectBytes: 10_000, s3ForcePathStyle: false, entityFeedLimit: null },
      clock: () => new Date('2026-06-01T00:00:00Z'),
      log: silentLog,
    });
  });

  it('stores an article with a stable id and records the outcome', async () => {
    source.put('incoming/a.txt', story('Ceasefire talks resume'));
    const result = await ingest(created('incoming/a.txt'));
    expect(result).toMatchObject({ status: 'article', articleId: articleIdForKey('incoming/a.txt') });
    const article = await store.getArticle(articleHexForKey('incoming/a.txt'));
    expect(article?.title).toBe('Ceasefire talks resume');
    expect(article?.updated).toBe('2026-03-01T00:00:00.000Z');
    expect((await store.statusOf('incoming/a.txt')).status).toBe('article');
  });

  it('rejects bad input with a code and reason, and never throws for it', async () => {
    source.put('incoming/empty.txt', '   \n  ');
    source.put('incoming/binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
    for (const key of ['incoming/empty.txt', 'incoming/binary.txt']) {
      const result = await ingest(created(key));
      expect(result.status).toBe('rejected');
      const status = await store.statusOf(key);
      expect(status.status).toBe('rejected');
      expect(status.code).toMatch(/^[A-Z_]+$/);
      expect(status.reason?.length).toBeGreaterThan(5);
    }
  });

  it('rejects an object over the size limit from the event size, without downloading it', async () => {
    source.put('incoming/huge.txt', 'x');
    const result = await ingest(created('incoming/huge.txt', 50_000));
    expect(result).toMatchObject({ status: 'rejected', code: 'TOO_LARGE' });
    expect(source.reads).toBe(0);
  });

  it('records the same content under a second key as a duplicate of the first', async () => {
    source.put('incoming/one.txt', story('Same story'));
    source.put('incoming/two.txt', story('Same story') + '\n\n\n');
    await ingest(created('incoming/one.txt'));
    const result = await ingest(created('incoming/two.txt'));
    expect(result).toMatchObject({ status: 'duplicate', duplicateOf: articleIdForKey('incoming/one.txt') });
    expect((await store.listArticles({ feedKey: 'all', limit: 10 })).articles).toHaveLength(1);
    // Once the original is deleted, re-uploading the copy makes it the article.
    await ingest(removed('incoming/one.txt'));
    expect((await ingest(created('incoming/two.txt'))).status).toBe('article');
  });

  it('updates an article in place on re-upload and removes it on delete', async () => {
    source.put('incoming/r.txt', story('First version'));
    await ingest(created('incoming/r.txt'));
    source.put('incoming/r.txt', story('Second version', 'The match ended with a late goal.'));
    await ingest(created('incoming/r.txt'));
    const all = await store.listArticles({ feedKey: 'all', limit: 10 });
    expect(all.articles.map((a) => a.title)).toEqual(['Second version']);
    expect((await store.listArticles({ feedKey: 'topic:world', limit: 10 })).articles).toEqual([]);
    source.objects.delete('incoming/r.txt');
    expect(await ingest(removed('incoming/r.txt'))).toEqual({ status: 'removed' });
    expect((await store.listArticles({ feedKey: 'all', limit: 10 })).articles).toEqual([]);
    expect((await store.statusOf('incoming/r.txt')).status).toBe('removed');
  });

  it('skips a redelivered or older event instead of overwriting a newer version', async () => {
    source.put('incoming/o.txt', story('Old'));
    const old = created('incoming/o.txt');
    source.put('incoming/o.txt', story('New'));
    const newer = created('incoming/o.txt');
    await ingest(newer);
    expect(await ingest(old)).toMatchObject({ status: 'skipped' });
    expect(await ingest(newer)).toMatchObject({ status: 'skipped' });
    expect((await store.getArticle(articleHexForKey('incoming/o.txt')))?.title).toBe('New');
    // A delete that happened before the latest upload does not remove it.
    expect(await ingest({ ...removed('incoming/o.txt'), sequencer: old.sequencer })).toMatchObject({ status: 'skipped' });
  });

  it('lets store failures propagate (so the message is retried) and succeeds on retry without duplicates', async () => {
    source.put('incoming/f.txt', story('Flaky'));
    const change = created('incoming/f.txt');
    store.failing = true;
    await expect(ingest(change)).rejects.toThrow(/unavailable/);
    store.failing = false;
    expect((await ingest(change)).status).toBe('article');
    expect((await store.listArticles({ feedKey: 'all', limit: 10 })).articles).toHaveLength(1);
  });

  it('ignores objects outside the watched prefix, and treats a vanished object as removed', async () => {
    source.put('other/x.txt', story('Elsewhere'));
    expect(await ingest(created('other/x.txt'))).toMatchObject({ status: 'skipped' });
    expect(await ingest(created('incoming/gone.txt'))).toEqual({ status: 'removed' });
  });
});
