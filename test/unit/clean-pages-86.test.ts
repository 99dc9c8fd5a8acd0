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
