import type { Article } from './article.js';
import { entitySlugIn } from './entity-names.js';
import { entitiesBySalience } from './entity-salience.js';
import { slugify } from './slug.js';

/** What the entity-feed limit means in words, for every place that reads it. */
export const ENTITY_FEED_LIMIT_RULE = 'a whole number of entities, 0 or more';

/**
 * The entity-feed limit as a setting spells it ("3"), read the same way from the ingest's environment
 * and the cost bench's options (infra/aws, which imports no function code, checks its context alike);
 * undefined when it is not {@link ENTITY_FEED_LIMIT_RULE}.
 */
export function parseEntityFeedLimit(raw: string): number | undefined {
  const text = raw.trim();
  const limit = Number(text);
  return text !== '' && Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}

/**
 * Which feeds an article belongs to: all, its topic, and each of its entities (aliases share one),
 * or only its `entityLimit` most salient entities when a limit is set: each entity feed costs
 * the article one index entry and one counter write (docs/operations.md).
 */
export function feedKeysFor(article: Pick<Article, 'title' | 'body' | 'topic' | 'entities' | 'entityFeedNames'>, entityLimit: number | null = null): string[] {
  const keys = new Set<string>(['all', topicFeedKey(article.topic)]);
  const { people, places, organizations } = article.entities;
  const names = entityLimit === null ? [...people, ...places, ...organizations] : entitiesBySalience(article);
  let entityFeeds = 0;
  for (const name of names) {
    if (entityLimit !== null && entityFeeds >= entityLimit) break;
    const slug = entitySlugIn(article, name);
    if (!slug || keys.has(entityFeedKey(slug))) continue;
    keys.add(entityFeedKey(slug));
    entityFeeds++;
  }
  return [...keys];
}

export const topicFeedKey = (topicOrSlug: string): string => `topic:${slugify(topicOrSlug)}`;
export const entityFeedKey = (slug: string): string => `entity:${slug}`;

/** The time an article sorts by in feeds: its publish date, else when its object was written. */
export function sortTimeOf(article: Pick<Article, 'published' | 'updated'>): string {
  if (!article.published) return article.updated;
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(article.published)
    ? new Date(`${article.published}T00:00:00.000Z`)
    : new Date(article.published);
  return Number.isNaN(instant.getTime()) ? article.updated : instant.toISOString();
}
