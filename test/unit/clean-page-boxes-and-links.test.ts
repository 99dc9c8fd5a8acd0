import { describe, expect, it } from 'vitest';
import { isAdCopy, isMarkedCaption, junkKind } from '../../functions/core/clean/boilerplate.js';
import { bylineAuthor } from '../../functions/core/clean/byline.js';
import { clean, REPORT } from './clean-report-fixture.js';

const page = (lang: string, title: string, body: string): string =>
  `<html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

describe('share buttons and topic rows in more word orders', () => {
  it('are chrome with the object first ("Artikel teilen"), as WordPress labels them ("Teilen mit:") and with a label before the topics ("Related topics: …")', () => {
    for (const line of ['Artikel teilen', 'Diesen Artikel teilen', 'Dit artikel delen', 'Partilhar artigo', 'Del artikkelen', 'Jaa artikkeli', 'Related topics: Science · Fisheries · Central Region · Environment']) {
      expect(junkKind(line), line).not.toBeNull();
    }
    for (const line of ['Teilen mit:', 'Compartir esto:', 'Compartilhe isso:', 'Partilhe isto:']) expect(junkKind(line), line).not.toBeNull();
    expect(junkKind('Die Nachbargemeinden wollen die Kosten für den neuen Deich teilen.')).toBeNull();
    expect(junkKind('Teilen mit den Nachbarn wollen sie die Kosten nicht.')).toBeNull();
    expect(junkKind('Related topics came up at the hearing, the chairman said, but none was put to a vote.')).toBeNull();
  });
});

describe('an ad’s copy under its label', () => {
  it('is known by a new product to get or a service’s hours, and a sentence of the story is not', () => {
    expect(isAdCopy('Get the new Ingwe 2026/27 home kit at Sportsline Kenya stores in Nairobi, Mombasa and Kisumu.')).toBe(true);
    expect(isAdCopy('Pumpen, Trockner, Notstromaggregate: Mietservice Uckermark – 24 Stunden erreichbar unter 03332 4711-0.')).toBe(true);
    expect(isAdCopy('The new stand will hold 4,000 supporters and should open before the derby in March.')).toBe(false);
  });
});

describe('a select-all copy with the theme’s links to the posts before and after', () => {
  it('loses the headlines under "Previous article" and "Next article"', async () => {
    const text = [
      'Hunters beat Devils', 'By Mark Tane', ...REPORT,
      'Tags: Hunters  Devils', 'Previous article', 'Devils sign prop from Brisbane for next season', 'Next article', 'Tigers name squad for the grand final',
      'Mark Tane', 'Mark Tane reports on rugby league from Port Moresby for PNG Sport Daily.', 'Related Posts', 'Hunters unveil new coach', 'July 7, 2026',
      'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    ].join('\n');
    const a = await clean(text, 'hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a fact file named after its subject in a select-all copy', () => {
  it('goes with its label ("KILA FACTFILE"), every line of it', async () => {
    const text = [
      'Hunters beat Devils', 'By Mark Tane', REPORT[0], REPORT[1],
      'KILA FACTFILE', 'Born: 3 March 2003, Lae', 'Position: Winger', '2025/26: 29 league games, 14 tries (Hunters)', 'Caps: 2 (PNG)',
      REPORT[2], REPORT[3],
    ].join('\n');
    const a = await clean(text, 'hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a caption under its credit between the header’s chrome and the share row', () => {
  it('is no paragraph, though it reads as a sentence', async () => {
    const text = [
      'Hunters beat Devils', 'By Mark Tane', 'July 12, 2026', '1,482 Views',
      'Photo: PNG Sport Daily/Vele Gima', 'Ase Kila holds up the match ball after the game on Saturday.', 'Share', 'Facebook', 'WhatsApp',
      ...REPORT,
    ].join('\n');
    const a = await clean(text, 'hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a Spanish wire’s dateline with "de" in its date', () => {
  it('is left out of the first paragraph: "Sucre, 10 de septiembre (ANF).-"', async () => {
    const first = 'La Empresa Local de Agua Potable y Alcantarillado de Sucre amplió desde este jueves el racionamiento de agua a 180 barrios de la ciudad por la sequía.';
    const rest = [
      'Según el gerente general de la empresa, las represas de Ravelo se encuentran al 14% de su capacidad y las fuentes subterráneas no alcanzan para cubrir la demanda.',
      'El nuevo cronograma divide la ciudad en dos bloques, que recibirán agua en días alternos desde las cinco de la mañana hasta el mediodía.',
    ];
    const text = ['ELAPAS amplía el racionamiento de agua', '', `Sucre, 10 de septiembre (ANF).- ${first}`, '', ...rest.flatMap((p) => [p, ''])].join('\n');
    const a = await clean(text, 'sucre.txt');
    expect(a.paragraphs).toEqual([first, ...rest]);
  });
});

describe('boxes a page sets beside the story inside its text', () => {
  it('go when their class names a side box, an info box or a timeline under its heading; a standfirst classed "sommario" and an "adv" slot go too', async () => {
    const html = page('en', 'Hunters beat Devils', `<p class="sl-sommario">Two tries from Kila and six goals from Rau in front of a full house.</p>
      <p>${REPORT[0]}</p>
      <div class="box box___news_sidebox"><h3>How the Cup works</h3><ul><li>Each club plays 20 rounds before the finals series</li><li>The top eight clubs reach the finals</li></ul></div>
      <p>${REPORT[1]}</p>
      <div class="yjsg-infobox"><h4>Crowds at the National Football Stadium</h4><table><tr><th>Season</th><th>Average</th></tr><tr><td>2026</td><td>14,200</td></tr></table></div>
      <div class="sl-adv"><span>ADVERTISEMENT</span><p>Kila Motors has 140 utes in stock for the season.</p></div>
      <p>${REPORT[2]}</p>
      <div class="box box___news_timeline"><h3>Timeline</h3><ul><li>2019: The Hunters join the Cup</li><li>2026: Five wins in a row</li></ul></div>
      <p>${REPORT[3]}</p>`);
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('go when any class names a box that opens on a heading over a list of points ("fire-box"), and stay when no heading labels them', async () => {
    const html = page('en', 'Hunters beat Devils', `<div class="asset-content" itemprop="articleBody"><p>${REPORT[0]}</p>
      <div class="tnt-inline-html fire-box"><h4 class="box-head">Elden Springs Fire timeline</h4><ul><li><strong>Sunday, June 7, 4:10 p.m.:</strong> Fire reported near Elden Springs Road; about 25 acres.</li><li><strong>Monday, June 8, 2 p.m.:</strong> Fire spots across Schultz Pass Road; 1,900 acres.</li><li><strong>Tuesday, June 9, 6 a.m.:</strong> Southwest Area team takes command; 3,400 acres, 5% contained.</li></ul></div>
      <p>${REPORT[1]}</p>
      <div class="text-box"><ul><li>${REPORT[2]}</li></ul><p>${REPORT[3]}</p></div></div>`);
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('stay when the timeline box holds the story: a class alone does not make a box of a long text', async () => {
    const html = page('en', 'Hunters beat Devils', `<div class="story-timeline">${REPORT.map((p) => `<p>${p}</p>`).join('')}${REPORT.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.paragraphs.slice(0, 4)).toEqual(REPORT);
  });
});

