import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../functions/core/article.js';
import type { JsonFeed } from '../../functions/core/render/index.js';
import { finishResponse } from '../../functions/feed/http-semantics.js';
import { ClientError, type HttpRequest, type HttpResponse } from '../../functions/feed/http-types.js';
import { makeFeedHandler } from '../../functions/feed/make-handler.js';
import { encodeCursor } from '../../functions/feed/paging.js';
import { ResponseCache } from '../../functions/feed/response-cache.js';
import { indexEntitiesPerCategory, makeRoutes } from '../../functions/feed/routes.js';
import { silentLog } from '../../functions/shared/log.js';
import { child, findAll, parseXml } from '../fixtures/render/xml-check.js';
import { makeArticle } from '../support/articles.js';
import { MemoryArticleStore } from '../support/memory-article-store.js';

const BASE = 'https://feeds.example';

/**
 * Five World articles naming Vladimir Putin (Jan 1..5) and one Sports article naming Lionel Messi
 * (Jan 6), so `all` has 6 (pages of 2: 2+2+2) and the topic and entity feeds have 5 (2+2+1).
 */
function articles(): Article[] {
  const world = [1, 2, 3, 4, 5].map((day) =>
    makeArticle(`incoming/world-${day}.txt`, {
      title: `World story ${day}`,
      published: `2026-01-0${day}`,
      entities: { people: ['Vladimir Putin'], places: day % 2 ? ['Syria'] : [], organizations: [] },
    }),
  );
  const sports = makeArticle('incoming/sports.txt', {
    title: 'Sports story',
    published: '2026-01-06',
    topic: 'Sports',
    entities: { people: ['Lionel Messi'], places: [], organizations: [] },
  });
  return [...world, sports];
}

let store: MemoryArticleStore;
let route: (request: HttpRequest) => Promise<HttpResponse>;

beforeAll(async () => {
  store = new MemoryArticleStore();
  for (const article of articles()) await store.putArticle(article, { key: article.key, sequencer: '01', at: new Date(0) });
  route = makeRoutes({ reader: store, feedTitle: 'dropfeed' });
});

afterEach(() => {
  vi.useRealTimers();
});

/** A request for an absolute URL on BASE, its query kept byte for byte. */
function request(url: string): HttpRequest {
  const parsed = new URL(url, BASE);
  const rawQuery = parsed.search.replace(/^\?/, '');
  return { method: 'GET', path: parsed.pathname, rawQuery, query: new URLSearchParams(rawQuery), headers: {}, baseUrl: BASE };
}

async function get(url: string): Promise<HttpResponse> {
  return route(request(url));
}

async function clientError(url: string): Promise<ClientError> {
  const error = await get(url).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, url).toBeInstanceOf(ClientError);
  return error as ClientError;
}

type Format = 'rss' | 'atom' | 'json';
interface Parsed {
  links: Record<string, string>;
  titles: string[];
}

/** The paging links and item titles of a feed body, whatever its format. */
function parseFeedBody(format: Format, body: string): Parsed {
  if (format === 'json') {
    const feed = JSON.parse(body) as JsonFeed & Record<string, unknown>;
    const links: Record<string, string> = { self: feed.feed_url };
    if (feed.next_url) links.next = feed.next_url;
    for (const key of Object.keys(feed)) expect(key, 'JSON Feed 1.1 has no previous/first link').not.toMatch(/prev|first/);
    return { links, titles: feed.items.map((item) => item.title) };
  }
  const root = parseXml(body);
  const container = format === 'rss' ? (child(root, 'channel') ?? root) : root;
  const links: Record<string, string> = {};
  for (const link of container.children.filter((c) => c.name === (format === 'rss' ? 'atom:link' : 'link'))) {
    const rel = link.attrs.rel ?? '';
    if (rel === 'alternate') continue;
    expect(links, `one ${rel} link`).not.toHaveProperty(rel);
    links[rel] = link.attrs.href ?? '';
  }
  const items = findAll(root, format === 'rss' ? 'item' : 'entry');
  return { links, titles: items.map((item) => child(item, 'title')?.text ?? '') };
}

async function feedPage(format: Format, url: string): Promise<Parsed> {
  const response = await get(url);
  expect(response.status, url).toBe(200);
  return parseFeedBody(format, response.body);
}

