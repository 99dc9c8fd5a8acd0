/**
 * Names that French, Spanish, Italian, Portuguese, Catalan and Galician write after a common noun in
 * lower case: "rue Loubon", "río Paraná", "lac Léman", "col de Ceyssat", "pont d'Aquitaine",
 * "préfecture de la Gironde", "tribunal administratif de Marseille", "ministero dell'Università". The
 * noun is part of the name (a street is not its namesake, a prefecture is not its département), and
 * it says what the name is: a place or a body.
 */
import { dropSinglesWithin, type Single, withNameOverSpan } from './cues.js';
import { servedBodies } from './served-bodies.js';
import { GAZ, type Kind, type Mention, norm, ORG_HEADS } from './tables.js';

/** Nouns that head a place's name. */
const PLACE_HEADS = [
  // French
  'rue', 'avenue', 'boulevard', 'quai', 'pont', 'fleuve', 'rivière', 'lac', 'col', 'mont', 'massif', 'chaîne', 'baie', 'golfe',
  'canal', 'vallée', 'plaine', 'forêt', 'stade', 'barrage', 'océan', 'puy', 'montagne', 'fjord', 'étang', 'cirque', 'plateau',
  // Spanish, Catalan and Galician
  'río', 'riu', 'avenida', 'calle', 'carrer', 'carretera', 'ruta', 'bahía', 'badia', 'salar', 'lago', 'sierra', 'serra', 'valle',
  'estadio', 'embalse', 'volcán', 'cerro', 'laguna', 'playa', 'platja',
  // Italian
  'via', 'viale', 'piazza', 'fiume', 'stadio', 'monte', 'passo', 'golfo', 'isola', 'torrente', 'località', 'contrada', 'frazione', 'rione', 'ghiacciaio',
  // Portuguese
  'rio', 'rua', 'estádio', 'distrito', 'praia', 'ilha', 'barragem', 'baía', 'bairro', 'aldeia', 'povoado', 'córrego',
  // Hamlets, quarters and streams in French and Spanish
  'lieu-dit', 'hameau', 'torrent', 'paraje', 'barrio', 'vereda', 'corregimiento', 'arroyo', 'quebrada', 'nevado',
];
/** Nouns that head a body's name. */
const BODY_HEADS = [
  'préfecture', 'ministère', 'tribunal', 'conseil', 'gouvernement', 'université', 'collège', 'lycée', 'laboratoire', 'observatoire', 'mairie',
  'ministerio', 'universidad', 'ayuntamiento', 'juzgado', 'consejería', 'ajuntament', 'conselleria', 'universitat',
  'ministero', 'università', 'tribunale', 'procura', 'comune', 'regione', 'prefettura',
  'ministério', 'universidade', 'câmara', 'prefeitura',
];
/**
 * Heads that describe what a place is rather than name it when a linking word follows: "la frazione di
 * Preglia", "a aldeia de Rebordelo", "el barrio de Guadalupe", "ghiacciaio del Belvedere" name Preglia,
 * Rebordelo, Guadalupe and the Belvedere; "località Fornacchi", "contrada Terlecchia" are read whole.
 */
const DESCRIBING_HEADS: ReadonlySet<string> = new Set(['frazione', 'località', 'contrada', 'rione', 'ghiacciaio', 'bairro', 'aldeia', 'povoado', 'lieu-dit', 'hameau', 'paraje', 'barrio', 'vereda', 'corregimiento']);
const KIND_OF_HEAD = new Map<string, Kind>([...PLACE_HEADS.map((h) => [h, 'place'] as const), ...BODY_HEADS.map((h) => [h, 'org'] as const)]);
/**
 * Bodies whose head is several words or initials, none of which heads a name alone: "cour d'appel de Mons",
 * "parquet de Liège", "zone de police Vesdre", "centre hospitalier de Dax". As patterns, for the
 * apostrophe's two spellings.
 */
