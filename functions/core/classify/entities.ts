/**
 * Named-entity extraction tuned for news text: capitalised-sequence candidates typed by a small
 * gazetteer (countries, cities, organisations, news outlets), title/honorific cues and name
 * shape, then alias merging so each entity appears once under its longest full form.
 */
import type { EntitySet } from '../article.js';
import { ENTITY_NAME_GROUPS } from '../entity-names.js';
import gazetteer from './data/gazetteer.json' with { type: 'json' };
import companies from './data/companies.json' with { type: 'json' };
import givenNames from './data/given-names.json' with { type: 'json' };
import sports from './data/sports.json' with { type: 'json' };
import type { Lexicon } from './lexicon.js';
import { CLUB_AFTER, isCamelBrand, LIST_BEFORE, orgCueAt, TEAM_ROLE_AFTER, type OrgCue } from './org-cues.js';
import { ALL_STOPWORDS, STOPWORDS } from './stopwords.js';
import { isCueWord } from './topic-cues.js';
import { foldPlaceName, isWorldPlace, worldTownSize } from './world-places.js';

type Kind = 'person' | 'place' | 'org';

interface GazEntry {
  canonical: string;
  kind: Kind;
}

/**
 * Most entities kept per kind: each is a feed entry and a counter write (about $1.25 per million
 * articles), and a match report or a policy story names more than 12 people, places or bodies often
 * enough that 12 cut a tenth of the names careful readers list.
 */
export const MAX_ENTITIES = 20;

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\.$/, '');

const GAZ = new Map<string, GazEntry>();
// Short all-caps aliases (US, UN, AP) only match in capitals: "Us" in "Like Us" is not a country.
const CASE_SENSITIVE = new Set<string>();
/** Aliases with lowercase words inside, which no capitalised run holds ("Banque centrale européenne"). */
const LOWERCASE_INNER: { alias: string; entry: GazEntry }[] = [];
function addGaz(list: readonly string[], kind: Kind): void {
  for (const line of list) {
    const names = line.split('|');
    addGazNames(names[0]!, names, kind);
  }
}
/** Enters the names of one entry under its canonical name; a name already known keeps its first entry. */
function addGazNames(canonical: string, names: readonly string[], kind: Kind): void {
  for (const n of names) {
    const key = norm(n);
    const shortCaps = /^[A-Z.]{1,4}$/.test(n);
    if (GAZ.has(key)) {
      // A mixed-case spelling of the same short name ("Nato" beside "NATO") makes it match in any case.
      if (GAZ.get(key)!.canonical === canonical && !shortCaps) CASE_SENSITIVE.delete(key);
      continue;
    }
    GAZ.set(key, { canonical, kind });
    if (shortCaps) CASE_SENSITIVE.add(key);
    if (/\s\p{Ll}/u.test(n)) LOWERCASE_INNER.push({ alias: n, entry: { canonical, kind } });
  }
}
addGaz(gazetteer.countries, 'place');
addGaz(gazetteer.places, 'place');
addGaz(gazetteer.organizations, 'org');
addGaz(gazetteer.agencies, 'org');

const NON_NAMES = new Set(gazetteer.nonNames.map(norm));

/**
 * Sports names (data/sports.json): clubs, leagues and governing bodies are organisations, venues
 * places. The gazetteer's own entries win, so "Leeds" stays a place there; a short name that is
 * also an everyday word or another club's ("Celtic", "Thunder", "Reading") is only read in an
 * article that names at least two other sports names (see `SPORTS_ONLY`).
 */
const AMBIGUOUS_SPORTS = new Set(sports.ambiguousAliases.map(norm));
/**
 * Ambiguous sports names and the club, league or venue each stands for in a sports article. A short
 * name for a team ("Thunder", "Blues", "Saints", which British papers also use for Chelsea or
 * Southampton; "Athletic", "Real") counts only where the article also names that team in full.
 */
const SPORTS_ONLY = new Map<string, GazEntry & { nickname: boolean }>();
/** Canonical names the sports lists put in the gazetteer: two of them in one article make it a sports article. */
const SPORTS_CANONICAL = new Set<string>();
/** Gazetteer places that are also a club's name ("Leeds", "Wrexham"): the club in a sports article, unless a preposition makes them a location. */
const CLUB_PLACES = new Set<string>();
for (const [list, kind] of [
  [sports.clubs, 'org'],
  [sports.leagues, 'org'],
  [sports.bodies, 'org'],
  [sports.venues, 'place'],
] as const) {
  for (const line of list) {
    const names = line.split('|');
    const canonical = names[0]!;
    // A club's one-word name is most often its town's ("Ayr", "Motherwell"): the club only in a sports article.
    const sportsOnly = (n: string): boolean => AMBIGUOUS_SPORTS.has(norm(n)) || (list === sports.clubs && !/\s/.test(n) && !GAZ.has(norm(n)));
    addGazNames(canonical, names.filter((n) => !sportsOnly(n)), kind);
    for (const n of names) {
      const key = norm(n);
      const known = GAZ.get(key);
      if (sportsOnly(n) && !known) {
        // "Wednesday" (Sheffield Wednesday) is a day first.
        // "Leinster" of "Leinster Rugby" is the club's short name, not a nickname another club may share.
        if (!SPORTS_ONLY.has(key) && !NON_NAMES.has(key)) SPORTS_ONLY.set(key, { canonical, kind, nickname: n !== canonical && (AMBIGUOUS_SPORTS.has(key) || !canonical.startsWith(`${n} `)) });
      } else if (known && known.kind === kind) SPORTS_CANONICAL.add(known.canonical);
      else if (known?.kind === 'place' && kind === 'org' && list === sports.clubs) CLUB_PLACES.add(known.canonical);
    }
  }
}
// Companies come last: a name the gazetteer or the sports lists know keeps its entry, and a company
// whose other name is already known joins that entry ("HSBC Holdings" is "HSBC").
/** Names of companies (from the companies list), lower-cased: their national units take a country's name after them. */
const COMPANY_NAMES = new Set<string>();
for (const line of companies as string[]) {
  const names = line.split('|');
  const known = names.map((n) => GAZ.get(norm(n))).find((e) => e?.kind === 'org');
  addGazNames(known?.canonical ?? names[0]!, names, 'org');
  for (const n of names) COMPANY_NAMES.add(norm(n));
}

const MAX_GAZ_TOKENS = 6;
/** First two words of multi-word gazetteer names, so "New" in "New York University" is kept. */
const GAZ_PREFIXES = new Set([...GAZ.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').slice(0, 2).join(' ')));

const TITLES = new Set(gazetteer.titles.map(norm));
/** Canonical names of countries, which a role after them makes a national team, still the country. */
const COUNTRIES = new Set(gazetteer.countries.map((line) => line.split('|')[0]!));
/** Titles written with a period ("Prof.", "Sen.", "Gen."): the period does not end the sentence. */
const ABBREVIATED_TITLES = new Set(gazetteer.titles.filter((t) => t.endsWith('.')).map(norm));
const MAX_TITLE_TOKENS = 3;
/** Everyday words that close a company's name when they end a capitalised run ("Thames Water", "Elliott Management"). */
const ORG_TAILS = new Set(
  'management water power gas electric electricity rail railways steel oil mining minerals insurance logistics shipping resources brands software semiconductor semiconductors pharma biotech therapeutics robotics aerospace automotive chemicals solutions consulting securities investments properties realty platinum'.split(' '),
);
/** An office named with a list of portfolios, up to the comma before the last one ("Minister of Sport, "). */
const OFFICE_LIST_BEFORE = /\b(?:Minister|Secretary|Commissioner|MEC)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:(?:,\s+|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*(?:,\s+|\s+and\s+)(?:the\s+)?$/u;
/** A capitalised word or hyphenated pair of them, as names are written: "Mifflin", "Armah-Kofi". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** What opens a surname written with a second capital: "McAllister", "O'Brien", "DeSantis", "VanDyke". */
const INNER_CAPITAL_PREFIX = String.raw`(?:Mc|Mac|[OD]['’]|De|Di|Da|Du|La|Le|Van|Von)`;
/** A word of a person's name: "Fullerton", "O'Brien", "McAllister", "DeSantis", "M'membe". */
const PERSON_NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|${INNER_CAPITAL_PREFIX}\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Ll}{2,})$`, 'u');
/**
 * A word shaped like a name's, for a run found by shape alone: "Obama", "Jean-Pierre", "Jong-un",
 * "Jae-myung", "al-Assad", "J.", "DeSantis" — not "Clinton-emails" or "YouTube".
 */
const NAME_SHAPED_WORD = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?(?:-(?:\p{Lu}\p{Ll}+|\p{Ll}{1,3}))*|\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,5}|\p{Lu}\.|${INNER_CAPITAL_PREFIX}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}['’]\p{Ll}{3,})$`,
  'u',
);
/** Offices named after the town or county they serve ("Buffalo Mayor", "Allegheny County Executive"). */
const LOCAL_OFFICES = new Set(['mayor', 'lord mayor', 'deputy mayor', 'county executive', 'sheriff', 'borough president']);
/** Place words that are also common surnames. */
const SURNAME_PLACE_WORDS = new Set(['hill', 'brook', 'plant', 'firth', 'peak', 'cove', 'dam']);
/** Legal endings of a company's name. */
const LEGAL_ENDINGS = new Set(['limited', 'ltd', 'ltd.', 'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'plc', 'llc', 'ag', 'gmbh', 'bhd', 'berhad']);
/** Fields of public services named after the country or region they serve ("Police Scotland", "Statistics Canada"). */
const SERVICE_BEFORE_PLACE = new Set(['police', 'polizei', 'feuerwehr', 'health', 'statistics', 'transport', 'sport', 'tourism', 'parks', 'revenue', 'heritage', 'forestry', 'fisheries', 'education', 'infrastructure', 'innovation', 'skills']);
/** "-based", "-controlled", "-led": a place or party qualifying the name that follows. */
const QUALIFIER_SUFFIX = /(?<=.)-(?:based|controlled|led|backed|owned|run|dominated|funded)$/i;
/** Last words of a building or ground, which is a place whatever body its name holds ("Vandenberg Space Force Base"). */
const BUILDING_WORDS = new Set(['hospital', 'infirmary', 'base', 'airport', 'airfield', 'aerodrome', 'barracks', 'stadium', 'arena', 'terminal']);
/** "March Pen Road", "Friday Street": a word that is no name elsewhere opens a street's name of three words or more. */
function namesStreet(toks: readonly Token[]): boolean {
  return toks.length >= 3 && !toks[0]!.sentenceStart && STREET_WORDS.has(norm(toks[toks.length - 1]!.bare));
}

/** Houses of worship, places when a saint's or an owner's name comes first. */
const WORSHIP_WORDS = new Set(['church', 'cathedral', 'chapel', 'abbey', 'basilica', 'minster', 'mosque', 'temple', 'kirk', 'priory', 'shrine']);
/** The last two words of a venue called a centre. */
const VENUE_CENTRE = /^(?:Convention|Exhibition|Conference|Congress|Space|Shopping|Community|Sports|Aquatic|Aquatics|Leisure|Cultural|Visitor|Heritage|Civic|Trade|Health|Medical|Detention|Correctional|Remand|Evacuation|Treatment|Rehabilitation|Cancer|Trauma|Processing|Reception|Entertainment|Government|Events|Arts|Curling|Tennis|Ice) (?:Centre|Center)$/u;
/** Words that say which government an office belongs to ("Union Agriculture Minister", "Federal Health Minister"). */
const TITLE_QUALIFIERS = new Set(['union', 'federal', 'state', 'provincial', 'regional']);
// "Sri Lankan", "Costa Rican": the last word of a two-word demonym is one too ("Lankan tea" is no name).
const DEMONYMS = new Set(gazetteer.demonyms.flatMap((d) => [norm(d), ...(d.includes(' ') ? [norm(d.split(' ').pop()!)] : [])]));
const ORG_WORDS = new Set(gazetteer.orgWords.map(norm));
const ORG_HEADS = new Set(gazetteer.orgHeads.map(norm));
const PLACE_WORDS = new Set(gazetteer.placeWords.map(norm));
const PLACE_PREFIXES = new Set(gazetteer.placePrefixes.map(norm));
const NON_PERSON_FIRST = new Set(gazetteer.nonPersonFirst.map(norm));
/** Lowercase name particles that never split a run ("Mohammed bin Salman", "Charles de Gaulle"). */
const NAME_PARTICLES = new Set(['bin', 'binti', 'anak', 'ibn', 'al', 'el', 'de', 'van', 'von', 'der', 'den', 'da', 'del', 'la', 'le', 'du', 'dos', 'ur', 'ul', 'uz', 'ud']);
/** Particles written with a capital inside names: "Anna Di Meo", "Vincenzo De Luca", "Nuno Dos Santos". */
const INNER_PARTICLES = new Set(['Di', 'De', 'Da', 'Del', 'Della', 'Dos', 'Das', 'Do', 'Van', 'Von', 'Der', 'Den', 'Le', 'La', 'Du', 'Des', 'Ter', 'Ten', 'Te']);
/** Heads of treaty and tournament names that open with a place ("Paris Agreement", "US Open"). */
const NAMED_AFTER_PLACE = new Set(['agreement', 'agreements', 'accord', 'accords', 'protocol', 'convention', 'declaration', 'treaty', 'consensus', 'doctrine', 'open', 'masters', 'syndrome', 'format']);
/** Last words of street names. */
const STREET_WORDS = new Set(['street', 'avenue', 'road', 'lane', 'boulevard', 'drive', 'terrace', 'crescent', 'close', 'st.', 'rd', 'ave']);
/** Words naming a numbered branch of a union or a body ("Local 600", "District 751"). */
const BRANCH_WORDS = new Set(['local', 'district', 'lodge', 'chapter', 'branch']);
/** Everyday words that close names of things rather than people ("Victoria Station", "Rose Garden"). */
const NOT_SURNAMES = new Set(
  'station garden gardens hall centre center circle square place plaza tower terminal stadium arena court cup trophy award awards prize day week festival house palace church cathedral school college hospital line lines express times post news weekly show games'.split(' '),
);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Canonical names news uses for one body by its own choice; an article keeps the one it uses most. */
const RIVAL_NAMES: readonly ReadonlySet<string>[] = ENTITY_NAME_GROUPS.map((group) => new Set(group));
/**
 * Given names common in international news, and the family names that open Chinese and Korean names
 * (Xi Jinping, Kim Jong-un): outside English an untitled person name must open with one.
 */
const GIVEN_NAMES = new Set((givenNames as string[]).map(norm));
/** Lowercase words that may sit inside a name ("Bank of America", "Mohammed bin Salman"). */
const CONNECTORS = new Set([...NAME_PARTICLES, '&', 'of', 'for', 'and', 'the', 'des', 'ez', 'y']);
/**
 * Lowercase words that also join the parts of one name in an article of that language
 * ("Instituto Português do Mar e da Atmosfera", "Nederlandse Organisatie voor Wetenschappelijk
 * Onderzoek"); in English text they are too often ordinary words.
 */
const LANGUAGE_CONNECTORS: Readonly<Record<string, readonly string[]>> = {
  fr: ['et', 'pour'],
  es: ['e', 'las', 'los', 'para'],
  pt: ['do', 'das', 'e', 'para'],
  it: ['di', 'della', 'delle', 'dei', 'degli', 'dello', 'e', 'per'],
  nl: ['voor', 'en', 'het'],
};
/** The words between an office and its portfolio: "Minister for Health", "Minister für Gesundheit". */
const OFFICE_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'für']);
/** "and" in the languages whose connectors join names: two places joined by it are two places. */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'e', 'y', 'en']);
const connectorsFor = (language: string | undefined): ReadonlySet<string> =>
  language && LANGUAGE_CONNECTORS[language] ? new Set([...CONNECTORS, ...LANGUAGE_CONNECTORS[language]]) : CONNECTORS;
/**
 * Prepositions after which an unknown capitalised name is a place ("à Redon", "em Manteigas",
 * "in Delft"), per language. Not German, where every noun is capitalised after "in"; not "de" or
 * "da", which come before people as often as before places.
 */
const FOREIGN_PLACE_PREPS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['à', 'en', 'vers']),
  es: new Set(['en', 'desde', 'hacia']),
  pt: new Set(['em', 'no', 'na', 'desde']),
  it: new Set(['a', 'in']),
  nl: new Set(['in', 'uit', 'naar']),
  sv: new Set(['i', 'från', 'utanför', 'nära']),
  // German capitalises every noun: after these, only a name the lists know or one shaped like a
  // place's ("Ötztal", "Hintereisferner", "Wendelstein") counts (see `germanPlaceShaped`).
  de: new Set(['in', 'im', 'am', 'ins', 'nach', 'aus', 'vom', 'bei', 'auf']),
};
/** Endings of German and Alpine place names: valleys, glaciers, peaks, passes, lakes, villages. */
const GERMAN_PLACE_ENDING = /(?:tal|ferner|kees|gletscher|berg|spitze|kogel|joch|see|bach|dorf|hausen|heim|ingen|stadt|burg|hütte|hospiz|alm|wald|brunn|kirchen|feld|stein|horn)$/u;

/**
 * Whether capitalised German words after a locative preposition name a place rather than a noun: a
 * name the lists know, a town of the world list after "in", "nach", "aus" or "bei" ("am Ende", "auf
 * dem Boden" are nouns), or a compound with a place's ending ("Ötztal", not "Feld" or "See").
 */
function germanPlaceShaped(words: readonly string[], before: string): boolean {
  if (words.length > 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  const ending = GERMAN_PLACE_ENDING.exec(last)?.[0];
  return (
    gazLookup([...words])?.kind === 'place' ||
    (/^(?:in|nach|aus|bei)$/u.test(before) && words.length === 1 && worldTownSize(words[0]!) !== undefined) ||
    (ending !== undefined && last.length >= ending.length + 3)
  );
}
/** Name particles that start a name part when hyphen-joined ("al-Assad"). */
const PARTICLE_RE = /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|abd|de|di|da|van|von|le|la)-\p{Lu}/u;
/** Function words that cannot sit inside a name, so a capitalised run containing one is prose. */
const RUN_BREAKERS = new Set(
  'is are was were be been am you we they he she it i me my your our their this that these those to a an in at by with from as if but or not no has have had do does did will would can could should may might must here there what when where why how who which'.split(' '),
);

