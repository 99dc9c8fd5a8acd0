import { articleHexFromId } from '../core/article-id.js';
import type { Article } from '../core/article.js';
import { entityFeedNameIn, entitySlug, entitySlugIn } from '../core/entity-names.js';
import { entityFeedKey, topicFeedKey } from '../core/feed-keys.js';
import {
  feedPath,
  renderArticlePage,
  renderAtom,
  renderIndexPage,
  renderJsonFeed,
  renderOpml,
  renderRss,
  toApiArticle,
  type FeedLinks,
  type FeedPage,
  type FeedScope,
} from '../core/render/index.js';
import { isSlug, slugify } from '../core/slug.js';
import { ClientError, type HttpRequest, type HttpResponse } from './http-types.js';
import { openApiDocument } from './openapi.js';
import { encodeCursor, parseCursor, parseLimit } from './paging.js';
import { sortFacets, type ArticlePage, type ArticleReader, type Facet } from './ports.js';

export interface RouteOptions {
  reader: ArticleReader;
  feedTitle: string;
  /**
   * Every topic the model can assign. Their feeds and facets exist from the start, empty until
   * the first article arrives; without it only topics that have articles are known.
   */
  topics?: readonly string[];
}

type FeedFormat = 'rss' | 'atom' | 'json';

const contentTypes: Record<FeedFormat | 'html' | 'api' | 'opml', string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  api: 'application/json; charset=utf-8',
  opml: 'text/x-opml; charset=utf-8',
};

const renderers: Record<FeedFormat, (page: FeedPage) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

// Any one segment; only a slug (`isSlug`) makes it a feed, anything else is no route at all.
const slugPattern = '([^/]+)';
const feedRoutes = [
  { pattern: new RegExp('^/feed\\.(rss|atom|json)$'), scope: 'all' as const },
  { pattern: new RegExp(`^/topics/${slugPattern}/feed\\.(rss|atom|json)$`), scope: 'topic' as const },
  { pattern: new RegExp(`^/entities/${slugPattern}/feed\\.(rss|atom|json)$`), scope: 'entity' as const },
];

/**
 * Maps a request to a response: path → query on the store → renderer. Read-only; every list
 * is a Query on the feed index.
 */
