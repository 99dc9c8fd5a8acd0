import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { junkKind } from '../../functions/core/clean/boilerplate.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const clean = (text: string, key: string) => cleanDocument(decodeDocument(new TextEncoder().encode(text), { key }), { now: NOW });

const STORY = [
  'The sardine canner made a net profit of 412 million pesos in the three months to March, up 31 percent from a year earlier, as higher prices for canned fish made up for lower volumes.',
  'Revenue rose 9 percent to 3.86 billion pesos, the company said in a filing with the stock exchange on Thursday, while the volume it sold fell by about a tenth.',
  'The closed fishing season in the Zamboanga Peninsula, which runs from November to February, cut the supply of fresh sardines to its plants for a third year running.',
  'The company said it would spend 300 million pesos this year on a new line that packs sardines in olive oil for supermarkets at home and for buyers in the Middle East.',
  '“We expect the new line to add about 6 percent to sales next year,” the chief financial officer said, adding that the company had already signed two export contracts.',
];

describe('the headline of a copied page without blank lines', () => {
  it('is the line under the breadcrumb trail, not the longer standfirst between it and the byline', async () => {
    const page = ['Home', 'Business', 'Markets', 'Business › Companies', 'Sardine canner lifts first-quarter profit 31% despite closed fishing season',
      'Higher canned fish prices offset lower volumes; new olive oil line targets supermarkets and Middle East buyers', 'By Rhea Mae Saavedra, Correspondent', 'May 14, 2026 | 3:40 PM', ...STORY].join('\n');
    expect((await clean(page, 'canner.txt')).title).toBe('Sardine canner lifts first-quarter profit 31% despite closed fishing season');
  });
});

describe('a date bar opening a plain-text page', () => {
  it('is no headline, with the weather and the login beside it', async () => {
    const page = ['  Saturday, 30 May 2026 | 16 Jaishtha 1433          Dhaka 33°C          E-paper   Login', '', '  BANGLADESH MORNING LEDGER', '', '  Business » Agriculture', '',
      '  Sardine canner lifts first-quarter profit 31% despite closed fishing season', '', '  Bengal News Wire', '  Published: 28 May 2026, 07:15 PM', '', ...STORY.flatMap((p) => [`  ${p}`, ''])].join('\n');
    expect((await clean(page, 'canner.txt')).title).toBe('Sardine canner lifts first-quarter profit 31% despite closed fishing season');
  });
});

describe('boxes set inside a story', () => {
  it('lose their points when the box is set as a quote in Markdown', async () => {
    const md = ['# Sardine canner lifts profit', '', STORY[0], '', STORY[1], '', '> **Key findings**', '> ', '> -   240 samples from 4 plants', '> -   Up to 34% lost before the bay (2023)', '', STORY[2], '', STORY[3]].join('\n');
    expect((await clean(md, 'canner.md')).paragraphs).toEqual(STORY.slice(0, 4));
  });
  it('lose the note under a results table in a saved page, and the story goes on', async () => {
    const box = '<div class="results-box"><h4>Kalgoorlie Cup – result</h4><table><tr><th>Pl</th><th>Horse</th></tr><tr><td>1</td><td>Miss Hannan</td></tr><tr><td>2</td><td>Kambalda Express</td></tr></table><p class="small">Margins: ½ len, 1¼ len. Winning time: 2:04.31.</p></div>';
    const html = `<html><head><title>Canner</title></head><body><article><h1>Sardine canner lifts profit</h1>${STORY.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${box}${STORY.slice(2).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await clean(html, 'canner.html')).paragraphs).toEqual(STORY);
  });
  it('keep a short paragraph of the story that only follows a box in the same container', async () => {
    const html = `<html><head><title>Canner</title></head><body><article><div class="body"><h4>Key points</h4><ul><li>Profit up 31 percent</li><li>New olive oil line</li></ul><p>Here is what we know.</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect((await clean(html, 'canner.html')).paragraphs).toContain('Here is what we know.');
  });
});

