import { describe, expect, it } from 'vitest';
import { isAdCopy, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { dayFirstOnPage } from '../../functions/core/clean/dates.js';
import { withoutUpdateNotes } from '../../functions/core/clean/update-note.js';
import { clean, REPORT } from './clean-report-fixture.js';

const TITLE = 'Hunters beat Norths Devils for a fifth straight win';
const blank = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);

describe('update notes closing the story in other languages', () => {
  it('drops a German, Swedish, Czech or Polish note with its day or time', () => {
    for (const note of [
      'Aktualisiert am 24.06.2026 um 14:20 Uhr: Die B40 ist wieder in beiden Richtungen befahrbar.',
      'Uppdaterad kl. 14.35: Uppgiften om antalet evakuerade hushåll har justerats.',
      'Aktualizováno 2. 9. 2026 v 15:10: doplněno vyjádření starostky.',
      'Aktualizacja, 2 marca 2026, godz. 12:40: dodano wyniki kobiet.',
    ]) {
      expect(withoutUpdateNotes([...REPORT, note], null).paragraphs).toEqual(REPORT);
    }
  });
});

describe('bylines in more forms', () => {
  it('reads a contributor’s label, a name beside an address, a place with its district and "Por:"', () => {
    expect(bylineAuthor('Contributor: Bronte Nankervis', null)).toBe('Bronte Nankervis');
    expect(bylineAuthor('Nomvula Mkhonta | nomvula.mkhonta@eswatinipulse.co.sz', null)).toBe('Nomvula Mkhonta');
    expect(bylineAuthor('Sadia Halepoto reports from Mithi, Tharparkar', null)).toBe('Sadia Halepoto');
    expect(bylineAuthor('**Por: Itzel Huanosto Ziranda**', null)).toBe('Itzel Huanosto Ziranda');
  });

  it('names the writer from a closing bio that makes them the outlet’s own reporter, under an account’s byline', async () => {
    const html = `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
      <div class="meta"><span class="byline"><span class="author vcard"><a href="/author/compassdesk/">Compass Desk</a></span></span></div>
      <div class="entry-content">${REPORT.map((p) => `<p>${p}</p>`).join('')}
      <div class="about-the-author"><h4>About the author</h4><p><strong>Tamika Deveaux</strong> is the Compass’s science and environment correspondent, based in Nassau.</p></div>
      </div></article></body></html>`;
    expect((await clean(html, 'incoming/a.html')).author).toBe('Tamika Deveaux');
  });
});

describe('a deck and a caption over the writer’s byline', () => {
  const DECK = 'Two late tries sealed it in the rain, and the Hunters now sit two points clear at the top of the table.';
  const CAPTION = 'Ari Kila dives over for the winning try on Saturday.';

  it('is no part of the story, with a byline and its photo credit on one line', async () => {
    const page = ['Home', 'Sport', TITLE, 'Written by Web Desk', 'Published: 22 July 2026', '', DECK, '', CAPTION, '', 'Story by Renata Shumway | Photos by Wade Redd', '', ...blank(REPORT)].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Renata Shumway');
    expect(cleaned.paragraphs[0]).toBe(REPORT[0]);
  });

  it('is no part of the story, with the writer’s name over their job', async () => {
    const page = ['Sports', TITLE, '22 juillet 2026 par Rédaction', DECK, CAPTION + ' (Photo courtoisie UTHC)', 'Catherine Asselin', 'Journaliste de l’Initiative de journalisme local', ...REPORT].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Catherine Asselin');
    expect(cleaned.paragraphs[0]).toBe(REPORT[0]);
  });
});

describe('a blog’s name over its post', () => {
  it('takes the post’s title in a lower heading under the blog’s name linking home', async () => {
    const md = ['# [La Voz del Lago](https://lavozdellago.blogspot.com/)', '', 'Noticias de la ribera desde 2011', '', `### [${TITLE}](https://lavozdellago.blogspot.com/2026/04/post.html)`, '', ...blank(REPORT)].join('\n');
    expect((await clean(md, 'incoming/a.md')).title).toBe(TITLE);
  });
});

