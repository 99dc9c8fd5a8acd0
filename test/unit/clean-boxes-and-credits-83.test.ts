import { describe, expect, it } from 'vitest';
import { isSummaryLabel, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { unwrapBlocks } from '../../functions/core/clean/text-units.js';
import { clean, REPORT } from './clean-report-fixture.js';

const blank = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);

describe('bylines that name the writer first', () => {
  it('reads the name before the paper’s staff or the town reported from', () => {
    expect(bylineAuthor('Marlene Osmond | Times staff', null)).toBe('Marlene Osmond');
    expect(bylineAuthor('Kirsti Lahtonen, Compass staff writer', null)).toBe('Kirsti Lahtonen');
    expect(bylineAuthor('Dara Quinn – Herald reporter', null)).toBe('Dara Quinn');
    expect(bylineAuthor('Relebohile Mphutlane reports from Semonkong', null)).toBe('Relebohile Mphutlane');
  });

  it('reads a text credit in more languages and the writer after a post’s day and time', () => {
    expect(bylineAuthor('Besedilo: Tadeja Eržen | Foto: Boštjan Tratnik', null)).toBe('Tadeja Eržen');
    expect(bylineAuthor('21.06.2026 19:05 od Katarína Beňušová', null)).toBe('Katarína Beňušová');
    expect(bylineAuthor('21.06.2026 19:05 od Bratislavy', null)).toBeNull();
  });

  it('leaves lines that name no writer', () => {
    expect(bylineAuthor('The council, staff', null)).toBeNull();
    expect(bylineAuthor('Jane Doe, photographer', null)).toBeNull();
    expect(bylineAuthor('Ambulance crews report from the scene', null)).toBeNull();
  });
});