describe('matter closing a story', () => {
  it('drops a helpline box under its "Need help?" label', () => {
    expect(junkKind('Need help? If you or someone you know is affected by drug use or gambling, the HSE Drugs and Alcohol Helpline is free on 1800 459 459.')).not.toBeNull();
    expect(junkKind('If you or someone you know is struggling, call Lifeline on 13 11 14 or text 0477 13 11 14.')).not.toBeNull();
    expect(junkKind('If you or someone you know has been a victim of the scam, the bank said, you should call it at once.')).toBeNull();
    expect(junkKind('Need help with the forms, the council said, residents can visit the library on Tuesdays.')).toBeNull();
  });
  it('drops the previous post\'s link with its arrow before it', () => {
    expect(junkKind('← Travaux sur la route 170 : circulation en alternance jusqu’au 19 juin')).not.toBeNull();
  });
  it('drops the site\'s podcast promotion in Spanish and Swedish', () => {
    expect(junkKind('Escucha cada viernes “Ruta Austral”, el pódcast de El Chacay Noticias, en Spotify y en nuestro sitio.')).not.toBeNull();
    expect(junkKind('Lyssna på Norrsken och nyckeltal, Affärsliv Nords podd om näringslivet i norr – varje fredag där du hittar poddar.')).not.toBeNull();
    expect(junkKind('Escucha a los vecinos: el pódcast de la biblioteca fue un éxito, dijo la alcaldesa.')).toBeNull();
  });
  it('drops a bio naming the writer by the given name alone', async () => {
    const md = ['# Sardine canner lifts profit', '', 'Written by [Annick Robichaud](https://example.org/author/annick/)', '', ...STORY.flatMap((p) => [p, '']),
      'Annick covers the river, the forest and the weather for The Miramichi Current. She grew up in Baie-Sainte-Anne.'].join('\n');
    const read = await clean(md, 'canner.md');
    expect(read.author).toBe('Annick Robichaud');
    expect(read.paragraphs).toEqual(STORY);
  });
  it('drops each writer\'s bio under their name in an author box of two', async () => {
    const md = ['# Sardine canner lifts profit', '', 'Por Camila Sandoval Rain y Patricio Oyarzún Vera', '', ...STORY.flatMap((p) => [p, '']),
      '**[Camila Sandoval Rain](https://example.org/author/csandoval/)**', '', 'Periodista de economía y medio ambiente. Antes trabajó en radios de Puerto Aysén.', '',
      '**[Patricio Oyarzún Vera](https://example.org/author/poyarzun/)**', '', 'Editor regional de El Chacay Noticias.'].join('\n');
    expect((await clean(md, 'canner.md')).paragraphs).toEqual(STORY);
  });
});

describe('a standfirst over a share bar and the lead picture\'s caption in scraped text', () => {
  it('stays out of the story when the caption credits a name with a particle in brackets', async () => {
    const page = ['ENVIRONNEMENT', 'Le bruit des navires fait fuir les bélugas de la baie', 'Publié le 4 juin 2026 à 5 h 45 / Par Mélanie Bouchard-Tremblay / Environnement',
      'Mis à jour le 4 juin 2026 à 14 h 10',
      'Des hydrophones installés pendant trois étés montrent que les bélugas désertent leur aire de repos quand un vraquier passe au large. Les chercheurs proposent de ralentir les navires dans le fjord.',
      'Partager : Facebook · X · LinkedIn · Courriel · Imprimer',
      'Un groupe de bélugas près de l’embouchure de la rivière, en juillet 2025. (Photo : L’Écho du Fjord / Jean-François Gagné)', '',
      'Les bélugas du Saint-Laurent quittent la baie Sainte-Marguerite, l’un de leurs principaux lieux de rassemblement dans le fjord du Saguenay, chaque fois qu’un grand navire passe.', '',
      'Pendant trois étés, de 2023 à 2025, l’équipe a placé quatre hydrophones au fond de la baie et à l’embouchure du Saguenay, près de Tadoussac, et a comparé les enregistrements au passage des navires.', '',
      'Les chercheurs proposent de ralentir les navires dans le fjord pendant l’été, lorsque les femelles et leurs petits fréquentent la baie en plus grand nombre que le reste de l’année.', '',
      'Selon l’étude, les bélugas mettent en moyenne quarante minutes à revenir dans la baie après le passage d’un vraquier, et certains groupes ne reviennent pas de la journée.', '',
      'Le port de Saguenay, qui accueille environ 150 navires par année, a indiqué qu’il examinerait les recommandations avec les pilotes et les armateurs avant la prochaine saison.', '',
      'Les résultats complets doivent être présentés à l’automne, lors d’un colloque à Chicoutimi, où les chercheurs présenteront aussi les données de la quatrième saison.', ''].join('\n');
    expect((await clean(page, 'belugas.txt')).paragraphs[0]).toMatch(/^Les bélugas du Saint-Laurent/u);
  });
});