const BODY_HEAD_PHRASES = [
  String.raw`cour(?:[^\S\n]+administrative)?[^\S\n]+d['’]appel`,
  String.raw`cour[^\S\n]+d['’]assises`,
  String.raw`zone[^\S\n]+de[^\S\n]+(?:police|secours)`,
  String.raw`centre[^\S\n]+hospitalier(?:[^\S\n]+universitaire|[^\S\n]+régional)?`,
  String.raw`parquet(?:[^\S\n]+général)?`,
  // A university hospital's initials, which the runs read as an unknown acronym: "CHU de Limoges".
  'CHU',
  'CHR',
  'hôpital',
  'questura',
  'ospedale',
  'fiscalía',
];

/** The languages that write such names. */
const LANGUAGES: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt', 'ca', 'gl']);
/** The linking words between a head noun and the name: "de la", "d'", "del", "dell'", "do". */
const LINKS = String.raw`(?:de la|de las|de los|de l['’]|della|dello|degli|delle|dell['’]|del|des|dos|das|du|de|di|da|do|d['’])`;
/** The linking word right after a head, as the head pattern may have read it ("del" as an adjective). */
const LINK_AFTER_HEAD = new RegExp(String.raw`^[^\S\n]+${LINKS}(?:[^\S\n]+|(?<=['’]))`, 'u');
/** Prepositions of three letters or more, which no adjective between a head noun and its name is. */
const PREPOSITIONS = String.raw`(?:aux|con|par|sur|pour|dans|avec|entre|sous|vers|por|para|sin|per|tra|fra|nel|nella|sul|sulla|com|sem|pelo|pela|até|amb|sense)`;
/**
 * Heads that name a place or body only with a linking word: "chaîne des Puys", "canal du Midi" (but
 * "chaîne Arryadia", a channel); "CHU de Limoges" (but "CHR Sambre et Meuse", whose name holds "et").
 */
const LINKED_ONLY: ReadonlySet<string> = new Set(['chaîne', 'canal', 'chu', 'chr']);

/** Adjectives that close a portfolio's name in lower case. */
const PORTFOLIO_ADJECTIVES = String.raw`(?:publique|publiques|public|publics|nationale|national|civile|civil|pública|público|públicas|públicos|pubblica|pubblico|nacional|nazionale|sociale|sociales|sociaux|social)`;

/** Articles and conjunctions that open a sentence, never a name after a head noun ("… au stade. Le match"). */
const ARTICLES = String.raw`(?:Le|La|Les|L['’]|El|Los|Las|Il|Lo|Gli|I|O|Os|As|A|Un|Une|Uno|Una|Um|Uma|En|Et|Y|E|Mais|Pero|Ma|Mas)`;

/**
 * A head noun in lower case, maybe with one adjective ("tribunal administratif", "conseil régional"),
 * the linking word ("de la", "d'", "del", "dell'", "do") and the capitalised name after it, up to
 * four words with the particles names carry ("Nicolás de Piérola", "Duguay-Trouin").
 */
const HEADED_NAME = new RegExp(
  // The head may follow an elided article ("l'université Clermont Auvergne", "dell'ospedale di Cosenza"), not a word's own apostrophe.
  String.raw`(?:(?<![\p{L}'’])|(?<=(?<![\p{L}])(?:[lLdD]|[dD]ell|[nN]ell|[aA]ll|[dD]all|[sS]ull)['’]))` +
    String.raw`(${[...BODY_HEAD_PHRASES, ...KIND_OF_HEAD.keys()].join('|')})(?:[^\S\n]+(?!${PREPOSITIONS}(?![\p{L}]))\p{Ll}{3,})?[^\S\n]+` +
    String.raw`(${LINKS}[^\S\n]*)?` +
    // The name's first word in capitals and small letters: "canal del JNE" names a body's channel, not a canal.
    String.raw`(?!${ARTICLES}(?![\p{L}'’]))\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:[^\S\n]+(?:(?:de|del|da|do|di|la|le)[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,3}` +
    // The adjective a portfolio closes on, in lower case: "ministère de la Sécurité publique", "ministero dell'Istruzione pubblica".
    String.raw`(?:[^\S\n]+${PORTFOLIO_ADJECTIVES}(?![\p{L}]))?`,
  'gu',
);