const feeds = [
  { scope: 'all', path: '/feed', titles: ['Sports story', 'World story 5', 'World story 4', 'World story 3', 'World story 2', 'World story 1'] },
  { scope: 'topic', path: '/topics/world/feed', titles: ['World story 5', 'World story 4', 'World story 3', 'World story 2', 'World story 1'] },
  { scope: 'entity', path: '/entities/vladimir-putin/feed', titles: ['World story 5', 'World story 4', 'World story 3', 'World story 2', 'World story 1'] },
] as const;
const formats: Format[] = ['rss', 'atom', 'json'];

describe('RFC 5005 paging links in every feed', () => {
  for (const { scope, path, titles } of feeds) {
    for (const format of formats) {
      it(`${scope} feed as ${format}: first/next/previous on the first, middle and last page`, async () => {
        const url = `${BASE}${path}.${format}?limit=2`;
        const first = await feedPage(format, url);
        expect(first.titles).toEqual(titles.slice(0, 2));
        expect(first.links.self).toBe(url);
        if (format !== 'json') expect(first.links.first).toBe(url);
        expect(first.links.previous).toBeUndefined();
        expect(first.links.next).toMatch(new RegExp(`^${BASE}${path}\\.${format}\\?limit=2&cursor=[A-Za-z0-9_-]+$`));

        const middle = await feedPage(format, first.links.next ?? '');
        expect(middle.titles).toEqual(titles.slice(2, 4));
        expect(middle.links.self).toBe(first.links.next);
        if (format !== 'json') {
          expect(middle.links.first).toBe(url);
          expect(middle.links.previous).toMatch(/[?&]cursor=[A-Za-z0-9_-]+$/);
          // Following `previous` from page 2 gives page 1's items back.
          expect((await feedPage(format, middle.links.previous ?? '')).titles).toEqual(first.titles);
        }
        expect(middle.links.next).toBeDefined();

        const last = await feedPage(format, middle.links.next ?? '');
        expect(last.titles).toEqual(titles.slice(4, 6));
        expect(last.links.next).toBeUndefined();
        if (format !== 'json') {
          expect(last.links.first).toBe(url);
          expect((await feedPage(format, last.links.previous ?? '')).titles).toEqual(middle.titles);
        }
      });
    }
  }

  it('a feed that fits on one page links only self and first', async () => {
    const rss = await feedPage('rss', `${BASE}/topics/world/feed.rss`);
    expect(rss.links).toEqual({ self: `${BASE}/topics/world/feed.rss`, first: `${BASE}/topics/world/feed.rss` });
    const json = await feedPage('json', `${BASE}/feed.json`);
    expect(json.links).toEqual({ self: `${BASE}/feed.json` });
  });

  it('self repeats the URL exactly as served; first drops only the cursor; next/previous keep other parameters', async () => {
    const cursor = (await feedPage('atom', `${BASE}/feed.atom?limit=2`)).links.next?.split('cursor=')[1] ?? '';
    const url = `${BASE}/feed.atom?utm_source=a%20b&cursor=${cursor}&limit=2`;
    const page = await feedPage('atom', url);
    expect(page.links.self).toBe(url);
    expect(page.links.first).toBe(`${BASE}/feed.atom?utm_source=a+b&limit=2`);
    expect(page.links.next).toMatch(new RegExp(`^${BASE}/feed\\.atom\\?utm_source=a\\+b&cursor=[A-Za-z0-9_-]+&limit=2$`));
    expect(page.links.previous).toMatch(new RegExp(`^${BASE}/feed\\.atom\\?utm_source=a\\+b&cursor=[A-Za-z0-9_-]+&limit=2$`));
  });

  it('a previous cursor past the newest article gives an empty page, not a 404', async () => {
    const newest = `2026-01-05T00:00:00.000Z#${'f'.repeat(24)}`;
    const page = await feedPage('atom', `${BASE}/topics/world/feed.atom?cursor=${encodeCursor(newest, 'before')}`);
    expect(page.titles).toEqual([]);
    expect(page.links.first).toBe(`${BASE}/topics/world/feed.atom`);
    expect(page.links.previous).toBeUndefined();
    // Without a cursor, and with no taxonomy given, an empty topic is unknown.
    expect(await clientError(`${BASE}/topics/weather/feed.atom`)).toMatchObject({ status: 404, code: 'FEED_NOT_FOUND' });
  });

  it('identical content gives identical bytes, whatever the clock says', async () => {
    const urls = ['/feed.rss?limit=2', '/topics/world/feed.atom?limit=2', '/entities/vladimir-putin/feed.json?limit=2', '/api/articles?limit=2', '/api/topics', '/'];
    const before = await Promise.all(urls.map(async (url) => (await get(url)).body));
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-08T09:10:11Z'));
    const after = await Promise.all(urls.map(async (url) => (await get(url)).body));
    expect(after).toEqual(before);
  });
});

