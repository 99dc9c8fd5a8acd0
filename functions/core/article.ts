/**
 * The article model shared by cleaning, classification, rendering and storage.
 * Everything here is plain data: no AWS types, no I/O.
 */

/** The kinds of file the cleaner understands. */
export type InputFormat = 'text' | 'html' | 'markdown';

/** What the cleaner extracts from one raw document. */
export interface CleanedArticle {
  title: string;
  /** ISO 8601: `YYYY-MM-DD` when the source gives only a date, else a date-time with offset. */
  published: string | null;
  /** A person's name, never a publisher or wire service. */
  author: string | null;
  /** The site or publication name where the source states it. */
  source: string | null;
  /** Body paragraphs as plain text, in reading order, boilerplate removed. */
  paragraphs: string[];
  /** Sanitized HTML body (paragraphs, headings, lists, quotes, links, images); null when the input had no markup. */
  bodyHtml: string | null;
  /** The lead, sentence-aligned, at most about 300 characters. */
  summary: string;
  wordCount: number;
  format: InputFormat;
  /** The canonical URL the document names for itself, if any (absolute). */
  canonicalUrl: string | null;
  /** What the document's credit lines name (photo agencies, the agency a text was translated from). */
  credits: string[];
  /** The place of the wire dateline the body opened on ("MONTEGO BAY, St James"), which the body leaves out. */
  dateline: string | null;
  /** The agency that dateline names ("SEREMBAN, Aug 27 (Selat Wire) –"), which the body leaves out too. */
  datelineAgency: string | null;
}

/**
 * Named entities, most salient first, one name per entity: its canonical name, or for a known place
 * or body in an article in another language than English, the name the article writes ("Deutschland").
 */
export interface EntitySet {
  people: string[];
  places: string[];
  organizations: string[];
}

export interface Classification {
  /** ISO 639-1 code, or `und` when the text is too short to tell. */
  language: string;
  /** Topic label as the model names it (e.g. `World`, `Sci/Tech`). */
  topic: string;
  /** Probability the model gives its chosen topic, 0..1. */
  topicConfidence: number;
  entities: EntitySet;
  /**
   * Entity names shown as an article in another language than English writes them ("Deutschland"),
   * each mapped to the canonical name whose feed, facet and slug it shares ("Germany").
   */
  entityFeedNames: Record<string, string>;
  keywords: string[];
}

/**
 * A processed article: what is stored, served by the JSON API and rendered into feeds.
 * `id` is stable for a given object key and URL-shaped (`urn:dropfeed:article:<hex>`).
 */
export interface Article {
  id: string;
  /** The object key the article came from. */
  key: string;
  title: string;
  published: string | null;
  /** RFC 3339 date-time of the object version this article was built from (its last-modified time). */
  updated: string;
  author: string | null;
  source: string | null;
  url: string | null;
  /** Plain text, paragraphs separated by one blank line. */
  body: string;
  bodyHtml: string | null;
  summary: string;
  wordCount: number;
  format: InputFormat;
  language: string;
  topic: string;
  topicConfidence: number;
  entities: EntitySet;
  /** As in `Classification`; absent on articles stored before names were shown as written. */
  entityFeedNames?: Record<string, string>;
  keywords: string[];
  /** sha256 of the normalized cleaned text: equal hashes mean duplicate content. */
  contentHash: string;
}
