import { describe, expect, it } from 'vitest';
import {
  articlePath,
  renderArticlePage,
  renderErrorPage,
  renderIndexPage,
  renderOpml,
  toApiArticle,
} from '../../functions/core/render/index.js';
import { fixtureArticles, makeArticle } from '../fixtures/render/factory.js';
import { parseDom, type MiniDocument } from '../fixtures/render/html-check.js';
import { parseXml, findAll } from '../fixtures/render/xml-check.js';

const BASE = 'http://127.0.0.1:3000';

const dom = parseDom;

/** Every script-capable construct a page could carry. */
function activeContent(doc: MiniDocument): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'form', 'base'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}@${attr.name}`);
      if ((attr.name === 'href' || attr.name === 'src') && !/^(https?:|mailto:)/i.test(attr.value)) found.push(`${tag}@${attr.name}=${attr.value}`);
    }
  }
  return found;
}

const alternates = (doc: MiniDocument): string[][] =>
  Array.from(doc.querySelectorAll('link[rel="alternate"]')).map((l) => [l.getAttribute('type') ?? '', l.getAttribute('href') ?? '']);

describe('articlePath', () => {
  it('maps urn ids to /articles/<hex>', () => {
    expect(articlePath({ id: 'urn:dropfeed:article:a1B2c3' })).toBe('/articles/a1b2c3');
  });

  it('keeps any other id inside one escaped path segment', () => {
    expect(articlePath({ id: '../x/<y>' })).toBe('/articles/..%2Fx%2F%3Cy%3E');
  });
});

describe('renderIndexPage', () => {
  const articles = fixtureArticles();
  const html = renderIndexPage({
    baseUrl: BASE,
    articles,
    topics: [
      { name: 'World', slug: 'world', count: 3 },
      { name: 'Sci/Tech', slug: 'sci-tech' },
    ],
    entities: [
      { name: 'François Hollande', slug: 'francois-hollande', kind: 'people', count: 2 },
      { name: '<b>Evil</b> Corp', slug: 'b-evil-b-corp', kind: 'organizations' },
    ],
    nextUrl: `${BASE}/?cursor=abc&x="><script>`,
  });
  const doc = dom(html);

  it('is an HTML5 page with a viewport, inline CSS and no JavaScript', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(doc.querySelector('style')).not.toBeNull();
    expect(activeContent(doc)).toEqual([]);
  });

  it('advertises the three all-articles feeds', () => {
    expect(alternates(doc)).toEqual([
      ['application/atom+xml', `${BASE}/feed.atom`],
      ['application/rss+xml', `${BASE}/feed.rss`],
      ['application/feed+json', `${BASE}/feed.json`],
    ]);
  });

  it('links every article page and the topic and entity feeds', () => {
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    for (const a of articles) expect(hrefs).toContain(BASE + articlePath(a));
    expect(hrefs).toContain(`${BASE}/topics/world/feed.atom`);
    expect(hrefs).toContain(`${BASE}/topics/sci-tech/feed.json`);
    expect(hrefs).toContain(`${BASE}/entities/francois-hollande/feed.rss`);
    expect(hrefs).toContain(`${BASE}/?cursor=abc&x="><script>`);
  });

  it('shows each topic and entity article count next to its name, when known', () => {
    const rows = Array.from(doc.querySelectorAll('aside li')).map((li) => [
      (li.textContent ?? '')
        .replace(li.querySelector('.feeds')?.textContent ?? '', '')
        .replace(li.querySelector('.count')?.textContent ?? '', '')
        .trim(),
      li.querySelector('.count')?.textContent ?? null,
      li.querySelector('.count')?.getAttribute('title') ?? null,
    ]);
    expect(rows).toEqual([
      ['World', '(3)', '3 articles'],
      ['Sci/Tech', null, null],
      ['François Hollande', '(2)', '2 articles'],
      ['<b>Evil</b> Corp', null, null],
    ]);
  });

  it('links older and newer pages only when they exist', () => {
    const pager = (input: { nextUrl?: string; previousUrl?: string }) =>
      Array.from(dom(renderIndexPage({ baseUrl: BASE, articles, topics: [], entities: [], ...input })).querySelectorAll('nav.pager a')).map(
        (a) => [a.getAttribute('rel'), a.getAttribute('href'), a.textContent],
      );
    expect(pager({})).toEqual([]);
    expect(pager({ nextUrl: `${BASE}/?cursor=n` })).toEqual([['next', `${BASE}/?cursor=n`, 'Older articles']]);
    expect(pager({ previousUrl: `${BASE}/?cursor=p` })).toEqual([['prev', `${BASE}/?cursor=p`, 'Newer articles']]);
    expect(pager({ nextUrl: `${BASE}/?cursor=n`, previousUrl: `${BASE}/?cursor=p&x="><i>` })).toEqual([
      ['prev', `${BASE}/?cursor=p&x="><i>`, 'Newer articles'],
      ['next', `${BASE}/?cursor=n`, 'Older articles'],
    ]);
  });

  it('shows hostile titles and names as text', () => {
    const titles = Array.from(doc.querySelectorAll('ul.articles h2')).map((h) => h.textContent);
    expect(titles).toContain("<script>alert('xss')</script>Hostile control chars and here");
    expect(doc.body.textContent).toContain('<b>Evil</b> Corp');
  });

  it('is deterministic', () => {
    expect(renderIndexPage({ baseUrl: BASE, articles: fixtureArticles(), topics: [], entities: [] })).toBe(
      renderIndexPage({ baseUrl: BASE, articles: fixtureArticles(), topics: [], entities: [] }),
    );
  });
});

