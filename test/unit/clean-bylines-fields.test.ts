import { describe, expect, it } from 'vitest';
import { authorBesideDate, cleanAuthor } from '../../functions/core/clean/byline.js';
import { bylineLineAuthors, isJobLine, nameBesideTown } from '../../functions/core/clean/text-byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

const TITLE = 'Hunters beat Norths Devils for a fifth straight win';

describe('bylines set as a field or credited with an editor', () => {
  it('reads a label of thirteen letters or more before the name', () => {
    expect(cleanAuthor('Correspondent: Kamran Sipra', null)).toBe('Kamran Sipra');
  });

  it('reads a CMS’s labelled field after the story as the byline', async () => {
    const html = `<!doctype html><html><head><title>${TITLE}</title><meta name="author" content="Sports Desk"></head><body>
      <div class="itemView"><h2 class="itemTitle">${TITLE}</h2>
      <div class="itemFullText">${REPORT.map((p) => `<p>${p}</p>`).join('\n')}</div>
      <div class="itemExtraFields"><h3>Additional Info</h3><ul>
        <li><span class="itemExtraFieldsLabel">Correspondent:</span> <span class="itemExtraFieldsValue">Kamran Sipra</span></li>
        <li><span class="itemExtraFieldsLabel">Filed from:</span> <span class="itemExtraFieldsValue">Derawar Fort</span></li>
      </ul></div></div></body></html>`;
    const cleaned = await clean(html, 'incoming/a.html');
    expect(cleaned.author).toBe('Kamran Sipra');
    expect(cleaned.paragraphs.join('\n')).not.toContain('Correspondent');
  });

  it('reads the writer from a credit line that names an editor after them, under a desk’s byline', async () => {
    const page = ['Home » Sport', TITLE, 'By Sports Bureau On Oct 14, 2026 Last updated Oct 15, 2026', 'Share', 'Facebook', 'The side warm up before kick-off. (Photo: R. Senthilvel)', 'Reported by Nandini Ravichandran; edited by Arjun Mehrotra', ...REPORT].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Nandini Ravichandran');
  });

  it('reads a name over the outlet’s job line right above the story, and a Blogger post’s title under its day', async () => {
    const page = ['The Ridge Rattler', '', 'News, opal and yarns from the fields since 2011', '', 'Home', '', 'Sport', '', 'July 20, 2026', '', TITLE, '', 'Get link', '', 'Facebook', '', 'Email', '',
      'The side warm up before kick-off. Picture: Col Daunt', '', 'Jodie Marchetto', '', 'Rattler journalist', '', ...REPORT.flatMap((p) => [p, '']), 'Posted by Ridge Rattler Admin'].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.author).toBe('Jodie Marchetto');
  });

  it('drops a tag list set on one line with its label after the story', async () => {
    const md = ['# ' + TITLE, '', ...REPORT.flatMap((p) => [p, '']), 'Tags [Hermanus](https://example.co.za/tag/hermanus/) [whales](https://example.co.za/tag/whales/) [Walker Bay](https://example.co.za/tag/walker-bay/)', '', '**About Newsdesk**'].join('\n');
    const cleaned = await clean(md, 'incoming/a.md');
    expect(cleaned.paragraphs.at(-1)).toBe(REPORT.at(-1));
  });

  it('takes the writer’s byline under a Markdown byline that gives the site’s name, as its home link does', async () => {
    const top = ['[Harbour Ledger](https://harbourledger.nz/)', '', '* [Home](https://harbourledger.nz/)', '* [Business](https://harbourledger.nz/business/)', '', `# ${TITLE}`, ''];
    const page = [...top, 'By **Harbour Ledger**', '', 'March 19, 2026 - 4 minutes read', '', '**Aroha Tipene** | Sports reporter', '', ...REPORT.flatMap((p) => [p, ''])].join('\n');
    const cleaned = await clean(page, 'incoming/a.md');
    expect(cleaned.author).toBe('Aroha Tipene');
    expect(cleaned.paragraphs.join('\n')).not.toContain('Sports reporter');
    // A writer whose own name is the site's keeps the byline when no other follows.
    const own = ['[Aroha Tipene](https://arohatipene.nz/)', '', `# ${TITLE}`, '', 'By **Aroha Tipene**', '', 'March 19, 2026', '', ...REPORT.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(own, 'incoming/b.md')).author).toBe('Aroha Tipene');
  });

  it('reads no writer from an author box’s description of the desk', async () => {
    const html = `<!doctype html><html><head><title>${TITLE}</title><meta name="author" content="Redacción"></head><body>
      <article><h1 class="cm-entry-title">${TITLE}</h1>
      <div class="cm-below-entry-meta"><span class="cm-author cm-vcard"><a href="https://vozdelnorte.example/author/redaccion/">Redacción</a></span></div>
      <div class="cm-entry-summary"><p><em>By Lucía Maidana, special correspondent in Colonia Pellegrini</em></p>
      ${REPORT.map((p) => `<p>${p}</p>`).join('\n')}</div>
      <div class="cm-author-box"><h4 class="cm-author-name">Redacción</h4><p class="cm-author-description">Noticias de Ituzaingó, Carlos Pellegrini, Santo Tomé y todo el centro de la provincia.</p></div>
      </article></body></html>`;
    const cleaned = await clean(html, 'incoming/a.html');
    expect(cleaned.author).not.toBe('Noticias de Ituzaingó');
    expect(cleaned.author).toBe('Lucía Maidana');
  });

  it('reads a job with where it is done under the writer’s name', async () => {
    expect(isJobLine('Business Reporter, Ohakune')).toBe(true);
    expect(isJobLine('Hurling Correspondent at O’Moore Park')).toBe(true);
    expect(isJobLine('Business Reporter said on Monday')).toBe(false);
    expect(isJobLine('JOSEPH WAFULA, Senior Correspondent')).toBe(false);
    const page = ['Home / Sport / Hurling', TITLE, 'Eoin Fitzmaurice', 'Hurling Correspondent at O’Moore Park', 'Sat 25 Apr 2026 - 18:42', 'Share', ...REPORT].join('\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Eoin Fitzmaurice');
    expect(cleaned.paragraphs.join('\n')).not.toContain('Correspondent');
  });

  it('reads the writer from the post’s line with its comment count over the headline, below the masthead’s date', async () => {
    const page = ['Skip to content', 'Friday 13 February 2026  |  Lakeside 4 °C', 'The Lakeside Courier', 'Home', 'News', 'Sport', 'Home > Sport > Hunters',
      'Anna Lindqvist  |  Thursday 12 February 2026, 06:30  |  4 comments', 'SPORT', TITLE, ...REPORT].join('\n\n');
    const cleaned = await clean(page, 'incoming/a.txt');
    expect(cleaned.author).toBe('Anna Lindqvist');
    expect(cleaned.published).toBe('2026-02-12');
  });

  it('reads a name and the town filed from after a bar right over the headline as the byline, not a section and its town', async () => {
    expect(nameBesideTown('Laia Montané | La Seu d’Urgell')).toBe('Laia Montané');
    expect(nameBesideTown('Local News | Dublin')).toBeNull();
    expect(nameBesideTown('The Courier | Lakeside')).toBeNull();
    const page = (top: string[]) => ['Skip to content', 'The Lakeside Courier', 'Home', 'News', ...top, 'SPORT', TITLE, 'Published on Thursday 12 February 2026', ...REPORT].join('\n');
    expect((await clean(page(['Mele Tonga | Port Ellen']), 'incoming/a.txt')).author).toBe('Mele Tonga');
    // A page's buttons in the chrome above are no byline.
    expect((await clean(page(['Sign In | Register Now', 'Home > Sport']), 'incoming/b.txt')).author).toBeNull();
  });

  it('reads “posted by” in the Romance languages as a byline’s opening', () => {
    expect(bylineLineAuthors('Publicado por Carolina Ornelas Quintal')).toBe('Carolina Ornelas Quintal');
    expect(bylineLineAuthors('Pubblicato da Marianna Cembalo')).toBe('Marianna Cembalo');
    expect(bylineLineAuthors('Publié par Anne Leroy')).toBe('Anne Leroy');
  });

  it('reads the writer after the day with Italian “da”', async () => {
    expect(authorBesideDate('da Marianna Cembalo', null)).toBe('Marianna Cembalo');
    const page = [`# ${TITLE}`, '', 'Pubblicato il 6 luglio 2026 da Marianna Cembalo', '', ...REPORT.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(page, 'incoming/a.md')).author).toBe('Marianna Cembalo');
  });
});

