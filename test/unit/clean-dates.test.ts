import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFirstOnPage, findDates, NOT_PUBLISHED_RE, onPrintedDay, parseDate } from '../../functions/core/clean/dates.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { extractFromText } from '../../functions/core/clean/text.js';

const now = new Date('2024-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2015-11-22', null, '2015-11-22'],
    ['2015-11-22T14:53:45Z', null, '2015-11-22T14:53:45+00:00'],
    ['2015-11-22T14:53:45+0530', null, '2015-11-22T14:53:45+05:30'],
    ['2015-11-22T14:53:45', null, '2015-11-22'],
    ['Sun Nov 22, 2015 14:53:45', null, '2015-11-22'],
    ['November 22nd, 2015 at 2:53 pm EST', null, '2015-11-22T14:53:00-05:00'],
    ['22 November 2015', null, '2015-11-22'],
    ['Nov. 22, 2015', null, '2015-11-22'],
    ['le 1er décembre 2015', 'fr', '2015-12-01'],
    ['lundi 3 mars 2014 à 10h30', 'fr', '2014-03-03'],
    ['3. März 2014, 10:30 Uhr', 'de', '2014-03-03'],
    ['22.11.2015', 'de', '2015-11-22'],
    ['2023/09/13 22:05', null, '2023-09-13'],
    ['2023.09.13', 'en', '2023-09-13'],
    ['5 de noviembre de 2020', 'es', '2020-11-05'],
    ['04/26/2024 04:44:48 pm', null, '2024-04-26'],
    ['26/04/2024', null, '2024-04-26'],
    ['03/04/2015', 'en', '2015-03-04'],
    ['03/04/2015', 'fr', '2015-04-03'],
    ['03/04/2015', null, null],
    ['2031-01-01', null, null],
    ['July 4, 2031', null, null],
    ['2024-06-01T13:00:00Z', null, null],
    ['February 30, 2015', null, null],
    ['not a date', null, null],
  ] as const)('%s (%s) → %s', (input, lang, expected) => {
    expect(parseDate(input, { now, lang })).toBe(expected);
  });
});

describe('parseDate in more languages', () => {
  it.each([
    ['Objavljeno: 12. listopada 2023. u 14:05', 'hr', '2023-10-12'],
    ['21 listopada 2023', 'pl', '2023-11-21'],
    ['21. listopadu 2023', 'cs', '2023-11-21'],
    ['12. marta 2024.', 'sr', '2024-03-12'],
    ['5. junija 2023', 'sl', '2023-06-05'],
    ['12. marca 2024', 'sk', '2024-03-12'],
    ['12 березня 2024', 'uk', '2024-03-12'],
    ['12 март 2024', 'bg', '2024-03-12'],
    ["3 d'abril de 2024", 'ca', '2024-04-03'],
    ['12 de xuño de 2023', 'gl', '2023-06-12'],
    ['12. maaliskuuta 2024', 'fi', '2024-03-12'],
    ['12. märts 2024', 'et', '2024-03-12'],
    ['2024. március 12. 14:30', 'hu', '2024-03-12'],
    ['2024 m. kovo 12 d.', 'lt', '2024-03-12'],
    ['2024. gada 12. martā', 'lv', '2024-03-12'],
    ['17. 7. 2023 | 07:45', 'sl', '2023-07-17'],
    ['Publikováno 3. 4. 2024', 'cs', '2024-04-03'],
  ])('reads %j (%s)', (text, lang, expected) => {
    expect(parseDate(text, { now, lang })).toBe(expected);
  });
});