/** Ministries' heads, whose name may list a second portfolio: "ministère de l'Hydraulique et de l'Assainissement". */
const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministère', 'ministerio', 'ministero', 'ministério']);
/** An adjective by its ending, closing a second portfolio in lower case: "Souveraineté alimentaire", "Transition écologique". */
const PORTFOLIO_ADJECTIVE_SHAPE = String.raw`\p{Ll}{3,}(?:aire|aires|ique|iques|elle|elles|ale|ales|ive|ives|ario|aria|ária|ário|ico|ica|ile|ili)`;
/** A second portfolio after a ministry's first: "et de l'Assainissement", "y de Alimentación", "e della Sovranità alimentare". */
const SECOND_PORTFOLIO = new RegExp(
  String.raw`^[^\S\n]+(?:et|y|e|i)[^\S\n]+${LINKS}[^\S\n]*\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:[^\S\n]+(?:${PORTFOLIO_ADJECTIVES}|${PORTFOLIO_ADJECTIVE_SHAPE})(?![\p{L}]))?`,
  'u',
);

/** A ministry's name with its second portfolio when the text gives one, noted in `extended`; any other match as it is. */
function withSecondPortfolio(m: RegExpExecArray, body: string, extended: Set<RegExpExecArray>): RegExpExecArray {
  if (!MINISTRY_HEADS.has(m[1]!.toLowerCase())) return m;
  const second = SECOND_PORTFOLIO.exec(body.slice(m.index! + m[0].length))?.[0];
  if (second === undefined) return m;
  m[0] += second;
  extended.add(m);
  return m;
}

/** Head nouns that are another word in some of the languages read: the languages where they are. */
const OTHER_WORD_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  col: new Set(['it']),
  via: new Set(['fr', 'es', 'pt', 'ca', 'gl']),
  passo: new Set(['pt']),
};

/** A word written small right after the head noun, before the linking word or the name: its adjective, or a verb. */
const ADJECTIVE_AFTER_HEAD = new RegExp(String.raw`^[^\S\n]+(?!${LINKS}(?![\p{L}]))\p{Ll}{3,}[^\S\n]`, 'u');

/**
 * Dutch bodies written after a small head noun: "gemeente Losser", "provincie Zeeland", "rechtbank
 * Amsterdam", "ministerie van Justitie en Veiligheid", "ministerie van Klimaat en Groene Groei".
 */
const DUTCH_HEADED_NAME =
  /(?<![\p{L}])(gemeente|provincie|ministerie|rechtbank|gerechtshof|waterschap|politiezone|hoogheemraadschap)[^\S\n]+(?:(?:van|voor)[^\S\n]+(?:de[^\S\n]+|het[^\S\n]+)?)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:en[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,3}/gu;

/** Dutch heads of a government named by the place it governs. */
const DUTCH_PLACE_GOVERNMENTS: ReadonlySet<string> = new Set(['gemeente', 'provincie']);

/** The languages that elide the article of a name after a capitalised body's head ("Cégep de l'Abitibi"). */
const ELIDING_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'it', 'ca']);
/**
 * A body's name opened by its head noun in capitals, maybe with capitalised words after it, whose
 * place or field comes after an elided article: "Cégep de l'Abitibi-Témiscamingue", "Université
 * d'Ottawa", "Università dell'Aquila", "Consell Superior d'Investigacions Científiques". The capitalised
 * runs stop at the elision, so they read the head alone and the name after it as a place.
 */
