import { describe, expect, it } from 'vitest';
import { junkKind } from '../../functions/core/clean/boilerplate.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { isDashSignedLine } from '../../functions/core/clean/dash-signed-lines.js';

const NOW = new Date('2026-11-20T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = async (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

const PROSE = [
  'Trevor Lavallee and Scott Kakegamic of Kenora won the tournament on Saturday, bringing twenty pounds of smallmouth bass to the final weigh-in at the harbour.',
  'The local pair, who finished second two years ago, beat a Winnipeg team by less than two pounds after three days of wind and rain on the lake.',
  'A total of 110 teams from Ontario, Manitoba and Minnesota fished the lake from Thursday to Saturday, and all fish were released after the weigh-in.',
  'Lavallee said the team had found a few islands on Wednesday and stayed there, as the wind pushed the bait in and the fish followed it.',
];
const body = PROSE.flatMap((p) => [p, '']);

describe('the header of a copied page', () => {
  it('takes a one-word section glued to the headline off it when the page writes the headline\'s first word on its own', async () => {
    const page = ['Home', 'News', 'Sports', '', 'Home / Sports / AnglingLavallee and Kakegamic win Kenora Bass International by two pounds', '', 'Megan Tkachuk', 'Aug 8, 2026 — 4 min read', '', ...body].join('\n');
    const c = await clean(page, 'kenora.txt');
    expect(c.title).toBe('Lavallee and Kakegamic win Kenora Bass International by two pounds');
    expect(c.author).toBe('Megan Tkachuk');
  });

  it('takes a kicker in capitals glued to the headline off it when the breadcrumb names that section', async () => {
    const page = ['Home', '/', 'Sport', '/', 'Fishing', 'FISHINGLavallee and Kakegamic win Kenora Bass International by two pounds', 'Staff Reporter', 'Published: Aug 8, 2026', '', ...body].join('\n');
    expect((await clean(page, 'kicker.txt')).title).toBe('Lavallee and Kakegamic win Kenora Bass International by two pounds');
  });

  it('takes a section of two words glued to the headline off it when the page writes the headline\'s first word on its own', async () => {
    const page = ['Inicio', 'Deportes', '', 'Inicio » Deportes » Copa ChileLavallee and Kakegamic win Kenora Bass International by two pounds', '', 'Aug 8, 2026', '', ...body].join('\n');
    expect((await clean(page, 'copa.txt')).title).toBe('Lavallee and Kakegamic win Kenora Bass International by two pounds');
  });

  it('keeps a brand written so in the story', async () => {
    const prose = PROSE.map((p, i) => (i === 1 ? `${p} BlackRock said it would keep its stake.` : p));
    const page = ['Home', 'Business', '', 'Home / Business / BlackRock sells its stake in the lake resort to a Winnipeg group', '', 'Aug 8, 2026', '', ...prose.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(page, 'brand.txt')).title).toBe('BlackRock sells its stake in the lake resort to a Winnipeg group');
  });

  it('reads a writer over the e-mail link and the date, and a byline of two writers joined by "och"', async () => {
    const italian = ['Piras decide gara 3: la Dinamo batte la Virtus ed è avanti nella serie', 'Federica Sechi', 'Invia una email', '17 maggio 2026', '', ...body].join('\n');
    expect((await clean(italian, 'sassari.txt')).author).toBe('Federica Sechi');
    const swedish = ['VSK är svenska mästare efter förlängning i finalen', 'Av Oskar Hedlund och Maja Forsgren', 'Publicerad 14 mars 2026 kl. 21.47', '', ...body].join('\n');
    expect((await clean(swedish, 'bandy.txt')).author).toBe('Oskar Hedlund och Maja Forsgren');
  });

  it('takes the printed headline over a first line naming the site its masthead prints', async () => {
    const page = ['Bass International final on the lake — Kenora Lakeside News', '', 'Skip to main content', 'Tuesday, 11 August 2026', 'Kenora Lakeside News', 'News from the lake country', 'Menu', '', 'FISHING',
      'Lavallee and Kakegamic win Kenora Bass International by two pounds', 'The local pair beat a Winnipeg team after three days of wind and rain on the lake.', 'By Megan Tkachuk', '08.08.2026, 18:40', '', ...body].join('\n');
    const c = await clean(page, 'masthead.txt');
    expect(c.title).toBe('Lavallee and Kakegamic win Kenora Bass International by two pounds');
    // The day over the masthead is the copy's, not the story's.
    expect(c.published?.slice(0, 10)).toBe('2026-08-08');
  });

  it('reads "Escrito por" in an article\'s info list and drops its view counter', async () => {
    const md = ['# La madrileña Nubaria invertirá 1.800 millones en un campus de datos', '', '- Escrito por [Pilar Lasheras](https://example.es/autores/pilar-lasheras)', '- Publicado: 09 Junio 2026', '- Visitas: 3.214', '', ...body].join('\n');
    const c = await clean(md, 'nubaria.md');
    expect(c.author).toBe('Pilar Lasheras');
    expect(c.paragraphs.join('\n')).not.toContain('Visitas');
  });
});

