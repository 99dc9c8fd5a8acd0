import { describe, expect, it } from 'vitest';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { bylineLineAuthors } from '../../functions/core/clean/text-byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

const blank = (lines: readonly string[]): string[] => lines.flatMap((p) => [p, '']);
const TITLE = 'Hunters beat Norths Devils for a fifth straight win';

describe('bylines in more forms', () => {
  it('reads a Romanian "material realizat de" and a name with a footnote’s star', () => {
    expect(bylineAuthor('Material realizat de Mihaela Bugariu', null)).toBe('Mihaela Bugariu');
    expect(bylineLineAuthors('Por Larissa Knust*')).toBe('Larissa Knust');
  });

  it('reads a dash and the writer’s name under the story, over an update note', async () => {
    const page = [TITLE, '', ...blank(REPORT), '— Jacinta Dunsford', '', 'Updated 10 July 2026, 8:40am: corrects the score.', '', 'Posted in Sport | 2 Comments'].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Jacinta Dunsford');
    expect(cleaned.paragraphs.at(-1)).toBe(REPORT.at(-1));
  });

  it('drops the writer’s initials closing the story and names the writer the author box spells them for', async () => {
    const md = ['# ' + TITLE, '', ...blank(REPORT), '(jdw)', '', 'Tags: [Nete](https://www.netebode.be/tag/nete) · [Berlaar](https://www.netebode.be/tag/berlaar)', '', '### Over de auteur', '', '**Joke De Waele** is regioredacteur voor Lier en Nijlen. Tips? joke.dewaele@netebode.be', '', '## Meer nieuws uit de regio', '', '- [Nieuwe fietsbrug over de Nete in Duffel pas in 2028 klaar](https://www.netebode.be/regio/fietsbrug-duffel) · 17/11/2026'].join('\n');
    const cleaned = await clean(md, 'incoming/a.md');
    expect(cleaned.author).toBe('Joke De Waele');
    expect(cleaned.paragraphs.join('\n')).not.toContain('(jdw)');
  });

  it('names no writer the initials do not spell', async () => {
    const md = ['# ' + TITLE, '', ...blank(REPORT), '(jdw)', '', '**Anna Peeters** is regioredacteur voor Lier.'].join('\n');
    expect((await clean(md, 'incoming/a.md')).author).not.toBe('Anna Peeters');
  });
});

describe('dates, notes, offers and headlines', () => {
  it('reads a date badge copied one part to a line, and drops a lone update note closing the story', async () => {
    const page = ['Home / News', '28', 'Jun 2026', TITLE, 'by Harriet Capstick | posted in: News', '', ...blank(REPORT), 'UPDATE Monday 29 June, 10am: The road is open in both directions.'].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.published).toBe('2026-06-28');
    expect(cleaned.paragraphs.at(-1)).toBe(REPORT.at(-1));
  });

  it('drops an offer closed by its small print and a newsletter prompt after a set-up sentence', async () => {
    const [a, b, ...rest] = REPORT;
    const page = [TITLE, 'By Kora Tau', '', a, '', 'Open a domiciliary account in minutes with Ikeja Merchant Bank. Terms apply.', '', b, '', 'Få de viktigste nyhetene fra fjellregionen rett i innboksen. Meld deg på nyhetsbrevet vårt her.', '', ...blank(rest)].join('\n');
    expect((await clean(page, 'incoming/a.txt')).paragraphs).toEqual(REPORT);
  });

  it('takes the entry title in an <h2> under the site’s name in the <h1>, which closes the <title>, and the standfirst under it', async () => {
    const html = `<!doctype html><html lang="en"><head><title>An SEO title for the story, longer than it needs to be | Valley Voice</title>
<meta property="og:title" content="A social title"><link rel="canonical" href="https://valleyvoice.example/blog/story"></head><body>
<h1>Valley Voice</h1><p class="today">Thursday 30 April 2026</p>
<div class="h-entry"><h2 class="p-name"><a href="/blog/story">${TITLE}</a></h2><time datetime="2026-04-28T07:45:00Z">28/04/2026</time>
<div class="e-content"><p class="summary"><strong>The Hunters’ fifth straight win came in front of a sell-out crowd.</strong></p>
${REPORT.map((p) => `<p>${p}</p>`).join('\n')}</div></div></body></html>`;
    const cleaned = await clean(html, 'incoming/a.html');
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.paragraphs[0]).toBe(REPORT[0]);
  });
});
