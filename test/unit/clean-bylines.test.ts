import { describe, expect, it } from 'vitest';
import { isPersonName, junkKind, stripTitleSuffix } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { nameCase } from '../../functions/core/clean/text-utils.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = async (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

const PROSE = [
  'The council approved the budget on Tuesday after a long debate in the chamber about schools, roads and the cost of running the libraries.',
  'Councillors said the rise was needed to protect services, and the leader of the council said the decision had been the hardest of her time in office.',
  'The budget will take effect in April, officials said, and the first bills will reach households in the middle of March.',
];
const textPage = (byline: string): string => ['Council approves budget rise for next year', '', byline, '', ...PROSE.flatMap((p) => [p, ''])].join('\n');

describe('bylines in other shapes', () => {
  it('reads a writer beside a job, a desk, a place, a date with a 12-hour time or a year-first date, or with an abbreviated first name or an inner capital', async () => {
    const cases: [string, string, string | null][] = [
      ['Posted by Jake Millard on November 14, 2025 at 11:58 PM ET · Men\'s Hoops, Big Ten', 'Jake Millard', '2025-11-14'],
      ['Dilan Jayawardena reporting from Pallekele', 'Dilan Jayawardena', null],
      ['Shakil Ahmed Chowdhury, Staff Correspondent', 'Shakil Ahmed Chowdhury', null],
      ['Noa Ben-Ami · Science & Space · 6 Aug 2025', 'Noa Ben-Ami', '2025-08-06'],
      ['4th March 2025 · 5.45pm · Carys Pritchard, Local Democracy Reporting Service', 'Carys Pritchard', '2025-03-04'],
      ['By Ma. Theresa Villaroman | June 18, 2025 | 12:05 AM', 'Ma. Theresa Villaroman', '2025-06-18'],
      ['Published: 06/11/25 06:00 GMT\nFiona MacLeod\nBusiness Editor', 'Fiona MacLeod', '2025-11-06'],
      ['Thandeka Mokoena | Sports reporter\n2025/09/13 22:05', 'Thandeka Mokoena', '2025-09-13'],
      ['From Nenfort Gyang, Jos', 'Nenfort Gyang', null],
      ['From Our Correspondent, Lagos\nBy Ada Obi', 'Ada Obi', null],
      ['From Lagos State, Ikeja\nBy Ada Obi', 'Ada Obi', null],
    ];
    for (const [byline, author, published] of cases) {
      const a = await clean(textPage(byline), 'incoming/page.txt');
      expect(a.author, byline).toBe(author);
      if (published) expect(a.published?.slice(0, 10), byline).toBe(published);
      expect(a.paragraphs[0], byline).toBe(PROSE[0]);
    }
  });

  it("reads the writer from a theme's meta row of fields parted by slashes or bars, labelled in the site's language", async () => {
    for (const row of ['15. september 2025/1 komentar/v Znanost/avtor Maja Rednak', '15 September 2025 / 1 Comment / in Science / by Maja Rednak', '15 September 2025 | 2 Comments | in Science | by Maja Rednak']) {
      const page = await clean(textPage(row), 'incoming/page.txt');
      expect(page.author, row).toBe('Maja Rednak');
      expect(page.published?.slice(0, 10), row).toBe('2025-09-15');
      expect(page.paragraphs, row).toEqual(PROSE);
    }
    // A label without its colon counts in such a row only before a name alone.
    expect((await clean(textPage('15. september 2025/v Znanost/avtor prispevka uredništvo'), 'incoming/page.txt')).author).toBeNull();
  });

  it("reads the writer a Markdown date line links to the writer's page, beside the linked date and a reading time", async () => {
    const md = ['# Council approves budget rise for next year', '', '[Chioma Nwali](https://example.ng/author/chioma/) [April 15, 2025](https://example.ng/2025/04/15/budget/) 2 minutes read', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/post.md');
    expect(a.author).toBe('Chioma Nwali');
    expect(a.published?.slice(0, 10)).toBe('2025-04-15');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads a Markdown "Posted by" line with its date and a front-matter author with a desk after the name', async () => {
    const posted = await clean(['# Council approves budget rise', '', 'Posted by **Jake Millard** on November 14, 2025 at 11:58 PM ET · *Men\'s Hoops, Big Ten*', '', ...PROSE.flatMap((p) => [p, ''])].join('\n'), 'incoming/post.md');
    expect(posted.author).toBe('Jake Millard');
    expect(posted.published?.slice(0, 10)).toBe('2025-11-14');
    expect(posted.paragraphs[0]).toBe(PROSE[0]);
    const front = await clean(['---', 'title: Council approves budget rise', 'author: "Carys Pritchard, Local Democracy Reporting Service"', '---', '', ...PROSE.flatMap((p) => [p, ''])].join('\n'), 'incoming/post.md');
    expect(front.author).toBe('Carys Pritchard');
  });
});

describe('bylines beside a date and wire credits', () => {
  it('reads a Markdown name before its desk and date, where the front matter names only a desk account', async () => {
    const md = ['---', 'title: Council approves budget rise', 'author: "Science Desk"', '---', '', '**Noa Ben-Ami** · Science & Space · 6 Aug 2025', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/post.md');
    expect(a.author).toBe('Noa Ben-Ami');
    expect(a.published?.slice(0, 10)).toBe('2025-08-06');
    expect(a.paragraphs[0]).toBe(PROSE[0]);
    // A desk alone beside the date names nobody.
    const desk = await clean(md.replace('**Noa Ben-Ami** · ', ''), 'incoming/post.md');
    expect(desk.author).toBeNull();
  });

  it.each(['Redacció Crònica', 'Redaktioun Norden', 'Editan Labarai', 'Говерла Ньюз', 'Toimitus Lappi'])(
    'prefers the byline on the page to a front-matter author that is the newsroom: %s',
    async (desk) => {
      const md = ['---', 'title: Council approves budget rise', `author: "${desk}"`, '---', '', '*Vum Lisa Hoffmann*', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
      expect((await clean(md, 'incoming/post.md')).author).toBe('Lisa Hoffmann');
    },
  );

  it.each(['txt', 'md'])('reads a closing wire credit set in bold in a .%s page', async (ext) => {
    const page = [...PROSE.flatMap((p) => [p, '']), '**Reporting by Nadia Labiche; Editing by Jean-Marc Volcère**'].join('\n');
    const text = ext === 'md' ? `# Council approves budget rise\n\n${page}` : `Council approves budget rise\n\n${page}`;
    const a = await clean(text, `incoming/post.${ext}`);
    expect(a.author).toBe('Nadia Labiche');
    expect(a.paragraphs.join(' ')).not.toContain('Editing by');
  });

  it('names the reporters of a wire story credited only at its end, not its editors or helpers', async () => {
    const page = (credit: string): string =>
      ['<html><head><title>Council approves budget rise</title></head><body><article><h1>Council approves budget rise</h1><p class="byline">Reuters</p>',
        ...PROSE.map((p) => `<p>${p}</p>`), `<p>${credit}</p></article></body></html>`].join('\n');
    const cases: [string, string | null][] = [
      ['(Reporting by Karen Leung and Jiaxin Zhou in Hong Kong; Editing by Martin Pryce)', 'Karen Leung and Jiaxin Zhou'],
      ['(Reporting by Adrian Croft, Editing by Luke Baker)', 'Adrian Croft'],
      ['(Additional reporting by Ahmed Mohamed in Baidoa; Editing by Stephen Weeks)', null],
    ];
    for (const [credit, author] of cases) {
      const a = await clean(page(credit), 'incoming/page.html');
      expect(a.author, credit).toBe(author);
      expect(a.paragraphs.join(' '), credit).not.toContain('Editing by');
    }
    const text = await clean(textPage('Reuters') + '\n(Reporting by Greg Stutchbury in Melbourne; Editing by John Smith)\n', 'incoming/page.txt');
    expect(text.author).toBe('Greg Stutchbury');
  });
});

describe('pages that mark little up', () => {
  const page = (title: string, headline: string): string =>
    [`<html><head><title>${title}</title></head><body><nav><h2>Latest from around the region today</h2></nav><div class="story">`,
      `<h2 class="story-hdl">${headline}</h2><div class="posted">Posted 3 hours ago</div>`,
      ...PROSE.map((p) => `<p>${p}</p>`), '<div class="story-date">First published May 18 2025 - 6:45pm</div></div></body></html>'].join('\n');

  it('takes the headline from an <h2> when the <title> is only a section and the site, and the date from a date element after the story', async () => {
    const a = await clean(page('Sport | Tamar Valley Times', 'Feeney holds off Mostert at Symmons Plains'), 'incoming/page.html');
    expect(a.title).toBe('Feeney holds off Mostert at Symmons Plains');
    expect(a.published?.slice(0, 10)).toBe('2025-05-18');
    expect(a.paragraphs[0]).toBe(PROSE[0]);
  });

  it('keeps a <title> that holds a headline', async () => {
    const a = await clean(page('Council approves budget rise for next year | Valley Times', 'Feeney holds off Mostert at Symmons Plains'), 'incoming/page.html');
    expect(a.title).toBe('Council approves budget rise for next year');
  });

  it("takes a blog entry's <h2> that links to the page's own address over a shorter SEO title, under an <h1> that is the site's name", async () => {
    const permalink = 'https://valleytimes.example/archives/2318-Council-approves-budget-rise-for-next-year-after-long-debate.html';
    const html = [
      '<html><head><title>Budget rise approved | Valley Times</title><meta property="og:title" content="Budget rise approved">',
      `<meta property="og:site_name" content="Valley Times"><link rel="canonical" href="${permalink}"></head><body>`,
      '<header><h1>Valley Times</h1></header><div class="serendipity_Entry_Date">',
      `<h2><a href="${permalink}">Council approves budget rise for next year after long debate</a></h2>`,
      ...PROSE.map((p) => `<p>${p}</p>`), '</div></body></html>',
    ].join('\n');
    expect((await clean(html, 'incoming/page.html')).title).toBe('Council approves budget rise for next year after long debate');
    // An <h2> linking elsewhere is another story's.
    expect((await clean(html.replace(`<a href="${permalink}">`, '<a href="https://valleytimes.example/archives/2317-other.html">'), 'incoming/page.html')).title).toBe('Budget rise approved');
  });
});

describe('headers of scraped sports and regional pages', () => {
  it('reads a writer at the ground over a handle, a name over a job, German and "Reported by" bylines', async () => {
    const cases: [string, string, string | null][] = [
      ["Ross O'Donnell at Tannadice\n@RossODfitba\n21/09/2025 17:58", "Ross O'Donnell", '2025-09-21'],
      ['Mere Tautahi-Kingi\nBusiness and Rural Reporter\n2 hours ago · 4 min read', 'Mere Tautahi-Kingi', null],
      ['Ein Bericht von Jörg Brückner\nVeröffentlicht: 27.09.2025, 21:47 Uhr', 'Jörg Brückner', '2025-09-27'],
      ['Reported by Hasnain Raza Qureshi\nSaturday 14 June 2025 · 23:06 PKT', 'Hasnain Raza Qureshi', '2025-06-14'],
    ];
    for (const [byline, author, published] of cases) {
      const a = await clean(textPage(byline), 'incoming/page.txt');
      expect(a.author, byline).toBe(author);
      if (published) expect(a.published?.slice(0, 10), byline).toBe(published);
      expect(a.title, byline).toBe('Council approves budget rise for next year');
    }
  });

  it('passes over a results strip and a credited caption for the headline, and takes the date printed under the story', async () => {
    const page = [
      'FT Hearts 2-0 St Mirren   FT Celtic 3-1 Kilmarnock   FT Motherwell 1-1 Livingston',
      '',
      'Council approves budget rise for next year',
      '',
      'Mere Tautahi-Kingi',
      'Business and Rural Reporter',
      '2 hours ago · 4 min read',
      '',
      'The council leader speaks in the chamber on Tuesday evening after the vote. Pic: SNS Group',
      '',
      ...PROSE.flatMap((p) => [p, '']),
      'Published: 14/05/2025',
      '',
      'POLL: Who should lead the council next year? ( ) The leader ( ) Someone new ( ) Can\'t say [Vote]',
    ].join('\n');
    const a = await clean(page, 'incoming/page.txt');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.published).toBe('2025-05-14');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('drops the strips of a Markdown export above the first paragraph: menus, tickers, weather, tags and the byline', async () => {
    const md = [
      '---', 'title: Council approves budget rise', 'author: bree-halloran-smith', '---', '',
      '<div class="ticker">BDS$/US$ 2.00 · Brent US$71.04 · Bridgetown 29°C Sunny · Cruise calls this week: 9</div>', '',
      '**O SETUBALENSE DIGITAL** · [Região](/regiao) · [Saúde](/saude) · [Política](/politica) · [Economia](/economia)', '',
      '> 🔴 **LIVE NOW:** Belgium vs Argentina (W) · Q3 · 1-1 — [Follow on our live blog](/live)', '',
      'Words: Bree Halloran-Smith · Photos: Desert Fireball Network', '',
      '`#Council` `#Budget` · 6 min read · [Tweet](#) [Share](#)', '',
      ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/post.md');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('more page furniture', () => {
  it('drops captions credited after a slash or a bar, comment prompts, social promos, newsletter boxes and weather strips', () => {
    for (const line of [
      'A farmer inspects a wilting coffee tree in Mukono District. PHOTO/FILE',
      'Patients queue at a private hospital in Nakuru. PHOTO | FILE',
      'Comments: Want to join the conversation? Please log in or register to comment on this article.',
      'Catch all the action on our live blog and follow Lanka Sports Wire on Facebook and Instagram.',
      "Get the Prairie Energy Brief — the week's oil, gas and power news from Western Canada, every Friday. Subscribe free",
      'Unlock Campus Hardwood+ — film breakdowns, recruiting intel and the Transfer Portal tracker. Start your free trial',
      'COAST BULLETIN | Llandudno 8°C drizzle | A55 westbound: delays at Llanddulas',
    ])
      expect(junkKind(line), line).toBe('boilerplate');
    for (const line of [
      'The minister said she would follow the advice of the health officials on the matter.',
      'Temperatures reached 8°C in Llandudno on Tuesday, the Met Office said.',
      'Fans who want to join the club can get the form at the ticket office.',
    ])
      expect(junkKind(line), line).toBeNull();
  });
});

describe('names written in capitals', () => {
  it('are cased word by word, initials and apostrophes included; a name not all in capitals is left alone', () => {
    expect(nameCase('JANE DOE AND JOHN ROE')).toBe('Jane Doe and John Roe');
    expect(nameCase("J.R. O'BRIEN-SMITH")).toBe("J.R. O'Brien-Smith");
    expect(nameCase('Ingrid Tulloch')).toBe('Ingrid Tulloch');
  });
});

describe('the page around the byline', () => {
  const prose = PROSE.flatMap((p) => [p, '']);

  it('reads the story’s date under the headline, not the day printed above the masthead, and a zone after the clock', async () => {
    const text = ['Thursday, 04 December 2025', '', 'THE COAST GAZETTE', '', 'Council approves budget rise for next year', '',
      'Colleen Fitzpatrick · Posted: Nov 27, 2025 7:15 AM NT | Last Updated: Nov 28, 2025', '', ...prose].join('\n');
    const r = await clean(text, 'a.txt');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.published?.slice(0, 10)).toBe('2025-11-27');
    expect(r.author).toBe('Colleen Fitzpatrick');
    expect(r.source).toBeNull();
  });

  it('keeps a date alone above the headline when the page has no other', async () => {
    const r = await clean(['Thursday, 04 December 2025', '', 'Council approves budget rise for next year', '', ...prose].join('\n'), 'b.txt');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.published).toBe('2025-12-04');
  });

  it('does not take a site prompt for a writer', async () => {
    const r = await clean(textPage('Your Shout'), 'c.txt');
    expect(r.author).toBeNull();
  });

  it('reads a Notion page’s Reporter and Published date properties, and drops the desk over the dateline', async () => {
    const md = ['# Council approves budget rise for next year', '', 'Reporter: Nusrat Jahan', 'Editor: Kamrul Hasan', 'Published date: December 2, 2025',
      'Created: December 1, 2025 10:42 PM', '', '**City & Politics | Dhaka, December 2**', '', ...prose].join('\n');
    const r = await clean(md, 'd.md');
    expect(r.author).toBe('Nusrat Jahan');
    expect(r.published).toBe('2025-12-02');
    expect(r.paragraphs[0]).toMatch(/^The council approved the budget/);
  });

  it('spells out an author id from the front matter as the page writes the name, and prefers a byline naming co-writers', async () => {
    const front = (id: string, byline: string): string => ['---', 'title: "Council approves budget rise"', `author: ${id}`, '---', '', byline, '', ...prose].join('\n');
    expect((await clean(front('sita-adhikari', '*Sita Adhikari, Pokhara*'), 'e.md')).author).toBe('Sita Adhikari');
    expect((await clean(front('hauke_meyer', '**Von Hauke Meyer und Lena Brodersen**'), 'f.md')).author).toBe('Hauke Meyer und Lena Brodersen');
    expect((await clean(front('web-desk', '*Staff*'), 'g.md')).author).toBeNull();
  });

  it('reads a Portuguese byline box (assinatura)', async () => {
    const html = `<html><head><title>Câmara aprova orçamento</title><meta name="author" content="Redação JC"></head><body><article>
      <h1>Câmara aprova orçamento para o próximo ano</h1><div class="assinatura">Tatiana Cavalcanti<br><span>Repórter de Cidades</span><br><time>14/01/2026 | 06h00</time></div>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(html, 'h.html')).author).toBe('Tatiana Cavalcanti');
  });
});

describe('a reporter field', () => {
  it('reads Drupal\'s reporter field, not the account that posted the node', async () => {
    const html = `<html><head><title>State of disaster declared</title></head><body><div class="node">
      <h1>State of disaster declared for Alotau District</h1><span class="submitted">Submitted by <span class="username">webdesk</span> on Tue, 02/03/2026 - 16:45</span>
      <div class="field field-name-field-reporter field-label-inline"><div class="field-label">Reporter:&nbsp;</div><div class="field-items"><div class="field-item even">Joylyn Dikana</div></div></div>
      <div class="field field-name-body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect((await clean(html, 'd7.html')).author).toBe('Joylyn Dikana');
  });
});

describe('bylines and dates of national outlets', () => {
  const prose = PROSE.flatMap((p) => [p, '']);

  it('reads a reporter at the ground, and the date under the headline over the masthead’s date beside its motto', async () => {
    const text = ['DAILY MERIDIAN', "Nigeria's newspaper of record | Saturday, February 8, 2025", '', 'Council approves budget rise for next year', '',
      'Daniel Okafor-Reid at the Emirates Stadium', 'Sun 2 Feb 2025 19.02 GMT', '', ...prose].join('\n');
    const r = await clean(text, 'n1.txt');
    expect(r.author).toBe('Daniel Okafor-Reid');
    expect(r.published?.slice(0, 10)).toBe('2025-02-02');
  });

  it('reads an Italian correspondent’s byline and drops the closing bio, the reproduction notice and the comments', async () => {
    const text = ['Council approves budget rise for next year', '', 'dal nostro inviato Andrea Ferretti', '12 febbraio 2025', '', ...prose,
      '© RIPRODUZIONE RISERVATA', '', 'Andrea Ferretti segue la Formula 1 per La Tribuna dello Sport dal 2009.', '', 'Commenti (187)', 'RossoCorsa58: 131 giri senza problemi, finalmente!', ''].join('\n');
    const r = await clean(text, 'n2.txt');
    expect(r.author).toBe('Andrea Ferretti');
    expect(r.paragraphs[r.paragraphs.length - 1]).toMatch(/first bills will reach households/);
  });

  it('does not take a page tool beside the date for a writer', async () => {
    const text = ['Council approves budget rise for next year', '', 'Mon Jan 14, 2008 11:16am EST', 'Print This Article | Single Page', '', 'By Peter Griffiths', '', ...prose].join('\n');
    expect((await clean(text, 'n3.txt')).author).toBe('Peter Griffiths');
  });

  it('reads a Nuxt Content byline component and its publishedAt', async () => {
    const md = ['---', "title: 'Council approves budget rise'", "publishedAt: '2025-02-03T20:00:00.000Z'", '---', '',
      ':byline{name="Hemi Walker" role="Science Reporter" date="Tuesday 4 February 2025, 9:00am"}', '', ...prose].join('\n');
    const r = await clean(md, 'n4.md');
    expect(r.author).toBe('Hemi Walker');
    expect(r.published?.slice(0, 10)).toBe('2025-02-04');
    expect(Date.parse(r.published!)).toBe(Date.parse('2025-02-03T20:00:00Z'));
  });

  it('drops a standfirst classed as the summary under the headline', async () => {
    const html = `<html><head><title>Council approves budget rise</title></head><body><article><h1>Council approves budget rise for next year</h1>
      <p class="summary">Leader says the decision was the hardest of her time in office; bills to rise from April</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(html, 'n5.html')).paragraphs[0]).toMatch(/^The council approved the budget/);
  });

  it('drops eZ Publish\'s short attribute under the headline, its standfirst', async () => {
    const html = `<html><head><title>Council approves budget rise</title></head><body><div class="class-article"><div class="attribute-header"><h1>Council approves budget rise for next year</h1></div>
      <div class="attribute-short"><p>Leader says the decision was the hardest of her time in office; bills to rise from April</p></div>
      <div class="attribute-byline"><p class="author">By Kerrin Quayle</p></div>
      <div class="attribute-long">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const r = await clean(html, 'n6.html');
    expect(r.paragraphs[0]).toMatch(/^The council approved the budget/);
    expect(r.paragraphs.join(' ')).not.toContain('bills to rise from April');
  });
});

describe('exports and clippers of more tools', () => {
  const prose = PROSE.flatMap((p) => [p, '']);

  it('reads Nikola’s metadata comment', async () => {
    const md = ['<!--', '.. title: Council approves budget rise for next year', '.. date: 2025-01-19 17:20:00 UTC', '.. author: kquayle', '-->', '', '*By Kerrin Quayle · Monday 19 January 2025*', '', ...prose].join('\n');
    const r = await clean(md, 'k1.md');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.published?.slice(0, 10)).toBe('2025-01-19');
    expect(r.author).toBe('Kerrin Quayle');
  });

  it('splits a Blogger export’s lines ended by <br /> and drops its team sheets', async () => {
    const md = ['---', 'title: Lions edge Blackpool in the derby', 'author: Salone Sports Hub', '---', '', '<i>By Christiana Tucker, at Brookfields</i><br />', '<br />',
      ...PROSE.map((p) => `${p}<br />`), '<br />', '<b>TEAMS</b><br />',
      '<b>East End Lions:</b> U. Kamara; A. Kanu, S. Koroma, M. Bah, J. Conteh; A. Sesay (c), P. Cole, A. Mansaray (I. Koroma 76\'); M. Turay, K. Samura, D. Williams.<br />',
      '<b>Referee:</b> Alhaji Sheku Kamara. <b>Attendance:</b> 20,000 (est.).<br />', '<b>Labels:</b> East End Lions, Premier League'].join('\n');
    const r = await clean(md, 'k2.md');
    expect(r.author).toBe('Christiana Tucker');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[2]).toMatch(/middle of March\.$/);
  });

  it('drops a Quarto notebook’s executable cell but keeps a code sample', async () => {
    const md = ['---', 'title: Lake sensors installed', '---', '', PROSE[0]!, '', '```{python}', '#| fig-cap: "Lake area, 2000–2025"', 'import pandas as pd', '```', '', PROSE[1]!, '', '```', 'curl https://example.org/api', '```', '', PROSE[2]!].join('\n');
    const r = await clean(md, 'k3.md');
    const body = r.paragraphs.join('\n');
    expect(body).not.toMatch(/pandas|Lake area/);
    expect(body).toMatch(/curl https:\/\/example\.org\/api/);
  });

  it('reads a Joplin clip: the page’s headline without the site’s name, and the printed date over the day of the clip', async () => {
    const md = ['---', 'title: Council approves budget rise for next year | El Eco de Osona', 'created: 2025-02-15 21:03:12Z', 'source: https://www.example.cat/es/2025/02/13/budget/', 'author: ', '---', '',
      '- [Comarca](https://www.example.cat/es/comarca/)', '- [Vic](https://www.example.cat/es/vic/)', '', '**POLÍTICA**', '', '# Council approves budget rise for next year', '',
      'Por [Marta Vilaró Puig](https://www.example.cat/es/autor/marta/) | Vic', '', '13/02/2025 - 07:45 h', '', ...prose].join('\n');
    const r = await clean(md, 'k4.md');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.published?.slice(0, 10)).toBe('2025-02-13');
    expect(r.author).toBe('Marta Vilaró Puig');
  });

  it('names every JSON-LD author, joined by the page’s own word for "and"', async () => {
    const page = (lang: string): string => `<html lang="${lang}"><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget rise for next year",
      "author":[{"@type":"Person","name":"Ana Sofía Garza"},{"@type":"Person","name":"Rodrigo Treviño"}]}</script></head><body><article><h1>Council approves budget rise for next year</h1>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(page('en'), 'k5.html')).author).toBe('Ana Sofía Garza and Rodrigo Treviño');
    expect((await clean(page('es'), 'k6.html')).author).toBe('Ana Sofía Garza y Rodrigo Treviño');
  });

  it('reads a "Story:" byline and a Dutch date with dashes and a two-digit year before a clock', async () => {
    const text = ['Council approves budget rise for next year', '', 'Story: Gideon Kaupa, Goroka', '07-02-25, 22:41 Laatste update: 08-02-25, 09:12', '', ...prose].join('\n');
    const r = await clean(text, 'k7.txt');
    expect(r.author).toBe('Gideon Kaupa');
    expect(r.source).toBeNull();
  });
});

describe('more tools and bylines', () => {
  const prose = PROSE.flatMap((p) => [p, '']);

  it('reads a byline with the desk’s job after the name, and a sign-off under a closing one-line paragraph', async () => {
    expect((await clean(textPage('By Rhiannon Pritchard Court Reporter'), 'm1.txt')).author).toBe('Rhiannon Pritchard');
    const signed = ['Council approves budget rise for next year', '', ...prose, 'The next vote is planned for spring.', '', 'Author: Dana Omarova', '', 'Follow us on Telegram: @example'].join('\n');
    expect((await clean(signed, 'm2.txt')).author).toBe('Dana Omarova');
  });

  it('reads a Joomla page: not its default account, its Published line over Created, and the byline opening the body', async () => {
    const html = `<html><head><title>Health - Busoga Voice</title></head><body><div class="item-page"><div class="page-header"><h2>Council approves budget rise for next year</h2></div>
      <dl class="article-info"><dd class="createdby">Written by Super User</dd><dd class="create">Created: Tuesday, 21 January 2025 21:40</dd><dd class="published">Published: Wednesday, 22 January 2025 06:00</dd></dl>
      <div class="articleBody"><p><strong>By Miriam Kisakye, Jinja</strong></p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const r = await clean(html, 'm3.html');
    expect(r.author).toBe('Miriam Kisakye');
    expect(r.published?.slice(0, 10)).toBe('2025-01-22');
  });

  it('reads a Logseq clip: its properties, its outline as paragraphs, the clipped headline, and no ad under its label', async () => {
    const md = ['title:: Budget – my notes (Example News)', 'type:: [[clipping]]', 'source:: https://example.org/2025/01/24/budget', 'author:: [[Example News]]', '',
      '- Example News | Home', '- ## Council approves budget rise for next year', '- Lucie Vávrová | 24 January 2025 16:20', ...PROSE.map((p) => `- ${p}`), '- REKLAMA', '\t- Stavebniny Krnov – sanace vlhkého zdiva. Konzultace zdarma!'].join('\n');
    const r = await clean(md, 'm4.md');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.author).toBe('Lucie Vávrová');
    expect(r.published?.slice(0, 10)).toBe('2025-01-24');
    expect(r.paragraphs).toHaveLength(3);
  });

  it('reads a Bear note: the page’s headline under the note’s title, not the tags', async () => {
    const md = ['# Council approves budget rise - Example News', '#clippings/politics #to-read', '', '- News', '- Business', '', '## Council approves budget rise for next year as bills climb', '', '23 January 2025 · By Mairi Morrison', '', ...prose].join('\n');
    const r = await clean(md, 'm5.md');
    expect(r.title).toBe('Council approves budget rise for next year as bills climb');
    expect(r.author).toBe('Mairi Morrison');
    expect(r.paragraphs[0]).toMatch(/^The council approved/);
  });

  it('drops a media label before a headline but keeps a live page\'s label', async () => {
    const html = (h1: string): string => `<html><head><title>x</title></head><body><article><h1>${h1}</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(html('<span class="label">VIDEO</span> Record sturgeon count in the Danube delta'), 'm6.html')).title).toBe('Record sturgeon count in the Danube delta');
    expect((await clean(html('LIVE UPDATES: Earthquake jolts Mindanao'), 'm7.html')).title).toBe('LIVE UPDATES: Earthquake jolts Mindanao');
    expect((await clean(html('LIVE: Calabar floods – Great Kwa River bursts its banks'), 'm8.html')).title).toBe('LIVE: Calabar floods – Great Kwa River bursts its banks');
  });
});

describe('an MDX page’s metadata object', () => {
  it('gives the title, the authors and the publication moment, told on the day its byline prints', async () => {
    const md = ["import { Byline } from '@/components/Byline'", '', 'export const metadata = {', "  title: 'Council approves budget rise for next year',",
      '  authors: [', "    { name: 'Rachel Kim', slug: 'rachel-kim' },", "    { name: 'Tomás Herrera', slug: 'tomas-herrera' },", '  ],',
      "  publishedAt: '2025-01-24T03:15:00.000Z',", '}', '', '<Byline', '  authors={metadata.authors}', '  date="Jan. 23, 2025, 10:15 p.m. ET"', '/>', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const r = await clean(md, 'x1.md');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.author).toBe('Rachel Kim and Tomás Herrera');
    expect(r.published?.slice(0, 10)).toBe('2025-01-23');
    expect(r.paragraphs[0]).toMatch(/^The council approved/);
  });
});

describe('clipped pages', () => {
  const prose = PROSE.flatMap((p) => [p, '']);

  it('take the page’s own headline under a title carrying the site’s name, and its printed byline over the clipper’s guess', async () => {
    const md = ['---', 'source: https://example.com.au/2025/06/07/budget/', 'author: Nina Prescott', '---', '', '# Council budget: rates up 4% | Central West News', '',
      '> ## Excerpt', '> Council approves budget rise for next year as rates climb.', '', '---', '', 'POLITICS', '',
      '## Council approves budget rise for next year as rates climb 4%', '', 'Words: Jack Hartigan', '', ...prose].join('\n');
    const r = await clean(md, 'c1.md');
    expect(r.title).toBe('Council approves budget rise for next year as rates climb 4%');
    expect(r.author).toBe('Jack Hartigan');
  });

  it('take the headline under a note titled with the site in brackets', async () => {
    const md = ['---', 'title: Issue 47 – council budget (Island Dispatch)', '---', '', '# Council approves budget rise for next year as the island council votes', '', ...prose].join('\n');
    expect((await clean(md, 'c2.md')).title).toBe('Council approves budget rise for next year as the island council votes');
  });
});

describe('a page clipped with its note title over it', () => {
  it('reads the page’s own headline, the writer linked to their page, and the publication after the update', async () => {
    const html = `<html><head><title>Council approves budget rise - The Chronicle</title></head><body>
      <h1 class="noteTitle">Council approves budget rise - The Chronicle</h1>
      <div><div><a href="/business/">Business</a></div>
      <h1>Council approves budget rise of four per cent for next year</h1>
      <div><a href="https://chronicle.example/profile/author/Vidya-Ramanathan-2117/">Vidya Ramanathan</a></div>
      <div><span>Updated - January 16, 2025 09:41 am IST</span> - <span>Published - January 15, 2025 12:08 am IST</span></div>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <p>More from <a href="https://chronicle.example/author/someone-else/">Someone Else</a></p></div></body></html>`;
    const r = await clean(html, 'clip.html');
    expect(r.title).toBe('Council approves budget rise of four per cent for next year');
    expect(r.author).toBe('Vidya Ramanathan');
    expect(r.published?.slice(0, 10)).toBe('2025-01-15');
  });
});

describe('bylines written as a field, with the outlet after a slash, and in a Zola page', () => {
  it('reads "Byline: NAME", "By NAME / Outlet Staff Writer" and the writers under [taxonomies]', async () => {
    expect((await clean(textPage('Byline: Jenna Trewhella'), 'f1.txt')).author).toBe('Jenna Trewhella');
    expect((await clean(textPage('By Haruka Ishida / Japan Chronicle Staff Writer'), 'f2.txt')).author).toBe('Haruka Ishida');
    const md = ['+++', 'title = "Council approves budget rise"', 'date = 2025-02-03T20:00:00+05:30', '', '[taxonomies]', 'authors = ["Siddharth Menon"]', '',
      '[extra]', 'byline = "Siddharth Menon in Colombo"', '+++', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(md, 'f3.md')).author).toBe('Siddharth Menon');
  });
});

describe('a read-later service’s text view', () => {
  it('drops the site’s name its links show, the bold standfirst over a byline run into its date, and reads both', async () => {
    const html = `<html><head><title>Council approves budget rise for next year | Harbour Log</title></head><body>
      <div id="titlebar"><h1>Council approves budget rise for next year | Harbour Log</h1>
      <div class="origin"><a href="https://www.harbourlog.example/news/budget-rise/">harbourlog.example</a> · by Tom Roe</div></div>
      <div id="story"><p><strong>Leader says it was the hardest decision of her time in office as bills rise from April</strong></p>
      <p>By Tom Roe9 December 2025</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = await clean(html, 'instapaper.html');
    expect(r.title).toBe('Council approves budget rise for next year');
    expect(r.published?.slice(0, 10)).toBe('2025-12-09');
    expect(r.author).toBe('Tom Roe');
    expect(r.paragraphs).toEqual(PROSE);
  });
});

describe('names that are not a byline', () => {
  it.each(['Tilaa Kirjaudu', 'Subscribe Login', 'Abonner Logg inn', 'Prenumerera Logga in'])('%s (a site’s account links) is no person', (links) => {
    expect(isPersonName(links)).toBe(false);
  });

  it.each(['Tribune Newsroom', 'Coastal Newsdesk', 'Washington Bureau'])('%s (a newsroom credit) is no person', (credit) => {
    expect(isPersonName(credit)).toBe(false);
  });

  it('reads the writer, not the photographer, from a byline run on into the photo credit', () => {
    expect(bylineAuthor('Teksti: Ville Rantanen Kuvat: Mikko Aaltonen', null)).toBe('Ville Rantanen');
    expect(bylineAuthor('Report and photos: Shanice Alleyne', null)).toBe('Shanice Alleyne');
  });
});

describe("a title's site name", () => {
  it('goes from either end with its separator, in any case, and stays where no separator parts it', () => {
    expect(stripTitleSuffix('Council approves budget rise for next year | Valley Times', 'Valley Times')).toBe('Council approves budget rise for next year');
    expect(stripTitleSuffix('Council approves budget rise for next year :: VALLEY TIMES', 'Valley Times')).toBe('Council approves budget rise for next year');
    expect(stripTitleSuffix('Valley Times - Council approves budget rise for next year', 'Valley Times')).toBe('Council approves budget rise for next year');
    expect(stripTitleSuffix('Readers of the Valley Times', 'Valley Times')).toBe('Readers of the Valley Times');
    expect(stripTitleSuffix('Valley Times', 'Valley Times')).toBe('Valley Times');
  });
});

describe('a Markdown note\'s own heading over a page pasted as text', () => {
  it('is the note\'s name: the pasted page\'s headline, writer and date are the article\'s', async () => {
    const md = [
      '# Council budget (saved 4/3)', '', '#council #budget', '', 'Skip to content', '', 'Menu', '', 'The Valley Times', '', 'Search', '',
      'Council approves budget rise for next year', '', 'By Ada Obi', '', 'March 3, 2025', '', 'Share', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/memo.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.author).toBe('Ada Obi');
    expect(a.published?.slice(0, 10)).toBe('2025-03-03');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('is the note\'s name over the reader\'s own lines and a rule too: Vimwiki\'s tags, where the page came from, a reminder, a link back to the index', async () => {
    const md = [
      '# Council budget (Valley Times)', '', ':council:budget:', '', 'Saved 2025-03-04 from https://www.valleytimes.example/news/2025/03/council-approves-budget-rise-for-next-year',
      'Read again before the ward meeting.', '', '[[index|Back to index]]', '', '---', '', 'Skip to content', 'The Valley Times', 'Home', 'News',
      'Council approves budget rise for next year', 'By Ada Obi', 'March 3, 2025', 'Share', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/wiki.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.author).toBe('Ada Obi');
    expect(a.published?.slice(0, 10)).toBe('2025-03-03');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('is the note\'s name under a note app\'s own front matter, over its stamp and the page\'s address', async () => {
    const md = [
      '---', 'created: 2025-03-05T19:40:12+10:00', 'modified: 2025-03-05T19:41:03+10:00', '---', '', '# Valley Times – council budget', '',
      'Saved 05/03/2025 from Nyxt, for the budget file', '', 'https://www.valleytimes.example/news/council-approves-budget-rise', '',
      'Skip to content', '', 'The Valley Times', '', 'Council approves budget rise for next year', '', 'By Ada Obi', '', 'March 3, 2025', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/nyxt.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.author).toBe('Ada Obi');
    expect(a.published?.slice(0, 10)).toBe('2025-03-03');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('keeps a Markdown article whose rule under a few lines opens no pasted page', async () => {
    const md = ['# Council approves budget rise for next year', '', 'Notes from the meeting.', '', '---', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/minutes.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.paragraphs).toEqual(['Notes from the meeting.', ...PROSE]);
  });

  it('leaves a Markdown article whose heading opens its own text as it was', async () => {
    const md = ['# Council approves budget rise for next year', '', '#council', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/post.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('converted pages whose headline is a second-level heading', () => {
  it('reads a K2 item: the headline under no first-level heading, the post\'s own date and writer above it, not the template\'s day or its text-size tools', async () => {
    const md = [
      '[Skip to main content](#main)', '', 'Thursday, 19 June 2025', '', '- [Home](https://x.example/)', '- [Economy](https://x.example/economy)', '',
      'Tuesday, 17 June 2025 06:12', '', 'Written by Ada Obi', '', 'font size [decrease font size](#) [increase font size](#)', '',
      '[Print](https://x.example/p) [Email](https://x.example/e)', '', '## Council approves budget rise for next year', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/k2.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.published?.slice(0, 10)).toBe('2025-06-17');
    expect(a.author).toBe('Ada Obi');
    expect(a.paragraphs).toEqual(PROSE);
  });

  it('reads a clipped PluXml post: not the masthead\'s linked name, the date before the sections it is filed under, the bold standfirst over the byline', async () => {
    const md = [
      '# Budget – council vote (The Valley Times)', '', '[Skip to content](https://x.example/a#content)', '', '# [The Valley Times](https://x.example/)', '',
      '- [Home](https://x.example/)', '- [News](https://x.example/news)', '', '## Council approves budget rise for next year', '',
      'Written by Newsdesk on 23 July 2025. Filed under: Politics, Money - 4 comments', '',
      '**Opposition councillors said the rise was too steep for families already struggling with the cost of living this year.**', '',
      '**By Ada Obi**', '', ...PROSE.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/pluxml.md');
    expect(a.title).toBe('Council approves budget rise for next year');
    expect(a.published?.slice(0, 10)).toBe('2025-07-23');
    expect(a.author).toBe('Ada Obi');
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('a correspondent credited "from" a town on a line of its own', () => {
  it('names the writer ("From Aisha Danjuma, Gombe"), not a place or a body', () => {
    expect(bylineAuthor('From Aisha Danjuma, Gombe', null)).toBe('Aisha Danjuma');
    expect(bylineAuthor('From Lagos, Abuja', null)).toBeNull();
    expect(bylineAuthor('From the Gombe State Government, Gombe', null)).toBeNull();
  });
});

describe("a correspondent's credit after a comma, a photographer's credit on the writer's line, and a signature with the post the story was filed from", () => {
  it('reads the writer of each', async () => {
    expect((await clean(textPage('De notre correspondante, Hélène Jabol'), 'fr.txt')).author).toBe('Hélène Jabol');
    expect((await clean(textPage('Text: Henrik Ståhlberg   Foto: Emma Wikander'), 'sv.txt')).author).toBe('Henrik Ståhlberg');
    const signed = ['Council approves budget rise for next year', '', ...PROSE.flatMap((p) => [p, '']), 'Chiara Iannotta – inviata a Formia', '', 'Tag: budget council', 'Articolo precedente'].join('\n');
    const read = await clean(signed, 'it.txt');
    expect(read.author).toBe('Chiara Iannotta');
    expect(read.paragraphs.join(' ')).not.toContain('inviata');
  });

  it('reads such a signature closing the paragraphs of a web page, and leaves a line that only ends on a dash and a place', async () => {
    const html = (last: string): string => `<html><head><title>Council approves budget rise</title></head><body><article><h1>Council approves budget rise for next year</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>${last}</p></article></body></html>`;
    expect((await clean(html('Marc Dubois — envoyé spécial à Kyiv'), 'a.html')).author).toBe('Marc Dubois');
    expect((await clean(html('Lake Tahoe – a view from Incline Village'), 'b.html')).author).toBeNull();
  });
});

describe("a theme's byline copied with each element on its own line", () => {
  it('reads "By" / name / "and" / name as one byline of two writers', async () => {
    const page = ['Council approves budget rise for next year', '', 'By', 'Nur Aqilah Hamdan', 'and', 'Fikri Zulkefli', '', 'Published August 16, 2026', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const read = await clean(page, 'split.txt');
    expect(read.author).toBe('Nur Aqilah Hamdan and Fikri Zulkefli');
    expect(read.paragraphs).toEqual(PROSE);
  });
});

describe('a Markdown page whose writer is set in bold with the town filed from, under a byline that gives only the last update', () => {
  const md = (writer: string): string => ['# Council approves budget rise for next year', '', 'By [Editor](https://example.org/author/editor/) Last updated Nov 3, 2025', '', writer, '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
  it('names the writer, dates the page by the update, and keeps the line out of the story', async () => {
    const read = await clean(md('**Mutale Chishimba, Mansa**'), 'mansa.md');
    expect(read.author).toBe('Mutale Chishimba');
    expect(read.published).toBe('2025-11-03');
    expect(read.paragraphs).toEqual(PROSE);
    // Swahili writes "by" before the name.
    expect((await clean(md('**Na Asha Salum, Chake Chake**'), 'pemba.md')).author).toBe('Asha Salum');
  });
  it('leaves a bold line that names a place and a country', async () => {
    expect((await clean(md('**Lusaka, Zambia**'), 'lusaka.md')).author).toBeNull();
  });
});

describe("a Markdown page with the theme's author box under the story", () => {
  it('names the writer from the box and cuts the box and what follows it', async () => {
    const more = ['Opposition councillors said the rise was larger than it needed to be, and proposed cutting the cost of the new offices instead of raising the bills.', 'The vote was 31 to 24, with three abstentions, after an amendment to freeze parking charges was lost by two votes late in the evening.', 'Residents will be able to see how the money is spent on a new page of the council website, which the leader promised would be updated every quarter.'];
    const story = [...PROSE, ...more];
    const md = ['# Council approves budget rise for next year', '', ...story.flatMap((p) => [p, '']), 'Written By', '', '[Robyn Kearley](/stories?author=5f2a9c)', '', 'Robyn has covered the council for 15 years. Story tips: robyn@example.org', '', '[Previous', '', 'Previous', '', '### Ferry timetable changes](/stories/ferry)'].join('\n');
    const read = await clean(md, 'box.md');
    expect(read.author).toBe('Robyn Kearley');
    expect(read.paragraphs).toEqual(story);
  });
});