describe('a compiled note whose metadata and first heading name the note, over the clipped page’s skip link', () => {
  it('takes the page’s headline as the title and the page’s byline and date, not the note’s', async () => {
    const md = [
      'Title:\tClipping Hunters – Devils', 'Author:\tNote Keeper', 'Date:\t20 July 2026', '',
      '# Clipping Hunters – Devils #', '', '[Skip to content](https://www.pngsportdaily.pg/rugby/hunters-beat-devils#main)', '',
      '*Rugby league from Port Moresby*', '', '- [Home](https://www.pngsportdaily.pg/)', '- [Rugby](https://www.pngsportdaily.pg/rugby)', '',
      '# Hunters beat Devils to make it five in a row', '', 'By [Mark Tane](https://www.pngsportdaily.pg/authors/mark-tane)', '', '12 July 2026', '',
      ...REPORT.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.title).toBe('Hunters beat Devils to make it five in a row');
    expect(a.author).toBe('Mark Tane');
    expect(a.published?.slice(0, 10)).toBe('2026-07-12');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a note app’s page with its own stamp under the note’s heading, over a select-all copy of the article', () => {
  it('reads the page under the stamp as the text it is: its headline, its writer over the desk, its date', async () => {
    const md = [
      '# Hunters – Devils', '', 'Created Sunday 12 July 2026', '', 'Skip to main content', '', 'PNG Sport Daily', '', 'Sign In', '', 'Rugby',
      '', 'Hunters beat Devils to make it five wins in a row', '', 'Mark Tane', 'Port Moresby Bureau', '', 'July 11, 2026', '',
      ...REPORT.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.title).toBe('Hunters beat Devils to make it five wins in a row');
    expect(a.author).toBe('Mark Tane');
    expect(a.published?.slice(0, 10)).toBe('2026-07-11');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a box of figures under the opening paragraphs of a select-all copy', () => {
  it('parts no story: the paragraphs above it stay the story’s start, the box goes', async () => {
    const opening = [
      'ZANU-PF has won a by-election in Ward 4 of the Hwange Local Board, taking the seat from the opposition by 212 votes on a turnout of 27 percent.',
      'Sibusiso Nkomo, a retired mine electrician, polled 1,184 votes against 972 for Thulani Sibanda of the Citizens Coalition for Change, the commission said.',
    ];
    const rest = [
      'The seat fell vacant in August when the ward’s councillor died in a road accident on the Victoria Falls road, and the by-election was called for the first Saturday of November.',
      'Only 2,508 of the ward’s 9,406 registered voters cast a ballot at the six polling stations in Empumalanga, Lwendulu and the colliery compounds on Saturday.',
      '“The people of Empumalanga have chosen development over noise,” Nkomo told supporters outside the counting centre, promising that water would be his first job.',
      'Sibanda said his agents had reported voters being told that food aid would be withdrawn from wards that voted for the opposition, which the party in power denied.',
      'Residents of the ward have complained for years about water cuts, coal dust from the coking plants and unpaid wages at the colliery, the town’s largest employer.',
      'A political scientist at the university in Bulawayo said the low turnout favoured the party with the better-organised machinery on the ground in the mining town.',
      'Nkomo, 61, is well known in the town as a former goalkeeper for the local football club, and supporters in the club’s colours danced outside the counting centre until late.',
      'In a second by-election on Saturday, for a ward of the rural district council near Dete, the ruling party’s candidate was returned unopposed after no other party filed papers.',
      'The ministry is expected to gazette the result this week, and Nkomo will be sworn in at the board’s next full meeting; the ward will vote again in the general election.',
    ];
    const text = [
      'The Zim Tribune', 'Home', 'News', 'ZANU-PF wins Hwange ward by-election by 212 votes', 'By Thandazani Ncube, in Hwange', 'Mon, 11/09/2026 - 06:15', 'Share',
      ...opening,
      'HWANGE LOCAL BOARD WARD 4 BY-ELECTION — RESULT', 'Sibusiso Nkomo (ZANU-PF) 1,184', 'Thulani Sibanda (CCC) 972', 'Rejected ballots 41', 'Total votes cast 2,508', 'Turnout 26.7%',
      ...rest, 'Tags', 'Hwange',
    ].join('\n');
    const a = await clean(text, 'hwange.txt');
    expect(a.title).toBe('ZANU-PF wins Hwange ward by-election by 212 votes');
    expect(a.paragraphs).toEqual([...opening, ...rest]);
  });
});

describe('closing and interrupting chrome in more languages', () => {
  it('goes: a subscription offer, Canada’s local journalism credit, a share row with stars between, a best-price ad', () => {
    for (const line of [
      'Prenumerera på Gutebladet för 1 krona i månaden de första tre månaderna. Avsluta när du vill.',
      'The Local Journalism Initiative is funded by the Government of Canada.',
      'Facebook * X * WhatsApp',
    ]) expect(junkKind(line), line).not.toBeNull();
    expect(isAdCopy('Material de construção ao melhor preço em Nampula e Nacala. Ferragens Mussa & Filhos – entregas ao domicílio.')).toBe(true);
    expect(junkKind('The initiative is funded by the Government of Canada and will hire two reporters in Sydney.')).toBeNull();
  });

  it('an image banner cut to an ad slot’s size goes with its copy in Markdown', async () => {
    const md = ['# Hunters beat Devils', '', REPORT[0], '', REPORT[1], '',
      '[![Kila Motors](https://www.pngsportdaily.pg/uploads/kila-motors-728x90.gif)](https://www.kilamotors.pg/?utm_source=psd)', '',
      'Utes and spares with fitting included in Port Moresby and Lae. Ask Kila Motors.', '', REPORT[2], '', REPORT[3], ''].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('the writer credited for the words under a story the desk signed', () => {
  it('is the author: "Texto: Amélia dos Santos Muiambo"', async () => {
    const paragraphs = [
      'O Ferroviário de Nampula conquistou no sábado a Taça de Moçambique, ao vencer a UD do Songo nos penáltis, depois de um empate a uma bola no Estádio Nacional do Zimpeto.',
      'A equipa do norte adiantou-se no marcador logo aos 12 minutos, mas o Songo empatou pouco antes do intervalo e o jogo seguiu para prolongamento e penáltis.',
      'Na cidade, centenas de adeptos acompanharam o jogo num ecrã gigante montado pelo clube e festejaram até de madrugada nos bairros da cidade.',
    ];
    const text = ['Ferroviário de Nampula conquista a Taça de Moçambique', 'Por Redacção', '8 de Novembro de 2026, 21:30', ...paragraphs, 'Texto: Amélia dos Santos Muiambo', 'Etiquetas: Futebol', 'Partilhar'].join('\n');
    const a = await clean(text, 'nampula.txt');
    expect(a.author).toBe('Amélia dos Santos Muiambo');
    expect(a.paragraphs).toEqual(paragraphs);
  });
});

describe('a picture of what is planned, credited to whoever drew it', () => {
  it('is a caption ("A design rendering of … Mactan Marine Works & Co."); a sentence about a rendering is not', () => {
    expect(isMarkedCaption('A design rendering of one of the four electric catamarans Pan-Visayas Fastcraft Lines has ordered. Mactan Marine Works & Co.')).toBe(true);
    expect(isMarkedCaption("An artist's impression of the new north stand at Cappielow. Populous")).toBe(true);
    expect(isMarkedCaption('An artist’s impression of the bridge was shown to councillors on Monday, and most of them said they liked it.')).toBe(false);
  });
});

describe('a byline under the last paragraph in Romanian and Portuguese', () => {
  it('names the writer ("de Alexandru Pașca", "Reportagem: Nilton Évora Delgado"); a name opening on "De" is no byline', () => {
    expect(bylineAuthor('de Alexandru Pașca', null)).toBe('Alexandru Pașca');
    expect(bylineAuthor('Reportagem: Nilton Évora Delgado', null)).toBe('Nilton Évora Delgado');
    expect(bylineAuthor('De Bruyne scored twice in the second half.', null)).toBeNull();
    expect(bylineAuthor('de Santa Cruz a San José', null)).toBeNull();
  });
});

describe('a newsletter box\'s address field left alone on its line', () => {
  it('is chrome in the languages read ("Din e-mailadresse", "Email address"); a sentence about an address is not', () => {
    for (const line of ['Din e-mailadresse', 'Email address', 'Ihre E-Mail-Adresse', 'Votre adresse e-mail', 'Uw e-mailadres']) expect(junkKind(line), line).not.toBeNull();
    expect(junkKind('Police asked anyone with information to write to the email address on the appeal.')).toBeNull();
  });
});
