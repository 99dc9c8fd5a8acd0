import { describe, expect, it } from 'vitest';
import { datelineLine, junkKind, splitDateline } from '../../functions/core/clean/boilerplate.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { dateLine } from '../../functions/core/clean/text-dates.js';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { extractFromText, textLineFeatures } from '../../functions/core/clean/text.js';
import { titleScore } from '../../functions/core/clean/text-title.js';
import { toUnits } from '../../functions/core/clean/text-units.js';

const now = new Date('2030-01-01T00:00:00Z');

describe('hard-wrapped text', () => {
  const wrapped = [
    'Harbour Board Approves New Ferry Terminal',
    'By Jane Doe',
    'March 5, 2024',
    '',
    'The harbour board approved plans for a new ferry terminal on Tuesday,',
    'ending a two-year dispute with residents who had argued that the',
    'building would block views of the old lighthouse from the promenade.',
    '',
    'The terminal will cost about 40 million pounds and is expected to open',
    'in the spring of 2026, the board said in a statement. Construction will',
    'begin after the summer season so that tourist traffic is not disrupted.',
  ].join('\n');

  it('joins wrapped lines back into paragraphs and keeps title, byline and date apart', () => {
    const r = extractFromText(wrapped, now);
    expect(r.title).toBe('Harbour Board Approves New Ferry Terminal');
    expect(r.author).toBe('Jane Doe');
    expect(r.published).toBe('2024-03-05');
    expect(r.paragraphs).toHaveLength(2);
    expect(r.paragraphs[0]).toMatch(/^The harbour board .* from the promenade\.$/);
  });

  it('joins German prose wrapped before capitalised nouns', () => {
    const text = [
      'Stadtrat beschließt neuen Radweg',
      '',
      'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen',
      'Radwegs entlang der Hauptstraße beschlossen. Die Arbeiten sollen im',
      'Frühjahr beginnen und etwa acht Monate dauern, teilte die Verwaltung mit.',
    ].join('\n');
    expect(extractFromText(text, now).paragraphs).toEqual([
      'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang der Hauptstraße beschlossen. ' +
        'Die Arbeiten sollen im Frühjahr beginnen und etwa acht Monate dauern, teilte die Verwaltung mit.',
    ]);
  });

  it('does not join a list of headlines of similar width', () => {
    const text = [
      'Top Stories',
      'Senate passes stopgap bill hours before shutdown deadline',
      'Wildfire smoke drifts across the northern border again',
      'Central bank holds rates steady, signals patience',
      '',
      'Drought forces Panama Canal to cut daily crossings again',
      'By Elena Vargas',
      'Published August 9, 2023',
      '',
      'The Panama Canal Authority said on Wednesday it would cut the number of daily ship crossings to 32 from 36, the second reduction this summer.',
      '',
      'Gatun Lake, which supplies the fresh water used to raise and lower ships through the locks, stood at 24.5 metres this week.',
      '',
      'Most Popular',
      'Inflation slows for a third straight month as fuel prices ease',
      'Tech shares slide after two chipmakers miss earnings forecasts',
      'The best beaches in Central America you have never heard of',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.title).toBe('Drought forces Panama Canal to cut daily crossings again');
    expect(r.author).toBe('Elena Vargas');
    expect(r.published).toBe('2023-08-09');
    expect(r.paragraphs.join('\n')).not.toMatch(/Senate passes|Inflation slows/);
  });
});

describe('bylines', () => {
  const body =
    'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours.\n\n' +
    'Opponents said they would continue to fight the decision in the courts and at the ballot box next year.\n\n' +
    'Supporters welcomed the outcome and said construction could begin within months if funding arrives.';
  const withHeader = (...lines: string[]): string => ['Council approves harbour plan', '', ...lines, '', body].join('\n');

  it.each([
    ['By Maya Okafor and Daniel Reyes', 'Maya Okafor and Daniel Reyes'],
    ['Par Claire Dubois et Marc Lefèvre', 'Claire Dubois et Marc Lefèvre'],
    ['Von Anna Berger und Jonas Klein', 'Anna Berger und Jonas Klein'],
    ['Por Lucía Fernández y Pablo Ruiz', 'Lucía Fernández y Pablo Ruiz'],
    ['di Marco Bianchi e Giulia Rossi', 'Marco Bianchi e Giulia Rossi'],
    ['Door Sanne de Vries en Pieter Bakker', 'Sanne de Vries en Pieter Bakker'],
    ['By Ana Lima, Tom Hale and Kay Roe', 'Ana Lima, Tom Hale and Kay Roe'],
    ['By Jane Doe, Staff Writer', 'Jane Doe'],
    ['By Jane Doe and Reuters Staff', null],
    ['Texto: Lucía Fernández', 'Lucía Fernández'],
    ['BY PRIYA NAIR', 'Priya Nair'],
    ['By OWEN PRICE, POLITICAL EDITOR', 'Owen Price'],
    ['By Marta Ruiz. Madrid', 'Marta Ruiz'],
  ])('%s → %s', (line, author) => {
    expect(extractFromText(withHeader(line, 'March 5, 2024'), now).author).toBe(author);
  });

  it.each([
    ['Sarah Lindqvist, Riverton Gazette', 'Sarah Lindqvist', 'Riverton Gazette'],
    ['Tom Hale | Garden Notes', 'Tom Hale', 'Garden Notes'],
    ['Springfield, IL', null, null],
    ['New York, NY', null, null],
    ['Anna Berger, dpa', 'Anna Berger', 'dpa'],
    ['Jane Doe, AP', 'Jane Doe', 'AP'],
    ['Owen Price, Senior Political Correspondent', 'Owen Price', null],
    ['Kofi Mensah, Chief Sports Writer', 'Kofi Mensah', null],
  ])('"Name, Publication" beside the date line: %s', (line, author, source) => {
    const r = extractFromText(withHeader(line, 'Posted: Tuesday, March 5, 2024 at 6:12 PM'), now);
    expect([r.author, r.source]).toEqual([author, source]);
  });
});

describe('related-article lists', () => {
  const para = (s: string): string =>
    `${s} said the statement released by the regional government on Tuesday after a long meeting of the cabinet.`;
  it.each([
    ['Mehr zum Thema', ['Mietspiegel 2024: So stark steigen die Mieten', 'Enteignungs-Volksentscheid: Kommission legt Bericht vor']],
    ['Related:', ['Oil prices edge up on tighter supply outlook']],
    ['Leia também', ['Porto planta 10 mil árvores em dois anos', 'Hortas urbanas: como participar']],
    ['Lees ook', ['Waterschappen slaan alarm over personeelstekort']],
  ])('drops the short list under "%s"', (header, links) => {
    const text = ['Headline of the story today', '', para('First,'), '', para('Second,'), '', header, ...links, '', para('Third,')].join('\n');
    const body = extractFromText(text, now).paragraphs.join('\n');
    for (const l of links) expect(body).not.toContain(l);
    expect(body).toContain('Third,');
  });

  it('stops at the first sentence under the header', () => {
    const text = ['Headline of the story today', '', para('First,'), '', 'Related', 'A short link title', para('Kept,')].join('\n');
    const body = extractFromText(text, now).paragraphs.join('\n');
    expect(body).not.toContain('A short link title');
    expect(body).toContain('Kept,');
  });
});

