import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { isCreditedCaption, isPersonName, isTailMarker, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { lineStats } from '../../functions/core/clean/lines.js';
import { outlineAsParagraphs } from '../../functions/core/clean/outliner.js';

const NOW = new Date('2030-01-01T00:00:00Z');

async function clean(text: string, key: string) {
  return cleanDocument(decodeDocument(new TextEncoder().encode(text), { key }), { now: NOW });
}

const STORY = [
  'Researchers at the district health institute have begun using small drones to find the pools where malaria mosquitoes breed in the rice fields of the valley, the team said on Monday.',
  'The drones photographed more than 1,200 hectares of fields in four villages, and software picked out standing water with an accuracy of 87 per cent, according to a paper published last week.',
  'Spraying only the pools the drones found cut the cost of larvicide by almost half, and the number of larvae fell by 60 per cent in the villages that took part in the trial.',
];

/** Two more paragraphs, for rules that want the story much longer than what stands above it. */
const MORE = [
  'The institute plans to extend the trial to twelve more villages next season and to train local health workers to fly the drones, which cost about 2,000 dollars each.',
  'Farmers in the valley said they had noticed fewer mosquitoes at dusk since the spraying began, though the institute cautioned that a single season was too short to draw firm conclusions.',
];

describe('a clipped page whose headline is only in the front matter', () => {
  const md = [
    '---', 'title: "Drones find malaria breeding sites in the rice fields"', 'source: "https://example.org/news/drones-malaria/"',
    'author:', '  - "[[Mwandishi Wetu]]"', 'published: 2027-02-08', 'tags:', '  - "clippings"', '---',
    '> [!note] For the literature review', '> Read the paper itself and ask about the open data.', '',
    ...STORY.flatMap((p) => [p, '']),
    '## Related news', '', '- [A new malaria vaccine reaches Kigoma](https://example.org/news/vaccine/) — February 3, 2027', '',
    '## Comments (2)', '', '**Baraka M.** · February 8, 2027', 'This is very good news. We hope the project reaches Ruvuma too.', '',
  ].join('\n');

  it('keeps the front matter title: a heading below the story heads what follows it', async () => {
    const a = await clean(md, 'incoming/clip.md');
    expect(a.title).toBe('Drones find malaria breeding sites in the rice fields');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads "our correspondent" as no writer', async () => {
    expect((await clean(md, 'incoming/clip.md')).author).toBeNull();
    expect(isPersonName('Mwandishi Wetu')).toBe(false);
    expect(isPersonName('Nuestro corresponsal')).toBe(false);
  });

  it('reads a desk in European Portuguese spelling as no writer ("Por Redacção")', () => {
    expect(isPersonName('Redacção')).toBe(false);
    expect(isPersonName('Redacção Quelimane')).toBe(false);
  });
});

describe('a blog post saved from Blogger', () => {
  const html = `<!doctype html><html><head><meta content='blogger' name='generator'/>
<title>Karas Business Review: Aussenkehr grape exports head for record 16 million cartons</title>
<meta content='Karas Business Review: Aussenkehr grape exports head for record 16 million cartons' property='og:title'/></head><body>
<h1 class='title'><a href='/'>Karas Business Review</a></h1>
<div class='blog-posts hfeed'><h2 class='date-header'><span>Wednesday, 13 January 2027</span></h2>
<div class='post hentry'><h3 class='post-title entry-title'>Aussenkehr grape exports head for record 16 million cartons</h3>
<div class='post-body entry-content'>
<p><b>By Tuyeni Shikongo</b></p>
<p><i>A warm, dry spring brought the harvest forward, and growers say prices in Europe are holding.</i></p>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'><a class='g-profile' href='https://www.blogger.com/profile/1'><span>Karas Business Review</span></a></span></span></div>
</div></div></body></html>`;

  it('takes the post title over the blog name in the <h1>, the byline in the post over the account, and leaves the standfirst out', async () => {
    const a = await clean(html, 'incoming/post.html');
    expect(a.title).toBe('Aussenkehr grape exports head for record 16 million cartons');
    expect(a.author).toBe('Tuyeni Shikongo');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a WordPress theme\'s byline', () => {
  it.each(['Author', 'Författare', 'Forfatter', 'Autorka'])('reads the writer after the label the theme prints for screen readers ("%s Fiona Strachan"), in the footer under the story', async (label) => {
    const html = `<!doctype html><html><head><title>Elgin firm wins repair contract – Moray Business Bulletin</title></head><body><article class="post">
<header class="entry-header"><h1 class="entry-title">Elgin firm wins repair contract and plans 120 jobs</h1></header>
<div class="entry-content"><p>An Elgin engineering firm has won a £38m contract to repair maritime patrol aircraft and will open a new workshop with 120 jobs next year, the company said on Thursday.</p>
<p>The contract runs for ten years and covers heavy maintenance of the aircraft, which are based at a nearby air station, the firm's managing director said in a statement to staff.</p>
<p>Local councillors welcomed the news and said the jobs would help the town after the closure of two distilleries in the last five years.</p></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">${label} </span> <a class="url fn n" href="/author/fiona/">Fiona Strachan</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on </span><time class="entry-date published" datetime="2026-09-24T07:00:00+01:00">24 September 2026</time></span></footer></article></body></html>`;
    const a = await clean(html, 'incoming/elgin.html');
    expect(a.author).toBe('Fiona Strachan');
  });
});

describe('a Medium post', () => {
  it('reads the writer from the profile link and drops the listen and share controls', async () => {
    const html = `<!doctype html><html><head><title>Rewa end nine-year wait for FA Cup glory | Bula Sports Desk | Medium</title></head><body><article>
<h1>Rewa end nine-year wait for FA Cup glory</h1>
<div><a href="https://medium.com/@litiavunisea?source=post_page---byline">Litia Vunisea</a> <span>·</span> <span>4 min read</span></div>
<div><span>Listen</span> <span>Share</span></div>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
    const a = await clean(html, 'incoming/medium.html');
    expect(a.author).toBe('Litia Vunisea');
    expect(a.paragraphs).toEqual(STORY);
    expect(isPersonName('Listen Share')).toBe(false);
  });
});

describe('a converted page with a day and no year', () => {
  const page = (shareLink: string): string => [
    '[Skip to Content](#page)', '', '[News](https://example.com.au/news) [Industry](/industry) [Opinion](/opinion) [About](/about)', '',
    '# Distillery to triple capacity with new production hall', '', '2 Mar', '',
    'Written By [Ellie Maddox](/news?author=5f3c)', '',
    '_The distillery has signed a five-year deal to supply single malt to Japan, and will build a new hall next to the airport._', '',
    ...STORY.flatMap((p) => [p, '']),
    `[Facebook0](https://www.facebook.com/sharer/sharer.php?u=${shareLink})[LinkedIn0](https://www.linkedin.com/shareArticle?url=${shareLink})`, '',
  ].join('\n');

  it('dates it by the permalink that names the same day, and leaves the standfirst under the byline out', async () => {
    const a = await clean(page('https%3A%2F%2Fexample.com.au%2Fnews%2F2027%2F3%2F2%2Fdistillery-expansion'), 'incoming/page.txt');
    expect(a.published).toBe('2027-03-02');
    expect(a.author).toBe('Ellie Maddox');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('gives no date when no address names that day', async () => {
    const a = await clean(page('https%3A%2F%2Fexample.com.au%2Fnews%2Fdistillery-expansion'), 'incoming/page.txt');
    expect(a.published).toBeNull();
  });

  it('keeps a bold lead paragraph when the metadata gives the standfirst', async () => {
    const lead = 'The chip machine maker booked record sales of 32.7 billion euros last year and expects to grow again, now that demand for chips for data centres reaches every part of the chain.';
    const md = ['---', 'title: "Chip maker closes a record year"', 'subtitle: "Sales of 34 to 37 billion euros expected this year"', 'date: 2026-01-28', '---', '',
      '*By Sanne de Vries*', '', `**${lead}**`, '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(md, 'incoming/post.md')).paragraphs).toEqual([lead, ...STORY]);
  });
});

describe('a chat channel copied from Telegram Desktop', () => {
  it('keeps the longest post, its headline, its byline and its text without the dateline', async () => {
    const text = [
      'Golazo Paisa ⚽, [13/12/2026 15:05]', '[ Photo ]', '📋 ¡CONFIRMADA LA TITULAR DEL VERDE PARA LA GRAN FINAL!', '',
      'Golazo Paisa ⚽, [13/12/2026 17:29]', '⚽ GOL DE MILLONARIOS. 27\' cabezazo de Ortegón tras un córner.', '',
      'Golazo Paisa ⚽, [13/12/2026 21:47]', '🏆 ¡Nacional, campeón! El Verde venció 2-1 a Millonarios y levantó la copa', '', '✍️ Por Camilo Zuluaga', '',
      'MEDELLÍN, 13 de diciembre de 2026 – Atlético Nacional es el nuevo campeón del fútbol colombiano. El equipo derrotó este domingo 2-1 a Millonarios en la final de vuelta ante más de 44.000 hinchas.', '',
      'El partido de ida, en Bogotá, había terminado 1-1, por lo que a Nacional le bastaba ganar en casa. El primer tiempo, sin embargo, fue de Millonarios, que controló la pelota.', '',
      'La celebración de los hinchas siguió hasta la madrugada en las calles de Medellín, donde miles de personas salieron a festejar el título con banderas y cánticos.', '',
      'Golazo Paisa ⚽, [14/12/2026 9:12]', '[ Album ]', '🎉 Así fue la caravana del campeón por la avenida Regional.', '',
    ].join('\n');
    const a = await clean(text, 'incoming/channel.txt');
    expect(a.title).toBe('¡Nacional, campeón! El Verde venció 2-1 a Millonarios y levantó la copa');
    expect(a.author).toBe('Camilo Zuluaga');
    expect(a.published).toBe('2026-12-13');
    expect(a.paragraphs[0]).toMatch(/^Atlético Nacional es el nuevo campeón/);
    expect(a.paragraphs.join(' ')).not.toMatch(/caravana|CONFIRMADA|Ortegón/);
  });
});

describe('boxes and bylines of converted and pasted pages', () => {
  it('reads what stands above the headline inside Pandoc\'s fenced divs as the site\'s', async () => {
    const md = [
      '::: {#__next}', '::: {.CookieBar_bar}', 'This site uses cookies to give you a better experience. [Learn more](/cookies)', ':::', '',
      '::: {.Header_topbar}', '[Wednesday, 18 November 2026]{.Header_date} [Subscribe](/subscribe)', ':::', '',
      '::: {.Article_article}', '# Storm stops the island ferries {#storm .Article_title}', '', ...STORY.flatMap((p) => [p, '']), ':::', ':::', '',
    ].join('\n');
    expect((await clean(md, 'incoming/pandoc.md')).paragraphs).toEqual(STORY);
    expect(junkKind('Podijeli: Facebook X WhatsApp Viber Kopiraj poveznicu')).not.toBeNull();
  });

  it('drops a compiler\'s note above the headline and the standfirst over a name alone', async () => {
    const html = `<html><head><title>Press cuttings – Central Med search and rescue – week 40 of 2026</title></head><body><div class=WordSection1>
<p class=MsoNormal>Press cuttings – Central Med SAR – week 40</p>
<p class=MsoNormal>Compiled by M. Cassar, Friday 2 October 2026. For internal use only – do not forward.</p>
<p class=MsoNormal>MIGRATION</p>
<h1>AFM rescues 63 people from sinking boat, 12 hours after first distress call</h1>
<p class=MsoNormal>Eleven survivors taken to hospital as an NGO questions the time it took to reach the vessel south of Malta</p>
<p class=MsoNormal>Daniel Grech</p>
${STORY.map((p) => `<p class=MsoNormal>${p}</p>`).join('\n')}
</div></body></html>`;
    const a = await clean(html, 'incoming/cuttings.html');
    expect(a.author).toBe('Daniel Grech');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a Catalan byline and its bio, and keeps "Per" a Scandinavian first name', async () => {
    const md = ['# El Reus remunta i guanya el derbi', '', 'Per [Jordi Ferré i Sans](https://example.cat/autors/jordi)', '', ...STORY.flatMap((p) => [p, '']),
      'Jordi Ferré i Sans és periodista esportiu a Reus i segueix l\'hoquei sobre patins des de fa vint anys.', ''].join('\n');
    const a = await clean(md, 'incoming/hoquei.md');
    expect(a.author).toBe('Jordi Ferré i Sans');
    expect(a.paragraphs).toEqual(STORY);
    expect(bylineAuthor('Per Anders Nilsson', null)).toBeNull();
  });

  it('drops the author box\'s name over the bio under a pasted page', async () => {
    const text = ['Felssturzgefahr in Surrein', '', 'Nina Derungs', 'Publiziert 06.11.2026, 17.48 Uhr', '', ...STORY.flatMap((p) => [p, '']),
      'Nina Derungs', 'Nina Derungs ist Redaktorin im Ressort Region und berichtet aus der Surselva.', ''].join('\n');
    const a = await clean(text, 'incoming/mobile.txt');
    expect(a.paragraphs.at(-1)).toBe(STORY[2]);
  });

  it('reads a reader\'s callout as no part of a note', async () => {
    const md = ['# Drones find malaria breeding sites', '', '> [!note] Why I saved this', '> Compare with our own pilot.', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(md, 'incoming/note.md')).paragraphs).toEqual(STORY);
  });

  it('reads a Creative Commons notice without "a licence" as a republishing notice', () => {
    expect(junkKind('This article is licensed under Creative Commons CC BY-ND 4.0. You may republish it free of charge with credit to Prairie Current. Get the republishing code')).not.toBeNull();
  });

  it('reads a caption credited in brackets', () => {
    expect(isCreditedCaption('A blue-green algae bloom off Victoria Beach in August 2026. (Kyle Desjarlais/Prairie Current)')).toBe(true);
    expect(isCreditedCaption('The model was trained on three seasons of data. (Okafor said the map would be public.)')).toBe(false);
  });
});

describe('writers of plain-text pages', () => {
  it('reads a name alone right under the text, when it holds a given name', async () => {
    const page = (name: string): string => ['Coffee exports reach a record in the highlands', '', 'Updated: 10/12/2026 15:42', '', ...STORY.flatMap((p) => [p, '']), name, '', 'Tags: coffee | exports', ''].join('\n');
    expect((await clean(page('Hoàng Lan'), 'incoming/a.txt')).author).toBe('Hoàng Lan');
    expect((await clean(page("Reader's Comments"), 'incoming/b.txt')).author).toBeNull();
  });

  it('reads a name over a job written in the page\'s language', async () => {
    const text = ['Iga Świątek znów królową Dohy', '', 'Jakub Nowicki', 'dziennikarz działu sportowego', '14.02.2026, 19:47', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(text, 'incoming/tenis.txt')).author).toBe('Jakub Nowicki');
  });
});

describe('closing matter of converted pages', () => {
  it('drops the writer\'s closing credit, a tag list under its label and the author box whose bio opens with the job', async () => {
    const md = ['# Central wins the derby in stoppage time', '', 'Por Agustina Peralta', '', ...STORY.flatMap((p) => [p, '']),
      'Etiquetas', '', '- Rosario Central', '- Newell\'s', '- Liga Profesional', '',
      'Agustina Peralta', '', 'Periodista. Cubre a Rosario Central desde 2018 para Rosario Deportiva.', ''].join('\n');
    const a = await clean(md, 'incoming/clasico.md');
    expect(a.author).toBe('Agustina Peralta');
    expect(a.paragraphs).toEqual(STORY);
    expect(junkKind('Reporting by Frances Sablan.')).not.toBeNull();
    expect(junkKind('Reporting by the team showed that the numbers rose.')).toBeNull();
  });
});

describe('an author box whose linked name went as chrome', () => {
  it('drops the bio printed under the name, and the match sheet above it', async () => {
    const md = ['# Il Pescara rimonta l’Avellino', '', 'di [Giulia Ranalli](https://example.it/author/giulia-ranalli/) · 21 Febbraio 2026', '', ...STORY.flatMap((p) => [p, '']),
      '**IL TABELLINO**', '', '**PESCARA-AVELLINO 2-1**', '',
      '**PESCARA (4-3-3):** Ferrante; Di Febo, Colangelo, Ruscitti, Di Pietro; Sciarra, Toppeta, Valentini; Marchegiani, Marinelli, Di Tullio. All. Sciarretta.', '',
      '**Arbitro:** Ferrigno di Vercelli. **Spettatori:** 14.320.', '',
      '[Giulia Ranalli](https://example.it/author/giulia-ranalli/)', '',
      'Giornalista pubblicista, segue il Pescara dal 2018 in casa e in trasferta.', ''].join('\n');
    const a = await clean(md, 'incoming/pescara.md');
    expect(a.author).toBe('Giulia Ranalli');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('keeps a closing paragraph that no line of the writer\'s name stands over', async () => {
    const md = ['# Il Pescara rimonta l’Avellino', '', 'di [Giulia Ranalli](https://example.it/author/giulia-ranalli/)', '', ...STORY.flatMap((p) => [p, '']),
      '[Pescara Calcio](https://example.it/tag/pescara/)', '', 'Giornalista pubblicista, segue il Pescara dal 2018 in casa e in trasferta.', ''].join('\n');
    const a = await clean(md, 'incoming/pescara.md');
    expect(a.paragraphs.at(-1)).toBe('Giornalista pubblicista, segue il Pescara dal 2018 in casa e in trasferta.');
  });
});

describe('byline words of more pages', () => {
  it.each([
    ['Haber: Elif Karahan', 'Elif Karahan'],
    ['Report by Kieron Joseph', 'Kieron Joseph'],
  ])('reads "%s"', (line, name) => {
    expect(bylineAuthor(line, null)).toBe(name);
  });

  it('reads a sign-off under the text of a plain-text page', async () => {
    const text = ['Dublanc end nine-year wait in the league final', '', 'Published 16 November 2026', '', ...STORY.flatMap((p) => [p, '']), 'Report by Kieron Joseph', '', '', 'FINAL: Dublanc FC 1 Bath Estate FC 1', ''].join('\n');
    expect((await clean(text, 'incoming/final.txt')).author).toBe('Kieron Joseph');
  });
});

describe('a news periodical fetched by an e-book reader and turned into text', () => {
  it('reads the article, not the masthead with the fetch day or the contents entry', async () => {
    const text = ['Island Today [Fri, 04 Sep 2026]', '', 'News', '', '| Main menu |', '',
      'Wildfire in the north: four villages evacuated [Thu, 03 Sep 19:40]', '', 'A large fire near the villages.', '', '| Section menu | Main menu |', '',
      'Wildfire in the north: four villages evacuated as winds strengthen', '', 'Published 03.09.2026 | 19:40', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(text, 'incoming/periodical.txt');
    expect(a.title).toBe('Wildfire in the north: four villages evacuated as winds strengthen');
    expect(a.published).toBe('2026-09-03');
  });
});

describe('a document that wraps a saved page (press cuttings, a board pack, a wiki page)', () => {
  const page = [
    '<p><a href="https://www.example-weekly.tc/#main">Skip to main content</a></p>',
    '<p>Home</p><p>News</p><p>Fisheries</p><p>Advertise</p>',
    '<p><b>FISHERIES</b></p>',
    '<h1>Malaria drones cut the cost of spraying by half in the valley</h1>',
    '<p><i>A trial in four villages found the breeding pools from the air and sprayed only those.</i></p>',
    '<p>Kendra Ewing</p>',
    '<p>Fisheries and science reporter</p>',
    '<p>17 November 2026, 14:20</p>',
    ...STORY.map((p) => `<p>${p}</p>`),
  ];
  const wrapper = (above: string[], head = '<title>Press cuttings – November 2026</title><meta name="author" content="Marcia Gardiner">') =>
    `<html><head>${head}</head><body>${[...above, ...page].join('\n')}</body></html>`;

  it('reads the page under its skip link, not the document around it', async () => {
    const a = await clean(wrapper([
      '<h1>Press cuttings – November 2026</h1>',
      '<p>Filed for the board pack, copied on 18 November by the communications office. The second item is the shorter version. – MG</p>',
    ]), 'incoming/cuttings.html');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.author).not.toBe('Marcia Gardiner');
    expect(a.published).toBe('2026-11-17');
    expect(a.paragraphs.join(' ')).not.toMatch(/board pack|FISHERIES/);
    expect(a.paragraphs.at(-1)).toBe(STORY.at(-1));
  });

  it('reads a table of cuttings above the link as the document\'s too', async () => {
    const a = await clean(wrapper([
      '<p>Press review – Thursday 26 November 2026</p>',
      '<table><tr><td>No</td><td>Title</td><td>Medium</td></tr><tr><td>1</td><td>Malaria drones cut the cost of spraying by half in the valley</td><td>example-weekly.tc</td></tr></table>',
    ]), 'incoming/review.html');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.paragraphs.join(' ')).not.toMatch(/Press review|Medium/);
  });

  it('leaves a page\'s own live skip link, and the notice above it, to the page', async () => {
    const live = [
      '<html><head><title>Malaria drones cut the cost of spraying by half | Example Weekly</title><meta name="author" content="Ana Ribeiro"></head><body>',
      '<div class="notice"><p>Our offices are closed on Monday for the national holiday, and the print edition will not appear that day.</p></div>',
      '<p><a href="#main">Skip to main content</a></p>', '<p>Home</p><p>News</p>',
      '<main id="main"><h1>Malaria drones cut the cost of spraying by half in the valley</h1>', ...STORY.map((p) => `<p>${p}</p>`), '</main></body></html>',
    ].join('\n');
    const a = await clean(live, 'incoming/live.html');
    expect(a.author).toBe('Ana Ribeiro');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a wiki page\'s pasted page in Markdown under its skip link', async () => {
    const md = [
      '# Press cuttings 2027-02-17 – the weekly on our drone trial', '',
      '> **Pasted by Johan Mäkitalo 2027-02-18.** The article is about our trial in December. Check the quotes before we share it.', '',
      '---', '', '[Skip to main content](https://www.example-weekly.tc/news/drones/#main)', '',
      '- [News](https://www.example-weekly.tc/news/)', '- [Sport](https://www.example-weekly.tc/sport/)', '',
      '# Malaria drones cut the cost of spraying by half in the valley', '', 'By Elin Nyström', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/wiki.md');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.author).toBe('Elin Nyström');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads a wiki\'s notice box above the skip link as its note, and a name over its job on two lines as the writer', async () => {
    const md = [
      '# Pressedekning – droner i dalen 18.02.2027', '', ':::info',
      'Limt inn 18.02.2027 av Anders B. Brukes i evalueringen etter forsøket. Ikke del utenfor prosjektgruppen.', ':::', '',
      '---', '', '[Hopp til hovedinnhold](https://www.example-weekly.tc/news/drones/#main)', '',
      '# Malaria drones cut the cost of spraying by half in the valley', '', 'Ingrid Solbakken\\', 'Journalist', '',
      'Publisert 17.02.2027 09:14', '', ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/outline.md');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.published).toBe('2027-02-17');
    expect(a.author).toBe('Ingrid Solbakken');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('keeps a converter\'s title block over the page\'s skip link, which gives the date', async () => {
    const text = [
      'Malaria drones cut the cost of spraying by half in the valley | Example Weekly', 'Reto Brunner', '2026-12-16T18:30:00+01:00', '',
      'Skip to main content', '', 'Home', 'News', '', 'Malaria drones cut the cost of spraying by half in the valley', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(text, 'incoming/converted.txt');
    expect(a.published).toBe('2026-12-16T18:30:00+01:00');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a radio site\'s teaser over its date line', () => {
  const page = (lead: string) => [
    '<html><head><title>Drones map the breeding pools</title></head><body><article>',
    '<h1>Drones map the breeding pools of malaria mosquitoes in the valley</h1>', lead,
    '<p>Stand: 26.08.2026, 18:40 Uhr</p>', ...STORY.map((p) => `<p>${p}</p>`), '</article></body></html>',
  ].join('\n');

  it('reads a teaser set in bold right above the date line as the standfirst', async () => {
    const a = await clean(page('<p><strong>Spraying only the pools the drones found halved the cost. The trial goes on next year.</strong></p>'), 'incoming/radio.html');
    expect(a.published).toBe('2026-08-26');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('keeps a plain first paragraph above the date line', async () => {
    const lead = 'The district health institute has finished the first season of its drone trial in the valley.';
    const a = await clean(page(`<p>${lead}</p>`), 'incoming/radio.html');
    expect(a.paragraphs).toEqual([lead, ...STORY]);
  });
});

describe('a blog engine\'s page copied as text, signed only under the story', () => {
  it('reads the writer and the day from the entry meta under the text, and the standfirst over the chrome and the caption', async () => {
    const text = [
      'Science & Environment', '', 'Drones map the breeding pools of malaria mosquitoes in the valley', '',
      'A trial in four villages found the pools from the air, and the institute says the cost of spraying fell by half.', '',
      'Listen to this article · 4 min', '', 'A drone over the rice fields near the river in March. Picture: District Health Institute', '',
      ...[...STORY, ...MORE].flatMap((p) => [p, '']),
      'Posted by Gethin Pritchard in Science & Environment on Wednesday 14 April 2027 at 09:20', 'Updated Wednesday 14 April 2027 at 16:45', '',
      'Tags: drones · malaria', '', 'Comments (5)', 'Dewi_R · 14/04/2027 10:12', 'About time.',
    ].join('\n');
    const a = await clean(text, 'incoming/blog.txt');
    expect(a.author).toBe('Gethin Pritchard');
    expect(a.published).toBe('2027-04-14');
    expect(a.paragraphs).toEqual([...STORY, ...MORE]);
  });
});

describe('a page pasted as plain lines into a wiki\'s Markdown', () => {
  it('finds the headline, the byline and the date among the lines, as in a text file', async () => {
    const md = [
      '<!--', 'title: Press review – malaria drones', 'published: true', 'date: 2026-11-23T14:02:11.482Z', 'dateCreated: 2026-11-21T13:15:40.119Z', '-->', '',
      '> Pasted from the browser on Saturday 21 November 2026 by M. Pelletier. See also the [trial page](/trials/drones).', '', '---', '',
      'Skip to content', '', 'Home', 'News', 'Health', '', 'Search', 'Subscribe to the newsletter', '', 'Health / Malaria', '',
      'Drones map the breeding pools of malaria mosquitoes in the valley', '',
      'By Émilie Gagnon-Roy', 'Published 20 November 2026 at 22:41', '',
      ...[...STORY, ...MORE].flatMap((p) => [p, '']), '## Our notes', '', '- Ask the institute for the data.',
    ].join('\n');
    const a = await clean(md, 'incoming/wiki.md');
    expect(a.title).toBe('Drones map the breeding pools of malaria mosquitoes in the valley');
    expect(a.author).toBe('Émilie Gagnon-Roy');
    expect(a.published).toBe('2026-11-20');
    expect(a.paragraphs).toEqual([...STORY, ...MORE]);
  });
});

describe('a note app\'s HTML export of a whole clipped page', () => {
  it('reads the page\'s own headline, demoted to an <h2> under the note\'s copy of the <title>, and the byline beside the city', async () => {
    const html = [
      '<html><head><title data-trilium-title>Malaria drones: results of the valley trial | Example Weekly</title></head><body><div class="content">',
      '<h1 data-trilium-h1>Malaria drones: results of the valley trial | Example Weekly</h1><div class="ck-content">',
      '<p><a href="https://www.example-weekly.tc/news/drones#main-content">Skip to main content</a></p><p>Monday 12 April 2027 · 22 °C</p>',
      '<ul><li><a href="https://www.example-weekly.tc/">Home</a></li><li><a href="https://www.example-weekly.tc/health">Health</a></li></ul>',
      '<p>HEALTH · MALARIA</p><h2>Spraying only the pools the drones find halves the cost in four villages</h2>',
      '<p><i>The district health institute will take the trial to twelve more villages next season</i></p>',
      '<p><strong>Rafael Ortega</strong> | Kisumu</p><p>Sunday 11 April 2027, 21:58</p>', ...STORY.map((p) => `<p>${p}</p>`), '</div></div></body></html>',
    ].join('');
    const a = await clean(html, 'incoming/trilium.html');
    expect(a.title).toBe('Spraying only the pools the drones find halves the cost in four villages');
    expect(a.author).toBe('Rafael Ortega');
    expect(a.published).toBe('2027-04-11');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('keeps a page\'s own <h1> that repeats its <title> over the story, with a dated related list under it', async () => {
    const html = [
      '<html><head><title>Malaria drones cut the cost of spraying by half | Example Weekly</title></head><body>',
      '<h1>Malaria drones cut the cost of spraying by half | Example Weekly</h1>', ...STORY.map((p) => `<p>${p}</p>`),
      '<h2>More stories from the health desk this week</h2><p>Sunday 11 April 2027</p><p>Clinic hours extended in the valley</p>', '</body></html>',
    ].join('');
    expect((await clean(html, 'incoming/page.html')).title).toMatch(/^Malaria drones cut the cost of spraying by half/);
  });
});

describe('a note app\'s Markdown export of a page under a note and a rule', () => {
  it('reads the page\'s headline about the same story under the rule, not the note\'s title', async () => {
    const md = [
      '# Malaria drones – article for the Form 3 lesson', '',
      'Clipped from the Example Weekly site on 19 March 2027, whole page. Use it on Tuesday with the maps; stop before the comments.', '',
      '- [ ] Print 30 copies', '- [x] Ask the institute for a visit', '', '---', '',
      '[Example Weekly](https://www.example-weekly.tc/)', '', '- [Home](https://www.example-weekly.tc/)', '- [Health](https://www.example-weekly.tc/health)', '',
      '## Malaria drones find the breeding pools and halve the cost of spraying', '', 'By Jolyn Hadley', '', 'March 18, 2027', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/anytype.md');
    expect(a.title).toBe('Malaria drones find the breeding pools and halve the cost of spraying');
    expect(a.author).toBe('Jolyn Hadley');
    expect(a.published).toBe('2027-03-18');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a scraper\'s text dump that opens with the page\'s <title>', () => {
  it('takes the printed headline over the date line, not the <title> with the site\'s name', async () => {
    const text = [
      'Malaria drones halve spraying costs | Example Weekly', '', 'EXAMPLE WEEKLY', 'Home', 'Health', '',
      'Drones find the breeding pools of malaria mosquitoes and halve the cost of spraying in four villages', 'December 7, 2026 ·', '',
      ...[...STORY, ...MORE].flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(text, 'incoming/dump.txt');
    expect(a.title).toBe('Drones find the breeding pools of malaria mosquitoes and halve the cost of spraying in four villages');
    expect(a.published).toBe('2026-12-07');
  });
});

describe('a Drupal page converted to Markdown', () => {
  it('reads the writer from "Submitted by NAME on DATE - TIME"', async () => {
    const md = ['# Malaria drones cut the cost of spraying by half in the valley', '', 'Submitted by [Ndapandula Iita](/user/14 "View user profile.") on Thu, 9 Jul 2026 - 10:15', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/drupal.md');
    expect(a.author).toBe('Ndapandula Iita');
    expect(a.published).toBe('2026-07-09');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a blog page converted by turndown', () => {
  it('reads the headline under the site\'s linked name, and the standfirst over the lead picture', async () => {
    const md = [
      '---', 'url: https://www.example-weekly.tc/post/2026/10/06/drones', '---', '',
      '[Example Weekly](https://www.example-weekly.tc/)', '====================', '', 'Health and science in the valley', '',
      '*   [Home](https://www.example-weekly.tc/)', '*   [Health](https://www.example-weekly.tc/health)', '',
      'Malaria drones cut the cost of spraying by half in the valley', '-------------------------------------------', '',
      'Par [Élodie Marsac](https://www.example-weekly.tc/about), mardi 6 octobre 2026, 11:20', '',
      'A trial in four villages found the breeding pools from the air and sprayed only those, the institute says.', '',
      '![A drone over the rice fields](https://www.example-weekly.tc/drone.jpg)', '', 'A drone over the rice fields. Photo Example Weekly / Yann Debord', '',
      ...STORY.flatMap((p) => [p, '']),
      '_Cet article a été réalisé avec le soutien de nos lecteurs. [Soutenez Example Weekly sur HelloAsso](https://www.helloasso.com/x)_',
    ].join('\n');
    const a = await clean(md, 'incoming/turndown.md');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.author).toBe('Élodie Marsac');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a page converted with two top-level headings', () => {
  it('reads the second top-level heading when the first is the site\'s name under its logo, which links home', async () => {
    const md = [
      '[![Harbour Log](https://harbour-log.example/logo.png)](https://harbour-log.example/)', '', '# Harbour Log', '', 'Martedì 24 Febbraio 2026 · Harbour 11°', '',
      '- [Home](https://harbour-log.example/)', '- [News](https://harbour-log.example/news/)', '',
      '# Malaria drones cut the cost of spraying by half in the valley', '',
      'By [Ann Lee](https://harbour-log.example/author/ann/) | 21/02/2026 19:52', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/copy-as-markdown.md');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.published).toBe('2026-02-21');
    expect(a.paragraphs).toEqual(STORY);
  });

  it('reads the second top-level heading as the headline when the first is only the site\'s linked name, and drops the motto under it', async () => {
    const md = [
      '- [Home](https://harbour-log.example/)', '- [News](https://harbour-log.example/news/)', '',
      '# [Harbour Log](https://harbour-log.example/)', '', 'Fishing and ferry news from the bay, every day', '',
      '[Home](https://harbour-log.example/) » [Health](https://harbour-log.example/health/) » Drones and malaria', '',
      '# Malaria drones cut the cost of spraying by half in the valley', '',
      'By [Ann Lee](https://harbour-log.example/author/ann/) March 29, 2026', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/showdown.md');
    expect(a.title).toBe('Malaria drones cut the cost of spraying by half in the valley');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a theme that sets the section as the page\'s <h1>', () => {
  it('takes the post\'s <h2> named as its title for the headline, and the printed date over the hidden update time', async () => {
    const html = [
      '<html><head><title>Malaria drones: costs halved - Example Weekly</title><meta property="og:title" content="Malaria drones halve the cost of spraying">',
      '<meta property="article:published_time" content="2026-04-11T17:32:08+00:00"></head><body>',
      '<div class="page-title-bar"><h1 class="entry-title">Health</h1></div><article>',
      '<h2 class="entry-title post-title">Spraying only the pools the malaria drones find halves the cost in four villages</h2>',
      '<div class="meta-info">By <a rel="author" href="/author/x">Giuseppe Scerbo</a> | <span class="updated rich-snippet-hidden">2026-04-12T09:10:44+02:00</span><span>11 April 2026</span></div>',
      ...STORY.map((p) => `<p>${p}</p>`), '</article></body></html>',
    ].join('');
    const a = await clean(html, 'incoming/avada.html');
    expect(a.title).toBe('Spraying only the pools the malaria drones find halves the cost in four villages');
    expect(a.published?.slice(0, 10)).toBe('2026-04-11');
  });
});

describe('small things a held-out set showed', () => {
  it('reads a published and an updated date a text dump ran together, the first being the publication\'s', async () => {
    const text = [
      'Skip to content', 'Home', 'News', '',
      'Drones find the breeding pools of malaria mosquitoes and halve the cost of spraying in four villages', 'Staff Report', 'July 21, 2026July 22, 2026', '',
      ...[...STORY, ...MORE].flatMap((p) => [p, '']),
    ].join('\n');
    expect((await clean(text, 'incoming/cheerio.txt')).published).toBe('2026-07-21');
  });

  it('reads a call for readers\' photos with a WhatsApp number as chrome in more languages, and a site\'s sports account as no writer', () => {
    expect(junkKind('Aveți fotografii sau informații de la inundații? Trimiteți-ni-le pe WhatsApp la 0745 218 904.')).toBe('boilerplate');
    expect(junkKind('¿Tienes fotos del incendio? Envíalas al 600 123 456.')).toBe('boilerplate');
    expect(junkKind('Ai fotografii vechi ale orașului, spune el, și le păstrează.')).toBeNull();
    expect(isPersonName('Breffni Sport')).toBe(false);
  });
});

describe('a row of page controls', () => {
  it('reads a row whose every part is a control as chrome, and a row of places as text', () => {
    expect(junkKind('Dela · Lyssna på artikeln 5 min')).toBe('boilerplate');
    expect(junkKind('Udostępnij · Skopiuj link')).toBe('boilerplate');
    expect(junkKind('Share by:')).toBe('boilerplate');
    expect(junkKind('Paris · Berlin')).toBeNull();
    expect(junkKind('Udostępnij · Naukowcy policzyli wraki')).toBeNull();
  });
});

describe('an ad\'s label alone on its line', () => {
  it('reads the label in its decoration, in any case and language, and a sentence that opens with the word as text', () => {
    for (const line of ['--- Sponsored ---', 'ADVERTISEMENT', '- advertisement -', '[ Anzeige ]', 'РЕКЛАМА', '== Sponsored content ==', '• Paid partner content •', '广告']) {
      expect(junkKind(line), line).toBe('boilerplate');
    }
    expect(junkKind('Advertisement revenue fell by a third last year.')).toBeNull();
  });
});

describe('a share plugin\'s title and a rating widget', () => {
  it('reads "Spread the love" and a rating widget\'s lines as chrome, and a sentence about ratings as text', () => {
    for (const line of ['Spread the love', 'Current rating: 4.6', 'Rating: 1 2 3 4 5', 'Average rating: 3.5/5', 'Rate']) expect(junkKind(line), line).toBe('boilerplate');
    expect(junkKind('Rating agencies cut the bank to junk on Monday.')).toBeNull();
    expect(junkKind('Rating: the council says it is fair')).toBeNull();
  });
});

describe('a Nordic page\'s closing lines', () => {
  it('reads a call for tips with the newsroom\'s address and a "more about" tag line as chrome, and prose with the same words as text', () => {
    expect(junkKind('Tips oss! Send tips, bilder og video til tips@example.no eller SMS 2250.')).toBe('boilerplate');
    expect(junkKind('Tipsa oss om du vet något: ring 0771-99 99 99.')).toBe('boilerplate');
    expect(junkKind('Mer om: Skred E6 Melhus')).toBe('boilerplate');
    expect(junkKind('Tips oss gjerne om flere slike saker, sier hun.')).toBeNull();
    expect(junkKind('Mer om detta kan du läsa i rapporten från kommunen.')).toBeNull();
  });
});

describe('a name over the writer\'s job under a standfirst', () => {
  it('reads the name as the writer and leaves the standfirst and the job out', async () => {
    const html = [
      '<html><head><title>Drones map the breeding pools</title></head><body><article>',
      '<h1>Drones map the breeding pools of malaria mosquitoes in the valley</h1>',
      '<p>Researchers counted the pools in four villages for the first time. Spraying only those cut costs by half.</p>',
      '<p>Paweł Lipski</p>', '<p>Dziennikarz Trójmiasto Teraz</p>', '<p>25 listopada 2026, 14:20</p>',
      ...STORY.map((p) => `<p>${p}</p>`), '</article></body></html>',
    ].join('\n');
    const a = await clean(html, 'incoming/job.html');
    expect(a.author).toBe('Paweł Lipski');
    expect(a.published).toBe('2026-11-25');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a Catalan page clipped into a note app’s Markdown note', () => {
  it('reads the page under its Catalan skip link, and the writer from the link to their page after “Per”', async () => {
    const md = [
      '# Recull de premsa – maig 2026', '#recull #butlletí', '',
      'Enganxat per la Mercè des del mòbil. És la notícia que en Jaume va passar al grup de l’associació. Per resumir al butlletí de juny.', '',
      '---', '', '[Saltar al contingut](https://www.example.cat/ciencia/drons#contingut)', '',
      '[Actualitat](https://www.example.cat/actualitat) [Ciència](https://www.example.cat/ciencia) [Esports](https://www.example.cat/esports)', '',
      '# Els drons troben els bassals on creix el mosquit a les valls', '',
      'Per [Sílvia Forcadell](https://www.example.cat/autors/silvia-forcadell)', '', 'Dijous, 14 de maig de 2026 · 07.00 h', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'recull.md');
    expect(a.title).toBe('Els drons troben els bassals on creix el mosquit a les valls');
    expect(a.author).toBe('Sílvia Forcadell');
    expect(a.published).toBe('2026-05-14');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a site builder’s page whose text blocks are divs of line breaks, one record each', () => {
  it('keeps every block of the story, not only the one Readability scores best, and reads the byline over the day', async () => {
    const rec = (inner: string) => `<div class="r t-rec"><div class="t-container"><div class="t-col">${inner}</div></div></div>`;
    const html = [
      '<html><head><title>Malaria drones cut the cost of spraying by half in the valley</title></head><body><div class="t-records">',
      rec('<div class="t-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>'),
      rec('<h1 class="t017__title">Malaria drones cut the cost of spraying by half in the valley</h1>'),
      rec('<div class="t-text" field="text">By <strong>Nino Beridze</strong><br />Thursday, 29 October 2026 &nbsp;·&nbsp; 4 min read</div>'),
      rec(`<div class="t-text" field="text">${STORY[0]}<br /><br />${STORY[1]}</div>`),
      rec('<div class="t-text">Read also: <a href="/health/clinic">New clinic opens in the valley</a></div>'),
      rec(`<div class="t-text" field="text">${STORY[2]}<br /><br />${MORE[0]}<br /><br />${MORE[1]}</div>`),
      '</div></body></html>',
    ].join('\n');
    const a = await clean(html, 'drones.html');
    expect(a.paragraphs).toEqual([...STORY, ...MORE]);
    expect(a.author).toBe('Nino Beridze');
    expect(a.published).toBe('2026-10-29');
    // The day under the name, the line break read as a space, is no part of the name.
    const { cleanAuthor } = await import('../../functions/core/clean/byline.js');
    expect(cleanAuthor('By Nino Beridze Thursday', null)).toBe('Nino Beridze');
  });
});

describe('a page an HTML-to-Markdown converter wrote, keeping the tags it has no Markdown for', () => {
  const md = [
    '---', 'url: https://valleyhealth.example/post/drones-malaria', 'fetched: 2027-03-02T10:00:00+00:00', '---', '',
    '<header class="site-header"><div class="container"><div class="site-name">[![Valley Health Post](https://valleyhealth.example/logo.png)](https://valleyhealth.example/)</div><div class="site-desc">Health news from the valley and beyond</div><nav class="main-nav">- [Home](https://valleyhealth.example/)',
    '- [Research](https://valleyhealth.example/category/research)', '', '</nav></div></header>', '',
    '<div class="breadcrumb">[Home](https://valleyhealth.example/) » [Research](https://valleyhealth.example/category/research) » Drones find breeding sites</div>', '',
    '<article class="post"><div class="main">Drones find malaria breeding sites in the rice fields', '=====================================================', '',
    '<div class="date"><time datetime="2027-02-27T16:45:00+00:00" itemprop="datePublished">27 February 2027</time> - Posted in [Research](https://valleyhealth.example/category/research) by <span itemprop="author">[Amina Njoroge](https://valleyhealth.example/author/amina)</span> - <span class="reading">3 min read</span></div>', '',
    `<div class="post-body" itemprop="articleBody">${STORY[0]}`, '', STORY[1], '', STORY[2], '',
    '</div><div class="tags">Tags: [malaria](https://valleyhealth.example/tag/malaria), [drones](https://valleyhealth.example/tag/drones)</div>', '',
    '<div class="share-box"><span class="share-title">Share this post:</span> [Facebook](https://www.facebook.com/sharer.php?u=x) [Email](mailto:?subject=x)</div>', '',
    '</div></article>',
  ].join('\n');

  it('reads the headline, the date and the writer from the kept markup, and starts the story at its first paragraph', async () => {
    const r = await clean(md, 'drones.md');
    expect(r.title).toBe('Drones find malaria breeding sites in the rice fields');
    expect(r.published).toBe('2027-02-27T16:45:00+00:00');
    expect(r.author).toBe('Amina Njoroge');
    expect(r.paragraphs[0]).toBe(STORY[0]);
    expect(r.paragraphs.join('\n')).not.toMatch(/\]\(|Health news from the valley|=====/);
  });
});

describe('a Markdown file whose raw HTML closes a box it never opened', () => {
  it('keeps the article after the stray closing tag', async () => {
    const md = ['# Drones find malaria breeding sites in the rice fields', '', '<div class="note">Read our methods page.</div></div>', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    const r = await clean(md, 'note.md');
    expect(r.title).toBe('Drones find malaria breeding sites in the rice fields');
    expect(r.paragraphs).toEqual(STORY);
  });
});

describe('a block theme’s post meta under the story, converted to Markdown', () => {
  it('reads the date and the writer from its lines ("Posted", the date, "in", the categories, "by", the name)', async () => {
    const md = ['# Drones find malaria breeding sites in the rice fields', '', ...STORY.flatMap((p) => [p, '']), '***', '', 'Posted', '', 'February 27, 2027', '', 'in', '',
      '[Health](https://example.org/category/health/), [Science](https://example.org/category/science/)', '', 'by', '', 'Amina Njoroge', '', '***', '',
      '## 2 responses to “Drones find malaria breeding sites in the rice fields”', '', 'Great work by the team.'].join('\n');
    const r = await clean(md, 'drones-meta.md');
    expect(r.published).toBe('2027-02-27');
    expect(r.author).toBe('Amina Njoroge');
    expect(r.paragraphs).toEqual(STORY);
  });
});

describe('a theme whose first <h1> is the site\'s name', () => {
  const page = (comments: string): string => `<!doctype html><html><head><title>Drones map malaria breeding sites | Valley Health Post</title></head><body>
<header><h1 class="site-title"><a href="/">Valley Health Post</a></h1></header>
<article class="post"><header class="entry-header"><h1 class="entry-title">Drones find malaria breeding sites in the rice fields</h1></header>
<div class="entry-content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${comments}</h2><ol class="comment-list"><li><p>Great work by the team, we need this in our district too.</p></li></ol></div></body></html>`;

  it.each(['2 réflexions sur « Drones find malaria breeding sites in the rice fields »', '2 thoughts on “Drones find malaria breeding sites in the rice fields”'])(
    'takes the entry\'s <h1> for the headline, not the comment thread\'s title (%s)',
    async (comments) => {
      const r = await clean(page(comments), 'incoming/drones.html');
      expect(r.title).toBe('Drones find malaria breeding sites in the rice fields');
    },
  );
});

describe('an ad slot named with a theme\'s prefix', () => {
  it('leaves a "zs-pub" block and its sponsored copy out of the story', async () => {
    const story = [
      'Le coureur de Cilaos a remporté la Diagonale des Fous vendredi après 23 heures de course, devant un Japonais et un Népalais.',
      'Il avait terminé deuxième l’an dernier et visait la victoire depuis son premier Grand Raid, à dix-neuf ans.',
      'Chez les femmes, la course se poursuivait encore vendredi soir, et l’arrivée était attendue dans la nuit.',
    ];
    const html = `<html><head><title>Técher s’impose</title></head><body><article><h1>Técher s’impose</h1><p>${story[0]}</p><p>${story[1]}</p>` +
      '<div class="wp-block-group zs-pub"><p class="zs-pub-label">Publicité</p><a href="https://example.re/go/shop/" rel="sponsored"><img src="pub.jpg" alt="Chaussures de trail"></a>' +
      '<p class="zs-pub-txt">Sport Montagne 974, Le Tampon : −20 % sur les frontales jusqu’au 31 octobre</p></div>' +
      `<p>${story[2]}</p></article></body></html>`;
    const r = await cleanDocument(decodeDocument(Buffer.from(html), { key: 'page.html' }), { now: new Date('2030-01-01') });
    expect(r.paragraphs).toEqual(story);
  });
});

describe('national pages: headers that hid the headline or the byline', () => {
  it('reads the text size buttons as chrome, so the byline over its date stays a byline', async () => {
    const text = ['The Daily Padma', 'Home', 'Health', 'Home > Health > Dengue', 'Dengue', 'Aedes larvae in 4 of 10 Dhaka construction sites, study finds', '',
      'Researchers say water collecting in basements and lift shafts is feeding this year’s outbreak, and want builders fined when their sites test positive', '',
      'Sadia Afrin Chowdhury', 'Published: 19 Aug 2026, 04:30 PM', 'Updated: 20 Aug 2026, 10:05 AM', 'Follow Us:', 'Facebook', 'X', 'WhatsApp', 'Google News', 'A-', 'A+', 'Print', '',
      'Workers drain water from the basement of a building under construction in Uttara on Tuesday. Photo: Padma/Rashed Karim', '',
      ...STORY.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(text, 'incoming/dengue.txt');
    expect(a.title).toBe('Aedes larvae in 4 of 10 Dhaka construction sites, study finds');
    expect(a.author).toBe('Sadia Afrin Chowdhury');
  });

  it('reads a caption closed by the agency and the photographer in brackets as a caption, not the headline', async () => {
    expect(isCreditedCaption('Martina Deflorian festeggia al traguardo del Rumerlo (Ansa/Pierluigi Zanin)')).toBe(true);
    expect(isCreditedCaption('The council voted on the plan (see below)')).toBe(false);
  });

  it('reads a breadcrumb trail that opens with a menu item, with the headline glued on, and a compound job over the writer\'s address', async () => {
    const text = ['Riksbladet', 'Meny', 'Nyheter', 'Sverige', 'Vetenskap', 'Sport', 'Nyheter › Vetenskap Syrefria bottnar i Östersjön har aldrig varit så stora',
      'Kristina Ekholm', 'Vetenskapsreporter', 'kristina.ekholm@riksbladet.se', 'Publicerad 19 november 2026 kl. 06.00', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(text, 'incoming/ostersjon.txt');
    expect(a.title).toBe('Syrefria bottnar i Östersjön har aldrig varit så stora');
    expect(a.author).toBe('Kristina Ekholm');
  });

  it('reads a note\'s own title over the clipped page\'s skip link as the note\'s, and the page\'s heading as the headline', async () => {
    const md = ['# T&T v Nicaragua – Savannah Sport', '', '[Skip to content](https://www.example.tt/sport/st-rose#main-content)', '', 'Thursday, September 10, 2026', '',
      '- [News](https://www.example.tt/news)', '- [Sport](https://www.example.tt/sport)', '',
      '# St Rose double lifts Soca Warriors past Nicaragua in Nations League opener', '', 'By [Kerwin Ramdass](https://www.example.tt/team/kerwin-ramdass)', '',
      'Posted: Sep 08, 2026 / 11:10 PM AST', '', ...STORY.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(md, 'incoming/soca.md');
    expect(a.title).toBe('St Rose double lifts Soca Warriors past Nicaragua in Nations League opener');
    expect(a.author).toBe('Kerwin Ramdass');
    expect(a.paragraphs[0]).toBe(STORY[0]);
  });
});

describe('a print view of a blog post (WP-Print)', () => {
  it('takes the headline the page prints alone out of "Site » Headline » Print", and drops the entry line and the owner-credited caption', async () => {
    const html = `<html><head><title>The Siang Chronicle &raquo; Cardamom growers get e-auction centre in Tezu &raquo; Print</title></head><body>
      <div class="print-masthead"><p><strong>- The Siang Chronicle - https://siangchronicle.example -</strong></p><p class="print-date">Printed on: Thursday, 17 September 2026, 11:05 am</p></div>
      <div class="Center"><div id="Outline">
        <p id="BlogTitle">Cardamom growers get e-auction centre in Tezu</p>
        <p id="BlogDate">Posted By <u>Chronicle Desk</u> On 15 September 2026 @ 6:40 pm In <u>Business</u>,<u>State</u> | <u>No Comments</u></p>
        <div id="BlogContent">
          <p class="print-image"><img src="a.jpg" alt="x" /><br /><em>Officials inspect graded cardamom at the new centre in Tezu on Monday. – SC photo</em></p>
          ${STORY.map((p) => `<p>${p}</p>`).join('')}
        </div></div></div></body></html>`;
    const a = await clean(html, 'print.html');
    expect(a.title).toBe('Cardamom growers get e-auction centre in Tezu');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a Markdown copy whose byline gives the writer’s job and outlet after the linked name', () => {
  it('takes the linked name as the author and drops the box about the writer under the story', async () => {
    const md = [
      '# Drones find the pools where malaria mosquitoes breed', '',
      'The district tried a cheaper way to spray, and it worked', '',
      '[Kavitha Sundaram](https://www.example.in/author/kavitha-sundaram), Senior Correspondent, The Coromandel Chronicle', '',
      'Published: 30 Oct 2026, 7:10 am', '',
      ...STORY.flatMap((p) => [p, '']),
      '[Kavitha Sundaram](https://www.example.in/author/kavitha-sundaram)', '',
      'Kavitha Sundaram is Senior Correspondent with The Coromandel Chronicle and writes on health and science.', '',
    ].join('\n');
    const read = await clean(md, 'drones.md');
    expect(read.author).toBe('Kavitha Sundaram');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('a blog’s copy of a live page', () => {
  it('takes the live headline under the blog’s search box, no outlet as its writer, and stops at the live updates', async () => {
    const text = [
      'Amianan Bulletin', 'Home', 'Laoag', 'Contact Us', 'Search This Blog', '',
      'Saturday, September 26, 2026', 'LIVE: Drones find the pools where malaria mosquitoes breed in the valley', 'By Amianan Bulletin - September 26, 2026', '',
      ...STORY.flatMap((p) => [p, '']),
      'Follow our live updates below for the latest from our correspondents.', '',
      'Malaria drones: live updates', 'LIVE', 'Newest first', 'Amianan Bulletin Team', 'Sep 26, 2026 6:05 PM',
      'The team has mapped a fifth village this afternoon, and the spraying will start there on Monday.', 'Load more', 'Powered by 24liveblog', '',
      'Copyright © 2026 Amianan Bulletin. All rights reserved.',
    ].join('\n');
    const read = await clean(text, 'live.txt');
    expect(read.title).toBe('LIVE: Drones find the pools where malaria mosquitoes breed in the valley');
    expect(read.author).toBeNull();
    expect(read.paragraphs).toEqual(STORY);
    // A live page's teaser with nothing but a match stays chrome.
    expect(junkKind('Live: Matt Skelton vs. Ruslan Chagaev')).not.toBeNull();
  });
});

describe('a page with a summary box, a Markdown byline beside an avatar, and a first-published line under the story', () => {
  it('takes the headline over the byline, not a point of the summary box under it, and the date under the byline', async () => {
    const text = [
      'Skip to content',
      'Thursday, April 23, 2026',
      'Oranjestad 31°C',
      'e-Paper',
      'Advertise',
      'Classifieds',
      'Contact',
      'Aruba Sun Daily',
      'Aruba’s English-language daily since 2011',
      'Menu',
      'Home',
      'News',
      'Business',
      'Tourism',
      'Sports',
      'Caribbean',
      'Opinion',
      'Lifestyle',
      'Search for:',
      'Search',
      'BUSINESS  /  TOURISM',
      'Tourism receipts hit first-quarter record as US visitors fill Palm Beach hotels',
      'By Kimberly Lampe',
      'April 21, 2026',
      'Business, Tourism',
      '0 Comments',
      'Key points',
      'Tourism receipts reached Afl. 1.41 billion in January to March, the highest ever for the first quarter',
      'Stay-over arrivals rose 5.2 per cent; almost three in four visitors came from the United States',
      'Hotels say staff shortages and utility bills are squeezing margins despite full rooms',
      'Hotel towers along Palm Beach, where occupancy topped 90 per cent in February. (Aruba Sun Daily/Ricky Oduber)',
      '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(text, 'summary.txt');
    expect(read.title).toBe('Tourism receipts hit first-quarter record as US visitors fill Palm Beach hotels');
    // A menu whose bullets a wrong decoding printed as "?" is a row of items like one with bars.
    expect(lineStats('More in World Sport » Football ? Formula 1 ? Golf ? Sailing ? More Topics').pipes).toBeGreaterThanOrEqual(3);
    expect(read.published).toBe('2026-04-21');
    expect(read.paragraphs).toEqual(STORY);
  });

  it('reads the byline beside a writer’s avatar, and dates a page by its "First published" line when the top has only an update', async () => {
    const byline = [
      '# Drones find the pools where malaria mosquitoes breed', '',
      '![](https://example.com/wp-content/uploads/2026/03/avatar-farancibia-50x50.jpg) por [Facundo Arancibia](https://example.com/author/farancibia/) 26 de marzo de 2026, 01:12 [4 comentarios](#comments)', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const withAvatar = await clean(byline, 'avatar.md');
    expect(withAvatar.author).toBe('Facundo Arancibia');
    expect(withAvatar.published).toBe('2026-03-26');
    expect(withAvatar.paragraphs).toEqual(STORY);
    const updatedOnly = [
      '# Drones find the pools where malaria mosquitoes breed', '', 'Words: [Rachel Symonds](https://example.com/authors/rachel-symonds)', '', 'Updated: 1 July 2026, 09:40', '',
      ...STORY.flatMap((p) => [p, '']),
      '## Sources', '', '- Lyme Regis Museum, statement of 29 June 2026.', '', 'First published: 30 June 2026', '',
    ].join('\n');
    expect((await clean(updatedOnly, 'updated.md')).published).toBe('2026-06-30');
  });
});

describe('a Czech select-all copy with the headline glued to its breadcrumb and a share bar over the picture', () => {
  it('takes the headline without the section glued to it, and starts the story under the picture, not at the standfirst', async () => {
    const text = [
      'Přeskočit na obsah', 'Dnes je čtvrtek 14. května 2026, svátek má Bonifác', 'ZÁPADOČESKÝ KURÝR', 'Úvod', 'Zprávy', 'Plzeň', 'Sport', 'Hledat',
      'Úvod › Zprávy › Věda a zdravíDrony hledají tůně, kde se v údolí líhnou komáři přenášející malárii',
      'Autor: Martina Hošková | 12. 5. 2026 | Zobrazeno: 2 847×',
      'Studie okresního zdravotního ústavu ukazuje, že drony najdou tůně s larvami komárů rychleji než lidé. Postřik jen těchto tůní zlevnil boj s larvami skoro o polovinu.',
      'Sdílet na Facebooku', 'Sdílet na X', 'Poslat e-mailem', 'Tisknout',
      'Dron nad rýžovými poli v údolí. Foto: Jan Beneš, Západočeský kurýr', '',
      ...[...STORY, ...MORE].flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(text, 'klistata.txt');
    expect(read.title).toBe('Drony hledají tůně, kde se v údolí líhnou komáři přenášející malárii');
    expect(read.paragraphs).toEqual([...STORY, ...MORE]);
    // One button of the share bar is chrome on its own.
    expect(junkKind('Sdílet na Facebooku')).not.toBeNull();
  });
});

describe('a wire story republished with the syndication note under it', () => {
  it('ends the story before the note', async () => {
    const text = [
      'Bougainville cocoa exports rise as replanted trees start bearing', '',
      ...STORY.flatMap((p) => [p, '']),
      'This story was distributed by the Melanesia Press Agency and has not been edited by the Bulletin.', '',
      '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)', '',
    ].join('\n');
    expect((await clean(text, 'wire.txt')).paragraphs).toEqual(STORY);
  });
});

describe('a page pasted into an outliner note app', () => {
  it('reads each exported bullet as a block of the page: headline, byline, date and paragraphs', async () => {
    const md = [
      '# Clipped: drones story (12/3)', '',
      '- [Skip to content](https://example.org/news/drones#main)',
      '- News from the valley',
      '- [News](https://example.org/news) [Science](https://example.org/science) [Sport](https://example.org/sport)',
      '- SCIENCE',
      '- # Drones find malaria breeding sites in the rice fields',
      '- By [Amani Mwakasege](https://example.org/authors/amani-mwakasege)',
      '- 10 March 2027 · 4 min read',
      ...[...STORY, ...MORE].map((p) => `- ${p}`),
      '- **Also read:** [Rains expected early this year](https://example.org/news/rains)',
      '- Share this story',
    ].join('\n');
    const a = await clean(md, 'incoming/outliner.md');
    expect(a.title).toBe('Drones find malaria breeding sites in the rice fields');
    expect(a.author).toBe('Amani Mwakasege');
    expect(a.published?.slice(0, 10)).toBe('2027-03-10');
    expect(a.paragraphs).toEqual([...STORY, ...MORE]);
  });

  it('reads an outline of plain lines with no heading, all nested under the note\'s own bullet, as its blocks', async () => {
    const headline = 'Drones find malaria breeding sites in the rice fields';
    const md = [
      '- Malaria drones – Valley Observer (saved 12 Mar, for the seminar)',
      ...['Skip to content', 'Valley Observer', 'Menu', 'Science › Health', headline, 'By Amani Mwakasege', '10 March 2027', ...STORY, ...MORE, 'Share this story'].map((p) => `    - ${p}`),
    ].join('\n');
    const a = await clean(md, 'incoming/outline.md');
    expect(a.title).toBe(headline);
    expect(a.paragraphs[0]).toBe(STORY[0]);
  });

  it('leaves a page whose list is the article\'s own', () => {
    const ownList = ['# Five things to know', '', STORY[0]!, '', ...['Larvicide costs fell.', 'Drones cost 2,000 dollars.', 'Twelve villages join next season.'].map((p) => `- ${p}`)].join('\n');
    expect(outlineAsParagraphs(ownList)).toBe(ownList);
    // Nor a long list of short items, a page's menu or a listicle's points.
    const menu = Array.from({ length: 20 }, (_, k) => `- [Section ${k}](https://example.org/${k})`).join('\n');
    expect(outlineAsParagraphs(menu)).toBe(menu);
  });
});

describe('a converted page whose first `#` heading is the site named in its copyright line', () => {
  const md = [
    'Welcome to Etherpad!', '',
    '# Valley Health Observer', '', 'Health news from the valley, every day', '', '* News', '* Health', '* Sport', '',
    'HEALTH', '', '# Drones find malaria breeding sites in the rice fields', '',
    'By Amina Juma', '', '8 February 2027, 10:15 · 4 min read', '',
    ...STORY.flatMap((p) => [p, '']),
    '## Related articles', '', '* Vaccine reaches Kigoma – 3 February 2027', '',
    '© 2027 Valley Health Observer, Morogoro. All rights reserved.',
  ].join('\n');

  it('takes the story headline as the title, with its byline and date, and starts the body at the story', async () => {
    const a = await clean(md, 'incoming/pad.md');
    expect(a.title).toBe('Drones find malaria breeding sites in the rice fields');
    expect(a.author).toBe('Amina Juma');
    expect(a.published).toBe('2027-02-08');
    expect(a.paragraphs).toEqual(STORY);
  });
});

describe('a site builder\'s post with its day right above the headline', () => {
  const md = [
    'Saved from valleyhealth.example on 9 June – for the scrapbook', '',
    'Valley Health Observer', '', '- [Home](https://valleyhealth.example/)', '- [News](https://valleyhealth.example/news/)', '',
    'Monday, 08 June 2026', '', '# Drones find malaria breeding sites in the rice fields', '', '**By Amina Juma**', '',
    ...[...STORY, ...MORE].flatMap((p) => [p, '']),
    '## Comments', '', '**Baraka M.** (Tuesday, 09 June 2026 14:22)', '', 'Good news for the valley.',
  ].join('\n');

  it('dates the post by that day, not by the comments or the day it was saved', async () => {
    const a = await clean(md, 'incoming/post.md');
    expect(a.published).toBe('2026-06-08');
    expect(a.paragraphs).toEqual([...STORY, ...MORE]);
  });
});

describe('lines between and under a story that are no part of it', () => {
  it.each([
    ['a newsletter platform\'s sponsor heading', 'Together with Isa Tyre & Battery'],
    ['a local advertiser\'s offer to the paper\'s readers', 'Road train tyres in stock now at Mount Isa and Cloncurry. Mention The Spinifex Post for 10% off fitting.'],
    ['a helpline under a story', 'If you or someone you know needs support, call Lifeline on 13 11 14.'],
    ['an app\'s promotion after the question that sets it up, in Czech', 'Chcete mít zprávy ze Zlínska v mobilu? Stáhněte si aplikaci Zlínský expres pro Android i iOS.'],
    ['the site\'s podcast, in Italian', 'Ascolta «Terzo tempo», il podcast sportivo di Eco delle Valli: ogni lunedì su Spotify e sul nostro sito.'],
    ['a WhatsApp channel after a colon that sets it up, in Portuguese', 'Receba as notícias do Vale no seu celular: entre no canal da Folha do Jequitinhonha no WhatsApp.'],
    ['a call for readers\' material', 'Got a score, a photo or a result from your island league? Send it to sports@roatantidings.com and we will print it.'],
    ['a Danish advertiser\'s monthly price', 'Fynsk Bilcenter, Odense SØ: Elbiler til leasing fra 2.995 kr. om måneden.'],
    ['a Swedish advertiser\'s call to book', 'Vinterdäck monterade på 30 minuter hos Lycksele Däckcenter – boka tid i dag.'],
  ])('drops %s', (_, line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    ['in Spanish', 'Más noticias de Región'],
    ['in German', 'Mehr aus Murau'],
  ])('ends the story at the heading over the section\'s other stories, %s', (_, line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it.each([
    'Together with his brother, he rebuilt the mill.',
    'Mehr aus Murau kam nicht: die Gemeinde gab nur 200 Euro.',
    'Más noticias de la región llegarán mañana, dijo el alcalde.',
    'Entre no canal, o barco passa devagar.',
    'Got a minute? She asked the council to look again.',
    'Kommunen: Lejen stiger fra 5.000 kr. om måneden til 5.400 kr., siger borgmesteren.',
    'Patienterna kan boka tid i dag, sade hon.',
  ])('keeps the sentence "%s"', (line) => {
    expect(junkKind(line)).toBeNull();
    expect(isTailMarker(line)).toBe(false);
  });
});

describe('an agency credited in the author field', () => {
  it('is no person: "Author: Central Asia Newswire"', () => {
    expect(isPersonName('Central Asia Newswire', null)).toBe(false);
    expect(isPersonName('Pacific Wire', null)).toBe(false);
    expect(isPersonName('Aibek Sultanov', null)).toBe(true);
  });
});
