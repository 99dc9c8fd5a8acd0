import { describe, expect, it } from 'vitest';
import { closesEntry, isAdLabel, isTailMarker, junkKind } from '../../functions/core/clean/boilerplate.js';
import { extractFromText } from '../../functions/core/clean/text.js';

const now = new Date('2030-01-01T00:00:00Z');
const story = [
  'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours, with residents packing the public gallery.',
  'Opponents said they would appeal the decision to the planning inspectorate before the end of the month, and a protest is planned for Saturday.',
];

/** A file as the pipeline cleans it, decoded by its name's kind. */
const cleanFile = async (text: string, key: string) => {
  const { cleanDocument } = await import('../../functions/core/clean/index.js');
  const { decodeDocument } = await import('../../functions/core/decode/index.js');
  return cleanDocument(decodeDocument(Buffer.from(text), { key }), { now });
};

describe('scraped pages: furniture around the story', () => {
  it.each([
    'Our journalism is free for everyone, because our supporters pay for it. Become a supporter from $5 a month.',
    'Become a member from €4 a month',
    'ADV',
    'Contenu sponsorisé',
    'Contenido patrocinado',
    'Dejá tu comentario',
    'Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.',
    'Comments are the sole responsibility of their authors.',
    'Este artículo se publicó originalmente en La Prensa del Caribe el 2 de diciembre de 2026.',
    'Cet article a été initialement publié dans Le Temps.',
    'Dieser Artikel erschien zuerst in der NZZ.',
    '(With inputs from PTI)',
    'Like our Facebook page for more business news.',
    'Înscrie-te aici pentru a primi cele mai noi știri, cronici și oferte speciale direct în căsuța ta de e-mail.',
    'Primește notificări în timp real direct pe dispozitivul tău, abonează-te acum.',
    'Shares',
    '0 Shares',
    '1.2K Views',
    "Condividi l'articolo:",
    'Tu email',
    'Suscribirme',
    'Al suscribirte aceptas la política de privacidad de Narcea Diario.',
    'By subscribing, you agree to our terms and privacy policy.',
  ])('%s is not the story', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it('keeps sentences that only mention supporters or comments', () => {
    expect(junkKind('The club said its supporters would pay for the new stand from next season, and the council agreed.')).toBeNull();
    expect(junkKind('The minister declined to comment on the report, which was published on Tuesday.')).toBeNull();
    expect(junkKind('Shares in the company rose.')).toBeNull();
  });
});

describe('scraped pages: headline, byline and date', () => {
  it('takes no link a dump wrote with its address for the headline over a long one', () => {
    const r = extractFromText([
      'Saltar al contenido', '', ' * Ciclismo [https://example.co/categoria/ciclismo/]', ' * Vuelta a Colombia [https://example.co/categoria/ciclismo/vuelta-a-colombia/]', '', '',
      'El duitamense Brayan Sanabria se corona campeón de la Vuelta a Colombia en Tunja', '', 'Por Redacción Deportes', '17 de agosto de 2026', '', ...story,
    ].join('\n'), now);
    expect(r.title).toBe('El duitamense Brayan Sanabria se corona campeón de la Vuelta a Colombia en Tunja');
  });

  it('reads a note\'s own lower-case label on the first line as no headline', () => {
    const r = extractFromText(['san juanico bridge - for Monday\'s briefing (copied from waraywire)', '', 'Menu', 'Search', '', 'San Juanico Bridge reopens to buses and trucks after retrofit', '', 'Rhea Mae Cabrera', 'October 30, 2026', '', ...story].join('\n'), now);
    expect(r.title).toBe('San Juanico Bridge reopens to buses and trucks after retrofit');
    const brand = extractFromText(['iPhone sales slump in Europe', '', ...story].join('\n'), now);
    expect(brand.title).toBe('iPhone sales slump in Europe');
  });

  it('reads a tab\'s short title closed by the masthead\'s name as no headline, and the line over the deck over the byline as the headline', () => {
    const page = (first: string): string =>
      [
        first, '', 'Skip to content', 'Menu', 'The Malabar Courier', 'E-Paper', 'Thursday, July 16, 2026', 'Home / Kerala / Wayanad',
        'Red alert in Wayanad: 318 families moved from landslide zones as IMD warns of extremely heavy rain',
        'Schools shut on Thursday and Friday; NDRF teams reach Kalpetta; Banasura Sagar shutters may be raised',
        'Anjali Varghese | Kalpetta', 'Published: 15 Jul 2026, 06:42 AM IST', '', ...story,
      ].join('\n');
    const r = extractFromText(page('Wayanad red alert - Courier'), now);
    expect(r.title).toBe('Red alert in Wayanad: 318 families moved from landslide zones as IMD warns of extremely heavy rain');
    expect(r.author).toBe('Anjali Varghese');
    expect(r.published).toMatch(/^2026-07-15/);
    // A first line whose affix no masthead below writes stays the headline by convention.
    expect(extractFromText(page('Wayanad red alert - Reuters'), now).title).toBe('Wayanad red alert - Reuters');
  });

  it('reads a byline with "By" and the writer’s job after a comma as the name alone', () => {
    const r = extractFromText(['Munster edge Saints thriller', '', 'Saturday December 05 2026, 6:32pm', '', 'By Ciarán Brennan, Rugby Correspondent', '', ...story].join('\n'), now);
    expect(r.author).toBe('Ciarán Brennan');
  });

  it('takes no writer from a masthead bar of the edition’s city, the date and a rate', () => {
    const r = extractFromText(
      ['PUNA HOY', 'San Salvador de Jujuy | Jueves 10 de diciembre de 2026 | Dólar BNA: $1.312,50', '', 'Litio del Norte invertirá US$ 380 millones en Susques', '', 'Redacción', '', ...story].join('\n'),
      now,
    );
    expect(r.author).toBeNull();
    expect(r.title).toBe('Litio del Norte invertirá US$ 380 millones en Susques');
  });

  it('takes the headline over the byline, not a shouted masthead over the menu', () => {
    const r = extractFromText(
      [
        'LE COURRIER DE VILAINE',
        '',
        'Accueil | Actualité | Pays de Redon | Sports | Économie | Loisirs',
        '',
        'Crue de la Vilaine : à Redon, le port sous l’eau et 230 habitants évacués',
        '',
        'Par Gwenaëlle Le Floc’h',
        '',
        'Publié le mercredi 9 décembre 2026 à 07h12',
        '',
        ...story,
      ].join('\n'),
      now,
    );
    expect(r.title).toBe('Crue de la Vilaine : à Redon, le port sous l’eau et 230 habitants évacués');
  });

  it('takes the headline, not the breadcrumb trail a copy glued onto it over the same headline on its own line', () => {
    const r = extractFromText(
      [
        'Skip to content', 'Home', 'News', 'Golf', 'Rugby', 'Trending', 'Largs Thistle extend ground lease with council for 25 years',
        'Home Golf Council approves harbour plan after a long night of debate', 'Golf',
        'Council approves harbour plan after a long night of debate', 'by Ann Lee  June 14, 2026  0', ...story,
      ].join('\n'),
      now,
    );
    expect(r.title).toBe('Council approves harbour plan after a long night of debate');
  });

  it('takes the headline glued onto a breadcrumb trail\'s last item, which the menu names, and the date under it over the day above the masthead', () => {
    const r = extractFromText(
      [
        'vrijdag 25 september 2026', 'Waasland Zaken', 'Nieuws', 'Economie', 'Haven & Logistiek', 'Zoeken',
        'Home › Economie › Haven & Logistiek Council approves harbour plan after a long night of debate',
        'Door Tine Goossens · 23/09/2026 om 06.00 uur', '', ...story,
      ].join('\n'),
      now,
    );
    expect(r.title).toBe('Council approves harbour plan after a long night of debate');
    expect(r.published).toBe('2026-09-23');
  });

  it('marks a share bar copied one button a line as junk, its "X" and "E-mail" too, but not an "X" the text writes alone', async () => {
    const { toUnits } = await import('../../functions/core/clean/text-units.js');
    const { markJunk } = await import('../../functions/core/clean/text-junk.js');
    const units = toUnits(['Partager :', 'Facebook', 'X', 'WhatsApp', 'E-mail', '', story[0]!, '', 'X', '', story[1]!].join('\n'), now);
    markJunk(units);
    expect(units.map((u) => u.junk)).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('takes a breadcrumb trail\'s last item of a headline\'s length as the headline when no line gives it alone', () => {
    const r = extractFromText(
      [
        'The Harbour Courier', 'Saturday, 28 November 2026', 'Login | Register',
        'Home › News › Council approves harbour plan after a long night of debate in the chamber',
        'Posted by admin on Thursday 26 November 2026 - 14:22:10', ...story,
      ].join('\n'),
      now,
    );
    expect(r.title).toBe('Council approves harbour plan after a long night of debate in the chamber');
    expect(r.published).toBe('2026-11-26');
  });

  it('finds the writer over the city filed from and the date', () => {
    const r = extractFromText(['Council approves harbour plan', '', 'Meera Nambiar | CT News Service', 'Hyderabad', 'Published - December 16, 2026 06:05 pm IST', '', ...story].join('\n'), now);
    expect(r.author).toBe('Meera Nambiar');
  });
});

describe('scraped pages: hard-wrapped captions and paragraphs', () => {
  const wrapped = [
    'Musi demolitions: High Court halts evictions for four weeks, seeks',
    'rehabilitation plan',
    '',
    'Meera Nambiar',
    'Published - December 16, 2026 06:05 pm IST',
    '',
    'Residents of Moosarambagh outside the High Court on Wednesday. | Photo Credit:',
    'Special Arrangement',
    '',
    'The Telangana High Court on Wednesday stayed the demolition of houses along',
    'the Musi river in Hyderabad for four weeks, and directed the state to file a',
    'detailed rehabilitation plan for families living in the river buffer zone.',
    '',
    'A division bench of Chief Justice Arvind Deshpande and Justice K. Lakshmi',
    'Narayana passed the interim order on a batch of 37 petitions filed by',
    'residents who had received eviction notices from the Revenue department last',
    'month.',
  ].join('\n');

  it('reads a caption whose credit wrapped onto its own line as a caption, not the headline', () => {
    const r = extractFromText(wrapped, now);
    expect(r.title).toBe('Musi demolitions: High Court halts evictions for four weeks, seeks rehabilitation plan');
    expect(r.paragraphs.join('\n')).not.toContain('Special Arrangement');
  });

  it('joins a wrapped paragraph whose first line is full of names', () => {
    const r = extractFromText(wrapped, now);
    expect(r.paragraphs.at(-1)).toMatch(/^A division bench of Chief Justice Arvind Deshpande and Justice K\. Lakshmi Narayana passed the interim order .* last month\.$/);
  });
});

describe('portals, e-mails and converters: bylines and notices', () => {
  it.each([
    ['Historia de Juan Camilo Ríos', 'Juan Camilo Ríos'],
    ['de Radu Moldovan – foto: Sportpictures / Ionuț Tăbăcaru –', 'Radu Moldovan'],
    ['By Gethin Rees at Parc y Scarlets', 'Gethin Rees'],
    ["By Colin d'Entremont", "Colin d'Entremont"],
  ])('reads the writer of "%s"', (byline, author) => {
    const r = extractFromText(['Council approves harbour plan', '', byline, '5 December 2026', '', ...story].join('\n'), now);
    expect(r.author).toBe(author);
  });

  it('reads no writer from a title of a history book or a name opening with "De"', () => {
    for (const line of ['De Gaulle Airport closed for the night', 'Historia de la ciudad']) {
      const r = extractFromText(['Council approves harbour plan', '', line, '5 December 2026', '', ...story].join('\n'), now);
      expect(r.author, line).toBeNull();
    }
  });

  it('drops a plain-text e-mail’s heading marks from the headline', () => {
    const r = extractFromText(['** Lobster season opens at $7.50 a pound', '', "By Colin d'Entremont", '', ...story].join('\n'), now);
    expect(r.title).toBe('Lobster season opens at $7.50 a pound');
  });
});

describe('Markdown: a list of related stories with their dates', () => {
  it('drops link items followed by a date, and keeps a dated sentence', async () => {
    const { cleanDocument } = await import('../../functions/core/clean/index.js');
    const { decodeDocument } = await import('../../functions/core/decode/index.js');
    const md = [
      '# Sensors warn of landslides in Rudraprayag',
      '',
      story[0]!,
      '',
      story[1]!,
      '',
      'Officials said the pilot would run until 30 September 2026 across four districts of the hill state.',
      '',
      '## Latest News',
      '',
      '  * [Sensex ends 300 points higher as banks rally](https://example.in/a) 18 Dec 2026',
      "  * [Delhi AQI slips to 'severe' again, GRAP-4 curbs likely](https://example.in/b) 18 Dec 2026",
    ].join('\n');
    const r = await cleanDocument(decodeDocument(Buffer.from(md), { key: 'story.md' }), { now });
    expect(r.paragraphs.at(-1)).toBe('Officials said the pilot would run until 30 September 2026 across four districts of the hill state.');
  });

  it('drops the related posts of a blog theme, each a link, its date and "In" its category', async () => {
    const { cleanDocument } = await import('../../functions/core/clean/index.js');
    const { decodeDocument } = await import('../../functions/core/decode/index.js');
    const md = [
      '# Council approves harbour plan', '', story[0]!, '', story[1]!, '', '### _Related_', '',
      '[Luctonians edge Hereford in Easter Monday derby](https://example.co.uk/a)', 'April 6, 2026', 'In "Match Reports"', '',
      '[Ross-on-Wye appoint former Gloucester prop as forwards coach](https://example.co.uk/b)', 'March 18, 2026', 'In "Club News"',
    ].join('\n');
    const r = await cleanDocument(decodeDocument(Buffer.from(md), { key: 'story.md' }), { now });
    expect(r.paragraphs).toEqual(story);
  });
});

describe('dates that chrome pushes down or metadata names differently', () => {

  it('dates a clipped newsletter post by the date alone on its line under a run of chrome', async () => {
    const md = [
      '# Highway 1 closed as floods return to the prairie',
      '',
      '# [The Fraser Ledger](https://example.substack.com/)',
      '',
      'SubscribeSign in',
      '',
      'Share this post',
      '',
      '[',
      '',
      '![](https://example.com/flood.jpeg)',
      '',
      'The Fraser Ledger',
      '',
      'Highway 1 closed as floods return to the prairie',
      '',
      '](https://example.substack.com/p/flood)',
      '',
      ...['Copy link', 'Facebook', 'Email', 'Notes', 'More'].flatMap((line) => [line, '']),
      '## Water is back on the prairie, and the dike is the worry tonight',
      '',
      '[Jasleen Dhaliwal](https://example.substack.com/@jasleen)',
      '',
      'Feb 28, 2027',
      '',
      '42',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const r = await cleanFile(md, 'post.md');
    expect(r.published).toBe('2027-02-28');
    expect(r.paragraphs).not.toContain('Feb 28, 2027');
  });

  it.each(['og:release_date', 'article:published', 'publish_time'])('reads the publication date from <meta %s>', async (name) => {
    const html = `<html><head><title>Harbour plan approved</title><meta property="${name}" content="2026-10-28 10:20"></head>` +
      `<body><article><h1>Harbour plan approved</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await cleanFile(html, 'page.html')).published).toBe('2026-10-28');
  });
});

describe('scraped pages: the comment thread under the story', () => {
  it.each([
    '7 thoughts on “Council backs new bus route”',
    '2 réflexions sur « Feu de forêt : la route 113 fermée »',
    '3 Gedanken zu „Neue Brücke über den Rhein eröffnet“',
    '4 comentarios en «El alcalde presenta el presupuesto»',
    'Deixe um comentário',
    'Lämna ett svar',
    'Seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
    'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
  ])('%s ends the story', (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it.each([
    'This entry was posted in Science, Free State and tagged Boyden Observatory, asteroids, UFS, astronomy.',
    'Esta entrada fue publicada en Sequía en Guanacaste y etiquetada AyA, Carrillo, Liberia, racionamiento. Guarda el enlace permanente.',
    'Dieser Beitrag wurde unter Wissenschaft veröffentlicht und mit Bergbau, Lithium verschlagwortet. Setze ein Lesezeichen auf den Permalink.',
    'Questa voce è stata pubblicata in Cronaca e contrassegnata con Fermo. Contrassegna il permalink.',
    'Dieser Eintrag wurde veröffentlicht in Wirtschaft und verschlagwortet mit Emden, Offshore von Jan-Hendrik Saathoff. Setze ein Lesezeichen auf den Permalink.',
  ])('WordPress\'s entry footer "%s" ends the story', (line) => {
    expect(isTailMarker(line)).toBe(true);
    expect(closesEntry(line)).toBe(true);
  });

  it.each(['Post navigation', 'Beitragsnavigation', 'Navegación de entradas', 'Nawigacja wpisu'])('WordPress\'s heading "%s" over the next posts ends the story', (line) => {
    expect(isTailMarker(line)).toBe(true);
  });

  it('reads "Gesponsord" and the other languages\' "sponsored" as an ad\'s label', () => {
    for (const label of ['Gesponsord', 'Gesponsert', 'Sponsorisé', 'Patrocinado', 'Sponsorowane']) expect(isAdLabel(label), label).toBe(true);
  });

  it('keeps a sentence that tells where a report was posted', () => {
    expect(closesEntry('The notice was posted in the town hall on Monday, and residents have two weeks to object.')).toBe(false);
  });

  it('ends a Markdown page at the entry footer and the comment header its converter wrote in emphasis', async () => {
    const md = [
      '# Forscher gewinnen Lithium aus Grubenwasser',
      '',
      ...[
        'Forscher der Bergakademie haben in einer Pilotanlage erstmals Lithium aus dem Wasser eines stillgelegten Zinnbergwerks gewonnen, teilte die Universität am Dienstag mit.',
        'Aus 40 Kubikmetern Grubenwasser filterten sie innerhalb von sechs Wochen rund 1,2 Kilogramm Lithiumcarbonat, wie die Gruppe in einer Fachzeitschrift schreibt.',
        'Das Wasser sammelt sich seit der Schließung der Grube im Jahr 1990 in den alten Stollen und enthält viel Lithium, deutlich mehr als die meisten Thermalquellen.',
        'Führungen zur Pilotanlage sind ab Mai jeden Samstag geplant.',
      ].flatMap((p) => [p, '']),
      'Dieser Beitrag wurde unter [Wissenschaft](https://example.de/kategorie/wissenschaft/) veröffentlicht und mit [Bergbau](https://example.de/schlagwort/bergbau/) verschlagwortet. Setze ein Lesezeichen auf den [Permalink](https://example.de/2026/04/14/lithium/).',
      '',
      '## 2 Antworten auf *Forscher gewinnen Lithium aus Grubenwasser*',
      '',
      '1. **Gerd Ullmann** sagt:',
      '',
      '   Glück auf! Mein Vater hat noch im Bergwerk eingefahren. Schön, dass da wieder was passiert.',
      '',
    ].join('\n');
    const r = await cleanFile(md, 'post.md');
    expect(r.paragraphs.at(-1)).toBe('Führungen zur Pilotanlage sind ab Mai jeden Samstag geplant.');
    expect(r.paragraphs.join(' ')).not.toContain('Glück auf');
  });
});

describe('a theme\'s meta row: the writer, the day and the comment count', () => {
  const game = [
    'Deshawn Pruitt intercepted a pass at the Washington State 6-yard line with 41 seconds left, and the Cougars held on to beat Idaho on Saturday night.',
    'The two campuses are eight miles apart, and the rivalry has been played on and off since 1894, with the trophy going home with the winner.',
    'Idaho had driven from their own 20 to the Washington State 6 before Pruitt stepped in front of the pass and returned it to the 30.',
  ];

  it('reads a Markdown row of links to the writer\'s page, the day and the comments as the byline', async () => {
    const md = ['Pruitt’s late interception lets Cougars escape Idaho 27-24', '===', '',
      '[Jake Lindgren](https://example.com/author/jlindgren/) [September 12, 2026](https://example.com/2026/09/12/) [4 Comments](https://example.com/cougars/#comments)', '',
      ...game.flatMap((p) => [p, ''])].join('\n');
    const r = await cleanFile(md, 'post.md');
    expect([r.published, r.author]).toEqual(['2026-09-12', 'Jake Lindgren']);
    expect(r.paragraphs[0]).toBe(game[0]);
  });

  it('leaves a line score under a Markdown game report out of its text, with its heading, and keeps a table inside the story', async () => {
    const para = (n: number): string => `Paragraph ${n} of the report tells how the game turned in the fourth quarter, when the defence held twice inside its own twenty and the crowd of thirty thousand stood for the last drive.`;
    const table = ['| Team | 1 | 2 | 3 | 4 | F |', '|---|---|---|---|---|---|', '| Idaho | 7 | 10 | 0 | 7 | 24 |', '| Washington State | 3 | 10 | 7 | 7 | 27 |'];
    const md = ['Cougars escape Idaho', '===', '', para(1), '', para(2), '', ...table, '', para(3), '', para(4), '', '### Score by quarter', '', ...table, '', '**Share this:**', ''].join('\n');
    const r = await cleanFile(md, 'game.md');
    expect(r.paragraphs.at(-1)).toBe(para(4));
    expect(r.paragraphs.join(' ')).not.toContain('Score by quarter');
    // The table between the story's paragraphs stays.
    expect(r.paragraphs.some((p) => p.includes('Washington State'))).toBe(true);
  });

  it('leaves a box score written as plain lines under its label out, and a newsletter box by its name', async () => {
    const para = (n: number): string => `Paragraph ${n} of the report tells how the game turned in the eleventh inning, when the single up the middle scored the runner from second and the dugout emptied onto the field.`;
    const md = ['Cajuns walk off Southern Miss', '===', '', para(1), '', para(2), '', para(3), '', para(4), '', '**Box score**', '',
      'R H E', 'SOUTHERN MISS 000 030 100 00 – 4 9 1', 'LOUISIANA 001 000 021 01 – 5 11 0', '', 'W – Thibodeaux (6-2). L – Pruitt (3-3). HR – USM: Ladner (14).', '',
      '## Get the Press Box newsletter', '', 'Cajuns, preps and outdoors, every weekday morning.', '', 'Sign up', ''].join('\n');
    const r = await cleanFile(md, 'game.md');
    expect(r.paragraphs.at(-1)).toBe(para(4));
  });

  it('reads the row under the story and its footer of categories in a text copy', async () => {
    const text = ['Refurbished telescope finds its first asteroid', '', ...game.flatMap((p) => [p, '']),
      'This entry was posted in Science and tagged asteroids, astronomy.', '', 'Nthabiseng Molefe  September 9, 2026  2 Comments', '', 'Share this:', '', 'Facebook'].join('\n');
    const r = await cleanFile(text, 'page.txt');
    expect([r.published, r.author]).toEqual(['2026-09-09', 'Nthabiseng Molefe']);
    expect(r.paragraphs.at(-1)).toBe(game[2]);
  });
});

describe('a dump that writes each text node on its own line', () => {
  it('joins a sentence broken at its links and bold names, and leaves headlines and menus alone', async () => {
    const text = [
      'Fiskefabrik udvider i Hirtshals',
      'Nyheder',
      'Erhverv',
      'Fiskeforarbejdningsvirksomheden udvider sin fabrik på havnen for 180 millioner kroner og forventer at ansætte 95 nye medarbejdere.',
      '»Nu kan vi forarbejde dobbelt så meget fisk«, siger administrerende direktør',
      'Kasper Thomsen',
      '.',
      'Finansieringen kommer fra',
      'Sparekassen Danmark',
      'og fra et statsligt fond, som stiller en garanti på 60 millioner kroner.',
      'Ifølge en analyse fra',
      'Aalborg Universitet',
      'skaber hver ny arbejdsplads yderligere 0,7 job i lokalsamfundet.',
    ].join('\n');
    const r = await cleanFile(text, 'dump.txt');
    expect(r.paragraphs).toContain('»Nu kan vi forarbejde dobbelt så meget fisk«, siger administrerende direktør Kasper Thomsen.');
    expect(r.paragraphs).toContain('Finansieringen kommer fra Sparekassen Danmark og fra et statsligt fond, som stiller en garanti på 60 millioner kroner.');
    expect(r.paragraphs).toContain('Ifølge en analyse fra Aalborg Universitet skaber hver ny arbejdsplads yderligere 0,7 job i lokalsamfundet.');
    expect(r.title).toBe('Fiskefabrik udvider i Hirtshals');
  });
});

describe('a note app\'s clipping: front matter the app wrote', () => {
  it('reads the page\'s headline, date and writer when the front matter is titled with the page\'s skip link', async () => {
    const md = [
      '---',
      'title:      "Naar hoofdinhoud"',
      'subtitle:   "Note"',
      'author:     "Wouter"',
      'date:       "2026-06-30"',
      'lang:       "nl-NL"',
      '---',
      '',
      '[Naar hoofdinhoud](#main)',
      '',
      '* [Nieuws](https://example.nl/nieuws)',
      '* [Sport](https://example.nl/sport)',
      '',
      'Zoeken',
      '',
      '# Wolkbreuk zet Losser en Oldenzaal blank: tientallen woningen ontruimd',
      '',
      'Door [Femke Nijhuis](https://example.nl/auteur/femke-nijhuis) · 28 juni 2026, 07.45 uur',
      '',
      'Een wolkbreuk heeft zaterdagavond grote delen van Losser en Oldenzaal onder water gezet. In ruim twee uur viel er op sommige plekken meer dan 110 millimeter regen.',
      '',
      'De brandweer ontruimde in Losser 46 woningen, waar het water tot een halve meter hoog in de straten stond. Ongeveer 120 bewoners brachten de nacht door in een sporthal.',
      '',
      'De burgemeester kondigde rond middernacht een noodverordening af. Een deel van het centrum was tot zondagochtend afgesloten voor verkeer.',
      '',
    ].join('\n');
    const r = await cleanFile(md, 'note.md');
    expect(r.title).toBe('Wolkbreuk zet Losser en Oldenzaal blank: tientallen woningen ontruimd');
    expect(r.published).toBe('2026-06-28');
    expect(r.author).not.toBe('Wouter');
    expect(r.paragraphs[0]).toMatch(/^Een wolkbreuk heeft zaterdagavond/);
  });

  it('reads the page\'s headline and date when the note is titled with the tab\'s short title and the site\'s name', async () => {
    const note = (title: string): string =>
      [
        '---',
        `title: ${title}`,
        "created: '2026-01-25T09:14:52.318Z'",
        'tags: [Courts, Mayo]',
        '---',
        '',
        '[The Western Courant](https://example.ie/)',
        '',
        'News from every corner of the west',
        '',
        '# Former co-op manager jailed for stealing €186,000 from community group',
        '',
        'January 23, 2026 by [Gráinne Walsh](https://example.ie/author/gw/)',
        '',
        'A former manager of a community co-operative who stole more than €186,000 from it over six years was jailed for three years on Thursday.',
        '',
        'The court heard that the money was moved in small sums to his own account between 2018 and 2024, and that he had repaid a third of it.',
        '',
        'The judge said the theft had been a breach of trust against a small community that had relied on him to keep its books.',
        '',
      ].join('\n');
    const tab = await cleanFile(note('Co-op sentencing - Courant'), 'note.md');
    expect(tab.title).toBe('Former co-op manager jailed for stealing €186,000 from community group');
    expect(tab.published).toBe('2026-01-23');
    // A note titled by its writer with no site's name keeps its title.
    const own = await cleanFile(note('Co-op sentencing'), 'note.md');
    expect(own.title).toBe('Co-op sentencing');
  });
});

describe('scraped pages: a picture as html-to-text writes it', () => {
  it('reads "alt [https://…/photo.jpg]" as no story text, and a link\'s "text [url]" as text', () => {
    expect(junkKind('Sanabria celebra en la plaza [https://example.co/wp-content/uploads/2026/08/podio-1024x683.jpg]')).not.toBeNull();
    expect(junkKind('The council published the full report on its website [https://example.org/report] on Monday evening, and residents can comment until March.')).toBeNull();
  });
});

describe('scraped pages: where the headline stands in a content system\'s article header', () => {
  const body = [
    'The Supreme Court on Wednesday ordered the electoral commission to reopen voter registration for two weeks, ruling that the early close had shut out thousands of young voters.',
    '',
    'In a unanimous judgment read in the capital, a five-member panel held that the commission had breached the Elections Act when it ended registration nine days early.',
    '',
    'The commission said it would comply with the order and publish the list of registration centres within ten days.',
  ];
  const menu = ['Skip to main content', 'Saturday, 21 March 2026', 'E-Paper', 'Contact Us', '', 'The Daybreak', 'Truth at first light', '', 'Home', 'News', 'National', 'Politics', 'Business', 'Sport', 'Opinion', 'Features', ''];
  const shareBar = ['Print', 'Email', '', 'Share on Facebook', 'Share on X', 'Share on WhatsApp', ''];

  it('takes the headline out of a breadcrumb trail that a copy glued to the section\'s name, when the page names the section on its own', () => {
    const page = [
      ...menu,
      'BREAKING', 'Power company announces load-shedding schedule for the municipality', '',
      'Home  »  National  »  CourtsSupreme Court orders commission to reopen voter registration for two weeks', '',
      'Details', 'Written by News Desk', 'Category: Courts', 'Published: 19 March 2026', 'Hits: 2184', '',
      ...shareBar,
      'Voters queue outside a registration centre in February. Photo: Daybreak/Alieu Jallow', '',
      ...body,
    ].join('\n');
    const read = extractFromText(page, now);
    expect(read.title).toBe('Supreme Court orders commission to reopen voter registration for two weeks');
    // The day over the masthead is the day the page was saved; the story's is under the headline.
    expect(read.published).toBe('2026-03-19');
  });

  it('reads a trail after its label ("Vous êtes ici :") as one, with the section glued to the headline', () => {
    const page = [
      ...menu,
      'Vous êtes ici : Accueil › Verviers › JusticeMarchand de sommeil à Verviers : trente mois de prison pour un propriétaire', '',
      '10 mars 2026  Nathalie Lemaire', 'Catégorie : Justice', '', ...shareBar, ...body,
    ].join('\n');
    expect(extractFromText(page, now).title).toBe('Marchand de sommeil à Verviers : trente mois de prison pour un propriétaire');
  });

  it('never takes a trail under its label, its items spaced apart, for the headline under it', () => {
    const page = [
      ...menu,
      'Sei qui:  Home  Scienza e tecnologia  Inquinamento luminoso, il cielo valdostano perde buio',
      "Il cielo della Valle d'Aosta perde buio: +18% di luce artificiale in cinque anni",
      'Scritto da Redazione', 'Pubblicato: Giovedì, 19 Marzo 2026 10:42', '', ...body,
    ].join('\n');
    expect(extractFromText(page, now).title).toBe("Il cielo della Valle d'Aosta perde buio: +18% di luce artificiale in cinque anni");
  });

  it('takes the headline glued to a section of two words at the trail\'s end over the standfirst under it', () => {
    const page = [
      ...menu,
      'Home » News » Local NewsGrey River comes within half a metre of floodwall as 1,200 flee Cobden',
      'Residents told to boil water in Cobden as State Highways 6 and 7 stay closed', '',
      'Story by Aroha Mitchell · Photos: Dean Kearney', 'Published: 12 Oct 2026, 5:48pm', '', ...body,
    ].join('\n');
    expect(extractFromText(page, now).title).toBe('Grey River comes within half a metre of floodwall as 1,200 flee Cobden');
  });

  it('takes the headline over the writer and the date, not the standfirst under the share bar', () => {
    const page = [
      ...menu,
      'You are here: Home » Greece » Society', 'SOCIETY',
      'Two dead as floods hit the peninsula – State of emergency declared in the region',
      'Author: Dimitris Karagiannis', 'Category: Society', 'Published: Wednesday, 14 October 2026 18:32', 'Hits: 4821',
      'Share', 'Facebook', 'X', 'Viber', 'Email', 'Print',
      'More than 210 millimetres of rain in four hours – 46 rescues, schools closed on Thursday',
      'A flooded road in the town on Wednesday morning. (Photo: Eurokinissi)',
      '',
      ...body,
    ].join('\n');
    expect(extractFromText(page, now).title).toBe('Two dead as floods hit the peninsula – State of emergency declared in the region');
  });

  it('on a page without blank lines, takes the line between the date and the byline over an advertiser\'s lines above them', () => {
    const page = [
      'Jerusalem Gold Hotel', 'Your Home in Jerusalem Pay 6 Stay 7 days', 'Careers at the Post', 'Post.com » Israel » Article',
      'Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52', 'Israel pessimistic over Arab contributions to PA', 'By HERB KEINON AND AP',
      'Print', 'Subscribe', 'E-mail', 'Toolbar', 'Shape public opinion:', "What's this?", 'Talkbacks for this article: 28',
      ...body.filter((l) => l !== ''),
    ].join('\n');
    expect(extractFromText(page, now).title).toBe('Israel pessimistic over Arab contributions to PA');
  });

  it('reads a headline that gives two scores in words as a headline, and a strip of results as none', () => {
    const page = (headline: string): string => [
      ...menu, 'Home > Sports > Basketball', 'BSN FINAL', headline, 'Rivera hits the go-ahead three with 41 seconds left; Game 6 is Sunday in Bayamón', '',
      'By Carmen Ortiz', 'August 22, 2026 | 1:15 AM AST', '', ...body,
    ].join('\n');
    expect(extractFromText(page('Cangrejeros edge Vaqueros 87-84 to take 3-2 lead in BSN final'), now).title).toBe('Cangrejeros edge Vaqueros 87-84 to take 3-2 lead in BSN final');
    expect(extractFromText(page('FT Cangrejeros 87-84 Vaqueros FT Leones 99-90 Criollos'), now).title).not.toContain('FT Leones');
  });
});

describe('a newsletter forwarded as an e-mail and saved as text', () => {
  const story = [
    'A container ship tied up alongside the new wharf at Aiwo on Monday, the first commercial vessel to use the berth, ending decades in which almost every box was unloaded onto barges.',
    'The ship arrived from Brisbane via Suva with 212 containers of food, building materials and fuel drums, and cranes on the wharf lifted them straight onto trucks.',
    'Importers expect freight costs to fall, though not at once, and the port authority said it would publish its fees before the next ship is due on 14 July.',
  ];
  const mail = [
    'Subject: \tFwd: The Current: First ship berths at Aiwo · Budget week', 'From: \tLisa Moreau <lisa@example.com.au>', 'Date: \t2/07/2026, 9:14 am', '', '',
    'FYI – the port is finally open. Might be worth revisiting the freight quotes.', '', 'Lisa', '', '',
    '-------- Forwarded Message --------', 'Subject: \tThe Current: First ship berths at Aiwo · Budget week', 'Date: \tTue, 30 Jun 2026 06:02:11 +1200', 'From: \tThe Current <brief@example.nr>', '', '',
    'LEAD STORY', '', 'New Aiwo port takes first container ship, ending decades of barge unloading', '', 'By Kaylani Deiye', '',
    ...story.flatMap((p) => [p, '']),
    'Know someone who should read The Current? Forward this email – it’s free to subscribe at example.nr/brief', '',
    'Read on the website <https://example.createsend1.com/t/j-l-d/>', 'Share on Facebook <https://example.createsend1.com/t/j-l-h/>', '', '',
    '------------------------------------------------------------------------', '',
    'BUDGET WEEK: WHAT TO WATCH', '',
    'The Minister for Finance presents the 2026–27 budget to Parliament on Thursday. Expect a focus on the hospital extension and on the housing project.', '',
  ].join('\n');

  it('reads the forwarded message, not the forwarder\'s note and date, and ends the story at its link to the site', () => {
    const read = extractFromText(mail, now);
    expect(read.title).toBe('New Aiwo port takes first container ship, ending decades of barge unloading');
    expect(read.published?.slice(0, 10)).toBe('2026-06-30');
    expect(read.paragraphs).toEqual(story);
  });
});

describe('a header crediting the writer and the photographer, each over their job', () => {
  it('takes the writer, not the photographer next to the date, as the author', () => {
    const page = [
      'Sport', 'HÅNDBALL', '', 'Kolstad slo Kielce og er klar for Final4 i Köln', 'Trondheimslaget snudde kvartfinalen i Spektrum og blir første norske herrelag i sluttspillet.', '',
      'Eirik Aune', 'Journalist', 'Marte Lien Hoff', 'Fotograf', 'Publisert 07.05.2026 22:41', 'Oppdatert 08.05.2026 08:05', '',
      'Kolstad er klar for Final4 i Champions League for første gang i klubbens historie etter seieren torsdag kveld i Spektrum.', '',
      'Dermed reiser Kolstad til Köln, der de fire beste lagene i Europa møtes i juni, og ingen norsk herreklubb har tidligere nådd så langt.', '',
      'Treneren sa etter kampen at laget hadde spilt sin beste omgang denne sesongen, og at publikum hadde båret spillerne gjennom de siste minuttene.',
    ].join('\n');
    expect(extractFromText(page, now).author).toBe('Eirik Aune');
  });
});

describe('a blog theme’s copy with the writer’s picture, an embedded post and a card linking another story', () => {
  const story = [
    'Ryder Kowalchuk scored twice in the third period as the Red Deer Rebels beat the Medicine Hat Tigers 4-2 on Friday night to stay alive in their first-round series.',
    'The Tigers lead the best-of-seven series 3-2, with Game 6 in Medicine Hat on Sunday, and a seventh game would be played at the Centrium on Tuesday.',
    'The Rebels posted a video of the go-ahead goal minutes after the game, and the crowd stayed in their seats for several minutes after the final horn.',
    'Oskar Lindqvist made 31 saves for Red Deer, including a glove stop on Jaxon Rempel on a two-on-one with the score tied 2-2 late in the game.',
    'Tickets for a possible Game 7 go on sale on Saturday at 10 a.m., the club said, and the team leaves for Medicine Hat by bus on Saturday afternoon.',
  ];
  const page = [
    'Red Deer Dispatch', 'Home', 'Hockey', 'Sign in', 'Subscribe', 'Apr 3, 2026', '—', '4 min read', 'Hockey',
    'Rebels force Game 6 as Kowalchuk scores twice in third',
    'Red Deer was one loss from elimination. An 18-year-old from Lacombe made sure the season goes on.', '',
    'Avery Dueck', 'Avery Dueck', '',
    story[0], '', story[1], '',
    'Rebels drop Game 4 in overtime, now one loss from elimination', 'Medicine Hat took a 3-1 series lead on a power-play goal 6:12 into overtime on Wednesday night.', 'Red Deer DispatchAvery Dueck', '',
    story[2], '',
    'KOWY AGAIN! 🚨 Ryder Kowalchuk buries his second of the night and we are going back to the Hat. #RollWithTheRebels pic.twitter.com/Xr4dTq0LmZ', '',
    '— Red Deer Rebels (@RDRebelsWHL) April 4, 2026', '',
    story[3], '',
    'Dispatch members get a game-day newsletter before every playoff game, with line combinations and injury news. Join for $6 a month.', '',
    story[4], '',
    'Hockey', 'Share', 'Sign up for Red Deer Dispatch', 'Independent local news from Central Alberta, in your inbox four times a week.', 'Subscribe',
  ].join('\n');

  it('takes the name printed twice under the headline as the writer and starts the story under it', () => {
    const read = extractFromText(page, now);
    expect(read.author).toBe('Avery Dueck');
    expect(read.paragraphs).toEqual(story);
  });

  it('reads the player’s controls and note, a call for tributes, a price to join and a newsletter’s tagline as chrome', () => {
    for (const line of [
      'Play 0:00 / 5:12 1x',
      'Audio is generated from the text of this article. Report a problem',
      'Have a tribute to share? Send it to tributes@wadadlimail.ag',
      'Become a member from £4 per month',
      'Independent local news from Central Alberta, in your inbox four times a week.',
    ]) {
      expect(junkKind(line), line).not.toBeNull();
    }
    // A price in the story, not a call to pay it, stays.
    expect(junkKind('The council said residents can join for $6 a month at the leisure centre.')).toBeNull();
  });
});

describe('a note exported as plain text, its label saying when it was copied', () => {
  const story = [
    'Viktor Hedlund från Mora vann Vasaloppet på söndagen efter en spurt på Vasagatan, där han var en halv skidlängd före norrmannen Håvard Skjervold.',
    'Hedlund gick i mål på tiden 3.41.18 efter nio mil från starten i Berga by i Sälen, och elva åkare kom tillsammans in på upploppet i Mora.',
    'I damklassen vann Linn Ekström för andra gången, nästan två minuter före tvåan, efter att ha åkt ensam de sista tre milen av loppet.',
    'Det var första gången sedan 2012 som en åkare från Mora vann loppet, och publiken längs Vasagatan var större än på många år.',
    'Hedlund sa efter målgången att han hade sparat krafterna till de sista hundra metrarna och att han visste att spurten skulle avgöra.',
    'Arrangörerna räknade med att över femtontusen åkare skulle gå i mål under dagen, trots att det var kallt och blåsigt i backarna.',
  ];
  const note = [
    'Vasaloppet – Siljansposten (kopierad 3 mars)', '',
    'Hoppa till innehållet', 'tisdag 3 mars 2026', 'Prenumerera', 'Logga in', 'Siljansposten', 'Nyheter', 'Sport', 'Start / Sport / Vasaloppet', 'VASALOPPET 2026',
    'Viktor Hedlund vann Vasaloppet i spurt – hemmasegern avgjordes på Vasagatan',
    'Moraåkaren var en halv skidlängd före Håvard Skjervold när elva åkare spurtade om segern.',
    'Sara Löfgren', 'sara.lofgren@siljansposten.se', 'Publicerad 1 mars 2026 kl. 16.42', 'Dela', 'Kopiera länk', '',
    ...story.flatMap((p) => [p, '']),
    'Ladda ner Siljansposten-appen och få pushnotiser när något händer i Siljansbygden.',
  ].join('\n');

  it('reads the headline on the page, not the note’s label, and the writer over her address and the date', () => {
    const read = extractFromText(note, new Date('2026-11-20T00:00:00Z'));
    expect(read.title).toBe('Viktor Hedlund vann Vasaloppet i spurt – hemmasegern avgjordes på Vasagatan');
    expect(read.author).toBe('Sara Löfgren');
    expect(read.published?.slice(0, 10)).toBe('2026-03-01');
    expect(read.paragraphs).toEqual(story);
    expect(junkKind('Te-a ajutat acest articol? Susține jurnalismul local cu o donație lunară de la 10 lei. Donează aici')).not.toBeNull();
  });

  it('reads the same of a label whose copy note follows a dash', () => {
    const dashed = note.replace('Vasaloppet – Siljansposten (kopierad 3 mars)', 'Vasaloppet – kopierad 3 mars 2026');
    const read = extractFromText(dashed, new Date('2026-11-20T00:00:00Z'));
    expect(read.title).toBe('Viktor Hedlund vann Vasaloppet i spurt – hemmasegern avgjordes på Vasagatan');
    expect(read.published?.slice(0, 10)).toBe('2026-03-01');
  });
});

describe('a page pasted under one note of an outliner and exported as plain text', () => {
  it('is read as the page\'s lines: its headline, byline and date, not the note\'s title or the masthead', async () => {
    const paragraphs = [
      'Small solar-powered irrigation kits more than doubled sorghum harvests on farms in the Teso sub-region over two seasons, according to a study by scientists in Serere.',
      'The trial, which ran on 120 farms in Soroti, Serere, Kumi and Katakwi districts between 2024 and 2025, found that watered plots yielded an average of 2.1 tonnes of grain a hectare.',
      'Lead author Dr Grace Amongin said the difference came mostly in the dry spells that now break up both rainy seasons in Teso, when sorghum cannot fill its grain.',
      'Each kit, made up of a 600-watt panel, a surface pump and enough drip line for a quarter of a hectare, cost about Shs4.8 million, the study found.',
      'The researchers plan to extend the trial to Amuria and Katakwi next year, working with a farmers’ association that will train members to repair the pumps.',
    ];
    const md = [
      '- Sorghum solar irrigation study – Uganda Ledger (copied Fri 18 Sep, for district extension meeting)',
      ...['Skip to main content', 'Friday, September 18, 2026', 'The Uganda Ledger', 'Uganda’s independent daily', 'News', 'Business', 'Agriculture', 'Sport', 'Subscribe',
        'Home › Science & Environment › Agriculture', 'AGRICULTURE', 'Solar pumps double sorghum harvests in Teso trial, study finds', 'By Denis Oluka-Emong',
        'Published: Sep 16, 2026 — 6:00 AM EAT', 'Share', 'Facebook', 'WhatsApp', ...paragraphs, 'Tags', 'Sorghum', 'Irrigation'].map((line) => `  - ${line}`),
    ].join('\n');
    const read = await cleanFile(md, 'sorghum.md');
    expect(read.title).toBe('Solar pumps double sorghum harvests in Teso trial, study finds');
    expect(read.author).toBe('Denis Oluka-Emong');
    expect(read.published).toBe('2026-09-16');
    expect(read.paragraphs).toEqual(paragraphs);
  });
});

describe('a membership box set between two paragraphs of a copied page', () => {
  const paragraphs = [
    'The drone surveys found that seagrass now covers more than twice the area of the northern flats that it covered when the last survey was made.',
    'The estuary sits across the water from the forest, and jet noise was once blamed for keeping the birds off its northern flats, the researchers said.',
    'The project was funded by two trusts, and the team hopes to extend the flights to the next firth along the coast next year, using the same drone.',
    'The chair of the community council said the study was the best news the estuary had had in her lifetime, and that she would ask for the maps to be used.',
    'Not everyone is convinced the gains will last: a bait digger who has worked the estuary for forty years said he had seen meadows come and go before.',
    'The study’s maps are free to view on the institute’s website, and the trust is looking for volunteers for this summer’s counts, which begin in June.',
  ];
  const page = ['Seagrass returns to the estuary', '', ...paragraphs.slice(0, 4).flatMap((p) => [p, '']), 'The Bulletin is free to read and paid for by readers. Become a supporting member from £4 a month.', '', 'Become a member', '', ...paragraphs.slice(4).flatMap((p) => [p, '']), 'Environment', 'Share', 'Facebook'].join('\n');
  it('goes, and the story under it stays', async () => {
    const read = await cleanFile(page, 'seagrass.txt');
    expect(read.paragraphs).toEqual(paragraphs);
  });
  it('still closes a page when no paragraph of the story comes under it', () => {
    const lines = extractFromText(['Seagrass returns to the estuary', '', paragraphs[0], '', paragraphs[1], '', paragraphs[2], '', 'Become a member', '', 'Related stories', 'Council backs new harbour wall', 'Ferry timetable changes'].join('\n'), now);
    expect(lines.paragraphs).toEqual(paragraphs.slice(0, 3));
  });
});