describe('cursors in requests', () => {
  const tampered = [
    ['not base64', 'not a cursor!'],
    ['another position encoding', Buffer.from('{"after":"x"}').toString('base64url')],
    ['an unknown direction', Buffer.from('sideways:2026-01-02T00:00:00.000Z#0123456789abcdef01234567').toString('base64url')],
    ['a mangled position', encodeCursor('2026-01-02T00:00:00.000Z#0123', 'before')],
  ] as const;

  it.each(tampered)('reject %s with 400 INVALID_CURSOR on feeds, the API and the index page', async (_name, cursor) => {
    for (const path of ['/feed.rss', '/topics/world/feed.atom', '/entities/vladimir-putin/feed.json', '/api/articles', '/']) {
      const error = await clientError(`${path}?cursor=${encodeURIComponent(cursor)}`);
      expect(error, path).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    }
  });

  it('reject a next and a previous cursor together (mixed) with 400 INVALID_CURSOR', async () => {
    const position = `2026-01-03T00:00:00.000Z#${'0'.repeat(24)}`;
    const mixed = `cursor=${encodeCursor(position, 'after')}&cursor=${encodeCursor(position, 'before')}`;
    for (const path of ['/feed.atom', '/api/articles']) {
      expect(await clientError(`${path}?${mixed}`), path).toMatchObject({ status: 400, code: 'INVALID_CURSOR' });
    }
  });

  it('through the handler, a bad cursor is a 400 with the one JSON error shape, never a 500', async () => {
    const handler = makeFeedHandler({ route, cache: new ResponseCache(60_000, () => 0), config: { publicBaseUrl: BASE }, log: silentLog });
    for (const rawQuery of ['cursor=%00', 'cursor=AAAA', `cursor=${encodeCursor('x', 'before')}`, 'cursor=a&cursor=b']) {
      const result = await handler(event('/feed.rss', rawQuery));
      expect(result.statusCode, rawQuery).toBe(400);
      const body = JSON.parse(Buffer.from(result.body ?? '', 'base64').toString('utf8')) as unknown;
      expect(body).toEqual({ error: { code: 'INVALID_CURSOR', message: expect.any(String) } });
    }
  });

  it('the response cache keys on the cursor: next, previous and first pages never share an entry', async () => {
    const handler = makeFeedHandler({ route, cache: new ResponseCache(60_000, () => 0), config: { publicBaseUrl: BASE }, log: silentLog });
    const position = `2026-01-03T00:00:00.000Z#${'0'.repeat(24)}`;
    const bodies = new Map<string, string>();
    for (const rawQuery of ['limit=1', `limit=1&cursor=${encodeCursor(position, 'after')}`, `limit=1&cursor=${encodeCursor(position, 'before')}`]) {
      const result = await handler(event('/feed.json', rawQuery));
      expect(result.statusCode).toBe(200);
      const feed = JSON.parse(Buffer.from(result.body ?? '', 'base64').toString('utf8')) as JsonFeed;
      expect(feed.feed_url).toBe(`${BASE}/feed.json?${rawQuery}`);
      bodies.set(rawQuery, feed.items.map((item) => item.title).join());
    }
    expect([...bodies.values()]).toEqual(['Sports story', 'World story 2', 'World story 3']);
  });
});

function event(path: string, rawQuery: string): APIGatewayProxyEventV2 {
  // Only the fields the handler reads; the rest of the v2 event shape is irrelevant here.
  return {
    rawPath: path,
    rawQueryString: rawQuery,
    headers: { host: 'feeds.example' },
    requestContext: { http: { method: 'GET' } },
  } as unknown as APIGatewayProxyEventV2;
}

