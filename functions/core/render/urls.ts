/**
 * The site's URL space, as pages and feeds link to it. The HTTP layer serves these paths.
 */
import type { Article, EntitySet } from '../article.js';
import { entitySlugIn } from '../entity-names.js';
import { slugify } from '../slug.js';
import { oneLine } from './text.js';

const ARTICLE_ID = /^urn:dropfeed:article:([0-9a-f]+)$/i;

/**
 * Path of an article's HTML page: `/articles/<hex>` for an id `urn:dropfeed:article:<hex>`.
 * An id of any other shape is percent-encoded whole, so the path is still a single safe segment.
 */
export function articlePath(article: Pick<Article, 'id'>): string {
  const m = ARTICLE_ID.exec(article.id);
  return `/articles/${m ? (m[1] ?? '').toLowerCase() : encodeURIComponent(article.id)}`;
}

export type FeedFormat = 'rss' | 'atom' | 'json';
export type EntityKind = keyof EntitySet;

/** What a feed lists: every article, one topic, or one entity. */
export type FeedScope = { kind: 'all' } | { kind: 'topic'; slug: string } | { kind: 'entity'; slug: string };

/** `/feed.atom`, `/topics/<slug>/feed.rss`, `/entities/<slug>/feed.json`, … */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  switch (scope.kind) {
    case 'all':
      return `/feed.${format}`;
    case 'topic':
      return `/topics/${encodeURIComponent(scope.slug)}/feed.${format}`;
    case 'entity':
      return `/entities/${encodeURIComponent(scope.slug)}/feed.${format}`;
  }
}

/** Media type of each feed format (without parameters). */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** Category scheme (Atom) / domain (RSS) for topics and for entities. */
export const topicScheme = (baseUrl: string): string => `${baseUrl}/topics/`;
export const entityScheme = (baseUrl: string): string => `${baseUrl}/entities/`;

export interface Tag {
  name: string;
  slug: string;
  scheme: 'topic' | 'entity';
}

/**
 * The categories of an article as every format shows them: its topic first, then entities
 * (people, places, organizations), each name once per scheme. A name whose slug is empty (one with
 * no letter or digit) is left out everywhere, since no feed URL can exist for it.
 */
export function articleTags(article: Pick<Article, 'topic' | 'entities' | 'entityFeedNames'>): Tag[] {
  const tags: Tag[] = [];
  const topic = oneLine(article.topic);
  const topicSlug = slugify(topic);
  if (topic && topicSlug) tags.push({ name: topic, slug: topicSlug, scheme: 'topic' });
  const seen = new Set<string>();
  for (const kind of ['people', 'places', 'organizations'] as const) {
    for (const raw of article.entities[kind]) {
      const name = oneLine(raw);
      const slug = entitySlugIn(article, raw);
      if (!name || !slug || seen.has(slug)) continue;
      seen.add(slug);
      tags.push({ name, slug, scheme: 'entity' });
    }
  }
  return tags;
}