describe('publication and update labels in more languages', () => {
  const page = (meta: string): string =>
    `Etusivu | Uutiset | Urheilu\n\nValtuusto päätti lakkauttaa Vuotson kyläkoulun\n\n${meta}\n\nSodankylän kunnanvaltuusto päätti keskiviikkoiltana lakkauttaa Vuotson koulun elokuusta alkaen, vaikka vanhemmat ja kyläyhdistys vastustivat päätöstä pitkään ja näkyvästi.\n\nÄänestys päättyi 23–12. Koulun kuusitoista oppilasta siirtyvät ensi syksynä kirkonkylän kouluun, jonne on matkaa noin kuusikymmentä kilometriä ja koulumatka kestää yli tunnin suuntaansa.\n\nVanhemmat aikovat valittaa päätöksestä hallinto-oikeuteen, kertoi vanhempainyhdistyksen puheenjohtaja keskiviikkona valtuuston kokouksen jälkeen. Myös Saamelaiskäräjät on ilmoittanut tukevansa valitusta.\n\nKunnanjohtajan mukaan lakkautus säästää vuodessa noin 400 000 euroa, ja säästö on välttämätön kunnan talouden tasapainottamiseksi.`;
  it('reads a Finnish page: the "published" date over the "updated" one, a "Teksti:" byline, and the lead as prose', () => {
    const fi = extractFromText(page('Teksti: Sanna Honkanen | Julkaistu 12.3.2024 klo 14.05 | Päivitetty 13.3.2024 klo 9.00'), now, 'fi');
    expect(fi.published).toBe('2024-03-12');
    expect(fi.author).toBe('Sanna Honkanen');
    // Finnish writes few function words: the lead used to be taken for chrome and lost.
    expect(fi.paragraphs[0]).toMatch(/^Sodankylän kunnanvaltuusto/);
  });
  it('reads a "Piše:" or "Avtorica:" byline', () => {
    const hr = extractFromText(page('Piše: Ivo Marić'), now, 'hr');
    expect(hr.author).toBe('Ivo Marić');
    const sl = extractFromText(page('Avtorica: Nina Rozman'), now, 'sl');
    expect(sl.author).toBe('Nina Rozman');
  });
  it.each(['Päivitetty 13.3.2024 klo 9.00', 'Ažurirano: 13.10.2023.', 'Frissítve: 2024. március 13.', 'Aktualizované 13. marca 2024', 'Оновлено 13 березня 2024', 'modifié le 13 mars 2024', 'Téléchargé : 2024-03-13T08:00:00Z'])('reads %j as an update, not the publication', (line) => {
    expect(NOT_PUBLISHED_RE.test(line)).toBe(true);
  });
});

describe('findDates', () => {
  it('finds dates inside a line, in order', () => {
    const found = findDates('Posted on March 5, 2024 – updated 9 March 2024', { now });
    expect(found.map((f) => f.iso)).toEqual(['2024-03-05', '2024-03-09']);
  });
});

describe('day and month order from the page', () => {
  it.each([
    ['Written 12/06/2023. Comments: 13 June 2023 at 8:14 am', true],
    ['Posted 12/06/2023, edited 25/06/2023', true],
    ['Posted 12/06/2023. Reply on June 13, 2023', false],
    ['Posted 12/06/2023, edited 06/25/2023', false],
    ['Posted 12/06/2023', null],
    ['13 June 2023 and June 14, 2023', null],
  ] as const)('%s → %s', (text, dayFirst) => {
    expect(dayFirstOnPage(text)).toBe(dayFirst);
  });

  it('trusts a numeric date that reads one way only over word order, and British spelling over word order', () => {
    expect(dayFirstOnPage('Posted 25/06/2023. Reply on June 13, 2023 and June 14, 2023')).toBe(true);
    const british = 'The funeral will be on Friday, November 21, 2025. The council said the centre would reopen after the colour scheme was agreed. Published: 12/11/2025';
    expect(dayFirstOnPage(british, 'en')).toBe(true);
    expect(dayFirstOnPage(british, 'fr')).toBe(false);
    expect(dayFirstOnPage('The center will reopen in the fall, the organization said on November 21, 2025.', 'en')).toBe(false);
  });

  it('reads day first on a page long enough to tell that is plainly not English, whatever its language', () => {
    const frisian = 'Grutto’s út Fryslân bliuwe hieltyd langer yn West-Afrika foardat se nei harren briedgebieten weromkomme. ' +
      'Dat docht bliken út nij ûndersyk fan de Ryksuniversiteit Grins en de Fryske Akademy, dêr’t sûnt 2016 mear as 300 fûgels mei in lyts sendertsje foar folge binne. Op 12-11-2026.';
    expect(dayFirstOnPage(frisian)).toBe(true);
    const english = 'The birds now arrive in the province nine days later than they did ten years ago, and they stay longer in Senegal and Guinea-Bissau, the researchers said. Posted 12-11-2026.';
    expect(dayFirstOnPage(english)).toBeNull();
    expect(dayFirstOnPage('Grutto’s bliuwe langer. 12-11-2026')).toBeNull();
  });

  it('reads an ambiguous numeric date by the weekday printed beside it', () => {
    expect(findDates('Monday | 07/01/2008', { now, lang: 'en' })[0]?.iso).toBe('2008-01-07');
    expect(findDates('Tue, 07/01/2008', { now, lang: 'en' })[0]?.iso).toBe('2008-07-01');
    expect(findDates('Mercredi 08/11/2023', { now, lang: 'fr', dayFirst: false })[0]?.iso).toBe('2023-11-08');
  });

  it('reads an ambiguous numeric date by the page before the language', () => {
    expect(parseDate('12/06/2023', { now, lang: 'en', dayFirst: true })).toBe('2023-06-12');
    expect(parseDate('12/06/2023', { now, lang: 'fr', dayFirst: false })).toBe('2023-12-06');
    expect(parseDate('12/06/2023', { now, lang: 'en', dayFirst: null })).toBe('2023-12-06');
  });
});