/**
 * English function words. Inside a name in an English article only these count as function words:
 * the other languages' lists hold short surnames and given names ("Su", "Ye", "Min", "Do").
 */
const EN_STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS.en);

/** Prepositions after which a lone unknown capitalised word is usually a place. */
const PLACE_PREPS = new Set(['in', 'near', 'from', 'into', 'outside', 'inside', 'across', 'toward', 'towards']);


/** Whether an acronym's letters are initials of the run's words, in order, the first matching ("IPC" for "Integrated Food Security Phase Classification"). */
/** An everyday word, or one shaped like an adjective or an abstract noun ("Occupational", "Agricultural"). */
function everydayShaped(word: string, lex: Lexicon | undefined): boolean {
  if (lex?.isCommon(word)) return true;
  return !GIVEN_NAMES.has(norm(word)) && !GAZ.has(norm(word)) && /\p{Ll}(?:al|ary|ic|ive|ous|ion|ity|ment|ness|ing|ure|ance|ence)$/u.test(word);
}

/**
 * "Idaho Housing and Finance Association", "South Wales Fire and Rescue Service": a place and one
 * everyday word before the "and", and after it words nothing knows on their own, make one body's name.
 */
function placeQualifiedAnd(rest: string[], and: number, lex: Lexicon | undefined): boolean {
  if (and < 2 || and > 3) return false;
  const place = rest.slice(0, and - 1);
  const word = rest[and - 1]!;
  return (
    (gazLookup(place)?.kind === 'place' || (place.length === 2 && COMPASS.has(norm(place[0]!)) && gazLookup(place.slice(1))?.kind === 'place')) &&
    (lex?.isCommon(word) ?? false) &&
    !ORG_WORDS.has(norm(word)) &&
    !GAZ.has(norm(word)) &&
    !rest.slice(and + 1).some((w) => gazLookup([w]) !== undefined)
  );
}

function acronymOf(acronym: string, words: string[]): boolean {
  const initials = words.filter((w) => !CONNECTORS.has(w) && /^\p{Lu}/u.test(w)).flatMap((w) => w.split('-').map((p) => p[0] ?? ''));
  if (initials[0] !== acronym[0] || acronym.length > initials.length) return false;
  let k = 0;
  for (const c of initials) if (c === acronym[k]) k++;
  return k === acronym.length && acronym[acronym.length - 1] === initials[initials.length - 1];
}

/**
 * Looser than `acronymOf`: every capitalised word gives its initial in order, and may give more
 * letters of itself ("ASEAN": Association of SouthEast Asian Nations; "NOAA": National Oceanic and
 * Atmospheric Administration).
 */
function spellsAcronym(acronym: string, words: string[]): boolean {
  const content = words.filter((w) => !CONNECTORS.has(w) && /^\p{Lu}/u.test(w)).map((w) => w.toUpperCase());
  const match = (k: number, w: number): boolean => {
    if (w === content.length) return k === acronym.length;
    const word = content[w]!;
    if (acronym[k] !== word[0]) return false;
    // Take the initial, then any further letters of the same word in order.
    let kk = k + 1;
    if (match(kk, w + 1)) return true;
    for (let i = 1; i < word.length && kk < acronym.length; i++) {
      if (word[i] === acronym[kk]) {
        kk++;
        if (match(kk, w + 1)) return true;
      }
    }
    return false;
  };
  return content.length >= 2 && match(0, 0);
}

