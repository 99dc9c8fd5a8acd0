import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const PROSE = [
  'The harbour board approved plans for a new ferry terminal on Tuesday, ending a two-year dispute with residents who had argued that the building would block views of the old lighthouse from the promenade.',
  'The terminal will cost about 40 million pounds and is expected to open in the spring of 2026, the board said in a statement, adding that construction would begin after the summer season.',
  'Residents who opposed the plans said they would consider a legal challenge, but the board said it had followed every step of the planning process and expected no further delays.',
];

async function cleanMarkdown(md: string) {
  return cleanDocument(decodeDocument(utf8(md), { key: 'incoming/post.md' }), { now: NOW });
}

async function cleanHtml(html: string) {
  return cleanDocument(decodeDocument(utf8(html), { key: 'incoming/page.html' }), { now: NOW });
}

async function junk(line: string): Promise<boolean> {
  const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
  return junkKind(line) !== null;
}

async function cleanText(text: string) {
  return cleanDocument(decodeDocument(utf8(text), { key: 'incoming/page.txt' }), { now: NOW });
}

describe('a rule late in a Markdown post', () => {
  it('ends the article: the buy links, related list and newsletter box after it go', async () => {
    const md = [
      '---', 'title: Harbour board backs ferry terminal', 'date: 2024-03-05', '---', '',
      ...PROSE.flatMap((p) => [p, '']),
      '---', '',
      '**Buy the guidebook:** [Shop A](https://example.com/a) · [Shop B](https://example.com/b)', '',
      '## Related', '', '- [Last year\'s ferry row](/2023/ferry/)', '',
      '*Enjoy the Harbour Log? Get new posts by email every Friday.*', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('keeps what follows when it is a long part of the article', async () => {
    const second = 'After the vote, the board chair said the terminal would be the first in the region to run entirely on shore power, and that the ferries calling there would switch off their engines while docked, cutting noise and fumes for the homes along the front.';
    const md = ['# Harbour board backs ferry terminal', '', PROSE[0], '', '---', '', second, ''].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual([PROSE[0], second]);
  });
});

describe('bylines in Markdown and saved pages', () => {
  it('reads "Words: NAME" on the date line of a post', async () => {
    const md = ['# Harbour board backs ferry terminal', '', '**Words: Tom Roe** · Sunday 12 October 2025 · 7 minute read', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await cleanMarkdown(md)).author).toBe('Tom Roe');
  });

  it('reads "Report: NAME at VENUE" under the headline', async () => {
    const html = `<!doctype html><html><head><title>Kerry edge Galway</title></head><body><main>
      <h1>Kerry edge Galway in league opener</h1><div class="sl-by">Report: Donncha Roe at Austin Stack Park</div>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
    const a = await cleanHtml(html);
    expect(a.author).toBe('Donncha Roe');
  });
});

describe('a standfirst in a saved page', () => {
  it('is left out of the body, as a lone paragraph in its own element', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body>
      <article><h1>Harbour board backs ferry terminal</h1>
      <div class="standfirst"><p>Residents lose their fight over lighthouse views as work is set to begin after the summer</p></div>
      <div class="article-body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const a = await cleanHtml(html);
    expect(a.paragraphs).toEqual(PROSE);
  });

  const deck = 'Residents lose their fight over lighthouse views as work is set to begin after the summer';
  const page = (between: string, after = ''): string => `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body>
      <article><h1>Harbour board backs ferry terminal</h1>${between}
      <div class="byline"><span>By Tom Roe</span> <time datetime="2024-03-05">5 March 2024</time></div>
      <figure><img src="a.jpg" alt=""><figcaption>The lighthouse at dusk.</figcaption></figure>
      ${after}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it.each(['article__intro', 'teaser', 'gs-article__summary', 'description', 'soustitre'])(
    'is left out when classed "%s" right under the headline, with the byline and picture between it and the story',
    async (className) => {
      const a = await cleanHtml(page(`<p class="${className}">${deck}</p>`));
      expect(a.paragraphs).toEqual(PROSE);
    },
  );

  it('is left out under the story’s headline when a consent dialog’s headline comes first', async () => {
    const html = page(`<p class="sous-titre">${deck}</p>`).replace('<article>', '<div id="consent"><h1>We value your privacy</h1><p>We and our partners use cookies.</p></div><article>');
    const a = await cleanHtml(html);
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('is left out under a byline and date set in a paragraph of their own', async () => {
    const a = await cleanHtml(page(`<p class="info"><time datetime="2024-03-05T08:00:00Z">05.03.2024 08:00</time> by Tom Roe</p><div class="teaser"><p>${deck}</p></div>`));
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('drops a section label set as a heading over the first paragraph, and keeps a subheading further down', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body><article>
      <h1>Harbour board backs ferry terminal</h1><div class="body"><h3>The big story</h3>
      <p>${PROSE[0]}</p><h3>What comes next</h3><p>${PROSE[1]}</p><p>${PROSE[2]}</p></div></article></body></html>`;
    const a = await cleanHtml(html);
    expect(a.paragraphs).toEqual([PROSE[0], 'What comes next', PROSE[1], PROSE[2]]);
  });

  it('keeps a paragraph classed "intro" once the story has begun', async () => {
    const intro = await cleanHtml(page('', `<p>${deck} and a wider review of the harbour begins.</p><p class="intro">${deck}, the board said.</p>`));
    expect(intro.paragraphs.slice(0, 2)).toEqual([`${deck} and a wider review of the harbour begins.`, `${deck}, the board said.`]);
  });
});

describe('site chrome at the top of a Markdown post', () => {
  it('drops a menu of links, a caption in the image’s paragraph and a date line with labels after the byline', async () => {
    const md = [
      '[The Harbour Log](/) · [News](/news) · [Podcast](/podcast) · [Shop](/shop)', '',
      '# Harbour board backs ferry terminal', '',
      '*Posted on 5 March 2024 by Tom Roe and Ana Marsh · News · 6 min read*', '',
      '![The old lighthouse](/img/lighthouse.jpg)',
      'The old lighthouse at dusk. Photo: Harbour Log / Lena Park', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.published?.slice(0, 10)).toBe('2024-03-05');
    expect(a.author).toBe('Tom Roe and Ana Marsh');
  });

  it('drops a standfirst over the lead picture and a dateline city alone above the date lines', async () => {
    const md = [
      'Title: Harbour board backs ferry terminal - The Harbour Log', '', 'URL Source: https://harbourlog.example/news/ferry-terminal', '',
      'Published Time: 2024-03-05T08:44:00+00:00', '', 'Markdown Content:',
      'Harbour board backs ferry terminal - The Harbour Log', '===============', '',
      '[News](/news/) / [Local](/news/local/)', '',
      'Harbour board backs new ferry terminal despite lighthouse protests', '-----------------------------------------------------------------', '',
      'Residents lose their fight over lighthouse views as work is set to begin after the summer', '',
      '![The old lighthouse](/img/lighthouse.jpg)', '',
      'The old lighthouse at dusk. | Photo Credit: Special Arrangement', '',
      '[Tom Roe](/profile/tom-roe/)', '',
      'PORTSMOUTH', '',
      'Updated - March 5, 2024 07:05 pm GMT', '',
      'Published - March 5, 2024 08:44 am GMT', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.author).toBe('Tom Roe');
  });

  it('drops image markup the converter broke, and the standfirst above it and its caption', async () => {
    const md = [
      '# Harbour board backs ferry terminal', '',
      'Residents lose their fight over lighthouse views as work is set to begin', 'after the summer', '',
      '[![The old lighthouse at dusk](https://harbourlog.example/wp-', 'content/uploads/2024/03/lighthouse.jpg)](https://harbourlog.example/wp-', 'content/uploads/2024/03/lighthouse.jpg)', '',
      'The old lighthouse at dusk. (Photo by Lena Park/Special to The Harbour Log)', '',
      'By [Tom Roe](https://harbourlog.example/author/tom-roe/)', '',
      'PUBLISHED: March 5, 2024 at 8:44 AM GMT', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads a page converted by Pandoc: escaped metadata, the printed headline over the search title, dates by their class, spans holding links', async () => {
    const md = [
      '---', 'lang: en-GB', 'title: "Ferry terminal approved after lighthouse row \\| The Harbour', '  Log"', '---', '',
      '-   [News](https://harbourlog.example/news/)', '-   [Sport](https://harbourlog.example/sport/)', '-   [Business](https://harbourlog.example/business/)',
      '-   [Opinion](https://harbourlog.example/opinion/)', '-   [Letters](https://harbourlog.example/letters/)', '-   [Weather](https://harbourlog.example/weather/)', '',
      '# Harbour board backs new ferry terminal despite lighthouse row {#post-1 .entry-title}', '',
      '::: entry-meta',
      '[[March 6, 2024]{.updated}[March 5, 2024]{.entry-date .published}]{.posted-on} [by [Tom Roe](https://harbourlog.example/author/troe/ "View all posts by Tom Roe"){.url .fn}]{.byline}',
      ':::', '',
      ...PROSE.flatMap((p) => [p, '']),
      '[[Categories News](https://harbourlog.example/news/)]{.cat-links} [Tags ferry, harbour]{.tags-links}',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs new ferry terminal despite lighthouse row');
    expect(a.published?.slice(0, 10)).toBe('2024-03-05');
    expect(a.author).toBe('Tom Roe');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('takes the site’s name off a clipped title when the file links to that site, and keeps a dash that is the headline’s own', async () => {
    const clip = (title: string): string => ['---', `title: "${title}"`, '---', '', `# ${title}`, '',
      '[Read Original](https://www.harbourlog.example/2024/03/05/ferry-terminal/)', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await cleanMarkdown(clip('Harbour board backs ferry terminal after two-year fight - Harbour Log'))).title).toBe('Harbour board backs ferry terminal after two-year fight');
    expect((await cleanMarkdown(clip('Harbour board backs ferry terminal after two-year fight - Residents Angry'))).title).toBe('Harbour board backs ferry terminal after two-year fight - Residents Angry');
  });

  it('takes the printed day over a converter’s date without a clock one day off, and keeps it when they agree', async () => {
    const page = (front: string, printed: string): string => ['---', 'title: Harbour board backs ferry terminal', `date: ${front}`, '---', '',
      '# Harbour board backs ferry terminal', '', 'By Tom Roe', '', printed, '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await cleanMarkdown(page('2024-03-06', '05/03/2024 22h30'))).published?.slice(0, 10)).toBe('2024-03-05');
    expect((await cleanMarkdown(page('2024-03-05', '05/03/2024 22h30'))).published?.slice(0, 10)).toBe('2024-03-05');
    expect((await cleanMarkdown(page('2024-03-09', '05/03/2024 22h30'))).published?.slice(0, 10)).toBe('2024-03-09');
  });

  it('drops a link’s preview card left as raw HTML between paragraphs', async () => {
    const card =
      '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.ilceresio.ch/frontalieri-nuovo-accordo-fiscale-primo-bilancio/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Frontalieri, il nuovo accordo fiscale alla prova: un primo bilancio</div><div class="kg-bookmark-description">Dal 2024 i nuovi lavoratori d\'oltreconfine pagano le imposte anche in Italia. Cosa è cambiato per le aziende del Mendrisiotto.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://www.ilceresio.ch/content/images/size/w256h256/2025/03/ceresio-icon.png" alt=""><span class="kg-bookmark-author">Il Ceresio</span><span class="kg-bookmark-publisher">Luca Solari</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://www.ilceresio.ch/content/images/2026/09/dogana-gaggiolo.jpg" alt=""></div></a></figure>';
    const md = ['# Harbour board backs ferry terminal', '', PROSE[0], '', card, '', PROSE[1], '', PROSE[2], ''].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('drops the paragraph the front matter describes, and a byline label over the name, under a breadcrumb list', async () => {
    const md = [
      '---', 'title: "Harbour board backs ferry terminal"', 'published: 2024-03-05',
      'description: "Residents lose their fight over lighthouse views as work is set to begin after the summer"', '---',
      '1. [News](/news/)', '2. [Local](/news/local/)', '',
      'Residents lose their fight over lighthouse views as work is set to begin after the summer', '',
      'Author of the article:', '', '[Tom Roe](/author/troe/)', '',
      'Published Mar 05, 2024 • Last updated Mar 05, 2024 • 4 minute read', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.author).toBe('Tom Roe');
  });

  it('keeps a paragraph that links three names in a sentence', async () => {
    const linked = 'Council members [Ann Lee](/p/ann), [Bo Kim](/p/bo) and [Cy Ray](/p/cy) voted against the plan, saying the views mattered more than the terminal.';
    const md = ['# Harbour board backs ferry terminal', '', PROSE[0], '', linked, ''].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual([PROSE[0], linked.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')]);
  });
});

describe('labelled credits in scraped text', () => {
  const page = (credit: string): string =>
    ['Harbour board backs ferry terminal after two-year row', '', credit, 'Published: 5 Mar 2024, 6:12 pm', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');

  it('reads the writer from "Reported By: NAME | Edited By: NAME" and from "By: NAME"', async () => {
    expect((await cleanText(page('Reported By: Anusha Raghavan | Edited By: Siddharth Menon'))).author).toBe('Anusha Raghavan');
    expect((await cleanText(page('By: Murray Brewster'))).author).toBe('Murray Brewster');
  });

  it('reads the writer from a credit after the desk and the city in a row beside the date, but no navigation word', async () => {
    expect((await cleanText(page('Sports Desk · Suva | Reporting: Losana Tuimavana'))).author).toBe('Losana Tuimavana');
    expect((await cleanText(page('Harbour News | By Ana Vake'))).author).toBe('Ana Vake');
    expect((await cleanText(page('Home | By Topic | Harbour'))).author).toBeNull();
  });
});

describe('the end of a scraped text page', () => {
  it('drops the writer’s bio after the article, a paywall offer and a "RELATED:" link', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'By Hamish Tairoa', '5 March 2024', '',
      PROSE[0], '', 'Get full access for $1 a week for the first 12 weeks.', '',
      PROSE[1], '', 'RELATED: Ferry fares to rise in April as fuel costs bite', '',
      PROSE[2], '',
      'Hamish Tairoa covers the harbour and transport for the Coast Courier. He grew up near the old lighthouse.', '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.author).toBe('Hamish Tairoa');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('keeps a last paragraph about someone other than the writer', async () => {
    const closing = 'Mere Tane is a ferry captain who has worked the route for twenty years, and she said she welcomed the decision.';
    const text = ['Harbour board backs ferry terminal', '', 'By Hamish Tairoa', '5 March 2024', '', ...PROSE.flatMap((p) => [p, '']), closing, ''].join('\n');
    const a = await cleanText(text);
    expect(a.paragraphs).toEqual([...PROSE, closing]);
  });
});

describe('an author box after a scraped text page', () => {
  it('drops the box\'s label with the writer\'s name and the bio under it, and a French tags line', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'By Hamish Tairoa', '5 March 2024', '',
      ...PROSE.flatMap((p) => [p, '']),
      'Étiquettes : port, ferry, urbanisme', '',
      'À propos de Hamish Tairoa', 'Journaliste au Coast Courier depuis 2009, il suit le port et les transports.', '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.author).toBe('Hamish Tairoa');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('Markdown from other tools', () => {
  it('reads a Pandoc title block and drops WordPress shortcodes and captions', async () => {
    const md = [
      '% Harbour board backs ferry terminal', '% Hamish Tairoa', '% 15-03-2024', '',
      '[ad_banner slot="leaderboard-top"]', '',
      '[caption id="attachment_1" align="aligncenter"]![](https://example.com/a.jpg) The old pier. File photo[/caption]', '',
      ...PROSE.flatMap((p) => [p, '']),
      '[related_posts_by_tax title="Related Stories" posts_per_page="4"]', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs ferry terminal');
    expect(a.author).toBe('Hamish Tairoa');
    expect(a.published).toBe('2024-03-15');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('pages without a headline in their metadata', () => {
  it('takes a Drupal node title as the headline, never the heading of a cookie banner', async () => {
    const html = [
      '<html><head><title>Business | The Ledger</title></head><body>',
      '<div id="eu-cookie-compliance"><div class="popup-content"><h2>We value your privacy on this site</h2><p>We use cookies.</p></div></div>',
      '<div class="node node-story"><div class="node-title">Harbour board backs new ferry terminal after two-year fight</div>',
      '<div class="submitted">Story by <span class="username">Hamish Tairoa</span></div>',
      ...PROSE.map((p) => `<p>${p}</p>`),
      '</div></body></html>',
    ].join('\n');
    const a = await cleanHtml(html);
    expect(a.title).toBe('Harbour board backs new ferry terminal after two-year fight');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('Pelican and MultiMarkdown metadata', () => {
  it('reads "Key: value" lines opening the file as the metadata and drops them from the body', async () => {
    const md = [
      'Title: Harbour board backs ferry terminal', 'Date: 2024-03-15 09:40', 'Category: Local', 'Tags: harbour, ferry',
      'Authors: Hamish Tairoa', 'Summary: The board approved the plans after two years.', 'Status: published', '',
      '> **Series:** The Harbour Files — Part 2 of 3', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs ferry terminal');
    expect(a.author).toBe('Hamish Tairoa');
    expect(a.published).toBe('2024-03-15');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('keeps prose that opens with a label as prose', async () => {
    const md = ['Note: the harbour board met on Tuesday.', 'Update: it approved the plans.', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(expect.arrayContaining(PROSE));
    expect(a.title).not.toBe('the harbour board met on Tuesday.');
  });
});

describe('the writer named only by a closing bio', () => {
  it('takes the author from a bio that names someone the header names on a line of their own, and drops it, in text, Markdown and pages', async () => {
    const bio = 'Sabina Shrestha Thapa reports on energy and infrastructure for Arthik Khabar Daily.';
    const text = await cleanText(['Nepal sells record power to India', '', 'Sabina Shrestha Thapa', 'Economy Desk', '', ...PROSE.flatMap((p) => [p, '']), bio].join('\n'));
    expect(text.author).toBe('Sabina Shrestha Thapa');
    expect(text.paragraphs).toEqual(PROSE);
    const md = await cleanMarkdown(['---', 'title: Wave buoy sends first power', 'authors: ["wcastellanos"]', '---', '', '**Wren Castellanos-Hale**', '', ...PROSE.flatMap((p) => [p, '']), '*Wren Castellanos-Hale covers science and the environment for the Oregon Coast Current.*'].join('\n'));
    expect(md.author).toBe('Wren Castellanos-Hale');
    expect(md.paragraphs).toEqual(PROSE);
    const page = await cleanHtml(`<html><head><title>Harbour terminal</title></head><body><header><span class="who">Jenna Trewhella</span> · <span>Transport</span></header><article><h1>Harbour terminal</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Jenna Trewhella is the Post's transport and environment reporter.</p></article></body></html>`);
    expect(page.author).toBe('Jenna Trewhella');
    expect(page.paragraphs).toEqual(PROSE);
  });

  it('takes no author from a closing sentence about someone named only in the body or in a caption credit', async () => {
    const quoted = ['Harbour board backs terminal', '', 'Photo: Island Arrivals', '', ...PROSE.flatMap((p) => [p, '']), 'Island Arrivals covers tourism and aviation across the Caribbean.', '', 'Mere Tautahi is the board\'s chief executive and a former journalist.'].join('\n');
    const a = await cleanText(quoted);
    expect(a.author).toBeNull();
  });
});

describe('the byline\'s writer in the author box under the text', () => {
  const page = (box: string) => `<html><head><title>Harbour terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1><p>By Desmond Carty</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}${box}</article></body></html>`;

  it('drops the box when its name runs into the bio, when the bio opens with the job, and when it says the writer follows a beat', async () => {
    for (const box of [
      '<p><strong>Desmond Carty</strong><br/>Desmond Carty is the Journal’s finance editor. He joined in 2019.</p>',
      '<p><strong>Desmond Carty</strong> Journaliste au service Marseille. Il suit le logement depuis 2017.</p>',
      '<p>Desmond Carty volgt het schaatsen voor de krant sinds 2015.</p>',
    ]) {
      const a = await cleanHtml(page(box));
      expect(a.author).toBe('Desmond Carty');
      expect(a.paragraphs).toEqual(PROSE);
    }
  });

  it('reads a French reading-time line and a feedback prompt as chrome', async () => {
    expect(await junk('Lecture : 4 min')).toBe(true);
    expect(await junk('¿Te fue útil esta nota? Compártela')).toBe(true);
    expect(await junk('Was this article helpful? Yes No')).toBe(true);
    expect(await junk('Lecture de la loi en commission : 4 minutes de débat seulement.')).toBe(false);
  });

  it('keeps a closing paragraph that opens with the writer\'s name but is the story\'s', async () => {
    const last = 'Desmond Carty said the board would meet again in May to hear the residents who asked for a delay.';
    expect((await cleanHtml(page(`<p>${last}</p>`))).paragraphs.at(-1)).toBe(last);
  });
});

describe('closing sections and prompts in more languages', () => {
  it('ends the article at a latest-news, newsletter or discussion heading and drops share and tip prompts', async () => {
    for (const line of ['Senaste nytt', 'Nyhetsbrev', 'Diskusia (12)', 'Podobał Ci się artykuł? Udostępnij go znajomym.', 'Got a business story? Write to business@example.sx or call 542-2011.']) {
      expect(await junk(line) || (await import('../../functions/core/clean/boilerplate.js')).isTailMarker(line)).toBe(true);
    }
    const md = ['# Harbour board backs ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), '## Senaste nytt', '', '- 10.42 [Ny tågstrejk på Västtrafik](/a)', '- 09.58 [Textilmuseet får nytt tak](/b)', '', '## Nyhetsbrev', '', 'Få morgonens viktigaste nyheter direkt i mejlen.', '', 'Din e-postadress'].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it('keeps prose that opens with the same words', async () => {
    expect(await junk('Senaste nytt från förhandlingarna är att parterna ska mötas igen på måndag.')).toBe(false);
    expect(await junk('Got a business plan, the two brothers went to the bank for a loan in 2019 and were turned down.')).toBe(false);
  });
});

describe('a byline under the last paragraph', () => {
  it('reads a sign-off as the writer and leaves it out of the text and the markup', async () => {
    const page = await cleanHtml(`<html><head><title>Harbour terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Beitrag von Katrin Wendland</p></article></body></html>`);
    expect(page.author).toBe('Katrin Wendland');
    expect(page.paragraphs).toEqual(PROSE);
    expect(page.bodyHtml).not.toMatch(/Wendland|<p>\s*<\/p>/);
    const text = await cleanText(['Harbour board backs ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), 'Ein Beitrag von Katrin Wendland'].join('\n'));
    expect(text.author).toBe('Katrin Wendland');
    expect(text.paragraphs).toEqual(PROSE);
  });

  it('keeps a short closing sentence that is the story\'s', async () => {
    for (const last of ['Von Berlin aus fährt der Zug weiter.', 'Von Januar an gilt der neue Fahrplan.']) {
      const page = await cleanHtml(`<html><head><title>Harbour terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1><p>By Anna Smith</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></article></body></html>`);
      expect(page.paragraphs.at(-1)).toBe(last);
      expect(page.author).toBe('Anna Smith');
    }
  });
});

describe('a writer\'s name alone under the last paragraph', () => {
  // Long enough that the name is no line near the top, where a name alone is read as a byline.
  const STORY = [
    ...PROSE,
    'The board’s chair said the terminal would bring two more sailings a day to the islands and cut the queue of lorries that forms on the quay every Friday evening in summer.',
    'A public meeting on the building’s design will be held in the town hall next month, and drawings will be shown in the library until the end of the year.',
    'The ferry operator welcomed the decision and said it would order a second vessel once the terminal’s opening date was fixed.',
  ];
  it('signs the story in Markdown, a saved page and scraped text, over the closing notice', async () => {
    const md = await cleanMarkdown(['# Harbour board backs ferry terminal', '', ...STORY.flatMap((p) => [p, '']), '*Giulia Tomat*', '', '© RIPRODUZIONE RISERVATA'].join('\n'));
    expect(md.author).toBe('Giulia Tomat');
    expect(md.paragraphs).toEqual(STORY);
    const page = await cleanHtml(`<html><head><title>Harbour terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<p><em>Giulia Tomat</em></p></article></body></html>`);
    expect(page.author).toBe('Giulia Tomat');
    expect(page.paragraphs).toEqual(STORY);
    const text = await cleanText(['Harbour board backs ferry terminal', '', ...STORY.flatMap((p) => [p, '']), 'Giulia Tomat', '', 'Tags: harbour, ferry'].join('\n'));
    expect(text.author).toBe('Giulia Tomat');
    expect(text.paragraphs).toEqual(STORY);
  });

  it('does not outrank the byline, nor close a story whose last line is no sentence', async () => {
    const signedAbove = await cleanMarkdown(['# Harbour board backs ferry terminal', '', 'By Anna Smith', '', ...STORY.flatMap((p) => [p, '']), '*Giulia Tomat*'].join('\n'));
    expect(signedAbove.author).toBe('Anna Smith');
    const listed = await cleanMarkdown(['# Harbour board backs ferry terminal', '', ...STORY.flatMap((p) => [p, '']), 'Those who spoke against the plans at the hearing included one resident of the old town:', '', 'Giulia Tomat'].join('\n'));
    expect(listed.author).toBeNull();
  });
});

describe('MDX layouts', () => {
  it('keeps an article wrapped in a layout component and drops the components inside it', async () => {
    const md = ['---', 'title: Harbour board backs ferry terminal', '---', '', "import BaseLayout from '../layouts/BaseLayout.astro';", "import AdSlot from '../components/AdSlot.astro';", '', '<BaseLayout>', '', PROSE[0], '', '<AdSlot id="mid">Advertisement</AdSlot>', '', PROSE[1], '', PROSE[2], '', '</BaseLayout>'].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('closing matter and ads inside the text', () => {
  it('drops an ad framed by its label and a rule, a shouted "ALSO ON SITE:" link and a bio with an affiliation', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'By Mere Tautahi-Kingi', '5 March 2024', '',
      PROSE[0], '', '--- Sponsored ---', 'Open a savings account in five minutes. Zero fees for the first year. Terms apply.', '-----------------', '',
      PROSE[1], '', 'ALSO ON HARBOUR LOG: Ferry fares to rise in April as fuel costs bite', '',
      PROSE[2], '', '---', '',
      'Mere Tautahi-Kingi (Ngāti Ranginui) covers the harbour for the Coast Courier. Her reporting is funded by a local trust.', '',
    ].join('\n');
    expect((await cleanText(text)).paragraphs).toEqual(PROSE);
  });

  it('ends a Markdown post at a comments heading that opens with an emoji', async () => {
    const md = ['# Harbour board backs ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), '💬 **Comments (23)**', '', '**reader_one:** Great news for the town, finally some progress on this.', '', '**harbourdad:** The views were never that good anyway, build it.', ''].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it('reads a date line that opens with the day, as German and Slavic pages write it, and does not take it for a numbered list', async () => {
    for (const [line, iso] of [
      ['17. Juli 2025, 07:45 Uhr', '2025-07-17'],
      ['17. 7. 2025 | 07:45 · Posodobljeno: 17. 7. 2025 | 12:10', '2025-07-17'],
      ['5. listopadu 2025', '2025-11-05'],
    ] as const) {
      const md = ['# Harbour board backs ferry terminal', '', line, '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
      const cleaned = await cleanMarkdown(md);
      expect(cleaned.published, line).toBe(iso);
      expect(cleaned.paragraphs, line).toEqual(PROSE);
    }
    // A numbered list stays a list.
    const list = ['# Harbour board backs ferry terminal', '', PROSE[0], '', '1. First the board votes.', '2. Then work begins in 2026.', '', PROSE[1]].join('\n');
    expect((await cleanMarkdown(list)).paragraphs.join(' ')).not.toContain('1.');
  });

  it('ends an article at the comments and most-read headings and drops share rows, tags and newsletter prompts in the other languages read', async () => {
    for (const [comments, mostRead, share, tags, newsletter] of [
      ['Komentarji (23)', 'Najbolj brano', 'Deli: Facebook X E-pošta', 'Oznake: Bled, promet', 'Prijavite se na naš newsletter in prejemajte novice vsako jutro.'],
      ['Kommentit (4)', 'Luetuimmat', 'Jaa: Facebook X Sähköposti', 'Avainsanat: satama, lautta', 'Tilaa uutiskirje ja saat tärkeimmät uutiset joka aamu.'],
      ['Hozzászólások (9)', 'Legolvasottabb', 'Megosztás: Facebook X E-mail', 'Címkék: kikötő, komp', 'Iratkozzon fel hírlevelünkre, és minden reggel megkapja a híreket.'],
    ] as const) {
      for (const line of [share, tags, newsletter]) expect(await junk(line), line).toBe(true);
      for (const heading of [comments, mostRead]) {
        const md = ['# Harbour board backs ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), `## ${heading}`, '', 'Another story entirely, with a long sentence that could pass for prose on a page like this one.', ''].join('\n');
        expect((await cleanMarkdown(md)).paragraphs, heading).toEqual(PROSE);
      }
    }
  });

  it('ends an article at a comments heading that opens with the count: "1 komentář", "12 komentarzy"', async () => {
    for (const heading of ['1 komentář', '12 komentarzy', '3 komentarjev']) {
      const md = ['# Harbour board backs ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), `### ${heading}`, '', 'Another story entirely, with a long sentence that could pass for prose on a page like this one.', ''].join('\n');
      expect((await cleanMarkdown(md)).paragraphs, heading).toEqual(PROSE);
    }
  });

  it('drops a Markdown deck in italics above the byline, and a byline under a ticker', async () => {
    const md = [
      '**🔴 LAST MINUTE:** Quake of magnitude 5.1 felt along the coast', '',
      '# Harbour board backs ferry terminal', '',
      '*Residents lose their fight over lighthouse views as work is set to begin.*', '',
      'By **Tom Roe** · 5 March 2024 | 21:40 · Harbour Town', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.author).toBe('Tom Roe');
    expect(a.published?.slice(0, 10)).toBe('2024-03-05');
  });

  it('drops a labelled line of several links to other stories', async () => {
    const md = ['# Harbour board backs ferry terminal', '', PROSE[0], '', '**Also on The Harbour Log:** [Fares to rise in April](/a) · [Podcast: the lighthouse keepers](/b)', '', PROSE[1], '', PROSE[2], ''].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });
});

describe('an old table layout with nothing helpful in its head', () => {
  it('takes the headline from an element named as the story’s, the byline and a US date under it, and drops a score table', async () => {
    const html = `<html><head><title>Harbour Sport - Football News, Rumors &amp; Analysis</title></head><body>
      <table><tr><td id="maincol">
      <div class="story-hed">Harbour United snatch late winner to stay top of the coastal league</div>
      <div class="story-by">Story by Marcus T. Ellison</div>
      <div class="story-date">Posted: 12/07/2025 7:48 PM CT</div>
      <div class="storytext">${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <table class="scoring"><tr><th colspan="2">SCORING SUMMARY</th></tr><tr><td>1Q</td><td>HAR - Santos 41 FG</td></tr><tr><td>2Q</td><td>COA - Jones 2 run</td></tr></table>
      </div></td></tr></table></body></html>`;
    const a = await cleanHtml(html);
    expect(a.title).toBe('Harbour United snatch late winner to stay top of the coastal league');
    expect(a.author).toBe('Marcus T. Ellison');
    expect(a.published?.slice(0, 10)).toBe('2025-12-07');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('chrome inside a scraped page, in several wordings', () => {
  it('drops ad labels, partner content, labelled links with arrows, a donation jar and a paywall notice', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'By Tom Roe', '5 March 2024', '',
      '🔒 This story is available to Harbour Log subscribers and trial users.', '',
      PROSE[0], '', '— SPONSORED MESSAGE —', '', 'Related reading ▸ Ferry fares to rise in April as fuel costs bite', '',
      '/// PARTNER CONTENT /// Connect every branch with carrier-grade fibre. Talk to our team today. ///', '',
      PROSE[1], '', '----- ADVERT -----', 'Bet on the league with the best odds. 18+ only. Play responsibly.', '------------------', '',
      '>> ALSO READ: Captain says "we came here to win the league"', '', 'Also on Harbour Log → Why the lighthouse keepers left', '',
      PROSE[2], '', 'Enjoyed this? Buy us a coffee! Support the blog via the link below.', '',
    ].join('\n');
    expect((await cleanText(text)).paragraphs).toEqual(PROSE);
  });

  it('drops a table kept as text with its heading, a caption and its camera credit, and a long date line under the byline', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'Por Juan Camilo Restrepo', 'Publicado el 5 de marzo de 2024 - 10:22 p. m. | Actualizado el 6 de marzo de 2024 - 08:05 a. m.', '',
      'The new terminal at dusk on Monday evening.', '📷 Harbour Picture Agency', '',
      PROSE[0], '', PROSE[1], '',
      'FERRY WATCH — Monday 4 March, 8am', 'Route                 Sailings', 'Harbour to Point       12', 'Point to Island        7', '',
      PROSE[2], '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.title).toBe('Harbour board backs ferry terminal');
  });

  it("keeps a table the article's own sentence brings in, its cells parted by tabs, and reads the names in them", async () => {
    const AFTER_TABLE = 'Volunteers checked the live wells at every weigh-in and said almost all of the fish weighed over the three days were released alive, and organisers said the event would give about $85,000 to local charities.';
    const text = [
      'Kenora pair win bass classic', '', 'By Megan Tkachuk', '5 August 2026', '',
      PROSE[0], '', PROSE[1], '',
      'Final standings, top three (weights in pounds):', '',
      'Place\tTeam\tHometown\tTotal', '1\tTrevor Lavallee and Scott Kakegamic\tKenora\t61.37', '2\tMike Brandt and Colin Fehr\tWinnipeg\t59.75', '3\tDenis Chartrand and Paul Ouimet\tFort Frances\t57.28', '',
      PROSE[2], '', AFTER_TABLE, '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.paragraphs).toEqual([
      PROSE[0], PROSE[1], 'Final standings, top three (weights in pounds):',
      'Place\tTeam\tHometown\tTotal', '1\tTrevor Lavallee and Scott Kakegamic\tKenora\t61.37', '2\tMike Brandt and Colin Fehr\tWinnipeg\t59.75', '3\tDenis Chartrand and Paul Ouimet\tFort Frances\t57.28',
      PROSE[2], AFTER_TABLE,
    ]);
    const people = loadDefaultClassifier().classify({ title: a.title ?? '', body: a.paragraphs.join('\n\n') }).entities.people;
    expect(people).toEqual(expect.arrayContaining(['Trevor Lavallee', 'Scott Kakegamic', 'Colin Fehr', 'Paul Ouimet']));
  });

  it('reads the reporter from a "Reporting:" credit when the byline names only the wire', async () => {
    const text = ['Harbour board backs ferry terminal', '', 'Wire report | Coast Wire (CW)', '5 March 2024', '', ...PROSE.flatMap((p) => [p, '']), 'Reporting: Dinuka Perera in Colombo; additional reporting: Farhana Jaleel in Kandy. Edited by Rebecca Tan.', ''].join('\n');
    const a = await cleanText(text);
    expect(a.author).toBe('Dinuka Perera');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('site chrome in MDX and WordPress exports, and in old HTML', () => {
  it('drops MDX components, a breadcrumb and a Hugo aside with what it holds', async () => {
    const md = [
      '---', 'title: "Harbour board backs ferry terminal"', 'pubDate: 2024-03-05', '---',
      "import ShareBar from '../components/ShareBar.astro';", '',
      '<Banner variant="notice">Open House is over — thank you to our visitors!</Banner>', '',
      '[Newsroom](/news) / [Research](/news/research) / Energy', '',
      '<ShareBar channels={["x", "email"]} />', '',
      PROSE[0], '', '{{% aside title="By the numbers" %}}', '- 2003: year the plan began', '- $2.8B: current cost', '{{% /aside %}}', '',
      PROSE[1], '', PROSE[2], '',
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it('drops a masthead strip with its motto and a breaking-news ticker above the byline', async () => {
    const md = [
      '---', "title: 'Harbour board backs ferry terminal'", "date: '2024-03-05T14:12:33+00:00'", '---', '',
      '**Harbour Log** — The coast’s news, first. | [Politics](/p) | [Business](/b) | [Sports](/s) | [Opinion](/o)', '',
      '**BREAKING NEWS ⚡** Pound trades at 1.27 to the dollar | Ferry fares frozen | Lifeboat crew honoured', '',
      'Written by Tom Roe | Harbour Town', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it('reads an old page’s headline from an "art-hdr" element, and drops a link after an arrow label', async () => {
    const html = `<HTML><HEAD><TITLE>Harbour Log :: The Coast's #1 Sports Site</TITLE></HEAD><BODY><TABLE><TR><TD class="main">
      <DIV class="art-hdr">Harbour United snatch late winner to stay top of the coastal league</DIV>
      <DIV class="art-info">Written by Dwayne A. McKenzie &nbsp;|&nbsp; Saturday, March 29th, 2025</DIV>
      <DIV class="art-body"><P>${PROSE[0]}</P>
      <P>${PROSE[1]}</P><P class="also"><B>ALSO ON HARBOUR LOG &raquo;</B> <A href="/x">Keeper breaks clean-sheet record: "I did it for my mother"</A></P><P>${PROSE[2]}</P></DIV>
      </TD></TR></TABLE></BODY></HTML>`;
    const a = await cleanHtml(html);
    expect(a.title).toBe('Harbour United snatch late winner to stay top of the coastal league');
    expect(a.author).toBe('Dwayne A. McKenzie');
    expect(a.published?.slice(0, 10)).toBe('2025-03-29');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('a public broadcaster’s underwriting credit', () => {
  it('is dropped from the story', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal | Coast Radio</title></head><body><article><h1>Harbour board backs ferry terminal</h1>
      <p>${PROSE[0]}</p><div class="underwriting"><span class="uw-label">Coast Radio is supported by</span> Coast Dental — gentle care for the whole family.</div><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;
    const a = await cleanHtml(html);
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('more Markdown exports', () => {
  it('reads front matter YAML cannot parse by its key lines', async () => {
    const md = [
      '---', 'title: "Harbour board backs \\"new\\" ferry terminal"', 'date_published: 2025-11-15T08:00:00.000+02:00',
      'feature_image_caption: The old pier. Photo: Jussi Ruotsalainen / Coast Times', 'authors: hamish-tairoa', '---', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs "new" ferry terminal');
    expect(a.published).toBe('2025-11-15T08:00:00+02:00');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('keeps a file opening with two rules as Markdown', async () => {
    const md = ['---', 'A note before the story, set between rules.', '---', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.paragraphs).toContain(PROSE[0]);
  });

  it("drops a Notion page's properties, its callouts and the kicker and standfirst over the byline", async () => {
    const md = [
      '# Harbour board backs ferry terminal', '',
      'Created: December 5, 2025 8:47 AM', 'Tags: harbour, reading list', 'Source: Coast Times', 'URL: https://example.com/ferry', '',
      '<aside>', '📌 Clipped with the web clipper. Ask Kristján about it.', '', '</aside>', '',
      'LOCAL NEWS / HARBOUR', '',
      'The board approved the terminal after two years of argument, and residents say they may go to court', '',
      'Words by Hamish Tairoa · Published 3 December 2025 · 7 min read', '',
      ...PROSE.flatMap((p) => [p, '']),
      '—', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.published).toBe('2025-12-03');
    expect(a.author).toBe('Hamish Tairoa');
    expect(a.source).toBe('Coast Times');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it("drops kramdown's attribute lists, Liquid comments and WordPress ad boxes", async () => {
    const md = [
      '---', 'title: Harbour board backs ferry terminal', 'date: 2025-09-16', '---', '',
      'Lokales · Hafen', '{: .dachzeile}', '',
      '**Von Hauke Meyer und Lena Brodersen**', 'Dienstag, 16.09.2025, 18:30 Uhr', '{: .autorenzeile}', '',
      PROSE[0]!, '', '{% comment %} Check the figure with the board (40 or 44?) {% endcomment %}', '',
      '[sponsored] Need power? **Coast Solar** – systems from 50 kW. [/sponsored]', '',
      PROSE[1]!, '', PROSE[2]!, '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Hauke Meyer und Lena Brodersen');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('bylines with a desk after a slash, and a writer label', () => {
  it('reads the writer before "/ Staff reporter" and after "WRITER:"', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1>
      <div class="name">By Chen Wei-lun / Staff reporter, with CNA</div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await cleanHtml(html)).author).toBe('Chen Wei-lun');
    const text = ['Harbour board backs ferry terminal', '', 'WRITER: Kanokporn Chaiwatthana', 'PUBLISHED : 23 Sep 2025 at 14:30', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await cleanText(text)).author).toBe('Kanokporn Chaiwatthana');
  });

  it('tells a UTC date in the page\'s own zone', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title><meta property="article:published_time" content="2025-11-05T22:30:00Z"></head><body><article><h1>Harbour board backs ferry terminal</h1>
      ${PROSE.map((p, i) => `<p><time datetime="2025-11-06T0${5 + i}:30:00+07:00">${5 + i}:30 am</time></p><p>${p}</p>`).join('')}</article></body></html>`;
    expect((await cleanHtml(html)).published).toBe('2025-11-06T05:30:00+07:00');
  });

  it('tells a UTC date on the day its <time> element prints, at the clock it prints, passing over an update', async () => {
    const head = '<!doctype html><html><head><title>Harbour board backs ferry terminal</title><meta property="article:published_time" content="2025-11-05T22:30:00Z"></head><body><article>';
    const body = `${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const meta = (times: string): string =>
      `<header><h1>Harbour board backs ferry terminal</h1><p class="intro">Murky water may be shielding the reef, researchers say</p><div class="meta"><span class="byline">By <a href="/authors/ada">Ada Quill</a>, Harbour Correspondent</span>${times}</div></header>`;
    const published = '<time class="article__date" datetime="2025-11-05T22:30:00+00:00">Published 6 Nov 2025, 6:30 am</time>';
    const updated = '<time class="article__updated" datetime="2025-11-06T09:00:00+00:00">Updated 6 Nov 2025, 5:00 pm</time>';
    expect((await cleanHtml(head + meta(published + updated) + body)).published).toBe('2025-11-06T06:30:00+08:00');
    // A bare date in `datetime`, set above the headline, prints the day without a clock: the nearest offset that falls on it.
    const above = (time: string): string => `<div class="top"><div class="section"><span><a href="/news">News</a>${time}</span></div></div><div class="title"><h1>Harbour board backs ferry terminal</h1></div>`;
    expect((await cleanHtml(head + above('<time class="dt-published" datetime="2025-11-06">November 6, 2025</time>') + body)).published).toBe('2025-11-06T00:30:00+02:00');
    // A printed day that is the UTC one leaves the time in UTC.
    expect((await cleanHtml(head + above('<time class="dt-published" datetime="2025-11-05">November 5, 2025</time>') + body)).published).toBe('2025-11-05T22:30:00+00:00');
  });
});

describe('site syntax of more Markdown generators', () => {
  it("drops Nuxt Content's components, Zola's fact boxes and Hexo's pullquotes with what they hold", async () => {
    const md = [
      '---', 'title: Harbour board backs ferry terminal', 'date: 2025-09-28', '---', '',
      '::alert{type="warning"}', '**Yellow warning for rain** in force until 06:00 Monday.', '::', '',
      ':share-buttons{networks="facebook,x"}', '',
      PROSE[0]!, '',
      '{% faktaruta(rubrik="Fakta: Hamnen") %}', 'Hamnen byggdes 1890 och ägs av kommunen.', '{% end %}', '',
      PROSE[1]!, '',
      '{% pullquote %}', '"We will go to court if we must." — Ada Quill', '{% endpullquote %}', '',
      '::ad-slot{id="mpu-1"}', 'Advertisement · Valley Damp & Drainage — free surveys. Call 01443 555 010', '::', '',
      PROSE[2]!, '',
      ':author-card{slug="ada-quill"}', '',
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it('ends the article at the first of several closing rules when what follows is scores, a sign-off and comments', async () => {
    const md = [
      '# Harbour board backs ferry terminal', '', ...[...PROSE, ...PROSE, ...PROSE].flatMap((p) => [p, '']), '---', '',
      '**SCORES IN BRIEF**',
      "St. Peter's College 285 all out in 92.3 overs (Sahan Perera 112, Malsha Wijeratne 44; Dulith Samaraweera 5/78, Nethsara Dias 3/61) St. Joseph's College 262 all out in 81.1 overs (Akila Gunawardena 58, Kaveesh Silva 47; Kavindu Fernando 5/48, Yohan Mendis 2/50)",
      '', '---', '', "*That's all for this week. P.S. — thanks to everyone who sent in photos.*", '', '---', '',
      '#### Discussion about this post', '', '**Lalith P.** · Dec 14', 'Well played boys!', '',
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual([...PROSE, ...PROSE, ...PROSE]);
  });

  it('drops a kicker above a byline that shares its paragraph with the date', async () => {
    const md = [
      '+++', 'title = "Harbour board backs ferry terminal"', 'date = 2025-11-18T14:05:00+01:00', '+++', '',
      '**VETENSKAP**', '', 'Av **Johan Kuoppa** | johan.kuoppa@example.se', 'Publicerad 18 november 2025 kl. 14.05 · Uppdaterad 18 november 2025 kl. 16.30', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Johan Kuoppa');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('closing matter and ads in plain text and pages', () => {
  it('drops ad copy under its label, a labelled bio, a labelled Swedish ad and the comments under "Postings"', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'By Ada Quill', '', PROSE[0]!, '',
      'ADVERTISEMENT', 'Zamtel 4G+ bundles are here: 10GB for K50, valid 30 days. Dial *117# to buy now.', 'ADVERTISEMENT', '',
      PROSE[1]!, '', 'Advertisement', 'Send money home for free this festive season with MTN MoMo. Terms apply.', '',
      'ANNONS · Upplev norrskenet från Icehotel – boka vinterpaket för två från 4 990 kr.', '',
      PROSE[2]!, '',
      'About the author: Ada Quill is the Harbour Post\'s transport reporter. She previously worked for Radio West.', '',
      'Postings (37)', 'Zillertaler83: Traurig, aber leider keine Überraschung.', 'bergfex_ibk: Und trotzdem wird weiter diskutiert...', '',
    ].join('\n');
    expect((await cleanText(text)).paragraphs).toEqual(PROSE);
  });

  it('reads a writer over a job line that carries an e-mail address, and takes no time zone for the source', async () => {
    const text = [
      'Harbour board backs ferry terminal', '', 'Ngaio Kereama', 'Sports Reporter · ngaio.kereama@example.co.nz', '21/09/2025 9:05am NZST', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanText(text);
    expect(a.author).toBe('Ngaio Kereama');
    expect(a.source).toBeNull();
    expect(a.published?.slice(0, 10)).toBe('2025-09-21');
  });

  it('drops the family notice under an obituary and reads a British page\'s "12/11/2025" day first', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body><div id="main">
      <h1>Harbour board backs ferry terminal</h1><p class="byline">by Ruaridh Munro<br>Published: 12/11/2025</p>
      ${PROSE.map((p) => `<p>${p.replace('spring', 'autumn, when the centre opens,')}</p>`).join('')}
      <div class="noticebox"><p class="noticehead">FAMILY NOTICE</p><p>MacRae — Peacefully, at Raigmore Hospital, on Sunday, November 9, 2025, Ewen, aged 84 years. Sadly missed.</p></div>
      </div></body></html>`;
    const a = await cleanHtml(html);
    expect(a.published).toBe('2025-11-12');
    expect(a.paragraphs.join(' ')).not.toContain('Sadly missed');
  });

  it("prefers the printed headline to the metadata's search headline about the same story", async () => {
    const html = `<!doctype html><html><head><title>Ferry terminal gets green light | Harbour Post</title><meta property="og:title" content="Ferry terminal gets green light"></head><body><article>
      <h1>Harbour board backs ferry terminal after two-year fight</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await cleanHtml(html)).title).toBe('Harbour board backs ferry terminal after two-year fight');
  });

  it("drops an ad plugin's banner with its copy in a paragraph classed as the ad's text", async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body><article><h1>Harbour board backs ferry terminal</h1>
      <p>${PROSE[0]}</p><div class="code-block code-block-2"><span class="ad-label">Advertisement</span><a href="https://shop.example/?utm_source=site" rel="sponsored"><img src="banner.jpg" alt="Harbour Sports"></a>
      <p class="ad-text">Harbour Sports, Quay Street – English willow bats, pads and helmets. Free knocking-in this month.</p></div><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;
    expect((await cleanHtml(html)).paragraphs).toEqual(PROSE);
  });

  it("drops a raw ad slot in Markdown, a caption credited with 'fot.' or 'Photo courtesy:', and ad copy between 'REKLAMA' labels", async () => {
    const md = [
      '# Harbour board backs ferry terminal', '', PROSE[0]!, '',
      '<div class="ad-slot"><p class="ad-label">Advertisement</p><p>Upskill with our weekend certificate in AI. Admissions open. Limited seats.</p></div>', '',
      'Sahan Perera raises his bat after reaching 100. Photo courtesy: Thilina Kaluthotage / SchoolCricketLK', '',
      PROSE[1]!, '', PROSE[2]!, '',
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
    const text = [
      'Falubaz wygrywa derby lubuskie', '', 'Autor: Michał Górecki | 22.06.2025, 22:47', '',
      'Przemysław Kowalczyk (z prawej) i Mads Kjeldsen świętują po 15. biegu. fot. Paweł Sroka / LubuskiSport24', '',
      PROSE[0]!, '', 'REKLAMA', 'Postaw na PGE Ekstraligę – cashback do 100 zł na pierwszy zakład! Hazard może uzależniać. 18+.', 'REKLAMA', '',
      PROSE[1]!, '', PROSE[2]!, '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.title).toBe('Falubaz wygrywa derby lubuskie');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('drops MkDocs Material admonitions, snippets, abbreviations, attribute lists and caption blocks, and a Portuguese closing bio', async () => {
    const md = [
      '---', 'title: Harbour board backs ferry terminal', 'date: 2025-12-18', '---', '', '--8<-- "includes/topbar.md"', '',
      '!!! warning "Alerta"', '    Moradores devem seguir as orientações enviadas por SMS.', '',
      '*Por **Rafael Santos**, de Lajeado — 18/12/2025 às 21h40*', '',
      '[Compartilhar](#){ .md-button } [Postar](#){ .md-button }', '',
      PROSE[0]!, '', '![Foto](img/x.jpg){ loading=lazy }', '/// caption', 'Moradores retiram móveis. Foto: Arquivo', '///', '',
      PROSE[1]!, '', '??? info "Como ajudar"', '    Doações podem ser entregues na Defesa Civil.', '',
      PROSE[2]!, '', '*[SGB]: Serviço Geológico do Brasil', '',
      '**Rafael Santos** é repórter do Correio do Vale desde 2018.', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Rafael Santos');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it("reads a Google Doc's metadata table and drops the converter's alerts and notes for editors", async () => {
    const md = [
      '<!-----', 'Conversion notes:', '* Docs to Markdown version 1.0β44', '----->', '',
      '<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>', '',
      '<table>', '<tr><td><strong>Slug</strong></td><td>harbour-ferry</td></tr>', '<tr><td><strong>Byline</strong></td><td>Vivian Cheung, Markets Reporter</td></tr>',
      '<tr><td><strong>Publish</strong></td><td>Wed 15 Jan 2025, 18:00 HKT (embargoed)</td></tr>', '</table>', '',
      '# Harbour board backs ferry terminal', '', '**[EDITOR: please keep the Q&A format — KL]**', '',
      ...PROSE.flatMap((p) => [p, '']), '**[EDITOR: update before 6pm — KL]**', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Vivian Cheung');
    expect(a.published?.slice(0, 10)).toBe('2025-01-15');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it("reads Medium's export: the title and subtitle headings go, the signature at the foot names the writer", async () => {
    const md = [
      '---', "title: 'Kotoko beat Hearts at the Baba Yara'", 'description: Ten men and a late winner.', "date: '2025-12-08T07:32:15.204Z'", '---', '',
      '### Kotoko beat Hearts at the Baba Yara', '', '#### Ten men and a late winner.', '', ...PROSE.flatMap((p) => [p, '']),
      '### Player ratings', '', '**Kotoko:** Asare 5; Lamptey 9', '',
      '*If you enjoy this newsletter, you can support my work with a coffee.*', '',
      'By [Kwabena Ofori-Atta](https://medium.com/@k) on [December 8, 2025](https://medium.com/p/1).', '',
      'Exported from [Medium](https://medium.com) on January 4, 2026.', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Kwabena Ofori-Atta');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it("drops Medium's title heading typeset with curly quotes under a front-matter title written with straight ones", async () => {
    const md = [
      '---', "title: 'Owusu-Bempah''s late header wins the Super Clash'", "description: 'Ten men, a missed penalty and a \"miracle\" winner.'", "date: '2025-12-08T07:32:15.204Z'", '---', '',
      '### Owusu-Bempah’s late header wins the Super Clash', '', '#### Ten men, a missed penalty and a “miracle” winner.', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe("Owusu-Bempah's late header wins the Super Clash");
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads a byline and a date on lines of their own, tells a UTC front date at the printed clock, and drops short raw HTML boxes', async () => {
    const md = [
      '---', 'title: Harbour board backs ferry terminal', 'date: 2025-11-24T23:30:00.000Z', 'author: health-desk', '---', '',
      '<div class="kurs">JCI 7,412.55 ▲0.8% · USD/IDR 16,648 · Jakarta 31°C</div>', '', '**SCIENCE & HEALTH**', '',
      '**Ratna Wulandari (The Jakarta Daily)**  ', 'Bandung ● Tue, November 25, 2025 ● 06:30 am', '',
      ...PROSE.flatMap((p) => [p, '']),
      '<div class="disclaimer">Your premium period will expire in 0 day(s). Subscribe to keep reading.</div>', '',
      '<div class="popular"><h4>Most viewed</h4><ol><li>Bali to charge tourists levy at airport from March</li></ol></div>', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Ratna Wulandari');
    expect(a.published).toBe('2025-11-25T06:30:00+07:00');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it("drops Grav's notice boxes and chrome sections and reads its date day first on a British page", async () => {
    const md = [
      '---', "title: 'Harbour board backs ferry terminal'", "date: '03-12-2025 09:30'", '---', '',
      '[section name="topbar"]', '**THE NORTHERN RECORD** · News · Politics', '[/section]', '',
      PROSE[0]!.replace('harbour', 'harbour centre'), '', '[notice=note]**Asteroid Day:** Every year on 30 June scientists hold events.[/notice]', '',
      PROSE[1]!, '', PROSE[2]!, '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.published?.slice(0, 10)).toBe('2025-12-03');
    expect(a.paragraphs.join(' ')).not.toContain('Asteroid Day');
  });

  it('reads a plain-text long read: the headline over its standfirst and byline, the date among the credits, no pull quote, no wire credits', async () => {
    const deck = 'Can a dose of radiation, too weak to harm an animal but strong enough to set off a border scanner, make a rhino worthless to a poacher? Inside the experiment';
    const quote = 'If the alarm goes off and the box says it is carvings, open the box.';
    const text = [
      'SAVANNA REVIEW', 'Long reads on science, land and life in southern Africa', '', 'LONG READ', '', 'The glow in the horn', '', deck, '',
      'Words by Lerato Khumalo | Photographs by Sipho Nkosi | 7 November 2025', '', '▶ Listen to this story · 27 min        ☐ Save for later        ↗ Share', '',
      PROSE[0]!, '', `Zanele Mkhize remembers the first test. "${quote}"`, '', `“${quote}”`, '— Zanele Mkhize, customs detection, SARS', '',
      PROSE[1]!, '', PROSE[2]!, '', 'Kamau reported from Nairobi. Esther Nyambura in Mombasa contributed to this report.', '',
      'This story was supported by a grant from the Southern Africa Science Journalism Fund.', '',
    ].join('\n');
    const a = await cleanText(text);
    expect(a.title).toBe('The glow in the horn');
    expect(a.published).toBe('2025-11-07');
    expect(a.paragraphs).toEqual([PROSE[0], `Zanele Mkhize remembers the first test. "${quote}"`, PROSE[1], PROSE[2]]);
  });

  it('drops a results list run into one line, a fact box line, an obituary desk note, a French standfirst and a French ad box', async () => {
    expect(await junk('Uitslag elite mannen: 1. Mathieu van der Poel (Ned) 1u02:14 – 2. Thibau Nys (Bel) op 42" – 3. Wout van Aert (Bel) z.t. – 4. Michael Vanthourenhout (Bel) op 1\'05" – 5. Laurens Sweeck (Bel) op 1\'19" – 6. Joris Nieuwenhuis (Ned)')).toBe(true);
    expect(await junk('Goals this season: 11 in 19 (all comps)')).toBe(true);
    expect(await junk('Hope update: Gamez takes 3rd-round lead')).toBe(false);
    expect(await junk('Obituaries in The Standard are independent news articles. To place a paid death notice, visit our Remembering section.')).toBe(true);
    const html = `<!doctype html><html lang="fr"><head><title>Le CERN ouvre le dialogue</title></head><body><article><h1>Le CERN ouvre le dialogue avec les communes</h1>
      <p class="chapeau">Le laboratoire présente cette semaine son projet aux habitants de Genève et du Pays de Gex.</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <div class="pub"><span>PUBLICITÉ</span><p>Optique Léman — vos lunettes dès 390 CHF.</p></div></article></body></html>`;
    expect((await cleanHtml(html)).paragraphs).toEqual(PROSE);
  });

  it("reads Pandoc's fenced divs and spans by their class names, and drops Docusaurus admonitions and MDX comments", async () => {
    const md = [
      '::: {#top-bar .top-bar}', 'Saturday, December 6, 2025 \\| Suva 29°C Showers', ':::', '',
      '[SPORTS \\| RUGBY SEVENS]{.category-label}', '', '# Harbour board backs ferry terminal {#harbour .entry-title}', '',
      '[Residents lose a two-year fight]{.standfirst}', '',
      '::: {.byline}', '[Losana Tuivaga](/author/losana){.author-link} · Sports Writer\\', '[December 6, 2025 5:00 am]{.post-date}', ':::', '',
      '::: {.entry-content}', PROSE[0]!, '', '::: {.ad-slot .inline-ad}', '[Advertisement]{.ad-label}', ':::', '', PROSE[1]!, '', '{/* truncate */}', '',
      ':::tip Key numbers', '- 40 million pounds', ':::', '', PROSE[2]!, ':::', '',
      '::: {.latest-sports}', '### Latest Sports', '', '- [Drua sign prop](/sports/drua)', ':::', '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs ferry terminal');
    expect(a.author).toBe('Losana Tuivaga');
    expect(a.published).toBe('2025-12-06');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('drops paired Hugo shortcodes and blocks a shortcode opens, in any language, but keeps a drop cap and a figure', async () => {
    const md = [
      '+++', 'title = "Harbour board backs ferry terminal"', 'date = 2025-12-06T22:48:00-05:00', '+++', '',
      '{{< meteo ville="Montréal" >}} -9 °C, neige légère · Circulation : pont Champlain', '',
      '{{< temoins >}}', 'Nous utilisons des témoins (cookies) pour améliorer votre expérience.', '{{< /temoins >}}', '',
      `{{< dropcap >}}${PROSE[0]![0]}{{< /dropcap >}}${PROSE[0]!.slice(1)}`, '', '{{< figure src="/x.jpg" caption="Le port" >}}', '', PROSE[1]!, '',
      '{{< pub id="carre-1" >}}', 'PUBLICITÉ — Chez Ti-Jean, Laval : la poutine à 9,99 $ les soirs de match.', '', PROSE[2]!, '',
      '{{< sommaire >}}', '**Sommaire** — 1re période : 1. MTL, Suzuki 4:12', '{{< /sommaire >}}', '',
      '{{< auteur id="mathieu-bergeron" >}}', 'Mathieu Bergeron couvre le port pour Le Fleuve depuis 2016.', '',
    ].join('\n');
    expect((await cleanMarkdown(md)).paragraphs).toEqual(PROSE);
  });

  it("reads Obsidian's web clipper: the linked author, the page's address, no publication date from the clipping day, highlights as text", async () => {
    const md = [
      '---', 'title: "Harbour board backs ferry terminal"', 'source: "https://www.example.com.au/news/harbour-ferry"', 'author:', '  - "[[Mia Hallett]]"', 'published:', 'created: 2025-12-08', '---',
      PROSE[0]!, '', PROSE[1]!.replace('the board said', '==the board said=='), '', PROSE[2]!, '',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.author).toBe('Mia Hallett');
    expect(a.published).toBeNull();
    expect(a.source).toBeNull();
    expect(a.canonicalUrl).toBe('https://www.example.com.au/news/harbour-ferry');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads "NAME reports from PLACE" in capitals, a dotted date with a two-digit year beside its weekday, and a German headline over its standfirst over the writer', async () => {
    const text = [
      'THE SHETLAND BEACON', '', 'Harbour board backs ferry terminal after a two-year fight', '',
      'INGRID TULLOCH reports from Unst', '', 'Friday 28.11.25, 14:20', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await cleanText(text);
    expect(a.author).toBe('Ingrid Tulloch');
    expect(a.published).toBe('2025-11-28');
    const deck = 'Ein Antikörper, den Forschende des Swiss TPH in Tansania getestet haben, senkte die Zahl der Malariafälle bei Kleinkindern um fast drei Viertel. Bis zur Zulassung dauert es aber noch.';
    const german = [
      'Basler Abendpost', 'Die Zeitung für Basel und die Region', '', 'Wetter Basel 6°, Hochnebel', 'Verkehr: Stau am Zoll Weil am Rhein/Basel, +20 Min. | Osttangente Richtung Deutschland stockend', '',
      'Eine Spritze schützt Kinder ein halbes Jahr: Durchbruch für Allschwiler Tropeninstitut', '', deck, '', 'Reto Brüderlin', 'Dienstag, 18. November 2025, 17.45 Uhr', '',
      'Eine einzige Spritze mit einem Antikörper hat Kleinkinder in Tansania sechs Monate lang weitgehend vor Malaria geschützt. Das zeigt eine grosse Studie des Instituts in Allschwil.', '',
      'An der Studie nahmen rund 2400 Kinder zwischen sechs Monaten und fünf Jahren in der Küstenregion um Bagamoyo teil. Die Hälfte erhielt zu Beginn der Regenzeit eine Spritze.', '',
      'In der Gruppe mit dem Antikörper gab es 73 Prozent weniger Malariaerkrankungen, schwere Fälle gingen sogar um 80 Prozent zurück, sagte die Studienleiterin am Dienstag.', '',
    ].join('\n');
    expect((await cleanText(german)).title).toBe('Eine Spritze schützt Kinder ein halbes Jahr: Durchbruch für Allschwiler Tropeninstitut');
  });

  it('drops a live badge, a refresh notice and ad boxes, and reads a correspondent credited "From NAME, City"', async () => {
    const html = `<!doctype html><html><head><title>Harbour board backs ferry terminal</title></head><body><article><p class="live">● LIVE</p><h1>Harbour board backs ferry terminal</h1>
      <div class="td-post-author-name">From Sani Garba Yakasai, Kano</div><p class="refresh">This page automatically refreshes every 60 seconds.</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('<div class="ad"><span class="ad-label">ADVERTISEMENT</span><p>SulitLoad 99: unli calls and texts + 12GB for 7 days. Dial *123# now!</p></div>')}</article></body></html>`;
    const a = await cleanHtml(html);
    expect(a.author).toBe('Sani Garba Yakasai');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads a Markdown tool\'s syntax even when it is the only tool syntax in the file', async () => {
    const attributed = ['# Harbour board backs ferry terminal {.entry-title}', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await cleanMarkdown(attributed)).title).toBe('Harbour board backs ferry terminal');
    const noticed = ['# Harbour board backs ferry terminal', '', PROSE[0]!, '', '[notice=note]Asteroid Day is on 30 June.[/notice]', '', PROSE[1]!, '', PROSE[2]!, ''].join('\n');
    expect((await cleanMarkdown(noticed)).paragraphs).toEqual(PROSE);
  });
});

describe('closing matter in more languages', () => {
  const romanian = [
    'Meniu | Știri | Sport | Economie',
    '',
    'Furtuna cu grindină a distrus acoperișuri în Rădăuți',
    '',
    'Autor: Andreea Hriban',
    '',
    'O furtună puternică, însoțită de grindină, a lovit marți seară municipiul Rădăuți și mai multe comune din zonă, unde pompierii au intervenit pentru a scoate apa din case și pentru a degaja copacii căzuți.',
    '',
    'Citește și: Primăria Suceava pregătește un nou plan pentru zonele inundabile',
    '',
    'Potrivit Inspectoratului pentru Situații de Urgență, au fost afectate peste 120 de gospodării, iar în mai multe sate curentul electric a fost întrerupt pentru câteva ore, până când echipele au reparat rețeaua.',
    '',
    'PUBLICITATE',
    '',
    'Meteorologii anunță că de joi vremea se va stabiliza, iar temperaturile vor urca până la 30 de grade în toată zona de nord a țării.',
    '',
    'Andreea Hriban este reporter la Bucovina Azi și scrie despre administrație locală și situații de urgență.',
    '',
    'Urmărește Bucovina Azi și pe Google News!',
  ].join('\n');

  it('leaves out a Romanian "read also" line, ad label, the writer\'s bio and the Google News prompt', async () => {
    const doc = await cleanDocument(decodeDocument(utf8(romanian), { key: 'incoming/furtuna.txt' }), { now: NOW });
    const body = doc.paragraphs.join('\n');
    expect(doc.author).toBe('Andreea Hriban');
    expect(body).toContain('Meteorologii anunță');
    for (const junk of ['Citește și', 'PUBLICITATE', 'este reporter la', 'Google News']) expect(body).not.toContain(junk);
  });
});

describe('a page converted to Markdown by pandoc', () => {
  it('reads fenced divs whose one class is written bare ("::: site-branding") as the elements they stand for', async () => {
    const md = [
      '::: {#page .site}', '::: {#masthead .site-header}', '::: site-branding', '[Harbour Log](https://example.com/)', '', 'News from the harbour since 1998', ':::', ':::', '',
      '::: {#content .site-content}', '::: entry-header', '# Harbour board backs ferry terminal {.entry-title}', '', '::: entry-meta', 'March 5, 2024 by Hamish Tairoa', ':::', ':::', '',
      '::: {.entry-content}', ...PROSE.flatMap((p) => [p, '']), ':::', ':::', ':::',
    ].join('\n');
    const a = await cleanMarkdown(md);
    expect(a.title).toBe('Harbour board backs ferry terminal');
    expect(a.paragraphs.slice(-3)).toEqual(PROSE);
  });
});

describe('a link to the comments above the story', () => {
  it('goes, also when a closing section is cut under the story', async () => {
    const md = [
      '# Harbour board backs ferry terminal',
      '',
      '[Join the conversation](https://example.com/ferry#comments)',
      '',
      ...PROSE.flatMap((p) => [p, '']),
      '## Related stories',
      '',
      '- [Lighthouse keepers recall the old days](https://example.com/a)',
      '- [Promenade works delayed again](https://example.com/b)',
    ].join('\n');
    const article = await cleanMarkdown(md);
    expect(article.paragraphs).toEqual(PROSE);
  });
});

describe('topic labels and bio headings under stories in more languages', () => {
  const story = (closing: string[]): string => ['# Tappara nousi sarjan kärkeen derbyvoitolla', '', ...PROSE.flatMap((p) => [p, '']), ...closing.flatMap((l) => [l, ''])].join('\n');

  it.each([
    ['Finnish topics', 'Aiheet: Tappara, Ilves, Liiga, Jääkiekko'],
    ['Norwegian topics', 'Tema: Verft · Hydrogen · Havbruk'],
    ['German topics', 'Themen: Bundeswehr · Wehrdienst'],
    ['Afrikaans topics', 'Onderwerpe: Landbou, Wetenskap, Wyn'],
  ])('leaves out %s', async (_what, line) => {
    const doc = await cleanMarkdown(story([line]));
    const body = doc.paragraphs.join('\n');
    expect(body).toContain('expected no further delays');
    expect(body).not.toContain(line);
  });

  it.each([
    ['Portuguese', 'Por Edson Kapinga', 'Sobre o autor', 'Edson Kapinga é jornalista de economia do Porto Diário, com passagem pela rádio regional.'],
    ['Swedish', 'Av Karin Lund', 'Om skribenten', 'Karin Lund är reporter på Hamnbladet och skriver om sjöfart och fiske.'],
  ])('leaves out a %s bio and the heading over it', async (_language, byline, heading, bio) => {
    const doc = await cleanText(['Porto Diário', '', 'O porto movimentou carga recorde em 2026', '', byline, '', ...PROSE.flatMap((p) => [p, '']), heading, bio, 'Comentários (3)'].join('\n'));
    const body = doc.paragraphs.join('\n');
    expect(doc.author).toBe(bio.split(/ (?:é|är) /)[0]);
    expect(body).toContain('expected no further delays');
    expect(body).not.toContain(heading);
    expect(body).not.toContain(bio);
  });

  it('keeps a sentence that opens with the same word', async () => {
    const line = 'Tema for møtet: kommunestyret tar opp planene for havna igjen i mai, sier ordføreren.';
    const doc = await cleanMarkdown(story([line]));
    expect(doc.paragraphs.join('\n')).toContain(line);
  });
});

describe('a nonprofit newsroom’s closing boxes in Markdown', () => {
  it('leaves out the writer’s bold-named bio, the Creative Commons notice and the newsletter box', async () => {
    const md = [
      '# Harbour board approves ferry terminal',
      '',
      'By Ada Quill',
      '',
      ...PROSE.flatMap((p) => [p, '']),
      '**Ada Quill** covers transport for the Harbour Ledger. She previously reported for newspapers in Maine.',
      '',
      'Republish this article',
      '----------------------',
      '',
      'This work is licensed under a [Creative Commons Attribution-NoDerivatives 4.0 International License](https://creativecommons.org/licenses/by-nd/4.0/). You may republish it free of charge with credit to the Harbour Ledger.',
      '',
      'Get the Ledger in your inbox',
      '----------------------------',
      '',
      'Free, every weekday morning. Unsubscribe anytime.',
      '',
    ].join('\n');
    const doc = await cleanMarkdown(md);
    expect(doc.author).toBe('Ada Quill');
    expect(doc.paragraphs[doc.paragraphs.length - 1]).toBe(PROSE[2]);
  });

  it('keeps a sentence of the story about unsubscribing', async () => {
    const line = 'Residents who signed up for the harbour alerts were told they could unsubscribe anytime.';
    const doc = await cleanMarkdown(['# Harbour board approves ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), line, '', PROSE[0]!].join('\n'));
    expect(doc.paragraphs).toContain(line);
  });
});

describe('a notes app’s export of a clipped page', () => {
  const md = [
    '# Tappara–Ilves 6.2.',
    '',
    'Tallennettu Safarista su 7.2. klo 10.12',
    '',
    '[Uutiset](https://www.koskenranta.example/uutiset) [Urheilu](https://www.koskenranta.example/urheilu) [Kulttuuri](https://www.koskenranta.example/kulttuuri)',
    '',
    '[Tilaa](https://www.koskenranta.example/tilaa) [Kirjaudu](https://www.koskenranta.example/kirjaudu)',
    '',
    '## Tappara nousi Liigan kärkeen derbyvoitolla – Ilves kaatui Nokia Arenalla 4–2',
    '',
    'Teksti: [Ville Rantanen](https://www.koskenranta.example/toimittajat/ville-rantanen)',
    'Kuvat: Mikko Aaltonen',
    '',
    'Julkaistu 6.2.2025 22:14 | Päivitetty 7.2.2025 9:05',
    '',
    'Tappara nousi lauantaina Liigan sarjakärkeen, kun se voitti Tampereen paikallisottelussa Ilveksen 4–2 loppuunmyydyllä Nokia Arenalla. Ottelua seurasi 12 941 katsojaa.',
    '',
    'Eetu Laaksonen teki kaksi maalia toisessa erässä, ja Tapparan puolustus piti Ilveksen hyökkäyksen kurissa koko kolmannen erän ajan.',
    '',
    'Sitä ennen Tappara isännöi tiistaina KalPaa ja Ilves pelaa keskiviikkona HIFK:ta vastaan Helsingissä.',
  ].join('\n');

  it('takes the page’s headline over the note’s short label, and the writer from the labelled byline, not the account links', async () => {
    const doc = await cleanMarkdown(md);
    expect(doc.title).toBe('Tappara nousi Liigan kärkeen derbyvoitolla – Ilves kaatui Nokia Arenalla 4–2');
    expect(doc.author).toBe('Ville Rantanen');
    expect(doc.published).toBe('2025-02-06');
  });
});

describe('a closing sentence too short to count as prose', () => {
  it('ends the story when only the page\'s tags and related links stand under it', async () => {
    const last = 'Zespół AGH chce kontynuować pomiary do 2030 roku. Projekt finansuje Urząd Marszałkowski Województwa Małopolskiego.';
    const text = ['Woda wraca do Olkusza', '', ...PROSE.flatMap((p) => [p, '']), 'Zapisz się na nasz cotygodniowy newsletter i bądź na bieżąco.', '', PROSE[0]!.replace('harbour board', 'town council'), '', last, '',
      'Tagi: woda, AGH, Sztoła', 'Udostępnij', 'Zobacz także', 'Wolbrom: nowa hala sportowa gotowa przed terminem', '12 października 2026', 'Komentarze (6)'].join('\n');
    const read = await cleanDocument(decodeDocument(utf8(text), { key: 'incoming/olkusz.txt' }), { now: NOW });
    expect(read.paragraphs[read.paragraphs.length - 1]).toBe(last);
  });
});

describe('closing lines of a theme, a wire and the desk', () => {
  const clean = async (lines: readonly string[], key = 'incoming/closing.txt'): Promise<string[]> =>
    (await cleanDocument(decodeDocument(utf8(['Harbour board backs the new ferry terminal', '', ...lines.flatMap((l) => [l, ''])].join('\n')), { key }), { now: NOW })).paragraphs;

  it('drops the category and tags line, the previous and next links between arrows, and a wire’s distribution credit', async () => {
    for (const tail of [
      'Posted in Transfers · Tagged Bendel Insurance, NPFL, Osagie Ekhator, Rangers International, Enugu',
      '« Prev Sting 5, Spirit 2: Sarnia win fifth straight at home Next » Deadline day live: every OHL trade as it happened',
      'Conteúdo distribuído pela Agência Amazônia Ocidental (AAO). Reprodução autorizada com citação da fonte.',
    ]) {
      expect(await clean([...PROSE, tail])).toEqual(PROSE);
    }
  });

  it('drops a closing update or correction note that names the article or says what it added, in French and Portuguese', async () => {
    for (const note of [
      'Article mis à jour le 13 mars 2026 à 9 h 40 : ajout de la réaction du maire de Vals-les-Bains.',
      'Notícia corrigida às 15h20: o estudo abrangeu 32 locais, e não 23, como inicialmente escrito.',
      'Atualizado a 10 de junho de 2026, às 9h20, com o número de trabalhadores da cooperativa.',
    ]) {
      expect(await clean([...PROSE, note])).toEqual(PROSE);
    }
  });
});

describe('a blog entry’s footer in Portuguese', () => {
  it('closes the story: the writers’ boxes under it are no part of it', async () => {
    const text = ['Harbour board backs the new ferry terminal', '', ...PROSE.flatMap((p) => [p, '']), 'Partilhar:', '',
      'Este artigo foi publicado em Economia e etiquetado com cooperativa, emprego, queijo, Seia. Adicione aos favoritos o link permanente.', '',
      'Inês Saraiva da Fonseca', 'Jornalista do Notícias da Estrela desde 2018, escreve sobre economia, agricultura e autarquias da serra.', '',
      'Tiago Brás Matos', 'Jornalista estagiário, licenciado em Ciências da Comunicação pela Universidade da Beira Interior.'].join('\n');
    const read = await cleanDocument(decodeDocument(utf8(text), { key: 'incoming/seia.txt' }), { now: NOW });
    expect(read.paragraphs).toEqual(PROSE);
  });
});
