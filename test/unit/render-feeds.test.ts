import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../functions/core/article.js';
import {
  articlePath,
  cleanText,
  renderAtom,
  renderJsonFeed,
  renderRss,
  sanitizeHtml,
  toRfc822,
  type FeedPage,
} from '../../functions/core/render/index.js';
import { fixtureArticles, makeArticle } from '../fixtures/render/factory.js';
import { unsafeHtmlFindings } from '../fixtures/render/html-check.js';
import type { JsonFeed } from '../../functions/core/render/index.js';
import { child, findAll, hostileString, makeRandom, parseXml, type XmlNode } from '../fixtures/render/xml-check.js';

const BASE = 'http://127.0.0.1:3000';

function page(articles: Article[], links: FeedPage['links'] = { self: `${BASE}/feed.rss` }): FeedPage {
  return {
    baseUrl: BASE,
    feedId: 'urn:dropfeed:feed:all',
    title: 'dropfeed — all articles',
    description: 'Every article',
    htmlUrl: `${BASE}/`,
    links,
    articles,
  };
}

const oneLine = (s: string): string => cleanText(s).replace(/\s+/g, ' ').trim();
const text = (n: XmlNode | undefined): string => n?.text ?? '';

afterEach(() => {
  vi.useRealTimers();
});

/** Day of week by Zeller's congruence (independent of Date): 0 = Sunday. */
function zellerWeekday(y: number, m: number, d: number): number {
  const mm = m < 3 ? m + 12 : m;
  const yy = m < 3 ? y - 1 : y;
  const k = yy % 100;
  const j = Math.floor(yy / 100);
  const h = (d + Math.floor((13 * (mm + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7;
  return (h + 6) % 7;
}

describe('RFC 822 dates', () => {
  it('formats known dates with the right weekday', () => {
    expect(toRfc822(new Date('1970-01-01T00:00:00Z'))).toBe('Thu, 01 Jan 1970 00:00:00 +0000');
    expect(toRfc822(new Date('2000-01-01T12:34:56Z'))).toBe('Sat, 01 Jan 2000 12:34:56 +0000');
    expect(toRfc822(new Date('2024-02-29T23:59:59Z'))).toBe('Thu, 29 Feb 2024 23:59:59 +0000');
    expect(toRfc822(new Date('2026-11-21T16:06:18Z'))).toBe('Sat, 21 Nov 2026 16:06:18 +0000');
  });

  it('property: the weekday always matches the date (checked by Zeller)', () => {
    const random = makeRandom(822);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    for (let i = 0; i < 5000; i++) {
      const ms = Math.floor(random() * Date.UTC(2200, 0, 1));
      const d = new Date(ms);
      const out = toRfc822(d);
      const m = /^(\w{3}), (\d{2}) (\w{3}) (\d{4}) \d{2}:\d{2}:\d{2} \+0000$/.exec(out);
      expect(m, out).not.toBeNull();
      const [, dow, day, , year] = m as RegExpExecArray;
      expect(dow).toBe(days[zellerWeekday(Number(year), d.getUTCMonth() + 1, Number(day))]);
    }
  });

  it('uses published for pubDate, a date-only published meaning 00:00:00 UTC, and an offset converted to UTC', () => {
    const rss = parseXml(
      renderRss(
        page([
          makeArticle({ id: 'urn:dropfeed:article:01', published: '2024-02-29', updated: '2024-03-02T10:00:00Z' }),
          makeArticle({ id: 'urn:dropfeed:article:02', published: '2026-11-20T09:30:00+01:00' }),
          makeArticle({ id: 'urn:dropfeed:article:03', published: null, updated: '2026-01-01T05:06:07Z' }),
          makeArticle({ id: 'urn:dropfeed:article:04', published: '2024-02-31', updated: '2025-06-15T00:00:00Z' }),
        ]),
      ),
    );
    expect(findAll(rss, 'pubDate').map(text)).toEqual([
      'Thu, 29 Feb 2024 00:00:00 +0000',
      'Fri, 20 Nov 2026 08:30:00 +0000',
      'Thu, 01 Jan 2026 05:06:07 +0000',
      'Sun, 15 Jun 2025 00:00:00 +0000',
    ]);
  });
});

describe('determinism', () => {
  it('identical input gives identical bytes, whatever the clock says', () => {
    const articles = fixtureArticles();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = [renderRss(page(articles)), renderAtom(page(articles)), renderJsonFeed(page(articles))];
    vi.setSystemTime(new Date('2031-06-06T06:06:06Z'));
    const again = [
      renderRss(page(structuredClone(articles))),
      renderAtom(page(structuredClone(articles))),
      renderJsonFeed(page(structuredClone(articles))),
    ];
    expect(again).toEqual(first);
    for (const out of first) {
      expect(out).not.toContain('2030');
      expect(out).not.toContain('2031');
    }
  });

  it('the feed date is the newest article update, or the epoch when empty', () => {
    const articles = [
      makeArticle({ id: 'urn:dropfeed:article:01', updated: '2026-11-19T00:00:00Z' }),
      makeArticle({ id: 'urn:dropfeed:article:02', updated: '2026-11-21T08:00:00Z' }),
    ];
    expect(text(child(child(parseXml(renderRss(page(articles))), 'channel') as XmlNode, 'lastBuildDate'))).toBe(
      'Sat, 21 Nov 2026 08:00:00 +0000',
    );
    expect(text(child(parseXml(renderAtom(page(articles))), 'updated'))).toBe('2026-11-21T08:00:00Z');
    expect(text(child(child(parseXml(renderRss(page([]))), 'channel') as XmlNode, 'lastBuildDate'))).toBe(
      'Thu, 01 Jan 1970 00:00:00 +0000',
    );
    expect(text(child(parseXml(renderAtom(page([]))), 'updated'))).toBe('1970-01-01T00:00:00Z');
  });
});

describe('RSS 2.0', () => {
  const articles = fixtureArticles();
  const rss = parseXml(renderRss(page(articles, { self: `${BASE}/feed.rss`, first: `${BASE}/feed.rss`, next: `${BASE}/feed.rss?cursor=a&limit=2`, previous: `${BASE}/feed.rss?before=b` })));
  const channel = child(rss, 'channel') as XmlNode;
  const items = findAll(channel, 'item');

  it('declares the namespaces and version', () => {
    expect(rss.attrs).toEqual({
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    });
    expect(text(child(channel, 'link'))).toBe(`${BASE}/`);
    expect(text(child(channel, 'generator'))).toBe('dropfeed');
  });

  it('has self and paging links (RFC 5005), query strings escaped', () => {
    const links = channel.children.filter((c) => c.name === 'atom:link').map((l) => [l.attrs.rel, l.attrs.href]);
    expect(links).toEqual([
      ['self', `${BASE}/feed.rss`],
      ['first', `${BASE}/feed.rss`],
      ['previous', `${BASE}/feed.rss?before=b`],
      ['next', `${BASE}/feed.rss?cursor=a&limit=2`],
    ]);
  });

  it('omits paging links that are not given', () => {
    const only = child(parseXml(renderRss(page(articles))), 'channel') as XmlNode;
    expect(only.children.filter((c) => c.name === 'atom:link').map((l) => l.attrs.rel)).toEqual(['self']);
  });

  it('items link to the HTML page with a non-permalink guid and dc:creator, never <author>', () => {
    expect(items).toHaveLength(articles.length);
    items.forEach((item, i) => {
      const a = articles[i] as Article;
      expect(text(child(item, 'link'))).toBe(BASE + articlePath(a));
      expect(child(item, 'guid')?.attrs).toEqual({ isPermaLink: 'false' });
      expect(text(child(item, 'guid'))).toBe(a.id);
      // Both elements on one item is a W3C validator warning, and <author> must be an email address.
      expect(child(item, 'author')).toBeUndefined();
      if (a.author) expect(text(child(item, 'dc:creator'))).toBe(oneLine(a.author));
      else expect(child(item, 'dc:creator')).toBeUndefined();
    });
    expect(findAll(channel, 'dc:creator').length).toBeGreaterThan(0);
  });

  it('categories carry a domain for topics and entities', () => {
    const cats = findAll(items[0] as XmlNode, 'category').map((c) => [c.attrs.domain, c.text]);
    expect(cats).toEqual([
      [`${BASE}/topics/`, 'World'],
      [`${BASE}/entities/`, 'François Hollande'],
      [`${BASE}/entities/`, 'Vladimir Putin'],
      [`${BASE}/entities/`, 'Moscow'],
      [`${BASE}/entities/`, 'Syria'],
      [`${BASE}/entities/`, 'Islamic State'],
    ]);
  });

  it('drops entities whose slug is empty and repeats none; a name in its own script has its feed', () => {
    const a = makeArticle({ entities: { people: ['Ann Lee', 'Ann  Lee'], places: ['北京', '★'], organizations: ['ann lee'] } });
    const cats = findAll(parseXml(renderRss(page([a]))), 'category');
    expect(cats.map((c) => c.text)).toEqual(['World', 'Ann Lee', '北京']);
    expect(cats[2]?.attrs.domain).toMatch(/\/entities\/$/);
  });

  it('description is the summary as escaped text; content:encoded the sanitized HTML', () => {
    const item = items[1] as XmlNode; // the AT&T article: plain-text body, markup in its text
    // After XML decoding, the description is HTML whose text is the summary.
    expect(text(child(item, 'description'))).toBe('AT&amp;T reported &lt;b&gt;revenue&lt;/b&gt; of $30bn ]]&gt; more text.');
    expect(text(child(item, 'content:encoded'))).toBe(
      '<p>AT&amp;T reported &lt;b&gt;revenue&lt;/b&gt; of $30bn ]]&gt; more text.</p>\n<p>Analysts said 5 &lt; 6 &amp;&amp; 7 &gt; 3.</p>',
    );
  });

  it('an HTML body is sanitized and its relative links made absolute against the source URL', () => {
    const content = text(child(items[0] as XmlNode, 'content:encoded'));
    expect(content).toContain('<a href="https://news.example.com/people/hollande">');
    expect(content).toContain('<img src="https://news.example.com/img/meeting.jpg" alt="The meeting" />');
    expect(content).toContain('<h2>Talks</h2>');
  });

  it('hostile titles, authors and bodies stay text; no active content survives', () => {
    const hostile = items[2] as XmlNode;
    expect(text(child(hostile, 'title'))).toBe("<script>alert('xss')</script>Hostile control chars and here");
    expect(text(child(hostile, 'dc:creator'))).toBe('Mallory <img src=x onerror=alert(1)>');
    const content = text(child(hostile, 'content:encoded'));
    expect(content).not.toMatch(/<script|javascript:|onerror|onclick|<iframe|<style|style=|data:/i);
    expect(content).toContain('<a href="mailto:tips@example.com">mail</a>');
  });
});

describe('content fallbacks', () => {
  it('an article without body or summary still has content (its title) and a title', () => {
    const a = makeArticle({ title: ' \u0000 ', body: '', bodyHtml: '<script>x</script>', summary: '' });
    const json = JSON.parse(renderJsonFeed(page([a]))) as JsonFeed;
    expect(json.items[0]?.title).toBe('Untitled');
    expect(json.items[0]?.content_html).toBe('<p>Untitled</p>');
    expect(json.items[0]).not.toHaveProperty('summary');
    const item = findAll(parseXml(renderRss(page([a]))), 'item')[0] as XmlNode;
    expect(text(child(item, 'content:encoded'))).toBe('<p>Untitled</p>');
    expect(child(item, 'description')).toBeUndefined();
  });

  it('a summary falls back to the start of the body', () => {
    const body = `${'word '.repeat(100)}end`;
    const json = JSON.parse(renderJsonFeed(page([makeArticle({ summary: '', body })]))) as JsonFeed;
    expect(json.items[0]?.summary).toMatch(/^(word ){40,}.*…$/);
    expect((json.items[0]?.summary ?? '').length).toBeLessThanOrEqual(301);
  });
});

describe('Atom 1.0', () => {
  const articles = fixtureArticles();
  const feed = parseXml(renderAtom(page(articles, { self: `${BASE}/feed.atom`, next: `${BASE}/feed.atom?cursor=x&y=1` })));
  const entries = findAll(feed, 'entry');

  it('has id, text title, updated, a feed author, self/alternate/paging links', () => {
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(child(feed, 'id'))).toBe('urn:dropfeed:feed:all');
    expect(child(feed, 'title')?.attrs.type).toBe('text');
    expect(text(child(child(feed, 'author') as XmlNode, 'name'))).toBe('dropfeed');
    const links = feed.children.filter((c) => c.name === 'link').map((l) => l.attrs);
    expect(links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${BASE}/feed.atom` },
      { rel: 'alternate', type: 'text/html', href: `${BASE}/` },
      { rel: 'next', type: 'application/atom+xml', href: `${BASE}/feed.atom?cursor=x&y=1` },
    ]);
  });

  it('entries: id, plain title, RFC 3339 dates, author when known, alternate link, categories, summary, html content', () => {
    const e = entries[0] as XmlNode;
    expect(text(child(e, 'id'))).toBe('urn:dropfeed:article:a1b2c3d4e5f60718');
    expect(text(child(e, 'updated'))).toBe('2026-11-20T12:00:00Z');
    expect(text(child(e, 'published'))).toBe('2026-11-20T08:30:00Z');
    expect(text(child(child(e, 'author') as XmlNode, 'name'))).toBe('Jane Smith');
    expect(child(e, 'link')?.attrs).toEqual({ rel: 'alternate', type: 'text/html', href: `${BASE}/articles/a1b2c3d4e5f60718` });
    expect(findAll(e, 'category')[1]?.attrs).toEqual({ term: 'francois-hollande', scheme: `${BASE}/entities/`, label: 'François Hollande' });
    expect(findAll(e, 'category')[0]?.attrs).toEqual({ term: 'world', scheme: `${BASE}/topics/`, label: 'World' });
    expect(child(e, 'summary')?.attrs.type).toBe('text');
    expect(child(e, 'content')?.attrs.type).toBe('html');
    // No author known: the entry inherits the feed's.
    expect(child(entries[3] as XmlNode, 'author')).toBeUndefined();
    // No published date: no <published>.
    expect(child(entries[4] as XmlNode, 'published')).toBeUndefined();
    expect(text(child(entries[1] as XmlNode, 'published'))).toBe('2026-11-19T00:00:00Z');
  });

  it('titles are plain text, so markup in them is escaped once and decodes to the original', () => {
    expect(text(child(entries[1] as XmlNode, 'title'))).toBe(`Q3 results: AT&T <beats> "estimates" & 'guidance' ]]> again`);
  });

  it('marks entries in another language than the feed', () => {
    expect(feed.attrs['xml:lang']).toBe('en');
    expect(child(entries[4] as XmlNode, 'content')?.attrs['xml:lang']).toBe('es');
    expect(child(entries[0] as XmlNode, 'content')?.attrs['xml:lang']).toBeUndefined();
  });
});

describe('JSON Feed 1.1', () => {
  const articles = fixtureArticles();
  const raw = renderJsonFeed(page(articles, { self: `${BASE}/feed.json`, next: `${BASE}/feed.json?cursor=z` }));
  const doc = JSON.parse(raw) as JsonFeed;

  it('is JSON.stringify output with the 1.1 version and absolute URLs', () => {
    expect(raw.charCodeAt(0)).toBe(0x7b);
    expect(raw).toBe(JSON.stringify(doc));
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.home_page_url).toBe(`${BASE}/`);
    expect(doc.feed_url).toBe(`${BASE}/feed.json`);
    expect(doc.next_url).toBe(`${BASE}/feed.json?cursor=z`);
    expect(doc.language).toBe('en');
    for (const item of doc.items) expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/articles\/[0-9a-f]+$/);
  });

  it('items carry id, title, content_html, summary, dates, authors, tags, language', () => {
    const item = doc.items[0];
    expect(item).toMatchObject({
      id: 'urn:dropfeed:article:a1b2c3d4e5f60718',
      title: 'Hollande meets Putin in Moscow over Syria',
      date_published: '2026-11-20T08:30:00Z',
      date_modified: '2026-11-20T12:00:00Z',
      authors: [{ name: 'Jane Smith' }],
      tags: ['World', 'François Hollande', 'Vladimir Putin', 'Moscow', 'Syria', 'Islamic State'],
      language: 'en',
    });
    expect(item?.content_html).toContain('<h2>Talks</h2>');
    expect(doc.items[3]?.authors).toBeUndefined();
    expect(doc.items[4]?.date_published).toBe('2026-01-01T00:00:00Z');
  });

  it('omits next_url when there is no next page', () => {
    expect(JSON.parse(renderJsonFeed(page(articles))) as JsonFeed).not.toHaveProperty('next_url');
  });
});

describe('property: hostile articles', () => {
  it('RSS and Atom stay well-formed, JSON parses, and all three show the same titles, ids, tags and authors', () => {
    const random = makeRandom(4287);
    for (let round = 0; round < 150; round++) {
      const articles: Article[] = [];
      for (let i = 0; i < 3; i++) {
        articles.push(
          makeArticle({
            id: `urn:dropfeed:article:${round.toString(16)}${i}`,
            title: hostileString(random),
            author: random() < 0.5 ? hostileString(random, 3) : null,
            source: hostileString(random, 3),
            url: random() < 0.5 ? hostileString(random, 2) : 'https://example.com/a/b',
            summary: hostileString(random),
            body: `${hostileString(random)}\n\n${hostileString(random)}`,
            bodyHtml: random() < 0.6 ? hostileString(random, 16) : null,
            topic: hostileString(random, 2),
            entities: { people: [hostileString(random, 2)], places: [hostileString(random, 2)], organizations: [] },
            published: random() < 0.5 ? hostileString(random, 2) : '2026-02-03',
          }),
        );
      }
      const p = page(articles, { self: `${BASE}/feed?x=${hostileString(random, 2)}&y=<>` });
      const rssOut = renderRss(p);
      const atomOut = renderAtom(p);
      let rss: XmlNode;
      let atom: XmlNode;
      try {
        rss = parseXml(rssOut);
        atom = parseXml(atomOut);
      } catch (error) {
        throw new Error(`round ${round}: ${(error as Error).message}\n${JSON.stringify(articles)}`);
      }
      const json = JSON.parse(renderJsonFeed(p)) as JsonFeed;
      const rssItems = findAll(rss, 'item');
      const atomEntries = findAll(atom, 'entry');
      expect(rssItems.map((i) => text(child(i, 'title')))).toEqual(json.items.map((i) => i.title));
      expect(atomEntries.map((e) => text(child(e, 'title')))).toEqual(json.items.map((i) => i.title));
      expect(json.items.map((i) => i.title)).toEqual(articles.map((a) => oneLine(a.title) || 'Untitled'));
      expect(atomEntries.map((e) => text(child(e, 'id')))).toEqual(articles.map((a) => a.id));
      rssItems.forEach((item, i) => {
        const jsonTags = json.items[i]?.tags ?? [];
        expect(findAll(item, 'category').map((c) => c.text)).toEqual(jsonTags);
        expect(findAll(atomEntries[i] as XmlNode, 'category').map((c) => c.attrs.label)).toEqual(jsonTags);
        // The same authors in every format.
        const jsonAuthors = json.items[i]?.authors ?? [];
        expect(findAll(item, 'dc:creator').map((c) => c.text)).toEqual(jsonAuthors.map((a) => a.name));
        expect(findAll(atomEntries[i] as XmlNode, 'author')).toHaveLength(jsonAuthors.length);
        expect(text(child(item, 'pubDate'))).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
        const html = text(child(item, 'content:encoded'));
        expect(html).toBe(text(child(atomEntries[i] as XmlNode, 'content')));
        expect(html).toBe(json.items[i]?.content_html);
        expect(html).not.toMatch(/<script|<iframe|<[^>]+\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*javascript:/i);
        expect(unsafeHtmlFindings(html)).toEqual([]);
        // Sanitizing again changes nothing: the content is already in its canonical safe form.
        expect(sanitizeHtml(html, BASE)).toBe(html);
      });
    }
  });
});

describe('several authors', () => {
  it('are listed one by one in RSS, Atom and JSON Feed; a byline that is not a list of names stays whole', () => {
    const two = makeArticle({ id: 'urn:dropfeed:article:two-authors', author: 'Rachel Kim and Tomás Herrera' });
    const desk = makeArticle({ id: 'urn:dropfeed:article:desk', author: 'Science and Health Desk' });
    const json = JSON.parse(renderJsonFeed(page([two, desk]))) as JsonFeed;
    expect(json.items[0]!.authors).toEqual([{ name: 'Rachel Kim' }, { name: 'Tomás Herrera' }]);
    expect(json.items[1]!.authors).toEqual([{ name: 'Science and Health Desk' }]);
    const atom = renderAtom(page([two]));
    expect(atom).toMatch(/<author><name>Rachel Kim<\/name><\/author>\s*<author><name>Tomás Herrera<\/name><\/author>/);
    expect(renderRss(page([two]))).toMatch(/<dc:creator>Rachel Kim<\/dc:creator>\s*<dc:creator>Tomás Herrera<\/dc:creator>/);
  });
});
