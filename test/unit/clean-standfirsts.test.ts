import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

const STORY = [
  'Glaciers in the Shigar basin, which for decades defied the retreat of mountain ice seen almost everywhere else, have been losing mass since about 2019, according to a study published this week.',
  'The team combined satellite elevation data with field measurements on two of the basin’s largest glaciers and found that the ice thinned by an average of 0.31 metres a year between 2019 and 2025.',
  'The findings suggest that the so-called Karakoram anomaly is coming to an end, the study’s lead author said, adding that meltwater would rise for some years before it began to fall.',
  'Farmers downstream rely on the glaciers’ summer melt to water their fields, and the district’s irrigation department said it would review its canal plans in the light of the study.',
];
const DECK = 'Satellite and field data show the ice of the basin thinning by about a third of a metre a year, ending two decades of stability that puzzled scientists.';

describe('a standfirst under the lead picture\'s caption in a saved page', () => {
  it('is no paragraph of the story when its class is camel-cased ("edn_articleSummary")', async () => {
    const html = `<html><head><title>Glaciers stop growing</title></head><body><div class="edn_article"><h1 class="edn_articleTitle">Baltistan’s glaciers have stopped growing, study finds</h1>
<div class="edn_metaDetails"><span class="edn_author">By Sakina Batool</span> <time datetime="2026-06-11T08:30:00+05:00">June 11, 2026</time></div>
<div class="edn_mediaContainer"><img src="glacier.jpg" alt="A glacier"><p class="edn_mediaCaption">The glacier seen from Concordia. Photo: University field team</p></div>
<div class="edn_articleSummary"><p>${DECK}</p></div>
<div class="edn_articleContent">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const read = await clean(html, 'glaciers.html');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('a bold standfirst over an editor\'s note in a Markdown copy', () => {
  it('is no paragraph of the story, and the dateline under the note opens it', async () => {
    const md = [
      '# Seagrass in the lagoon stores twice as much carbon as thought', '',
      'Published on Wednesday 18 March 2026, updated on 19 March 2026', '',
      `**${DECK}**`, '',
      '*Editor’s note: This story was corrected on 19 March to show that the survey covered 41 square kilometres, not 14 as first reported.*', '',
      `PORT MATHURIN, Rodrigues (MPA) – ${STORY[0]}`, '', ...STORY.slice(1).flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(md, 'seagrass.md');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('a standfirst over the lead picture\'s credited caption in scraped text', () => {
  const header = ['Rio Tua transborda em Mirandela', 'Escrito por Sílvia Morais Pires', 'Publicado: 29 janeiro 2026, 19:20', ''];
  const caption = 'Bombeiros retiram moradores junto à Ponte Velha na madrugada de quinta-feira. Foto: Voz da Terra Quente/Hélder Correia';
  const story = [
    'O rio Tua galgou as margens em Mirandela na madrugada desta quinta-feira e obrigou a retirar de casa 34 pessoas, a maioria idosos que vivem na zona ribeirinha, junto à Ponte Velha.',
    'A água chegou a mais de um metro de altura nas ruas mais baixas da cidade e cortou o acesso ao mercado municipal, que só deverá reabrir na próxima semana, disse a câmara.',
    'Os bombeiros voluntários de Mirandela, apoiados por corporações de Macedo de Cavaleiros e de Vila Flor, passaram a noite a retirar pessoas e animais das casas inundadas.',
    'A Proteção Civil manteve o aviso vermelho para o distrito de Bragança até ao fim da tarde, e a câmara abriu o pavilhão municipal para acolher as famílias desalojadas.',
  ];
  it('stays out of the story whatever the line model makes of it', async () => {
    const deck = 'A cheia, a maior dos últimos 25 anos segundo a Proteção Civil, cortou a Ponte Velha e deixou a zona ribeirinha debaixo de água. O caudal deverá baixar a partir de sábado.';
    const read = await clean([...header, deck, '', caption, '', ...story.flatMap((p) => [p, ''])].join('\n'), 'tua.txt');
    expect(read.paragraphs).toEqual(story);
  });
  it('unless it opens on an agency\'s tag: then it is the story\'s first paragraph', async () => {
    const lead = '(VTQ) - A cheia, a maior dos últimos 25 anos segundo a Proteção Civil, cortou a Ponte Velha e deixou a zona ribeirinha debaixo de água.';
    const read = await clean([...header, lead, '', caption, '', ...story.flatMap((p) => [p, ''])].join('\n'), 'tua.txt');
    expect(read.paragraphs[0]).toContain('A cheia, a maior dos últimos 25 anos');
  });
});

describe('a published Notion page copied as Markdown', () => {
  const page = (callout: string): string => [
    '# Baltistan’s glaciers have stopped growing, study finds', '',
    'Published', '', 'June 11, 2026', '', 'Author', '', 'Sakina Batool', '', 'Section', '', 'Science, Environment', '', 'Last edited', '', 'June 12, 2026 9:41 AM', '',
    '![A glacier](https://example.org/glacier.jpg)', '', 'The glacier seen from Concordia. Photo: University field team', '',
    callout, '', ...STORY.flatMap((p) => [p, '']),
  ].join('\n');
  it('reads its properties, each label a paragraph over its value, as the header and no part of the story', async () => {
    const read = await clean(page(''), 'glaciers.md');
    expect(read.published).toBe('2026-06-11');
    expect(read.author).toBe('Sakina Batool');
    expect(read.paragraphs).toEqual(STORY);
  });
  it('leaves out the callout over the first paragraph, its standfirst', async () => {
    const read = await clean(page(`💡 ${DECK}`), 'glaciers.md');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('an update stamp between the byline and a styled standfirst', () => {
  it('does not keep the standfirst in the story', async () => {
    const md = [
      '# Baltistan’s glaciers have stopped growing, study finds', '',
      '[11 June 2026](https://example.org/2026/06/11/) · Por [Sakina Batool](https://example.org/author/sakina/)', '',
      'Actualizado: 12 June 2026, 13:10', '',
      `*${DECK}*`, '',
      '![A glacier](https://example.org/glacier.jpg)', '', '*The glacier seen from Concordia. Foto: University field team*', '',
      ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(md, 'glaciers.md');
    expect(read.published).toBe('2026-06-11');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('an agency\'s name on a line of its own over the dateline that cites it', () => {
  const lead = `SKARDU, Baltistan (KNS) – ${STORY[0]}`;
  for (const [format, text] of [
    ['Markdown', ['# Glaciers stop growing', '', 'Posted by Science Desk on Thursday, June 11, 2026', '', 'Karakoram News Service', '', lead, '', ...STORY.slice(1).flatMap((p) => [p, ''])].join('\n')],
    ['text', ['Glaciers stop growing', 'By Sakina Batool', 'June 11, 2026', '', 'Karakoram News Service', '', lead, '', ...STORY.slice(1).flatMap((p) => [p, ''])].join('\n')],
    ['HTML', `<html><body><article><h1>Glaciers stop growing</h1><p class="byline">By Sakina Batool, June 11, 2026</p><p>Karakoram News Service</p><p>${lead}</p>${STORY.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`],
  ] as const) {
    it(`is its credit, not the story's first paragraph (${format})`, async () => {
      const read = await clean(text, `glaciers.${{ Markdown: 'md', text: 'txt', HTML: 'html' }[format]}`);
      expect(read.paragraphs).toEqual(STORY);
    });
  }
});