interface Token {
  text: string;
  /** Token with a trailing possessive removed. */
  bare: string;
  pos: number;
  sentenceStart: boolean;
  /** Punctuation (or a line break) separates this token from the previous one. */
  breakBefore: boolean;
  possessive: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*(?:['’]s?)?\.?|(?<=\s)&(?=\s)/gu;

const LOWERCASE_ELISION = /^\p{Ll}{1,6}['’](?=\p{Lu})/u;
const CAPITAL_ELISION = /^(?:\p{Ll}{1,6}|L|Dell|Nell|All|Dall|Sull|Un|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\p{Lu})/u;

/** `splitCapitalElision`: French or Italian text, where "L'Union" opening a sentence is "the Union". */
function tokenizeForNames(text: string, splitCapitalElision = false): Token[] {
  const out: Token[] = [];
  let last = 0;
  let sentenceStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    let pos = m.index;
    // French and Italian elide an article or preposition onto a name: "l'Union", "d'Israël", "dell'Italia".
    // Opening a sentence the article is capitalised ("L'Onu"), but a known name keeps it (L'Oréal);
    // "D'" always stays, it opens surnames (D'Alema).
    let elided = (splitCapitalElision ? CAPITAL_ELISION : LOWERCASE_ELISION).exec(t);
    if (elided && splitCapitalElision && GAZ.has(norm(t))) elided = LOWERCASE_ELISION.exec(t);
    if (elided) {
      t = t.slice(elided[0].length);
      pos += elided[0].length;
    }
    const gap = text.slice(last, pos);
    // A period belongs to abbreviations ("Mr.", "U.S.", "Lt."); otherwise it ends the sentence.
    let endsSentence = false;
    if (t.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(t) && !ABBREVIATED_TITLES.has(norm(t)) && !/^(?:\p{Lu}|St|Ste|Mt|Ft|Jr|Sr|Inc|Corp|Ltd|Co)\.$/u.test(t)) {
      t = t.slice(0, -1);
      endsSentence = true;
    }
    const brk = sentenceStart || /[^\s]/.test(gap) || /\n/.test(gap) || out.length === 0;
    if (/[.!?:;][\s"'“”‘’()[\]]*$|\n\s*\n/.test(gap) || out.length === 0) sentenceStart = true;
    // Opening quotes or brackets keep the sentence start ("“I have...").
    // A possessive that is part of a known name is no possessive: "St. John's", "Hawke's Bay".
    const possessive = /['’]s?$/.test(t) && t.length > 2 && !(out.length > 0 && !brk && GAZ.has(norm(`${out[out.length - 1]!.text} ${t.replace(/’/gu, "'")}`)));
    const bare = possessive ? t.replace(/['’]s?$/, '') : t;
    out.push({ text: t, bare, pos, sentenceStart, breakBefore: brk, possessive });
    sentenceStart = endsSentence;
    last = m.index + m[0].length;
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) || PARTICLE_RE.test(w) || /^\p{Lu}?\p{N}+\p{Lu}*$/u.test(w) && /\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&-]{1,6}$/u.test(w);

/** A maximal run of capitalised tokens (with inner connectors) inside one sentence. */
interface Run {
  tokens: Token[];
}

/** "on Monday", "on Eastern Avenue", "of America on Main Street": an "on" after a name that says when or where. */
function onIsLocation(tokens: Token[], at: number): boolean {
  if (NON_NAMES.has(norm(tokens[at + 1]?.bare ?? ''))) return true;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5) && isCapitalised(tokens[k]!.bare); k++) if (STREET_WORDS.has(norm(tokens[k]!.bare)) || PLACE_WORDS.has(norm(tokens[k]!.bare))) return true;
  return false;
}

/** "Police Scotland", "Health Canada": a public service's field, then the known place it serves. */
function isPublicService(words: string[]): boolean {
  return words.length === 2 && SERVICE_BEFORE_PLACE.has(norm(words[0]!)) && gazLookup(words.slice(1))?.kind === 'place';
}

/** "Arthur's Pass National Park", "Martha's Vineyard Harbor": a given name's possessive opening a place's name. */
function placeNamedAfter(tokens: Token[], at: number): boolean {
  if (!GIVEN_NAMES.has(norm(tokens[at]!.bare)) || GAZ.has(norm(tokens[at]!.bare))) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5) && !tokens[k]!.breakBefore && isCapitalised(tokens[k]!.bare); k++) {
    if (PLACE_WORDS.has(norm(tokens[k]!.bare))) return true;
    if (tokens[k]!.possessive) break;
  }
  return false;
}

/** "Hawke's Bay Magpies", "Martha's Vineyard": the possessive opens a name the gazetteer knows. */
function knownWithPossessive(tokens: Token[], at: number): boolean {
  const words = [tokens[at]!.text.replace(/’/gu, "'")];
  for (let k = at + 1; k < Math.min(tokens.length, at + 4) && !tokens[k]!.breakBefore && isCapitalised(tokens[k]!.bare); k++) {
    words.push(tokens[k]!.bare);
    if (GAZ.has(norm(words.join(' ')))) return true;
  }
  return false;
}

/** Body words a plural possessive opens a name before ("Teachers' Union", "Workers' Party"). */
const PLURAL_OWNER_BODIES = new Set(['association', 'union', 'congress', 'federation', 'party', 'council', 'organisation', 'organization', 'alliance', 'league', 'guild', 'society', 'club', 'trust', 'forum', 'fund', 'institute', 'cooperative', 'co-operative', 'chamber', 'collective', 'network', 'front', 'movement']);

/** "U.S. Attorney's Office", "Prime Minister's Office", "Auditor-General's Department": an office named after its holder. */
function officeOfHolder(holder: Token, next: Token): boolean {
  return /^(?:Office|Department|Chambers)$/u.test(next.bare) && (TITLES.has(norm(holder.bare)) || /^(?:Attorney|Auditor|Solicitor|Comptroller|Ombudsman|Coroner|Registrar)(?:-General)?$/u.test(holder.bare));
}

function findRuns(tokens: Token[], connectors: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = (): void => {
    while (cur.length && connectors.has(cur[cur.length - 1]!.bare)) cur.pop();
    if (cur.length) runs.push({ tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.breakBefore) flush();
    if (isCapitalised(t.bare)) {
      cur.push(t);
    } else if (cur.length && /^\p{N}{1,3}$/u.test(t.bare) && GAZ.has(norm([...cur.map((c) => c.bare), t.bare].join(' ')))) {
      // "Ligue 1", "Formula 1": a number closing a name the gazetteer knows.
      cur.push(t);
    } else if (
      cur.length &&
      // "on" inside a body's name: "National Institute for Research on Glaciers", "Commission on Human Rights".
      (connectors.has(t.bare) ||
        (t.bare === 'on' && cur.some((c) => ORG_WORDS.has(norm(c.bare))) && !onIsLocation(tokens, i)) ||
        // German "für" inside a body's or an office's name ("Max-Planck-Institut für Plasmaphysik",
        // "Minister für Gesundheit"), not between any two nouns ("Preissenkungen für Gas").
        (t.bare === 'für' && cur.some((c) => germanBodyNoun(c.bare) || TITLES.has(norm(c.bare))))) &&
      // "the" only inside a name after another connector ("Bank of the West"), not "Obama the ...".
      (t.bare !== 'the' || CONNECTORS.has(cur[cur.length - 1]!.bare)) &&
      i + 1 < tokens.length &&
      !tokens[i + 1]!.breakBefore &&
      (isCapitalised(tokens[i + 1]!.bare) ||
        // Two name particles in a row: "Anko van der Werff", "María de la Cruz"; outside English any
        // two connectors ("do Mar e da Atmosfera").
        (((NAME_PARTICLES.has(t.bare) && NAME_PARTICLES.has(tokens[i + 1]!.bare)) || (connectors !== CONNECTORS && connectors.has(tokens[i + 1]!.bare))) &&
          i + 2 < tokens.length &&
          !tokens[i + 2]!.breakBefore &&
          isCapitalised(tokens[i + 2]!.bare)) ||
        // "of the" and "for the" after an institution's word: "International Committee of the Red Cross".
        ((t.bare === 'of' || t.bare === 'for') &&
          tokens[i + 1]!.bare === 'the' &&
          i + 2 < tokens.length &&
          !tokens[i + 2]!.breakBefore &&
          isCapitalised(tokens[i + 2]!.bare) &&
          ORG_WORDS.has(norm(cur[cur.length - 1]!.bare))))
    ) {
      cur.push(t);
    } else {
      flush();
    }
    if (t.possessive) {
      // "Queen's Park Oval", "St Patrick's Athletic", "King's College", "Vietnam People's Army": a
      // saint's, a sovereign's or the people's possessive opening a longer capitalised name is part of it.
      const next = tokens[i + 1];
      const inName =
        next !== undefined && !next.breakBefore && isCapitalised(next.bare) && /^\p{Lu}\p{Ll}/u.test(next.bare) && /['’]s$/u.test(t.text) &&
        (/^(?:Queen|King|Lord|Prince|Princess|People)$/u.test(t.bare) || /^(?:St|St\.|Saint)$/u.test(tokens[i - 1]?.bare ?? '') || placeNamedAfter(tokens, i) || officeOfHolder(t, next) || knownWithPossessive(tokens, i));
      // "Ceylon Workers' Congress", "Planters' Association of Ceylon": a plural possessive before a body's word.
      // "Macau Dealers' Rights Association": or with a capitalised word between.
      const after = tokens[i + 2];
      const pluralOwner = next !== undefined && !next.breakBefore && /s['’]$/u.test(t.text) &&
        (PLURAL_OWNER_BODIES.has(norm(next.bare)) || (after !== undefined && !after.breakBefore && isCapitalised(next.bare) && !next.possessive && PLURAL_OWNER_BODIES.has(norm(after.bare))));
      if (inName || pluralOwner) cur[cur.length - 1] = { ...t, bare: t.text, possessive: false };
      else flush();
    }
  }
  flush();
  return runs;
}

interface Mention {
  kind: Kind;
  name: string;
  pos: number;
  /** Gazetteer canonical names are not merged by surname. */
  fixed: boolean;
  /** Found by name shape alone, with no title, gazetteer entry or other cue. */
  weak?: boolean;
  /** A capitalised word opening the sentence was dropped from the front of the run ("All" of "All England Club"). */
  lead?: string;
}

function gazLookup(words: string[]): GazEntry | undefined {
  const joined = words.join(' ');
  const e = GAZ.get(norm(joined));
  if (!e) return undefined;
  if (words.length === 1 && joined.replace(/\.$/, '').length <= 4 && /^[A-Za-z.]+$/.test(joined)) {
    const exact = joined.toUpperCase() === joined;
    if (!exact && CASE_SENSITIVE.has(norm(joined))) return undefined;
  }
  return e;
}

function titleLength(words: string[], start: number): number {
  for (let n = Math.min(MAX_TITLE_TOKENS, words.length - start); n >= 1; n--) {
    const t = norm(words.slice(start, start + n).join(' '));
    // Plural titles before several names: "Commissioners Melissa Holyoak and Mark Meador".
    if (TITLES.has(t) || (n === 1 && t.length > 4 && t.endsWith('s') && TITLES.has(t.slice(0, -1)) && /^\p{Lu}\p{Ll}/u.test(words[start]!))) return n;
  }
  return 0;
}

/** Function words that are also given names, capitalised inside a sentence only as one ("after Will Reichard kicked"). */
const FUNCTION_WORD_NAMES = new Set(['Will', 'May', 'Don']);
/**
 * Given names that are also everyday words, left out of the given-name list for that reason, but
 * common in Africa, the Caribbean and elsewhere ("Faith Wambui", "Mercy Johnson", "Precious Moyo"):
 * read as given names only before an unusual word.
 */
const EVERYDAY_GIVEN_NAMES = new Set(['Faith', 'Mercy', 'Hope', 'Grace', 'Joy', 'Patience', 'Precious', 'Gift', 'Blessing', 'Charity', 'Prudence', 'Comfort', 'Memory', 'Innocent', 'Loveness', 'Fortune', 'Rose', 'Ivy', 'Violet', 'Daisy', 'Hazel', 'Pearl', 'Ruby', 'Amber', 'Destiny', 'Harmony', 'Felicity', 'Constance']);

/** "after Will Reichard kicked": a function word that is a given name, inside a sentence, before an unusual capitalised word. */
function functionWordAsGivenName(word: string, next: string, sentenceStart: boolean, lexicon: Lexicon | undefined): boolean {
  return FUNCTION_WORD_NAMES.has(word) && !sentenceStart && /^\p{Lu}\p{Ll}{2,}$/u.test(next) && !(lexicon?.isCommon(next) ?? true);
}

/** Plurals that open a sentence without naming a body's members: adverbs and spans of time. */
const NOT_MEMBER_PLURALS = new Set(['sometimes', 'besides', 'afterwards', 'towards', 'backwards', 'forwards', 'always', 'regardless', 'nowadays', 'overseas', 'indoors', 'outdoors', 'upstairs', 'downstairs', 'whereas', 'hours', 'weeks', 'months', 'years', 'days', 'thanks']);

/** "Minerals Council South Africa", "Farmers Union": a plural noun opening a sentence before a body word is the body's first word. */
function pluralBeforeBodyWord(toks: readonly Token[], lexicon: Lexicon | undefined): boolean {
  const word = toks[0]!.bare;
  const singular = /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) ? word.slice(0, -1) : undefined;
  return (
    singular !== undefined &&
    toks.length >= 2 &&
    !ALL_STOPWORDS.has(word.toLowerCase()) &&
    !NOT_MEMBER_PLURALS.has(word.toLowerCase()) &&
    (lexicon?.isCommon(singular) ?? false) &&
    ORG_WORDS.has(norm(toks[1]!.bare))
  );
}

/** Titles that are also everyday adjectives, so they may open a body's name. */
const ADJECTIVE_TITLES = new Set(['major', 'general', 'chief', 'private', 'head', 'deputy']);

/** "Major Energies Marketers Association", "Private Sector Federation": the title word is the body's first word. */
function adjectiveOpensBody(words: string[], start: number, titleWords: number): boolean {
  const rest = words.slice(start + 1).map(norm);
  return (
    titleWords === 1 &&
    ADJECTIVE_TITLES.has(norm(words[start]!)) &&
    rest.length >= 2 &&
    !TITLES.has(rest[0]!) &&
    rest.some((w, k) => k > 0 && ORG_WORDS.has(w)) &&
    !rest.some((w) => GIVEN_NAMES.has(w))
  );
}

/** Places and institutions often named after a person with their title: "Sir Charles Gairdner Hospital", "King Shaka International Airport", "King George Island". */
const NAMED_AFTER_PERSON = new Set(['island', 'land', 'bay', 'glacier', 'fjord', 'fiord', 'strait', 'gulf', 'falls', 'range', 'tunnel', 'dam', 'reservoir', 'canal', 'hospital', 'infirmary', 'clinic', 'hospice', 'school', 'college', 'university', 'academy', 'institute', 'airport', 'stadium', 'arena', 'hall', 'library', 'museum', 'centre', 'center', 'bridge', 'park', 'station', 'memorial', 'foundation', 'highway', 'avenue', 'road', 'street', 'square', 'parish', 'county', 'council', 'church', 'cathedral', 'chapel']);

const SURNAME_INSTITUTIONS = new Set(['hall', 'park', 'bridge', 'station', 'square', 'church']);

/**
 * "Dr. Everett Chalmers Regional Hospital", "Queen Elizabeth Hospital": a title opening the run is
 * part of the name of what is named after its holder.
 */
function namedAfterTitledPerson(words: string[], start: number, titleWords: number): boolean {
  const rest = words.slice(start + titleWords);
  return (
    (start === 0 || (start === 1 && words[0] === 'The')) &&
    rest.length >= 2 &&
    rest.length <= 6 &&
    NAMED_AFTER_PERSON.has(norm(rest[rest.length - 1]!)) &&
    rest.every((w) => /^\p{Lu}/u.test(w)) &&
    !TITLES.has(norm(rest[0]!)) &&
    // "Speaker Destin Hall", "Minister Sun Park": a surname, not a building.
    !(rest.length === 2 && SURNAME_INSTITUTIONS.has(norm(rest[1]!)))
  );
}

/** The most common Vietnamese family names, folded; together they cover most of the population. */
const VIETNAMESE_FAMILY_NAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'truong', 'dinh', 'trinh', 'dao', 'doan', 'luong', 'quach']);

/** One Vietnamese syllable, folded: an initial, a vowel cluster and one of the few finals the language allows. */
const VIETNAMESE_SYLLABLE = /^(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$/u;

/**
 * A family name and two or three one-syllable names ("Pham Minh Chinh", "Le Thi Thu Hang"); the
 * syllable shape keeps out "Ho Chi Minh Trail" and "Le Monde Diplo".
 */
function vietnameseName(words: readonly string[]): boolean {
  return (
    (words.length === 3 || words.length === 4) &&
    VIETNAMESE_FAMILY_NAMES.has(foldPlaceName(words[0]!)) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w) && VIETNAMESE_SYLLABLE.test(foldPlaceName(w)))
  );
}

/** A surname of two unusual capitalised words joined by a hyphen ("Wambui-Otieno"), not a known compound ("Rolls-Royce", "Emilia-Romagna"). */
function doubleBarrelled(word: string, lex: Lexicon | undefined): boolean {
  const parts = word.split('-');
  return parts.length === 2 && !GAZ.has(norm(word)) && parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !GAZ.has(norm(p)) && !(lex?.isCommon(p) ?? false));
}

/**
 * "Bafana Bafana", "Super Eagles": a word said twice, or a plural noun after a word that is no given
 * name, is a side's nickname, not a person ("Doc Rivers" and "Bill Gates" open with given names).
 */
function sideNickname(first: string, second: string, lex: Lexicon | undefined): boolean {
  if (norm(first) === norm(second)) return true;
  return !GIVEN_NAMES.has(norm(first)) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(second) && (lex?.isCommon(second.slice(0, -1).toLowerCase()) ?? false);
}

/** What surrounds a run and changes how it may be read. */
interface RunContext {
  /**
   * The run follows a lowercase "the" or a locative preposition ("the Super Bowl", "at Abu Ghraib"):
   * an untitled person name almost never does, a thing or a place often does.
   */
  noPerson: boolean;
  /**
   * The article is not in English. German capitalises every noun and Romance languages write
   * institutions, events and regions as capitalised runs ("Zahl der Arbeitslosen", "Copa del Rey",
   * "Amérique du Nord"), so a run's shape says little there.
   */
  foreign: boolean;
  /** German: every noun is capitalised, so a known name inside a run is followed by ordinary nouns. */
  nounCaps: boolean;
  /** Words around the run mark it as an organisation (see `orgCueAt`); cleared for the parts of a split run. */
  orgCue?: OrgCue | undefined;
  /** The article is in English: only English function words break a name. */
  english?: boolean;
  /** Words around the run mark it as a place ("Boulder, Colorado", "Dadu district", "the districts of A and B", "à Redon"). */
  placeCue?: boolean;
  /** Lowercase words that may join the parts of one name in the article's language. */
  connectors: ReadonlySet<string>;
  /** The article's language, when known. */
  language?: string | undefined;
  /** Outside English: the words the article also writes in lowercase, so ordinary words ("internet"). */
  lowercaseWords?: ReadonlySet<string> | undefined;
  /** A lowercase role noun right before the run ("chief executive Miles Hurrell", "chairman V Narayanan"). */
  roleBefore?: boolean;
}

/** German nouns that end a body's compound name: "Krebsforschungszentrum", "Gesundheitskasse", "Max-Planck-Institut". */
const GERMAN_BODY_NOUN = /\p{L}{3,}(?:zentrum|institut|verband|gesellschaft|kasse|akademie|fonds|universität|hochschule|ministerium|behörde|gericht|gerichtshof|stiftung|agentur|kommission|klinikum|amt|werke|bund|kammer)$/iu;
/** A German adjective opening a name: "Medizinische", "Deutsches", "Österreichischen". */
const GERMAN_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|er|es|en)$/u;

/**
 * A German body's name: an institution noun first ("Max-Planck-Institut für Plasmaphysik",
 * "Bundesministerium für Forschung") or after an adjective ("Medizinische Universität Wien",
 * "Deutsches Krebsforschungszentrum", "Österreichische Gesundheitskasse").
 */
function germanBody(rest: readonly string[], language: string | undefined): boolean {
  if (language !== 'de' || rest.length < 2) return false;
  return germanBodyNoun(rest[0]!) || (GERMAN_ADJECTIVE.test(rest[0]!) && germanBodyNoun(rest[1]!));
}

/** An institution noun, alone or closing a compound ("Institut", "Max-Planck-Institut", "Gesundheitskasse"). */
function germanBodyNoun(word: string): boolean {
  const noun = word.slice(word.lastIndexOf('-') + 1);
  return ORG_HEADS.has(norm(noun)) || GERMAN_BODY_NOUN.test(noun);
}

/** Classify the words of one run into zero or more mentions. */
function typeRun(input: string[], pos: number, first: Token, lex: Lexicon | undefined, out: Mention[], singles: Single[], ctx: RunContext): void {
  const recurse = (part: string[]): void => typeRun(part, pos, first, lex, out, singles, { ...ctx, orgCue: undefined });
  let words = input;
  // "firm Castlelake and Danish investor Lind Invest": a demonym closing the run after "and" describes what follows it.
  const connectors = ctx.connectors;
  while (words.length >= 3 && DEMONYMS.has(norm(words[words.length - 1]!)) && connectors.has(words[words.length - 2]!)) words = words.slice(0, -2);
  while (words.length && (connectors.has(words[words.length - 1]!) || words[words.length - 1] === 'on')) words = words.slice(0, -1);
  if (words.length === 0) return;
  // "San Francisco-based Gladstone Institute", "the Republican-controlled House": the place or party
  // qualifies what follows, it is not part of it.
  const based = words.findIndex((w) => QUALIFIER_SUFFIX.test(w));
  if (based >= 0) {
    recurse([...words.slice(0, based), words[based]!.replace(QUALIFIER_SUFFIX, '')]);
    recurse(words.slice(based + 1));
    return;
  }
  // A function word inside a capitalised run ("Is", "You", "Isn't") means title-case prose, not one name.
  const cut = words.findIndex((w, k) => k > 0 && ((RUN_BREAKERS.has(w.toLowerCase()) && !connectors.has(w)) || /['’]t$/.test(w)));
  if (cut > 0 && !gazLookup(words)) {
    recurse(words.slice(0, cut));
    recurse(words.slice(cut + 1));
    return;
  }
  // Whole-run gazetteer hit, with or without a leading "The".
  const g = gazLookup(words) ?? (words[0] === 'The' ? gazLookup(words.slice(1)) : undefined);
  if (g) {
    out.push({ kind: g.kind, name: g.canonical, pos, fixed: true });
    return;
  }
  // "St Columba's Church", "St. Paul's Cathedral": a house of worship named after its saint is a place
  // (the saint is no title here); "the Catholic Church" is a body.
  if (words.length >= 2 && WORSHIP_WORDS.has(norm(words[words.length - 1]!)) && (/^(?:St\.?|Saint|Ste\.?)$/u.test(words[0]!) || words.slice(0, -1).some((w) => /['’]s$/u.test(w)))) {
    out.push({ kind: 'place', name: words.join(' '), pos, fixed: true });
    return;
  }
  // Strip leading titles and the demonyms/places qualifying them ("Syrian President", "U.S. President").
  let i = 0;
  let titled = false;
  let lastTitle = '';
  /** A known name opening at `at` that is longer than the title there ("Premier League", not the title "Premier"). */
  const knownNameAt = (at: number, titleWords: number): boolean => {
    for (let n = Math.min(MAX_GAZ_TOKENS, words.length - at); n > titleWords; n--) if (gazLookup(words.slice(at, at + n))) return true;
    // "Sultan Kudarat", "General Santos": a town the world list knows opens with a title's word.
    return at === 0 && words.length === titleWords + 1 && !/^(?:Queen|King|Prince|Princess|Lord|Lady|Emperor|Empress|Pope|Sir|Dame)$/u.test(words[0]!) && isWorldPlace(words);
  };
  for (;;) {
    const tl = titleLength(words, i);
    if (tl && !knownNameAt(i, tl) && !adjectiveOpensBody(words, i, tl) && !namedAfterTitledPerson(words, i, tl)) {
      lastTitle = norm(words.slice(i, i + tl).join(' '));
      i += tl;
      titled = true;
      continue;
    }
    const w = norm(words[i] ?? '');
    if (i + 1 < words.length && (DEMONYMS.has(w) || GAZ.get(w)?.kind === 'place' || TITLE_QUALIFIERS.has(w)) && titleLength(words, i + 1)) {
      const gz = GAZ.get(w);
      if (gz) out.push({ kind: gz.kind, name: gz.canonical, pos, fixed: true });
      i += 1;
      continue;
    }
    if (words[i] === 'The' && i + 1 < words.length) {
      i++;
      continue;
    }
    break;
  }
  const rest = words.slice(i);
  if (rest.length === 0) return;
  // "Costa Rican", "Puerto Ricans": a demonym of several words names no one.
  if (rest.length >= 2 && DEMONYMS.has(norm(rest.join(' ')))) return;
  // "Sheikh Hasina": the honorific is how the one-word name is written and known; so is a monarch's
  // title before a name the gazetteer knows as a place ("Queen Victoria"), which is no place there.
  const royalGiven = /^(?:queen|king|prince|princess|emperor|empress)$/u.test(lastTitle) && rest.length === 1 && GAZ.get(norm(rest[0]!))?.kind === 'place';
  if (((lastTitle === 'sheikh' || lastTitle === 'sheikha') || royalGiven) && rest.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(rest[0]!)) {
    out.push({ kind: 'person', name: `${words[i - 1]!} ${rest[0]!}`, pos, fixed: false });
    return;
  }
  if (i > 0) {
    const g2 = gazLookup(rest);
    if (g2) {
      out.push({ kind: g2.kind, name: g2.canonical, pos, fixed: true });
      return;
    }
  }
  // "analyst Ooi Chee Wei of Kenanga Investment Bank", "Pastor Mark Anselmo of Cathedral of the Rockies":
  // a name of two or three words, "of" and a body's name are a person and their employer, when a role
  // or a title comes first, or the name opens with a given name ("Brian Kiprono Limo of Team Amani"),
  // or it has three words, none an everyday word ("Lok Adalat of Karnataka High Court" is a court,
  // "Friends of the Earth" a group).
  const ofAt = rest.indexOf('of');
  const nameBeforeOf = rest.slice(0, ofAt);
  if (
    ofAt >= 2 && ofAt <= 3 && rest.length - ofAt >= 2 &&
    nameBeforeOf.every((w) => CAPITALISED_WORD.test(w) && !ORG_WORDS.has(norm(w)) && !PLACE_WORDS.has(norm(w)) && !GAZ.has(norm(w))) &&
    (GIVEN_NAMES.has(norm(rest[0]!)) || !(lex?.isCommon(rest[0]!) ?? true)) &&
    (ctx.roleBefore || titled ||
      (rest.slice(ofAt + 1).some((w) => ORG_WORDS.has(norm(w))) &&
        (GIVEN_NAMES.has(norm(rest[0]!)) ? !gazLookup(nameBeforeOf) : ofAt === 3 && nameBeforeOf.every((w) => !(lex?.isCommon(w) ?? true)))))
  ) {
    out.push({ kind: 'person', name: rest.slice(0, ofAt).join(' '), pos, fixed: false });
    recurse(rest.slice(ofAt + 1));
    return;
  }
  // "Inspector General of Police Douglas Kanja", "Minister for Maritime Affairs Muhammad Junaid Anwar
  // Chaudhry": the rest of an office's name (of/for and everyday or institution words), then a person
  // opening with a known given name.
  if (titled && rest.length >= 4) {
    // A given name the list does not know: the last two words, when neither is an everyday word ("Kadian Fullerton").
    const lastTwo = rest.length - 2 >= 2 && rest.slice(-2).every((w) => !(lex?.isCommon(w) ?? true) && !GAZ.has(norm(w))) ? rest.length - 2 : -1;
    const knownGiven = rest.findIndex((w, k) => k >= 2 && GIVEN_NAMES.has(norm(w)));
    const given = knownGiven >= 0 ? knownGiven : lastTwo;
    const name = given > 0 ? rest.slice(given) : [];
    const office = rest.slice(0, given).map(norm);
    if (
      name.length >= 2 &&
      name.length <= 4 &&
      name.every((w) => PERSON_NAME_WORD.test(w)) &&
      !(lex?.isCommon(name[name.length - 1]!) ?? false) &&
      (OFFICE_PREPS.has(office[0]!) || (office.some((w) => OFFICE_PREPS.has(w)) && office.some((w) => ORG_WORDS.has(w)))) &&
      // German capitalises the portfolio's nouns ("Minister für Gesundheit Karl Lauterbach"); a plural
      // of an everyday word is one too ("Director of Public Prosecutions").
      office.every((w) => connectors.has(w) || ORG_WORDS.has(w) || (lex?.isCommon(w) ?? false) || (/s$/u.test(w) && (lex?.isCommon(w.slice(0, -1)) ?? false)) || (ctx.nounCaps && !GAZ.has(w)))
    ) {
      out.push({ kind: 'person', name: name.join(' '), pos, fixed: false });
      return;
    }
  }
  // "Minister for Lands and Natural Resources": the office's portfolio names no body.
  if (titled && OFFICE_PREPS.has(norm(rest[0]!)) && rest.slice(1).every((w) => connectors.has(w) || (lex?.isCommon(w) ?? false))) return;
  // A title inside the run starts a new name ("Supreme Court Justice Antonin Scalia").
  for (let j = 1; j < rest.length - 1; j++) {
    const tl = titleLength(rest, j);
    const after = rest.slice(j + tl).map(norm);
    if (tl && after.length > 0 && /^\p{Lu}\p{Ll}/u.test(rest[j + tl]!) && !after.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) {
      // What stands right before a title qualifies it ("Union Agriculture Minister", "Apple CEO"): never
      // a person. Before an "and", a name of its own ("Secretary Gilberto Teodoro and Foreign Minister …").
      const and = rest.lastIndexOf('and', j - 1);
      const qualifier = rest.slice(and + 1, j);
      // "Mineral and Petroleum Resources Minister", "Trade and Industry Minister": everyday words name
      // the office's portfolio, not a body.
      const everyday = (part: string[]): boolean => part.length > 0 && !gazLookup(part) && part.every((w) => lex?.isCommon(w) ?? false);
      if (everyday(qualifier) && (and < 0 || everyday(rest.slice(0, and)))) {
        recurse(rest.slice(j));
        return;
      }
      if (and > 0) recurse(rest.slice(0, and));
      // "West Mifflin Mayor Denise Kovach": a local office is qualified by its town.
      if (
        LOCAL_OFFICES.has(norm(rest.slice(j, j + tl).join(' '))) &&
        qualifier.length <= 3 &&
        !gazLookup(qualifier) &&
        qualifier.every((w) => CAPITALISED_WORD.test(w) && !(lex?.isCommon(w) ?? false) && !DEMONYMS.has(norm(w)) && !GIVEN_NAMES.has(norm(w)))
      )
        // "Allegheny County Executive": the county's own name.
        out.push({ kind: 'place', name: norm(rest[j]!) === 'county' ? `${qualifier.join(' ')} County` : qualifier.join(' '), pos, fixed: true });
      else typeRun(qualifier, pos, first, lex, out, singles, { ...ctx, orgCue: undefined, noPerson: true });
      recurse(rest.slice(j));
      return;
    }
  }
  // Outside English, "e da Universidade do Minho", "British Airways e da Iberia": an "and" before
  // another body's name or a known name, or after a complete one, joins two names ("Instituto
  // Português do Mar e da Atmosfera" is one).
  if (ctx.foreign) {
    const a = rest.findIndex((w, k) => k > 0 && AND_WORDS.has(w) && connectors.has(w));
    if (a > 0) {
      let r = a + 1;
      while (r < rest.length && connectors.has(rest[r]!)) r++;
      const right = rest.slice(r);
      const left = rest.slice(0, a);
      // "el DAX y el IBEX": an acronym on either side is a name of its own.
      const acronymSide = (side: string[]): boolean => side.length === 1 && isAcronym(side[0]!);
      if (right.length > 0 && (ORG_HEADS.has(norm(right[0]!)) || gazLookup(right) || ORG_WORDS.has(norm(right[right.length - 1]!)) || ORG_WORDS.has(norm(left[left.length - 1]!)) || acronymSide(left) || acronymSide(right))) {
        recurse(left);
        recurse(right);
        return;
      }
    }
  }
  // "Police Scotland", "Health Canada", "Sport England": a public service's field before the country it serves.
  if (!titled && isPublicService(rest)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "IDA Ireland": an unknown acronym before a country's name is a body of that country; "SC Magdeburg",
  // "SG Flensburg-Handewitt", "VfL Gummersbach": a club's short prefix before its town is the club.
  const unknownFirst = rest.length === 2 && !GAZ.has(norm(rest[0]!));
  const countryBody = unknownFirst && /^\p{Lu}{2,5}$/u.test(rest[0]!) && COUNTRIES.has(gazLookup(rest.slice(1))?.canonical ?? '');
  const town = (w: string): boolean => gazLookup([w])?.kind === 'place' || gazLookup([w.split('-')[0]!])?.kind === 'place';
  const club = unknownFirst && /^(?:\p{Lu}{2,4}|VfB|VfL|TuS)$/u.test(rest[0]!) && town(rest[1]!);
  if (!titled && (countryBody || club)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Singapore Premier League", "Kenya Red Cross": a known place before a known body's generic name is that place's own body.
  for (let n = 1; n < rest.length && !titled; n++) {
    const tail = gazLookup(rest.slice(n));
    if (gazLookup(rest.slice(0, n))?.kind === 'place' && tail?.kind === 'org' && ORG_WORDS.has(norm(rest[rest.length - 1]!)) && !gazLookup(rest)) {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
      return;
    }
  }
  // "Safaricom Ethiopia", "Airtel Kenya": a company's unit in a country is a body of its own.
  if (!titled && rest.length === 2 && COMPANY_NAMES.has(norm(rest[0]!)) && COUNTRIES.has(gazLookup(rest.slice(1))?.canonical ?? '')) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Premier League Leeds": a known body's name qualifying a known place (the club of that city) names two.
  for (let n = Math.min(MAX_GAZ_TOKENS, rest.length - 1); n >= 1 && !titled; n--) {
    if (gazLookup(rest.slice(0, n))?.kind === 'org' && gazLookup(rest.slice(n))?.kind === 'place') {
      recurse(rest.slice(0, n));
      recurse(rest.slice(n));
      return;
    }
  }
  const lowerRest = rest.map(norm);
  // "Cape Town International Convention Centre", "Tanegashima Space Center", "Cedros Health Centre": a
  // venue or a building, not a body.
  if (!titled && rest.length >= 3 && VENUE_CENTRE.test(rest.slice(-2).join(' '))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Ennis Hospital", "Vandenberg Space Force Base", "Co-operative Bank Arena": a building or ground
  // named as such is a place whatever body its name holds; news names a hospital as where patients
  // are taken or treated, and the body running it has a name of its own ("UL Hospitals Group", "HSE").
  if (!titled && rest.length >= 2 && BUILDING_WORDS.has(lowerRest[lowerRest.length - 1]!) && !lowerRest.some((w) => AND_WORDS.has(w))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  const hasOrgWord =
    lowerRest.slice(1).some((w) => ORG_WORDS.has(w)) ||
    (rest.length > 1 && ORG_WORDS.has(lowerRest[0]!) && (lowerRest[1] === 'of' || lowerRest[1] === 'for' || lowerRest[1] === 'on')) ||
    // "Thames Water", "Elliott Management"; not "Samantha Power".
    (rest.length > 1 && ORG_TAILS.has(lowerRest[lowerRest.length - 1]!) && !GIVEN_NAMES.has(lowerRest[0]!));
  // Romance and German names put the institution first: "Parlamento Europeo", "Banque de France".
  const orgHead = (ORG_HEADS.has(lowerRest[0]!) || germanBody(rest, ctx.language)) && rest.filter((w) => !connectors.has(w)).length <= 5;
  // "Competition and Markets Authority", "Avon and Somerset Police": one name when a single unknown
  // word precedes the "and"; "Google and Microsoft Corp" names two.
  const and = lowerRest.indexOf('and');
  // Also two words before it when a demonym opens them: "British Beer and Pub Association",
  // "American Heart and Stroke Foundation".
  const leftOk = (left: string[]): boolean =>
    !gazLookup(left) && !left.some((w, k) => (gazLookup([w]) && !(k === 0 && DEMONYMS.has(norm(w)))) || ORG_WORDS.has(norm(w))) && !GIVEN_NAMES.has(norm(left[0]!));
  // "Space Science and Technology Centre", "Occupational Safety and Health Review Commission": two
  // everyday words before it when one or two more close the name.
  const andInsideName =
    (((and === 1 || (and === 2 && (DEMONYMS.has(lowerRest[0]!) || (rest.length >= 5 && rest.length <= 6 && rest.slice(0, 2).every((w) => everydayShaped(w, lex)) && !rest.slice(3).some((w) => connectors.has(w)))))) && leftOk(rest.slice(0, and))) ||
      placeQualifiedAnd(rest, and, lex)) &&
    lowerRest.indexOf('and', and + 1) < 0 && rest.length - and >= 3 && ORG_WORDS.has(lowerRest[lowerRest.length - 1]!);
  // "X of A and B" with an institution word before "of" is one name when B is nothing known on its
  // own: "Department of Health and Human Services", "International Association of Machinists and
  // Aerospace Workers"; "Ministry of Defence and Foreign Office" names two.
  const of = lowerRest.findIndex((w, k) => (w === 'of' || w === 'for' || w === 'on') && k > 0 && ORG_WORDS.has(lowerRest[k - 1]!));
  const ofAnd =
    and > of + 1 &&
    of > 0 &&
    ORG_WORDS.has(lowerRest[of - 1]!) &&
    rest.length <= 10 &&
    lowerRest.indexOf('and', and + 1) < 0 &&
    !gazLookup(rest.slice(and + 1)) &&
    // "Department of Natural Resources and Environment Tasmania": the place a department serves may close its name.
    !rest.slice(and + 1).some((w, k, after) => gazLookup([w]) !== undefined && !(k === after.length - 1 && k >= 1 && gazLookup([w])?.kind === 'place')) &&
    !ORG_WORDS.has(lowerRest[lowerRest.length - 1]!) &&
    !gazLookup(rest.slice(0, and));
  if (!titled && rest.length >= 2 && (hasOrgWord || orgHead) && (and < 0 || andInsideName || ofAnd) && !STREET_WORDS.has(lowerRest[lowerRest.length - 1]!)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "East Azerbaijan", "Western Cape": a compass word before a known place names a region of it.
  // "Kildare North", "Dublin Bay South": a known place before a compass word is a constituency or part of it.
  if (!titled && rest.length === 2 && ((COMPASS.has(lowerRest[0]!) && gazLookup(rest.slice(1))?.kind === 'place') || (COMPASS.has(lowerRest[1]!) && gazLookup(rest.slice(0, 1))?.kind === 'place'))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Dorr Street", "Ikorodu Road": a street is a place, listed after the others (see `pick`); well-known
  // ones (Downing Street, Wall Street) are gazetteer names and were taken above. "Chrislind Street and
  // Ravelston Avenue" names two.
  if (!titled && rest.length >= 2 && STREET_WORDS.has(lowerRest[lowerRest.length - 1]!)) {
    const and = lowerRest.indexOf('and');
    if (and > 0) {
      recurse(rest.slice(0, and));
      recurse(rest.slice(and + 1));
    } else out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Las Vegas for NamesCon" is a place and something else, not one place.
  // "Elliott Hill", "Rupert Brook": a given name before a place word that is also a common surname.
  const surnamePlaceWord = rest.length === 2 && GIVEN_NAMES.has(lowerRest[0]!) && SURNAME_PLACE_WORDS.has(lowerRest[1]!) && !ctx.placeCue;
  if (!titled && rest.length >= 2 && !surnamePlaceWord && (PLACE_WORDS.has(lowerRest[lowerRest.length - 1]!) || PLACE_PREFIXES.has(lowerRest[0]!)) && !lowerRest.some((w) => AND_WORDS.has(w)) && !lowerRest.includes('for')) {
    // "U.S. McMurdo Station": a country's abbreviation qualifies the place.
    const lead = rest.length >= 3 && /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u.test(rest[0]!) ? gazLookup(rest.slice(0, 1)) : undefined;
    const country = lead?.kind === 'place' ? lead : undefined;
    if (country) out.push({ kind: 'place', name: country.canonical, pos, fixed: true });
    out.push({ kind: 'place', name: (country ? rest.slice(1) : rest).join(' '), pos, fixed: true });
    return;
  }
  const demonymLike = (w: string): boolean =>
    DEMONYMS.has(norm(w)) ||
    DEMONYMS.has(norm(w).replace(/s$/, '')) ||
    // "Franco-Dutch", "Anglo-American", "Sino-Russian".
    (/^(?:anglo|franco|sino|russo|indo|afro|euro|italo|austro|greco|judeo|turco|hispano|luso|german[o]?)-/.test(norm(w)) && DEMONYMS.has(norm(w).replace(/^[^-]+-/, '')));
  const stop = ctx.english ? EN_STOPWORDS : ALL_STOPWORDS;
  /** A function word, month, demonym or title: never part of a person's name. */
  // "Nkandu Zulu", "Tariq Iqbal Sheikh": a demonym or a title closing a name of unusual words is a surname.
  // Without a known given name first, a title needs three words ("Musang King" is a durian) and a
  // demonym must be singular ("Siletz Indians"), no party's ("Hudson Democrat") and not after an
  // adjective of origin ("Caucasian German").
  const closingSurname = (w: string, k: number, ws: readonly string[]): boolean =>
    k > 0 && k === ws.length - 1 && k <= 2 && /^\p{Lu}\p{Ll}+$/u.test(w) &&
    ws.slice(0, k).every((x) => PERSON_NAME_WORD.test(x) && !demonymLike(x) && !TITLES.has(norm(x)) && !GAZ.has(norm(x)) && !(lex?.isCommon(x) ?? true)) &&
    (GIVEN_NAMES.has(norm(ws[0]!)) ||
      (TITLES.has(norm(w)) ? k === 2 : DEMONYMS.has(norm(w)) && !/^(?:democrat|republican)$/u.test(norm(w)) && !/(?:ian|ean|ese|ish|ic)$/u.test(norm(ws[0]!))));
  const functionWord = (w: string, k = -1, ws: readonly string[] = []): boolean =>
    (stop.has(w.toLowerCase()) && !(k === 0 && ws.length > 1 && functionWordAsGivenName(w, ws[1]!, first.sentenceStart, lex))) ||
    (NON_NAMES.has(norm(w)) && !(k === 0 && ws.length > 1 && givenNameBefore(w, ws[1]!))) ||
    // "Christian Braun", not "Christian Democrats": a given name that is also a demonym opens a name before an unusual word.
    (demonymLike(w) && !(k === 0 && ws.length > 1 && givenNameBefore(w, ws[1]!) && !(lex?.isCommon(ws[1]!) ?? true) && !demonymLike(ws[1]!)) && !closingSurname(w, k, ws)) ||
    (TITLES.has(norm(w)) && !closingSurname(w, k, ws));
  const commonWord = (w: string): boolean => functionWord(w) || (lex?.isCommon(w) ?? false);
  // "headquartered in Boulder, Colorado", "in Dadu district": the surroundings say place; a given name
  // opening a longer run says person ("Marion Hughes, Ohio").
  // Outside English the cue is a locative preposition of the language, and a given name or an
  // everyday word of the language ("en Conseil des ministres") is no place, even alone.
  const foreignOk = (): boolean =>
    !GIVEN_NAMES.has(lowerRest[0]!) && !rest.some((w) => ORG_WORDS.has(norm(w)) || isCueWord(w, ctx.language ?? '') || (ctx.lowercaseWords?.has(w.toLowerCase()) ?? false));
  if (
    ctx.placeCue &&
    !titled &&
    rest.length <= 3 &&
    rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !functionWord(w)) &&
    !(rest.length > 1 && GIVEN_NAMES.has(lowerRest[0]!)) &&
    (!ctx.foreign || foreignOk())
  ) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "in Round Rock", "Spanish Town", "Negros Occidental": a town or region the gazetteer leaves out,
  // named whole. Not after a title or a role noun, nor opening with a given name ("Benito Juárez"):
  // those are people.
  if (!titled && !ctx.roleBefore && !ctx.orgCue && rest.length >= 2 && rest.length <= 5 && !GIVEN_NAMES.has(lowerRest[0]!) && isWorldPlace(rest)) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // Words around the run say it is an organisation ("shares of X", "the campaign group X", "X's chief executive").
  if (ctx.orgCue && !titled && !ctx.foreign) {
    // A plural organisation noun introduces several names: "the firms Elliott Management and Apollo".
    if (ctx.orgCue === 'nouns') {
      const and = rest.indexOf('and');
      if (and > 0 && and < rest.length - 1) {
        for (const part of [rest.slice(0, and), rest.slice(and + 1)]) typeRun(part, pos, first, lex, out, singles, { ...ctx, orgCue: 'noun' });
        return;
      }
    }
    if (rest.length === 1) {
      // A bare institution word ("Navy spokesman ...") names no particular body.
      if (!functionWord(rest[0]!) && !ORG_WORDS.has(norm(rest[0]!))) singles.push({ word: rest[0]!, pos, sentenceStart: first.sentenceStart && i === 0, common: commonWord(rest[0]!), cue: ctx.orgCue });
      return;
    }
    // "and" joins two names unless an organisation noun introduces the run ("the band Simon and Garfunkel");
    // a known given name opening a name-shaped run is a person whatever the context.
    const inner = lowerRest.slice(1, -1);
    const ok =
      rest.length <= 5 &&
      (ctx.orgCue === 'noun' || !inner.includes('and')) &&
      !(ctx.orgCue === 'strong' && GIVEN_NAMES.has(lowerRest[0]!)) &&
      !functionWord(rest[0]!) &&
      // Capitalised everyday words right after an organisation noun are its name ("the agency Global Sports Communication").
      !(ctx.orgCue === 'strong' && rest.every((w) => connectors.has(w) || commonWord(w)));
    if (ok) {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
      return;
    }
  }
  // Names joined by an ampersand are a firm or a club ("Marks & Spencer", "Brighton & Hove Albion"),
  // unless the gazetteer knows them with "and" ("Trinidad & Tobago").
  const amp = rest.indexOf('&');
  if (amp > 0 && amp < rest.length - 1 && rest.every((w) => w === '&' || isCapitalised(w))) {
    const known = gazLookup(rest.map((w) => (w === '&' ? 'and' : w)));
    const left = rest.slice(0, amp);
    const right = rest.slice(amp + 1);
    const sideKnown = (side: string[]): boolean => gazLookup(side) !== undefined || gazLookup(side.slice(-1)) !== undefined;
    // One name on each side, or a club's longer name ("Brighton & Hove Albion"); never two known
    // names ("Russia & China") or two everyday words ("Trends & Forecast").
    const shaped = (left.length === 1 && right.length === 1) || ORG_WORDS.has(norm(right[right.length - 1]!));
    if (known) out.push({ kind: known.kind, name: known.canonical, pos, fixed: true });
    else if (shaped && !sideKnown(left) && !sideKnown(right) && !(commonWord(left[0]!) && commonWord(right[right.length - 1]!))) {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    } else {
      recurse(left);
      recurse(right);
    }
    return;
  }
  // Split at connectors ("Putin and Obama", "President of Syria") and look for gazetteer spans; a
  // body's "X of Y" before an "and" is split at the "and" only, so that it stays whole ("Ministry of
  // Defence and Foreign Office").
  const bodyOfBeforeAnd = ORG_WORDS.has(lowerRest[0]!) && /^(?:of|for|on)$/.test(lowerRest[1] ?? '') && rest.some((w) => AND_WORDS.has(w));
  const splitAt = bodyOfBeforeAnd ? AND_WORDS : connectors;
  const parts: string[][] = [];
  let part: string[] = [];
  for (const w of rest) {
    if (splitAt.has(w) && connectors.has(w) && w !== '&' && !PARTICLE_RE.test(w) && !NAME_PARTICLES.has(w)) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(w);
  }
  if (part.length) parts.push(part);
  if (parts.length > 1) {
    for (const p of parts) recurse(p);
    return;
  }
  // Greedy longest gazetteer spans inside the run ("Brisbane Australia", "Moscow Tehran").
  const spans: { start: number; len: number; e: GazEntry }[] = [];
  for (let s = 0; s < rest.length; ) {
    let found = false;
    for (let n = Math.min(MAX_GAZ_TOKENS, rest.length - s); n >= 1; n--) {
      const e = gazLookup(rest.slice(s, s + n));
      if (e) {
        spans.push({ start: s, len: n, e });
        s += n;
        found = true;
        break;
      }
    }
    if (!found) s++;
  }
  // Every word name-shaped (`NAME_SHAPED_WORD`), a particle or run-together initials.
  // Bare initials ("V Narayanan", "JB Pritzker", "R Lakshmi Priya") only where a title or role says a person follows.
  const bareInitial = (w: string): boolean => (titled || ctx.roleBefore === true) && /^\p{Lu}{1,2}$/u.test(w);
  const nameShaped = rest.every(
    (w, k) =>
      (bareInitial(w) && k < rest.length - 1 && !GAZ.has(norm(w))) ||
      NAME_SHAPED_WORD.test(w) ||
      PARTICLE_RE.test(w) ||
      NAME_PARTICLES.has(w) ||
      // Run-together initials ("T.V. Narendran"), unless they spell a known name ("U.S.").
      (/^(?:\p{Lu}\.){2,3}$/u.test(w) && !GAZ.has(norm(w))),
  );
  // "Tran Hong Ha", "Le Thi Thu Hang": a Vietnamese family name, then two or three one-syllable
  // names, any of which may also be an English word or a weekday's abbreviation.
  if (vietnameseName(rest)) {
    out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: !titled });
    return;
  }
  // "Paris Agreement", "US Open", "Minsk Protocol": a known place opening the name of a treaty or
  // a tournament names neither the place nor anything this extractor lists.
  if (!titled && spans.length > 0 && spans[0]!.start === 0 && spans[0]!.e.kind === 'place' && rest.length >= 2 && NAMED_AFTER_PLACE.has(lowerRest[lowerRest.length - 1]!)) return;
  if (spans.length > 0) {
    const covered = spans.reduce((a, s) => a + s.len, 0);
    const last = spans[spans.length - 1]!;
    // A known name closing the run qualifies what precedes it ("Obama White House", "Franklin Tennessee");
    // one opening it may be a given name ("Jordan Peterson").
    // A known given name opening the run makes the closing one a surname ("George Washington", "Kevin Palau").
    const endsRun = last.start + last.len === rest.length && !titled && !(nameShaped && rest.length === 2 && last.start === 1 && GIVEN_NAMES.has(lowerRest[0]!));
    // A city and a plural noun name a team ("Philadelphia Flyers", "Calgary Stampeders"), unless the
    // words are a given name and a surname ("Chad Thomas").
    const lastWord = rest[rest.length - 1]!;
    if (
      !titled &&
      rest.length <= 4 &&
      spans[0]!.start === 0 &&
      spans[0]!.e.kind === 'place' &&
      !COUNTRIES.has(spans[0]!.e.canonical) &&
      // Also when the plural is another city's club nickname: "Sheffield Steelers" are not Pittsburgh's.
      (covered < rest.length || (spans.length === 2 && spans[1]!.len === 1 && spans[1]!.e.kind === 'org' && !gazLookup(rest))) &&
      /^\p{Lu}\p{Ll}+[^su]s$/u.test(lastWord) &&
      !lowerRest.some((w) => GIVEN_NAMES.has(w) || /^(?:democrat|republican|independent|liberal|conservative|labour|tory|senator|congressman|congresswoman|governor|mayor)$/.test(w))
    ) {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
      return;
    }
    if (covered === rest.length || endsRun || ctx.nounCaps || !nameShaped || rest.some((w) => commonWord(w))) {
      for (const s of spans) out.push({ kind: s.e.kind, name: s.e.canonical, pos, fixed: true });
      return;
    }
  }
  /**
   * Everyday words inside a name-shaped run. None is the plain case; an English known given name
   * opening the run allows one ("Antonio Conte", "Matt Blaze", "Victor Osimhen"), unless it names
   * a place or a body ("Victoria Station"); a title before the run allows them anywhere but at the
   * end ("Senior General Min Aung Hlaing").
   */
  const commonInNameOk = (content: string[], titledRun: boolean): boolean => {
    const common = content.filter((w) => (lex?.isCommon(w) ?? false) && !bareInitial(w));
    if (common.length === 0) return true;
    const lastWord = content[content.length - 1]!;
    // After a role noun the first word is the given-name slot, whatever else it means ("Miles Hurrell").
    if (ctx.roleBefore && content.length <= 3 && !common.includes(lastWord) && common.every((w) => w === content[0])) return true;
    // "chief executive Bill Staples", "coach Avram Grant": after a role noun, a given name or an unusual
    // word opens the name, and the surname may be an everyday word.
    if (ctx.roleBefore && content.length === 2 && (GIVEN_NAMES.has(norm(content[0]!)) || !common.includes(content[0]!)) && !functionWord(lastWord) && !ORG_WORDS.has(norm(lastWord)) && !PLACE_WORDS.has(norm(lastWord))) return true;
    // "Faith Wambui-Otieno", "Mercy Johnson-Okojie": before a double-barrelled surname of unusual
    // words, the first word is a given name whatever else it means; so is a virtue name before an
    // unusual word ("Precious Moyo").
    if (content.length === 2 && common.length === 1 && common[0] === content[0] && (doubleBarrelled(lastWord, lex) || EVERYDAY_GIVEN_NAMES.has(content[0]!))) return true;
    // Only short words: a longer one is more often a title or a word of the sentence ("Commander-in-Chief Al Gore").
    if (titledRun && !common.includes(lastWord) && common.every((w) => w.length <= 4)) return true;
    // After a title, a known given name and one more word are a person whatever that word means ("Chief Executive Elliott Hill").
    if (titledRun && content.length === 2 && GIVEN_NAMES.has(norm(content[0]!)) && !functionWord(lastWord) && !ORG_WORDS.has(norm(lastWord))) return true;
    // "Jocelyn Bell Burnell": a known given name, a middle name that is an everyday word, an unusual surname.
    if (content.length === 3 && common.length === 1 && common[0] === content[1] && GIVEN_NAMES.has(norm(content[0]!)) && !content.some((w) => ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)))) return true;
    // "after Will Reichard kicked": a function word that is a given name, inside a sentence, before an unusual word.
    if (content.length === 2 && common.length === 1 && common[0] === content[0] && functionWordAsGivenName(content[0]!, content[1]!, first.sentenceStart, lex)) return true;
    return (
      !ctx.foreign &&
      common.length === 1 &&
      content.length === 2 &&
      GIVEN_NAMES.has(norm(content[0]!)) &&
      !content.some((w) => ORG_WORDS.has(norm(w)) || (PLACE_WORDS.has(norm(w)) && !SURNAME_PLACE_WORDS.has(norm(w))) || NOT_SURNAMES.has(norm(w)))
    );
  };
  if (rest.length >= 2) {
    // A particle written with a capital inside a name ("Anna Di Meo", "Vincenzo De Luca") is still one.
    const content = rest.filter((w, k) => !NAME_PARTICLES.has(w) && !(k > 0 && k < rest.length - 1 && INNER_PARTICLES.has(w)));
    const initial = (w: string): boolean => /^(?:\p{Lu}\.)+$/u.test(w);
    const nickname = !titled && content.length === 2 && sideNickname(content[0]!, content[1]!, lex);
    if (
      nameShaped &&
      !nickname &&
      content.length >= 2 &&
      // Arabic names chain fathers' names: "Theyab bin Mohamed bin Zayed Al Nahyan".
      content.length <= (rest.some((w) => /^(?:bin|binti|bint|ibn)$/u.test(w)) ? 6 : 4) &&
      !content.some((w, k) => functionWord(w, k, content) && !bareInitial(w)) &&
      commonInNameOk(content, titled) &&
      // "H. R." is a bill number's prefix, not a person; a name ends on a word, not an initial.
      !initial(content[content.length - 1]!) &&
      (titled || (!NON_PERSON_FIRST.has(lowerRest[0]!) && !ctx.noPerson))
    ) {
      if (titled || !ctx.foreign) {
        out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: !titled });
        return;
      }
      // Untitled, outside English: a person opens with a given name; what precedes it describes
      // them ("le Belge Thomas Verhaegen", "Fed-Chef Jerome Powell").
      const start = rest.findIndex((w) => GIVEN_NAMES.has(norm(w)));
      if (start >= 0 && rest.slice(start).filter((w) => !NAME_PARTICLES.has(w)).length >= 2) {
        // A known given name is the evidence German's shape rule (a name must recur) stands in for.
        out.push({ kind: 'person', name: rest.slice(start).join(' '), pos, fixed: false, weak: false });
        return;
      }
    }
    // Mixed runs: keep what can stand alone (e.g. a demonym followed by a name).
    if (DEMONYMS.has(lowerRest[0]!)) recurse(rest.slice(1));
    return;
  }
  const w = rest[0]!;
  if (titled && /^\p{Lu}\p{Ll}/u.test(w) && !commonWord(w)) {
    out.push({ kind: 'person', name: w, pos, fixed: false });
    return;
  }
  singles.push({ word: w, pos, sentenceStart: first.sentenceStart && i === 0, common: commonWord(w) });
}

/**
 * Greedy longest gazetteer matches inside a word sequence. In `shouted` text every word is in
 * capitals, so a short all-caps alias ("IS", "WHO", "US") is just an ordinary word there.
 */
function gazetteerSpans(words: string[], pos: number, out: Mention[], shouted = false): void {
  for (let s = 0; s < words.length; ) {
    let n = Math.min(MAX_GAZ_TOKENS, words.length - s);
    for (; n >= 1; n--) {
      if (shouted && n === 1 && CASE_SENSITIVE.has(norm(words[s]!))) continue;
      const e = gazLookup(words.slice(s, s + n));
      if (e) {
        out.push({ kind: e.kind, name: e.canonical, pos, fixed: true });
        break;
      }
    }
    s += Math.max(n, 1);
  }
}

/** Character ranges of the lines of `text` that satisfy `test`. */
function lineRanges(text: string, test: (line: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (test(line)) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** A line that looks like a headline: mostly capitalised words, no closing punctuation. */
function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || /[.!?"”:;,)]$/.test(trimmed)) return false;
  const words = (trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4 && !ALL_STOPWORDS.has(w.toLowerCase()));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && caps / words.length >= 0.6;
}

/** A line written mostly in capitals ("THIS PRODUCTION IS THE EFFORT OF ..."). */
function isShouted(line: string): boolean {
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((w) => !/\p{Ll}/u.test(w)).length;
  return words.length >= 4 && caps / words.length >= 0.7;
}

/** Whether positions, asked in increasing order, fall inside sorted ranges: one forward-moving cursor. */
function rangeCursor(ranges: [number, number][]): (pos: number) => boolean {
  let i = 0;
  return (pos) => {
    while (i < ranges.length && ranges[i]![1] <= pos) i++;
    return i < ranges.length && pos >= ranges[i]![0];
  };
}

/** Words before a run that keep it from being read as an untitled person's name. */
const NO_PERSON_BEFORE = new Set(['the', 'at', 'in', 'near', 'inside', 'outside', 'into']);
/**
 * Lowercase role nouns that introduce a person's name in English ("chief executive Miles Hurrell",
 * "ISRO chairman V Narayanan", "rural economist Nikhil Rao"): after one, a name-shaped run is a
 * person even when one of its words is an everyday word or a bare initial.
 */
const ROLE_BEFORE = new Set(
  'teammate team-mate rookie driver rider jockey executive economist analyst strategist chairman chairwoman chairperson chair director spokesperson spokesman spokeswoman minister secretary president governor mayor commissioner manager coach captain professor researcher scientist founder co-founder correspondent editor lawyer attorney ambassador envoy leader engineer officer superintendent inspector chief striker midfielder defender goalkeeper winger forward batter bowler opener all-rounder pitcher quarterback senator judge'.split(' '),
);

interface Single {
  word: string;
  pos: number;
  sentenceStart: boolean;
  common: boolean;
  /** Words around it mark it as an organisation. */
  cue?: OrgCue | undefined;
}

/** A month or day abbreviation that is also a given name, opening a person's name ("Jan Tiedemann", not "Jan 5"). */
function givenNameBefore(word: string, next: string): boolean {
  return GIVEN_NAMES.has(norm(word)) && /^\p{Lu}\p{Ll}{2,}$/u.test(next) && !NON_NAMES.has(norm(next));
}

/** Lowercase nouns for a kind of place, after a name ("Dadu district") or before "of" and a list of names. */
const PLACE_NOUN = '(?:district|province|county|region|prefecture|governorate|oblast|municipality|township|village|town|city|suburb|island)';
/**
 * A place noun after the name, or after a list it opens ("Dadu district", "the Akosombo and Kpong
 * dams", "the Lamu, Kilifi and Kwale counties"). Nouns for a river, lake, valley, dam, ward,
 * constituency or area name places too, but are not read before "of" ("the area of Research").
 */
const PLACE_NOUN_AFTER = new RegExp(
  `^(?:(?:,\\s+\\p{Lu}[\\p{L}'’-]+)*,?\\s+and\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+(?:(?:${PLACE_NOUN}|river|lake|valley|dam|ward|constituency|area|field|oilfield|gasfield|mine|aquifer|crater|volcano)s?|counties|cities|municipalities)\\b`,
  'u',
);
const PLACE_NOUN_OF_BEFORE = new RegExp(`(?:^|\\s)(?:${PLACE_NOUN}|cities|counties|municipalities|districts|provinces|regions|towns|villages|islands)\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+|,?\\s+and\\s+))*$`, 'u');
/** ", Colorado." / ", Sindh, where": a known place after a comma, closing the phrase. */
const PLACE_AFTER_COMMA = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=\s*[,.;:)]|\s+\p{Ll}|\s*$)/u;

/** Whether the words around the run at [start, end) mark it as a place. */
function placeCueAt(text: string, start: number, end: number, sentenceStart: boolean): boolean {
  const after = text.slice(end, end + 40);
  if (PLACE_NOUN_AFTER.test(after)) return true;
  // "However, Nuremberg zoo chiefs said": a sentence adverb before a comma; datelines name known places anyway.
  const state = sentenceStart ? undefined : PLACE_AFTER_COMMA.exec(after)?.[1];
  if (state !== undefined && gazLookup(state.split(/\s+/))?.kind === 'place') return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return PLACE_NOUN_OF_BEFORE.test(text.slice(Math.max(lineStart, start - 120), start));
}

const LIST_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const LIST_SEPARATOR = '(?:,\\s+|\\s+(?:and|or)\\s+)';
/** The names listed right after a name: ", Barberton and Akron". */
const LIST_AFTER = new RegExp(`^(?:${LIST_SEPARATOR}${LIST_NAME})+(?=[\\s,.;:)]|$)`, 'u');
/** The names listed right before a name: "Shah Alam, Petaling Jaya, Klang and ". */
const LIST_BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}])((?:${LIST_NAME}${LIST_SEPARATOR})+)$`, 'u');
/** Whether the name at [start, end) stands in a list with a known place ("Akron, Barberton and …", "Gauteng and Emfuleni"). */
function listedWithPlace(text: string, start: number, end: number, isPlace: (name: string) => boolean = (name) => GAZ.get(norm(name))?.kind === 'place'): boolean {
  const afterText = text.slice(end, end + 100);
  const beforeText = text.slice(Math.max(0, start - 100), start);
  // A comma alone is no list ("in Chicago, Curry was held"): an "and" or "or" must be on one side.
  const joined = /^\s+(?:and|or)\s/u.test(afterText) || /\s(?:and|or)\s+$/u.test(beforeText);
  if (!joined) return false;
  const listed = `${LIST_BEFORE_NAME.exec(beforeText)?.[1] ?? ''} ${LIST_AFTER.exec(afterText)?.[0] ?? ''}`;
  return listed.split(/,\s+|\s+(?:and|or)\s+/u).some((name) => name.trim() !== '' && isPlace(name.trim()));
}

/** A known place, or one of the article's place clusters. */
function isNamedPlace(name: string, clusters: readonly Cluster[]): boolean {
  return GAZ.get(norm(name))?.kind === 'place' || clusters.some((c) => c.kind === 'place' && c.names.includes(name));
}

/** The word, as written, that ends right before `pos` across spaces, if any. */
function precedingWord(text: string, pos: number): string | undefined {
  return text.slice(Math.max(0, pos - 12), pos).match(/(\p{L}+)\s+$/u)?.[1];
}

/**
 * Whether the sentence going on after a name at `end` refers back to it as "its" before any other
 * name or personal pronoun: "Fonterra has cut the midpoint of its forecast", not "Smith said Acme
 * cut its prices" or "Hurrell said his farmers".
 */
function refersBackAsIts(text: string, end: number): boolean {
  const rest = /^[^.!?\n]{0,80}/u.exec(text.slice(end, end + 80))![0];
  const pronoun = /\b(?:its|his|her|hers|he|she|him|their|they)\b/iu.exec(rest);
  return pronoun !== null && pronoun[0].toLowerCase() === 'its' && !/\s\p{Lu}/u.test(rest.slice(0, pronoun.index));
}

/** Nouns naming a work: "his Bengali film Anuranan", "the musical Hairspray". */
const WORK_NOUNS = new Set(['film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'album', 'song', 'single', 'show', 'series', 'sitcom', 'play', 'musical', 'opera', 'game', 'painting', 'index', 'model', 'phone', 'device', 'drug']);

/**
 * Lone unknown words the article treats as a body: a sentence refers back to one as "its" and the
 * article names it at least twice, never after "the", a locative preposition, a noun naming a work
 * or an opening quote (those are products, indices, works and places: "the Sensex", "from
 * Tamworth", "film Anuranan", "“Hairspray”").
 */
function bodiesReferredToAsIts(body: string, singles: readonly Single[]): Set<string> {
  const found = new Set<string>();
  for (const s of singles) if (!s.common && !found.has(s.word) && refersBackAsIts(body, s.pos + s.word.length)) found.add(s.word);
  for (const word of found) {
    const uses = singles.filter((s) => s.word === word);
    const thingLike = uses.some((s) => {
      const before = precedingWord(body, s.pos);
      return /["“‘'(]$/u.test(body.slice(Math.max(0, s.pos - 1), s.pos)) || before === 'the' || (before !== undefined && (SPORTS_LOCATIVES.has(before) || WORK_NOUNS.has(before)));
    });
    if (uses.length < 2 || thingLike) found.delete(word);
  }
  return found;
}

/** A verb or noun of travel, then "to": what follows is where the journey ends. */
const JOURNEY_TO =
  /\b(?:sail(?:ed|ing|s)?|brought|taken|travel(?:l?ed|l?ing|s)?|moved|moving|flew|flown|flying|return(?:ed|ing|s)?|head(?:ed|ing|s)|driven|drove|evacuated|relocated|transferred|airlifted|rushed|diverted|ferried|towed|deported|route|trip|journey|flights?|ferry|ferries|sailings?|road)\s+to\s+$/iu;

/** Articles and article-preposition forms of the languages read besides English. */
const FOREIGN_ARTICLES = new Set(['el', 'la', 'los', 'las', 'del', 'al', 'le', 'les', 'du', 'des', 'au', 'aux', 'o', 'a', 'os', 'as', 'do', 'da', 'dos', 'das', 'no', 'na', 'ao', 'pelo', 'pela', 'il', 'lo', 'gli', 'dello', 'della', 'dal', 'dalla', 'nel', 'nella', 'alla', 'der', 'die', 'dem', 'den', 'het', 'de']);
/** Acronyms that are terms, not bodies, though an article may precede them ("el PIB", "la TVA", "das BIP"). */
const TERM_ACRONYMS = new Set(
  'PIB IVA IPC ADN ARN SIDA VIH IRPF TVA PME PMI CEO PDG DG TV GPS SMS USB PC IA KI BIP LKW PKW EDV ISO UTC GMT VIP DJ PDF HD COVID SARS UCI UTI CTI SUV ONG TGV RER IRS IMI IMT CPF CNPJ RG PIX ICMS IPI IOF CDI CDB ETF IPO HIV AIDS DNA RNA PET LED IT AI EV MW GW KW CV EBITDA OPA OPV ERE ERTE SMI PIL IRPEF IMU TFR ISEE PNRR BTW WOZ AOW ZZP MKB UE EU VAR TER AVE ICE DAX MDAX SDAX CAC IBEX MIB AEX BEL PSI SMI ATX WIG BUX WTI OPEP NASDAQ'.split(' '),
);

/** "el CONICET", "o INEM", "der ADAC": outside English, an article before an unknown acronym marks a body. */
function articleBeforeAcronym(body: string, pos: number, word: string): boolean {
  if (word.length < 3 || !/^\p{Lu}+$/u.test(word) || TERM_ACRONYMS.has(word) || GAZ.has(norm(word))) return false;
  const before = /([\p{L}]+)\s+$/u.exec(body.slice(Math.max(0, pos - 12), pos))?.[1];
  return before !== undefined && FOREIGN_ARTICLES.has(before.toLowerCase());
}

/** "north of", "residents of", "Jane Doe, 61, of": what follows "of" here is a place, unlike "fans of" or "shares of". */
const PLACE_BEFORE_OF = /(?:\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|outskirts|residents|mayor|town|village|suburbs?|kilometres|kilometers|miles|km)|,(?:\s+\d+,)?)\s+of\s+$/iu;
/** Words before "to" that point at a person, not a destination ("goes to Williams", "spoke to Edwards"). */
const TO_PERSON_BEFORE = /\b(?:go(?:es)?|went|gave|give[ns]?|spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|said|passed|lost|losing|sold|handed|belong(?:s|ed)?|thanks|tribute|credit|according|next|close|married|compared|sent|wrote|reported|replied|responded|appealed|apologi[sz]ed|introduced|due)\s+to\s+$/iu;
/** Prepositions after which a town's name is hardly anything else. */
const TOWN_PREPS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around']);

/**
 * A lone word on the world list of one-word towns where the words before it say place:
 * - "in Boulder", "in Tampines", "near Welcome": the guess from shape alone leaves these out as
 *   everyday words or plurals; an everyday word counts only as a city of 50,000 or more ("in
 *   Boulder", not "in Hope");
 * - "Lenexa-based";
 * - "at Orapa", "from Penzance", "the line to Muzaffarpur", "north of Forrest", "Jane Doe, 61, of
 *   Maumee": these lead to a company, a campus, a club or a person as often ("at Albemarle", "Note
 *   from Mercedes", "going to Gloucester"), so only for a word the article never writes as part of a
 *   longer name or as an owner ("Albemarle Corp.", "Mercedes Kirkel", "Gloucester's"), nor after
 *   another name ("Juice Williams"), and not in a sports article.
 */
function townWhereSentenceSaysPlace(body: string, s: Single, sportsArticle: boolean): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(s.word) || NON_NAMES.has(norm(s.word)) || GIVEN_NAMES.has(norm(s.word))) return false;
  // A word split off a longer run ("The Lenexa-based", "McGill University and Mila") carries the run's position.
  const pos = body.indexOf(s.word, s.pos);
  if (pos < 0 || pos - s.pos > 60) return false;
  const size = worldTownSize(s.word);
  if (size === undefined || (s.common && size !== 'city')) return false;
  const saysPlace = (): boolean => {
    const after = body.slice(pos + s.word.length, pos + s.word.length + 12);
    if (/^-based\b/u.test(after)) return true;
    // "in Boulder County" names the county.
    if (/^\s+\p{Lu}/u.test(after) || /^['’]s\b/u.test(after)) return false;
    const before = precedingWord(body, pos)?.toLowerCase();
    if (before !== undefined && TOWN_PREPS.has(before)) return true;
    // "Kabale, Hoima and Fort Portal", "from New Plymouth and Stratford": next to a place in a list.
    const listed = listedBesidePlace(body, pos, s.word);
    if (listed === 'after-preposition') return true;
    if (before === undefined) return listed !== null && !s.common && !sportsArticle;
    if (s.common || sportsArticle) return false;
    if (listed !== null || before === 'between') return true;
    if (new RegExp(`(?<![\\p{L}-])${s.word}(?:['’]s\\b|\\s+(?:&\\s+)?\\p{Lu})`, 'u').test(body)) return false;
    const lead = body.slice(Math.max(0, pos - 40), pos);
    return before === 'at' || before === 'from' || (before === 'of' && PLACE_BEFORE_OF.test(lead)) || (before === 'to' && !TO_PERSON_BEFORE.test(lead));
  };
  // The whole text is searched last, only for a word whose sentence says place.
  return saysPlace() && !writtenAfterAnotherName(body, s.word);
}

/** Planets: lists name them beside one another, and some are also towns of the world list ("Jupiter"). */
const PLANETS = new Set(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto']);
/** A name of one or two capitalised words, as a list writes its items. */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
const ITEM_BEFORE = new RegExp(String.raw`(?:(\p{L}+)\s+)?(${LIST_ITEM})(?:,\s+|\s+(?:and|or)\s+)$`, 'u');
const ITEM_AFTER = new RegExp(String.raw`^(?:,\s+|\s+(?:and|or)\s+)(${LIST_ITEM})`, 'u');

/**
 * Whether the word stands in a list of places: 'after-preposition' when a place preposition opens
 * the list and the item before it is a known place ("from New Plymouth and Stratford"); 'listed'
 * when a neighbour is a known place ("Kabale, Hoima and Fort Portal") or a place preposition opens
 * the list ("between Treherbert and Pontypridd"); null otherwise.
 */
function listedBesidePlace(body: string, pos: number, word: string): 'after-preposition' | 'listed' | null {
  if (PLANETS.has(word)) return null;
  const knownPlace = (name: string | undefined): boolean => {
    if (name === undefined || PLANETS.has(name)) return false;
    const words = name.split(/\s+/u);
    return gazLookup(words)?.kind === 'place' || (words.length > 1 ? isWorldPlace(words) : worldTownSize(name) !== undefined && !GIVEN_NAMES.has(norm(name)));
  };
  const prev = ITEM_BEFORE.exec(body.slice(Math.max(0, pos - 48), pos));
  const next = ITEM_AFTER.exec(body.slice(pos + word.length, pos + word.length + 40));
  // "between Treherbert and Pontypridd": a list a place preposition opens is of places.
  if (prev && (TOWN_PREPS.has(prev[1]?.toLowerCase() ?? '') || prev[1] === 'from' || prev[1] === 'between')) return knownPlace(prev[2]) ? 'after-preposition' : 'listed';
  return knownPlace(prev?.[2]) || knownPlace(next?.[1]) ? 'listed' : null;
}

/**
 * Whether the article writes the word right after another capitalised word that is no function word
 * ("Juice Williams", "Mercedes Kirkel", "Akeal Hosein"): then it is part of a longer name, most often
 * a surname. "In Nnewi" opens a sentence with a preposition.
 */
function writtenAfterAnotherName(body: string, word: string): boolean {
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.'’-]*)\\s+${word}(?![\\p{L}-])`, 'gu'))) if (!EN_STOPWORDS.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** The words before a side in a match report: "beat", "host", "against", "lost to", "win over". */
const SIDE_BEFORE =
  /\b(?:beat(?:s|ing|en\s+by)?|host(?:s|ed|ing)?|fac(?:e|es|ed|ing)|against|play(?:s|ed|ing)?|meet(?:s|ing)?|v|vs\.?|versus|edg(?:e|es|ed)|thrash(?:ed|es)?|defeat(?:s|ed|ing)?|overcame|visit(?:s|ed|ing)?|(?:lost|lose|losing|loss|fell)\s+to|(?:win|won|victory)\s+over)\s+(?:the\s+)?$/iu;
/** A score after a side's name: "Leinster 31-10", "Duke 91, Army 54". */
const SCORE_AFTER = /^\s+\d{1,3}(?:\s*[-–]\s*\d{1,3}\b|,\s+\p{Lu})/u;
/** Last words of grounds, which a match verb names as often as sides ("visit BMO Field"). */
const GROUND_WORDS = new Set(['field', 'ground', 'grounds', 'centre', 'center', 'dome', 'garden', 'gardens', 'bowl', 'court']);

/**
 * Whether a run in a sports report names a side: a match verb before it or a score after it. Not a
 * country (a national side reads as its country), a ground, a competition the gazetteer knows, an
 * everyday word ("Ahead 75-74") or a player: one the article writes after another name ("beat
 * Hosein" after "Akeal Hosein"), and a two- or three-word run unless it opens with a known place
 * ("Michigan State") or, not opening with a given name, ends in a plural ("Cape Breton Eagles",
 * "Forest Rangers").
 */
function namedAsSide(body: string, start: number, end: number, words: readonly string[], known: GazEntry | undefined, lexicon: Lexicon | undefined): boolean {
  if (words.length > 3 || (known && (known.kind !== 'place' || COUNTRIES.has(known.canonical)))) return false;
  if (!words.every((w) => /^\p{Lu}\p{L}*$/u.test(w) && !NON_NAMES.has(norm(w)) && !DEMONYMS.has(norm(w)))) return false;
  const last = norm(words[words.length - 1]!);
  if (PLACE_WORDS.has(last) || GROUND_WORDS.has(last)) return false;
  if (!known && words.length === 1 && (lexicon?.isCommon(words[0]!) ?? true) && !/s$/u.test(last)) return false;
  const plural = /[^s]s$/u.test(last);
  // "beat West Coast", "host Port Adelaide": a town or region the world list knows names its club too.
  if (!known && words.length > 1 && !(gazLookup(words.slice(0, 1))?.kind === 'place' || (plural && !GIVEN_NAMES.has(norm(words[0]!))) || isWorldPlace(words))) return false;
  if (!SIDE_BEFORE.test(body.slice(Math.max(0, start - 24), start)) && !SCORE_AFTER.test(body.slice(end, end + 16))) return false;
  // A nickname follows its city ("Moncton Wildcats"); a surname follows a given name.
  return plural || !writtenAfterAnotherName(body, words[0]!);
}

/** Whether a name after `word` is a location ("in Dortmund", "at Anfield"). */
function isLocative(word: string | undefined): boolean {
  return word !== undefined && (PLACE_PREPS.has(word.toLowerCase()) || word === 'at' || word === 'of' || word === 'to');
}

/** Generational suffixes after a name ("Jr.", "Sr.", "III"). */
const GENERATION_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Name key for alias matching: lowercase, particles and hyphens unified ("al-Assad" ~ "Assad"). */
function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((p) => p.replace(/^(?:al|el|ad|as|ash|at|az)-/, ''))
    .filter((p) => !NAME_PARTICLES.has(p) && !GENERATION_SUFFIX.test(p));
}

function editDistanceAtMost(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]! <= k;
}

interface Cluster {
  kind: Kind;
  names: string[];
  /** Mentions per surface form, to break ties between equally long forms (typos are rarer). */
  formCounts: Map<string, number>;
  parts: string[];
  count: number;
  first: number;
  fixed: boolean;
  /** Every mention so far was found by name shape alone. */
  weak: boolean;
  /** The acronym the article also uses for this body, and how often it does after defining it. */
  acronym?: string;
  acronymUses?: number;
}

/** German names of places take an -s in the genitive ("Deutschlands Wirtschaft", "Frankreichs Präsident"). */
function withoutGermanGenitive(t: Token): Token {
  if (t.bare.length < 5 || !t.bare.endsWith('s') || GAZ.has(norm(t.bare))) return t;
  const stem = t.bare.slice(0, -1);
  return GAZ.get(norm(stem))?.kind === 'place' ? { ...t, bare: stem } : t;
}

/** Lowercase-inner aliases as token words, keyed by their first word, longest first. */
let phraseTable: Map<string, { words: string[]; entry: GazEntry }[]> | undefined;
function lowercasePhrases(): Map<string, { words: string[]; entry: GazEntry }[]> {
  if (phraseTable) return phraseTable;
  phraseTable = new Map();
  for (const { alias, entry } of LOWERCASE_INNER) {
    // Lowercase connectors alone ("Bank of America") leave the name a capitalised run: the run pass has it.
    if (!alias.split(/\s+/).slice(1).some((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w))) continue;
    const words = tokenizeForNames(alias).map((t) => norm(t.bare));
    if (words.length < 2) continue;
    const list = phraseTable.get(words[0]!) ?? [];
    list.push({ words, entry });
    phraseTable.set(words[0]!, list);
  }
  for (const list of phraseTable.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phraseTable;
}

/**
 * Known names written with lowercase words inside (French and Spanish institutions and regions:
 * "l'Union européenne", "Organisation mondiale de la santé", "Arabie saoudite") become mentions; the
 * tokens they cover are returned removed, so the capitalised-run pass does not read them again.
 */
function takeLowercasePhrases(tokens: Token[], out: Mention[]): Token[] {
  const table = lowercasePhrases();
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = table.get(norm(tokens[i]!.bare));
    const hit = candidates?.find(({ words }) => words.every((w, k) => k === 0 || (i + k < tokens.length && !tokens[i + k]!.sentenceStart && norm(tokens[i + k]!.bare) === w)));
    if (hit) {
      out.push({ kind: hit.entry.kind, name: hit.entry.canonical, pos: tokens[i]!.pos, fixed: true });
      i += hit.words.length;
    } else kept.push(tokens[i++]!);
  }
  return kept;
}

/** Prepositions that make a town's name the town, also in a sports article ("grew up in Ayr"). */
const SPORTS_LOCATIVES = new Set(['in', 'near', 'outside', 'inside']);

/** Whether the runs name at least two different clubs, leagues, bodies or venues of the sports lists. */
function namesSportsTwice(runs: readonly Run[]): boolean {
  const seen = new Set<string>();
  for (const run of runs) {
    const known: Mention[] = [];
    gazetteerSpans(run.tokens.map((t) => t.bare), 0, known);
    for (const m of known) if (SPORTS_CANONICAL.has(m.name) && seen.add(m.name).size >= 2) return true;
  }
  return false;
}

/** One capitalised chunk of a body's name: "Kenya Medical Practitioners", "Science", "Animal Industry". */
const NAME_CHUNK = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|on)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,5}`;
/** "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name with commas, spelt by its acronym. */
const COMMA_NAME_ACRONYM = new RegExp(String.raw`(${NAME_CHUNK}(?:,\s+${NAME_CHUNK}){1,4},?\s+and\s+${NAME_CHUNK})\s*\((\p{Lu}[\p{Lu}&*]{2,9})\)`, 'gu');
/** "Ministry of Agriculture, Animal Industry and Fisheries": an office of several portfolios. */
const COMMA_PORTFOLIOS = new RegExp(
  String.raw`\b(?:Ministry|Department|Council|Commission|Committee|Institute|Secretariat|Directorate)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){1,4},?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`,
  'gu',
);

/** Between the items of "A, B and C". */
const LIST_ITEM_SEPARATOR = /,\s+|,?\s+and\s+/u;

/** A body's name written with commas in it, found before the text is cut into runs at its commas. */
interface CommaName {
  start: number;
  end: number;
  name: string;
  acronym?: string;
}

function commaNames(body: string): CommaName[] {
  const out: CommaName[] = [];
  for (const m of body.matchAll(COMMA_NAME_ACRONYM)) {
    const words = m[1]!.split(/\s+/);
    // "A*STAR": the star is no letter of it.
    const acronym = m[2]!.replace('*', '');
    // Sentence words before the name ("Yesterday Kenya Medical ...") are dropped until the acronym spells the rest.
    for (let k = 0; k < words.length - 2; k++) {
      const rest = words.slice(k).map((w) => w.replace(/,$/, ''));
      // "A*STAR": the "and" may give a letter too.
      const withAnd = rest.map((w) => (w === 'and' ? 'And' : w));
      if (!/^\p{Lu}/u.test(rest[0]!) || !(spellsAcronym(acronym, rest) || acronymOf(acronym, rest) || spellsAcronym(acronym, withAnd))) continue;
      // "France, Germany and Italy": a list of known names is not one name.
      if (words.slice(k).join(' ').split(LIST_ITEM_SEPARATOR).every((x) => gazLookup(x.split(/\s+/)) !== undefined)) break;
      const name = words.slice(k).join(' ');
      const start = m.index + m[1]!.length - name.length;
      out.push({ start, end: start + name.length, name, acronym: m[2]! });
      break;
    }
  }
  for (const m of body.matchAll(COMMA_PORTFOLIOS)) {
    // "the Ministry of Defence, the Foreign Office and the Treasury" names three bodies; "Ministry of
    // Health, Labour and Welfare" and "Ministry of Energy, Water Resources and Irrigation" one.
    const raw = m[0].replace(/^\S+\s+(?:of|for)\s+/u, '').split(LIST_ITEM_SEPARATOR);
    const items = raw.map((x) => x.replace(/^the\s+/u, '').split(/\s+/));
    const body = (words: string[]): boolean => words.length >= 2 && (gazLookup(words)?.kind === 'org' || ORG_WORDS.has(norm(words[words.length - 1]!)));
    if (raw.slice(1).some((x) => /^the\s/u.test(x)) || items.some(body)) continue;
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Extract people, places and organisations from cleaned article text. `title` mentions raise an
 * entity's salience but never introduce one (title case makes every word look like a name).
 * `language` (ISO 639-1) makes the shape-only cues stricter outside English.
 */
/** A nickname in quotes between a given name and a surname: Andrew "FoFo" Gilich, Joe 'Smokin' Frazier. */
const QUOTED_NICKNAME = /(?<=\p{Lu}\p{Ll}+ )(?:"[^"\n]{1,25}"|“[^”\n]{1,25}”|'[^'\n]{1,25}'|‘[^’\n]{1,25}’) (?=\p{Lu}\p{Ll})/gu;

/** The text with such nicknames blanked out, so the name reads as one run; offsets are kept. */
function withoutQuotedNicknames(text: string): string {
  return text.replace(QUOTED_NICKNAME, (m) => (/^.\p{Lu}/u.test(m) && m.split(' ').length <= 4 ? ' '.repeat(m.length) : m));
}

export function extractEntities(title: string, bodyText: string, lexicon?: Lexicon, language?: string): EntitySet {
  const body = withoutQuotedNicknames(bodyText);
  // The locative cue reads English prepositions; German capitalises every noun, so there name shape
  // alone is weak evidence.
  const foreign = language !== undefined && language !== 'en' && language !== 'und';
  const nounCaps = language === 'de';
  const mentions: Mention[] = [];
  const singles: Single[] = [];
  /** Acronyms the article defines in brackets after a name, and the mention they stand for. */
  const acronyms = new Map<string, Mention>();
  /** Cities the article names as clubs ("Newcastle manager Eddie Howe"). */
  const clubCities = new Set<string>();
  let tokens = tokenizeForNames(body, language === 'fr' || language === 'it');
  if (nounCaps) tokens = tokens.map(withoutGermanGenitive);
  tokens = takeLowercasePhrases(tokens, mentions);
  // Runs come in text order, so forward-moving cursors over the line ranges suffice.
  const inHeadline = rangeCursor(lineRanges(body, isHeadline));
  const inShouted = rangeCursor(lineRanges(body, isShouted));
  const connectors = connectorsFor(language);
  const runs = findRuns(tokens, connectors);
  const sportsArticle = namesSportsTwice(runs);
  /** Sports nicknames, kept once the run pass has seen their club named in full. */
  const nicknames: Mention[] = [];
  const lowercaseWords = foreign ? new Set(body.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []) : undefined;
  const commaBodies = foreign ? [] : commaNames(body);
  const emitted = new Set<CommaName>();
  const emitCommaName = (c: CommaName): void => {
    if (emitted.has(c)) return;
    emitted.add(c);
    const whole: Mention = { kind: 'org', name: c.name, pos: c.start, fixed: true };
    mentions.push(whole);
    if (c.acronym) acronyms.set(c.acronym, whole);
  };
  for (const run of runs) {
    let t0 = run.tokens[0]!;
    // A run inside a name written with commas is part of that name.
    const inside = commaBodies.find((c) => c.start <= t0.pos && t0.pos < c.end);
    if (inside) {
      emitCommaName(inside);
      continue;
    }
    // A run that goes on into one ("Yesterday Kenya Medical Practitioners"): only its part before the name.
    const overlapped = commaBodies.find((c) => t0.pos < c.start && run.tokens.some((t) => t.pos >= c.start && t.pos < c.end));
    if (overlapped) {
      emitCommaName(overlapped);
      run.tokens = run.tokens.filter((t) => t.pos < overlapped.start);
      t0 = run.tokens[0]!;
    }
    if (inShouted(t0.pos)) {
      gazetteerSpans(run.tokens.map((t) => t.bare), t0.pos, mentions, true);
      continue;
    }
    if (inHeadline(t0.pos)) {
      // Title case capitalises every word: trust only known names there.
      gazetteerSpans(run.tokens.map((t) => t.bare), t0.pos, mentions);
      continue;
    }
    let toks = run.tokens;
    let lead: string | undefined;
    // A capitalised ordinary word opening a sentence ("According", "Earlier") is not part of a name,
    // unless the whole run is a known name ("Round Rock": "round" is a function word).
    const bareToks = toks.map((t) => t.bare);
    // "from New Plymouth and Stratford": a known place may open a longer run.
    const whole = GAZ.has(norm(bareToks.join(' '))) || (toks.length > 1 && isWorldPlace(bareToks)) ||
      (toks.length > 3 && (isWorldPlace(bareToks.slice(0, 2)) || isWorldPlace(bareToks.slice(0, 3))) && bareToks[isWorldPlace(bareToks.slice(0, 2)) ? 2 : 3] === 'and');
    // After a lowercase "the", a capitalised function word belongs to the name ("the All England Club").
    const afterThe = precedingWord(body, toks[0]!.pos) === 'the';
    // "Sea Limited", "AD Ports Group": a company's legal ending keeps an everyday word or an acronym opening its name.
    const ending = norm(toks[toks.length - 1]!.bare);
    const company = (toks.length === 2 && LEGAL_ENDINGS.has(ending)) || ((LEGAL_ENDINGS.has(ending) || ending === 'group' || ending === 'holdings') && /^\p{Lu}{2,}$/u.test(toks[0]!.bare));
    while (
      toks.length > 1 &&
      !whole &&
      !company &&
      !(afterThe && !toks[0]!.sentenceStart && ALL_STOPWORDS.has(toks[0]!.bare.toLowerCase())) &&
      toks[0]!.bare !== 'The' &&
      !TITLES.has(norm(toks[0]!.bare)) &&
      !GAZ_PREFIXES.has(norm(`${toks[0]!.bare} ${toks[1]!.bare}`)) &&
      // "Mid Ulster District Council", "Upper Nile": a compass word before a known place, or opening a
      // body's or a place's name, is part of the name.
      !(/^(?:Mid|Upper|Lower|Greater|Central|North|South|East|West)$/u.test(toks[0]!.bare) &&
        (gazLookup([toks[1]!.bare]) !== undefined || worldTownSize(toks[1]!.bare) !== undefined || ORG_WORDS.has(norm(toks[toks.length - 1]!.bare)) || PLACE_WORDS.has(norm(toks[toks.length - 1]!.bare)))) &&
      !isPublicService(toks.map((t) => t.bare)) &&
      !pluralBeforeBodyWord(toks, lexicon) &&
      !vietnameseName(toks.map((t) => t.bare)) &&
      // "Al Noor Cold Chain LLC": in English the Arabic article opens a longer name ("Al Gore" is a given name).
      !(language === 'en' && toks.length >= 3 && /^(?:Al|El)$/u.test(toks[0]!.bare)) &&
      ((ALL_STOPWORDS.has(toks[0]!.bare.toLowerCase()) && !functionWordAsGivenName(toks[0]!.bare, toks[1]!.bare, toks[0]!.sentenceStart, lexicon)) || (NON_NAMES.has(norm(toks[0]!.bare)) && !givenNameBefore(toks[0]!.bare, toks[1]!.bare) && !namesStreet(toks)) ||
        // "Marina Ortega testified": an everyday word that is also a given name, before a surname, opens the name.
        (toks[0]!.sentenceStart && (lexicon?.isCommon(toks[0]!.bare) ?? false) && !(toks.length === 2 && (givenNameBefore(toks[0]!.bare, toks[1]!.bare) || EVERYDAY_GIVEN_NAMES.has(toks[0]!.bare)) && !(lexicon?.isCommon(toks[1]!.bare) ?? true))))
    ) {
      lead = toks[0]!.bare;
      toks = toks.slice(1);
    }
    // "Electoral Commission of Zambia (ECZ) returning officer ...": an acronym after the run that the
    // sentence's first word helps spell says that word is part of the name.
    if (lead !== undefined && toks.length >= 2 && run.tokens.length > toks.length) {
      const opener = run.tokens[run.tokens.length - toks.length - 1]!;
      const closer = toks[toks.length - 1]!;
      const after = closer.pos + closer.text.length;
      const acronym = /^\s*\((\p{Lu}{2,7})\)/u.exec(body.slice(after, after + 12))?.[1];
      const bare = toks.map((t) => t.bare);
      if (acronym !== undefined && acronymOf(acronym, [opener.bare, ...bare]) && !acronymOf(acronym, bare) && !spellsAcronym(acronym, bare)) {
        toks = [opener, ...toks];
        lead = undefined;
      }
    }
    // "Galaxy Entertainment Group and Melco ...": what is left without the sentence's first word is
    // only everyday words closed by a body's word, no name at all, and the article writes that word
    // capitalised inside a sentence too ("... operated by Galaxy"), so it is the name's.
    const opener = run.tokens[run.tokens.length - toks.length - 1];
    if (lead !== undefined && opener?.sentenceStart && toks.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(opener.bare) && !ALL_STOPWORDS.has(opener.bare.toLowerCase())) {
      // Up to an "and", which may join a second name ("... Group and Melco Resorts").
      const and = toks.findIndex((t) => t.bare === 'and' || t.bare === '&');
      const first = and > 0 ? toks.slice(0, and) : toks;
      const nameless = first.length >= 2 && first.every((t) => ORG_WORDS.has(norm(t.bare)) || (lexicon?.isCommon(t.bare) ?? false)) && ORG_WORDS.has(norm(first[first.length - 1]!.bare));
      if (nameless && new RegExp(`(?<=[\\p{Ll},;] )${opener.bare}(?!\\p{L})`, 'u').test(body)) {
        toks = [opener, ...toks];
        lead = undefined;
      }
    }
    // "fellow Jaguar Nichole Taljaard", "former All Black Dan Carter": one member of a team the
    // article names in the plural ("the Jaguars"), then a person.
    const memberOf = (): boolean => {
      const person = toks.slice(1).map((t) => t.bare);
      return (
        person.length <= 3 &&
        person.every((w) => CAPITALISED_WORD.test(w) && !ORG_WORDS.has(norm(w)) && !PLACE_WORDS.has(norm(w)) && !GAZ.has(norm(w))) &&
        (GIVEN_NAMES.has(norm(person[0]!)) || !(lexicon?.isCommon(person[0]!) ?? true))
      );
    };
    if (!foreign && toks.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[0]!.bare) && !whole && !GAZ.has(norm(toks[0]!.bare)) && memberOf() && new RegExp(`(?<!\\p{L})${toks[0]!.bare}s(?!\\p{L})`, 'u').test(body)) {
      lead = toks[0]!.bare;
      toks = toks.slice(1);
    }
    // "Ferdinand Marcos Jr." is not his father: a generational suffix stays on the person it follows.
    let suffix: string | undefined;
    while (toks.length > 1 && !whole && NON_NAMES.has(norm(toks[toks.length - 1]!.bare))) {
      const dropped = toks[toks.length - 1]!.bare;
      suffix = GENERATION_SUFFIX.test(dropped) && suffix === undefined ? dropped.replace(/^(Jr|Sr)$/, '$1.') : undefined;
      toks = toks.slice(0, -1);
    }
    // A numbered branch after a body's name is not part of it: "United Auto Workers Local 600", "... District 751".
    if (toks.length >= 3 && BRANCH_WORDS.has(norm(toks[toks.length - 1]!.bare))) {
      const l = toks[toks.length - 1]!;
      if (/^\s+\d/.test(body.slice(l.pos + l.text.length, l.pos + l.text.length + 3))) toks = toks.slice(0, -1);
    }
    // Shouted all-capitals text is not a name sequence; keep only known names from it.
    if (toks.length >= 3 && toks.every((t) => !/\p{Ll}/u.test(t.bare))) {
      gazetteerSpans(toks.map((t) => t.bare), toks[0]!.pos, mentions, true);
      continue;
    }
    // Only a lowercase "the" counts: a capitalised one opens the run itself.
    const before = precedingWord(body, toks[0]!.pos);
    const last = toks[toks.length - 1]!;
    const end = last.pos + last.text.length;
    const orgCue = foreign ? undefined : orgCueAt(body, toks[0]!.pos, end, last.possessive, toks[0]!.bare === 'The');
    const placeCue = foreign
      ? before !== undefined && (FOREIGN_PLACE_PREPS[language!]?.has(before) ?? false) && (language !== 'de' || germanPlaceShaped(toks.map((t) => t.bare), before))
      : !last.possessive && placeCueAt(body, toks[0]!.pos, end, t0.sentenceStart && toks[0] === t0);
    const roleBefore = !foreign && before !== undefined && ROLE_BEFORE.has(before);
    // "bringing in Karla Pretorius": after "in" a known given name opening a longer run is still a person.
    const givenAfterIn = (before === 'in' || before === 'into') && toks.length >= 2 && GIVEN_NAMES.has(norm(toks[0]!.bare)) && !GAZ.has(norm(toks[0]!.bare));
    const ctx: RunContext = { noPerson: before !== undefined && NO_PERSON_BEFORE.has(before) && !givenAfterIn, foreign, nounCaps, orgCue, english: language === 'en', placeCue, connectors, language, lowercaseWords, roleBefore };
    const words = toks.map((t) => t.bare);
    // "Celtic", "the Thunder": a short sports name, read as the club in a sports article.
    // "Celtic and Rangers": each side of an "and" may be one.
    const sides = (words[0] === 'The' ? words.slice(1) : words).join(' ').split(/\s+(?:and|&)\s+/u);
    const sportsOnly =
      sportsArticle && !SPORTS_LOCATIVES.has(before?.toLowerCase() ?? '') ? sides.map((side) => SPORTS_ONLY.get(norm(side))) : [];
    if (sportsOnly.length > 0 && sportsOnly.every((e) => e !== undefined)) {
      for (const e of sportsOnly) (e!.nickname ? nicknames : mentions).push({ kind: e!.kind, name: e!.canonical, pos: toks[0]!.pos, fixed: true });
      continue;
    }
    // "US$250 million", "NZ$ 4": a currency's sign, not the country.
    if (words.length === 1 && /^\p{Lu}{1,3}$/u.test(words[0]!) && /^\s?\$/u.test(body.slice(end, end + 2))) continue;
    // "Treasury yields", "Treasury bonds": a government's securities, not the department.
    if (words.length === 1 && words[0] === 'Treasury' && /^\s+(?:yields?|bonds?|notes?|bills?|securities|prices|futures|market|auctions?)\b/u.test(body.slice(end, end + 20))) continue;
    // "Newcastle manager Eddie Howe": a city's name before a player's or coach's role is its club.
    const known = gazLookup(words);
    const clubContext = (): boolean => {
      const next = body.slice(end, end + 60);
      if (TEAM_ROLE_AFTER.test(next)) return true;
      // A plural verb after a city that is the subject, not the end of a list or of a phrase ("branches in X and Y were").
      return CLUB_AFTER.test(next) && !LIST_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 6), toks[0]!.pos)) && !isLocative(before) && before !== 'the';
    };
    if (known?.kind === 'place' && !COUNTRIES.has(known.canonical) && !last.possessive && !foreign && clubContext()) {
      mentions.push({ kind: 'org', name: known.canonical, pos: toks[0]!.pos, fixed: true });
      clubCities.add(known.canonical);
      continue;
    }
    // "beat Castres 31-20", "host Munster", "against Gonzaga", "Leinster 31-10 Benetton": in a sports
    // report, the side a match verb or a score names.
    if (sportsArticle && !foreign && !last.possessive && namedAsSide(body, toks[0]!.pos, end, words, known, lexicon)) {
      mentions.push({ kind: 'org', name: known?.canonical ?? words.join(' '), pos: toks[0]!.pos, fixed: true });
      if (known) clubCities.add(known.canonical);
      continue;
    }
    // "the Financial Conduct Authority (FCA)": the run is a body's name and the acronym stands for it later on.
    // "(A*STAR)": the star is no letter of it.
    const bracketed = last.possessive ? undefined : /^\s*\((\p{Lu}[\p{L}&*]{1,7})\)/u.exec(body.slice(end, end + 12))?.[1]?.replace('*', '');
    const acronym = bracketed !== undefined && /^\p{Lu}[\p{Lu}&]+$/u.test(bracketed) ? bracketed : undefined;
    const named = words[0] === 'The' ? words.slice(1) : words;
    const defines = acronym !== undefined && named.length >= 2 && (acronymOf(acronym, named) || spellsAcronym(acronym, named)) ? acronym : undefined;
    // "Defence Research and Development Organisation (DRDO)", "Albay Public Safety and Emergency
    // Management Office (Apsemo)": an acronym spelt by every word of the run makes it one name, "and" and all.
    const spelt = bracketed !== undefined && bracketed.length >= 3 ? bracketed : undefined;
    // Likewise one opening with a word that is also a title: "General Service Unit (GSU)".
    const titleOpened = named.length >= 3 && TITLES.has(norm(named[0]!)) && !TITLES.has(norm(named[1]!)) && named.some((w, k) => k > 0 && ORG_WORDS.has(norm(w)));
    // "New Zealand Kiwifruit Growers Incorporated (NZKGI)": a known place opening the run is part of the body's name.
    const placeOpened = named.length >= 3 && (gazLookup(named.slice(0, 2))?.kind === 'place' || gazLookup(named.slice(0, 1))?.kind === 'place') && LEGAL_ENDINGS.has(norm(named[named.length - 1]!));
    if (spelt !== undefined && ((named.length >= 4 && named.includes('and')) || titleOpened || placeOpened) && !foreign && spellsAcronym(spelt.toUpperCase(), named)) {
      const whole: Mention = { kind: 'org', name: named.join(' '), pos: toks[0]!.pos, fixed: true };
      mentions.push(whole);
      acronyms.set(spelt, whole);
      continue;
    }
    // An acronym the article has defined, opening a longer name, is its owner: "NOAA Coral Reef Watch".
    if (words.length >= 3 && acronyms.has(words[0]!) && !t0.possessive) {
      singles.push({ word: words[0]!, pos: t0.pos, sentenceStart: false, common: false });
      typeRun(words.slice(1), toks[1]!.pos, toks[1]!, lexicon, mentions, singles, { ...ctx, orgCue: undefined });
      continue;
    }
    // "Minister for Agriculture, Food and the Marine Martin Heydon": the end of an office's list of
    // portfolios, then the office holder.
    const officeList = !foreign && OFFICE_LIST_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 120), toks[0]!.pos));
    // "Minister for Lands and Natural Resources": a portfolio, not a body.
    if (officeList && words.every((w) => connectors.has(w) || (lexicon?.isCommon(w) ?? false))) continue;
    if (officeList && words.length >= 3) {
      const given = words.findIndex((w, k) => k >= 1 && !connectors.has(w) && (GIVEN_NAMES.has(norm(w)) || !(lexicon?.isCommon(w) ?? true)));
      const name = given > 0 ? words.slice(given) : [];
      if (
        name.length >= 2 &&
        name.length <= 3 &&
        name.every((w) => CAPITALISED_WORD.test(w) || /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u.test(w)) &&
        !(lexicon?.isCommon(name[name.length - 1]!) ?? true) &&
        // The portfolio opens the run ("Culture", "Arts and Culture"); a given name there is the holder in apposition.
        !(GIVEN_NAMES.has(norm(words[0]!)) && !(lexicon?.isCommon(words[0]!) ?? false)) &&
        words.slice(1, given).every((w) => connectors.has(w) || (lexicon?.isCommon(w) ?? false))
      ) {
        mentions.push({ kind: 'person', name: name.join(' '), pos: toks[given]!.pos, fixed: false });
        continue;
      }
    }
    // "the Bangladesh Nationalist Party (BNP) ... BNP leaders": an acronym the article has defined
    // means what the article says, not what the gazetteer knows by it (BNP Paribas).
    if (words.length === 1 && acronyms.has(words[0]!)) {
      singles.push({ word: words[0]!, pos: toks[0]!.pos, sentenceStart: false, common: false });
      continue;
    }
    const typedFrom = mentions.length;
    typeRun(words, toks[0]!.pos, t0, lexicon, mentions, singles, ctx);
    if (lead) for (const m of mentions.slice(typedFrom)) m.lead = lead;
    if (suffix) {
      const lastWord = words[words.length - 1]!;
      for (const m of mentions.slice(typedFrom)) if (m.kind === 'person' && m.name.endsWith(lastWord)) m.name = `${m.name} ${suffix}`;
    }
    if (defines) {
      const typed = mentions.slice(typedFrom);
      const own = typed.length === 1 ? typed[0]! : undefined;
      // "Universiti Malaya (UM)": people are not given acronyms, bodies are.
      if (own?.kind === 'person' && own.weak === true) {
        own.kind = 'org';
        own.fixed = true;
        own.weak = false;
      }
      if (own && own.kind !== 'person') acronyms.set(defines, own);
    }
  }

  // A city the article names as a club is the club wherever it is not a location ("Newcastle ran
  // riot", but "a medical in Dortmund").
  for (const m of nicknames) if (mentions.some((o) => o.name === m.name)) mentions.push(m);
  // In a sports article a city that has a club of its name is the club, likewise ("Wrexham knocked Leeds out").
  // "had lost to Leinster in Dublin": after a defeat's "to" the name is the side that won.
  const lostTo = (pos: number): boolean => /\b(?:lost|losing|loses|lose|defeat|defeats|beaten|went down|fell|slipped)\s+to\s+$/iu.test(body.slice(Math.max(0, pos - 24), pos));
  for (const m of mentions) if (m.kind === 'place' && (clubCities.has(m.name) || (sportsArticle && CLUB_PLACES.has(m.name))) && (!isLocative(precedingWord(body, m.pos)) || lostTo(m.pos))) m.kind = 'org';

  const clusters: Cluster[] = [];
  const addTo = (m: Mention): void => {
    const parts = nameParts(m.name);
    let c = clusters.find((c) => c.kind === m.kind && c.names.includes(m.name));
    if (!c && m.kind === 'person') {
      c = clusters.find((c) => {
        if (c.kind !== 'person') return false;
        const [short, long] = parts.length <= c.parts.length ? [parts, c.parts] : [c.parts, parts];
        if (short.every((p) => long.includes(p))) return true;
        // Same surname, near-identical given name: a typo ("Vladamir Putin").
        return short.length >= 2 && long.length === short.length && short[short.length - 1] === long[long.length - 1] && editDistanceAtMost(short[0]!, long[0]!, 2);
      });
    }
    if (c) {
      c.count++;
      c.weak &&= m.weak === true;
      c.formCounts.set(m.name, (c.formCounts.get(m.name) ?? 0) + 1);
      if (!c.names.includes(m.name)) c.names.push(m.name);
      if (parts.length > c.parts.length) c.parts = parts;
      c.first = Math.min(c.first, m.pos);
    } else {
      clusters.push({ kind: m.kind, names: [m.name], formCounts: new Map([[m.name, 1]]), parts, count: 1, first: m.pos, fixed: m.fixed, weak: m.weak === true });
    }
  };
  // People with full names first, so bare surnames attach to them whatever the order of mentions.
  const partCount = new Map<string, number>();
  for (const m of mentions) if (!partCount.has(m.name)) partCount.set(m.name, nameParts(m.name).length);
  const ordered = [...mentions].sort((a, b) => partCount.get(b.name)! - partCount.get(a.name)! || a.pos - b.pos);
  for (const m of ordered) addTo(m);

  /** The body the article names in full with `word` as its first word ("Kestrel Capital" for "Kestrel"). */
  const namedInFull = (word: string): Cluster | undefined => clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names.some((n) => n.startsWith(`${word} `)));
  const useAcronym = (c: Cluster, acronym: string): void => {
    c.acronym = acronym;
    c.acronymUses = (c.acronymUses ?? 0) + 1;
  };
  const initialsOf = (name: string): string => (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  const referredToAsIts = foreign ? new Set<string>() : bodiesReferredToAsIts(body, singles);
  for (const s of singles) {
    const key = nameParts(s.word)[0] ?? '';
    // German writes a person's genitive with a bare -s: "Putins Sprecher".
    const person = clusters.find((c) => c.kind === 'person' && (c.parts.includes(key) || (nounCaps && key.endsWith('s') && c.parts.includes(key.slice(0, -1)))));
    if (person) {
      person.count++;
      person.first = Math.min(person.first, s.pos);
      continue;
    }
    const defined = acronyms.get(s.word);
    if (defined) {
      const own = clusters.find((c) => c.kind === defined.kind && c.names.includes(defined.name));
      if (!own) addTo(defined);
      else {
        own.count++;
        // The bracketed definition itself is part of the written-out mention.
        if (body[s.pos - 1] !== '(') useAcronym(own, s.word);
      }
      continue;
    }
    // "Saint-Georges", "Ille-et-Vilaine", "Betws-y-Coed": a compound name of a town or region.
    if (s.word.includes('-') && !s.common && isWorldPlace([s.word])) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    if (isAcronym(s.word)) {
      // Written out elsewhere in the article ("African National Congress" … "the ANC"): the same body.
      // An acronym alone is not taken unless its context marks an organisation: most unknown ones are
      // terms, tickers or programmes (EBITDA, TARP).
      const full = clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names.some((n) => n.includes(' ') && initialsOf(n) === s.word));
      if (full) {
        full.count++;
        useAcronym(full, s.word);
      } else if ((s.cue && !foreign) || (foreign && articleBeforeAcronym(body, s.pos, s.word))) {
        // "THW" after "THW Kiel": the short form of a body named in full.
        const longer = foreign ? namedInFull(s.word) : undefined;
        if (longer) longer.count++;
        else addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      }
      continue;
    }
    // A camel-case word is a brand unless it is a social-media handle ("@TomRtweets") or stands alone on its line.
    const handle = (): boolean => {
      const line = body.slice(body.lastIndexOf('\n', s.pos) + 1, (body.indexOf('\n', s.pos) + 1 || body.length + 1) - 1);
      return /[@#]$/.test(body.slice(Math.max(0, s.pos - 1), s.pos)) || line.replace(/[^\p{L}\p{N}]/gu, '') === s.word;
    };
    if (!foreign && !NON_NAMES.has(norm(s.word)) && ((isCamelBrand(s.word) && !handle()) || (s.cue && !(s.common && s.sentenceStart) && !TITLE_QUALIFIERS.has(norm(s.word))))) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "Fonterra has cut the midpoint of its forecast", "Westpac kept its own forecast": a lone
    // unknown name a sentence refers back to as "its" is a body, where the article names it again.
    if (referredToAsIts.has(s.word) && !NON_NAMES.has(norm(s.word)) && !DEMONYMS.has(norm(s.word))) {
      // The short form of a body named in full ("Kestrel Capital" ... "Kestrel declined to raise its offer").
      const full = namedInFull(s.word);
      if (full) full.count++;
      else addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // Also at a sentence's start: "In Nnewi, long queues formed" (the preposition opened the run).
    if (!foreign && townWhereSentenceSaysPlace(body, s, sportsArticle)) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // The locative cue below reads English prepositions ("in" is also German, where every noun is capitalised).
    if (foreign || s.common || s.sentenceStart || NON_NAMES.has(norm(s.word))) continue;
    // Only a plain capitalised word ("Palmyra"), never "YouTube", "ETFs", "Palau.org", "Americans" or an "-ism".
    // "Killybegs", "Brodick" are places; "Democrats", "Americans", "Mavericks" are plurals of words the lexicon knows.
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(s.word) || /(?:ism|ity|ian|ians|ans|ese|ists|ers|es)$/.test(s.word)) continue;
    // "in Parcells' presence": a possessive after a name in -s is an owner's, most often a person's.
    const pluralShaped = /[^aiou]s$/.test(s.word);
    if (pluralShaped && (/^['’]/u.test(body.slice(s.pos + s.word.length)) || (lexicon?.isCommon(s.word.slice(0, -1)) ?? true) || DEMONYMS.has(norm(s.word.slice(0, -1))) || GIVEN_NAMES.has(norm(s.word.slice(0, -1))))) continue;
    if (clusters.some((c) => c.kind === 'person' && c.parts[0] === key)) continue;
    // A lone unknown name after a locative preposition is most often a place ("in Palmyra", "out of
    // Killybegs"), and so is one listed with a known place ("Akron, Barberton and other communities").
    const before = precedingWord(body, s.pos)?.toLowerCase();
    const outOf = before === 'of' && /\bout\s+of\s+$/iu.test(body.slice(Math.max(0, s.pos - 8), s.pos));
    // "sailed to Greenock", "brought to Burtonport", "flights to Eucla": a journey's end.
    // Not in a sports article, where a side travels to its opponent ("Toulouse travel to Clermont").
    const journeyTo = !sportsArticle && before === 'to' && JOURNEY_TO.test(body.slice(Math.max(0, s.pos - 30), s.pos));
    // "in Mukono, Luwero and Masaka": listed with a place the article names.
    if ((before && PLACE_PREPS.has(before)) || outOf || journeyTo || (s.word.length > 3 && !pluralShaped && listedWithPlace(body, s.pos, s.pos + s.word.length, (n) => isNamedPlace(n, clusters)))) addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
  }
  // Lone words that became places but are also someone's surname belong to the person.
  for (const c of clusters) {
    if (c.kind === 'place' && c.names.length === 1 && !GAZ.has(norm(c.names[0]!))) {
      const p = clusters.find((o) => o.kind === 'person' && o.parts.includes(c.parts[0]!));
      if (p) {
        p.count += c.count;
        c.count = 0;
      }
    }
  }
  // Bare surnames may have become a cluster of their own before a full name appeared later.
  for (const c of clusters) {
    if (c.kind !== 'person' || c.count === 0 || c.parts.length !== 1) continue;
    const full = clusters.find((o) => o !== c && o.kind === 'person' && o.count > 0 && o.parts.includes(c.parts[0]!));
    if (full) {
      full.count += c.count;
      full.first = Math.min(full.first, c.first);
      c.count = 0;
    }
  }

  // "The Steelers" in an article about the Sheffield Steelers are Sheffield's, not the gazetteer's Pittsburgh side.
  for (const c of clusters) {
    if (c.kind !== 'org' || c.count === 0 || !SPORTS_CANONICAL.has(c.names[0]!) || body.includes(c.names[0]!)) continue;
    const nickname = c.names[0]!.split(' ').pop()!;
    const the = /The\s+/uy;
    the.lastIndex = c.first;
    if (!body.startsWith(nickname, the.test(body) ? the.lastIndex : c.first)) continue;
    const own = clusters.find((o) => o !== c && o.kind === 'org' && o.count > 0 && o.names[0]!.endsWith(` ${nickname}`));
    if (own) {
      own.count += c.count;
      c.count = 0;
    }
  }
  // "ISIS" and "Islamic State" in one article are one group: it is named as the article names it most.
  for (const group of RIVAL_NAMES) {
    const rivals = clusters.filter((c) => c.kind !== 'person' && c.count > 0 && group.has(c.names[0]!)).sort((a, b) => b.count - a.count || a.first - b.first);
    for (const other of rivals.slice(1)) {
      rivals[0]!.count += other.count;
      rivals[0]!.first = Math.min(rivals[0]!.first, other.first);
      other.count = 0;
    }
  }

  // "All England Club" opening a sentence lost its "All" as an ordinary word: when the article also
  // names the body in full, the shortened form is that body.
  for (const m of mentions) {
    if (!m.lead || m.kind !== 'org') continue;
    const short = clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names[0] === m.name);
    const full = clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names.includes(`${m.lead} ${m.name}`));
    if (short && full && short !== full) {
      full.count += short.count;
      full.first = Math.min(full.first, short.first);
      short.count = 0;
    }
  }

  // A known acronym and a written-out name the article gives for it are one body ("Association of
  // Southeast Asian Nations" ... "ASEAN").
  for (const a of clusters) {
    if (a.kind !== 'org' || a.count === 0 || !isAcronym(a.names[0]!) || a.names[0]!.includes('.')) continue;
    const full = clusters.find((o) => o !== a && o.kind === 'org' && o.count > 0 && o.names[0]!.includes(' ') && !o.acronym && spellsAcronym(a.names[0]!, o.names[0]!.split(/\s+/)));
    if (!full) continue;
    full.count += a.count;
    full.first = Math.min(full.first, a.first);
    a.count = 0;
  }

  // Headline mentions raise salience of entities already found.
  const titleLower = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}.'’-]+/gu, ' ')} `;
  for (const c of clusters) {
    if (c.count === 0) continue;
    const forms = c.kind === 'person' ? [c.parts[c.parts.length - 1]!] : c.names.map((n) => n.toLowerCase());
    if (forms.some((f) => f && titleLower.includes(` ${f} `))) c.count++;
  }

