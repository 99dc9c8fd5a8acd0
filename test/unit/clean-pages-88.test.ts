import { describe, expect, it } from 'vitest';
import { isAdCopy, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { withoutUpdateNotes } from '../../functions/core/clean/update-note.js';
import { clean, REPORT } from './clean-report-fixture.js';

const TITLE = 'Hunters beat Norths Devils for a fifth straight win';

describe('bylines and dates of the pages of -88', () => {
  it('reads a story’s label and its writer under the headline, and the day from a one-line entry footer', async () => {
    const page = ['St Thomas Chronicle', 'Home', 'Sports', TITLE, '3 Replies', 'MATCH REPORT | Oneil Lindo-Marsh', ...REPORT,
      'This entry was posted in Sports and tagged Hunters, Rugby League on July 11, 2026 by STC Sports Desk.', 'About STC Sports Desk'].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Oneil Lindo-Marsh');
    expect(cleaned.published).toBe('2026-07-11');
    expect(cleaned.paragraphs.join('\n')).not.toContain('MATCH REPORT');
  });

  it('reads a correspondent’s credit with the town, and “Escribe:” and “Words:” as byline labels', () => {
    expect(bylineAuthor('Corespondență de la Orșova: Andreea Bocșe', null)).toBe('Andreea Bocșe');
    expect(bylineAuthor('Escribe: Luciana Bordón', null)).toBe('Luciana Bordón');
    expect(bylineAuthor('Words: Megan Ferreira-Dube', null)).toBe('Megan Ferreira-Dube');
  });

  it('takes the writer from an author box under a desk’s Markdown byline, and leaves the box out', async () => {
    const page = [`# ${TITLE}`, '', 'By [Northeast Bureau](/authors/northeast-bureau) · Published: 14 Jul 2026, 10:05 am', '', ...REPORT.flatMap((p) => [p, '']),
      '![Nisha Rajkhowa](https://cdn.example/nisha.jpg)', '', '**Nisha Rajkhowa**', '', 'Principal Correspondent, Guwahati. Covers Assam, the Northeast and the Brahmaputra.', ''].join('\n');
    const cleaned = await clean(page, 'incoming/a.md');
    expect(cleaned.author).toBe('Nisha Rajkhowa');
    expect(cleaned.paragraphs.join('\n')).not.toContain('Principal Correspondent');
  });

  it('leaves out a Markdown deck over the picture’s credited caption and the byline', async () => {
    const page = ['[Coast Echo](https://www.coastecho.example/)', '', `## [${TITLE}](https://www.coastecho.example/sport/hunters)`, '', '7/20/2026', '', '[1 Comment](https://www.coastecho.example/sport/hunters#comments)', '', '*Hunters come from behind; Devils lose their captain to injury*', '', '![The try](https://example.org/try.jpg)', '',
      'The winger dives over in the corner. Image: Kyle Vorster / Coast Echo', '', 'Words: [Megan Ferreira-Dube](mailto:megan@coastecho.example)', '', ...REPORT.flatMap((p) => [p, ''])].join('\n');
    const cleaned = await clean(page, 'incoming/a.md');
    expect(cleaned.paragraphs[0]).toBe(REPORT[0]);
  });
});

describe('boxes, ads and notes of the pages of -88', () => {
  it('reads an ad’s copy closing on a number to ring', () => {
    expect(isAdCopy('Plantain Garden Hardware & Building Supplies, Port Morant. Cement, steel, zinc. Call 876-982-4410')).toBe(true);
    expect(isAdCopy('The club said supporters could call the office for tickets.')).toBe(false);
  });

  it('leaves out a fact box of labelled items under its title, the first item opening on a year', async () => {
    const page = [TITLE, 'By Fabienne Käppeli', 'July 8, 2026', REPORT[0], REPORT[1], 'SO WIRD DER SEE BEATMET', 'Seit 1986: Belüftung im Winter, reiner Sauerstoff im Sommer',
      'Tiefe: 47 Meter, Fläche: 10,3 Quadratkilometer', 'Kosten heute: rund 90 000 Franken pro Jahr', REPORT[2], REPORT[3]].join('\n');
    const body = (await clean(page, 'incoming/a.txt')).paragraphs.join('\n');
    expect(body).not.toContain('BEATMET');
    expect(body).not.toContain('Kosten heute');
    expect(body).toContain(REPORT[3]);
  });

  it('leaves out a closing update note whose label and day stand on a line of their own, and a German “ergänzt” note', () => {
    const story = ['First paragraph of the story.', 'Second paragraph of the story.', 'Third paragraph of the story.', 'Fourth paragraph of the story.'];
    expect(withoutUpdateNotes([...story, 'Actualizare, 7 aprilie 2026, ora 17:30', 'Prima cursă a bărcii va pleca miercuri la ora 7:00.'], null).paragraphs).toEqual(story);
    expect(withoutUpdateNotes([...story, 'Dieser Artikel wurde am 8. Juli um 14.20 Uhr ergänzt: Angaben zum Kanton Luzern.'], null).paragraphs).toEqual(story);
  });

  it('leaves out a public-interest reporting credit and a Nordic call for tips', () => {
    expect(junkKind('Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.')).toBe('boilerplate');
    expect(junkKind('Har du tips? Send oss en melding på 412 00 500.')).toBe('boilerplate');
    expect(junkKind('Har du tips om hvor laksen går? Fiskerne sier elva er full av fisk i år.')).toBeNull();
  });

  it('leaves out a fact box set in a block editor’s bordered group or a French “encadré”', async () => {
    for (const cls of ['wp-block-group is-style-border', 'encadre']) {
      const html = `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>By Iris Plomp</p>
        <p>${REPORT[0]}</p><p>${REPORT[1]}</p>
        <div class="${cls}"><h3>De uitslagen</h3><ul><li>Heren: 1. Rens Vermaat (Zegveld) 21,74 m</li><li>Dames: 1. Nynke Bakker (Oudewater) 17,02 m</li></ul></div>
        <p>${REPORT[2]}</p><p>${REPORT[3]}</p></article></body></html>`;
      const body = (await clean(html, 'incoming/a.html')).paragraphs.join('\n');
      expect([cls, body.includes('De uitslagen'), body.includes('Vermaat')]).toEqual([cls, false, false]);
      expect(body).toContain(REPORT[3]);
    }
  });
});