const CAPITAL_HEAD_LIST = [...ORG_HEADS].map((h) => h[0]!.toUpperCase() + h.slice(1));
const CAPITAL_HEADS = CAPITAL_HEAD_LIST.join('|');
const CAPITAL_HEAD_ELIDED = new RegExp(
  // The head may itself follow an elided article ("l'Université d'Ottawa", "dell'Università dell'Aquila").
  String.raw`(?<![\p{L}\p{N}])(${CAPITAL_HEADS})((?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3})[^\S\n]+(?:de[^\S\n]+l['’]|d['’]|dell['’]|dall['’])` +
    // Another body's head after the article names the body the first belongs to ("Osservatorio
    // Vesuviano dell'Istituto nazionale di geofisica"): two names, not one.
    String.raw`(?!(?:${CAPITAL_HEADS})(?![\p{L}]))\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:(?:de|del|di|la|le|e|et|i)[^\S\n]+)?\p{Lu}[\p{L}-]*){0,3}`,
  'gu',
);

/** How a language writes a body's name as a capitalised head and small adjectives after it. */
interface AdjectiveGrammar {
  /** Heads a small adjective follows that the one-word heads of the lists (which also open names with a capitalised word after them) do not hold. */
  heads: readonly string[];
  /** An adjective written small: a people's or a place's, or the level the body serves. */
  adjective: string;
  /** The words that link the head to its field ("des", "della"). */
  links: string;
  /** Words the sentence goes on with after a name: a verb's or a conjunction. */
  goesOn: string;
  /** Adjectives of the level a body serves, after which the place it serves may close its name. */
  levels: string;
}

const ADJECTIVE_GRAMMARS: Readonly<Record<string, AdjectiveGrammar>> = {
  // "Croix-Rouge française", "Police cantonale valaisanne", "Région wallonne", "Conseil fédéral", "Parti socialiste".
  fr: {
    heads: ['Croix-Rouge', 'Grand Conseil', 'Haute Autorité', 'Haut Conseil', 'Police', 'Région', 'Garde', 'Sécurité', 'Protection', 'Office', 'Service', 'Centre', 'Association', 'Union', 'Mutualité', 'Commission', 'Autorité', 'Parti'],
    adjective: String.raw`(?:\p{Ll}+(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ain|aine|ains|aines|al|ale|aux|ales|anne|ane|on|onne|ons|onnes|and|ande|ands|andes|iste)|belge|belges|suisse|suisses|helvétique)`,
    links: String.raw`(?:des|du|de[^\S\n]+la|de[^\S\n]+l['’]|de|d['’]|sur|pour)`,
    goesOn: '(?:a|ont|est|sont|et|qui|avait)',
    levels: '(?:régional|départemental|communal|municipal|cantonal|provincial|civil)e?s?',
  },
  // "Protezione civile", "Comitato glaciologico italiano", "Partito democratico", "Carabinieri forestali".
  it: {
    heads: ['Croce Rossa', 'Protezione', 'Carabinieri', 'Comitato', 'Osservatorio', 'Guardia', 'Polizia', 'Agenzia', 'Consiglio', 'Centro', 'Servizio', 'Ufficio', 'Ente', 'Autorità', 'Associazione', 'Federazione', 'Confederazione', 'Partito', 'Movimento', 'Soccorso'],
    adjective: String.raw`(?:\p{Ll}+(?:ano|ana|ani|ane|ese|esi|ale|ali|ile|ili|ico|ica|ici|iche|ino|ina|ini|ine|ivo|iva|ivi|ive|ista|isti|are|ari|eo|ea|ei|ee))`,
    links: String.raw`(?:del|della|dello|dei|delle|degli|dell['’]|di|sul|sulla|sulle|sui|sugli|per[^\S\n]+la|per[^\S\n]+il|per)`,
    goesOn: '(?:ha|hanno|è|sono|e|che|aveva)',
    levels: '(?:regional|provincial|comunal|municipal|civil|amministrativ|sanitari)[eio]',
  },
};