describe('a headline and its standfirst under a kicker in a page copied without blank lines', () => {
  it('takes the headline under the kicker, not the longer standfirst over the byline', async () => {
    const text = ['The Harbour Post', 'News', 'Council', 'Sport', 'Business', 'Oyster hatchery approved despite fears over causeway traffic',
      'Councillors back £6.8m quay scheme by seven votes to three after company agrees to limit lorry deliveries', 'By Tom Pengelly, Local Democracy Reporter', 'January 16, 2026', ...STORY].join('\n');
    const read = await clean(text, 'hatchery.txt');
    expect(read.title).toBe('Oyster hatchery approved despite fears over causeway traffic');
    expect(read.paragraphs).toEqual(STORY);
  });
});

describe('a site\'s motto under its name, over a long headline, in a copied page', () => {
  it('is no headline: the long line over the date is no standfirst of the motto', async () => {
    const headline = 'Walker died of hypothermia after losing his friend in whiteout on Pen y Fan, inquest hears';
    const text = [
      'Skip to content', 'Saturday 19 September 2026 · Brecon 14°C, light rain', '', 'Menu', 'Home', 'News', 'Courts', 'Sport', '',
      'The Usk Valley Voice', 'News from Brecon, Crickhowell, Hay and the upper Usk valley', '',
      headline, '', 'September 17, 2026 newsdesk Leave a comment', '',
      'By Ffion Prys-Jenkins, Courts reporter', '', ...STORY.flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(text, 'inquest.txt');
    expect(read.title).toBe(headline);
  });
});

describe('a headline under a kicker, its standfirst over the writer\'s name, on a page without blank lines', () => {
  it('keeps the headline: the longer line under it is the standfirst over the byline', async () => {
    const headline = 'Laois hold off Carlow to stay top of Joe McDonagh Cup';
    const text = [
      'Skip to main content', 'The Irish Tribune', 'Menu', 'Search', 'Tuesday, 28 April 2026', 'News', 'Sport', 'Sport › GAA › Hurling',
      'JOE McDONAGH CUP', headline, 'MacEvoy’s quick-fire double settles Portlaoise derby in front of 6,412',
      'Eoin Fitzmaurice', 'Hurling Correspondent', 'Sat 25 Apr 2026 - 18:42', 'Share', ...STORY,
    ].join('\n');
    const read = await clean(text, 'hurling.txt');
    expect(read.title).toBe(headline);
  });
});

describe('a copied page whose header holds the day beside the weather, a standfirst and a credit for words and pictures', () => {
  const page = [
    'Le Courrier du Dadou',
    'Graulhet, samedi 7 mars 2026 · 14 °C',
    'Accueil',
    'Économie',
    '',
    'jeudi, 05 mars 2026',
    '',
    'ÉCONOMIE – CUIR',
    'Graulhet : la mégisserie rachète l’ancienne usine et annonce 45 emplois',
    'L’entreprise familiale investit 7,8 millions d’euros dans l’ancienne tannerie fermée en 2019. La nouvelle ligne doit démarrer au printemps 2027.',
    'Texte et photos : Mathilde Vergnes',
    '',
    'La mégisserie a signé mercredi l’acte de rachat de l’ancienne usine, fermée depuis 2019 au bord du Dadou, à l’entrée nord de Graulhet, pour y installer une nouvelle ligne de production.',
    '',
    'À la clé, 45 emplois d’ici à la fin de 2027, qui s’ajouteront aux 62 salariés du site historique, situé à deux kilomètres de là, a indiqué la direction lors d’une visite du chantier.',
    '',
    'La nouvelle ligne pourra traiter jusqu’à 4 000 peaux par jour, contre 2 500 aujourd’hui, et les cuirs finis partiront vers les maisons de luxe de Paris et de Milan.',
    '',
    'Graulhet a compté jusqu’à 150 mégisseries et tanneries dans les années 1960. Il en reste une quinzaine, qui emploient encore près de 700 personnes dans la ville et ses environs.',
    '',
    'Le plan de financement associe un prêt de 3,2 millions d’euros de deux banques et une subvention de 1,1 million de la Région, a précisé l’entreprise dans un communiqué.',
    '',
    'Le principal chantier sera celui de l’eau. Une mégisserie consomme de grandes quantités d’eau et rejette des effluents chargés en sels, que la nouvelle station devra traiter sur place.',
    '',
    'Reste à trouver la main-d’œuvre. Sur les 45 postes, une trentaine sont des emplois d’ouvriers de rivière et de finition, des métiers qui ne s’apprennent guère qu’en atelier.',
  ].join('\n');
  it('dates the story by its own day, names the writer from the credit and opens on the story, not the standfirst', async () => {
    const read = await clean(page, 'graulhet.txt');
    expect(read.published).toBe('2026-03-05');
    expect(read.author).toBe('Mathilde Vergnes');
    expect(read.paragraphs[0]).toMatch(/^La mégisserie a signé mercredi/);
  });
});

describe('an italic standfirst under the headline of a Markdown scrape, over the lead picture, with the byline under the first paragraph', () => {
  it('is no paragraph of the story', async () => {
    const md = [
      '# Hoptelers uit de Westhoek investeren 6,4 miljoen in eigen drogerij in Poperinge',
      '',
      '_Met een eigen drogerij en pelletlijn willen de telers de winst van het verwerken in de streek houden. De eerste pellets worden verwacht na de oogst van 2027._',
      '',
      '![Hopranken in Watou](https://example.be/hopveld.jpg)',
      '',
      'Hopranken op een veld in Watou, kort voor de oogst. Foto: Westhoek Vandaag / Kris Vandenberghe',
      '',
      'De hopcoöperatie investeert 6,4 miljoen euro in een nieuwe hopdrogerij met pelletlijn aan de rand van Poperinge, zodat de telers hun hop niet langer naar Duitsland moeten sturen.',
      '',
      'Door Lotte Dequeker · dinsdag 13 oktober 2026, 06.00 uur',
      '',
      'België telt nog ongeveer 150 hectare hop, tegenover meer dan 1.000 hectare in de jaren zestig, en bijna alles ligt rond Poperinge en in de dorpen errond.',
      '',
      'De coöperatie heeft contracten voor vijf jaar getekend met een twintigtal brouwerijen, die de pellets rechtstreeks uit Poperinge willen betrekken.',
    ].join('\n');
    const read = await clean(md, 'hop.md');
    expect(read.paragraphs[0]).toMatch(/^De hopcoöperatie investeert/);
    expect(read.paragraphs.join(' ')).not.toContain('Met een eigen drogerij');
  });
});

describe('a town in bold with a full stop opening a saved page\'s story', () => {
  it('is its dateline, not the story\'s first words', async () => {
    const html = `<html><head><title>Gletscher verliert ein Drittel</title></head><body><article><h1>Gepatschferner hat seit 2006 fast ein Drittel seiner Fläche verloren</h1>
<p class="author">Von Martina Schranz</p>
<p><strong>Kaunertal.</strong> Der Gepatschferner im hinteren Kaunertal, einer der größten Gletscher Österreichs, hat seit 2006 fast ein Drittel seiner Fläche verloren, wie eine neue Studie zeigt.</p>
<p>Für die Untersuchung hat ein Team Drohnenaufnahmen aus den Sommern 2023 bis 2025 mit Luftbildern des Landes Tirol verglichen, dazu mit den Längenmessungen des Alpenvereins.</p>
<p>Besondere Aufmerksamkeit widmen die Forscher dem See, der sich seit 2019 vor der Gletscherzunge gebildet hat und inzwischen 420 Meter lang ist.</p>
</article></body></html>`;
    const read = await clean(html, 'gletscher.html');
    expect(read.paragraphs[0]).toMatch(/^Der Gepatschferner im hinteren Kaunertal/);
    expect(read.bodyHtml).not.toContain('<strong>Kaunertal.</strong>');
  });
});

describe('an update note opening the story', () => {
  it('is no paragraph of it when a date or a time stands between its label and its colon; a live blog\'s later entries stay', async () => {
    const paras = [
      'A GH₵310 million cassava starch factory opened at Suhum on Tuesday, the largest agro-processing plant in the Eastern Region in a decade, its owners said.',
      'The plant will buy cassava from about 4,000 farmers in the surrounding districts and employ 260 people when it runs at full capacity next year.',
      'Update 3pm: The minister said the government would extend the road to the factory gate before the harvest, a promise farmers have heard before.',
    ];
    const text = ['Cassava starch factory opens at Suhum', 'By Abena Larbi', '8 October 2026', '', 'UPDATE, 8 October, 3.40pm: This story has been updated with comments from the Association of Ghana Industries.', '', ...paras.flatMap((p) => [p, ''])].join('\n');
    const read = await clean(text, 'suhum.txt');
    expect(read.paragraphs).toEqual(paras);
  });

  it('is no paragraph of it without a colon either, when it says what the update added', async () => {
    const { withoutUpdateNotes } = await import('../../functions/core/clean/update-note.js');
    const paras = [
      'Jared Whiffen scored six minutes into overtime on Saturday night to give the Royals a 4-3 win in the seventh game of the final, their first title in nine years.',
      'A sellout crowd at the Civic Centre had watched the Royals let a three-goal lead slip in the third period before Whiffen picked up a loose puck at the blue line.',
      'Updated figures from the league showed the final drew more than 20,000 fans over its seven games, with the arena sold out for each home game.',
    ];
    expect(withoutUpdateNotes(['Updated Sunday 9:40 a.m. with comments from the coach and the team’s plans.', ...paras], null).paragraphs).toEqual(paras);
    // A first paragraph that opens on the word but says no update stays.
    expect(withoutUpdateNotes([paras[2]!, ...paras.slice(0, 2)], null).paragraphs).toHaveLength(3);
  });

  it('is no paragraph of it under its last one either, when it says the story was updated', async () => {
    const paras = [
      'The Canal and River Trust closed the Caen Hill flight of locks on Monday because the reservoirs that feed it had fallen to a third of their usual level after the driest summer in decades.',
      'Boats already in the flight were helped through by volunteers, and about forty craft moored between the locks will have to stay where they are until the water returns.',
      'Boats on the rest of the canal, west of Seend or east of Pewsey, can still move freely, the trust said in a statement on Monday afternoon.',
    ];
    const text = ['Caen Hill locks close as reservoirs run low', 'By Alison Bidmead', '12 August 2026', '', ...paras.flatMap((p) => [p, '']),
      'UPDATE, Friday 14 August: This story was updated to add the water company’s comments on hosepipe restrictions.'].join('\n');
    expect((await clean(text, 'caen.txt')).paragraphs).toEqual(paras);
  });
});

describe('a standfirst over a share bar in a copied page', () => {
  const page = (between: readonly string[]): string =>
    ['Glacier Times', 'News  Science  Sport', 'Baltistan’s glaciers have stopped growing, study finds', 'By Sakina Batool', '11 June 2026', DECK, ...between, ...STORY].join('\n\n');

  it('is no paragraph of the story, nor a note of an update or an uncredited caption between it and the bar', async () => {
    for (const between of [
      ['Share: Facebook · X · WhatsApp · Email'],
      ['Updated 11/06/2026 at 14:15: adds the irrigation department’s response.', 'Partager : Facebook · X · LinkedIn · Courriel'],
      ['The Baltoro glacier seen from Concordia in May.', 'Del: Facebook · LinkedIn · E-mail'],
    ]) {
      expect((await clean(page(between), 'glaciers.txt')).paragraphs).toEqual(STORY);
    }
  });

  it('stays the story’s first paragraph when a longer one stands over the bar', async () => {
    const lede = `${STORY[0]!} ${STORY[1]!}`;
    const text = ['Glacier Times', 'Baltistan’s glaciers have stopped growing, study finds', 'By Sakina Batool', '11 June 2026', lede, 'Share: Facebook · X · WhatsApp · Email', ...STORY.slice(2)].join('\n\n');
    expect((await clean(text, 'glaciers.txt')).paragraphs[0]).toBe(lede);
  });
});

describe('a standfirst in italics under the byline, with the lead picture above the byline, in a Markdown copy', () => {
  const page = (lead: string): string =>
    ['# Baltistan’s glaciers have stopped growing, study finds', '![The Baltoro glacier](https://example.org/baltoro.jpg)', 'The Baltoro glacier seen from Concordia. | Foto: Hamid Ali', '**SAKINA BATOOL | SKARDU**', lead, ...STORY].join('\n\n');

  it('is no paragraph of the story in italics', async () => {
    expect((await clean(page(`_${DECK}_`), 'glaciers.md')).paragraphs).toEqual(STORY);
  });

  it('stays the story’s first paragraph in bold, as a lead paragraph is set', async () => {
    expect((await clean(page(`**${DECK}**`), 'glaciers.md')).paragraphs).toEqual([DECK, ...STORY]);
  });
});
