import { articleIdForKey } from '../../functions/core/article-id.js';
import type { Article } from '../../functions/core/article.js';

/** A complete article for store and renderer tests; override what the test is about. */
export function makeArticle(key: string, overrides: Partial<Article> = {}): Article {
  return {
    id: articleIdForKey(key),
    key,
    title: `Title of ${key}`,
    published: '2026-01-01',
    updated: '2026-01-02T00:00:00.000Z',
    author: 'Jane Doe',
    source: 'Example News',
    url: null,
    body: 'First paragraph.\n\nSecond paragraph.',
    bodyHtml: null,
    summary: 'First paragraph.',
    wordCount: 4,
    format: 'text',
    language: 'en',
    topic: 'World',
    topicConfidence: 0.9,
    entities: { people: ['Vladimir Putin'], places: ['Syria'], organizations: [] },
    keywords: ['syria'],
    contentHash: `hash-of-${key}`,
    ...overrides,
  };
}
