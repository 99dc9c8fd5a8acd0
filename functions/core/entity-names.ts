/**
 * Names that refer to one and the same entity, which news outlets choose between by house style
 * (ISIS, ISIL, Islamic State, Daesh). An article keeps the name it uses, but all of them share one
 * feed, one facet and one slug: the canonical name's. Kept apart from the gazetteer so the feed
 * handler can resolve slugs without loading the classifier's tables.
 */
import type { Article } from './article.js';
import { slugify } from './slug.js';

/** Each group lists the canonical name first. */
export const ENTITY_NAME_GROUPS: readonly (readonly string[])[] = [['Islamic State', 'ISIS', 'ISIL', 'Daesh']];

/** An alias's slug → the canonical name and its slug. */
const canonicalBySlug = new Map<string, { name: string; slug: string }>();
for (const [canonical, ...aliases] of ENTITY_NAME_GROUPS) {
  for (const alias of aliases) canonicalBySlug.set(slugify(alias), { name: canonical!, slug: slugify(canonical!) });
}

/** The Arabic article as slugs spell it. */
const ARABIC_ARTICLE: ReadonlySet<string> = new Set(['al', 'el']);

/**
 * The slug an entity's feed and facet are keyed on: the canonical name's for an alias, and without
 * the Arabic article inside a name, which outlets write or leave out by house style ("Bashar
 * al-Assad", "Bashar Assad", "Abdel Fattah el-Sisi"), so one person's articles share one feed. A
 * name that opens with it ("Al Jazeera") keeps it: there it is no particle some writers drop.
 */
export function entitySlug(nameOrSlug: string): string {
  const slug = slugify(nameOrSlug);
  const canonical = canonicalBySlug.get(slug)?.slug;
  if (canonical !== undefined) return canonical;
  const words = slug.split('-');
  return words.filter((word, i) => i === 0 || i === words.length - 1 || !ARABIC_ARTICLE.has(word)).join('-');
}

/** The name an entity's feed and facet are shown under: the canonical name for an alias. */
export function entityFeedName(name: string): string {
  return canonicalBySlug.get(slugify(name))?.name ?? name;
}

/**
 * The name whose feed `name` shares in `article`: the canonical name for a name shown as an article
 * in another language writes it ("Deutschland" → "Germany"), else `name` itself.
 */
export function sharedFeedName(article: Pick<Article, 'entityFeedNames'>, name: string): string {
  const names = article.entityFeedNames;
  const canonical = names !== undefined && Object.hasOwn(names, name) ? names[name] : undefined;
  return typeof canonical === 'string' ? canonical : name;
}

/** The slug of the feed an entity of `article` is in. */
export function entitySlugIn(article: Pick<Article, 'entityFeedNames'>, name: string): string {
  return entitySlug(sharedFeedName(article, name));
}

/** The name the feed an entity of `article` is in is shown under. */
export function entityFeedNameIn(article: Pick<Article, 'entityFeedNames'>, name: string): string {
  return entityFeedName(sharedFeedName(article, name));
}
