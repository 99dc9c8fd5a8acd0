import { describe, expect, it } from 'vitest';
import { isSummaryLabel, junkKind, labelOverWhatItSums } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor, capitalsSigned, dashSigned } from '../../functions/core/clean/byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

describe('a story signed at its foot', () => {
  it('reads a dash and the name with the town after a comma, and a name in capitals before the town', () => {
    expect(dashSigned('— Finda Kamanda, Koidu City')).toBe('Finda Kamanda');
    expect(dashSigned('– Dilhani Fernandopulle in Negombo')).toBe('Dilhani Fernandopulle');
    expect(capitalsSigned('SEREANA VUNIBOLA, Levuka')).toBe('Sereana Vunibola');
    // A wire dateline has the shape too, without a given name in it.
    for (const line of ['PORT MORESBY, Papua New Guinea', 'NEW ZEALAND, Auckland', 'UNITED NATIONS, New York']) expect(capitalsSigned(line), line).toBeNull();
  });

  it('takes the signing name as the author of a text copy and leaves it out of the story', async () => {
    const text = ['Hunters beat Devils', 'Posted By: Sports Desk', 'July 6, 2026', ...REPORT, 'SEREANA VUNIBOLA, Port Moresby', 'Tags', 'Hunters', 'Share', 'Facebook'].join('\n');
    const a = await clean(text, 'signed.txt');
    expect(a.author).toBe('Sereana Vunibola');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('reads Romanian "Scris de" as a byline', () => {
    expect(bylineAuthor('Scris de Enikő Szász-Moldovan', null)).toBe('Enikő Szász-Moldovan');
  });
});

describe('a page copied without blank lines', () => {
  it('takes the line over the "Posted By" line as the headline, not the deck under the date', async () => {
    const deck = 'Ovalau processor to hire from next week as a three-year US contract lifts output to 70 tonnes a day';
    const text = ['Menu', 'Bula Business Daily', 'Wednesday, May 20, 2026', 'Home / Business / Fisheries', 'Fisheries', 'Levuka cannery to add night shift and 180 jobs after loin export deal',
      'Posted By: Business Desk', 'May 19, 2026', '1 Comment', deck, 'Share on Facebook', 'Tweet on X', ...REPORT].join('\n');
    const a = await clean(text, 'blockless.txt');
    expect(a.title).toBe('Levuka cannery to add night shift and 180 jobs after loin export deal');
    expect(a.published?.slice(0, 10)).toBe('2026-05-19');
  });
});

describe('boxes and prompts between and under the paragraphs', () => {
  it('knows a fact box by its label in more languages', () => {
    for (const label of ['Fakta', 'PE SCURT', 'Ve zkratce', 'În cifre']) expect(isSummaryLabel(label), label).toBe(true);
    expect(labelOverWhatItSums('Fakta: Læsø Trindel')).toBe(true);
  });

  it('drops the category Jetpack sets under each related post, and a channel to join on a network', () => {
    for (const line of ['In "Sports"', 'In “Acadia”', 'Dans « Société »', 'En «Deportes»', 'Rejoignez la chaîne WhatsApp de Kassoumay Matin pour recevoir nos alertes en temps réel.']) expect(junkKind(line), line).not.toBeNull();
    expect(junkKind('In "The Tempest", the storm stands for grief and exile.')).toBeNull();
  });

  it('drops a correction note after a note on the results in the same line', () => {
    expect(junkKind('Full results are posted by the timing company. Correction: An earlier version of this story gave the wrong finishing time for Devin Nadeau.')).not.toBeNull();
    expect(junkKind('The timing company posted full results on Monday. Correction notices are rare at the race, its director said.')).toBeNull();
  });

  it('drops a link card whose publisher and writer stand on lines of their own, between paragraphs only', async () => {
    const card = ['Otjikoto’s underwater guns: divers map 1915 arsenal', 'Divers from Windhoek have mapped more than 400 items on the lake floor.', 'The Namib Courier', 'Ndeshipanda Amakali'];
    const text = ['Hunters beat Devils', 'By Mark Tane', ...REPORT.slice(0, 2), ...card, ...REPORT.slice(2)].join('\n');
    const a = await clean(text, 'card.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});