describe('renderArticlePage', () => {
  it('shows title, metadata, entity and topic feed links, keywords and the sanitized body', () => {
    const [article] = fixtureArticles();
    const doc = dom(renderArticlePage(article as NonNullable<typeof article>, BASE));
    expect(doc.querySelector('h1')?.textContent).toBe('Hollande meets Putin in Moscow over Syria');
    expect(doc.querySelector('title')?.textContent).toBe('Hollande meets Putin in Moscow over Syria');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T08:30:00Z');
    const dl = doc.querySelector('dl')?.textContent ?? '';
    for (const s of ['Jane Smith', 'The Daily Example', 'World', 'Moscow', 'Islamic State', 'coalition, Moscow talks']) expect(dl).toContain(s);
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${BASE}/entities/francois-hollande/feed.atom`);
    expect(hrefs).toContain(`${BASE}/entities/islamic-state/feed.atom`);
    expect(hrefs).toContain(`${BASE}/topics/world/feed.atom`);
    expect(hrefs).toContain('https://news.example.com/world/hollande-putin');
    expect(doc.querySelector('article h2')?.textContent).toBe('Talks');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/articles/a1b2c3d4e5f60718`);
    expect(alternates(doc)).toContainEqual(['application/atom+xml', `${BASE}/topics/world/feed.atom`]);
  });

  it('neutralizes a hostile article', () => {
    const hostile = fixtureArticles()[2];
    const html = renderArticlePage(hostile as NonNullable<typeof hostile>, BASE);
    const doc = dom(html);
    expect(activeContent(doc)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toBe("<script>alert('xss')</script>Hostile control chars and here");
    expect(doc.querySelector('dl')?.textContent).toContain('Mallory <img src=x onerror=alert(1)>');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // The javascript: source URL is not offered as a link.
    expect(html).not.toContain('javascript:');
  });

  it('uses the article language for the page', () => {
    expect(renderArticlePage(makeArticle({ language: 'fr' }), BASE)).toContain('<html lang="fr">');
    expect(renderArticlePage(makeArticle({ language: 'und' }), BASE)).toContain('<html lang="en">');
  });
});

describe('renderErrorPage', () => {
  it('escapes the message', () => {
    const doc = dom(renderErrorPage(404, '<script>x</script> not found'));
    expect(doc.querySelector('h1')?.textContent).toBe('404 <script>x</script> not found');
    expect(activeContent(doc).filter((f) => !f.startsWith('a@href=/'))).toEqual([]);
  });
});

describe('renderOpml', () => {
  it('lists the all-articles feed and one feed per topic, escaped, well-formed', () => {
    const opml = parseXml(renderOpml({ baseUrl: BASE, topics: [{ name: 'World', slug: 'world' }, { name: 'R&D <Lab>', slug: 'r-d-lab' }, { name: '北京', slug: '' }] }));
    expect(opml.attrs.version).toBe('2.0');
    expect(findAll(opml, 'outline').map((o) => [o.attrs.text, o.attrs.xmlUrl])).toEqual([
      ['dropfeed — all articles', `${BASE}/feed.atom`],
      ['Topics', undefined],
      ['dropfeed — topic: World', `${BASE}/topics/world/feed.atom`],
      ['dropfeed — topic: R&D <Lab>', `${BASE}/topics/r-d-lab/feed.atom`],
    ]);
  });
});

describe('toApiArticle', () => {
  it('maps every field, with the HTML page URL and a topic slug', () => {
    const [article] = fixtureArticles();
    const a = article as NonNullable<typeof article>;
    const api = toApiArticle(a, BASE);
    expect(Object.keys(api)).toEqual([
      'id', 'key', 'url', 'sourceUrl', 'title', 'published', 'updated', 'author', 'source', 'summary', 'body',
      'bodyHtml', 'wordCount', 'language', 'topic', 'topicSlug', 'topicConfidence', 'entities', 'entitySlugs', 'keywords', 'format',
    ]);
    expect(api).toMatchObject({
      id: a.id,
      url: `${BASE}/articles/a1b2c3d4e5f60718`,
      sourceUrl: 'https://news.example.com/world/hollande-putin',
      topic: 'World',
      topicSlug: 'world',
      entities: { people: ['François Hollande', 'Vladimir Putin'], places: ['Moscow', 'Syria'], organizations: ['Islamic State'] },
      entitySlugs: { 'François Hollande': 'francois-hollande', 'Vladimir Putin': 'vladimir-putin', Moscow: 'moscow', Syria: 'syria', 'Islamic State': 'islamic-state' },
      keywords: ['coalition', 'Moscow talks'],
      format: 'html',
    });
    expect(api).not.toHaveProperty('contentHash');
  });

  it('gives a root-relative URL without a base, and copies arrays', () => {
    const a = makeArticle({ topic: 'Sci/Tech', entities: { people: ['Ann'], places: [], organizations: [] } });
    const api = toApiArticle(a);
    expect(api.url).toBe('/articles/00000000000000aa');
    expect(api.topicSlug).toBe('sci-tech');
    api.entities.people.push('Bob');
    expect(a.entities.people).toEqual(['Ann']);
  });
});