export function makeRoutes({ reader, feedTitle, topics = [] }: RouteOptions): (request: HttpRequest) => Promise<HttpResponse> {
  const taxonomy = new Map(topics.map((name) => [slugify(name), name]));

  /** The stored topic facets plus the model's topics that have no article yet (count 0). */
  async function topicFacets(): Promise<Facet[]> {
    const stored = await reader.listFacets('topic');
    const missing = [...taxonomy]
      .filter(([slug]) => !stored.some((facet) => facet.slug === slug))
      .map(([slug, name]): Facet => ({ kind: 'topic', name, slug, count: 0 }));
    return sortFacets('topic', [...stored, ...missing]);
  }

  async function feed(request: HttpRequest, scope: 'all' | 'topic' | 'entity', slug: string, format: FeedFormat): Promise<HttpResponse> {
    if (scope === 'entity' && entitySlug(slug) !== slug) {
      // Another name of an entity ("isis" for Islamic State): subscribers are sent to its one feed.
      const location = request.baseUrl + feedPath({ kind: 'entity', slug: entitySlug(slug) }, format) + withQuery(request.query, {});
      return { status: 301, headers: { location, 'cache-control': 'public, max-age=86400' }, body: '' };
    }
    const limit = parseLimit(request.query);
    const start = parseCursor(request.query);
    const feedKey = scope === 'all' ? 'all' : scope === 'topic' ? topicFeedKey(slug) : entityFeedKey(slug);
    const page = await reader.listArticles({ feedKey, limit, ...start });
    if (scope === 'topic' && page.articles.length === 0 && !start.after && !start.before && !taxonomy.has(slug)) {
      // A topic is one the model can assign; anything else is a mistyped URL worth saying so.
      const known = [...taxonomy.keys()].join(', ');
      throw new ClientError(404, 'FEED_NOT_FOUND', `no topic "${slug}"${known ? `; the topics are ${known}` : ''}`);
    }
    // An entity feed with no article yet is still a feed: subscribing before the first article works.
    const label = scope === 'all' ? 'all articles' : `${scope}: ${displayName(page.articles, scope, slug, taxonomy)}`;
    const htmlUrl = request.baseUrl + '/';
    const body = renderers[format]({
      baseUrl: request.baseUrl,
      feedId: `urn:dropfeed:feed:${feedKey}`,
      title: `${feedTitle} — ${label}`,
      description: scope === 'all' ? `Every article in ${feedTitle}, newest first.` : `Articles in ${feedTitle} about ${label}, newest first.`,
      htmlUrl,
      links: pagingLinks(request, page),
      articles: page.articles,
    });
    // An empty feed can only have changed when some article arrived: it is as new as the newest
    // article of all (none when there is none), so a client probing with an old If-Modified-Since
    // gets the feed, not a 304.
    const lastModified = newest(page.articles) ?? newest((await reader.listArticles({ feedKey: 'all', limit: 1 })).articles);
    return { status: 200, headers: { 'content-type': contentTypes[format] }, body, lastModified };
  }

  async function apiArticles(request: HttpRequest): Promise<HttpResponse> {
    const limit = parseLimit(request.query);
    const start = parseCursor(request.query);
    const topic = request.query.get('topic');
    const entity = request.query.get('entity');
    if (topic !== null && entity !== null) {
      throw new ClientError(400, 'INVALID_FILTER', 'use either topic or entity, not both');
    }
    for (const [name, value] of [['topic', topic], ['entity', entity]] as const) {
      if (value !== null && !isSlug(value)) {
        throw new ClientError(400, 'INVALID_FILTER', `${name} must be a slug such as "world" or "vladimir-putin"`);
      }
    }
    const feedKey = topic ? topicFeedKey(topic) : entity ? entityFeedKey(entitySlug(entity)) : 'all';
    const page = await reader.listArticles({ feedKey, limit, ...start });
    const { next, previous } = pageCursors(page);
    const pageUrl = (cursor: string | null): string | null => (cursor ? request.baseUrl + encodedPath(request.path) + withQuery(request.query, { cursor }) : null);
    const body = {
      articles: page.articles.map((article) => toApiArticle(article, request.baseUrl)),
      next,
      nextUrl: pageUrl(next),
      previous,
      previousUrl: pageUrl(previous),
    };
    return json(body, newest(page.articles));
  }

  async function oneArticle(idOrHex: string, render: (article: Article) => HttpResponse): Promise<HttpResponse> {
    const hex = articleHexFromId(idOrHex);
    if (hex === null) throw new ClientError(404, 'ARTICLE_NOT_FOUND', 'no article with that id');
    const article = await reader.getArticle(hex);
    if (article === null) throw new ClientError(404, 'ARTICLE_NOT_FOUND', 'no article with that id');
    return render(article);
  }

  async function facets(request: HttpRequest, kind: 'topic' | 'entity'): Promise<HttpResponse> {
    const list = kind === 'topic' ? await topicFacets() : await reader.listFacets(kind);
    const key = kind === 'topic' ? 'topics' : 'entities';
    return json({
      [key]: list.map(({ name, slug, category, count }) => {
        const scope: FeedScope = { kind, slug };
        const feedUrl = (format: FeedFormat): string => request.baseUrl + feedPath(scope, format);
        return { name, slug, ...(category ? { category } : {}), count, feedUrls: { atom: feedUrl('atom'), rss: feedUrl('rss'), json: feedUrl('json') } };
      }),
    });
  }

  return async function route(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new ClientError(405, 'METHOD_NOT_ALLOWED', 'this API is read-only: use GET or HEAD');
    }
    const path = request.path;
    for (const { pattern, scope } of feedRoutes) {
      const match = pattern.exec(path);
      if (match) {
        const [slug, format] = scope === 'all' ? ['', match[1]] : [match[1] ?? '', match[2]];
        if (scope !== 'all' && !isSlug(slug)) continue;
        return feed(request, scope, slug, format as FeedFormat);
      }
    }
    if (path === '/' || path === '/index.html') {
      const [page, topics, entities] = await Promise.all([
        reader.listArticles({ feedKey: 'all', limit: parseLimit(request.query), ...parseCursor(request.query) }),
        topicFacets(),
        reader.listFacets('entity'),
      ]);
      const { next, previous } = pagingLinks(request, page);
      const body = renderIndexPage({
        baseUrl: request.baseUrl,
        articles: page.articles,
        topics: topics.map(({ name, slug, count }) => ({ name, slug, count })),
        entities: topEntities(entities).map(({ name, slug, category, count }) => ({ name, slug, kind: category ?? 'people', count })),
        ...(next ? { nextUrl: next } : {}),
        ...(previous ? { previousUrl: previous } : {}),
      });
      return { status: 200, headers: { 'content-type': contentTypes.html }, body, lastModified: newest(page.articles) };
    }
    if (path === '/favicon.ico') {
      // Browsers ask for it on every site; an empty answer they may cache beats a 404 in every log.
      return { status: 204, headers: { 'cache-control': 'public, max-age=86400' }, body: '' };
    }
    if (path === '/opml.xml') {
      const topics = await topicFacets();
      const body = renderOpml({ baseUrl: request.baseUrl, topics: topics.map(({ name, slug }) => ({ name, slug })) });
      return { status: 200, headers: { 'content-type': contentTypes.opml }, body };
    }
    if (path === '/api/articles') return apiArticles(request);
    if (path === '/api/topics') return facets(request, 'topic');
    if (path === '/api/entities') return facets(request, 'entity');
    if (path === '/api/openapi.json') return json(openApiDocument);
    const apiArticle = /^\/api\/articles\/([^/]{1,200})$/.exec(path);
    if (apiArticle?.[1]) {
      return oneArticle(apiArticle[1], (article) => json(toApiArticle(article, request.baseUrl), new Date(article.updated)));
    }
    const htmlArticle = /^\/articles\/([^/]{1,200})$/.exec(path);
    if (htmlArticle?.[1]) {
      return oneArticle(htmlArticle[1], (article) => ({
        status: 200,
        headers: { 'content-type': contentTypes.html },
        body: renderArticlePage(article, request.baseUrl),
        lastModified: new Date(article.updated),
      }));
    }
    throw new ClientError(404, 'NOT_FOUND', `nothing at ${path}; try /feed.atom, /api/articles or /`);
  };
}

