import { articleIdForKey } from './article-id.js';
import type { Article } from './article.js';
import type { Classifier } from './classify/index.js';
import { cleanDocument } from './clean/index.js';
import { contentHashOf } from './content-hash.js';
import { decodeDocument } from './decode/index.js';

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
export function processDocument(object: RawObject, options: ProcessOptions): Article {
  const decoded = decodeDocument(object.bytes, {
    key: object.key,
    contentType: object.contentType,
    maxBytes: options.maxBytes,
  });
  const cleaned = cleanDocument(decoded, { now: options.now });
  const body = cleaned.paragraphs.join('\n\n');
  const classification = options.classifier.classify({ title: cleaned.title, body });
  return {
    id: articleIdForKey(object.key),
    key: object.key,
    title: cleaned.title,
    published: cleaned.published,
    updated: object.lastModified.toISOString(),
    author: cleaned.author,
    source: cleaned.source,
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
    keywords: classification.keywords,
    contentHash: contentHashOf(cleaned.title, cleaned.paragraphs),
  };
}