describe('JSON API paging', () => {
  interface List {
    articles: { title: string }[];
    next: string | null;
    nextUrl: string | null;
    previous: string | null;
    previousUrl: string | null;
  }
  const list = async (url: string): Promise<List> => JSON.parse((await get(url)).body) as List;

  it('gives previous/previousUrl next to next/nextUrl, and following previous returns the page before', async () => {
    const first = await list('/api/articles?topic=world&limit=2');
    expect(first.articles.map((a) => a.title)).toEqual(['World story 5', 'World story 4']);
    expect(first.previous).toBeNull();
    expect(first.previousUrl).toBeNull();
    expect(first.nextUrl).toBe(`${BASE}/api/articles?topic=world&limit=2&cursor=${first.next}`);

    const second = await list(first.nextUrl ?? '');
    expect(second.articles.map((a) => a.title)).toEqual(['World story 3', 'World story 2']);
    expect(second.previous).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(second.previousUrl).toBe(`${BASE}/api/articles?topic=world&limit=2&cursor=${second.previous}`);
    expect(second.previous).not.toBe(second.next);

    const back = await list(second.previousUrl ?? '');
    expect(back.articles).toEqual(first.articles);
    expect(back.previous).toBeNull();
    expect(back.nextUrl).toBe(second.previousUrl?.replace(/cursor=.*/, `cursor=${back.next}`));

    const last = await list(second.nextUrl ?? '');
    expect(last.articles.map((a) => a.title)).toEqual(['World story 1']);
    expect(last.next).toBeNull();
    expect(last.nextUrl).toBeNull();
    expect((await list(last.previousUrl ?? '')).articles).toEqual(second.articles);
  });
});

describe('facet counts', () => {
  it('/api/topics and /api/entities give each facet its article count and feed URLs', async () => {
    const topics = JSON.parse((await get('/api/topics')).body) as { topics: unknown[] };
    expect(topics.topics).toEqual([
      {
        name: 'Sports',
        slug: 'sports',
        count: 1,
        feedUrls: { atom: `${BASE}/topics/sports/feed.atom`, rss: `${BASE}/topics/sports/feed.rss`, json: `${BASE}/topics/sports/feed.json` },
      },
      {
        name: 'World',
        slug: 'world',
        count: 5,
        feedUrls: { atom: `${BASE}/topics/world/feed.atom`, rss: `${BASE}/topics/world/feed.rss`, json: `${BASE}/topics/world/feed.json` },
      },
    ]);
    const entities = JSON.parse((await get('/api/entities')).body) as { entities: { name: string; slug: string; category: string; count: number; feedUrls: Record<string, string> }[] };
    const bySlug = new Map(entities.entities.map((e) => [e.slug, e]));
    expect(bySlug.get('vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', category: 'people', count: 5 });
    expect(bySlug.get('syria')).toMatchObject({ category: 'places', count: 3 });
    expect(bySlug.get('lionel-messi')).toMatchObject({ category: 'people', count: 1 });
    expect(bySlug.get('syria')?.feedUrls).toEqual({
      atom: `${BASE}/entities/syria/feed.atom`,
      rss: `${BASE}/entities/syria/feed.rss`,
      json: `${BASE}/entities/syria/feed.json`,
    });
    // Every count is what the facet's feed really holds.
    for (const entity of entities.entities) {
      const feed = JSON.parse((await get(`/entities/${entity.slug}/feed.json?limit=100`)).body) as JsonFeed;
      expect(feed.items, entity.slug).toHaveLength(entity.count);
    }
  });

  it('the index page shows counts next to topics and the entities with the most articles', async () => {
    const body = (await get('/')).body;
    expect(body).toMatch(/<li>World <span class="meta count" title="5 articles">\(5\)<\/span>/);
    expect(body).toMatch(/<li>Sports <span class="meta count" title="1 article">\(1\)<\/span>/);
    const people = body.slice(body.indexOf('<h2>People</h2>'), body.indexOf('<h2>Places</h2>'));
    // Most articles first.
    expect(people.indexOf('Vladimir Putin')).toBeGreaterThan(-1);
    expect(people.indexOf('Vladimir Putin')).toBeLessThan(people.indexOf('Lionel Messi'));
    expect(people).toContain('title="5 articles">(5)');
  });

  it('the index page lists only the top entities per category, by count', async () => {
    const crowded = new MemoryArticleStore();
    const total = indexEntitiesPerCategory + 5;
    for (let i = 0; i < total; i++) {
      // Person i appears in i + 1 articles, so the top ones are the highest-numbered.
      for (let j = 0; j <= i; j++) {
        const article = makeArticle(`incoming/p${i}-${j}.txt`, { entities: { people: [`Person ${String(i).padStart(2, '0')}`], places: [], organizations: [] } });
        await crowded.putArticle(article, { key: article.key, sequencer: '01', at: new Date(0) });
      }
    }
    const body = (await makeRoutes({ reader: crowded, feedTitle: 'dropfeed' })(request('/?limit=1'))).body;
    const shown = [...body.matchAll(/<li>Person (\d+) <span class="meta count" title="(\d+) articles?">/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(shown).toEqual(Array.from({ length: indexEntitiesPerCategory }, (_, k) => [total - 1 - k, total - k]));
  });

  it('the index page links newer and older pages', async () => {
    const first = (await get('/?limit=2')).body;
    expect(first).not.toContain('Newer articles');
    const older = /<a href="([^"]+)" rel="next">Older articles<\/a>/.exec(first)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(older).toMatch(/^https:\/\/feeds\.example\/\?limit=2&cursor=/);
    const second = (await get(older)).body;
    const newer = /<a href="([^"]+)" rel="prev">Newer articles<\/a>/.exec(second)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(newer).toMatch(/^https:\/\/feeds\.example\/\?limit=2&cursor=/);
    const titles = (html: string) => [...html.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
    expect(titles((await get(newer)).body)).toEqual(titles(first));
    expect(titles(first)).toEqual(['Sports story', 'World story 5']);
  });
});

