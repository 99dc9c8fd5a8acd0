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

    it('moves a re-uploaded article whose date changed to its new place in every feed, once', async () => {
      const none = { people: [], places: [], organizations: [] };
      for (const day of [2, 4, 6]) {
        const key = `incoming/move-${day}.txt`;
        await store.putArticle(makeArticle(key, { published: `2026-05-0${day}`, entities: { ...none, places: ['Oslo'] } }), event(key, '01'));
      }
      const moved = 'incoming/move-2.txt';
      await store.putArticle(makeArticle(moved, { published: '2026-05-08', entities: { ...none, places: ['Oslo'] } }), event(moved, '02'));
      for (const feedKey of ['all', 'topic:world', 'entity:oslo']) {
        const page = await store.listArticles({ feedKey, limit: 10 });
        expect(page.articles.map((a) => a.key)).toEqual([moved, 'incoming/move-6.txt', 'incoming/move-4.txt']);
        // Walking older from the moved article never meets it again at its old place.
        const older = await store.listArticles({ feedKey, limit: 10, after: `2026-05-07T00:00:00.000Z#${'f'.repeat(24)}` });
        expect(older.articles.map((a) => a.key)).toEqual(['incoming/move-6.txt', 'incoming/move-4.txt']);
      }
      expect((await store.listFacets('entity')).map((facet) => [facet.slug, facet.count])).toEqual([['oslo', 3]]);
      expect((await store.listFacets('topic')).map((facet) => [facet.slug, facet.count])).toEqual([['world', 3]]);
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

    it('pages forwards and backwards with next / previous positions', async () => {
      for (let day = 1; day <= 7; day++) {
        const key = `incoming/day-${day}.txt`;
        await store.putArticle(makeArticle(key, { published: `2026-01-0${day}` }), event(key, '01'));
      }
      const keys = (page: { articles: { key: string }[] }): string[] => page.articles.map((a) => a.key.slice('incoming/'.length, -4));
      const first = await store.listArticles({ feedKey: 'all', limit: 3 });
      expect(keys(first)).toEqual(['day-7', 'day-6', 'day-5']);
      expect(first.previous).toBeNull();
      const second = await store.listArticles({ feedKey: 'all', limit: 3, after: first.next! });
      expect(keys(second)).toEqual(['day-4', 'day-3', 'day-2']);
      expect(second.previous).toMatch(/^2026-01-04T00:00:00.000Z#[0-9a-f]{24}$/);
      const third = await store.listArticles({ feedKey: 'all', limit: 3, after: second.next! });
      expect(keys(third)).toEqual(['day-1']);
      expect(third.next).toBeNull();
      expect(third.previous).not.toBeNull();

      // Back from the last page: the three just above day-1, newest first.
      const back = await store.listArticles({ feedKey: 'all', limit: 3, before: third.previous! });
      expect(keys(back)).toEqual(['day-4', 'day-3', 'day-2']);
      expect(back.next).toBe(second.next);
      expect(back.previous).toBe(second.previous);
      // Reaching the top: fewer than a full page is fine, and there is nothing newer to go to.
      const top = await store.listArticles({ feedKey: 'all', limit: 3, before: back.previous! });
      expect(keys(top)).toEqual(['day-7', 'day-6', 'day-5']);
      expect(top.previous).toBeNull();
      expect(top.next).toBe(first.next);
      const partialTop = await store.listArticles({ feedKey: 'all', limit: 5, before: second.previous! });
      expect(keys(partialTop)).toEqual(['day-7', 'day-6', 'day-5']);
      expect(partialTop.previous).toBeNull();
      expect(partialTop.next).not.toBeNull();

      // An article newer than everything arriving later makes the old top page no longer the top.
      await store.putArticle(makeArticle('incoming/day-9.txt', { published: '2026-01-09' }), event('incoming/day-9.txt', '01'));
      const again = await store.listArticles({ feedKey: 'all', limit: 3, before: back.previous! });
      expect(keys(again)).toEqual(['day-7', 'day-6', 'day-5']);
      expect(again.previous).toMatch(/^2026-01-07/);
      const newest = await store.listArticles({ feedKey: 'all', limit: 3, before: again.previous! });
      expect(keys(newest)).toEqual(['day-9']);
      expect(newest.previous).toBeNull();

      // Nothing newer than the newest: an empty page with nowhere to go.
      const empty = await store.listArticles({ feedKey: 'all', limit: 3, before: newest.next! });
      expect(empty.articles).toEqual([]);
      expect(empty.previous).toBeNull();
      expect(empty.next).toBeNull();
    });

    it('walks a large feed in both directions without gaps or repeats, ties broken by id', async () => {
      const expected: string[] = [];
      for (let n = 0; n < 40; n++) {
        const key = `incoming/bulk-${n}.txt`;
        // Many share a publish day, so the id part of the position decides their order.
        const published = `2026-03-${String(1 + (n % 5)).padStart(2, '0')}`;
        await store.putArticle(makeArticle(key, { published, topic: n % 3 ? 'World' : 'Sports' }), event(key, '01'));
        expected.push(`${published}T00:00:00.000Z#${articleHexForKey(key)}|${key}`);
      }
      expected.sort().reverse();
      const order = expected.map((entry) => entry.slice(entry.indexOf('|') + 1));
      for (const [feedKey, want] of [
        ['all', order],
        ['topic:sports', order.filter((key) => Number(/\d+/.exec(key)![0]) % 3 === 0)],
      ] as const) {
        const forwards: string[] = [];
        let page = await store.listArticles({ feedKey, limit: 6 });
        const pages = [page];
        forwards.push(...page.articles.map((a) => a.key));
        while (page.next) {
          page = await store.listArticles({ feedKey, limit: 6, after: page.next });
          pages.push(page);
          forwards.push(...page.articles.map((a) => a.key));
        }
        expect(forwards).toEqual(want);
        expect(pages.every((p) => p.articles.length === 6 || p === page)).toBe(true);
        const backwards: string[] = [];
        let cursor = page.previous;
        backwards.unshift(...page.articles.map((a) => a.key));
        while (cursor) {
          const back = await store.listArticles({ feedKey, limit: 6, before: cursor });
          backwards.unshift(...back.articles.map((a) => a.key));
          cursor = back.previous;
        }
        expect(backwards).toEqual(want);
      }
    });

    it('counts the articles of each facet across uploads, topic changes, deletes and redelivery', async () => {
      const counts = async (kind: 'topic' | 'entity'): Promise<Record<string, number>> =>
        Object.fromEntries((await store.listFacets(kind)).map((facet) => [facet.slug, facet.count]));
      const none = { people: [], places: [], organizations: [] };
      const a = 'incoming/count-a.txt';
      const b = 'incoming/count-b.txt';
      const c = 'incoming/count-c.txt';
      await store.putArticle(makeArticle(a, { topic: 'World', entities: { ...none, people: ['Ann Lee'], places: ['Oslo'] } }), event(a, '01'));
      await store.putArticle(makeArticle(b, { topic: 'World', entities: { ...none, people: ['Ann Lee'] } }), event(b, '01'));
      await store.putArticle(makeArticle(c, { topic: 'Sports', entities: { ...none, places: ['Oslo'], organizations: ['Ann Lee'] } }), event(c, '01'));
      expect(await counts('topic')).toEqual({ world: 2, sports: 1 });
      expect(await counts('entity')).toEqual({ 'ann-lee': 3, oslo: 2 });

      // The same event processed twice changes nothing.
      await store.putArticle(makeArticle(a, { topic: 'World', entities: { ...none, people: ['Ann Lee'], places: ['Oslo'] } }), event(a, '01'));
      expect(await counts('topic')).toEqual({ world: 2, sports: 1 });
      expect(await counts('entity')).toEqual({ 'ann-lee': 3, oslo: 2 });

      // A re-upload that changes topic and entities moves the counts; a stale version does not.
      await store.putArticle(makeArticle(a, { topic: 'Business', entities: { ...none, places: ['Tokyo'] } }), event(a, '02'));
      await store.putArticle(makeArticle(a, { topic: 'Business', entities: { ...none, places: ['Tokyo'] } }), event(a, '02'));
      await store.putArticle(makeArticle(a, { topic: 'Sports', entities: { ...none, places: ['Lima'] } }), event(a, '01'));
      expect(await counts('topic')).toEqual({ world: 1, sports: 1, business: 1 });
      expect(await counts('entity')).toEqual({ 'ann-lee': 2, oslo: 1, tokyo: 1 });

      // Deleting twice counts once; facets down to zero are not listed.
      await store.deleteArticle(b);
      await store.deleteArticle(b);
      expect(await counts('topic')).toEqual({ sports: 1, business: 1 });
      expect(await counts('entity')).toEqual({ 'ann-lee': 1, oslo: 1, tokyo: 1 });
      await store.deleteArticle(c);
      expect(await counts('entity')).toEqual({ tokyo: 1 });
      // Back from zero.
      await store.putArticle(makeArticle(c, { topic: 'Sports', entities: { ...none, places: ['Oslo'] } }), event(c, '03'));
      expect(await counts('topic')).toEqual({ sports: 1, business: 1 });
      expect(await counts('entity')).toEqual({ oslo: 1, tokyo: 1 });
      // Each count agrees with the facet's feed.
      for (const facet of [...(await store.listFacets('topic')), ...(await store.listFacets('entity'))]) {
        const page = await store.listArticles({ feedKey: `${facet.kind}:${facet.slug}`, limit: 100 });
        expect(page.articles).toHaveLength(facet.count);
      }
    });

    it('keeps one feed and one facet for the names of one entity, under its canonical name', async () => {
      const none = { people: [], places: [], organizations: [] };
      const names = ['ISIS', 'Islamic State', 'ISIL'];
      for (const [n, name] of names.entries()) {
        const key = `incoming/alias-${n}.txt`;
        await store.putArticle(makeArticle(key, { topic: 'World', entities: { ...none, organizations: [name] } }), event(key, '01'));
      }
      const facets = await store.listFacets('entity');
      expect(facets.map((f) => [f.slug, f.name, f.count])).toEqual([['islamic-state', 'Islamic State', 3]]);
      const page = await store.listArticles({ feedKey: 'entity:islamic-state', limit: 10 });
      expect(page.articles.map((a) => a.entities.organizations[0]).sort()).toEqual(['ISIL', 'ISIS', 'Islamic State']);
      expect((await store.listArticles({ feedKey: 'entity:isis', limit: 10 })).articles).toEqual([]);
    });

    it("files a name written in an article's own language under its canonical name's feed and facet", async () => {
      const none = { people: [], places: [], organizations: [] };
      await store.putArticle(makeArticle('incoming/de.txt', { language: 'de', entities: { ...none, places: ['Deutschland'] }, entityFeedNames: { Deutschland: 'Germany' } }), event('incoming/de.txt', '01'));
      await store.putArticle(makeArticle('incoming/en.txt', { entities: { ...none, places: ['Germany'] } }), event('incoming/en.txt', '01'));
      expect((await store.listFacets('entity')).map((f) => [f.slug, f.name, f.count])).toEqual([['germany', 'Germany', 2]]);
      const page = await store.listArticles({ feedKey: 'entity:germany', limit: 10 });
      expect(page.articles.map((a) => [a.key, a.entities.places[0]]).sort()).toEqual([
        ['incoming/de.txt', 'Deutschland'],
        ['incoming/en.txt', 'Germany'],
      ]);
      expect(page.articles.find((a) => a.language === 'de')?.entityFeedNames).toEqual({ Deutschland: 'Germany' });
      expect((await store.listArticles({ feedKey: 'entity:deutschland', limit: 10 })).articles).toEqual([]);
    });

    it('sorts topics by name and entities by count, then slug', async () => {
      const none = { people: [], places: [], organizations: [] };
      const specs = [
        { topic: 'World', people: ['Zed Zu', 'Amy Ames'] },
        { topic: 'Business', people: ['Zed Zu', 'Bob Bo'] },
        { topic: 'Sports', people: ['Zed Zu', 'Amy Ames'] },
        { topic: 'Sci/Tech', people: ['Cy Cole'] },
      ];
      for (const [n, spec] of specs.entries()) {
        const key = `incoming/sort-${n}.txt`;
        await store.putArticle(makeArticle(key, { topic: spec.topic, entities: { ...none, people: spec.people } }), event(key, '01'));
      }
      expect((await store.listFacets('topic')).map((t) => t.name)).toEqual(['Business', 'Sci/Tech', 'Sports', 'World']);
      const entities = await store.listFacets('entity');
      expect(entities.map((e) => [e.slug, e.count])).toEqual([
        ['zed-zu', 3],
        ['amy-ames', 2],
        ['bob-bo', 1],
        ['cy-cole', 1],
      ]);
      expect(entities[0]).toEqual({ kind: 'entity', name: 'Zed Zu', slug: 'zed-zu', category: 'people', count: 3 });
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
