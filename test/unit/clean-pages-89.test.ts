import { describe, expect, it } from 'vitest';
import { junkKind } from '../../functions/core/clean/boilerplate.js';
import { clean, REPORT } from './clean-report-fixture.js';

const TITLE = 'Hunters beat Norths Devils for a fifth straight win';
const html = (content: string): string =>
  `<!doctype html><html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p class="byline">By Kerri Tomoana</p><div class="entry-content">${content}</div></article></body></html>`;
const paragraphs = (lines: readonly string[]): string => lines.map((p) => `<p>${p}</p>`).join('');

describe('ads, credits and notices of the pages of -89', () => {
  it('drops a box that opens on an ad’s label with the advertiser’s link, whatever its class, and an AdSense slot', async () => {
    for (const box of [
      '<div class="pub-encart"><p class="pub-label">Publicité</p><a href="https://shop.example/" rel="sponsored"><img src="a.jpg" alt="Shop"></a><p>Quincaillerie des Îles – livraison gratuite de Miscou à Pokemouche.</p></div>',
      '<div class="wp-block-group hirdetes"><p class="hirdetes-cimke">Hirdetés</p><figure><a href="https://tuzifa.example/"><img src="b.jpg" alt="Tűzifa"></a></figure><p>Száraz tűzifa házhoz szállítva az egész Csallóközben.</p></div>',
      '<div class="penci-google-adsense"><p>KK Freightline: reefer and dry containers from Kota Kinabalu to Shenzhen every Thursday.</p></div>',
    ]) {
      const read = await clean(html(paragraphs(REPORT.slice(0, 2)) + box + paragraphs(REPORT.slice(2))), 'incoming/a.html');
      expect(read.paragraphs).toEqual(REPORT);
    }
  });

  it('takes Canada’s Local Journalism Initiative credit, a call for news by messenger or phone and a Facebook page’s plug for chrome', () => {
    for (const line of [
      'Geneviève Brideau est journaliste de l’Initiative de journalisme local (IJL), un programme financé par le gouvernement du Canada.',
      'Sam Reid is a Local Journalism Initiative reporter with the Fraser Ledger.',
      'Send us your island news on Facebook Messenger or call 5577 310.',
      'Like our Facebook page for race results from Canje to Port Mourant every weekend.',
      'Llegiu també: La temporada de trot de Ciutadella començarà amb set reunions a l’octubre',
      '248 katselua',
      '📊 Il progetto in cifre: 42 ettari sorvolati · 19 giorni di anticipo · 87% di zone colpite riconosciute',
    ]) {
      expect(junkKind(line), line).toBe('boilerplate');
    }
    expect(junkKind('Call 5577 310 to report a fault with your meter.')).toBeNull();
  });
});

describe('titles, boxes and notes of a copied page (-89)', () => {
  it('reads no item of a trail set one to a line under "Sie sind hier:" as the headline', async () => {
    const headline = 'Mure verschüttet Lechtalstraße: Elbigenalp und Holzgau abgeschnitten';
    const page = ['Außerferner Nachrichten', 'Start', 'Region', 'Blaulicht', 'Suche', 'Sie sind hier:', 'Startseite', 'Blaulicht', 'Mure im Lechtal', '21.07.2026 14:05 von Redaktion (4 Kommentare)', headline,
      'Nach einem Gewitter ging am Montagabend bei Häselgehr eine Mure ab. Verletzt wurde niemand, die Sperre dauert voraussichtlich bis Donnerstag.',
      'Die Geröllmassen reichen an manchen Stellen drei Meter hoch. Foto: FF Häselgehr/Lukas Walch', 'Von Magdalena Kerber', '', ...REPORT.flatMap((p) => [p, ''])].join('\n');
    expect((await clean(page, 'incoming/a.txt')).title).toBe(headline);
  });

  it('drops a box of labelled items under a title in capitals, an item giving times included', async () => {
    const box = ['INFO: THE ROAD CLOSURE', 'Detour: over Warth, the Arlberg and the Fern Pass', 'Shuttle: from Wednesday at 7.00 and 16.30 from the village hall', 'Emergencies: 112', 'Information: the district office, weekdays 8 to 12'];
    const page = [TITLE, 'By Kerri Tomoana', '', REPORT[0]!, '', REPORT[1]!, '', ...box, '', REPORT[2]!, '', REPORT[3]!].join('\n');
    expect((await clean(page, 'incoming/a.txt')).paragraphs).toEqual(REPORT);
  });

  it('drops the story’s only update note with the short line that goes on with it', async () => {
    const page = [TITLE, 'By Kerri Tomoana', '', ...REPORT.flatMap((p) => [p, '']), 'Update, 4.40pm: The council has extended the closure until Friday.', '', 'Clearing is going to plan.'].join('\n');
    expect((await clean(page, 'incoming/a.txt')).paragraphs).toEqual(REPORT);
  });

  it('drops a related post’s card with its excerpt, writer and reading time after "Leggi altro"', async () => {
    const page = [TITLE, 'By Kerri Tomoana', '', ...REPORT.flatMap((p) => [p, '']), 'Leggi altro', 'Scienza e ambiente', 'Il coleottero giapponese avanza: nuovi focolai tra Tenero e Mappo',
      'Trappole e controlli: cosa devono fare i proprietari di prati e giardini nelle zone infestate.', 'Redazione', '2 giu 2026 • 3 min di lettura'].join('\n');
    expect((await clean(page, 'incoming/a.txt')).paragraphs).toEqual(REPORT);
  });

  it('reads Catalan’s "Per" before the writer’s name, and a name alone signing an HTML story above an update note', async () => {
    const catalan = [
      'Hèlios SC guanya el Gran Premi de Tardor davant tres mil persones', '16 de novembre de 2026 Redacció 2 comentaris', 'Per Joana Triay', '',
      'Hèlios SC, conduït pel ciutadellenc Llorenç Gomila, va guanyar ahir el Gran Premi de Tardor a l’Hipòdrom de Ciutadella, la cursa de trot amb més premis de la temporada.', '',
      'Prop de tres mil persones van omplir les grades i la zona de la barrera, una xifra que l’hipòdrom no veia des de les curses de Sant Joan de l’estiu passat.', '',
      'El cavall va fer els dos mil metres en un temps rècord per a la pista, segons els organitzadors de la cursa, que ja preparen la propera reunió.',
    ].join('\n');
    expect((await clean(catalan, 'incoming/ca.txt')).author).toBe('Joana Triay');
    const signed = await clean(html(paragraphs([...REPORT, '<strong>Baranyai Kinga</strong>', '<em>Frissítve 16.40-kor: a cikket kiegészítettük az igazgatónő nyilatkozatával.</em>'])).replace('<p class="byline">By Kerri Tomoana</p>', ''), 'incoming/a.html');
    expect(signed.author).toBe('Baranyai Kinga');
    expect(signed.paragraphs).toEqual(REPORT);
  });
});

