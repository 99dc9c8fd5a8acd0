import type { Article } from './article.js';

/** DynamoDB's item limit is 400 KB; leave room for keys and index attributes. */
export const defaultMaxStoredBytes = 350_000;

export interface FittedArticle {
  article: Article;
  truncated: boolean;
}

/**
 * Shrinks an article until its stored form fits in one item: first the HTML body goes (the plain
 * body still renders), then the plain body is cut at a paragraph boundary with a note.
 * Never lets a write fail on size.
 */
export function fitForStorage(article: Article, maxBytes = defaultMaxStoredBytes): FittedArticle {
  if (sizeOf(article) <= maxBytes) return { article, truncated: false };
  const withoutHtml: Article = { ...article, bodyHtml: null };
  if (sizeOf(withoutHtml) <= maxBytes) return { article: withoutHtml, truncated: true };

  const note = '[This article was truncated: it is longer than dropfeed stores.]';
  const overhead = sizeOf({ ...withoutHtml, body: '' }) + byteLength(note) + 2;
  const budget = Math.max(0, maxBytes - overhead);
  const paragraphs = article.body.split('\n\n');
  const kept: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    const cost = byteLength(paragraph) + 2;
    if (used + cost > budget) break;
    kept.push(paragraph);
    used += cost;
  }
  if (kept.length === 0) kept.push(cutToBytes(paragraphs[0] ?? '', budget));
  return { article: { ...withoutHtml, body: [...kept, note].join('\n\n') }, truncated: true };
}

function sizeOf(article: Article): number {
  return byteLength(JSON.stringify(article));
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function cutToBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8').subarray(0, maxBytes);
  // Dropping a trailing partial character keeps the result valid UTF-8.
  return bytes.toString('utf8').replace(/\uFFFD$/, '');
}
