import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { trailingMatchFacts } from '../../functions/core/clean/match-facts.js';
import { bylineLines } from '../../functions/core/clean/byline.js';
import { parseHTML } from 'linkedom';
import type { DomElement } from '../../functions/core/clean/dom.js';

const NOW = new Date('2026-08-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

const REPORT = [
  'The Hunters beat Norths Devils 28-20 in front of a sell-out crowd at the National Football Stadium on Saturday night, their fifth win in a row in the Queensland Cup.',
  'Winger Ase Kila scored two tries in the first half, and halfback Junior Rau kicked six goals from six attempts as the home side pulled clear after the break.',
  'Coach Paul Aiton said the crowd had carried his side through a difficult ten minutes before half-time, when the Devils scored twice with a man in the sin bin.',
  'The Hunters’ next home game is against the Brisbane Tigers on July 11.',
];

describe('a match’s facts under the report', () => {
  it('go in any language: the result, the officials and the sheets are no sentences', () => {
    const facts = [
      'HUNTERS 28 (A Kila 2, W Gari, N Pokana tries; J Rau 6 goals) d NORTHS DEVILS 20 (L Fisher, B Kelly tries; R Stone 4 goals). Referee: Chris Sutton. Crowd: 12,000.',
      'Reserve grade: Mudgee 24 d CYMS 10. League tag: CYMS 16 d Mudgee 12.',
    ];
    expect(trailingMatchFacts([...REPORT, ...facts])).toBe(2);
    const danish = ['KAMPFAKTA', 'Sønderjyske – Randers FC 3-1 (0-1)', 'Mål: 0-1 Mads Kragh (34.), 1-1 Oliver Bech (63.), 2-1 Rasmus Lund (82., str.)', 'Dommer: Morten Krogh. Tilskuere: 7.412.'];
    expect(trailingMatchFacts([...REPORT, ...danish])).toBe(4);
    const croatian = ['JUG AO – MLADOST 12:10 (3:3, 4:2, 2:3, 3:2)', 'Bazen u Gružu. Gledatelja: 2100. Suci: Kovač (Split), Šimunović (Rijeka).'];
    expect(trailingMatchFacts([...REPORT, ...croatian])).toBe(2);
  });

  it('leave the report alone: a closing sentence with a score, a kick-off time or a phone number stays', () => {
    expect(trailingMatchFacts(REPORT)).toBe(0);
    expect(trailingMatchFacts([...REPORT, 'In the other game Orange CYMS beat Bathurst Panthers 22-20 at Wade Park.'])).toBe(0);
    // Details without a result are no match's facts: a box office line under a concert review.
    expect(trailingMatchFacts([...REPORT, 'VIP : 60,000 R : 50,000 S : 40,000', 'Inquiry 02-751-1500'])).toBe(0);
    expect(trailingMatchFacts([...REPORT, 'Posted By: Edward Gomez | December 13 2007 at 07:52 AM'])).toBe(0);
    // Three paragraphs of report stay whatever follows.
    expect(trailingMatchFacts(['Mudgee 26 d CYMS 18', 'Referee: Matt Gallagher.'])).toBe(0);
  });

  it('go from a text page with the writer’s bio and a follow prompt after them; a byline with a handle names the writer', async () => {
    const text = [
      'Hunters beat Devils before record crowd', '', 'Joshua Kuman (@joshkuman)', 'Sunday 28 June 2026', '',
      ...REPORT.flatMap((p) => [p, '']),
      'HUNTERS 28 (A Kila 2, W Gari, N Pokana tries; J Rau 6 goals) d NORTHS DEVILS 20 (L Fisher, B Kelly tries; R Stone 4 goals). Referee: Chris Sutton. Crowd: 12,000.', '',
      'Joshua Kuman is a sports reporter with PNG Daily Nius. He covers rugby league and the Hunters.', '',
      'Like PNG Daily Nius on Facebook for live scores from every Hunters game.', '',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Joshua Kuman');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('go from a Markdown post, with the ad under its label between the paragraphs', async () => {
    const md = [
      '# Hunters beat Devils before record crowd', '',
      REPORT[0], '', REPORT[1], '', '*Advertisement*', '',
      '*Cudgegong Tyres & Mechanical — 4WD and farm tyres, fitted while you wait. 14 Market Street, Mudgee.*', '',
      REPORT[2], '', REPORT[3], '',
      '**HUNTERS 28** (A Kila 2, W Gari tries; J Rau 6 goals) **d NORTHS DEVILS 20** (L Fisher, B Kelly tries). **Referee:** Chris Sutton.', '',
      '**Reserve grade:** Hunters 24 d Devils 10.', '',
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('an ad’s copy under its label', () => {
  it('goes when it reads as a business, a dash and its offer, in any language', async () => {
    const html = `<html lang="fi"><head><title>Veto kaatoi Jymyn</title></head><body><article><h1>Veto kaatoi Jymyn</h1>
      <p>${REPORT[0]}</p><p>${REPORT[1]}</p>
      <div class="moduletable"><p class="label">MAINOS</p><p>Vimpelin Kone ja Rauta – Ruohonleikkurit, trimmerit ja mökkitarvikkeet. Avoinna ma–pe 8–17.</p></div>
      <p>${REPORT[2]}</p><p>${REPORT[3]}</p></article></body></html>`;
    const a = await clean(html, 'incoming/veto.html');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('stays when the paragraph under the label is the article’s', async () => {
    const md = ['# Hunters beat Devils', '', REPORT[0], '', 'ADVERTISEMENT', '', REPORT[1], '', REPORT[2], ''].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT.slice(0, 3));
  });
});

describe('closing prompts in more languages', () => {
  it('drops follow and newsletter prompts and an agency credit line', async () => {
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    for (const line of [
      'Like PNG Daily Nius on Facebook for live scores from every Hunters game.',
      'Sledujte Tatry Dnes aj na Facebooku a Instagrame.',
      "Segueix tota l'actualitat de l'Olot a la nostra secció d'esports i al canal de WhatsApp de Garrotxa Esports.",
      'Meld deg på nyhetsbrevet vårt – nyheter fra Lofoten hver morgen kl. 07.',
      'С информация от БТА',
    ]) expect(junkKind(line), line).not.toBeNull();
    expect(junkKind('The council said it would post the new timetable on Facebook and Instagram before the school holidays begin.')).toBeNull();
  });

  it('reads a Croatian bio with the job before the verb', async () => {
    const text = [
      'Jug pobijedio Mladost', '', 'Autor: Ivo Marić', '1. 8. 2026.', '',
      ...REPORT.flatMap((p) => [p, '']),
      'Ivo Marić sportski je novinar Stradun Infa. Piše o vaterpolu, nogometu i jedrenju.', '',
    ].join('\n');
    const a = await clean(text, 'incoming/jug.txt');
    expect(a.author).toBe('Ivo Marić');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a byline box whose parts the page sets apart only by style', () => {
  it('reads each part as its own line', () => {
    const { document } = parseHTML('<div class="byline"><span>Af <a href="/j">Jesper Lauridsen</a></span><span>Sportsjournalist</span><time>søndag 19. juli 2026</time></div><div class="author"><a>Elif Karaağaç</a><span>Muhabir</span></div>');
    const boxes = document.querySelectorAll('div') as unknown as DomElement[];
    expect(bylineLines(boxes[0]!)[0]).toBe('Af Jesper Lauridsen');
    expect(bylineLines(boxes[1]!)).toEqual(['Elif Karaağaç', 'Muhabir']);
  });
});