describe('a blog’s saved page without an <h1> (Weebly)', () => {
  const page = (body: string): string => `<!doctype html><html><head><title>Hunters on a roll - The Port Moresby Times</title>
<meta property="og:title" content="Hunters make it five in a row with win over Devils">
<link rel="canonical" href="https://www.pmtimes.example/news/hunters-beat-devils"></head><body>
<div class="wsite-logo">The Port Moresby Times</div>
<div class="blog-post"><div class="blog-header"><h2 class="blog-title"><a href="https://www.pmtimes.example/news/hunters-beat-devils">Hunters beat Norths Devils for a fifth straight win at the National Football Stadium</a></h2>
<p class="blog-date">7/4/2026</p></div><div class="blog-content">${body}</div></div>
<h2 class="wsite-content-title">Archives</h2><p>July 2026</p></body></html>`;

  it('takes the entry title that links to the page’s own address as the headline', async () => {
    const a = await clean(page(REPORT.map((p) => `<div class="paragraph">${p}</div>`).join('\n')), 'incoming/hunters.html');
    expect(a.title).toBe('Hunters beat Norths Devils for a fifth straight win at the National Football Stadium');
  });

  it('drops the byline, a box set in one paragraph of lines and a subscription sold by telephone', async () => {
    const body = [
      `<div class="paragraph"><em>Marlene Osmond | Times staff</em><br /><br />${REPORT[0]}<br /><br />${REPORT[1]}</div>`,
      '<div class="paragraph"><strong>HUNTERS AT A GLANCE</strong><br />Founded: 2014<br />Home ground: National Football Stadium<br />Titles: 2017, 2021</div>',
      `<div class="paragraph">${REPORT[2]}</div>`,
      '<div class="paragraph"><strong>Get the Times in your mailbox or inbox – a year of the print edition is K65. Call 325 4000 to subscribe.</strong></div>',
      `<div class="paragraph">${REPORT[3]}</div>`,
    ].join('\n');
    const a = await clean(page(body), 'incoming/hunters.html');
    expect(a.author).toBe('Marlene Osmond');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a standfirst written as a headline, in bold, opening the entry', () => {
  it('is no paragraph of the story', async () => {
    const html = `<!doctype html><html><head><title>Hunters win</title></head><body><article><h1>Hunters beat Devils for a fifth straight win</h1>
<div class="entry-content"><p class="has-medium-font-size"><strong>Two tries for Kila, six goals for Rau and a sell-out crowd: how the Hunters made it five</strong></p>
${REPORT.map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('stays when it is the story’s first sentence set in bold', async () => {
    const html = `<!doctype html><html><head><title>Hunters win</title></head><body><article><h1>Hunters beat Devils for a fifth straight win</h1>
<div class="entry-content"><p><strong>${REPORT[0]}</strong></p>
${REPORT.slice(1).map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a page copied without blank lines, its headline over a blog account and the day', () => {
  it('takes the headline over the account, not the standfirst under the date', async () => {
    const text = [
      'Thursday, July 9, 2026', 'The Port Moresby Times', 'Home', 'Sport', 'Business', 'Home»Sport',
      'Hunters beat Devils for a fifth straight win', 'Times Admin', 'July 07, 2026', '0 Comments',
      'Two tries for Kila and six goals from six for Rau as the home side pulls clear after the break',
      'Report by Ase Maino | amaino@pmtimes.example', ...REPORT, 'Labels: Rugby League, Hunters', 'Share This:', 'Facebook', 'Twitter',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.title).toBe('Hunters beat Devils for a fifth straight win');
    expect(a.published).toBe('2026-07-07');
  });
});

describe('boxes set between paragraphs of a text copy', () => {
  it('drops a box of figures, each figure and what it counts on a line of its own', async () => {
    const text = ['Hunters beat Devils', '', ...blank(REPORT.slice(0, 2)), 'The season in numbers', '5 – wins in a row', '28 pts – scored on Saturday', '6 – goals from six attempts', '', ...blank(REPORT.slice(2))].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('keeps a box’s figures on their lines on a page whose paragraphs the copy wrapped', () => {
    const wrapped = [
      'The Hunters beat Norths Devils 28-20 in front of a sell-out',
      'crowd at the National Football Stadium on Saturday night, their',
      'fifth win in a row in the Queensland Cup, and the coach said the',
      'crowd had carried his side through a difficult ten minutes.',
    ];
    const box = ['5 wins – in a row for the Hunters this season', '6 goals – from six attempts by halfback Rau', '400 km – travelled by the fans to the game', '28 pts – scored on Saturday night'];
    const [, figures] = unwrapBlocks([wrapped, box], new Date('2026-08-01T00:00:00Z'));
    expect(figures).toEqual(box);
  });

  it('names a box "in figures" in the languages read, after up to four words of what it counts', () => {
    expect(isSummaryLabel('A lonxa de Burela en cifras')).toBe(true);
    expect(isSummaryLabel('Porodnice v číslech')).toBe(true);
    expect(isSummaryLabel('Sezona u brojkama')).toBe(true);
    expect(isSummaryLabel('Ventas en cifras récord')).toBe(false);
  });

  it('drops a box named in another language "in figures"', async () => {
    const text = ['Hunters beat Devils', '', ...blank(REPORT.slice(0, 2)), 'A TEMPADA DOS HUNTERS EN CIFRAS', '5 vitorias seguidas', '28 puntos no sábado', '6 goles de 6 intentos', '', ...blank(REPORT.slice(2))].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('drops a short heading over three lines or more of labels and what they stand for', async () => {
    const text = ['Hunters beat Devils', '', ...blank(REPORT.slice(0, 2)), 'VAŽNI BROJEVI', 'Hitne službe: 112', 'Stadion: 325 4000', 'Prodaja ulaznica: Boroko, Gordons', '', ...blank(REPORT.slice(2))].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('keeps a writer’s name over the published and updated lines as the byline', async () => {
    const text = ['Hunters beat Devils for a fifth straight win', '', 'Nina Aebischer', 'Publiziert: 12.06.2026, 17.45 Uhr', 'Aktualisiert: 13.06.2026, 07.20 Uhr', 'Merken', '', ...blank(REPORT)].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Nina Aebischer');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('keeps a headline with a colon and a breadcrumb trail under a kicker', async () => {
    const text = ['Sport', 'Hunters: five in a row after a win over the Devils at home', 'You are here : Home › Sport › Hunters: five in a row…', '', 'By Ase Maino', '', ...blank(REPORT)].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.title).toBe('Hunters: five in a row after a win over the Devils at home');
  });
});

describe('chrome in more languages', () => {
  it('reads a share label alone over its buttons', () => {
    expect(junkKind('Podijeli:')).toBe('boilerplate');
    expect(junkKind('Sdílet:')).toBe('boilerplate');
    expect(junkKind('Podijeli')).toBeNull();
  });

  it('reads a Lithuanian caption credit and calls to follow on Facebook', () => {
    expect(junkKind('Rokas Dambrauskas po pergalingo tritaškio. Nuotr. Linas Žukauskas')).toBe('boilerplate');
    expect(junkKind('Sekite „Rinkos aikštę“ Facebook’e – sporto naujienos pirmiausia ten!')).toBe('boilerplate');
    expect(junkKind('Kövesse a Békési Tükröt a Facebookon is, és értesüljön elsőként a vármegye híreiről!')).toBe('boilerplate');
  });
});

describe('the end of a Catalan page', () => {
  it('cuts the writer’s box, the related stories and the comments', async () => {
    const md = [
      '# Els Hunters guanyen el derbi', '', ...blank(REPORT), '**Vicent Ferrándiz**', '', 'Redactor de Ràdio Serpis. Cobreix l’esport de l’Alcoià des de 2012.', '',
      '## Més notícies', '', '- [Els Devils fitxen un nou entrenador](https://example.cat/devils)', '', '3 comentaris', '',
      'Ànim a tots els jugadors, quina temporada més bona que esteu fent aquest any.', '', '### Deixa un comentari', '',
      'La vostra adreça electrònica no es publicarà. Els camps obligatoris estan marcats amb *',
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
  });
});
