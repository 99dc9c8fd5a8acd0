import { describe, expect, it } from 'vitest';
import { isSummaryLabel, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor, cleanAuthor } from '../../functions/core/clean/byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

const blank = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);

describe('bylines', () => {
  it('ends a name set in capitals with them, whatever the line under it added', () => {
    expect(cleanAuthor('By JOSIE VARNELL-OKITKUN Ledger sports editor', null)).toBe('Josie Varnell-Okitkun');
    // One word in capitals before a name in title case is a surname written first.
    expect(cleanAuthor('By ADRIKO Francis', null)?.toLowerCase()).toBe('adriko francis');
  });

  it('reads the Polish "Przez" of a theme’s byline, and not a sentence opening on the word', () => {
    expect(bylineAuthor('Przez Dominika Kolasa - 19 marca 2026', null)).toBe('Dominika Kolasa');
    expect(bylineAuthor('Przez trzy lata', null)).toBeNull();
  });
});

describe('an HTML page’s headline, date and writer', () => {
  const substack = (credit: string): string => `<!doctype html><html><head><title>Hunters make it five - by Kora Tau</title>
<meta property="og:title" content="Hunters make it five in a row">
<meta name="author" content="Kora Tau">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hunters make it five in a row","datePublished":"2026-07-04T19:10:00+00:00","author":[{"@type":"Person","name":"Kora Tau"}],"publisher":{"@type":"Organization","name":"The Hunters Dispatch"}}</script>
<meta property="og:site_name" content="The Hunters Dispatch"></head><body>
<div class="navbar"><h1 class="navbar-title"><a href="/">The Hunters Dispatch</a></h1></div>
<article class="typography newsletter-post post"><div class="post-header">
<h1 class="post-title published">Hunters beat Norths Devils for a fifth straight win in the Queensland Cup</h1>
<div class="post-meta"><a href="https://substack.com/@koratau">Kora Tau</a><div>Jul 5, 2026</div></div></div>
<div class="body markup"><p><em>${credit}</em></p>${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;

  it('takes a newsletter’s post title over the <h1> of its name, in an <article> named a newsletter’s post', async () => {
    const a = await clean(substack('Words: Ase Kila · Photos: Kora Tau'), 'incoming/post.html');
    expect(a.title).toBe('Hunters beat Norths Devils for a fifth straight win in the Queensland Cup');
    expect(a.published?.slice(0, 10)).toBe('2026-07-05');
  });

  it('takes the writer of the credit line over the account the metadata names, when that account took the pictures', async () => {
    expect((await clean(substack('Words: Ase Kila · Photos: Kora Tau'), 'incoming/post.html')).author).toBe('Ase Kila');
    expect((await clean(substack('Words: Ase Kila'), 'incoming/post.html')).author).toBe('Kora Tau');
  });

  it('reads Mambo’s and Joomla 1.0’s headline cell and creation date', async () => {
    const html = `<?xml version="1.0" encoding="iso-8859-1"?><html><head><title>The Hunters Dispatch - Hunters roll on</title>
<meta name="title" content="Hunters roll on" /></head><body><table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">Hunters beat Norths Devils for a fifth straight win</td></tr></table>
<table class="contentpaneopen"><tr><td class="small">Written by Kora Tau</td></tr>
<tr><td valign="top" colspan="2" class="createdate">Saturday, 04 July 2026 21:05</td></tr>
<tr><td>${REPORT.map((p) => `<p>${p}</p>`).join('')}</td></tr>
<tr><td class="modifydate">Last Updated ( Monday, 06 July 2026 09:30 )</td></tr></table></body></html>`;
    const a = await clean(html, 'incoming/mambo.html');
    expect(a.title).toBe('Hunters beat Norths Devils for a fifth straight win');
    expect(a.published?.slice(0, 10)).toBe('2026-07-04');
  });

  it('takes the one element the microdata names the headline on a page without an <h1> (TYPO3’s news)', async () => {
    const html = `<!doctype html><html><head><title>Hunters roll on</title><meta property="og:title" content="Hunters roll on: five in a row">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Five straight for the Hunters"}</script></head><body>
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header">
<h3 itemprop="headline">Hunters beat Norths Devils for a fifth straight win in the Queensland Cup</h3></div>
<div class="news-text-wrap" itemprop="articleBody">${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
    expect((await clean(html, 'incoming/typo3.html')).title).toBe('Hunters beat Norths Devils for a fifth straight win in the Queensland Cup');
  });

  it('reads the byline inside a story whose container says its comments are off (Enfold)', async () => {
    const html = `<!doctype html><html><head><title>Hunters roll on | The Hunters Dispatch</title><meta name="author" content="redacao"></head><body>
<main class="content av-blog-meta-author-disabled av-blog-meta-comments-disabled" role="main"><article class="post-entry" itemscope itemtype="https://schema.org/BlogPosting">
<div class="entry-content-wrapper"><header class="entry-content-header"><h1 class="post-title entry-title" itemprop="headline">Hunters beat Norths Devils for a fifth straight win</h1>
<span class="post-meta-infos"><time class="date-container minor-meta updated" itemprop="datePublished" datetime="2026-07-04T20:40:12+10:00">4 July 2026</time>
<span class="blog-categories minor-meta">in <a href="/category/sport/" rel="tag">Sport</a></span></span></header>
<div class="entry-content" itemprop="text"><p class="linha-fina"><em>The home side pulled clear after the break to stay top of the Queensland Cup.</em></p>
<p class="autor-materia"><strong>Por Ase Kila</strong>, de Port Moresby</p>
<figure class="wp-caption"><img src="/a.jpg" alt=""><figcaption>The Hunters celebrate. Photo: Kora Tau</figcaption></figure>
${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></div>
<span class="av-structured-data" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">redacao</span></span></article></main></body></html>`;
    expect((await clean(html, 'incoming/enfold.html')).author).toBe('Ase Kila');
  });
});

