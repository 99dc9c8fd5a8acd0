import { describe, expect, it } from 'vitest';
import { isListMarker, junkKind } from '../../functions/core/clean/boilerplate.js';
import { isBylineWithDate } from '../../functions/core/clean/blocks.js';
import { cleanAuthor } from '../../functions/core/clean/byline.js';

const dopts = { now: new Date('2026-01-10T00:00:00Z'), lang: null };

describe('junkKind: ads, captions and labels around the story', () => {
  it('drops ad copy, promotion warnings, photo-desk captions, chart captions, series labels and desk bylines', () => {
    for (const line of [
      'Fly Jakarta–Singapore from Rp 899,000.',
      'Trade Polish bonds with zero commission.',
      'Protect your family with Sinar Life term cover',
      'Watch every Süper Lig match live in English with ArenaPass — 7-day free trial.',
      'Capital at risk.',
      'This game involves an element of financial risk and may be addictive.',
      "[KND DB] Visitors walk past a Samsung Electronics logo at the company's Seocho office building in southern Seoul.",
      'Victor Osimhen celebrates his second goal in front of the home fans. | NST PHOTO: Kelechi Amadi-Ogbonna',
      'Chart: Polish CPI inflation vs NBP target band, 2023-2025. Source: GUS, NBP',
      'Series: The Intercontinental Derby, 2025-26 — Part 1 of 2',
      'By the KNN News Desk | with reports from Masinloc, Zambales and wire agencies',
      'Advertisement Watch every Süper Lig match live in English with ArenaPass — 7-day free trial.',
    ])
      expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps story sentences that open with the same verbs or labels', () => {
    for (const line of [
      'Save the Children said 40% of the camps lacked water.',
      'Trade talks resume today in Geneva.',
      'Try as they might, prices rose 3%.',
      'Book sales rose 12% today.',
      'Advertisement spending fell 4% in the quarter, the company said.',
      'Series: The Lions lead 2-1, including a 24-0 win in the 1999 Alamo Bowl.',
    ])
      expect(junkKind(line), line).toBeNull();
  });
});

