import { describe, expect, it } from 'vitest';
import { isSummaryLabel, junkKind, splitDateline } from '../../functions/core/clean/boilerplate.js';
import { clean, REPORT } from './clean-report-fixture.js';

const SHARE = ['Share this:', 'Facebook', 'X', 'WhatsApp'];

describe('a note’s own stamp over a page pasted as plain lines', () => {
  it('gives way to the page’s headline, writer and day when the reader wrote where and when it was copied', async () => {
    const md = [
      '# Hunters 28-20 Devils (Q Cup)', '', 'copied from pngsport.com.pg, Tue 3 Mar 2026', '', 'Skip to content', 'PNG Sport', 'Menu', 'Rugby League', 'Football',
      'Hunters beat Devils for a fifth straight win', 'Rhys Kaupa', 'March 1, 2026', '', ...REPORT.flatMap((p) => [p, '']), ...SHARE,
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.title).toBe('Hunters beat Devils for a fifth straight win');
    expect(a.author).toBe('Rhys Kaupa');
    expect(a.published).toBe('2026-03-01');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('the closing matter of a copied page', () => {
  it('reads a theme’s entry footer under the share buttons and related posts ("Author NAME" over "Posted on DATE")', async () => {
    const text = [
      'Hunters beat Devils', '', ...REPORT.flatMap((p) => [p, '']), ...SHARE, 'Related', 'Hunters sign Lae prop', 'May 21, 2026', 'In "Sport"',
      'Author Jodie Postlethwaite-Reed', 'Posted on June 9, 2026', 'Categories Sport', '2 comments',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Jodie Postlethwaite-Reed');
    expect(a.published).toBe('2026-06-09');
  });

  it('reads an entry footer set one field to a line, whose day beats the copy day over the masthead', async () => {
    const text = [
      'Skip to content', 'Friday 31 July 2026 · Lae 31°C', 'PNG SPORT', 'Hunters beat Devils for a fifth straight win', '',
      ...REPORT.flatMap((p) => [p, '']), 'Published', '23 July 2026', 'in', 'Sport', 'by', 'Lucia Famiglietti', 'Tags: rugby league',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Lucia Famiglietti');
    expect(a.published).toBe('2026-07-23');
  });

  it('takes the name alone under the last paragraph as the writer when it opens on a given name ("Alessia Cascone")', async () => {
    const text = ['Hunters beat Devils', '', ...REPORT.flatMap((p) => [p, '']), 'Alessia Cascone', 'Tag: rugby league Hunters', 'Articolo precedente'].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Alessia Cascone');
  });

  it('leaves out the writers’ box under its label ("L’autrice", "Sobre los autores")', async () => {
    const text = ['Hunters beat Devils', '', ...REPORT.flatMap((p) => [p, '']), 'L’autrice', 'Gaëlle Lemonnier', 'Journaliste au Phare depuis 2018, elle suit la mer et la pêche.'].join('\n');
    expect((await clean(text, 'incoming/hunters.txt')).paragraphs).toEqual(REPORT);
    const md = ['# Hunters beat Devils', '', ...REPORT.flatMap((p) => [p, '']), '## Sobre los autores', '', '**Citlali Pineda Ortiz** Reportera en Juchitán. Cubre derechos humanos.', ''].join('\n');
    expect((await clean(md, 'incoming/hunters.md')).paragraphs).toEqual(REPORT);
  });
});

describe('boxes set inside a story', () => {
  it('go with their label: "The Meadowlark by the numbers" and "What to expect: …" over a list in a page', async () => {
    for (const label of ['The Meadowlark by the numbers', 'What to expect: River Watch forecast for the Fredericton gauge']) {
      const html = `<html lang="en"><head><title>Hunters beat Devils</title></head><body><article><h1>Hunters beat Devils</h1><p>${REPORT[0]}</p><p>${REPORT[1]}</p>
        <div class="box"><h3>${label}</h3><ul><li>$489,000 list price</li><li>4 hours in the air with reserves</li><li>240 jobs promised by 2029</li></ul></div>
        <p>${REPORT[2]}</p><p>${REPORT[3]}</p></article></body></html>`;
      expect((await clean(html, 'incoming/hunters.html')).paragraphs, label).toEqual(REPORT);
    }
  });

  it('read a match’s facts, a forecast and figures as boxes by their labels', () => {
    for (const label of ['MATCH FACTS', 'Match details', 'What to expect', 'The Meadowlark by the numbers']) expect(isSummaryLabel(label), label).toBe(true);
    expect(isSummaryLabel('What the council expects')).toBe(false);
  });
});

describe('lines that only promote the site', () => {
  it('include a newsletter offered after a question and a Portuguese call to join a channel', () => {
    expect(junkKind('Want the Furness Post’s business news every Friday? Join our free newsletter.')).not.toBeNull();
    expect(junkKind('Entre no canal da Folha da Serra no WhatsApp')).not.toBeNull();
    expect(junkKind('Entre 2019 e 2024 o canal do WhatsApp cresceu para dez mil pessoas.')).toBeNull();
  });
});

describe('a wire dateline closed by a colon after the agency', () => {
  it('leaves the first paragraph ("PESHAWAR, Jan 17 (Sarhad News Service): …")', () => {
    expect(splitDateline('PESHAWAR, Jan 17 (Sarhad News Service): Asim Gul Afridi won the title on Saturday.')).toEqual({ text: 'Asim Gul Afridi won the title on Saturday.', agency: 'Sarhad News Service', place: 'PESHAWAR' });
  });
});

describe('a site\'s bar with the day and the weather', () => {
  it('is chrome at the top or the foot of a page ("Weather Thunder Bay −14°C, light snow · Thursday, March 12, 2026"), not a sentence about the heat', () => {
    expect(junkKind('Weather Thunder Bay −14°C, light snow · Thursday, March 12, 2026')).toBe('boilerplate');
    expect(junkKind('Graulhet, samedi 7 mars 2026 · 14 °C')).toBe('boilerplate');
    expect(junkKind('The hottest day of 2026 so far was 38°C in Seville.')).toBeNull();
  });
});
