import { articleIdForKey } from './article-id.js';
import type { Article } from './article.js';
import type { Classifier } from './classify/index.js';
import { cleanDocument } from './clean/index.js';
import { contentHashOf } from './content-hash.js';
import { decodeDocument } from './decode/index.js';
import { RejectedInputError } from './errors.js';
import { stripMarkup } from './plain-text.js';

/** One raw object, as read from the bucket or from disk. */
export interface RawObject {
  key: string;
  bytes: Uint8Array;
  contentType?: string | undefined;
  /** When this version of the object was written; becomes the article's `updated`. */
  lastModified: Date;
}

export interface ProcessOptions {
  classifier: Classifier;
  /** The present moment; dates after it are not publish dates. */
  now: Date;
  maxBytes: number;
}

/**
 * Turns raw bytes into a classified article: decode → clean → classify.
 * Throws RejectedInputError when the input cannot be an article (the code says why).
 */
export async function processDocument(object: RawObject, options: ProcessOptions): Promise<Article> {
  const decoded = decodeDocument(object.bytes, {
    key: object.key,
    contentType: object.contentType,
    maxBytes: options.maxBytes,
  });
  const cleaned = await cleanDocument(decoded, { now: options.now, url: decoded.url ?? null });
  const title = stripMarkup(cleaned.title);
  if (!title) throw new RejectedInputError('NO_TITLE', 'no title could be found in the document');
  const author = cleaned.author === null ? null : stripMarkup(cleaned.author) || null;
  const source = cleaned.source === null ? null : stripMarkup(cleaned.source) || null;
  const body = cleaned.paragraphs.join('\n\n');
  const classification = options.classifier.classify({ title, body, source, credits: cleaned.credits, dateline: cleaned.dateline, datelineAgency: cleaned.datelineAgency });
  return {
    id: articleIdForKey(object.key),
    key: object.key,
    title,
    published: cleaned.published,
    updated: object.lastModified.toISOString(),
    author,
    source,
    url: cleaned.canonicalUrl,
    body,
    bodyHtml: cleaned.bodyHtml,
    summary: cleaned.summary,
    wordCount: cleaned.wordCount,
    format: cleaned.format,
    language: classification.language,
    topic: classification.topic,
    topicConfidence: classification.topicConfidence,
    entities: classification.entities,
    entityFeedNames: classification.entityFeedNames,
    keywords: classification.keywords,
    contentHash: contentHashOf(title, cleaned.paragraphs),
  };
}