  // "Shah Alam, Petaling Jaya, Klang and Subang Jaya": an untitled "person" named once, in a list
  // next to a place, is one of the places, unless it opens with a given name.
  if (!foreign) {
    const places = clusters.filter((c) => c.kind === 'place');
    for (const c of clusters) {
      const name = c.names[0]!;
      if (c.kind !== 'person' || !c.weak || c.count !== 1 || c.names.length !== 1 || GIVEN_NAMES.has(norm(name.split(' ')[0]!))) continue;
      // A mention's position is where its run starts ("Klang and Subang Jaya").
      const at = body.indexOf(name, c.first);
      if (at >= 0 && listedWithPlace(body, at, at + name.length, (n) => isNamedPlace(n, places))) {
        c.kind = 'place';
        c.fixed = true;
      }
    }
  }

  const familiarity = (n: string): number => (lexicon ? n.split(/\s+/).reduce((a, w) => a + lexicon.idf(w), 0) : 0);
  const display = (c: Cluster): string => {
    // An article that gives a body's full name and goes on using an acronym for it more often is
    // named by the acronym ("the U.S. Anti-Doping Agency" ... "USADA said" ... "USADA chief executive").
    if (c.acronym && (c.acronymUses ?? 0) > [...c.formCounts.values()].reduce((a, b) => a + b, 0)) return c.acronym;
    if (c.fixed || c.kind !== 'person') return c.names[0]!;
    const words = (n: string): number => n.split(/\s+/).length;
    return [...c.names].sort((a, b) => words(b) - words(a) || b.length - a.length || (c.formCounts.get(b) ?? 0) - (c.formCounts.get(a) ?? 0) || familiarity(a) - familiarity(b))[0]!;
  };
  const isStreet = (c: Cluster): boolean => c.kind === 'place' && STREET_WORDS.has(norm(c.names[0]!.split(' ').pop()!));
  const pick = (kind: Kind): string[] => {
    const seen = new Set<string>();
    return clusters
      .filter((c) => c.kind === kind && c.count > 0)
      // A lone surname seen once with no full form is weak evidence.
      .filter((c) => !(kind === 'person' && c.parts.length === 1 && c.count < 2))
      // In German, a name found by its shape alone must recur to count.
      .filter((c) => !(nounCaps && c.weak && c.count < 2))
      // Streets come last: an address matters less to a reader than the town or the country.
      .sort((a, b) => Number(isStreet(a)) - Number(isStreet(b)) || b.count - a.count || a.first - b.first)
      .map(display)
      .filter((n) => (seen.has(n) ? false : (seen.add(n), true)))
      .slice(0, MAX_ENTITIES);
  };
  return { people: pick('person'), places: pick('place'), organizations: pick('org') };
}

