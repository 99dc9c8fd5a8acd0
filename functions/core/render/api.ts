/**
 * The JSON API's representation of an article (also what the CLI prints).
 */
import type { Article, InputFormat } from '../article.js';
import { entitySlugIn } from '../entity-names.js';
import { slugify } from '../slug.js';
import { articlePath } from './urls.js';

/** An article as the JSON API serves it. Entities are plain name arrays. */
export interface ApiArticle {
  /** `urn:dropfeed:article:<hex>` */
  id: string;
  /** The object key the article came from. */
  key: string;
  /** The article's HTML page: absolute when a base URL was given, else a root-relative path. */
  url: string;
  /** The canonical URL the source document names for itself, if any. */
  sourceUrl: string | null;
  title: string;
  published: string | null;
  updated: string;
  author: string | null;
  source: string | null;
  summary: string;
  body: string;
  bodyHtml: string | null;
  wordCount: number;
  language: string;
  topic: string;
  topicSlug: string;
  topicConfidence: number;
  entities: { people: string[]; places: string[]; organizations: string[] };
  /** Each entity name → the slug of its feed (a name written in the article's language shares its canonical name's). */
  entitySlugs: Record<string, string>;
  keywords: string[];
  format: InputFormat;
}

/**
 * Maps a stored article to its API shape. Field order is fixed, so serializations are stable;
 * arrays are copied, so callers may mutate the result freely.
 */
export function toApiArticle(article: Article, baseUrl?: string): ApiArticle {
  return {
    id: article.id,
    key: article.key,
    url: `${baseUrl ?? ''}${articlePath(article)}`,
    sourceUrl: article.url,
    title: article.title,
    published: article.published,
    updated: article.updated,
    author: article.author,
    source: article.source,
    summary: article.summary,
    body: article.body,
    bodyHtml: article.bodyHtml,
    wordCount: article.wordCount,
    language: article.language,
    topic: article.topic,
    topicSlug: slugify(article.topic),
    topicConfidence: article.topicConfidence,
    entities: {
      people: [...article.entities.people],
      places: [...article.entities.places],
      organizations: [...article.entities.organizations],
    },
    entitySlugs: entitySlugsOf(article),
    keywords: [...article.keywords],
    format: article.format,
  };
}

function entitySlugsOf(article: Article): Record<string, string> {
  const names = [...article.entities.people, ...article.entities.places, ...article.entities.organizations];
  // fromEntries defines own properties, so no name can reach the prototype.
  return Object.fromEntries(names.map((name) => [name, entitySlugIn(article, name)]).filter(([, slug]) => slug !== ''));
}
