import type { Article } from '../core/article.js';

export interface FeedQuery {
  /** `all`, `topic:<slug>` or `entity:<slug>`. */
  feedKey: string;
  limit: number;
  /** Position after which to continue (exclusive), from a previous page's `next`. */
  after?: string | undefined;
}

export interface ArticlePage {
  /** Newest first. */
  articles: Article[];
  /** Position to continue from, when there are more. */
  next: string | null;
}

export interface Facet {
  kind: 'topic' | 'entity';
  name: string;
  slug: string;
  /** For entities: people, places or organizations. */
  category?: 'people' | 'places' | 'organizations' | undefined;
}

/** Read-only access to stored articles: every list is a Query on the feed index, never a Scan. */
export interface ArticleReader {
  listArticles(query: FeedQuery): Promise<ArticlePage>;
  getArticle(hex: string): Promise<Article | null>;
  listFacets(kind: 'topic' | 'entity'): Promise<Facet[]>;
}

/** Positions are `sortTime#hex`; anything else is rejected before it reaches the table. */
export const positionPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z#[0-9a-f]{24}$/;