describe('numeric dates with hints', () => {
  it('reads "12-11-2025" in a field like "12/11/2025", by the page’s language, never as a zone offset', () => {
    expect(parseDate('12-11-2025', { now, lang: 'es' })).toBeNull(); // after `now`
    const later = new Date('2030-01-01T00:00:00Z');
    expect(parseDate('12-11-2025', { now: later, lang: 'es' })).toBe('2025-11-12');
    expect(parseDate('12-11-2025', { now: later, lang: 'en' })).toBe('2025-12-11');
  });

  it('finds "12-11-2025" inside a line like "12/11/2025", but not a two-digit year after dashes', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(findDates('Por Catalina Muñoz · 12-11-2025 | 21:40 · Arica', { now: later, lang: 'es' })[0]?.iso.slice(0, 10)).toBe('2025-11-12');
    expect(findDates('Ref 12-11-25 filed', { now: later, lang: 'es' })).toEqual([]);
  });

  it('reads the day first before a 24-hour time in GMT, but not before a US wire’s "a.m. GMT"', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(findDates('Published: 06/11/25 06:00 GMT', { now: later, lang: 'en' })[0]?.iso.slice(0, 10)).toBe('2025-11-06');
    expect(findDates('Published 01/08/2008 - 10:07 a.m. GMT', { now: later, lang: 'en' })[0]?.iso.slice(0, 10)).toBe('2008-01-08');
  });
});

describe('a UTC moment on the day the page prints', () => {
  it('keeps the moment and moves the clock onto the printed day, the day before or after only', () => {
    expect(onPrintedDay('2025-12-02T18:00:00+00:00', '2025-12-03')).toBe('2025-12-03T00:00:00+06:00');
    expect(onPrintedDay('2025-12-12T04:40:00+00:00', '2025-12-11')).toBe('2025-12-11T23:40:00-05:00');
    for (const [utc, day] of [['2025-12-02T18:00:00+00:00', '2025-12-03'], ['2025-12-12T04:40:00+00:00', '2025-12-11']] as const)
      expect(Date.parse(onPrintedDay(utc, day)!)).toBe(Date.parse(utc));
    expect(onPrintedDay('2025-12-12T04:40:00+00:00', '2025-12-12')).toBeNull();
    expect(onPrintedDay('2025-12-12T04:40:00+00:00', '2025-12-14')).toBeNull();
    expect(onPrintedDay('2025-12-12T04:40:00-05:00', '2025-12-11')).toBeNull();
  });
});

describe('the time zone beside a clock', () => {
  it('says which way the page writes its numeric dates', () => {
    expect(dayFirstOnPage('First Published: 11:47 IST(11/1/2008)', 'en')).toBe(true);
    expect(dayFirstOnPage('Posted 7:48 PM CT, 12/07/2025', 'en')).toBe(false);
  });

  it('gives the offset of the zones of Atlantic Canada, Australia, Africa and Asia, and none to a word after the time', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(findDates('Nov 27, 2025 7:15 AM NDT', { now: later, lang: 'en' })[0]?.iso).toBe('2025-11-27T07:15:00-02:30');
    expect(findDates('16 Mei 2024 09:12 WIB', { now: later, lang: 'id' })[0]?.iso).toBe('2024-05-16T09:12:00+07:00');
    expect(findDates('3 December 2025 18:30 AEDT', { now: later, lang: 'en' })[0]?.iso).toBe('2025-12-03T18:30:00+11:00');
    expect(findDates('3 December 2025 18:30 Eat well', { now: later, lang: 'en' })[0]?.iso).toBe('2025-12-03');
  });
});

