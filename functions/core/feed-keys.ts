import type { Article } from './article.js';
import { entitySlug } from './entity-names.js';
import { slugify } from './slug.js';

/** Which feeds an article belongs to: all, its topic, each of its entities (aliases share one). */
export function feedKeysFor(article: Pick<Article, 'topic' | 'entities'>): string[] {
  const keys = new Set<string>(['all', topicFeedKey(article.topic)]);
  const { people, places, organizations } = article.entities;
  for (const name of [...people, ...places, ...organizations]) {
    const slug = entitySlug(name);
    if (slug) keys.add(entityFeedKey(slug));
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