describe('names of one entity', () => {
  let aliasRoute: (request: HttpRequest) => Promise<HttpResponse>;
  beforeAll(async () => {
    const aliasStore = new MemoryArticleStore();
    for (const [n, name] of ['ISIS', 'Islamic State', 'ISIL'].entries()) {
      const article = makeArticle(`incoming/alias-${n}.txt`, { published: `2026-02-0${n + 1}`, entities: { people: [], places: [], organizations: [name] } });
      await aliasStore.putArticle(article, { key: article.key, sequencer: '01', at: new Date(0) });
    }
    aliasRoute = makeRoutes({ reader: aliasStore, feedTitle: 'dropfeed' });
  });

  it('serve one feed, titled with the canonical name, whichever name each article uses', async () => {
    const feed = JSON.parse((await aliasRoute(request('/entities/islamic-state/feed.json'))).body) as JsonFeed;
    expect(feed.items).toHaveLength(3);
    expect(feed.title).toBe('dropfeed — entity: Islamic State');
    // Each item keeps its own wording but links its category to the one feed.
    const newest = feed.items[0]!;
    expect(newest.tags).toContain('ISIL');
  });

  it('send a feed request under another name to the canonical feed, query kept', async () => {
    const response = await aliasRoute(request('/entities/isis/feed.atom?limit=2'));
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`${BASE}/entities/islamic-state/feed.atom?limit=2`);
  });

  it('filter the API by any of the names', async () => {
    const body = JSON.parse((await aliasRoute(request('/api/articles?entity=daesh'))).body) as { articles: { entities: { organizations: string[] } }[] };
    expect(body.articles.map((a) => a.entities.organizations[0])).toEqual(['ISIL', 'Islamic State', 'ISIS']);
  });

  it('link every article category to the canonical feed', async () => {
    const atom = (await aliasRoute(request('/entities/islamic-state/feed.atom'))).body;
    const schemes = [...atom.matchAll(/<category term="([^"]+)" scheme="[^"]*entities\/" label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(schemes).toEqual([
      ['islamic-state', 'ISIL'],
      ['islamic-state', 'Islamic State'],
      ['islamic-state', 'ISIS'],
    ]);
  });
});

