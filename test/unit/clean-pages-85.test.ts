import { describe, expect, it } from 'vitest';
import { isSummaryLabel } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor, cleanAuthor } from '../../functions/core/clean/byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

const blank = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);
const TITLE = 'Hunters beat Norths Devils for a fifth straight win';

describe('bylines and credits', () => {
  it('reads a bilingual page’s two byline words, a semicolon after the name and a Markdown byline in bold over the desk', () => {
    expect(bylineAuthor('Gan / By Carys Meredudd', null)).toBe('Carys Meredudd');
    expect(cleanAuthor('Reported by Nandini Ravichandran; edited by Arjun Mehrotra', null)).toBe('Nandini Ravichandran');
    expect(bylineAuthor('**Tui Mareikura** | Business reporter', null)).toBe('Tui Mareikura');
  });

  it('reads the writer of a credit that names each part in brackets', () => {
    expect(bylineAuthor('Leonor Bacelar (texto) e Carlos Garrido (fotografia)', null)).toBe('Leonor Bacelar');
    expect(bylineAuthor('Carlos Garrido (fotografia)', null)).toBeNull();
  });

  it('reads a Markdown byline in bold, in capitals, with the town after a bar', async () => {
    const md = ['# ' + TITLE, '', '**KORA TAU | PORT MORESBY**', '', ...blank(REPORT)].join('\n');
    expect((await clean(md, 'incoming/a.md')).author).toBe('Kora Tau');
  });

  it('reads the writer of a plain-text page from a bilingual byline', async () => {
    const page = [TITLE, '', 'Sul 14 Mehefin 2026 / Sunday 14 June 2026', '', 'Gan / By Kora Tau', '', ...blank(REPORT)].join('\n');
    expect((await clean(page, 'incoming/a.txt')).author).toBe('Kora Tau');
  });
});

describe('the writer under the story', () => {
  it('reads a signature with the surname in capitals and a credit with the parts in brackets', async () => {
    const page = (under: string): string => [TITLE, '', ...blank(REPORT), '', under, '', 'Mots-clés : rugby · Hunters', ''].join('\n');
    expect((await clean(page('Kora TAU'), 'incoming/a.txt')).author).toBe('Kora Tau');
    expect((await clean(page('Kora Tau (texto) e Ase Kila (fotografia)'), 'incoming/b.txt')).author).toBe('Kora Tau');
    // A name in title case there is as often an author box's or a related story's: no signature.
    expect((await clean(page('Ase Kila'), 'incoming/c.txt')).author).toBeNull();
  });

  it('reads the writer’s address line on an HTML page without a byline', async () => {
    const html = `<!doctype html><html><head><title>Hunters roll on</title></head><body><article><h1>${TITLE}</h1>
${REPORT.map((p) => `<p>${p}</p>`).join('')}<p><em>Kora Tau can be reached at kora@hunters-dispatch.example or 555-0148.</em></p></article></body></html>`;
    const a = await clean(html, 'incoming/contact.html');
    expect(a.author).toBe('Kora Tau');
  });
});

describe('closing notes and boxes', () => {
  it('drops a closing update note in Spanish and in Dutch', async () => {
    const page = (last: string): string => [TITLE, '', 'By Kora Tau', '', ...blank(REPORT), last, ''].join('\n');
    expect((await clean(page('Noticia actualizada a las 21.15 con el último parte del Infocam.'), 'incoming/a.txt')).paragraphs).toEqual(REPORT);
    expect((await clean(page('Aanvulling 4 maart, 9.30 uur: het bedrijf laat weten dat de eerste vacatures half maart online komen.'), 'incoming/b.txt')).paragraphs).toEqual(REPORT);
  });

  it('reads a box’s label with a comma before its "in figures"', () => {
    expect(isSummaryLabel('EL INCENDIO, EN CIFRAS')).toBe(true);
  });
});

describe('a Joomla page with the K2 component', () => {
  it('reads the item’s title from its <h2> and its date from the creation stamp', async () => {
    const html = `<!doctype html><html><head><title>Hunters roll on - The Hunters Dispatch</title>
<meta property="og:title" content="Hunters: five in a row, and the cup in sight"></head><body>
<div class="itemView"><div class="itemHeader"><span class="itemDateCreated">sabato, 04 luglio 2026 21:05</span>
<h2 class="itemTitle">Hunters beat Norths Devils for a fifth straight win in the Queensland Cup</h2></div>
<div class="itemFullText">${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="itemComments"><h2 class="itemCommentsTitle">Two comments on Hunters beat Norths Devils again</h2></div></body></html>`;
    const a = await clean(html, 'incoming/k2.html');
    expect(a.title).toBe('Hunters beat Norths Devils for a fifth straight win in the Queensland Cup');
    expect(a.published?.slice(0, 10)).toBe('2026-07-04');
  });
});
