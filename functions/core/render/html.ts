/**
 * The small HTML pages: the index ("/") and one page per article. HTML5, no JavaScript, inline CSS,
 * feed autodiscovery links. Everything that comes from an article is escaped for its context.
 */
import type { Article } from '../article.js';
import { entitySlugIn } from '../entity-names.js';
import { slugify } from '../slug.js';
import { articleHtml, articleSummary, articleTitle, articleUrl } from './content.js';
import { parseArticleDate, publishedDate, toRfc3339 } from './dates.js';
import { escapeHtml, oneLine } from './text.js';
import { FEED_MEDIA_TYPES, feedPath, type EntityKind, type FeedFormat, type FeedScope } from './urls.js';

export interface IndexPageInput {
  baseUrl: string;
  /** Newest first. */
  articles: Article[];
  topics: { name: string; slug: string; count?: number }[];
  entities: { name: string; slug: string; kind: EntityKind; count?: number }[];
  /** URL of the next (older) page of the index, if any. */
  nextUrl?: string;
  /** URL of the previous (newer) page of the index, if any. */
  previousUrl?: string;
}

const CSS = [
  // overflow-wrap: one unbroken word (an identifier, a bare URL) must not widen the page on a phone.
  'body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:42rem;padding:1rem;color:#222;background:#fff;overflow-wrap:break-word}',
  'a{color:#0645ad}',
  'h1{font-size:1.6rem;line-height:1.25}',
  'h2{font-size:1.25rem}',
  'img{max-width:100%;height:auto}',
  'pre{overflow-x:auto;background:#f6f6f6;padding:.5rem}',
  'table{border-collapse:collapse;display:block;overflow-x:auto}',
  'td,th{border:1px solid #ccc;padding:.25rem .5rem}',
  'blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc;color:#444}',
  '.meta{color:#555;font-size:.9rem}',
  // Label and value side by side: the default 40px indent of <dd> wastes a phone's width.
  'dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem}',
  'dl.meta dt{margin:0}',
  'dl.meta dd{margin:0}',
  '.feeds a{margin-right:.5rem}',
  'ul.articles{list-style:none;padding:0}',
  'ul.articles li{margin:0 0 1.25rem}',
  'ul.tags{padding-left:1.2rem}',
  'nav.pager{margin:2rem 0}',
].join('\n');

const FORMATS: readonly FeedFormat[] = ['atom', 'rss', 'json'];
const FORMAT_LABELS: Record<FeedFormat, string> = { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' };

interface Alternate {
  title: string;
  scope: FeedScope;
}

const attr = escapeHtml;

function layout(opts: { title: string; baseUrl: string; canonical?: string; alternates: Alternate[]; body: string; lang?: string }): string {
  const head: string[] = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(opts.title))}</title>`,
  ];
  if (opts.canonical) head.push(`<link rel="canonical" href="${attr(opts.canonical)}">`);
  for (const alt of opts.alternates) {
    for (const format of FORMATS) {
      head.push(
        `<link rel="alternate" type="${FEED_MEDIA_TYPES[format]}" title="${attr(`${oneLine(alt.title)} (${FORMAT_LABELS[format]})`)}" href="${attr(opts.baseUrl + feedPath(alt.scope, format))}">`,
      );
    }
  }
  head.push(`<style>\n${CSS}\n</style>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${attr(opts.lang ?? 'en')}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    opts.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function feedLinks(baseUrl: string, scope: FeedScope): string {
  return FORMATS.map(
    (format) => `<a href="${attr(baseUrl + feedPath(scope, format))}" type="${FEED_MEDIA_TYPES[format]}">${FORMAT_LABELS[format]}</a>`,
  ).join(' ');
}

function timeElement(date: Date, dateOnly: boolean): string {
  const iso = toRfc3339(date);
  return `<time datetime="${iso}">${dateOnly ? iso.slice(0, 10) : iso.replace('T', ' ').replace('Z', ' UTC')}</time>`;
}

function dateOf(article: Pick<Article, 'published' | 'updated'>): string {
  const dateOnly = article.published !== null && /^\d{4}-\d{2}-\d{2}$/.test(article.published.trim()) && parseArticleDate(article.published) !== null;
  return timeElement(publishedDate(article), dateOnly);
}

function byline(article: Article, baseUrl: string): string {
  const parts = [dateOf(article)];
  const author = article.author ? oneLine(article.author) : '';
  if (author) parts.push(`by ${escapeHtml(author)}`);
  const source = article.source ? oneLine(article.source) : '';
  if (source) parts.push(escapeHtml(source));
  const topicSlug = slugify(article.topic);
  if (topicSlug) {
    parts.push(`<a href="${attr(baseUrl + feedPath({ kind: 'topic', slug: topicSlug }, 'atom'))}">${escapeHtml(oneLine(article.topic))}</a>`);
  }
  return parts.join(' · ');
}

function listWithCounts(
  items: { name: string; slug: string; count?: number }[],
  baseUrl: string,
  scope: (slug: string) => FeedScope,
): string {
  const rows = items
    .filter((i) => i.slug !== '')
    .map((i) => {
      const count =
        i.count === undefined ? '' : ` <span class="meta count" title="${i.count} article${i.count === 1 ? '' : 's'}">(${i.count})</span>`;
      return `<li>${escapeHtml(oneLine(i.name))}${count} <span class="feeds">${feedLinks(baseUrl, scope(i.slug))}</span></li>`;
    });
  return rows.length > 0 ? `<ul class="tags">\n${rows.join('\n')}\n</ul>` : '<p class="meta">None yet.</p>';
}

