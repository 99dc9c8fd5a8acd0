import { beforeEach, describe, expect, it } from 'vitest';
import { articleHexForKey } from '../../functions/core/article-id.js';
import type { ArticleReader } from '../../functions/feed/ports.js';
import type { IngestStore, ObjectEvent } from '../../functions/ingest/ports.js';
import type { StatusReader } from '../../functions/shared/object-status.js';
import { makeArticle } from './articles.js';

export type Store = IngestStore & ArticleReader & StatusReader;

const event = (key: string, sequencer: string): ObjectEvent => ({ key, sequencer, at: new Date('2026-02-01T00:00:00Z') });

/**
 * The behaviour every store must have. Runs against the in-memory fake (unit) and the DynamoDB
 * adapter on the local server (integration), which keeps the fake honest.
 */
export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('claims each event once, in sequencer order', async () => {
      const key = 'incoming/order.txt';
      expect(await store.claimEvent(event(key, 'A0'))).toBe(true);
      // A redelivery while the first attempt is unfinished may proceed (the first may have crashed).
      expect(await store.claimEvent(event(key, 'A0'))).toBe(true);
      await store.recordOutcome(event(key, 'A0'), { status: 'removed' });
      expect(await store.claimEvent(event(key, 'A0'))).toBe(false);
      expect(await store.claimEvent(event(key, '9F'))).toBe(false);
      // Sequencers compare as numbers: a longer one is later.
      expect(await store.claimEvent(event(key, '100'))).toBe(true);
    });

    it('reports pending until an outcome is recorded, and never lets an older outcome win', async () => {
      const key = 'incoming/status.txt';
      expect((await store.statusOf(key)).status).toBe('pending');
      await store.claimEvent(event(key, '01'));
      expect((await store.statusOf(key)).status).toBe('pending');
      await store.claimEvent(event(key, '02'));
      await store.recordOutcome(event(key, '01'), { status: 'rejected', code: 'EMPTY', reason: 'old' });
      expect((await store.statusOf(key)).status).toBe('pending');
      await store.recordOutcome(event(key, '02'), { status: 'rejected', code: 'BINARY', reason: 'binary data' });
      expect(await store.statusOf(key)).toMatchObject({ key, status: 'rejected', code: 'BINARY', reason: 'binary data' });
    });

    it('gives content to its first owner; releases only by the owner; force takes over', async () => {
      expect(await store.claimContent('h1', 'incoming/a')).toBe('incoming/a');
      expect(await store.claimContent('h1', 'incoming/b')).toBe('incoming/a');
      expect(await store.claimContent('h1', 'incoming/a')).toBe('incoming/a');
      await store.releaseContent('h1', 'incoming/b');
      expect(await store.claimContent('h1', 'incoming/b')).toBe('incoming/a');
      expect(await store.claimContent('h1', 'incoming/b', true)).toBe('incoming/b');
      await store.releaseContent('h1', 'incoming/b');
      expect(await store.claimContent('h1', 'incoming/c')).toBe('incoming/c');
    });

    it('lists newest first per feed, with stable cursor paging', async () => {
      for (let day = 1; day <= 5; day++) {
        const key = `incoming/day-${day}.txt`;
        await store.putArticle(
          makeArticle(key, { published: `2026-01-0${day}`, topic: day % 2 ? 'World' : 'Sports' }),
          event(key, '01'),
        );
      }
      const first = await store.listArticles({ feedKey: 'all', limit: 2 });
      expect(first.articles.map((a) => a.key)).toEqual(['incoming/day-5.txt', 'incoming/day-4.txt']);
      expect(first.next).not.toBeNull();
      // A newer article arriving between pages does not shift the next page.
      await store.putArticle(makeArticle('incoming/day-9.txt', { published: '2026-01-09' }), event('incoming/day-9.txt', '01'));
      const second = await store.listArticles({ feedKey: 'all', limit: 2, after: first.next! });
      expect(second.articles.map((a) => a.key)).toEqual(['incoming/day-3.txt', 'incoming/day-2.txt']);
      const third = await store.listArticles({ feedKey: 'all', limit: 2, after: second.next! });
      expect(third.articles.map((a) => a.key)).toEqual(['incoming/day-1.txt']);
      expect(third.next).toBeNull();
      const sports = await store.listArticles({ feedKey: 'topic:sports', limit: 10 });
      expect(sports.articles.map((a) => a.key)).toEqual(['incoming/day-4.txt', 'incoming/day-2.txt']);
      const putin = await store.listArticles({ feedKey: 'entity:vladimir-putin', limit: 10 });
      expect(putin.articles).toHaveLength(6);
    });

    it('replaces an article in place on re-upload, leaving no stale feed entry, and ignores older versions', async () => {
      const key = 'incoming/replace.txt';
      await store.putArticle(makeArticle(key, { topic: 'World', title: 'v1' }), event(key, '05'));
      await store.putArticle(
        makeArticle(key, { topic: 'Business', title: 'v2', entities: { people: [], places: ['Tokyo'], organizations: [] } }),
        event(key, '06'),
      );
      await store.putArticle(makeArticle(key, { topic: 'Sports', title: 'stale' }), event(key, '04'));
      expect((await store.getArticle(articleHexForKey(key)))?.title).toBe('v2');
      expect((await store.listArticles({ feedKey: 'topic:world', limit: 10 })).articles).toEqual([]);
      expect((await store.listArticles({ feedKey: 'topic:sports', limit: 10 })).articles).toEqual([]);
      expect((await store.listArticles({ feedKey: 'entity:vladimir-putin', limit: 10 })).articles).toEqual([]);
      expect((await store.listArticles({ feedKey: 'topic:business', limit: 10 })).articles.map((a) => a.title)).toEqual(['v2']);
      expect((await store.listArticles({ feedKey: 'all', limit: 10 })).articles.map((a) => a.title)).toEqual(['v2']);
      expect(await store.storedContentHash(key)).toBe(`hash-of-${key}`);
    });

    it('deletes an article from every feed', async () => {
      const key = 'incoming/delete.txt';
      await store.putArticle(makeArticle(key), event(key, '01'));
      await store.deleteArticle(key);
      await store.deleteArticle(key);
      expect(await store.getArticle(articleHexForKey(key))).toBeNull();
      expect(await store.storedContentHash(key)).toBeNull();
      for (const feedKey of ['all', 'topic:world', 'entity:vladimir-putin', 'entity:syria']) {
        expect((await store.listArticles({ feedKey, limit: 10 })).articles).toEqual([]);
      }
    });

    it('round-trips every article field', async () => {
      const key = 'incoming/fields.md';
      const article = makeArticle(key, {
        published: null,
        author: null,
        bodyHtml: '<p>Hi &amp; bye</p>',
        format: 'markdown',
        entities: { people: ['A B'], places: [], organizations: ['C D'] },
        keywords: [],
      });
      await store.putArticle(article, event(key, '01'));
      expect(await store.getArticle(articleHexForKey(key))).toEqual(article);
      const topics = await store.listFacets('topic');
      expect(topics.map((t) => t.slug)).toContain('world');
      const entities = await store.listFacets('entity');
      expect(entities).toEqual(expect.arrayContaining([expect.objectContaining({ slug: 'c-d', name: 'C D', category: 'organizations' })]));
    });
  });
}