describe('boxes and promotions found in the sixty-ninth end-to-end set', () => {
  it('loses a help box under its label over a blank line, when its first line is already chrome ("If you have been affected by this story, …")', async () => {
    const text = ['Sardine canner lifts profit', '', STORY[0], '', STORY[1], '', 'HOW TO GET HELP', '',
      'If you have been affected by this story, the Fishermen’s Mission offers practical and emotional support to fishing families.',
      'Samaritans are available day and night to anyone who needs to talk.', '', STORY[2], '', STORY[3]].join('\n');
    expect((await clean(text, 'help.txt')).paragraphs).toEqual(STORY.slice(0, 4));
  });

  it('loses a club\'s signings box whose label names the club before the colon ("PANTHERS 2026: IN AND OUT")', async () => {
    const text = ['Sardine canner lifts profit', '', STORY[0], '', STORY[1], '', 'PANTHERS 2026: IN AND OUT', 'In: Lachlan McIver (Tweed Heads Seagulls), Sione Latu',
      'Out: Dean O’Halloran (retired), Mitch Faulkner', 'Re-signed: Josh Timms-Walker, Tane Hohaia', '', STORY[2], '', STORY[3]].join('\n');
    expect((await clean(text, 'ins.txt')).paragraphs).toEqual(STORY.slice(0, 4));
  });

  it('loses a newsletter\'s offer after the question that sets it up, and an app\'s after a dash', async () => {
    expect(junkKind('Love local footy? Get Jetty Sport’s Monday team sheets in your inbox.')).not.toBeNull();
    expect(junkKind('Få alla mål och resultat från Brage, Dalkurd och länets lag direkt i mobilen – ladda ner vår app gratis.')).not.toBeNull();
    expect(junkKind('The club’s new app – download the update from Friday – was criticised by fans who said it crashed during the match on Saturday.')).toBeNull();
  });

  it('loses a box a theme names "story_box" in a saved page', async () => {
    const html = `<html><head><title>Sardine canner lifts profit</title></head><body><article><h1>Sardine canner lifts profit</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>
      <div class="q_message story_box"><h4>HOW THE PLANT WORKS</h4><ul><li>24 lines on two floors</li><li>Readings every 10 seconds: heat, pressure</li></ul></div><p>${STORY[2]}</p><p>${STORY[3]}</p></article></body></html>`;
    expect((await clean(html, 'box.html')).paragraphs).toEqual(STORY.slice(0, 4));
    const wrapped = `<html><head><title>Sardine canner lifts profit</title></head><body><h1>Sardine canner lifts profit</h1><div class="story-box"><p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p></div></body></html>`;
    expect((await clean(wrapped, 'short.html')).paragraphs).toEqual(STORY.slice(0, 3));
  });

  it('loses the writer\'s bio under their linked name when it opens with the job and where they studied ("Periodista de la Universidad de Playa Ancha. Cubre …")', async () => {
    const md = ['# Sardine canner lifts profit', '', 'Por Camila Fuentealba Vergara', '', ...STORY.slice(0, 4).flatMap((p) => [p, '']),
      '**[Camila Fuentealba Vergara](https://example.cl/autores/camila-fuentealba-vergara)**  ', 'Periodista de la Universidad de Playa Ancha. Cubre agro, agua y ciencia en la provincia de Quillota.', ''].join('\n');
    const a = await clean(md, 'bio.md');
    expect(a.author).toBe('Camila Fuentealba Vergara');
    expect(a.paragraphs).toEqual(STORY.slice(0, 4));
  });
});

describe('a box whose label stands over a blank line', () => {
  it('goes with its bullet points ("THE DECISION AT A GLANCE", "", "• Alcohol sales: …")', async () => {
    const text = ['Sardine canner lifts profit', '', STORY[0], '', STORY[1], '', STORY[4], '', 'THE DECISION AT A GLANCE', '', '• Alcohol sales: until 1am on Fridays and Saturdays (asked for 2am), midnight other nights',
      '• Live music: until 1am at weekends, with a noise limiter', '• Door staff from 9pm, CCTV at the entrance, no new customers after midnight', '', STORY[2], '', STORY[3]].join('\n');
    expect((await clean(text, 'glance.txt')).paragraphs).toEqual([STORY[0], STORY[1], STORY[4], STORY[2], STORY[3]]);
  });

  it('goes when its label is any words in capitals over bullet points, and the story keeps its opening and its headline', async () => {
    const text = ['Monday, May 18, 2026   Oswestry 14°C', 'Business', 'Sardine canner wins licence for its new taproom', 'By Siân Roberts-Hughes', 'May 15, 2026', '',
      STORY[0], '', STORY[1], '', 'KEY CONDITIONS', '• Sales until 10pm Sunday to Thursday, 11pm Friday and Saturday', '• Outdoor seating closes at 9pm', '• Deliveries in daytime hours only', '',
      STORY[4], '', STORY[2], '', STORY[3]].join('\n');
    const a = await clean(text, 'conditions.txt');
    expect(a.title).toBe('Sardine canner wins licence for its new taproom');
    expect(a.paragraphs).toEqual([STORY[0], STORY[1], STORY[4], STORY[2], STORY[3]]);
    // The weather beside the masthead's date names no publication.
    expect(a.source).toBeNull();
  });

  it('goes when its title in capitals is longer, over bullet points that are sentences, or over a timeline\'s dated points', async () => {
    const text = ['Sardine canner lifts profit', '', STORY[0], '', STORY[1], '', 'STAYING SAFE ON THE WATER TODAY', '• Check the inshore forecast and the tide times before you launch.',
      '• Wear a buoyancy aid, and dress for the water, not for the weather.', '• Carry two ways of calling for help, in a waterproof pouch.', '',
      STORY[4], '', 'HOW THE SEA MOVED IN', '2010 – First houses report flooding at spring tides', '2017 – Old cricket field lost to the sea', '2023 – Revetment design completed', '',
      STORY[2], '', STORY[3]].join('\n');
    expect((await clean(text, 'water.txt')).paragraphs).toEqual([STORY[0], STORY[1], STORY[4], STORY[2], STORY[3]]);
  });
});