/** "Croix-Rouge française", "Académie chinoise des sciences", "Protezione civile": a capitalised head and its small adjectives, in the article's language. */
function headAdjectivePattern(grammar: AdjectiveGrammar): RegExp {
  const { heads, adjective, links, goesOn, levels } = grammar;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}-])(${[...heads, CAPITAL_HEADS].join('|')})(?:[^\S\n]+${adjective}){1,2}(?![\p{L}'’-])` +
      // The field after it, one word the sentence goes on after: "Académie chinoise des sciences a", "Office national des forêts (ONF)".
      String.raw`(?:[^\S\n]+${links}[^\S\n]*\p{Ll}{3,}(?=[^\S\n]*[,.;:()]|[^\S\n]+${goesOn}[^\S\n]))?` +
      // Or, after the level it serves, the place: "Consiglio regionale della Puglia", "Tribunale amministrativo regionale
      // per la Puglia" (a people's adjective places the body itself: "Centre spatial guyanais | de Kourou"); not another
      // body ("Osservatorio astronomico della | Regione autonoma Valle d'Aosta").
      String.raw`(?:(?<=${levels})[^\S\n]+${links}[^\S\n]*(?!(?:${CAPITAL_HEADS})(?![\p{L}]))(?<served>\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+){0,2}(?![\p{L}-])))?` +
      // A name that goes on ("Fédération française de ski", "Agence nationale de sécurité du médicament",
      // "Centre spatial guyanais de Kourou", "Centro sportivo Carabinieri", "Chambre régionale d’agriculture") is not cut short.
      String.raw`(?![^\S\n]+(?:${links}(?![\p{L}])|\p{Ll}+['’]|${adjective}(?![\p{L}'’-])|\p{Lu}))`,
    'gu',
  );
}
const HEAD_ADJECTIVE_PATTERNS = new Map(Object.entries(ADJECTIVE_GRAMMARS).map(([language, grammar]) => [language, headAdjectivePattern(grammar)]));
/** The linking word that closes a name cut before the place it serves. */
const TRAILING_LINKS = new Map(Object.entries(ADJECTIVE_GRAMMARS).map(([language, grammar]) => [language, new RegExp(String.raw`[^\S\n]+${grammar.links}[^\S\n]*$`, 'u')]));

/**
 * The names written after a head noun, as written and typed by it; the mentions the capitalised runs
 * made of their words give way to them. People are left alone ("le gouvernement de François Legault").
 */