describe('a story dated only by its dateline', () => {
  const story = [
    'A late header from defender Prince Kollie gave the home side a 2-1 win over their old rivals at the national stadium on Sunday and kept the title race alive.',
    'The visitors took the lead in the 18th minute when their striker curled a free kick over the wall from 25 yards, and the home side equalised five minutes before halftime.',
    'With the match heading for a draw, the home side won a corner in the 88th minute, and Kollie rose highest at the near post to head past the goalkeeper.',
  ];
  const dated = (opening: string): string[] => [`${opening} ${story[0]}`, ...story.slice(1)];
  const clean = (text: string, key: string) => cleanDocument(decodeDocument(new TextEncoder().encode(text), { key }), { now });

  it.each([
    ['text', 'story.txt', (p: string[]) => ['Kollie header keeps title race alive', '', 'By Emmanuel Sackor', '', ...p.flatMap((x) => [x, ''])].join('\n')],
    ['Markdown', 'story.md', (p: string[]) => ['# Kollie header keeps title race alive', '', ...p.flatMap((x) => [x, ''])].join('\n')],
    ['HTML', 'story.html', (p: string[]) => `<html><head><title>Kollie header keeps title race alive</title></head><body><article><h1>Kollie header keeps title race alive</h1>${p.map((x) => `<p>${x}</p>`).join('')}</article></body></html>`],
  ])('reads the date a %s page’s dateline gives with its year, and drops the dateline from the text', async (_format, key, page) => {
    const doc = await clean(page(dated('MONROVIA, January 31, 2024 –')), key);
    expect(doc.published).toBe('2024-01-31');
    expect(doc.paragraphs[0]).toBe(story[0]);
  });

  it('guesses no year for a dateline without one', async () => {
    const doc = await clean(['Kollie header keeps title race alive', '', ...dated('MONROVIA, Jan. 31 (AP) —').flatMap((x) => [x, ''])].join('\n'), 'story.txt');
    expect(doc.published).toBeNull();
    expect(doc.paragraphs[0]).toBe(story[0]);
  });
});

describe('a relative date on a page whose fetch time is stated', () => {
  const fetched = '2024-05-20T01:30:00+03:00';
  it.each([
    ['Posted by Ann Lee 2 days, 3 hours ago', '2024-05-17'],
    ['5 hours ago', '2024-05-19'],
    ['il y a 3 jours', '2024-05-17'],
    ['vor 2 Wochen', '2024-05-06'],
    ['hace 1 día', '2024-05-19'],
  ])('%s counts back from the fetch time, on its own day', (text, day) => {
    expect(findDates(text, { now, fetched })[0]?.iso).toBe(day);
  });

  it('is no date without a fetch time', () => {
    expect(findDates('Posted 2 days ago', { now })).toEqual([]);
  });

  it('dates a converted page by its fetch time in the front matter, and a text dump by its header', async () => {
    const story = [
      'The county council approved a new bus route between the two market towns on Tuesday after a vote that followed months of complaints from residents about the lack of evening services.',
      'The route will run every thirty minutes from next month and is paid for by a grant from the regional transport fund, the council said in a statement after the meeting.',
    ];
    const md = ['---', 'url: https://towns.example/news/bus-route', 'fetched: 2024-05-20T09:00:00+01:00', '---', '', 'Council approves evening bus route between market towns', '=======', '', '###### Posted by: [Ann Lee](/author/ann) 2 days, 3 hours ago', '', ...story.flatMap((p) => [p, ''])].join('\n');
    const r = await cleanDocument(decodeDocument(new TextEncoder().encode(md), { key: 'bus.md' }), { now });
    expect(r.published).toBe('2024-05-18');
    const text = ['fetched: 2024-05-20T09:00:00+01:00', '', 'Council approves evening bus route between market towns', '', 'By Ann Lee | 3 days ago', '', ...story.flatMap((p) => [p, ''])].join('\n');
    expect(extractFromText(text, now).published).toBe('2024-05-17');
  });
});