describe('dates, footers and meta lines', () => {
  it('reads numeric dates month first where the page spells one of them out that way', () => {
    expect(dayFirstOnPage('Wysłane przez redakcja, 03/02/2026 - 07:30. Aktualizacja, 2 marca 2026, godz. 12:40.', 'pl')).toBe(false);
    expect(dayFirstOnPage('Wysłane przez redakcja, 03/02/2026 - 07:30. Aktualizacja, 3 lutego 2026, godz. 12:40.', 'pl')).toBe(true);
  });

  it('drops Blogger’s post footer, with the account and the hour', async () => {
    const md = ['# ' + TITLE, '', ...blank(REPORT), 'Publicado por [Redacción La Voz del Lago](https://www.blogger.com/profile/1) a las [10:15](https://example.blogspot.com/2026/04/post.html)'].join('\n');
    expect((await clean(md, 'incoming/a.md')).paragraphs.at(-1)).toBe(REPORT.at(-1));
  });

  it('drops a kicker over the headline and the dates with a comment count', async () => {
    const html = `<!doctype html><html lang="sv"><head><title>${TITLE}</title></head><body><article><p class="hp-vinjett">ÖVERSVÄMNINGEN</p><h1>${TITLE}</h1>
      <p class="hp-dates"><span>Publicerad 12 juli 2026 kl. 06.00</span> <span>Uppdaterad 12 juli 2026 kl. 14.35</span> <a href="#comments">2 kommentarer</a></p>
      ${REPORT.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(html, 'incoming/a.html')).paragraphs[0]).toBe(REPORT[0]);
  });
});

describe('headlines printed apart from the metadata’s', () => {
  const META = `<meta property="og:title" content="Hunters extend their lead"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fifth win in a row for the Hunters"}</script>`;

  it('takes a second <h1> under one holding the site’s name', async () => {
    const html = `<!doctype html><html><head><title>Fifth win in a row for the Hunters » Niugini Trader</title><meta property="og:site_name" content="Niugini Trader">${META}</head><body>
      <header><a href="/"><h1>Niugini Trader</h1></a></header><main><h1>${TITLE}</h1>${REPORT.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
    expect((await clean(html, 'incoming/a.html')).title).toBe(TITLE);
  });

  it('takes the <h2> over the story on a page with no <h1>, not a sidebar’s', async () => {
    const html = `<!doctype html><html><head><title>Fifth win in a row for the Hunters | Kintyre Mariner</title>${META}</head><body>
      <div id="sidebar-first" class="sidebar"><h2>Most read this week in the whole of Kintyre and beyond</h2><ul><li>One</li></ul></div>
      <div id="center"><div class="breadcrumb"><a href="/">Home</a> › Sport</div><h2>${TITLE}</h2>${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect((await clean(html, 'incoming/a.html')).title).toBe(TITLE);
  });
});

describe('ads and prompts in more languages', () => {
  it('reads a shop’s name and town before a colon, a discount, a booking line and a day’s service as an ad’s copy', () => {
    expect(isAdCopy('Quincaillerie Tremblay-Fortin, Clermont : bottes, crampons et vêtements techniques à 20 % de rabais jusqu’au 30 septembre.')).toBe(true);
    expect(isAdCopy('Restaurante El Pescado Blanco, a un costado de la Plaza Vasco de Quiroga: cocina michoacana y vista al lago. Reservaciones al 434 100 2233.')).toBe(true);
    expect(isAdCopy('Serwis i wypożyczalnia nart „Izerka”, ul. Turystyczna 12 – smarowanie nart klasycznych w 24 godziny.')).toBe(true);
  });

  it('reads Québec’s newsletter prompt', () => {
    expect(junkKind('Vous aimez nos nouvelles? Abonnez-vous à notre infolettre du vendredi, c’est gratuit.')).not.toBeNull();
  });
});

describe('the writer’s linked name under the headline', () => {
  it('reads a small heading linking to the writer’s page beside the avatar', async () => {
    const md = ['[Sports](https://example.ca/tag/sports/)', '', '# ' + TITLE, '', '![Tessa Lajeunesse](https://example.ca/images/tessa.jpg)', '', '#### [Tessa Lajeunesse](https://example.ca/author/tessa/)', '', 'Jul 23, 2026 — 4 min read', '', ...blank(REPORT)].join('\n');
    expect((await clean(md, 'incoming/a.md')).author).toBe('Tessa Lajeunesse');
  });
});

describe('a race’s results box inside the story', () => {
  it('drops its label and its ranked lines from a text page', async () => {
    const page = [TITLE, '', REPORT[0], '', 'PIER TO PUB 2026: TOP FINISHERS', 'Men: 1. Jye Pollerd (Torquay) 13:52; 2. Lachie Rothfield (Ocean Grove) 14:01; 3. Finn Chiodo (Lorne) 14:06', 'Women: 1. Saskia Vandermolen (Geelong) 14:31; 2. Ella Bransgrove (Jan Juc) 14:38; 3. Mia Kurzeja (Elwood) 14:44', '', ...blank(REPORT.slice(1))].join('\n');
    const text = (await clean(page, 'incoming/a.txt')).paragraphs.join('\n');
    expect(text).not.toContain('TOP FINISHERS');
    expect(text).not.toContain('Jye Pollerd');
    expect(text).toContain(REPORT[1]);
  });

  it('drops its heading and its bold-labelled lines from Markdown', async () => {
    const md = ['# ' + TITLE, '', REPORT[0], '', '### Results: classic sprint finals', '', '**Women:** 1. Maren Tschetter (Canmore) 3:18.6; 2. Chloé Ouellette (Gatineau) 3:20.9; 3. Hanna Fenske (Rossland) 3:21.4', '', '**Men:** 1. Eli Pomerleau (Québec) 2:58.2; 2. Owen Barr (Whitehorse) 2:59.0; 3. Nils Arnesen (Canmore) 3:00.1', '', ...blank(REPORT.slice(1))].join('\n');
    const text = (await clean(md, 'incoming/a.md')).paragraphs.join('\n');
    expect(text).not.toContain('Results:');
    expect(text).not.toContain('Chloé Ouellette');
  });
});