function pager(input: Pick<IndexPageInput, 'nextUrl' | 'previousUrl'>): string {
  const links: string[] = [];
  if (input.previousUrl) links.push(`<a href="${attr(input.previousUrl)}" rel="prev">Newer articles</a>`);
  if (input.nextUrl) links.push(`<a href="${attr(input.nextUrl)}" rel="next">Older articles</a>`);
  return links.length > 0 ? `<nav class="pager">${links.join(' · ')}</nav>` : '';
}

/** The index page ("/"): newest articles, topics and entities with their feeds, a link to older articles. */
export function renderIndexPage(input: IndexPageInput): string {
  const { baseUrl } = input;
  const all: FeedScope = { kind: 'all' };
  const articles = input.articles.map((a) => {
    const summary = articleSummary(a);
    return [
      '<li>',
      `<h2><a href="${attr(articleUrl(a, baseUrl))}">${escapeHtml(articleTitle(a))}</a></h2>`,
      `<div class="meta">${byline(a, baseUrl)}</div>`,
      summary ? `<p>${escapeHtml(summary)}</p>` : '',
      '</li>',
    ]
      .filter((s) => s !== '')
      .join('\n');
  });
  const entityKinds: { kind: EntityKind; label: string }[] = [
    { kind: 'people', label: 'People' },
    { kind: 'places', label: 'Places' },
    { kind: 'organizations', label: 'Organizations' },
  ];
  const body = [
    '<header>',
    '<h1>dropfeed</h1>',
    `<p class="feeds">All articles: ${feedLinks(baseUrl, all)} · <a href="${attr(`${baseUrl}/opml.xml`)}">OPML</a></p>`,
    '</header>',
    '<main>',
    articles.length > 0 ? `<ul class="articles">\n${articles.join('\n')}\n</ul>` : '<p>No articles yet.</p>',
    pager(input),
    '</main>',
    '<aside>',
    '<h2>Topics</h2>',
    listWithCounts(input.topics, baseUrl, (slug) => ({ kind: 'topic', slug })),
    ...entityKinds.flatMap(({ kind, label }) => {
      const items = input.entities.filter((e) => e.kind === kind);
      return items.length > 0
        ? [`<h2>${label}</h2>`, listWithCounts(items, baseUrl, (slug) => ({ kind: 'entity', slug }))]
        : [];
    }),
    '</aside>',
  ]
    .filter((s) => s !== '')
    .join('\n');
  return layout({ title: 'dropfeed', baseUrl, canonical: `${baseUrl}/`, alternates: [{ title: 'dropfeed — all articles', scope: all }], body });
}

function tagLinks(article: Article, names: string[], baseUrl: string): string {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const raw of names) {
    const name = oneLine(raw);
    const slug = entitySlugIn(article, raw);
    if (!name || !slug || seen.has(slug)) continue;
    seen.add(slug);
    links.push(`<a href="${attr(baseUrl + feedPath({ kind: 'entity', slug }, 'atom'))}">${escapeHtml(name)}</a>`);
  }
  return links.join(', ');
}

/** One article's page ("/articles/<hex>"): title, metadata with links to topic and entity feeds, sanitized body. */
export function renderArticlePage(article: Article, baseUrl: string): string {
  const title = articleTitle(article);
  const topicSlug = slugify(article.topic);
  const meta: string[] = [];
  const row = (label: string, value: string): void => {
    if (value) meta.push(`<dt>${label}</dt><dd>${value}</dd>`);
  };
  row('Published', dateOf(article));
  row('Author', article.author ? escapeHtml(oneLine(article.author)) : '');
  row('Source', article.source ? escapeHtml(oneLine(article.source)) : '');
  let sourceHref: string | undefined;
  if (article.url) {
    try {
      const u = new URL(article.url);
      if (u.protocol === 'http:' || u.protocol === 'https:') sourceHref = u.href;
    } catch {
      // not a usable link: the page simply does not show one
    }
  }
  row('Original', sourceHref ? `<a href="${attr(sourceHref)}" rel="nofollow noopener">${escapeHtml(sourceHref)}</a>` : '');
  row(
    'Topic',
    topicSlug
      ? `<a href="${attr(baseUrl + feedPath({ kind: 'topic', slug: topicSlug }, 'atom'))}">${escapeHtml(oneLine(article.topic))}</a>`
      : '',
  );
  row('People', tagLinks(article, article.entities.people, baseUrl));
  row('Places', tagLinks(article, article.entities.places, baseUrl));
  row('Organizations', tagLinks(article, article.entities.organizations, baseUrl));
  row('Keywords', article.keywords.map((k) => escapeHtml(oneLine(k))).filter((k) => k !== '').join(', '));
  const alternates: Alternate[] = [{ title: 'dropfeed — all articles', scope: { kind: 'all' } }];
  if (topicSlug) alternates.push({ title: `dropfeed — topic: ${oneLine(article.topic)}`, scope: { kind: 'topic', slug: topicSlug } });
  const body = [
    `<header><p class="meta"><a href="${attr(`${baseUrl}/`)}">dropfeed</a></p></header>`,
    '<main>',
    '<article>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="meta">\n${meta.join('\n')}\n</dl>`,
    articleHtml(article, baseUrl),
    '</article>',
    '</main>',
  ].join('\n');
  const lang = article.language && article.language !== 'und' ? article.language : 'en';
  return layout({ title, baseUrl, canonical: articleUrl(article, baseUrl), alternates, body, lang });
}

/** A minimal error page (no article data in it beyond the escaped message). */
export function renderErrorPage(status: number, message: string): string {
  const title = `${status} ${oneLine(message)}`;
  return layout({
    title,
    baseUrl: '',
    alternates: [],
    body: `<main>\n<h1>${escapeHtml(title)}</h1>\n<p><a href="/">Back to dropfeed</a></p>\n</main>`,
  });
}