describe('a writer beside a post’s reading time, and one listed over their job', () => {
  it('reads the name after a theme’s reading time and word count beside the date', () => {
    expect(authorBesideDate('· 5 min · 1061 words · Ryan Vandersluis | Suggest Changes', null)).toBe('Ryan Vandersluis');
    expect(authorBesideDate('· 6 min read · Tamsin Kerr', null)).toBe('Tamsin Kerr');
  });

  it('reads a Markdown list item that is only the writer’s linked name, over an item with their job', async () => {
    const md = ['# Lake walleye spawn earlier, study finds', '  * [Dana Lachapelle](https://www.nipissingnow.ca/users/profile/dlachapelle/)', '  * Staff reporter', '', '  * Jun 9, 2026', '', ...REPORT.flatMap((p) => ['', p])].join('\n');
    const read = await clean(md, 'incoming/walleye.md');
    expect(read.author).toBe('Dana Lachapelle');
    expect(read.paragraphs).toEqual(REPORT);
  });

  it('takes a caption closing on whose photo it is and who took it for a caption', async () => {
    const caption = 'Dr. Helen Bellefeuille holds a walleye before releasing it at the mouth of the Sturgeon River in April. Nipissing Now photo by Kieran Dufresne';
    const md = ['# Lake walleye spawn earlier, study finds', 'By Dana Lachapelle · Jun 9, 2026', caption, ...REPORT].join('\n\n');
    expect((await clean(md, 'incoming/walleye.md')).paragraphs).toEqual(REPORT);
  });
});
