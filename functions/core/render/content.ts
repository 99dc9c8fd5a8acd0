/**
 * What an article looks like inside a feed entry or page, shared by every format.
 */
import type { Article } from '../article.js';
import { sanitizeHtml } from './sanitize.js';
import { bodyParagraphs, oneLine, paragraphsToHtml } from './text.js';
import { articlePath } from './urls.js';

/** Absolute URL of the article's HTML page. */
export function articleUrl(article: Pick<Article, 'id'>, baseUrl: string): string {
  return `${baseUrl}${articlePath(article)}`;
}

/** The display title: one line, never empty (readers drop or mangle untitled entries). */
export function articleTitle(article: Pick<Article, 'title'>): string {
  return oneLine(article.title) || 'Untitled';
}

/**
 * The article's full content as sanitized HTML: its `bodyHtml` when it has one, else its plain-text
 * paragraphs, each escaped inside `<p>`. Never empty: the summary, then the title, stand in for a
 * missing body. Relative URLs resolve against the article's own (http/https) URL when it has one,
 * else against the site.
 */
export function articleHtml(article: Pick<Article, 'bodyHtml' | 'body' | 'summary' | 'url' | 'title'>, baseUrl: string): string {
  let base = baseUrl;
  if (article.url) {
    try {
      const source = new URL(article.url);
      if (source.protocol === 'http:' || source.protocol === 'https:') base = source.href;
    } catch {
      // an unparseable source URL just means relative links resolve against the site
    }
  }
  const fromHtml = article.bodyHtml ? sanitizeHtml(article.bodyHtml, base) : '';
  if (fromHtml.replace(/<[^>]*>/g, '').trim() !== '' || /<img\b/.test(fromHtml)) return fromHtml;
  // Readers treat an entry without content as broken, so fall back to the summary, then the title.
  for (const candidate of [bodyParagraphs(article.body), [article.summary], [articleTitle(article)]]) {
    const html = paragraphsToHtml(candidate);
    if (html !== '') return html;
  }
  return '';
}

/** The summary as plain text: the article's summary, else the start of its body. */
export function articleSummary(article: Pick<Article, 'summary' | 'body'>): string {
  const summary = oneLine(article.summary);
  if (summary) return summary;
  const body = oneLine(article.body);
  if (body.length <= 300) return body;
  const cut = body.slice(0, 300);
  const space = cut.lastIndexOf(' ');
  return `${(space > 200 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