export function withLowercaseHeads(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  if (language === undefined || !(LANGUAGES.has(language) || language === 'nl')) return;
  // "Service des dangers naturels du canton du Valais": a body closed by the place it serves, read whole; the shorter
  // readings of its head below give way to it.
  const served = servedBodies(body, language, CAPITAL_HEAD_LIST).filter((b) => !GAZ.has(norm(b.name)));
  const withinServed = (m: RegExpMatchArray): boolean => served.some((b) => b.pos < m.index! + m[0].length && m.index! < b.pos + b.name.length);
  const headAdjective = HEAD_ADJECTIVE_PATTERNS.get(language);
  const adjectivedAll = headAdjective ? [...body.matchAll(headAdjective)].filter((m) => !GAZ.has(norm(m[0]))) : [];
  const extended = new Set<RegExpExecArray>();
  const headed = (language === 'nl' ? [...body.matchAll(DUTCH_HEADED_NAME)] : [...body.matchAll(HEADED_NAME)].filter((m) => !(LINKED_ONLY.has(m[1]!.toLowerCase()) && m[2] === undefined)).map((m) => withSecondPortfolio(m, body, extended)))
    // A place's noun takes no word written small before the name: "no rio depende da Secretaria …" is a verb's.
    .filter((m) => !(KIND_OF_HEAD.get(m[1]!.toLowerCase()) === 'place' && ADJECTIVE_AFTER_HEAD.test(m[0].slice(m[1]!.length))))
    // Nor one that is another language's small word: Italian "col Monopoli" (with the), French "via Lyon" (by way of).
    .filter((m) => !(OTHER_WORD_IN[m[1]!.toLowerCase()]?.has(language) ?? false))
    // A body whose name goes on past the match is the one the head belongs to: "parquet de l'Union belge" is the Union belge's.
    .filter((m) => !adjectivedAll.some((a) => a.index! > m.index! && a.index! < m.index! + m[0].length && a.index! + a[0].length > m.index! + m[0].length));
  // A name the lists know ("Banca d'Italia") is read, with its canonical name, by the runs.
  const elided = ELIDING_LANGUAGES.has(language) ? [...body.matchAll(CAPITAL_HEAD_ELIDED)].filter((m) => !GAZ.has(norm(m[0]))) : [];
  const adjectived = adjectivedAll.filter((m) => !overlaps(m, [...headed, ...elided]));
  // The ministry named again by its first portfolio alone is the same ministry ("ministère de l'Agriculture").
  const longForms = headed.filter((m) => extended.has(m)).map((m) => m[0]);
  const fullName = (name: string): string => longForms.find((long) => long.startsWith(name) && SECOND_PORTFOLIO.test(long.slice(name.length))) ?? name;
  for (const b of served) {
    const end = b.pos + b.name.length;
    // (A person's name inside it says the span is no body serving a place: the runs' readings stand.)
    if (mentions.some((o) => o.kind === 'person' && o.pos < end && o.pos + o.name.length > b.pos)) continue;
    withNameOverSpan(mentions, singles, body, { kind: 'org', name: b.name, pos: b.pos, fixed: true }, end, b.servedAt);
  }
  for (const m of [...headed, ...elided, ...adjectived].filter((m) => !withinServed(m))) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    // A longer name read already ("Office national des forêts (ONF)", spelt by its acronym) stays whole.
    if (adjectived.includes(m) && mentions.some((o) => o.kind === 'org' && o.pos <= start && o.pos + o.name.length >= end && o.name.length > m[0].length)) continue;
    const inside = mentions.filter((o) => o.pos < end && o.pos + o.name.length > start);
    // A person right after a place's noun is its namesake ("estadio Atanasio Girardot", "rue Victor Hugo").
    const namesake = headed.includes(m) && m[2] === undefined && KIND_OF_HEAD.get(m[1]!.toLowerCase()) === 'place';
    // What follows a body's head and adjectives and is no place it serves is another name: "Protezione
    // civile | di Guido Bertolaso".
    // ("provincie Antwerpen", "gemeente Losser": the Dutch government's place is one of the article's too.)
    const servedAt = m.groups?.served !== undefined ? end - m.groups.served.length : language === 'nl' && DUTCH_PLACE_GOVERNMENTS.has(m[1]!) ? start + m[1]!.length : end;
    const [name, nameEnd] = servedAt < end && inside.some((o) => o.kind === 'person' && o.pos >= servedAt) ? withoutServed(m[0], servedAt - start, start, TRAILING_LINKS.get(language)!) : [m[0], end];
    if (!namesake && inside.some((o) => o.kind === 'person' && o.pos < nameEnd)) continue;
    // The place a body serves stays a place of its own ("Puglia" in "Consiglio regionale della Puglia").
    for (const o of inside) if (o.pos < nameEnd && !(o.kind === 'place' && o.pos >= servedAt)) mentions.splice(mentions.indexOf(o), 1);
    dropSinglesWithin(singles, body, start, nameEnd);
    const linkAfterHead = headed.includes(m) && DESCRIBING_HEADS.has(m[1]!.toLowerCase()) ? LINK_AFTER_HEAD.exec(m[0].slice(m[1]!.length)) : null;
    if (linkAfterHead) {
      const at = m[1]!.length + linkAfterHead[0].length;
      mentions.push({ kind: 'place', name: m[0].slice(at), pos: start + at, fixed: true });
      continue;
    }
    mentions.push({ kind: KIND_OF_HEAD.get(m[1]!.toLowerCase()) ?? 'org', name: fullName(name), pos: start, fixed: true });
  }
}

/** A body's name without the words from `servedAt` on and the linking word before them, and where it then ends. */
function withoutServed(matched: string, servedAt: number, start: number, links: RegExp): [string, number] {
  const name = matched.slice(0, servedAt).replace(links, '');
  return [name, start + name.length];
}

/** Whether a match shares a character with any of others. */
function overlaps(m: RegExpMatchArray, others: readonly RegExpMatchArray[]): boolean {
  return others.some((o) => o.index! < m.index! + m[0].length && m.index! < o.index! + o[0].length);
}
