import type { Article } from '../core/article.js';

export interface FeedQuery {
  /** `all`, `topic:<slug>` or `entity:<slug>`. */
  feedKey: string;
  limit: number;
  /** Older than this position (exclusive), from a previous page's `next`. */
  after?: string | undefined;
  /**
   * Newer than this position (exclusive), from a page's `previous`: the `limit` articles just
   * above it, still returned newest first. Never given together with `after`.
   */
  before?: string | undefined;
}

/**
 * One page of a feed. Positions are `sortTime#hex` of index entries, so they stay valid while
 * articles arrive or leave: a page fetched with `after: p.next` or `before: p.previous` neither
 * repeats nor skips an article that was there when `p` was fetched.
 *
 * | page kind        | `next` (towards older)                        | `previous` (towards newer)                       |
 * | ---------------- | --------------------------------------------- | ------------------------------------------------ |
 * | first (neither)  | last article's position when older ones exist | always null                                      |
 * | `after` page     | last article's position when older ones exist | first article's position whenever the page is not empty (the page it was reached from lies above it) |
 * | `before` page    | last article's position whenever the page is not empty (`before` itself lies below it) | first article's position when newer ones exist; null once the top is reached |
 *
 * An empty page has both null. A `before` page that reaches the top may hold fewer than `limit`
 * articles; it is not the first page (whose content may differ), but its `previous` is null.
 */
export interface ArticlePage {
  /** Newest first. */
  articles: Article[];
  /** Position to continue from towards older articles, when there are more (see the table above). */
  next: string | null;
  /** Position to go back from towards newer articles (see the table above); null on the first page. */
  previous: string | null;
}

export interface Facet {
  kind: 'topic' | 'entity';
  name: string;
  slug: string;
  /** For entities: people, places or organizations. */
  category?: 'people' | 'places' | 'organizations' | undefined;
  /**
   * How many stored articles are currently in this facet's feed. Kept as a counter on write, not
   * counted on read; facets at 0 (every article deleted or moved elsewhere) are not listed.
   */
  count: number;
}

/** Read-only access to stored articles: every list is a Query on the feed index, never a Scan. */
export interface ArticleReader {
  listArticles(query: FeedQuery): Promise<ArticlePage>;
  getArticle(hex: string): Promise<Article | null>;
  /** Topics sorted by name; entities by count (highest first), then slug. Only facets with count > 0. */
  listFacets(kind: 'topic' | 'entity'): Promise<Facet[]>;
}

const byName = (a: Facet, b: Facet): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1);
const byCountThenSlug = (a: Facet, b: Facet): number => b.count - a.count || (a.slug < b.slug ? -1 : 1);

/** Sorts facets in place in the order `listFacets` promises, and returns them. */
export function sortFacets(kind: 'topic' | 'entity', facets: Facet[]): Facet[] {
  return facets.sort(kind === 'topic' ? byName : byCountThenSlug);
}

/** Positions are `sortTime#hex`; anything else is rejected before it reaches the table. */
export const positionPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z#[0-9a-f]{24}$/;