describe('block filter pieces', () => {
  it('knows the markers that introduce a related or share list, and nothing longer', () => {
    for (const t of ['Related:', 'Mehr zum Thema:', 'Leia também:', 'Partager cet article', 'Teilen:', 'Comparte esta noticia', 'Lees ook'])
      expect(isListMarker(t), t).toBe(true);
    for (const t of ['Related research shows a rise', 'Share prices fell on Monday', 'Deel 2 van de serie']) expect(isListMarker(t), t).toBe(false);
  });

  it('reads a share button that names what it shares as junk: "Partager cette publication", "Teilen diesen Beitrag"', () => {
    for (const t of ['Partager cette publication', 'Teilen diesen Beitrag', 'Compartir esta publicación', 'Deel dit bericht']) expect(junkKind(t), t).toBe('boilerplate');
    expect(junkKind('Partager cette publication avec les voisins a pris du temps.')).toBeNull();
  });

  it('reads a row of network names as junk, a sentence naming one as content', () => {
    expect(junkKind('WhatsApp · Facebook · X')).toBe('boilerplate');
    expect(junkKind('Facebook | X | LinkedIn | E-Mail')).toBe('boilerplate');
    expect(junkKind('Share: Facebook / Twitter / Email')).toBe('boilerplate');
    expect(junkKind('Teilen auf: WhatsApp, Facebook')).toBe('boilerplate');
    for (const t of ['Del: Facebook X E-post Kopier lenke', 'Dela: Facebook X Mejl', 'Udostępnij: Facebook X E-mail']) expect(junkKind(t), t).toBe('boilerplate');
    expect(junkKind('Del Facebook dijo el lunes que apelaría la decisión del tribunal.')).toBeNull();
    expect(junkKind('Facebook said on Monday it would appeal.')).toBeNull();
  });

  it('reads a sponsor line and the house\'s call for news with its address as junk, a sentence about a sponsor as content', () => {
    for (const t of ['Match sponsor: Frome Valley Tractor & Plant Hire – tractors, trailers and spares since 1979.', '¿Su empresa tiene algo que contar? Escríbanos a prensa@losriosnegocios.cl y aparezca en nuestra edición del viernes.', 'Got a story? Email us at news@example.co.uk'])
      expect(junkKind(t), t).not.toBeNull();
    expect(junkKind('The sponsor, a local tractor dealer, paid for the new kit this season.')).toBeNull();
  });

  it('reads the house\'s promotions, a sponsor\'s line and an advertiser\'s line with its number as junk, sentences like them as content', () => {
    for (const t of [
      'Never miss a court story. Get the Camlin Valley News morning briefing in your inbox – it’s free.',
      'Grand final coverage is brought to you by Richmond Valley Plumbing & Gas – proud supporter of bush footy since 1994.',
      'Get mandi rates for apple, pear and walnut on your phone every morning.',
      'Tambuli Negros is free to read because our members pay for it.',
      'Stream every Constellation Cup test live on Kōwhai+ — your first month is free.',
      'The Courant’s Business Briefing podcast is out every weekday at 6am – listen wherever you get your podcasts.',
      'Mulvey Motors Longford – 262 registrations now in stock. Trade-ins welcome. Call 043 334 1122',
      'Send your flood photos and reports to the newsroom on WhatsApp 7091 2264.',
    ])
      expect(junkKind(t), t).not.toBeNull();
    for (const t of [
      'The free concert in the square on Saturday night is brought to you by the council and three local firms.',
      'Anyone with information should call Crimestoppers on 0800 555 111.',
      'Scammers send messages that look as if they come from a bank and land in your inbox overnight.',
      'Residents were told to send their photos of the damage to the council by Friday.',
    ])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads promotions in other languages, discounts, promotion codes, appeals and print-version notes as junk', () => {
    for (const t of [
      'Stay safe this monsoon: Mosquito-Guard coils and aerosol, now 20% off at your nearest pharmacy.',
      'Spring sale now on at Riverside Hardware – 20% off garden gear this weekend only.',
      'Die wichtigsten Nachrichten aus dem Ländle jeden Dienstag kostenlos per E-Mail:',
      'Got photos or video of the storm? WhatsApp the newsroom on 664-496-2207 and tell us where you were.',
      'Catch every Soca Warriors match live on Savannah TV and stream the replays free on the Savannah Go app.',
      'Independent journalism costs money. Support The Valletta Standard for the price of a coffee.',
      "L'information locale a un coût. Un don de 5 $ par mois permet à notre équipe de couvrir chaque séance du conseil municipal.",
      'Das Lavanttaler Wochenblatt gibt es jetzt auch als WhatsApp-Kanal – einfach abonnieren und keine Nachricht aus dem Tal mehr verpassen.',
      'Adinkra Savings & Loans: Grow your harvest money. Open an account with just GH¢50.',
      'Recevez gratuitement chaque vendredi la lettre « Planète » du Méridien : l’essentiel de l’actualité de l’environnement.',
      'Séjour thalasso à Quiberon : -30 % jusqu’au 31 mars avec le code MERIDIEN30',
      'Cervecería del Valle, la cerveza oficial de tus campeones. Disfruta con responsabilidad.',
      'Descarga la app de Grada Nacional y recibe una alerta con cada jonrón de la postemporada.',
      '¿Eres fan del rey de los deportes? Descarga la app de Grada Nacional. [App Store](https://apps.apple.com/mx/app/id1) | [Google Play](https://play.google.com/store/apps/details?id=x)',
      'Tutte le gare olimpiche in diretta e on demand: abbonati a Stadio Italia TV a 4,99 euro al mese, disdici quando vuoi.',
      'Elke ochtend het belangrijkste nieuws in je mailbox?',
      'Prova Riksbladet Digital i tre månader för 3 kronor. Ingen bindningstid.',
      'Een versie van dit artikel verscheen ook in de krant van zaterdag 31 januari 2026.',
      'A version of this article appears in print on Nov. 24, 2026, Section A, Page 1 of the New York edition with the headline: Deal Struck.',
    ])
      expect(junkKind(t), t).not.toBeNull();
    for (const t of ['Shares closed 20% off their high after the results.', 'The bank said customers could open an account online from March.', 'The code of conduct was updated in 2024.'])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads a telecom\'s, a job board\'s and a sponsor\'s lines, offers closed by the advertiser\'s address, and follow and inbox prompts of more languages as junk', () => {
    for (const t of [
      'Qcell 4G+: Stay connected from Banjul to Basse. Dial *111# to buy your bundle today.',
      'Looking for a new role in financial services? Browse 300+ jobs on LedgerCareers.ky',
      'Cheer on the Volcanoes with an ice-cold Carib – proud sponsor of Sentinel Sports.',
      'Nyaraljon a Balaton-felvidéken! Last minute ajánlatok 15% kedvezménnyel – balatonszallas.hu',
      'Tilaa Urheilusanomat nyt 1 €/kk kolmen kuukauden ajan – peru milloin tahansa.',
      'Få Kapitals morgenbrev med dagens vigtigste erhvervsnyheder i din indbakke hver morgen kl. 6.',
      'Urmărește Cotidianul Someșan și pe Google News pentru cele mai noi știri din Cluj și din Transilvania.',
      'Ακολουθήστε τον Βόρειο Παρατηρητή στο Google News και μάθετε πρώτοι όλες τις ειδήσεις της Βόρειας Ελλάδας.',
    ])
      expect(junkKind(t), t).not.toBeNull();
    for (const t of [
      'Publishers said traffic on Google News fell, the news agency reported.',
      'Carib, a proud sponsor of the team, said the deal – worth $2m – was renewed.',
      'Customers who dial *111# are charged for each session, the regulator found.',
      'Unemployment fell to 4.1% – the lowest since 2008, according to statistics.gov.uk',
    ])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads calls to follow or join the site on a network, a call for tips with a number and more unlabelled offers as junk, a sentence about a network as content', () => {
    for (const t of [
      'Síganos en nuestro canal de WhatsApp y reciba al instante los resultados del fútbol cochabambino.',
      'Rejoignez notre groupe Facebook « Tu es de Verviers si… » pour réagir à l’actualité de la région.',
      'Vuoi ricevere le notizie del Molise direttamente sul telefono? Segui Il Biferno su Telegram e Google News.',
      'Heb jij nieuws uit jouw gemeente? Tip de redactie via WhatsApp op 0470 28 14 55.',
      'Pick up the Tutuila Tribune in print every Monday and Thursday at stores across Tutuila, or read the E-Edition online.',
      'Catch every Oil Barons game at the Centennial Cup on Courier Sports Live, streaming free on our app.',
      'Les alt fra Trondheimsposten – første måned for 1 krone. Ingen binding.',
      'Pannonia Aktuell jetzt auch als App:',
      'Primește știrile zilei direct pe telefon: intră pe canalul de WhatsApp al Gazetei Copoului.',
      'Listen to this week’s Dardania Business podcast on Spotify and Apple Podcasts.',
    ])
      expect(junkKind(t), t).not.toBeNull();
    for (const t of [
      'Follow the river north and you reach the old mill, the council said on Facebook.',
      'Join us in welcoming the new coach, the club said.',
      'Welcome to the daily deals, your source for the best prices on games. Follow us at Twitter @deals.',
      'Word of the fire spread on Facebook within minutes, and the brigade was called at 6pm.',
      'Entre el lunes y el martes, la policía publicó en Facebook un aviso.',
    ])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads an offer right under an ad\'s label as its copy, and a paragraph of the story there as none', async () => {
    const { isAdCopy } = await import('../../functions/core/clean/boilerplate.js');
    for (const t of [
      'Verse Zeeuwse mosselen en oesters, elke vrijdag aan huis geleverd van De Panne tot Knokke. Bestel voor donderdag 12 uur.',
      'Châssis PVC et alu, portes de garage, volets : devis gratuit sous 48 h. Showroom ouvert le samedi à Battice.',
      'Spar opptil 30 prosent på strømmen i sommer – bytt til fastpris hos TrønderKraft i dag.',
      "Fontina DOP d'alpeggio stagionata 90 giorni: ordinala online dalla Latteria di Gressan, consegna in 48 ore.",
      'Peći na pelete uz 30 % popusta – Toplina d.o.o., Ulica Matije Gupca 14, Slavonski Brod',
      "Pneus d'hiver : pose gratuite jusqu'au 31 octobre chez Garage Boisvert, boulevard des Forges",
    ])
      expect(isAdCopy(t), t).toBe(true);
    expect(isAdCopy('Vissers mogen in de windparken niet met sleepnetten varen, en dat verbod blijkt cruciaal voor de oesters.')).toBe(false);
  });

  it('reads an English correction note with its date, however long, as junk, and a sentence about correction officers as content', () => {
    expect(junkKind('Correction, 13 October: An earlier version of this story said about 2,000 people had been evacuated. The correct figure, from Emergency Management West Coast, is about 1,200. The Beacon apologises for the error.')).not.toBeNull();
    expect(junkKind('Correction officers at the prison said an earlier version of the rota was unworkable.')).toBeNull();
  });

  it('reads a box\'s numbered list run into one line under its label in capitals as junk, and a sentence that numbers its points as content', () => {
    expect(junkKind('THREE STARS: 1. Jared Whiffen (CB) 1G; 2. Mitch Budden (CB) 38 saves; 3. Shane Cheeseman (GFW) 2G')).not.toBeNull();
    expect(junkKind('The council listed its priorities: 1. roads; 2. schools; 3. libraries.')).toBeNull();
  });

  it('reads a German correction note ("Aktualisiert am …: In einer früheren Fassung …", "Korrektur: …") as junk, and a sentence about an earlier draft as content', () => {
    expect(junkKind('Aktualisiert am 05.08.2026, 20.45 Uhr: In einer früheren Fassung war von 250 Evakuierten die Rede. Der Landkreis hat die Zahl auf rund 180 korrigiert.')).not.toBeNull();
    expect(junkKind('Korrektur: In einer früheren Fassung dieses Artikels stand ein falscher Name.')).not.toBeNull();
    expect(junkKind('Korrigiert wurde nach Angaben der Stadt auch die frühere Fassung des Bebauungsplans, die der Rat im Mai beschlossen hatte.')).toBeNull();
  });

  it('reads a caption closed by a copyright sign and its credit as a credited caption', async () => {
    const { isCreditedCaption } = await import('../../functions/core/clean/boilerplate.js');
    expect(isCreditedCaption('Le palais de justice de Verviers, où le jugement a été prononcé mardi après-midi. © Réveil verviétois / Michel Thonnard')).toBe(true);
    expect(isCreditedCaption('The court said the company had broken the law and fined it 16,000 euros on Tuesday.')).toBe(false);
  });

  it('reads a Finnish photo credit closing a caption, a share button that sends the story on a network and Romanian "copy link" as junk', () => {
    for (const t of ['Ilveksen kapteeni Joonas Lehtimäki nosti Kanada-maljan Nokia Arenassa lauantaina. Kuva: Jussi Eskola', 'Trimite pe WhatsApp', 'Send via WhatsApp', 'Copiază linkul'])
      expect(junkKind(t), t).not.toBeNull();
    for (const t of ['Send the forms by email to the council before Friday.', 'Kuvat otettiin lauantaina Tampereella.']) expect(junkKind(t), t).toBeNull();
  });

  it('reads the tags\' label of more languages as junk and a section\'s rail of more languages as the story\'s end', async () => {
    const { isTailMarker } = await import('../../functions/core/clean/boilerplate.js');
    for (const t of ['Emner', 'Schlagwörter:', 'Etiquetas']) expect(junkKind(t), t).not.toBeNull();
    for (const t of ['Mer fra Fotball', 'Mehr aus Sport', 'Altro da Cronaca']) expect(isTailMarker(t), t).toBe(true);
    for (const t of ['Más de 200 personas', 'Plus de 300 emplois']) expect(isTailMarker(t), t).toBe(false);
  });

  it('reads a Dutch and German "also interesting" line with its headline as junk', () => {
    for (const t of ['Ook interessant: Waaslandhaven: containertrafiek aan het Deurganckdok stijgt met 9 procent', 'Auch interessant: Leoben baut ein neues Stahlwerk'])
      expect(junkKind(t), t).not.toBeNull();
    expect(junkKind('Ook interessant is dat de haven sneller groeit dan verwacht, zegt de schepen.')).toBeNull();
  });

  it('reads the links to the previous and next posts as junk, a sentence opening on "Previous" as content', () => {
    for (const t of ['← Articolo precedente Pescara, Sciarretta: «Serve la partita perfetta» Articolo successivo → Volley, la Pallavolo Pescara cede a Chieti', 'Previous Post Kington mini festival moved to May 3', 'Article précédent : Le marché de Noël ouvre samedi'])
      expect(junkKind(t), t).not.toBeNull();
    expect(junkKind('Previous attempts to reopen the line failed in 2019.')).toBeNull();
  });

  it('reads a section trail in capitals, a box of player ratings and a match summary as junk, prose as content', () => {
    for (const t of ['EVOLUTION · ANCIENT DNA', 'NEWS | WORLD | EUROPE', 'SPORT › FOOTBALL', 'Las notas del Athletic: Unai Simón (7), Sancet (8), Guruzeta (7), Nico Williams (7)...', 'Player ratings: Pope 6; Trippier 7.5'])
      expect(junkKind(t), t).toBe(t.startsWith('Player') ? null : 'boilerplate');
    for (const t of [
      'Scorers: Isak (23), Gordon (67), Barnes (88)',
      'Goals: Fremantle: Amiss 4, Treacy 3, Serong, Bolton. West Coast: Reid 2, Waterman 2, Allen 2. Umpires: Stevic, Meredith, Power. Crowd: 56,912 at Optus Stadium.',
    ])
      expect(junkKind(t), t).toBe('boilerplate');
    for (const t of ['THE DAILY GAZETTE', 'Best: the team played well, the coach said, and the fans, too.', 'He said Smith (7), Jones (8) and Brown (9) all played well in the match against the visitors on Sunday.'])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads an advertiser\'s offer with a price, a sponsor line and a dividing dash as junk, news about prices as content', () => {
    for (const t of [
      'Air Astana: fly Astana – Frankfurt from 189 000 tenge.',
      'Smile Plus Dental Clinic — implants from 29,900 baht.',
      'Fly Ethiopian to more than 140 destinations. Addis Ababa – Dubai daily from $289.',
      'Open an account with Carpatica Invest in 10 minutes. Capital at risk.',
      'Match report presented by Swan Valley Motors — drive away in a new Ranger from $54,990',
    ])
      expect(junkKind(t), t).toBe('boilerplate');
    for (const t of ['Air Astana: the airline said fares would rise from 189 000 tenge.', 'Bangkok — rents up from 20,000 baht.', 'The award was presented by Roger Cook after the game.'])
      expect(junkKind(t), t).toBeNull();
  });

  it('reads appeals and paywall notices as junk in each language, news about money as content', () => {
    for (const t of ['Support independent local journalism', 'Cet article est réservé aux abonnés', 'Jetzt spenden', '¿Ya eres suscriptor? Inicia sesión',
      'Questo articolo è riservato agli abbonati', 'Já é assinante? Faça login', 'Dit artikel is alleen voor abonnees'])
      expect(junkKind(t), t).toBe('boilerplate');
    for (const t of ['The charity said donations rose 12% last year.', 'Subscribers to the service will pay more from May.']) expect(junkKind(t), t).toBeNull();
  });

  it('keeps two authors with the byline conjunction, one name joined by "y" whole', () => {
    expect(cleanAuthor('By Jordan Pike and Lena Marsh · March 3, 2024', null)).toBe('Jordan Pike and Lena Marsh');
    expect(cleanAuthor('Claire Dubois et Marc Lefèvre', null)).toBe('Claire Dubois et Marc Lefèvre');
    expect(cleanAuthor('JANE DOE AND JOHN ROE', null)).toBe('Jane Doe and John Roe');
    expect(cleanAuthor('Jane Doe and staff', null)).toBe('Jane Doe');
    expect(cleanAuthor('Par Claire Dubois Publié le vendredi 14 mars 2025', null)).toBe('Claire Dubois');
  });

  it('ends the name at a line break, a meta box read as one text', () => {
    expect(cleanAuthor('By Jordan Pike\nApril 13, 2026\nLast Updated: April 14, 2026 at 9:12 am', null)).toBe('Jordan Pike');
    expect(cleanAuthor('Lisa Kaczke and Trevor J. Mitchell\n   Sioux Falls Argus Leader', null)).toBe('Lisa Kaczke and Trevor J. Mitchell');
    expect(cleanAuthor('By\nJordan Pike', null)).toBe('Jordan Pike');
  });

  it('tells a byline with dates from a sentence that opens with "By"', () => {
    expect(isBylineWithDate('Por Fernanda Ribeiro, especial para a Gazeta Publicado em 03/04/2025 às 10h30', { ...dopts, lang: 'pt' })).toBe(true);
    expect(isBylineWithDate('By Friday March 7 the council must decide.', dopts)).toBe(false);
    expect(isBylineWithDate('By 2030, the city wants 40 per cent of trips by bike', dopts)).toBe(false);
  });
});

describe('junkKind: team sheets, disclaimers, subscription prompts and credited captions', () => {
  it('drops them', () => {
    for (const line of [
      'HAWICK: M Nichol; C Renwick, J Welsh, S Hogarth, D Lunn; K Ford, A Inglis; G Pringle, R Scott, L Amos, C Harkness, N Anderson. Replacements: J Murray, R Hunter, K Stewart.',
      'Leinster: Keenan; Osborne, Ringrose, Henshaw, Lowe; Byrne, Gibson-Park; Porter, Sheehan, Furlong, Ryan, Jenkins, Van der Flier, Doris (c), Conan.',
      'This article is for information only and is not investment advice. The Ledger does not hold positions in companies it covers.',
      "Cet article vous a intéressé ? Abonnez-vous à L'Écho de l'Adour dès 1 € le premier mois.",
      '¿Te ha gustado este artículo? Suscríbete por 1 € al mes.',
      'Pic courtesy Eastern University: a blue whale surfaces near Swami Rock during the tagging survey in October.',
      'Le pont Saint-Jacques, entre Irun et Hendaye, où plusieurs passages ont été organisés. Photo Bertrand Lapègue',
    ]) expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps sentences that list names or mention advice and photos', () => {
    for (const line of [
      'Countries attending: France, Germany, Italy, Spain, Portugal, Austria, Belgium, the Netherlands.',
      'The information in this story is not what the minister said, according to her office.',
      'Subscribers to the plan will pay less from April, the company said.',
      'She took the photo from the deck of the ferry as it left the harbour.',
    ]) expect(junkKind(line), line).toBeNull();
  });
});

describe('junkKind: match appendices, live strips, appeals and one-line lists', () => {
  it('drops them', () => {
    for (const line of [
      'Arsenal (4-3-3): Raya; Timber, Saliba, Gabriel, Calafiori; Ødegaard (Merino 52), Zubimendi, Rice; Saka, Gyökeres (Havertz 88), Trossard (Eze 70).',
      'Referee: Michael Oliver. Attendance: 60,212.',
      'TEAMS',
      "LIVE  Tottenham v Brentford: Premier League – live  ·  LIVE  Women's Super League: Chelsea v Manchester United – clockwatch",
      'How do I sign up for sport breaking news alerts?',
      '… we have a small favour to ask. Millions of readers around the world turn to The Meridian Post for fearless, independent journalism. If you can, please support us from just £2 a month. [Support us]',
      'Lo más leído: Iberdrola dispara su inversión en redes · El precio de la luz cae a mínimos de enero · Inditex abre su mayor tienda en Tokio',
      '∙ Paid subscribers get the Friday briefing',
    ]) expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps sentences that start the same way', () => {
    for (const line of [
      'Referee: the decision was wrong, he said at length to the press.',
      'Live music returned to the square on Saturday for the first time since the fire.',
      'Paid leave for carers will rise from April, the minister said.',
    ]) expect(junkKind(line), line).toBeNull();
  });
});

describe('junkKind: team sheets in other languages, prompts and print notes', () => {
  it('drops them', () => {
    for (const line of [
      'Opstelling SC Heerenveen: Kingma; Veenstra, Bakker, Jansma, El Idrissi; Dijkstra, Van der Veen, Kramer (76. Boukhari); Amrani, Postma (88. Zijlstra), Hoogeveen.',
      'Mighty Blackpool: A.R. Fofanah; S. Bangura, E. Kamara, F. Sesay, T. Cole; O. Barrie, Y. Kanu (c), A. Jalloh; M. Camara, L. Sillah, K. Bundu.',
      'Doelpunten: 12. Postma 1-0, 44. Postma 2-0, 58. Haddouchi 2-1, 90+3. Amrani 3-1.',
      'Scheidsrechter: Bas Terpstra. Toeschouwers: 26.100 (uitverkocht).',
      'Recibe cada mañana las noticias de Osona en tu correo. Suscríbete gratis',
      'Recibe cada mañana en tu correo las noticias de Avilés y la comarca: apúntate a nuestra newsletter.',
      'Este artigo foi publicado na edição impressa de 18 de fevereiro de 2026.',
      'Labels: East End Lions, Mighty Blackpool, Premier League',
    ]) expect(junkKind(line), line).toBe('boilerplate');
  });
});

describe('junkKind: corrections, self-descriptions, tags and speedway heats', () => {
  it('drops them', () => {
    for (const line of [
      'Correction, 29 April: An earlier version of this story gave the wrong number of participants contacted. It is 1,900, not 19,000.',
      'Baltic Science Desk is an independent newsletter covering research in Estonia, Latvia and Lithuania.',
      '#clippings/business #textiles #to-read',
      'Stal Gorzów: 9. Wojtaszek 14+1 (3,3,2*,3,3), 10. Briggs 10+1 (1,3,2*,3,1), 11. Zielonka 9+2 (2,1*,3,1*,2), 12. Thorsen 6 (1,2,0,3)',
      'Bądź na bieżąco! Zapisz się do newslettera Gorzów24 i otrzymuj najważniejsze informacje codziennie rano.',
    ]) expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps sentences like them', () => {
    for (const line of ['The company is a small family business based in Tartu.', 'Correction officers at the prison went on strike on Monday.']) expect(junkKind(line), line).toBeNull();
  });
});

describe('junkKind: agency shares, like buttons and credited captions', () => {
  it('drops them', () => {
    for (const line of [
      '— With reports from the Philippine News Agency',
      '— With files from Reuters',
      'Additional reporting by the Ghana News Agency',
      '--- Additional reporting by Mulenga Bwalya in Kitwe',
      'Tagovi: Crvena zvezda Partizan ABA liga',
      'Västkustposten · Ansvarig utgivare: Karin Holmgren · Kontakta oss · Om cookies',
      'Infolettre : recevez l’essentiel de l’actualité régionale chaque matin. S’inscrire',
      'Få de viktigaste nyheterna från västkusten varje morgon. Anmäl dig här',
      'Sundan ang Bikol Ngayon sa Facebook at makinig sa Radyo Bikol Ngayon 95.1 FM tuwing umaga.',
      'Ku biyo mu a tasharmu ta WhatsApp domin samun labarai kai tsaye a wayarku.',
      'Met medewerking van ANP',
      'Źródło: Przegląd Narodowy, PAP',
      'Like Loading...',
      'Share your views on this story on our Facebook page.',
      'Leaders shake hands in Istanbul on Thursday. — Photo: Emre Yıldız/AFP',
      'Jalen Brunson drives past Derrick White in the fourth quarter on Tuesday night. Sarah Kessler/Field & Court Images',
    ]) expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps sentences like them', () => {
    for (const line of ['With files from the inquiry, the judge made her ruling public today.', 'He said the deal was done. John Smith/Reuters reported it first.']) expect(junkKind(line), line).toBeNull();
  });
});

describe('junkKind: cricket cards and match officials', () => {
  it('drops an innings card, the award line and a short attendance line', () => {
    for (const line of ['India 182/6 (20 ov): Abhishek Sharma 64 (32b, 4x4, 5x6), Suryakumar Yadav 41', 'Player of the match: Abhishek Sharma', 'Referee: Kristin Nielsen. Att: 1,420.']) {
      expect(junkKind(line), line).toBe('boilerplate');
    }
  });
});

describe('junkKind: the site\'s offer of its newsletter, alerts and headlines', () => {
  it('drops it, also after a set-up ending on a colon and in Danish, Norwegian and Malay', () => {
    for (const line of [
      'Never miss a vote: get the Gazette’s City Hall newsletter every Tuesday morning.',
      'Turn on Lakeside Daily alerts in our free app.',
      'Get the Sagarmatha Tribune’s morning headlines on Viber',
      'Our free newsletter lands every Friday with the week’s news from Bridport and the villages.',
      'Tilmeld dig Fyns Erhvervs nyhedsbrev',
      'Få alle kampene fra Helgeland rett i innboksen: meld deg på nyhetsbrevet vårt – det er gratis.',
      'Langgan buletin harian Niaga Borneo – ringkasan pasaran setiap pagi jam 7.',
    ])
      expect(junkKind(line), line).toBe('boilerplate');
  });

  it('keeps advice to sign up for a public body\'s alerts and a sentence about a newsletter', () => {
    for (const line of ['Sign up for flood alerts from the Environment Agency.', 'Get the council to send alerts by text, residents urged.', 'The newsletter, first printed in 1987, now reaches 4,000 homes.'])
      expect(junkKind(line), line).toBeNull();
  });
});