/** The last word of a publication's name ("Riverton Gazette", "Shia International News Association"). */
const OUTLET_WORD =
  /\s(?:News|Times|Post|Press|TV|Radio|Herald|Journal|Gazette|Tribune|Daily|Agency|Association|Network|Media|Telegraph|Chronicle|Monitor|Magazine|Wire|Insider|Express|Mail|Mirror|Standard|Broadcasting|Zeitung|Presse|Nachrichten|Noticias|Notizie|Nouvelles|Diario|Jornal|Krant|Dagblad)$/u;
/** First words of navigation links that read like a publication ("More Washington News", "Latest Business News"). */
const NAV_OPENER = /^(?:More|Most|Latest|Top|Related|Other|All|Recent|Read|Popular|Trending|Featured|Sponsored|Local|Your|Breaking|Today's)\s/u;

/**
 * Organisations the cleaner takes out of the body: the publication the article came from, and the
 * agencies its credit lines name ("(Photo: Reuters/RIA Novosti)", "RIA Novosti – translated by …").
 * A credit names an agency only when the gazetteer knows it as an organisation, so photographers'
 * names stay out; the source counts when it reads as a publication's name.
 */
export function creditedOrganizations(credits: readonly string[], source: string | null): string[] {
  const found: string[] = [];
  const add = (name: string): void => {
    if (!found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  };
  if (source && /^\p{Lu}/u.test(source) && source.split(/\s+/).length <= 6 && !/\.\p{L}{2,}$/u.test(source)) {
    const known = GAZ.get(norm(source));
    if (known?.kind === 'org') add(known.canonical);
    else if (!known && OUTLET_WORD.test(source) && !NAV_OPENER.test(source)) add(source);
  }
  for (const credit of credits) {
    for (const part of credit.split(/[/,;|&]|\s+(?:and|und|et|y|e)\s+|\s+[–—-]\s+/u)) {
      const name = part.trim();
      const key = norm(name.replace(/^(?:the|via)\s+/i, ''));
      const known = GAZ.get(key);
      if (known?.kind === 'org' && (!CASE_SENSITIVE.has(key) || name.toUpperCase() === name)) add(known.canonical);
    }
  }
  return found;
}