describe('Markdown copies of -89', () => {
  it('reads a name in bold before a bar and the town, and drops an author box headed by a writer’s linked page', async () => {
    const md = [`# ${TITLE}`, '**Yessenia Satalaya** | Tarapoto', ...REPORT, '#### [Redacción VDH](https://example.pe/author/redaccion/)', 'Equipo periodístico de Voz del Huallaga. Desde Tarapoto, para toda la región.'].join('\n\n');
    const read = await clean(md, 'incoming/a.md');
    expect(read.author).toBe('Yessenia Satalaya');
    expect(read.paragraphs).toEqual(REPORT);
  });

  it('drops a box of labelled results under a title in bold capitals, and tags closing the page', async () => {
    const md = [`# ${TITLE}`, 'By Kerri Tomoana', REPORT[0]!, REPORT[1]!, '**KARSINTASARJA**', '* Ottelu 1: Salama–Myrsky 6–3\n* Ottelu 2: Myrsky–Salama 5–2\n* Ottelu 3: Salama–Myrsky 4–3 ja.',
      REPORT[2]!, REPORT[3]!, 'salibandy', 'urheilu', '248 katselua'].join('\n\n');
    expect((await clean(md, 'incoming/a.md')).paragraphs).toEqual(REPORT);
  });

  it('reads Blogger’s date header over a banner’s day, its footer’s writer, and a standfirst in italics over a caption without its picture', async () => {
    const md = ['# [The Berbice Beat](https://example.blogspot.com/)', '**Happy 60th Independence Anniversary, Guyana! – Tuesday, May 26, 2026**', '## Monday, May 25, 2026',
      `### [${TITLE}](https://example.blogspot.com/2026/05/hunters.html)`, '_The home side pulled clear after the break in front of a sell-out crowd on Saturday night_',
      'Winger Ase Kila scores his second try. Photo: Kwesi Trotman', ...REPORT,
      'Posted by [Devon Etwaroo](https://www.blogger.com/profile/0441882271935) at [9:14 AM](https://example.blogspot.com/2026/05/hunters.html)'].join('\n\n');
    const read = await clean(md, 'incoming/a.md');
    expect(read.published).toBe('2026-05-25');
    expect(read.author).toBe('Devon Etwaroo');
    expect(read.paragraphs).toEqual(REPORT);
  });

  it('reads a Finnish day with its month shortened, not the update’s under it', async () => {
    const md = ['[Vieskan Viikko](https://example.fi)', 'Ylläpitäjä', '20. huhtik. 2026', '3 min lukuaika', 'Päivitetty: 21. huhtik. 2026', `# ${TITLE}`, 'Teksti: Sanna Hannula', ...REPORT].join('\n\n');
    expect((await clean(md, 'incoming/a.md')).published).toBe('2026-04-20');
  });
});