describe('a Markdown copy’s date', () => {
  it('takes the day the page prints over a front matter stamped later, when the note was made', async () => {
    const md = ['---', 'title: Hunters roll on - The Hunters Dispatch', 'date: 2026-07-09T11:06:41Z', '---', '',
      '# Hunters beat Norths Devils for a fifth straight win', '', 'By Kora Tau', '', '4 Jul 2026 — 3 min read', '', ...blank(REPORT)].join('\n');
    expect((await clean(md, 'incoming/note.md')).published?.slice(0, 10)).toBe('2026-07-04');
  });

  it('keeps a front matter’s moment that the printed day tells in the writer’s zone', async () => {
    const md = ['---', 'title: Hunters roll on', 'date: 2026-07-04T19:10:00Z', '---', '',
      '# Hunters beat Norths Devils for a fifth straight win', '', 'By Kora Tau', '', '5 Jul 2026', '', ...blank(REPORT)].join('\n');
    expect((await clean(md, 'incoming/hugo.md')).published?.slice(0, 10)).toBe('2026-07-05');
  });
});

describe('junk around the story', () => {
  it('drops a sponsor’s label and a newsletter’s sponsor for the issue, not a festival’s sponsor in the story', () => {
    expect(junkKind('SPONSOR')).toBe('boilerplate');
    expect(junkKind('A word from our sponsors')).toBe('boilerplate');
    expect(junkKind('This week’s Almanac is supported by Claris Hardware & Fuel – open seven days through winter.')).toBe('boilerplate');
    expect(junkKind('Today’s edition is brought to you by Kila Motors.')).toBe('boilerplate');
    expect(junkKind('This year’s festival is sponsored by the council, which gave $20,000 towards the stage and the lights.')).toBeNull();
  });

  it('drops a call to send pictures on WhatsApp "at" a number and a site’s news that it is on WhatsApp now', () => {
    expect(junkKind('Send your regatta photos and videos to the Clarion on WhatsApp at +592 600 1122.')).toBe('boilerplate');
    expect(junkKind('Die Ausseerland Rundschau gibt’s jetzt auch auf WhatsApp: Kanal abonnieren und nichts mehr verpassen!')).toBe('boilerplate');
    expect(junkKind('Chcesz być na bieżąco? Polub nasz profil na Facebooku i dołącz do grupy „Kibice Podhala”.')).toBe('boilerplate');
    expect(junkKind('The family said they had sent photos of the flooding to relatives on WhatsApp at midnight, hoping someone could help.')).toBeNull();
  });

  it('reads more labels of boxes: "in figures", "what it means", match statistics', () => {
    expect(isSummaryLabel('THE MILL IN FIGURES')).toBe(true);
    expect(isSummaryLabel('ALERTA NARANJA: QUÉ SIGNIFICA')).toBe(true);
    expect(isSummaryLabel('What it means')).toBe(true);
    expect(isSummaryLabel('STATYSTYKI MECZU')).toBe(true);
    expect(isSummaryLabel('What it means to win at home')).toBe(false);
  });

  it('drops a box of figures set as a Markdown table', async () => {
    const md = ['# Hunters open a new stand', '', REPORT[0], '', REPORT[1], '', '| THE STAND IN FIGURES |  |', '| :---- | :---- |', '| Cost | K38 million |', '| Seats | 4,500 |', '', REPORT[2], '', REPORT[3], ''].join('\n');
    expect((await clean(md, 'incoming/stand.md')).paragraphs).toEqual(REPORT);
  });

  it('drops a closing note that the story was updated, in Swedish and English, and not a last paragraph about an update', async () => {
    const page = (last: string): string => ['Hunters beat Norths Devils for a fifth straight win', '', 'By Kora Tau', '', ...blank(REPORT), last, ''].join('\n');
    expect((await clean(page('Artikeln uppdaterades 18 augusti kl. 14.47 med uppgifter från Sportfiskarna.'), 'incoming/a.txt')).paragraphs).toEqual(REPORT);
    expect((await clean(page('This story was updated at 3.40pm to include comments from the coach.'), 'incoming/b.txt')).paragraphs).toEqual(REPORT);
    const software = 'The club said its ticketing app was updated on July 2 to fix the fault.';
    expect((await clean(page(software), 'incoming/c.txt')).paragraphs).toEqual([...REPORT, software]);
  });
});

describe('a closing bio under a byline that names the newsroom', () => {
  it('names the writer and goes from the story', async () => {
    const page = (byline: string): string => ['Hunters beat Norths Devils for a fifth straight win', '', byline, '', ...blank(REPORT),
      'Kora Tau est journaliste à La Gazette de la Warche depuis 2017. Elle couvre le sport et la vie des villages.', ''].join('\n');
    const a = await clean(page('mardi 12 mai 2026, par La rédaction'), 'incoming/gazette.txt');
    expect(a.author).toBe('Kora Tau');
    expect(a.paragraphs).toEqual(REPORT);
  });
});