describe('furniture between and under the paragraphs', () => {
  it('drops the bios of an author box of two writers, each under their name', async () => {
    const page = ['Electoral commission sets May 2027 date for elections', 'By Hodan Abdi Warsame and Mohamed Yusuf Jama', 'March 10, 2026', '', ...body,
      'Share this:', 'Facebook', 'X', 'WhatsApp', 'Telegram', 'Email', '', 'About the authors', 'Hodan Abdi Warsame', 'Hodan Abdi Warsame is the Record’s political correspondent. She has covered every election since 2017.', 'Mohamed Yusuf Jama', ''].join('\n');
    const c = await clean(page, 'election.txt');
    expect(c.paragraphs.at(-1)).toBe(PROSE.at(-1));
  });

  it('drops a line closed by a dash and a name, a related headline\'s site or an advertiser\'s shop', async () => {
    expect(isDashSignedLine('Pneumatici estivi montati in giornata a Sassari e Porto Torres – Gommeria Nuova Sassari')).toBe(true);
    expect(isDashSignedLine('Perak freezes quarry after Gunung Rapat rockfall - Kinta Valley Post')).toBe(true);
    expect(isDashSignedLine('The study was published in The Lancet Regional Health – Southeast Asia.')).toBe(false);
    expect(isDashSignedLine('Despite The Monthly Fee, You’re Still Buying — Not Renting — Games')).toBe(false);
    const page = ['Kenora pair win bass tournament by two pounds', 'Aug 8, 2026', '', PROSE[0], '', PROSE[1], '', 'Outboards, parts and service all week – Lakeside Marine Supply, Keewatin', '', PROSE[2], '', PROSE[3]].join('\n');
    expect((await clean(page, 'ad.txt')).paragraphs).toEqual(PROSE);
  });

  it('drops a call to follow the site on WhatsApp after a colon, an app offer and a row of share buttons', async () => {
    const lines = [
      'Hochwasser-Warnungen direkt aufs Handy: Folgen Sie dem Mosel-Echo auf WhatsApp.',
      'Get The Hargeisa Record app for iPhone and Android and never miss a story from home.',
      'Del på Facebook Del på LinkedIn Del på X Send som e-mail Kopiér link',
    ];
    for (const line of lines) {
      const page = ['Kenora pair win bass tournament by two pounds', 'Aug 8, 2026', '', PROSE[0], '', PROSE[1], '', line, '', PROSE[2], '', PROSE[3]].join('\n');
      expect((await clean(page, 'promo.txt')).paragraphs).toEqual(PROSE);
    }
  });

  it('drops share and copy-link buttons that name no network, and keeps a sentence about sharing a link', async () => {
    for (const line of ['Artikel teilen Link kopieren', 'Share article Copy link', "Partager l'article Copier le lien"]) {
      const page = ['Kenora pair win bass tournament by two pounds', 'Aug 8, 2026', '', PROSE[0], '', PROSE[1], '', line, '', PROSE[2], '', PROSE[3]].join('\n');
      expect((await clean(page, 'share.txt')).paragraphs, line).toEqual(PROSE);
    }
    expect(junkKind('Copy the link and share the story with a friend')).toBeNull();
  });
});