describe('one person written with and without the Arabic article', () => {
  let route: (request: HttpRequest) => Promise<HttpResponse>;
  beforeAll(async () => {
    const store = new MemoryArticleStore();
    for (const [n, name] of ['Bashar al-Assad', 'Bashar Assad', 'Bashar el-Assad'].entries()) {
      const article = makeArticle(`incoming/assad-${n}.txt`, { published: `2026-03-0${n + 1}`, entities: { people: [name], places: [], organizations: [] } });
      await store.putArticle(article, { key: article.key, sequencer: '01', at: new Date(0) });
    }
    const other = makeArticle('incoming/al-jazeera.txt', { published: '2026-03-05', entities: { people: [], places: [], organizations: ['Al Jazeera'] } });
    await store.putArticle(other, { key: other.key, sequencer: '01', at: new Date(0) });
    route = makeRoutes({ reader: store, feedTitle: 'dropfeed' });
  });

  it('is one feed, whichever spelling each article uses', async () => {
    const feed = JSON.parse((await route(request('/entities/bashar-assad/feed.json'))).body) as JsonFeed;
    expect(feed.items.map((item) => item.tags?.find((tag) => tag.startsWith('Bashar')))).toEqual(['Bashar el-Assad', 'Bashar Assad', 'Bashar al-Assad']);
  });

  it('sends the spelling with the article to that feed', async () => {
    const response = await route(request('/entities/bashar-al-assad/feed.rss'));
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`${BASE}/entities/bashar-assad/feed.rss`);
  });

  it('keeps a name that opens with "Al"', async () => {
    const feed = JSON.parse((await route(request('/entities/al-jazeera/feed.json'))).body) as JsonFeed;
    expect(feed.items).toHaveLength(1);
  });
});

describe('feeds before their first article', () => {
  const taxonomy = ['World', 'Sports', 'Business', 'Sci/Tech'];
  let withTopics: (request: HttpRequest) => Promise<HttpResponse>;
  beforeAll(() => {
    withTopics = makeRoutes({ reader: store, feedTitle: 'dropfeed', topics: taxonomy });
  });

  it.each(formats)('every topic of the model has a %s feed, empty until an article arrives', async (format) => {
    const response = await withTopics(request(`/topics/sci-tech/feed.${format}`));
    expect(response.status).toBe(200);
    expect(parseFeedBody(format, response.body).titles).toEqual([]);
    expect(response.body).toContain('topic: Sci/Tech');
    // As new as the newest article of all, so an old If-Modified-Since gets the feed and the ETag answers conditional requests.
    const newestOfAll = Math.max(...articles().map((article) => Date.parse(article.updated)));
    expect(response.lastModified?.getTime()).toBe(newestOfAll);
    const conditional = (headers: Record<string, string>) => finishResponse({ ...request(`/topics/sci-tech/feed.${format}`), headers }, response);
    const etag = conditional({}).headers['etag']!;
    expect(conditional({ 'if-none-match': etag }).status).toBe(304);
    expect(conditional({ 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' }).status).toBe(200);
  });

  it('a slug that is no topic of the model is a 404 naming the topics', async () => {
    const error = await withTopics(request('/topics/weather/feed.atom')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ status: 404, code: 'FEED_NOT_FOUND' });
    expect((error as ClientError).message).toContain('world, sports, business, sci-tech');
  });

  it('an entity nobody has named yet has an empty feed to subscribe to', async () => {
    const response = await withTopics(request('/entities/greta-thunberg/feed.atom'));
    expect(response.status).toBe(200);
    expect(parseFeedBody('atom', response.body).titles).toEqual([]);
  });

  it('/api/topics and the OPML list the empty topics too, at count 0, sorted by name', async () => {
    const topics = JSON.parse((await withTopics(request('/api/topics'))).body) as { topics: { name: string; count: number }[] };
    expect(topics.topics.map(({ name, count }) => [name, count])).toEqual([
      ['Business', 0],
      ['Sci/Tech', 0],
      ['Sports', 1],
      ['World', 5],
    ]);
    const opml = (await withTopics(request('/opml.xml'))).body;
    for (const slug of ['world', 'sports', 'business', 'sci-tech']) expect(opml).toContain(`/topics/${slug}/feed.atom`);
  });
});
