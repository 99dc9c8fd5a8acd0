/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 renderers. Pure and deterministic: the same page gives the
 * same bytes, and every date comes from the articles (never from a clock), so ETags are stable.
 */
import type { Article } from '../article.js';
import { authorNames } from '../author-names.js';
import { articleHtml, articleSummary, articleTitle, articleUrl } from './content.js';
import { newestUpdated, parseArticleDate, publishedDate, toRfc3339, toRfc822, updatedDate } from './dates.js';
import { escapeHtml, escapeXml, oneLine, xmlElement, xmlEmpty } from './text.js';
import { articleTags, entityScheme, topicScheme } from './urls.js';

/** Paging links for one format (RFC 5005). `self` must equal the URL being served, query included. */
export interface FeedLinks {
  self: string;
  first?: string;
  next?: string;
  previous?: string;
}

/** One page of one feed, in a format-neutral shape. */
export interface FeedPage {
  /** Absolute base URL of the site, no trailing slash, e.g. "http://127.0.0.1:3000". */
  baseUrl: string;
  /** Stable URL-shaped feed id, e.g. "urn:dropfeed:feed:all" or "urn:dropfeed:feed:topic:world". */
  feedId: string;
  title: string;
  description: string;
  /** URL of the HTML page this feed corresponds to (rel=alternate). */
  htmlUrl: string;
  /** Links of the format being rendered: self must equal the URL served (query included). */
  links: FeedLinks;
  /** Newest first. */
  articles: Article[];
  /**
   * Feed language (ISO 639-1). Optional: when absent, the most common known language of the
   * articles is used, and none is stated when all are `und`.
   */
  language?: string;
}

const GENERATOR = 'dropfeed';
const FEED_AUTHOR = 'dropfeed';