describe('date lines', () => {
  it.each([
    ['Stand: 14.05.2024 09:30 Uhr', ''],
    ['Datum: 14.05.2024', ''],
    ['Erschienen am 14.05.2024', ''],
    ['Samedi 3 février 2024', ''],
    ['Sonntag, 14. Mai 2024', ''],
    ['Martes, 5 de marzo de 2024', ''],
    ['Publicado: sábado, 21 octubre 2023 10:02', ''],
    ['Date de publication : 3 février 2024', ''],
    ['Publié le 5 mars 2024 à 10h', ''],
    ['Gepubliceerd op 8 januari 2024', ''],
    ['ma 8 jan 2024, 07:45', ''],
    ['giovedì 16 maggio 2024', ''],
    ['quarta-feira, 15 de maio de 2024', ''],
    ['Fecha: 21/10/2023', ''],
    ['Mercredi 15 mai 2024 - Le Monde', '- Le Monde'],
    ['Le Monde | 5 mars 2024', 'Le Monde |'],
    ['Sunday Times, Sun 3 March 2024', 'Sunday Times,'],
  ])('%s leaves %j', (line, rest) => {
    expect(dateLine(line, { now, lang: 'en' })?.rest).toBe(rest);
  });

  it.each([
    ['Stand: 14.05.2024 09:30 Uhr', null],
    ['Samedi 3 février 2024', null],
    ['Datum: 14.05.2024', null],
    ['Le Monde | 5 mars 2024', 'Le Monde'],
    ['Mercredi 15 mai 2024 - Le Monde', 'Le Monde'],
  ])('%s gives source %j', (line, source) => {
    const text = ['Council approves harbour plan', '', line, '', 'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours.'].join('\n');
    expect(extractFromText(text, now).source).toBe(source);
  });
});

describe('photo captions', () => {
  it.each([
    'Photo by Tom Abara.',
    'Photograph: Kay Nietfeld/dpa',
    'Foto: dpa/Kay Nietfeld',
    "Children's books are stacked for a sale at the Elm Street branch on Monday. Photo by Tom Abara.",
    'Visitors queued for up to two hours on the opening day. Photo: Lena Marsh',
  ])('%s is junk', (line) => {
    expect(junkKind(line)).toBe('boilerplate');
  });

  it.each(['Picture by picture, the artist rebuilt the mural', 'The photo by Ansel Adams sold for a record price.', 'He took a photo. Photo by the author.'])(
    '%s is not',
    (line) => {
      expect(junkKind(line)).toBeNull();
    },
  );

  it.each([
    'Třinecký útočník Matěj Sklenář (vpravo) slaví gól do sítě Vítkovic. Foto:',
    'Residents of Moosarambagh outside the High Court on Wednesday. | Photo Credit:',
    'Работники расчищают завалы на шоссе под Тверью. Фото:',
  ])('reads "%s", a caption whose credit wrapped onto the next line, as no headline', (line) => {
    const [caption] = toUnits(line, now);
    expect(titleScore(caption!, 0, false)).toBe(-Infinity);
  });

  it('still reads a headline of two sentences as one', () => {
    const [headline] = toUnits('Třinec ovládl derby s Vítkovicemi. Rozhodl ho dvěma góly Sklenář', now);
    expect(titleScore(headline!, 0, false)).toBeGreaterThan(-Infinity);
  });

  it('drops the short line under a credit line, and the dateline of the paragraph after it', () => {
    const text = [
      'Senate misses housing target',
      '',
      'Photo: Kay Nietfeld',
      'Cranes over a building site in Lichtenberg.',
      '',
      'BERLIN (dpa) – Berlin built far fewer new homes last year than planned, according to the statistics office of the city.',
      '',
      'The building senator blamed higher interest rates and construction costs for the shortfall in the city and the region.',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.paragraphs[0]).toMatch(/^Berlin built far fewer/);
    expect(r.paragraphs.join('\n')).not.toContain('Cranes over');
  });
});