describe('a dump\'s download time in other languages', () => {
  it('is no publication date ("Descargado: …"), and a picture written as "alt [src]" is not body', () => {
    const text = ['URL: https://example.co/2026/08/17/carrera/', 'Descargado: 2026-08-18T07:42:15.318Z', '', 'Sanabria gana la Vuelta en Tunja', '', 'Por Ana Ruiz', '17 de agosto de 2026', '',
      'Sanabria celebra en la plaza [https://example.co/wp-content/uploads/2026/08/podio-1024x683.jpg]', '',
      'El ciclista boyacense Brayan Sanabria ganó este domingo la Vuelta a Colombia tras defender el liderato en la última etapa, que terminó en la Plaza de Bolívar de Tunja ante miles de aficionados.',
      'Sanabria, de 24 años, llegó con 38 segundos de ventaja sobre su compañero de equipo y controló los ataques en el circuito final sin mayores problemas, según los jueces de la carrera.', ''].join('\n');
    const r = extractFromText(text, new Date('2026-11-20T00:00:00Z'));
    expect(r.published).toBe('2026-08-17');
    expect(r.paragraphs.join('\n')).not.toContain('podio-1024x683.jpg');
  });
});

describe('a page that prints its own clock beside UTC metadata', () => {
  const prose = [
    'Jamaican sprinter Andre Whyte-Bailey won the national 200m title on Sunday night in a world-leading 19.71 seconds at the National Stadium in Kingston.',
    'The 24-year-old beat the defending champion by more than a tenth of a second and booked his place on the team for the Commonwealth Games next month.',
    'Officials said the wind reading was legal and that the time would stand as the fastest in the world this season.',
  ];
  const page = (meta: string): string =>
    `<html><head><title>Whyte-Bailey wins 200m</title><meta property="article:published_time" content="2026-06-29T04:34:00+0000"></head><body>
      <div class="top-strip"><span class="top-strip__date">Tuesday, June 30, 2026</span></div><article>
      <h1>Whyte-Bailey blazes 19.71 to win national 200m title</h1>${meta}
      ${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('takes the day and offset the <time> of the same moment prints (e2e-holdout-49 5105, a Drupal page in Jamaica)', async () => {
    const dir = 'bench/data/e2e-holdout-49';
    const file = readdirSync(dir).find((name) => name.startsWith('5105_'))!;
    const a = await cleanDocument(decodeDocument(new Uint8Array(readFileSync(`${dir}/${file}`)), { key: file }), { now: new Date('2026-07-01T00:00:00Z') });
    expect(a.published).toBe('2026-06-28T23:34:00-05:00');
  });

  it('drops a header line of dates and a reading time\'s minutes alone from the body', async () => {
    const html = page('<div class="article__info"><time datetime="2026-06-29T04:34:00Z">22.04.2026 – 18:04 Uhr</time> <span>Aktualisiert: 22.04.2026 – 20:31 Uhr</span> <span>4 Min.</span></div>');
    const a = await cleanDocument(decodeDocument(new TextEncoder().encode(html), { key: 'b.html' }), { now: new Date('2026-07-01T00:00:00Z') });
    expect(a.paragraphs[0]).toBe(prose[0]);
  });
});

describe('an update line that gives the first publication a time alone', () => {
  it('dates the story on the update\'s day, not by the copy day above it', () => {
    const text = ['Saturday, 1 June 2024', '', 'Stick insects released on the island a century after rats wiped them out', '', 'By Tessa Vandermeer', 'Updated May 28, 2024 — 4.15pm, first published at 6.00am', '',
      'Forty zoo-bred insects went out onto the trees below the mountain on Tuesday night, the first of their kind on the island since 1918, rangers said.', '',
      'The release followed a ten-year programme to clear rats from the island, which ended in 2023 after a baiting campaign that reached every part of it.', '',
      'Rangers will count the insects again in the spring, when the first eggs laid in the wild are due to hatch, and expect losses to birds in the first months.'].join('\n');
    const r = extractFromText(text, now);
    expect(r.published?.slice(0, 10)).toBe('2024-05-28');
  });
});