/** How many entities of each category the index page lists: the ones with the most articles. */
export const indexEntitiesPerCategory = 10;

/** Per category, the entities with the most articles (ties by name), so the index stays short. */
function topEntities(entities: readonly Facet[]): Facet[] {
  const ranked = [...entities].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const taken = new Map<string, number>();
  return ranked.filter((facet) => {
    const category = facet.category ?? 'people';
    const n = taken.get(category) ?? 0;
    taken.set(category, n + 1);
    return n < indexEntitiesPerCategory;
  });
}

/**
 * RFC 5005 paging links for the page served: `self` is the URL exactly as requested (query
 * included), `first` the same URL without a cursor (other parameters, e.g. `limit`, kept), `next`
 * towards older articles and `previous` towards newer ones when the store says there are some.
 */
function pagingLinks(request: HttpRequest, page: ArticlePage): FeedLinks {
  const here = request.baseUrl + encodedPath(request.path);
  const links: FeedLinks = {
    self: here + (request.rawQuery ? `?${request.rawQuery}` : ''),
    first: here + withQuery(request.query, { cursor: null }),
  };
  const { next, previous } = pageCursors(page);
  if (next) links.next = here + withQuery(request.query, { cursor: next });
  if (previous) links.previous = here + withQuery(request.query, { cursor: previous });
  return links;
}

/** A decoded request path as a URL writes it: each segment percent-encoded again ("/entities/陈立明/…" → "/entities/%E9%99%88…/…"). */
function encodedPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The opaque cursors of a page's neighbours: `next` (older articles) and `previous` (newer). */
function pageCursors(page: ArticlePage): { next: string | null; previous: string | null } {
  return {
    next: page.next ? encodeCursor(page.next, 'after') : null,
    previous: page.previous ? encodeCursor(page.previous, 'before') : null,
  };
}

function json(body: unknown, lastModified?: Date): HttpResponse {
  return { status: 200, headers: { 'content-type': contentTypes.api }, body: JSON.stringify(body), lastModified };
}

function newest(articles: readonly Article[]): Date | undefined {
  let latest: string | undefined;
  for (const article of articles) if (!latest || article.updated > latest) latest = article.updated;
  return latest ? new Date(latest) : undefined;
}

function displayName(articles: readonly Article[], scope: 'topic' | 'entity', slug: string, taxonomy: ReadonlyMap<string, string>): string {
  if (scope === 'topic' && taxonomy.has(slug)) return taxonomy.get(slug) ?? slug;
  for (const article of articles) {
    if (scope === 'topic' && slugify(article.topic) === slug) return article.topic;
    if (scope === 'entity') {
      const { people, places, organizations } = article.entities;
      const name = [...people, ...places, ...organizations].find((candidate) => entitySlugIn(article, candidate) === slug);
      if (name) return entityFeedNameIn(article, name);
    }
  }
  return slug;
}

/** The current query with some parameters replaced (null removes one), as `?…` or ''. */
function withQuery(query: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