describe('ad, share and header leftovers', () => {
  it.each([
    'Advertisement · Scroll to continue',
    'ADVERTISEMENT - SCROLL TO CONTINUE',
    'Report ad',
    'Story continues below advertisement',
    'Article continues below',
    '142 shares',
    'Share 1.2K Tweet 340',
    '1.2K',
    '7 min read',
    'Reading time: 4 minutes',
    'Lesezeit: 3 Minuten',
    'Reading Time: 3 mins read',
    'Suscriptor',
    'Premium',
    'Subscriber only',
    'Thank you for reading! Please log in, or sign up for a new account and purchase a subscription to continue reading.',
    'We care about the protection of your data. Read our Privacy Policy.',
    'Advertise with Aotearoa Now',
    'Do you have a question about this story? Contact the Scotland News website team.',
    'Lyssna på artikeln 4 min',
    'Listen to this article · 5 min',
    'Följ ämnen och få notiser när något nytt publiceras.',
    'Nordposten Ekonomi – varje tisdag får du de viktigaste näringslivsnyheterna från Medelpad direkt i din inkorg.',
    'Update 3 november, 16.40 uur: in een eerdere versie van dit artikel stond dat de lancering vanuit Florida plaatsvond. Dat is aangepast.',
    '* Czytaj także: Projekt Warszawa bez szans w Lublinie',
    'Copy Link Email X (Twitter) Reddit LinkedIn',
    'Sigue leyendo con Diario del Turia',
    'Nous utilisons des témoins pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.',
    'हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।',
    'Veja mais notícias da região no Correio Sul-Mineiro',
    'This advertisement has not loaded yet, but your article continues below.',
    'You can save this article by registering for free here. Or sign-in if you have an account.',
    'TODAY\'S TOP STORY',
    '— Meg Lawson, editor',
    'Republish this story.',
    'The Maine Dispatch\'s reporting is free to republish under a Creative Commons license. Read our guidelines.',
    'Follow The Kingston Observer on Medium for more stories from Jamaica and the Caribbean.',
    'This article first appeared on nairobiledger.co.ke. Subscribe to Ledger Markets Brief for the day\'s business news in your LinkedIn feed.',
    'Tagged: allotments, community, waiting lists',
    'Contact Sarah Lindqvist at slindqvist@rivertongazette.com or 555-0143.',
    'Email the author at jdoe@example.com.',
  ])('%s is junk', (line) => {
    expect(junkKind(line)).toBe('boilerplate');
  });

  it.each([
    '340',
    '12.5',
    'The ad ran for 7 minutes during the final.',
    'Contact with the crew was lost at 3 a.m., the coastguard said.',
    'She shares 40% of the company with her brother.',
    'Update 16.40: the council has confirmed that the new version of the plan will be published on Monday.',
    '* 63 people were evacuated from their homes overnight.',
    'The photos are available under a Creative Commons license, the agency said in a statement on Monday.',
    'The council approved the plan on Monday. It will cost the town about 40 million pounds over ten years.',
  ])('%s is not', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('a date line with the byline and the reading time between bars', () => {
  it('gives the date and the writer, and leaves a line with anything else beside the date alone', () => {
    const dopts = { now, lang: 'en', dayFirst: true };
    expect(dateLine('Posted: 01/07/2026 at 16:05 | By Nadine Pitaluga, Business Correspondent | 3 min read', dopts)).toEqual({
      iso: '2026-07-01',
      rest: 'By Nadine Pitaluga, Business Correspondent',
    });
    expect(dateLine('Posted: 01/07/2026 at 16:05 | Calpe Marine Fuels posts a record profit as ships refuel in the bay', dopts)).toBeNull();
  });
});

describe('wire datelines', () => {
  it.each([
    ['BERLIN (dpa) - Berlin hat gebaut.', 'Berlin hat gebaut.', 'dpa', 'BERLIN'],
    ['WASHINGTON, March 3 (Reuters) - The Senate voted.', 'The Senate voted.', 'Reuters', 'WASHINGTON'],
    ['SÃO PAULO (Reuters) - Brazil said.', 'Brazil said.', 'Reuters', 'SÃO PAULO'],
    ['Nueva York, 5 mar (EFE).- El índice subió.', 'El índice subió.', 'EFE', 'Nueva York'],
    ['Ponta Delgada, 03 nov 2026 (Lusa) – Pelo menos 62 pessoas foram retiradas.', 'Pelo menos 62 pessoas foram retiradas.', 'Lusa', 'Ponta Delgada'],
    ['MOSCOW, Oct 7 (AP) — Russia said.', 'Russia said.', 'AP', 'MOSCOW'],
    ['ÉVORA (Lusa) – O presidente disse.', 'O presidente disse.', 'Lusa', 'ÉVORA'],
    ['BERLIN/PARIS (dpa) - Die Minister trafen sich.', 'Die Minister trafen sich.', 'dpa', 'BERLIN/PARIS'],
    ['KYIV — Ukraine said.', 'Ukraine said.', null, 'KYIV'],
    ['CHENGDU, June 11 (Xinhua) -- Freight trains ran.', 'Freight trains ran.', 'Xinhua', 'CHENGDU'],
    ['AUSTIN, Texas, March 10, 2026 /BusinessPress Wire/ -- Voltaris Energy, Inc. today announced plans.', 'Voltaris Energy, Inc. today announced plans.', null, 'AUSTIN, Texas'],
    ['KOLKATA: Left-arm spinner Sayan Mondal took four wickets.', 'Left-arm spinner Sayan Mondal took four wickets.', null, 'KOLKATA'],
    ['NASA said on Monday: the launch is delayed.', 'NASA said on Monday: the launch is delayed.', null, null],
    ['Madrid - La Junta ha aprobado.', 'Madrid - La Junta ha aprobado.', null, null],
    ['NATO - the alliance - said.', 'NATO - the alliance - said.', null, null],
    ['THUWAL, Saudi Arabia — Cables picked up the sound.', 'Cables picked up the sound.', null, 'THUWAL, Saudi Arabia'],
    ['Murau/Graz (APA) - Die Klinik schließt.', 'Die Klinik schließt.', 'APA', 'Murau/Graz'],
    ['Zlín 11. března (ČTK) - Vědci vyvinuli fólii.', 'Vědci vyvinuli fólii.', 'ČTK', 'Zlín'],
    ['CANFRANC (HUESCA), 24 Mar. (EUROPA PRESS) - El laboratorio ha abierto.', 'El laboratorio ha abierto.', 'EUROPA PRESS', 'CANFRANC'],
    ['ZARAGOZA, 24 (EUROPA PRESS) - El Gobierno ha aprobado el plan.', 'El Gobierno ha aprobado el plan.', 'EUROPA PRESS', 'ZARAGOZA'],
    ['BUCHANAN, Grand Bassa County, July 16 (MRPS) – The agency ordered people out.', 'The agency ordered people out.', 'MRPS', 'BUCHANAN, Grand Bassa County'],
  ])('%s', (paragraph, text, agency, place) => {
    expect(splitDateline(paragraph)).toEqual({ text, agency, place });
  });

  it('reads the agency and the place of a dateline on its own line', () => {
    expect(datelineLine('MADRID, 21 Oct. (EUROPA PRESS) -')).toEqual({ agency: 'EUROPA PRESS', place: 'MADRID' });
    expect(datelineLine('MADRID -')).toEqual({ agency: null, place: 'MADRID' });
    expect(datelineLine('The council met on Monday -')).toBeNull();
  });
});

describe('agency after a byline', () => {
  it('takes "dpa" in "Von Anna Berger und Jonas Klein, dpa" as the source', () => {
    const text = [
      'Senat verfehlt Neubauziel',
      '',
      'Von Anna Berger und Jonas Klein, dpa',
      '14.05.2024',
      '',
      'Berlin hat im vergangenen Jahr deutlich weniger neue Wohnungen gebaut als geplant, wie das Landesamt mitteilte.',
    ].join('\n');
    const r = extractFromText(text, now);
    expect([r.author, r.source]).toEqual(['Anna Berger und Jonas Klein', 'dpa']);
  });
});

describe('leftovers in other languages', () => {
  it.each([
    'Weiterlesen nach der Anzeige',
    'La suite après cette publicité',
    'Continúa después de la publicidad',
    "L'articolo continua dopo la pubblicità",
    'Lees verder na de advertentie',
    'Temps de lecture : 3 min',
    'Photo credit: Jane Roe',
    'El presidente saluda a los asistentes. Imagen: EFE',
  ])('%s is junk', (line) => {
    expect(junkKind(line)).toBe('boilerplate');
  });

  it('strips a title-case dateline naming a country before the agency', () => {
    expect(splitDateline('Rome, Italy (CNN) - The pope said.')).toEqual({ text: 'The pope said.', agency: 'CNN', place: 'Rome, Italy' });
  });
});

describe('hard-wrap evidence', () => {
  it('does not join headlines when one opens with a lower-case brand name', () => {
    const text = [
      'Most Popular',
      'Central bank holds rates steady and signals patience',
      'iPhone sales slump in China as local rivals gain ground',
      'Tech shares slide after two chipmakers miss forecasts',
      '',
      'The Panama Canal Authority said on Wednesday it would cut the number of daily ship crossings to 32 from 36, the second reduction this summer.',
    ].join('\n');
    const units = textLineFeatures(text, now).map((u) => u.text);
    expect(units).toContain('iPhone sales slump in China as local rivals gain ground');
    expect(units).toContain('Central bank holds rates steady and signals patience');
  });
});

describe('byline on the date line', () => {
  it.each([
    ['Sarah Lindqvist | Riverton Gazette | March 5, 2024', 'Sarah Lindqvist', 'Riverton Gazette'],
    ['Sarah Lindqvist, Riverton Gazette, March 5, 2024', 'Sarah Lindqvist', 'Riverton Gazette'],
    ['Riverton Gazette | March 5, 2024', null, 'Riverton Gazette'],
    ['Hannah Cole | March 5, 2024 4:10 pm', 'Hannah Cole', null],
    ['The Valley Times | March 5, 2024', null, 'The Valley Times'],
    ['Posted March 5, 2024 by Kofi Mensah, Staff Writer', 'Kofi Mensah', null],
    ['March 5, 2024 6:12 PM ET', null, null],
  ])('%s', (line, author, source) => {
    const text = ['Council approves harbour plan', '', line, '', 'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours.'].join('\n');
    const r = extractFromText(text, now);
    expect([r.published, r.author, r.source]).toEqual(['2024-03-05', author, source]);
  });
});

describe('a masthead over the headline', () => {
  const body = 'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours, with residents packing the public gallery.';
  it.each([
    ['THE RIVERTON DAILY GAZETTE', 'Council approves harbour plan after long debate', 'Council approves harbour plan after long debate'],
    ['FURY AS COUNCIL AXES BINS', 'Residents say they were never asked about the change to fortnightly collections in the town', 'FURY AS COUNCIL AXES BINS'],
  ])('%s', (first, second, title) => {
    const r = extractFromText([first, '', second, '', 'By Sam Reed', 'March 5, 2024', '', body].join('\n'), now);
    expect(r.title).toBe(title);
  });
});

describe('byline lines around the date line', () => {
  const body = 'The council approved the plan on a narrow vote after a long debate that lasted well into the evening hours.';
  it.each([
    [['Nadia Farouk', 'Senior Health Correspondent', '5 March 2024'], 'Nadia Farouk'],
    [['Tom Hale in Lagos and Ines Carvalho in Lisbon', 'Published March 5 2024'], 'Tom Hale and Ines Carvalho'],
    [['Ines Carvalho in Lisbon', 'March 5, 2024'], 'Ines Carvalho'],
  ])('%j', (lines, author) => {
    const r = extractFromText(['Council approves harbour plan', '', ...lines, '', body].join('\n'), now);
    expect([r.published?.slice(0, 10), r.author]).toEqual(['2024-03-05', author]);
  });
});

describe('hard-wrapped text without blank lines', () => {
  it('keeps joined paragraphs within the line length limit', () => {
    const para =
      'The harbour board approved plans for a new ferry terminal on Tuesday,\nending a two-year dispute with residents who had argued that the\nbuilding would block views of the old lighthouse from the promenade.\n';
    const units = textLineFeatures(`Harbour board approves terminal\n\n${para.repeat(400)}`, now);
    expect(Math.max(...units.map((u) => u.text.length))).toBeLessThanOrEqual(4000);
  });
});

describe('headline, deck and caption above the body', () => {
  const body = [
    'The harbour board approved plans for a new ferry terminal on Tuesday, ending a two-year dispute with residents who had argued that the building would block views of the old lighthouse.',
    '',
    'The terminal will cost about 40 million pounds and is expected to open in the spring of 2026, the board said in a statement on its website.',
    '',
    'Construction will begin after the summer season so that tourist traffic is not disrupted, a spokesperson for the board added on Wednesday.',
  ];
  /** A page: the given lines above the body. */
  const page = (...top: string[]): string => [...top, '', ...body].join('\n');

  it('takes the headline over the longer deck under it', () => {
    const text = page(
      'The Coastal Ledger',
      'News | Business | Sport | Opinion',
      '',
      'Harbour board backs £40m ferry terminal after two-year row',
      '',
      'Residents lose lighthouse fight; construction starts in autumn; board promises stable fares, new parking, cycle lanes',
      '',
      'By Jane Doe',
      'March 5, 2024',
    );
    expect(extractFromText(text, now).title).toBe('Harbour board backs £40m ferry terminal after two-year row');
  });

  it('keeps a site tagline under the menu out of the title', () => {
    const text = page(
      'Skip to main content',
      'World  Business  Markets  Technology  More',
      'Independent news and analysis for the maritime industry',
      '',
      'Harbour board backs ferry terminal after row',
      '',
      'By Jane Doe',
      'March 5, 2024',
    );
    expect(extractFromText(text, now).title).toBe('Harbour board backs ferry terminal after row');
  });

  it('drops marked captions, video teasers and live tickers, and does not take them for the headline', () => {
    const captioned = [
      'LIVE SCORE  Harbour 2-1 Bay (FT)',
      '',
      'Harbour board backs ferry terminal after row',
      '',
      'By Jane Doe in Portsmouth',
      'Posted Tue 5 Mar 2024 at 6:38pm',
      '',
      'The old ferry terminal at dusk, seen from the promenade on Monday evening. (Coastal Ledger: Sam Roe)',
      '',
      '[Image: The pier at low tide. Photo courtesy of the harbour board]',
      '',
      ...body.slice(0, 2),
      'Watch: Drone footage shows the site of the new terminal',
      '',
      ...body.slice(2),
    ].join('\n');
    const r = extractFromText(captioned, now);
    expect(r.title).toBe('Harbour board backs ferry terminal after row');
    expect(r.author).toBe('Jane Doe');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs.join(' ')).not.toMatch(/Drone footage|courtesy|at dusk/);
  });

  it('reads the writer above the paper and the writer opening an "Updated" line', () => {
    const above = page('Harbour board backs ferry terminal after row', '', 'Jane Doe', 'Coastal Ledger', 'Published 5:12 p.m. ET March 5, 2024');
    expect(extractFromText(above, now).author).toBe('Jane Doe');
    const updated = page('Harbour board backs ferry terminal after row', '', 'Jane Doe | Portsmouth | Updated: 5 Mar 2024, 09:47 PM GMT');
    expect(extractFromText(updated, now).author).toBe('Jane Doe');
  });

  it('leaves the outlet out of "By NAME FOR OUTLET" and reads "Posted by"', () => {
    const tabloid = page('Harbour board backs ferry terminal after row', '', 'By JANE DOE FOR MAILSPORT', '5 March 2024');
    expect(extractFromText(tabloid, now).author).toBe('Jane Doe');
    const posted = page('Harbour board backs ferry terminal after row', '', 'Posted by Jane Doe', 'March 5, 2024');
    expect(extractFromText(posted, now).author).toBe('Jane Doe');
  });

  it('reads the date of an entry meta line that names a desk, and of one a text dump ran together', () => {
    const title = 'Harbour board backs ferry terminal after row';
    const written = page('Friday, October 30, 2026', 'Weather 4°C', title, 'Written by Harbour News staff on 28 October 2026 in Environment and Courts');
    expect(extractFromText(written, now).published).toBe('2026-10-28');
    const glued = page(title, '', 'Posted bynewsdeskMay 20, 2026Leave a comment on Harbour board backs ferry terminal after row');
    expect(extractFromText(glued, now).published).toBe('2026-05-20');
  });

  it('reads the writer beside the date and a reading time: "Divya Ramanathan November 4, 2026 4 min read"', () => {
    const r = extractFromText(page('Harbour board backs ferry terminal after row', 'Divya Ramanathan November 4, 2026 4 min read'), now);
    expect(r.author).toBe('Divya Ramanathan');
    expect(r.published).toBe('2026-11-04');
  });

  it('reads a dump\'s fetch time as no publication date when the page gives one', () => {
    const fetched = page('Harbour board backs ferry terminal after row', 'fetched: 2026-10-30T16:05:12-07:00', 'By Jane Doe | 28 October 2026');
    expect(extractFromText(fetched, now).published).toBe('2026-10-28');
  });

  it('reads writers beside an agency, under a section label, at a venue and signing off', () => {
    const title = 'Harbour board backs ferry terminal after row';
    const cases: Array<[string[], string]> = [
      [['By JANE DOE and JOHN ROE Associated Press', 'March 5, 2024'], 'Jane Doe and John Roe'],
      [['Sofia Carvalho (com Lusa)', '15 ago 2025, 19:37'], 'Sofia Carvalho'],
      [['Jane Doe', 'Energy Reporter', 'Updated: 12/03/2024'], 'Jane Doe'],
      [['Par Claire Dubois (avec Marc Roe à Redon)', 'Publié le 28 janvier 2025 à 18h42'], 'Claire Dubois'],
    ];
    for (const [meta, want] of cases) {
      expect(extractFromText(page(title, '', ...meta), now).author).toBe(want);
    }
    const signedOff = [title, '', 'Wednesday, 5th February 2025, 4:52 pm', '', ...body, '', 'By Morag Currie', '', 'Comments (27)'].join('\n');
    expect(extractFromText(signedOff, now).author).toBe('Morag Currie');
    const teaserBelow = [title, '', 'March 5, 2024', '', ...body, '', 'The truth about the credit crunch', 'by Phil Roe', '10 January 2008'].join('\n');
    expect(extractFromText(teaserBelow, now).author).toBeNull();
  });

  it('gives a press release from a company no author', () => {
    const release = page('News provided by', 'Harbour Ferries, Inc.', 'Mar 5, 2024, 09:00 ET', '', 'Harbour Ferries Orders Two Electric Vessels');
    expect(extractFromText(release, now).author).toBeNull();
  });
});

describe('closing matter under business and paywalled stories', () => {
  it.each([
    'Disclaimer: The views and recommendations made above are those of individual analysts, and not of the paper.',
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.',
    'Catch all the Business News and Latest News Updates on The Coastal Ledger. Download The Coastal Ledger App to get Daily Market Updates.',
    'Vous avez lu 2 articles gratuits ce mois-ci. Abonnez-vous pour continuer à lire.',
    'Sie haben 3 von 5 kostenlosen Artikeln gelesen.',
    'Subscribe to MarketDesk PRO for exclusive insights and analysis.',
    'Do you want to automatically post your MailOnline comments to your Facebook Timeline?',
    'To read this article in full you must be registered with the site.',
    'Read: Tension as rival camps clash in the run-up to the vote',
    'Is your warehouse ready for peak season? Download the benchmark report →',
    'Join the Highveld Herald on WhatsApp for breaking business news.',
    'Sponsored · Is your incident response ready? Download the checklist',
    'PUB',
  ])('%s is junk', (line) => {
    expect(junkKind(line)).toBe('boilerplate');
  });

  it('reads a PHP warning printed into the page as code', () => {
    expect(junkKind('Warning: Undefined array key "thumb_caption" in /var/www/html/wp-content/themes/site/inc/template-tags.php on line 214')).toBe('code');
  });

  it('keeps sentences that merely talk about disclaimers, quotes and reading', () => {
    for (const line of [
      'The bank added a disclaimer to its forecast, saying the figures could change.',
      'Quotes from the minister were read out in parliament on Tuesday.',
      'He said he had read all of the reports before the meeting.',
      '« Nous serons aux côtés des sinistrés, a-t-il déclaré. L\'État sera au rendez-vous. »',
    ]) expect(junkKind(line)).toBeNull();
  });
});

describe('bylines and promos of other sites', () => {
  it('reads two writers with where each filed from', () => {
    const r = extractFromText(['Soludo leads as collation resumes', '', 'By Chinedu Okafor (Awka) and Ifeoma Nwankwo (Abuja)', 'November 9, 2025', '', 'The count resumed on Sunday in all nineteen councils of the state, officials said, after a night of delays and protests.', ''].join('\n'), new Date('2030-01-01'));
    expect(r.author).toBe('Chinedu Okafor and Ifeoma Nwankwo');
  });

  it('drops channel plugs, breaking bars, results tickers and a feed footer, with or without an emoji before them', () => {
    for (const line of [
      'Malaya Today is now on WhatsApp. Click here to follow our channel.',
      '🔔 Get breaking science news from Japan: follow us on LINE and Bluesky.',
      '🔴 ÚLTIMO MINUTO: Sismo de magnitud 5,1 se percibe en Antofagasta y Calama',
      '⚽ SPL RESULTS: Sailors 3-2 Tampines · Geylang 1-1 Balestier · Albirex 2-0 Hougang',
      'The post Court jails mining firm boss appeared first on Gold Coast Voice.',
      'Receba as principais notícias de economia no seu e-mail. Cadastre-se na newsletter Portal Econômico Manhã.',
    ])
      expect(junkKind(line), line).toBe('boilerplate');
    expect(junkKind('Celtic beat Rangers 2-1 and Hearts drew 1-1 with Hibs on a wet Sunday in Glasgow.')).toBeNull();
  });
});

describe('a story saved from a mail client or an archive page', () => {
  it('drops the mail client’s warnings and the archive’s age notice, and reads the subject line as the headline', async () => {
    for (const line of [
      'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.',
      'View this email in your browser<https://example.com/am/2026-11-16>',
      'This article is more than 1 month old',
    ]) {
      expect(junkKind(line), line).toBe('boilerplate');
    }
    expect(junkKind('This article is more than a summary of the debate.')).toBeNull();
    const text = [
      'Subject: Fwd: Early snow traps 640 tourists on the road to Nathu La',
      '',
      'Tourists stranded by early snow on the road to Nathu La were brought down to Gangtok on Thursday after a rescue that went on through the night.',
      '',
      'Army and police teams cleared the road with two snow cutters and walked elderly visitors down the last stretch, the district administration said.',
    ].join('\n');
    const cleaned = await cleanDocument(decodeDocument(new TextEncoder().encode(text), { key: 'mail.txt' }), { now });
    expect(cleaned.title).toBe('Early snow traps 640 tourists on the road to Nathu La');
  });
});

describe('a hard-wrapped wire story', () => {
  it('joins a paragraph whose first line opens with the dateline, across a figure and a capitalised word', () => {
    const text = [
      'Sahyadri Motors to invest $1.5 billion in Tamil Nadu battery plant',
      '',
      'MUMBAI, March 1 (Reuters) - Indian carmaker Sahyadri Motors will invest',
      '125 billion rupees ($1.5 billion) to build a battery cell factory in Tamil',
      'Nadu, the company said on Monday, as it races to cut its reliance on',
      'imported cells for its growing range of electric cars.',
      '',
      'The plant, near Hosur on the state border with Karnataka, will be able',
      'to make 20 gigawatt hours of lithium-iron-phosphate cells a year by 2029,',
      'the company said in a statement to the stock exchanges on Monday.',
    ].join('\n');
    const { title, paragraphs } = extractFromText(text, now);
    expect(title).toBe('Sahyadri Motors to invest $1.5 billion in Tamil Nadu battery plant');
    expect(paragraphs[0]).toMatch(/Sahyadri Motors will invest 125 billion rupees .* in Tamil Nadu, the company said on Monday, as it races .* electric cars\.$/);
  });
});

describe('a related-stories box above the last paragraph', () => {
  it('does not end the story when one paragraph follows it before the page’s closing marker', () => {
    const text = [
      'Plymouth stun Fulham to reach the FA Cup quarter-finals',
      '',
      'Plymouth Argyle knocked Fulham out of the FA Cup on Sunday with a late header from their captain at a full Home Park.',
      '',
      'The visitors equalised just before the hour when their winger curled a free-kick over the wall and in off the bar.',
      '',
      'The Plymouth manager said the win would give his players belief for the league run-in and thanked the supporters.',
      '',
      'More on this story',
      'FA Cup fifth round: all the results and reaction as it happened',
      "'We had enough chances to win three games': Fulham manager rues exit",
      '',
      'The win is worth £450,000 in prize money to Plymouth. The quarter-final draw takes place on Monday evening.',
      '',
      'Explore more on these topics',
      'FA Cup',
      'Plymouth Argyle',
      'Share',
      'Reuse this content',
    ].join('\n');
    const { paragraphs } = extractFromText(text, now);
    expect(paragraphs[paragraphs.length - 1]).toBe('The win is worth £450,000 in prize money to Plymouth. The quarter-final draw takes place on Monday evening.');
    expect(paragraphs.join(' ')).not.toContain('all the results and reaction');
  });
});

describe('a standfirst above the lead picture', () => {
  it('is not the article when the picture’s credited caption comes between it and the first paragraph', () => {
    const text = [
      'Farmers block the road to the Dorohusk crossing',
      'By Katarzyna Wójtowicz',
      '22 February 2026, 14:37',
      'Several hundred farmers from the Lublin region have blocked the road to the border crossing since Monday morning. They want grain imports stopped.',
      'Tractors parked across national road 12 at Okopy. Photo: Kurier Nadbużański / Paweł Hołub',
      'Several hundred farmers from the Lublin province have been blocking national road 12, which leads to the border crossing at Dorohusk, since Monday morning.',
      'By the afternoon the queue of lorries waiting to leave Poland was about 30 kilometres long and reached the outskirts of Chełm, the border guard said.',
      'The farmers are protesting against imports of grain, sugar and raspberries, which they say have pushed prices below the cost of production this winter.',
      'The protest was registered with the municipality and is due to last until 8 March, and police said traffic was being diverted through Zosin.',
      'Hauliers waiting at the crossing said they had been told to expect delays of up to three days, and some had turned back towards Lublin.',
    ].join('\n');
    const { paragraphs } = extractFromText(text, now);
    expect(paragraphs[0]).toMatch(/^Several hundred farmers from the Lublin province/);
    expect(paragraphs).toHaveLength(5);
  });
});

describe('a lynx dump of a page that wraps every paragraph', () => {
  it('joins a paragraph whose wrapped lines break on names and a score, reads the headline over a short standfirst, and never the caption over its credit', () => {
    const text = [
      '   [1]Skip to main content',
      '',
      '   [2]The Harbour Courier',
      '',
      '     * [3]News',
      '     * [4]Sport',
      '     * [5]Business',
      '',
      '   [6]Home > [7]Sport > [8]Ice hockey',
      '',
      'Steelers edge Panthers in the derby. Two goals from Novak settle it',
      '',
      '   The home side came back in the second period and moved up to third.',
      '',
      '   By [9]Tom Roe',
      '',
      '   18 October 2026 20:47, updated 18 October 2026 22:10',
      '',
      '   Share: [10]Facebook [11]X [12]E-mail [13]Comments (23)',
      '',
      '   [14][IMG]',
      '   Steelers forward Jan Novak (right) celebrates his second goal. Photo:',
      '   Harbour Courier',
      '',
      '   Sheffield beat their old rivals from Nottingham in the derby at Utilita',
      '   4-2 on Sunday night. They trailed after the first period but turned the',
      '   game around with three goals in six minutes, two of them from Jan',
      '   Novak.',
      '',
      '   The visitors had started the brighter side and went ahead in the eleventh',
      '   minute, when a shot from the blue line deflected off a defender and past',
      '   the goalkeeper, who had no chance to react to the change of direction.',
      '',
      '   Novak levelled midway through the second period from close range after a',
      '   scramble in front of the net, and he gave the home side the lead less',
      '   than three minutes later with a backhand shot between two defenders.',
      '',
      '   "We told each other in the dressing room that we were playing far too',
      '   carefully, and once the lads started skating the game changed," said',
      '   head coach Paul Hartley after the game.',
      '',
      '   The Panthers pulled a goal back late in the third period and took off',
      '   their goalkeeper in the final minute, but Sheffield scored into the',
      '   empty net with twenty seconds left to seal the win in front of the fans.',
    ].join('\n');
    const { title, paragraphs } = extractFromText(text, now);
    expect(title).toBe('Steelers edge Panthers in the derby. Two goals from Novak settle it');
    expect(paragraphs[0]).toMatch(/^Sheffield beat their old rivals .* at Utilita 4-2 on Sunday night\..* two of them from Jan Novak\.$/);
    expect(paragraphs).toHaveLength(5);
  });
});

describe('a broadcaster\'s page copied whole from the browser', () => {
  it('reads the headline over its date, not the caption under the byline, and the writer over a job in sentence case', () => {
    const text = [
      'Skip to content', 'Home', 'News', 'Sport', 'Weather', 'Menu', 'Technology', '',
      'Underwater data centre powered by the tide begins trial off Orkney',
      '5 November 2026', 'Share', 'Save', 'Fiona Gallacher', 'Technology reporter, Scotland', 'Tidewell Compute',
      'The steel pod was lowered to the seabed off Eday in September', '',
      'A pod packed with computer servers has been lowered to the seabed off Orkney in a trial to see whether the islands\' tides can power and cool the data centres.', '',
      'The 12m steel cylinder, built by an Edinburgh start-up, sits 35m down at a tidal test site, where it draws its electricity directly from a turbine moored nearby.', '',
      'Data centres already use about 2.5% of the country\'s electricity, and demand is expected to rise sharply as more of the work moves to artificial intelligence.', '',
      'The pod holds 288 servers and has been running since late September, and so far it has been used to train smaller models for researchers at two universities.',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.title).toBe('Underwater data centre powered by the tide begins trial off Orkney');
    expect(r.author).toBe('Fiona Gallacher');
    expect(r.paragraphs[0]).toMatch(/^A pod packed/);
  });
});

describe('a reader view copied as text', () => {
  it('reads the writer over the reading estimate under the headline, and drops the estimate', () => {
    const text = [
      'harbourlog.example', 'Harbour board backs new ferry terminal despite lighthouse row', 'Tom Roe', '5–7 minutes', '',
      'The harbour board approved plans for a new ferry terminal on Tuesday, ending a two-year dispute with residents who had argued that the building would block views.', '',
      'The terminal will cost about 40 million pounds and is expected to open in the spring of 2026, the board said in a statement, adding that construction would begin after the summer.', '',
      'Residents who opposed the plans said they would consider a legal challenge, but the board said it had followed every step of the planning process and expected no further delays.',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.author).toBe('Tom Roe');
    expect(r.paragraphs.join('\n')).not.toMatch(/minutes/);
  });
});

describe('a writer named under the picture’s credit, over the date', () => {
  it('is the author, not part of the caption, and the bio that names them at the foot goes', () => {
    const text = [
      'Wirtschaft', 'Abo', 'Stellenabbau im Rheintal', 'Präzisionsmechaniker streicht in Altstätten 180 Stellen und verlagert nach Tschechien',
      'Der starke Franken und die US-Zölle setzen der Rheintaler Präzisionsmechanik zu. Die Gewerkschaft spricht von einem «schwarzen Tag» für die Region.',
      'Die Produktionshalle in Altstätten: Ein Drittel der Stellen fällt bis Ende 2027 weg.', 'Foto: Claudio Brunner (Keystone)',
      'Nina Aebischer', 'Publiziert: 12.11.2026, 17.45 Uhr', 'Aktualisiert: 13.11.2026, 07.20 Uhr', 'Merken', 'Drucken', 'Teilen',
      'Die Rheintaler Präzisionsmechanik AG baut an ihrem Hauptsitz in Altstätten 180 von rund 540 Stellen ab, wie das Unternehmen am Donnerstag mitteilte.', '',
      'Ein Grossteil der Fertigung von Getriebeteilen wird in ein Werk in Tschechien verlagert, das die Firma vor drei Jahren übernommen hat und das nun ausgebaut wird.', '',
      'Die Gewerkschaft Unia spricht von einem schwarzen Tag für die Region und verlangt, dass der Sozialplan auch für ältere Mitarbeitende gilt, die kaum eine neue Stelle finden.', '',
      'Der Gemeindepräsident von Altstätten sagte, die Stadt verliere einen ihrer grössten Arbeitgeber, und kündigte Gespräche mit dem Kanton über die Zukunft des Industriegebiets an.', '',
      'Die Firma begründet den Schritt mit dem starken Franken und den Zöllen auf Lieferungen in die USA, die seit dem Sommer auf einen grossen Teil ihrer Produkte erhoben werden.', '',
      'Nina Aebischer ist Wirtschaftsredaktorin und schreibt über die Ostschweizer Industrie.',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.author).toBe('Nina Aebischer');
    expect(r.published?.slice(0, 10)).toBe('2026-11-12');
    expect(r.paragraphs.join('\n')).not.toMatch(/Wirtschaftsredaktorin/);
  });
});

describe('a caption under an image placeholder', () => {
  it('is never the headline, even when the picture sits closer to the story than the headline does', () => {
    const text = [
      'EXPORTAÇÕES',
      '',
      'Cortiça bate recorde de exportações até setembro com vinhos espumantes a',
      'puxar pelas rolhas',
      '',
      'As vendas ao exterior cresceram 6,8% nos primeiros nove meses do ano, para',
      '1.094 milhões de euros, segundo a associação do setor',
      '',
      'Lusa',
      '21 out 2026, 14:32 | Atualizado: 21 out 2026, 16:05',
      '[Partilhar no Facebook] [Partilhar no X] [Partilhar no WhatsApp] [Enviar por',
      'e-mail] [Copiar link]',
      '',
      '[image]',
      'Rolhas de cortiça numa linha de escolha em Santa Maria da Feira. Paulo',
      'Cunha/Lusa',
      '',
      'Lisboa, 21 out 2026 (Lusa) – As exportações portuguesas de cortiça atingiram',
      '1.094 milhões de euros entre janeiro e setembro, um máximo histórico para o',
      'período e mais 6,8% do que no mesmo período de 2025, anunciou hoje a',
      'Associação Portuguesa da Cortiça (APCOR).',
      '',
      'Segundo a associação, que cita dados do Instituto Nacional de Estatística',
      '(INE), as rolhas continuam a representar cerca de 72% do valor exportado,',
      'com destaque para as rolhas destinadas a vinhos espumantes, que cresceram',
      '11,3%.',
    ].join('\n');
    expect(extractFromText(text, now).title).toBe('Cortiça bate recorde de exportações até setembro com vinhos espumantes a puxar pelas rolhas');
  });
});

describe('a text browser’s dump whose first line is the logo’s placeholder and the day', () => {
  it('takes the headline further down, not that line', () => {
    const text = [
      '   [logo-echo-du-massif]                                  Vendredi 4 décembre 2026',
      '',
      '   [ Rechercher ] ____________________     S\'abonner   Se connecter',
      '',
      '     * Actualités',
      '     * Clermont-Ferrand',
      '     * Puy-de-Dôme',
      '     * Sciences',
      '     * Économie',
      '     * Sports',
      '     * Loisirs',
      '     * Avis de décès',
      '',
      '   Accueil > Sciences > Volcanologie',
      '',
      '   SCIENCES',
      '',
      '   Puy de Dôme : des détecteurs de muons réalisent la première « radiographie »',
      '   complète du volcan',
      '',
      '   Installés depuis deux ans sur les flancs du géant des Dômes, cinq télescopes',
      '   à muons ont permis à des chercheurs clermontois de cartographier l\'intérieur',
      '   du dôme de lave. Leurs résultats sont publiés ce jeudi.',
      '',
      '   Par Claire Fontanel',
      '',
      '   Publié le 03/12/2026 à 18h05, mis à jour le 03/12/2026 à 18h40',
      '',
      '   Partager :   [Facebook]   [X]   [WhatsApp]   [E-mail]   [Copier le lien]',
      '',
      '   [IMG]',
      '   L\'un des cinq détecteurs installés sur les pentes du puy de Dôme, ici à',
      '   proximité du sommet. Photo L\'Écho du Massif / Thierry Vallat',
      '',
      '   Des chercheurs clermontois ont réalisé la première image complète de',
      '   l\'intérieur du puy de Dôme à l\'aide de particules venues de l\'espace. Les',
      '   résultats de ce travail, mené pendant plus de deux ans, ont été publiés ce',
      '   jeudi dans la revue Geophysical Research Letters.',
      '',
      '   La technique, appelée tomographie muonique, repose sur les muons, des',
      '   particules produites lorsque les rayons cosmiques heurtent la haute',
      '   atmosphère. Des milliers d\'entre eux traversent chaque minute chaque mètre',
      '   carré de la surface terrestre, et une partie seulement parvient à franchir',
      '   la roche. En comptant ceux qui ressortent de l\'autre côté du volcan, on peut',
      '   déduire la densité de ce qu\'ils ont traversé, un peu comme sur une',
      '   radiographie.',
      '',
      '   « C\'est le même principe qu\'à l\'hôpital, sauf que notre source de rayons,',
      '   c\'est le ciel, et qu\'il faut des mois pour obtenir une image », explique',
      '   Mathilde Roussel, physicienne au Laboratoire de physique de Clermont',
      '   Auvergne (LPCA), qui a coordonné le projet.',
      '',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.title).toBe('Puy de Dôme : des détecteurs de muons réalisent la première « radiographie » complète du volcan');
    expect(r.published?.slice(0, 10)).toBe('2026-12-03');
  });
});

describe('a newspaper page run through pdftotext', () => {
  it('reads the headline the layout broke over two lines, not the standfirst under it', () => {
    const text = [
      'LINDAU',
      'Montag, 23. November 2026',
      '',
      '19',
      '',
      'Bürgerentscheid',
      '',
      'Klares Nein zum Hotel',
      'am Aeschacher Ufer',
      '',
      '61,4 Prozent stimmen gegen den Bebauungsplan – Oberbürgermeisterin will',
      'das Ergebnis „ohne Wenn und Aber“ umsetzen',
      '',
      'Von Katharina Brugger',
      '',
      'LINDAU – Die Lindauerinnen und Lindauer',
      'haben den Bau eines Hotels am Aeschacher',
      'Ufer gestoppt. Beim Bürgerentscheid am',
      'Sonntag stimmten 61,4 Prozent gegen den',
      'Bebauungsplan, den der Stadtrat im',
      'Frühjahr mit knapper Mehrheit',
      'beschlossen hatte. Die Wahlbeteiligung',
      'lag bei 47,8 Prozent und damit deutlich',
      'über dem nötigen Quorum.',
      'Geplant war ein Haus mit 140 Zimmern,',
      'Tagungsräumen und einem öffentlichen',
      'Seerestaurant auf dem Gelände des',
      'früheren Bauhofs. Bauherr sollte die',
      'Münchner Seeblick Hotelentwicklung GmbH',
      'sein, die rund 48 Millionen Euro',
      'investieren wollte.',
      'Die Bürgerinitiative „Ufer für alle“',
      'hatte im Sommer mehr als 3100 Unter-',
      'schriften gesammelt und damit das',
      'Bürgerbegehren durchgesetzt. Sie',
      'kritisierte vor allem, dass der Uferweg',
      'auf einer Länge von gut 80 Metern hinter',
      'das Hotel verlegt worden wäre.',
      '„Das ist ein Sieg für alle, die den See',
      'nicht nur vom Hotelfenster aus sehen',
      'wollen“, sagte Sprecherin Monika Stadler',
      'am Sonntagabend im Foyer des Alten',
      'Rathauses, wo das Ergebnis gegen 19.30',
      'Uhr feststand. Rund 60 Unterstützer',
      'feierten dort mit Sekt und selbst',
      'gemalten Plakaten.',
      '',
      'Hier hätte das Hotel entstehen sollen: das',
      'frühere Bauhofgelände am Aeschacher Ufer.',
      'FOTO: CHRISTIAN FLATZ',
      '',
      'Oberbürgermeisterin Andrea Kessler',
      '(parteilos) gab sich als faire',
      'Verliererin.',
      '„Die Bürgerinnen und Bürger haben',
      'entschieden, und das setzen wir ohne',
      'Wenn und Aber um“, sagte sie. Der',
      'Stadtrat werde das Bebauungsplan-',
      'verfahren in seiner nächsten Sitzung am',
      '2. Dezember einstellen. Für das Gelände',
    ].join('\n');
    expect(extractFromText(text, now).title).toBe('Klares Nein zum Hotel am Aeschacher Ufer');
  });
});

describe('prose in a language with few function words', () => {
  it('keeps opening paragraphs that name several teams and players and use none of the listed function words', () => {
    const text = [
      'Kuressaare sai linnastaadionil Levadiast jagu', '',
      'Autor: Kadri Põld', 'Avaldatud: 11.07.2026 19:48', '',
      'FC Kuressaare alistas laupäeval kodus Premium liiga 20. vooru mängus FCI Levadia 2:1. Otsustava värava lõi lisaminutitel vahetusest sekkunud Kaspar Aavik.', '',
      'Külalised läksid juhtima juba esimesel poolajal, kui Oskar Pärn lõi nurgalöögi järel peaga palli väravasse. Levadia valitses esimesel poolajal palli, kuid Kuressaare väravavaht tõrjus veel kaks lööki.', '',
      'Teisel poolajal mäng muutus. Kuressaare kapten Martin Sepp realiseeris penalti pärast seda, kui Levadia kaitsja oli ta karistusalas maha võtnud, ja tribüünid elavnesid.', '',
      'Kui kõik tundusid viigiga juba leppivat, saatis Aavik palli kaugelt väravanurka. Tribüünid plahvatasid ja mängijad jooksid nurgalipu juurde tähistama.', '',
      '„Nägin, et väravavaht seisab liiga ees, ja lihtsalt lõin. Selliseid väravaid lööd võib-olla korra elus,“ ütles kahekümneaastane Aavik pärast mängu ajakirjanikele.',
    ].join('\n');
    const { paragraphs } = extractFromText(text, now);
    expect(paragraphs[0]).toMatch(/^FC Kuressaare alistas/);
    expect(paragraphs).toHaveLength(5);
  });
});

describe('a wire story’s and a chain’s leftovers', () => {
  it('drops the first-published line, a numbered ad slot and the chain’s "Article content" labels', () => {
    for (const line of ['This report by The Canadian Press was first published Oct. 14, 2026.', 'This article was originally published by Futurism. Read the original article.', 'Advertisement 2', 'Article content']) {
      expect(junkKind(line), line).toBe('boilerplate');
    }
    expect(junkKind('This report was first published in 1998 and has been cited hundreds of times since, the authors said.')).toBeNull();
  });
});

describe('a correction note in more languages', () => {
  it('is chrome when it names the earlier version it corrects, and a clarification of fact stays', () => {
    expect(junkKind('Rättelse: I en tidigare version av artikeln stod det att räddningstjänsten ansvarar för Kungsbacka.')).toBe('boilerplate');
    expect(junkKind('Précision : une version précédente de cet article indiquait que l’étude portait sur 400 bélugas.')).toBe('boilerplate');
    expect(junkKind('Précision : la mairie a confirmé la date de la réunion publique, qui aura lieu jeudi.')).toBeNull();
  });
});

describe('ads, editors and masthead cities', () => {
  const body = [
    'Dairy farms across northern Wisconsin are closing at the fastest pace in a decade, state figures show, as prices stay low.',
    'The state lost 412 dairy herds in the first eight months of the year, according to the agriculture department in Madison.',
    'Farmers blame low milk prices and rising feed costs, and many say their children do not want to take over the work.',
    '"We are the last ones on this road," said one farmer near Abbotsford, who milks 80 cows with his brother.',
  ];

  it('drops the lines an ad label opens up to the blank line that closes them, on a page without blank lines between paragraphs', () => {
    const text = ['Wisconsin dairy farms close at record pace', '', 'Home', 'News', 'Opinion', 'Farm', body[0], body[1], 'Sponsored Content', 'This Tiny Device Cuts Your Electric Bill in Half (Utility Companies Hate It)', 'PowerSaver Pro', '', body[2], body[3]].join('\n');
    const { paragraphs } = extractFromText(text, now);
    expect(paragraphs).toEqual(expect.arrayContaining([body[0], body[2], body[3]]));
    expect(paragraphs.join('\n')).not.toMatch(/Tiny Device|PowerSaver/);
  });

  it('reads the byline, not the edition city beside the date over the masthead', () => {
    const text = ['THE NATIONAL COURIER', '', 'Thursday, January 11, 2018 | New Delhi', '', 'Wisconsin dairy farms close at record pace', '', 'By Debashis Mitra', '', 'First Published: January 10, 2018 09:58 PM IST', '', ...body.flatMap((p) => [p, ''])].join('\n');
    expect(extractFromText(text, now).author).toBe('Debashis Mitra');
  });

  it("takes a name the page gives only as its editor's for no author", async () => {
    const html = `<html><head><title>Freight trains double trips</title><meta name="author" content="Liu Min"></head><body><h1>Freight trains double trips</h1><p>Source: Xinhua Editor: Liu Min</p>${body.map((p) => `<p>${p}</p>`).join('')}<p>(Editor: Liu Min)</p></body></html>`;
    const cleaned = await cleanDocument(decodeDocument(new TextEncoder().encode(html), { key: 'page.html' }), { now });
    expect(cleaned.author).toBeNull();
    const signed = html.replace('<h1>Freight trains double trips</h1>', '<h1>Freight trains double trips</h1><p>By Liu Min</p>');
    expect((await cleanDocument(decodeDocument(new TextEncoder().encode(signed), { key: 'page.html' }), { now })).author).toBe('Liu Min');
  });
});

describe('a page saved by a browser as text, every link followed by its address', () => {
  const link = (path: string): string => `<https://www.valleytimes.example/${path}>`;
  const text = [
    `Valley Times ${link('')}`,
    `Skip to content ${link('#content')}`,
    '',
    ` * News ${link('news/')}`,
    ` * Farming ${link('farming/')}`,
    ` * Sport ${link('sport/')}`,
    ` * Opinion ${link('opinion/')}`,
    '',
    `Home ${link('')} > Farming ${link('farming/')}`,
    '',
    'Drone cameras spot leafroll virus in valley vineyards weeks early',
    '',
    `By Marta Koenig ${link('author/marta-koenig/')}`,
    'Wednesday 10 February 2027, 06:00',
    '',
    `Share: Facebook ${link('share/fb')} WhatsApp`,
    `${link('share/wa')} X ${link('share/x')} Email`,
    '<mailto:?subject=Drone%20cameras>',
    '',
    'Researchers at the state university have built a system that uses cameras on',
    'drones to find vines infected with leafroll virus before the leaves turn red,',
    'weeks earlier than a person walking the rows can see it.',
    '',
    'The system was tested over two seasons on eleven farms in the valley. It found',
    '91 percent of the infected vines, the researchers said. A grower who used it',
    'last season on his farm near the river, the researchers said, pulled out 1',
    '400 vines that had tested positive and saved the rest of the block.',
    '',
    `READ ALSO: Harvest down 8% after wet spring ${link('farming/harvest-down/')}`,
    '',
    'The team will test the system in two more regions this year, and a company set',
    'up by the university will sell it to farmers from next season on.',
    '',
    `Privacy ${link('privacy/')} | Terms ${link('terms/')} | Contact ${link('contact/')}`,
  ].join('\n');

  it('reads the headline and the byline without the addresses, and joins a figure broken at its thousands', async () => {
    const doc = await cleanDocument(decodeDocument(new TextEncoder().encode(text), { key: 'incoming/leafroll.txt' }), { now });
    expect(doc.title).toBe('Drone cameras spot leafroll virus in valley vineyards weeks early');
    expect(doc.author).toBe('Marta Koenig');
    const body = doc.paragraphs.join('\n');
    expect(body).not.toContain('<https://');
    expect(body).toContain('pulled out 1 400 vines that had tested positive');
    expect(doc.paragraphs[doc.paragraphs.length - 1]).toMatch(/^The team will test .* from next season on\.$/);
  });
});

describe('a story posted in a chat channel, copied with the posts around it', () => {
  const story = [
    'A late header from defender Prince Kollie gave the home side a 2-1 win over their old rivals at the national stadium on Sunday and kept the title race alive.',
    'The visitors took the lead in the 18th minute when their striker curled a free kick over the wall from 25 yards, and the home side equalised five minutes before halftime.',
    'With the match heading for a draw, the home side won a corner in the 88th minute, and Kollie rose highest at the near post to head past the goalkeeper.',
    'The home side travel to face the league leaders next Sunday, while their rivals host the promoted side at the old stadium.',
  ];
  const text = [
    'Monrovia Sports Beat',
    'Channel · 18.6K followers',
    '',
    'Kollie header keeps title race alive',
    '',
    'By Emmanuel Sackor',
    '',
    ...story.flatMap((p) => [p, '']),
    '👉 Full story & photos: monroviasportsbeat.example/kollie-header',
    'monroviasportsbeat.example',
    'Kollie header keeps title race alive - Monrovia Sports Beat',
    'A late header from Prince Kollie gave the home side a 2-1 win.',
    '21:14',
    '❤️ 412  👏 98  😢 23',
    '',
    'Today',
    '🚨 TRANSFER: The champions sign a Ghanaian midfielder on a one-year deal. More to come.',
    '09:02',
    '👍 120  🔥 14',
  ].join('\n');

  it('ends the story before the link’s preview card, the reaction counts and the channel’s next post', () => {
    const { paragraphs } = extractFromText(text, now);
    expect(paragraphs[paragraphs.length - 1]).toBe(story[3]);
    expect(paragraphs.join('\n')).not.toMatch(/TRANSFER|Monrovia Sports Beat|412/);
  });
});

describe('a select-all copy with a share bar and a caption between the byline and the text', () => {
  it('finds the headline above them, under the section label and over its standfirst', () => {
    const story = [
      'A Oliveiras do Ardila, empresa agrícola com sede em Serpa, vai investir 38 milhões de euros na construção de um lagar de azeite em Moura, com capacidade para transformar 90 mil toneladas de azeitona por campanha. A unidade deverá começar a laborar em outubro de 2027 e criar 70 postos de trabalho permanentes, a que se juntam cerca de 150 sazonais durante a colheita.',
      'O projeto foi apresentado na segunda-feira, numa sessão com a presidente da Câmara Municipal de Moura, Luísa Serrano, e com responsáveis da EDIA, a empresa pública que gere o sistema de rega de Alqueva.',
      'O lagar vai ocupar uma parcela de 14 hectares na Zona Industrial de Moura. Para além das linhas de extração e da adega de armazenamento, o projeto inclui uma central de biomassa que vai queimar o bagaço e o caroço da azeitona para produzir vapor e eletricidade para a própria fábrica.',
    ];
    const text = [
      'Saltar para o conteúdo',
      'quinta-feira, 25 junho 2026',
      'Sobre nós',
      'Publicidade',
      'Contactos',
      'Planície Económica',
      'Economia e negócios do Alentejo',
      'Início',
      'Agroindústria',
      'Energia',
      'Turismo',
      'Empresas',
      'Emprego',
      'Fundos europeus',
      'Opinião',
      'Pesquisar',
      'Em destaque',
      'Beja: aeroporto recebe primeiro voo de carga com cereja para o Canadá',
      '',
      'Início » Agroindústria » Azeite',
      '',
      'Agroindústria',
      '',
      'Grupo de Serpa investe 38 milhões num lagar em Moura para 90 mil toneladas de azeitona',
      '',
      'A Oliveiras do Ardila quer laborar a partir da campanha de 2027 e criar 70 postos de trabalho permanentes. O projeto inclui uma central de biomassa alimentada com o bagaço.',
      '',
      'Por Ana Godinho',
      '23 de junho de 2026 10:45',
      'Atualizado: 24 de junho de 2026 09:30',
      '4 min de leitura',
      'Partilhar',
      'Facebook',
      'X',
      'LinkedIn',
      'WhatsApp',
      'Email',
      '',
      'Olival em sebe regado com água de Alqueva, no concelho de Moura. Foto: Planície Económica / Nuno Veiga',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const a = extractFromText(text, now);
    expect(a.title).toBe('Grupo de Serpa investe 38 milhões num lagar em Moura para 90 mil toneladas de azeitona');
    expect(a.published).toBe('2026-06-23');
    expect(a.author).toBe('Ana Godinho');
    expect(a.paragraphs).toEqual(story);
  });
});