/** The page's language: given, else the most frequent known article language (ties: alphabetical). */
export function feedLanguage(page: Pick<FeedPage, 'language' | 'articles'>): string | undefined {
  if (page.language) return page.language;
  const counts = new Map<string, number>();
  for (const a of page.articles) {
    if (a.language && a.language !== 'und') counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [lang, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

const articleLanguage = (a: Article): string | undefined =>
  a.language && a.language !== 'und' ? a.language : undefined;

/**
 * RSS 2.0 with the atom (self/paging links), dc (`dc:creator` for author names) and content
 * (`content:encoded` full HTML) modules. RSS `<author>` must be an email address and we know names
 * only; an invented address would be shown to readers, and carrying both elements makes the W3C
 * validator warn (DuplicateItemSemantics), so authors are `dc:creator` alone — which Universal Feed
 * Parser, newsboat and the other common readers show as the item's author. `lastBuildDate` is the
 * newest article's `updated`, or the epoch for an empty page.
 */
export function renderRss(page: FeedPage): string {
  const { baseUrl } = page;
  const language = feedLanguage(page);
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    xmlElement('title', oneLine(page.title)),
    xmlElement('link', page.htmlUrl),
    // RSS description is HTML: escape the plain text for HTML first, then for XML.
    xmlElement('description', escapeHtml(oneLine(page.description) || oneLine(page.title))),
  ];
  if (language) lines.push(xmlElement('language', language));
  lines.push(
    xmlElement('lastBuildDate', toRfc822(newestUpdated(page.articles))),
    xmlElement('generator', GENERATOR),
    xmlElement('docs', 'https://www.rssboard.org/rss-specification'),
    xmlEmpty('atom:link', { rel: 'self', type: 'application/rss+xml', href: page.links.self }),
  );
  for (const rel of ['first', 'previous', 'next'] as const) {
    const href = page.links[rel];
    if (href) lines.push(xmlEmpty('atom:link', { rel, type: 'application/rss+xml', href }));
  }
  for (const article of page.articles) {
    const parts: string[] = [
      xmlElement('title', articleTitle(article)),
      xmlElement('link', articleUrl(article, baseUrl)),
      xmlElement('guid', article.id, { isPermaLink: 'false' }),
      xmlElement('pubDate', toRfc822(publishedDate(article))),
    ];
    const author = article.author ? oneLine(article.author) : '';
    // One dc:creator per person, as Atom and JSON Feed list them.
    if (author) for (const name of authorNames(author)) parts.push(xmlElement('dc:creator', name));
    for (const tag of articleTags(article)) {
      parts.push(
        xmlElement('category', tag.name, { domain: tag.scheme === 'topic' ? topicScheme(baseUrl) : entityScheme(baseUrl) }),
      );
    }
    const summary = articleSummary(article);
    if (summary) parts.push(xmlElement('description', escapeHtml(summary)));
    parts.push(xmlElement('content:encoded', articleHtml(article, baseUrl)));
    lines.push(`<item>\n${parts.join('\n')}\n</item>`);
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}

/**
 * Atom 1.0 (RFC 4287). The feed has author "dropfeed" so every entry has an author; entries name
 * their own author when known. Titles and summaries are `type="text"`, content is `type="html"`
 * (escaped, never CDATA). The feed's `updated` is the newest article's `updated`, or the epoch.
 */
export function renderAtom(page: FeedPage): string {
  const { baseUrl } = page;
  const language = feedLanguage(page);
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${language ? ` xml:lang="${escapeXml(language)}"` : ''}>`,
    xmlElement('id', page.feedId),
    xmlElement('title', oneLine(page.title), { type: 'text' }),
  ];
  const subtitle = oneLine(page.description);
  if (subtitle) lines.push(xmlElement('subtitle', subtitle, { type: 'text' }));
  lines.push(
    xmlElement('updated', toRfc3339(newestUpdated(page.articles))),
    `<author>${xmlElement('name', FEED_AUTHOR)}</author>`,
    xmlElement('generator', GENERATOR),
    xmlEmpty('link', { rel: 'self', type: 'application/atom+xml', href: page.links.self }),
    xmlEmpty('link', { rel: 'alternate', type: 'text/html', href: page.htmlUrl }),
  );
  for (const rel of ['first', 'previous', 'next'] as const) {
    const href = page.links[rel];
    if (href) lines.push(xmlEmpty('link', { rel, type: 'application/atom+xml', href }));
  }
  for (const article of page.articles) {
    const entryLang = articleLanguage(article);
    const parts: string[] = [
      xmlElement('id', article.id),
      xmlElement('title', articleTitle(article), { type: 'text' }),
      xmlElement('updated', toRfc3339(updatedDate(article))),
    ];
    const published = parseArticleDate(article.published);
    if (published) parts.push(xmlElement('published', toRfc3339(published)));
    const author = article.author ? oneLine(article.author) : '';
    // One <author> per person a byline names ("Rachel Kim and Tomás Herrera").
    if (author) for (const name of authorNames(author)) parts.push(`<author>${xmlElement('name', name)}</author>`);
    parts.push(xmlEmpty('link', { rel: 'alternate', type: 'text/html', href: articleUrl(article, baseUrl) }));
    for (const tag of articleTags(article)) {
      parts.push(
        xmlEmpty('category', {
          term: tag.slug,
          scheme: tag.scheme === 'topic' ? topicScheme(baseUrl) : entityScheme(baseUrl),
          label: tag.name,
        }),
      );
    }
    const summary = articleSummary(article);
    if (summary) parts.push(xmlElement('summary', summary, { type: 'text' }));
    parts.push(
      xmlElement('content', articleHtml(article, baseUrl), {
        type: 'html',
        'xml:lang': entryLang && entryLang !== language ? entryLang : undefined,
      }),
    );
    lines.push(`<entry>\n${parts.join('\n')}\n</entry>`);
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  next_url?: string;
  language?: string;
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_html: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string }[];
  tags?: string[];
  language?: string;
}

/** The value as a normalized absolute http(s) URL, or undefined. */
export function absoluteHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * JSON Feed 1.1 as `JSON.stringify` output (no BOM, no indentation). `date_published` follows the
 * same rule as RSS `pubDate` (published, else updated) so every format shows the same date.
 */
export function renderJsonFeed(page: FeedPage): string {
  const { baseUrl } = page;
  const language = feedLanguage(page);
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: oneLine(page.title),
    home_page_url: page.htmlUrl,
    feed_url: page.links.self,
    ...(oneLine(page.description) ? { description: oneLine(page.description) } : {}),
    ...(page.links.next ? { next_url: page.links.next } : {}),
    ...(language ? { language } : {}),
    items: page.articles.map((article) => {
      const author = article.author ? oneLine(article.author) : '';
      const summary = articleSummary(article);
      const tags = articleTags(article).map((t) => t.name);
      const itemLang = articleLanguage(article);
      const externalUrl = absoluteHttpUrl(article.url);
      const item: JsonFeedItem = {
        id: article.id,
        url: articleUrl(article, baseUrl),
        ...(externalUrl ? { external_url: externalUrl } : {}),
        title: articleTitle(article),
        content_html: articleHtml(article, baseUrl),
        ...(summary ? { summary } : {}),
        date_published: toRfc3339(publishedDate(article)),
        date_modified: toRfc3339(updatedDate(article)),
        ...(author ? { authors: authorNames(author).map((name) => ({ name })) } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(itemLang ? { language: itemLang } : {}),
      };
      return item;
    }),
  };
  return JSON.stringify(feed);
}
