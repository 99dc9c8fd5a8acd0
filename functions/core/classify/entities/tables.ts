/** Hand-kept word lists and the gazetteer, loaded once: the tables the entity rules read. */
import { ENTITY_NAME_GROUPS } from '../../entity-names.js';
import type companiesSource from '../data/companies.json';
import countryNames from '../data/country-names.packed.json' with { type: 'json' };
import entityLists from '../data/entity-lists.packed.json' with { type: 'json' };
import type gazetteerSource from '../data/gazetteer.json';
import type givenNamesSource from '../data/given-names.json';
import type sportsSource from '../data/sports.json';
import type { Lexicon } from '../lexicon.js';
import { unpackText } from '../packed.js';
import { nominativeCandidates } from './german-nominative.js';
import { STOPWORDS } from '../stopwords.js';
import { worldTownSize } from '../world-places.js';

/**
 * The hand-kept lists (data/gazetteer.json, given-names.json, sports.json, companies.json), shipped
 * packed (scripts/build-entity-lists.ts): their types are the sources', their bytes the packed file's.
 */
interface EntityLists {
  gazetteer: typeof gazetteerSource;
  givenNames: typeof givenNamesSource;
  sports: typeof sportsSource;
  companies: typeof companiesSource;
}
const { gazetteer, givenNames, sports, companies } = JSON.parse(unpackText(entityLists.packed)) as EntityLists;

export type Kind = 'person' | 'place' | 'org';

export interface GazEntry {
  canonical: string;
  kind: Kind;
}

/** The ʻokina and the marks typed for it; `GLOTTAL_STOPS` takes every one out. */
export const GLOTTAL_STOP = /[ʻʼ‘]/u;
const GLOTTAL_STOPS = /[ʻʼ‘]/gu;
export const norm = (s: string): string => {
  // Called for nearly every word of an article, several times: the replacements only when needed.
  let t = s.toLowerCase();
  if (t.includes('’')) t = t.replaceAll('’', "'");
  // Hawaiian writes its glottal stop with the ʻokina, which the lists leave out ("Oʻahu", "Oahu"),
  // or with the apostrophe letter or an opening quotation mark standing for it ("Hawai‘i").
  if (GLOTTAL_STOP.test(t)) t = t.replace(GLOTTAL_STOPS, '');
  return t.endsWith('.') ? t.slice(0, -1) : t;
};

export const GAZ = new Map<string, GazEntry>();
/** Each canonical name's other names as the lists spell them, in list order (a language's nominative before its other cases). */
export const ALIASES_OF = new Map<string, string[]>();
// Short all-caps aliases (US, UN, AP) only match in capitals: "Us" in "Like Us" is not a country.
export const CASE_SENSITIVE = new Set<string>();
/** Aliases with lowercase words inside, which no capitalised run holds ("Banque centrale européenne"). */
export const LOWERCASE_INNER: { alias: string; entry: GazEntry }[] = [];
export function addGaz(list: readonly string[], kind: Kind): void {
  for (const line of list) {
    const names = line.split('|');
    addGazNames(names[0]!, kind === 'place' ? names.flatMap(withShortCounty) : names, kind);
  }
}

/** A county's name and its short forms, as Irish and British papers write them: "County Monaghan", "Co Monaghan", "Co. Monaghan". */
function withShortCounty(name: string): string[] {
  const county = /^County (\p{Lu}.*)$/u.exec(name)?.[1];
  return county === undefined ? [name] : [name, `Co ${county}`, `Co. ${county}`];
}
/** Enters the names of one entry under its canonical name; a name already known keeps its first entry. */
export function addGazNames(canonical: string, names: readonly string[], kind: Kind): void {
  for (const n of names) {
    const key = norm(n);
    const shortCaps = /^[A-Z.]{1,4}$/.test(n);
    if (GAZ.has(key)) {
      const same = GAZ.get(key)!.canonical === canonical;
      // A mixed-case spelling of the same short name ("Nato" beside "NATO") makes it match in any case.
      if (same && !shortCaps) CASE_SENSITIVE.delete(key);
      // The same name with lowercase words inside ("Médicos sin Fronteras" beside "Médicos Sin Fronteras") is read as written too.
      if (same && /\s\p{Ll}/u.test(n)) LOWERCASE_INNER.push({ alias: n, entry: { canonical, kind: GAZ.get(key)!.kind } });
      continue;
    }
    GAZ.set(key, { canonical, kind });
    if (n !== canonical) {
      const aliases = ALIASES_OF.get(canonical);
      if (aliases) aliases.push(n);
      else ALIASES_OF.set(canonical, [n]);
    }
    if (shortCaps) CASE_SENSITIVE.add(key);
    if (/\s\p{Ll}/u.test(n)) LOWERCASE_INNER.push({ alias: n, entry: { canonical, kind } });
  }
}
addGaz(gazetteer.countries, 'place');
addGaz(gazetteer.places, 'place');
addGaz(gazetteer.organizations, 'org');
addGaz(gazetteer.agencies, 'org');
/** Countries' names in a case other than any language's nominative ("Ruotsissa", "Niemiec"): read, never shown. */
export const CASE_FORMS = new Set<string>();
// Countries as the other languages read write them ("Sverige", "Ruotsissa", "Niemiec", "Германии"),
// after every other name, which keeps its own entry (data/country-names/<language>.json, packed;
// a case form is written "~Niemiec").
for (const line of unpackText(countryNames.packed).split('\n')) {
  const names = line.split('|').map((name) => {
    if (!name.startsWith('~')) return name;
    CASE_FORMS.add(name.slice(1));
    return name.slice(1);
  });
  addGazNames(names[0]!, names, 'place');
}

export const NON_NAMES = new Set(gazetteer.nonNames.map(norm));

/**
 * Sports names (data/sports.json): clubs, leagues and governing bodies are organisations, venues
 * places. The gazetteer's own entries win, so "Leeds" stays a place there; a short name that is
 * also an everyday word or another club's ("Celtic", "Thunder", "Reading") is only read in an
 * article that names at least two other sports names (see `SPORTS_ONLY`).
 */
export const AMBIGUOUS_SPORTS = new Set(sports.ambiguousAliases.map(norm));
/**
 * Ambiguous sports names and the club, league or venue each stands for in a sports article. A short
 * name for a team ("Thunder", "Blues", "Saints", which British papers also use for Chelsea or
 * Southampton; "Athletic", "Real") counts only where the article also names that team in full.
 */
export const SPORTS_ONLY = new Map<string, GazEntry & { nickname: boolean }>();
/** Each club's or ground's names of {@link SPORTS_ONLY}, by its canonical name, to show as an article writes them. */
export const SPORTS_ALIASES_OF = new Map<string, string[]>();
/** Canonical names the sports lists put in the gazetteer: two of them in one article make it a sports article. */
export const SPORTS_CANONICAL = new Set<string>();
/** Those of clubs and leagues, not of sports bodies: their initials are a guess outside a sports story. */
export const SIDES_AND_LEAGUES = new Set<string>();
/** Gazetteer places that are also a club's name ("Leeds", "Wrexham"): the club in a sports article, unless a preposition makes them a location. */
export const CLUB_PLACES = new Set<string>();
for (const [list, kind] of [
  [sports.clubs, 'org'],
  [sports.leagues, 'org'],
  [sports.bodies, 'org'],
  [sports.venues, 'place'],
] as const) {
  for (const line of list) {
    const names = line.split('|');
    const canonical = names[0]!;
    // A club's one-word name is most often its town's ("Ayr", "Motherwell"): the club only in a sports
    // article; so is a ground's short name that is also a town's ("Hampden", a town in Maine).
    const sportsOnly = (n: string): boolean =>
      AMBIGUOUS_SPORTS.has(norm(n)) ||
      ((list === sports.clubs || (list === sports.venues && n !== canonical && worldTownSize(n) !== undefined)) && !/\s/.test(n) && !GAZ.has(norm(n)));
    addGazNames(canonical, names.filter((n) => !sportsOnly(n)), kind);
    for (const n of names) {
      const key = norm(n);
      const known = GAZ.get(key);
      if (sportsOnly(n) && !known) {
        // "Wednesday" (Sheffield Wednesday) is a day first.
        // "Leinster" of "Leinster Rugby" is the club's short name, not a nickname another club may share.
        if (!SPORTS_ONLY.has(key) && !NON_NAMES.has(key)) {
          SPORTS_ONLY.set(key, { canonical, kind, nickname: n !== canonical && (AMBIGUOUS_SPORTS.has(key) || !canonical.startsWith(`${n} `)) });
          if (n !== canonical) SPORTS_ALIASES_OF.set(canonical, [...(SPORTS_ALIASES_OF.get(canonical) ?? []), n]);
        }
      } else if (known && known.kind === kind) {
        SPORTS_CANONICAL.add(known.canonical);
        if (list === sports.clubs || list === sports.leagues) SIDES_AND_LEAGUES.add(known.canonical);
      }
      else if (known?.kind === 'place' && kind === 'org' && list === sports.clubs) CLUB_PLACES.add(known.canonical);
    }
  }
}
/**
 * Clubs whose short name is their region's own name in a language ("Bayern" in German is Bavaria),
 * by language and club: how the name is written, and the region it names outside a sports article.
 */
export const REGIONS_NAMED_LIKE_CLUBS: ReadonlyMap<string, { written: string; name: string }> = new Map([['de:Bayern Munich', { written: 'Bayern', name: 'Bavaria' }]]);
// The region is shown as the article writes it, like any other name of it.
for (const region of REGIONS_NAMED_LIKE_CLUBS.values()) ALIASES_OF.set(region.name, [...(ALIASES_OF.get(region.name) ?? []), region.written]);
// Companies come last: a name the gazetteer or the sports lists know keeps its entry, and a company
// whose other name is already known joins that entry ("HSBC Holdings" is "HSBC").
/** Names of companies (from the companies list), lower-cased: their national units take a country's name after them. */
export const COMPANY_NAMES = new Set<string>();
for (const line of companies as string[]) {
  const names = line.split('|');
  const known = names.map((n) => GAZ.get(norm(n))).find((e) => e?.kind === 'org');
  addGazNames(known?.canonical ?? names[0]!, names, 'org');
  for (const n of names) COMPANY_NAMES.add(norm(n));
}

export const MAX_GAZ_TOKENS = 6;
/** First two words of multi-word gazetteer names, so "New" in "New York University" is kept. */
export const GAZ_PREFIXES = new Set([...GAZ.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').slice(0, 2).join(' ')));

export const TITLES = new Set(gazetteer.titles.map(norm));
/** Canonical names of countries, which a role after them makes a national team, still the country. */
export const COUNTRIES = new Set(gazetteer.countries.map((line) => line.split('|')[0]!));
/** Titles written with a period ("Prof.", "Sen.", "Gen."): the period does not end the sentence. */
export const ABBREVIATED_TITLES = new Set(gazetteer.titles.filter((t) => t.endsWith('.')).map(norm));
export const MAX_TITLE_TOKENS = 3;
/**
 * Everyday words that close a company's name when they end a capitalised run ("Thames Water", "Elliott
 * Management"), trades among them ("Wakamow Excavating", "Harbourside Café", "Lufthansa Technik").
 */
export const ORG_TAILS = new Set(
  'brewing brewers distilling distillers millers milling foods bakers bakery growers spirits winery management water power gas electric electricity utilities sekuritas rail railways steel oil mining minerals insurance logistics shipping resources brands software semiconductor semiconductors pharma biotech therapeutics robotics aerospace automotive chemicals solutions consulting securities investments properties realty platinum cymru excavating trucking plumbing roofing landscaping paving drilling logging towing welding catering café cafe technik'.split(' '),
);
/** An office named with a list of portfolios, up to the comma before the last one ("Minister of Sport, "). */
export const OFFICE_LIST_BEFORE = /\b(?:Minister|Secretary|Commissioner|MEC)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:(?:,\s+|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*(?:,\s+|\s+and\s+)(?:the\s+)?$/u;
/** A capitalised word or hyphenated pair of them, as names are written: "Mifflin", "Armah-Kofi". */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** "St", "St.", "Saint", "Ste.": a saint's title, which opens places' names and some surnames ("Rowan St Clair"). */
export const SAINT = /^(?:St\.?|Saint|Ste\.?)$/u;
/** What opens a surname written with a second capital: "McAllister", "O'Brien", "DeSantis", "VanDyke". */
export const INNER_CAPITAL_PREFIX = String.raw`(?:Mc|Mac|[OD]['’]|De|Di|Da|Du|La|Le|Van|Von)`;
const NAME_PART = String.raw`(?:\p{Lu}\p{Ll}+|${INNER_CAPITAL_PREFIX}\p{Lu}\p{Ll}+)`;
/** A word of a person's name: "Fullerton", "O'Brien", "McAllister", "DeSantis", "Trott-DeSilva", "M'membe". */
export const PERSON_NAME_WORD = new RegExp(String.raw`^(?:${NAME_PART}(?:-${NAME_PART})?|\p{Lu}['’]\p{Ll}{2,})$`, 'u');
/**
 * A word shaped like a name's, for a run found by shape alone: "Obama", "Jean-Pierre", "Jong-un",
 * "Jae-myung", "al-Assad", "J.", "DeSantis" — not "Clinton-emails" or "YouTube".
 */
export const NAME_SHAPED_WORD = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?(?:-(?:\p{Lu}\p{Ll}+|\p{Ll}{1,3}))*|\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,5}|\p{Lu}\.|${INNER_CAPITAL_PREFIX}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+-${INNER_CAPITAL_PREFIX}\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Ll}{3,})$`,
  'u',
);
/** Offices named after the town or county they serve ("Buffalo Mayor", "Allegheny County Executive"). */
export const LOCAL_OFFICES = new Set(['mayor', 'lord mayor', 'deputy mayor', 'county executive', 'sheriff', 'borough president']);
/** Place words that are also common surnames. */
export const SURNAME_PLACE_WORDS = new Set(['hill', 'brook', 'plant', 'firth', 'peak', 'cove', 'dam', 'castle', 'weir', 'head', 'strand', 'pike', 'moor']);
/** Legal endings of a company's name. */
export const LEGAL_ENDINGS = new Set(['limited', 'ltd', 'ltd.', 'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'plc', 'llc', 'ag', 'gmbh', 'bhd', 'berhad']);
/**
 * Legal forms, as written, after which "of" says where the firm is based ("Kaulbach Marine Ltd of
 * Lunenburg"), so the name after "of" is a place. ("Corporation" is not one: "Food Corporation of India".)
 */
export const BASED_AFTER_FORMS: readonly string[] = ['Ltd', 'Ltd.', 'Limited', 'Inc', 'Inc.', 'LLC', 'Plc', 'PLC', 'plc', 'GmbH', 'Corp', 'Corp.', 'Bhd', 'Berhad'];
/**
 * Legal forms that end a company's name before "of": those, the first halves of two-word forms ("Pty
 * Ltd", "Sdn Bhd") and short forms that are other abbreviations too ("SA", "AB"), which end a name but
 * do not make what follows "of" a place.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([...BASED_AFTER_FORMS, 'Pty', 'Sdn', 'AG', 'SA', 'NV', 'BV', 'AB', 'ASA', 'Oy', 'SpA', 'Srl', 'SAS']);
/** Fields of public services and sports' governing bodies named after the country or region they serve ("Police Scotland", "Statistics Canada", "Boxing Nova Scotia", "Coastguard New Zealand", "Surf Life Saving New Zealand", "Natural England", "Natural Resources Wales"). */
export const SERVICE_BEFORE_PLACE = new Set(['police', 'nhs', 'credit', 'development', 'housing', 'safety', 'polizei', 'feuerwehr', 'health', 'statistics', 'transport', 'sport', 'tourism', 'parks', 'revenue', 'heritage', 'forestry', 'fisheries', 'education', 'infrastructure', 'innovation', 'skills', 'science', 'sciences', 'research', 'enterprise', 'standards', 'environment', 'nature', 'highways', 'biosecurity', 'homes', 'screen', 'arts', 'cricket', 'rugby', 'netball', 'athletics', 'swimming', 'cycling', 'rowing', 'hockey', 'basketball',
  'boxing', 'tennis', 'golf', 'football', 'volleyball', 'triathlon', 'gymnastics', 'sailing', 'badminton', 'squash', 'bowls', 'archery', 'judo', 'taekwondo', 'wrestling',
  'softball', 'baseball', 'curling', 'canoe', 'equestrian', 'surfing', 'motorsport', 'weightlifting', 'fencing', 'lacrosse', 'skate', 'snowsports',
  'ambulance', 'waterways', 'recovery', 'rescue', 'emergency', 'water', 'energy', 'coastguard', 'lifeboats', 'saving', 'natural', 'resources',
  'horticulture', 'agriculture', 'aquaculture', 'seafood', 'wine', 'dairy', 'endurance']);
/** "-based", "-controlled", "-led", "-listed": a place, party or exchange qualifying the name that follows. */
export const QUALIFIER_SUFFIX = /(?<=.)-(?:based|controlled|led|backed|owned|run|dominated|funded|listed|quoted|registered|headquartered|sponsored|financed|operated|managed)$/i;
/** Last words of a building or ground, which is a place whatever body its name holds ("Vandenberg Space Force Base"). */
export const BUILDING_WORDS = new Set(['base', 'airport', 'airfield', 'aerodrome', 'barracks', 'stadium', 'arena', 'terminal']);
/** "March Pen Road", "Friday Street": a word that is no name elsewhere opens a street's name of three words or more. */
export function namesStreet(toks: readonly Token[]): boolean {
  return toks.length >= 3 && !toks[0]!.sentenceStart && STREET_WORDS.has(norm(toks[toks.length - 1]!.bare));
}

/** Houses of worship, places when a saint's or an owner's name comes first. */
export const WORSHIP_WORDS = new Set(['church', 'cathedral', 'chapel', 'abbey', 'basilica', 'minster', 'mosque', 'temple', 'kirk', 'priory', 'shrine']);
/** The last two words of a venue called a centre (a medical, health or cancer centre is a hospital's kind: a body). */
export const VENUE_CENTRE = /^(?:Convention|Exhibition|Conference|Congress|Space|Shopping|Community|Sports|Aquatic|Aquatics|Leisure|Cultural|Visitor|Heritage|Civic|Trade|Detention|Correctional|Remand|Evacuation|Treatment|Rehabilitation|Processing|Reception|Entertainment|Government|Events|Arts|Curling|Tennis|Ice|Activity|Recreation) (?:Centre|Center)$/u;
/** Words that say which government an office belongs to ("Union Agriculture Minister", "Federal Health Minister"). */
export const TITLE_QUALIFIERS = new Set(['union', 'federal', 'state', 'provincial', 'regional', 'county', 'district', 'city', 'town', 'municipal']);
// "Sri Lankan", "Costa Rican": the last word of a two-word demonym is one too ("Lankan tea" is no name).
export const DEMONYMS = new Set(gazetteer.demonyms.flatMap((d) => [norm(d), ...(d.includes(' ') ? [norm(d.split(' ').pop()!)] : [])]));
export const ORG_WORDS = new Set(gazetteer.orgWords.map(norm));
/** Words that open a competition's name in the languages that put the noun first: "Copa Argentina", "Torneo Apertura", "Ligue Magnus". */
export const COMPETITION_HEADS: ReadonlySet<string> = new Set(gazetteer.competitionHeads);
export const ORG_HEADS = new Set([...gazetteer.orgHeads, ...gazetteer.competitionHeads].map(norm));
/**
 * A landform or a settlement's word that a first settler's or owner's possessive names: "Pinder's Point",
 * "Ayer's Cliff", "Devil's Bridge", "Mohale's Hoek", "Qacha's Nek" (the last two Afrikaans: a corner, a pass).
 */
export const OWNED_FEATURE = /^(?:Point|Cliff|Cliffs|Bridge|Creek|Hill|Bay|Cove|Island|Falls|Peak|Lake|Harbour|Harbor|Landing|Pass|Head|Rock|Beach|Brook|Gap|Hollow|Crossing|Ferry|Pond|Neck|Nek|Hoek|Kloof|Drift|Poort|Pyramid|Sound|Inlet|Bluff|Knob|Gully|Gorge|Flat|Flats|Corner)$/u;

export const PLACE_WORDS = new Set(gazetteer.placeWords.map(norm));
export const PLACE_PREFIXES = new Set(gazetteer.placePrefixes.map(norm));
/** A name no list and no dictionary knows, and no given name: a village's or a hamlet's ("Leklebi", "Bookan"). */
export function unlistedName(word: string, lex: Lexicon | undefined): boolean {
  return !(lex?.has(word) ?? true) && !GAZ.has(norm(word)) && !GIVEN_NAMES.has(norm(word));
}

/** A place's own word, opening its name ("Lake", "Loch") or closing it ("Valley", "District"). */
export const isPlaceWord = (word: string): boolean => PLACE_WORDS.has(norm(word)) || PLACE_PREFIXES.has(norm(word));
export const NON_PERSON_FIRST = new Set(gazetteer.nonPersonFirst.map(norm));
/**
 * Words that close the name of a portfolio as well as of a body: "Department of Geology and Mineral
 * Industries", "Department of Housing, Local Government and Heritage", "Health and Human Services",
 * "Faculty of Mining, Geology and Civil Engineering".
 */
export const PORTFOLIO_TAILS: ReadonlySet<string> = new Set(['industries', 'services', 'government', 'energy', 'engineering', 'aviation', 'aerospace', 'shipbuilding']);
/** Articles that open a name in Spanish, Portuguese, Italian and French ("El Colegio de México", "La Jornada", "Los Altos de Chiapas"). */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(['El', 'La', 'Los', 'Las', 'Il', 'Lo', 'Le', 'Les']);
/** Lowercase name particles that never split a run ("Mohammed bin Salman", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'anak', 'ibn', 'al', 'el', 'de', 'van', 'von', 'der', 'den', 'ter', 'ten', 'te', 'da', 'del', 'la', 'le', 'du', 'dos', 'ur', 'ul', 'uz', 'ud', 'delos', 'dela', 'ap']);
/** Particles written with a capital inside names: "Anna Di Meo", "Vincenzo De Luca", "Nuno Dos Santos", "Pádraig Ó Fearghail", "Niamh Ní Bhriain". */
export const INNER_PARTICLES = new Set(['Di', 'De', 'Da', 'Del', 'Della', 'Dos', 'Das', 'Do', 'Van', 'Von', 'Der', 'Den', 'Le', 'La', 'Du', 'Des', 'Ter', 'Ten', 'Te', 'Ó', 'Ní', 'Nic', 'Uí', 'Mac', 'Mhic']);
/** Heads of treaty and tournament names that open with a place ("Paris Agreement", "US Open"). */
export const NAMED_AFTER_PLACE = new Set(['agreement', 'agreements', 'accord', 'accords', 'protocol', 'convention', 'declaration', 'treaty', 'consensus', 'doctrine', 'open', 'masters', 'syndrome', 'format']);
/** Last words of street names. */
export const STREET_WORDS = new Set(['street', 'avenue', 'road', 'lane', 'boulevard', 'drive', 'terrace', 'crescent', 'close', 'st.', 'rd', 'ave', 'highway', 'motorway', 'expressway', 'freeway', 'parkway', 'marg', 'mawatha']);
/** Words naming a numbered branch of a union or a body ("Local 600", "District 751"). */
export const BRANCH_WORDS = new Set(['local', 'district', 'lodge', 'chapter', 'branch']);
/** Everyday words that close names of things rather than people ("Victoria Station", "Rose Garden"). */
export const NOT_SURNAMES = new Set(
  'station garden gardens hall centre center circle square place plaza tower terminal stadium arena court cup trophy award awards prize day week festival house palace church cathedral school college hospital line lines express times post news weekly show games'.split(' '),
);
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Canonical names news uses for one body by its own choice; an article keeps the one it uses most. */
export const RIVAL_NAMES: readonly ReadonlySet<string>[] = ENTITY_NAME_GROUPS.map((group) => new Set(group));
/** A set of names lower-cased, in which a compound of two it holds is one too ("pierre-luc", "félix-antoine"). */
class GivenNames extends Set<string> {
  override has(name: string): boolean {
    if (super.has(name)) return true;
    const dash = name.indexOf('-');
    if (dash < 2 || dash > name.length - 3 || name.indexOf('-', dash + 1) >= 0) return false;
    return super.has(name.slice(0, dash)) && super.has(name.slice(dash + 1));
  }
}
/**
 * Given names common in international news, and the family names that open Chinese and Korean names
 * (Xi Jinping, Kim Jong-un): outside English an untitled person name must open with one. A compound
 * of two of them is one too ("Pierre-Luc", "Félix-Antoine", "Marie-Ève"): French and German write
 * new ones every year.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new GivenNames((givenNames as string[]).map(norm));
/**
 * Words that open a sentence before a name in the other languages and are no name's part: "according
 * to" ("Secondo Confindustria Fermo", "Laut Polizei Sachsen", "Volgens het KNMI", "Potrivit ANM")
 * and the like. Not in the stop-word lists, which vote for a page's language.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'secondo', 'dopo', 'durante', 'ieri', 'oggi', 'laut', 'gemäß', 'volgens', 'potrivit', 'conform',
  'ifølge', 'enligt', 'ifølgje', 'według', 'podle', 'podľa', 'prema', 'selon', 'según',
]);
/** Lowercase words that may sit inside a name ("Bank of America", "Mohammed bin Salman", "Ngāti Rehua Ngātiwai ki Aotea Trust"). */
export const CONNECTORS = new Set([...NAME_PARTICLES, '&', 'of', 'for', 'and', 'the', 'des', 'ez', 'y', 'ki']);
/**
 * Lowercase words that also join the parts of one name in an article of that language
 * ("Instituto Português do Mar e da Atmosfera", "Nederlandse Organisatie voor Wetenschappelijk
 * Onderzoek"); in English text they are too often ordinary words.
 */
export const LANGUAGE_CONNECTORS: Readonly<Record<string, readonly string[]>> = {
  fr: ['et', 'pour'],
  es: ['e', 'las', 'los', 'para'],
  pt: ['do', 'das', 'e', 'para'],
  it: ['di', 'della', 'delle', 'dei', 'degli', 'dello', 'e', 'per'],
  nl: ['voor', 'en', 'het'],
  ro: ['pentru', 'din', 'al', 'și'],
  pl: ['i', 'w', 'ds.', 'do'],
  ca: ['i', 'per', 'dels', 'del'],
};
/** The words between an office and its portfolio: "Minister for Health", "Minister für Gesundheit". */
export const OFFICE_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'für']);
/** "and" in the languages whose connectors join names: two places joined by it are two places. */
export const AND_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'e', 'y', 'en', 'i', 'și']);
export const connectorsFor = (language: string | undefined): ReadonlySet<string> =>
  language && LANGUAGE_CONNECTORS[language] ? new Set([...CONNECTORS, ...LANGUAGE_CONNECTORS[language]]) : CONNECTORS;
/**
 * Case endings that say "in", "from" or "to" a place in the languages that write them on the name
 * itself ("Karesuvannossa", "Kilpisjärvellä", "Kalocsán", "Szerbiában"): inside a sentence, a
 * capitalised word with one is a place, as one after a preposition is elsewhere.
 */
export const PLACE_CASE_ENDINGS: Readonly<Record<string, RegExp>> = {
  fi: /\p{Ll}{2}(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle)$/u,
  hu: /\p{Ll}{2}(?:ban|ben|ból|ből|ba|be|ról|ről|ra|re|án|én)$/u,
};

/**
 * Prepositions after which an unknown capitalised name is a place ("à Redon", "em Manteigas",
 * "in Delft"), per language. Not German, where every noun is capitalised after "in"; not "de" or
 * "da", which come before people as often as before places.
 */
/**
 * Prepositions of direction after which one unknown capitalised word is a place ("fra Bjerkvik",
 * "til Lillehammer", "gjennom Tjeldsund"). Not a longer run, which after them names an athlete's club
 * ("fra Lillehammer Skiklubb") or a firm as often; see `directionalPlaceWord` for the single word.
 */
export const FOREIGN_DIRECTION_PREPS: Readonly<Record<string, ReadonlySet<string>>> = {
  sv: new Set(['till', 'genom']),
  no: new Set(['fra', 'til', 'gjennom']),
  nb: new Set(['fra', 'til', 'gjennom']),
  nn: new Set(['frå', 'til', 'gjennom']),
  da: new Set(['fra', 'til', 'gennem']),
};

/**
 * Whether one word after a preposition of direction may be a place: not a body the lists know, or an
 * owner's genitive, which the article also writes without its -s ("til Nordcobots software" beside
 * "Nordcobot"). (The caller rules out a compound's first part: "til Kommunal- og distriktsdepartementet".)
 */
export function directionalPlaceWord(word: string, body: string): boolean {
  if (GAZ.get(norm(word))?.kind === 'org' || COMPANY_NAMES.has(norm(word))) return false;
  return !(word.endsWith('s') && body.split(word.slice(0, -1)).length > body.split(word).length);
}

export const FOREIGN_PLACE_PREPS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['à', 'en', 'vers']),
  es: new Set(['en', 'desde', 'hacia']),
  pt: new Set(['em', 'no', 'na', 'desde']),
  it: new Set(['a', 'in']),
  nl: new Set(['in', 'uit', 'naar']),
  // Danish and Norwegian "on" for an island ("på Læsø", "på Senja") and "by" ("ved Skagen").
  sv: new Set(['i', 'från', 'utanför', 'nära']),
  no: new Set(['i', 'utenfor', 'på', 'ved']),
  nb: new Set(['i', 'utenfor', 'på', 'ved']),
  nn: new Set(['i', 'utanfor', 'på', 'ved']),
  // Slavic "in" takes the locative, which the lists name as written ("w Rzeszowie", "v Košiciach");
  // "near" other cases ("pod Pabianicami", "u Třeboně", "pri Nitre"). Not "nad" ("above"): it is a
  // win's "over" ("nad Vítkovicemi") as often, and a town's ("Jablonec nad Nisou").
  pl: new Set(['w', 'we', 'pod', 'koło']),
  cs: new Set(['v', 've', 'pod', 'u']),
  sk: new Set(['v', 'vo', 'pod', 'pri']),
  sl: new Set(['v']),
  hr: new Set(['u']),
  bs: new Set(['u']),
  sr: new Set(['u']),
  da: new Set(['i', 'udenfor', 'på', 'ved']),
  is: new Set(['í']),
  af: new Set(['in', 'naby']),
  fy: new Set(['yn']),
  ca: new Set(['a', 'en']),
  gl: new Set(['en', 'na', 'no']),
  ro: new Set(['în', 'din']),
  bg: new Set(['в', 'във']),
  // Feminine and neuter place names read the same after these as alone ("στην Κρήτη", "στο Ηράκλειο");
  // masculine ones after "στον" lose their ending.
  el: new Set(['στην', 'στη', 'στο']),
  id: new Set(['di']),
  ms: new Set(['di']),
  tl: new Set(['sa']),
  ceb: new Set(['sa']),
  sq: new Set(['në']),
  vi: new Set(['ở', 'tại']),
  // German capitalises every noun: after these, only a name the lists know or one shaped like a
  // place's ("Ötztal", "Hintereisferner", "Wendelstein") counts (see `germanPlaceShaped`).
  de: new Set(['in', 'im', 'am', 'ins', 'nach', 'aus', 'vom', 'bei', 'auf', 'von', 'zwischen']),
};
/** Endings of German and Alpine place names: valleys, glaciers, peaks, passes, lakes, villages. */
export const GERMAN_PLACE_ENDING = /(?:tal|ferner|kees|gletscher|berg|spitze|kogel|joch|see|bach|dorf|hausen|heim|ingen|stadt|burg|hütte|hospiz|alm|wald|brunn|kirchen|feld|stein|horn|haven|land|ach|weg)$/u;
/** Those endings that close a town's or a village's name, never a landscape's. */
const SETTLEMENT_ENDINGS: ReadonlySet<string> = new Set(['dorf', 'hausen', 'heim', 'ingen', 'stadt', 'burg', 'brunn', 'kirchen', 'haven']);
/** Everyday German nouns in -land, none a region's name. */
const GERMAN_LAND_NOUNS = new Set(['ausland', 'inland', 'umland', 'hinterland', 'heimatland', 'festland', 'neuland', 'ackerland', 'bauland', 'weideland', 'grünland', 'flachland', 'hochland', 'tiefland', 'niemandsland', 'vaterland', 'mutterland', 'wunderland', 'gastland', 'partnerland', 'bundesland', 'nachbarland', 'herkunftsland', 'drittland', 'mitgliedsland', 'entwicklungsland', 'schwellenland', 'industrieland', 'urlaubsland', 'ferienland', 'kulturland', 'agrarland', 'exportland', 'zielland', 'geburtsland', 'binnenland', 'weinland', 'moorland', 'marschland', 'schwemmland', 'brachland', 'kernland', 'randland']);
/** Those long enough to close a compound unmistakably ("Nachbarbundesland"; not "Inland" in "Rheinland"). */
const GERMAN_LAND_COMPOUND_ENDS = [...GERMAN_LAND_NOUNS].filter((noun) => noun.length >= 8);
/** "Ausland", "Bundesland", "Nachbarbundesland": a noun in -land, alone or closing a compound. */
const germanLandNoun = (word: string): boolean => GERMAN_LAND_NOUNS.has(word) || GERMAN_LAND_COMPOUND_ENDS.some((noun) => word.endsWith(noun));
/** The German words for the points of the compass, which are also towns' names ("im Norden", "von Westen"). */
const GERMAN_COMPASS_NOUNS = new Set(['norden', 'süden', 'osten', 'westen']);
/** A one-word town the world list knows that is no German point of the compass ("Norden" is both). */
export const germanTown = (word: string): boolean => worldTownSize(word) !== undefined && !GERMAN_COMPASS_NOUNS.has(word.toLowerCase());

/** Unions of states, whose name before a country's names their relations, not an office. */
export const BLOCS: ReadonlySet<string> = new Set(['EU', 'UN', 'NATO', 'ASEAN', 'AU', 'African Union', 'OPEC', 'G7', 'G20', 'WTO', 'BRICS', 'SADC', 'ECOWAS', 'CARICOM', 'Mercosur', 'APEC', 'OSCE', 'GCC', 'OAS']);
/**
 * "WWF-Malaysia", "UNICEF-Kenya": a known body's country office, named with the country after a
 * hyphen; not a bloc's relations with a country ("EU-China tariffs").
 */
export function countryOffice(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && !BLOCS.has(parts[0]!) && gazLookup([parts[0]!])?.kind === 'org' && gazLookup([parts[1]!])?.kind === 'place';
}

/**
 * Whether capitalised German words after a locative preposition name a place rather than a noun: a
 * name the lists know, a town of the world list after "in", "nach", "aus" or "bei" ("am Ende", "auf
 * dem Boden" are nouns), or a compound with a place's ending ("Ötztal", not "Feld" or "See").
 */
export function germanPlaceShaped(words: readonly string[], before: string): boolean {
  if (words.length > 2) return false;
  const last = words[words.length - 1]!.toLowerCase();
  const ending = GERMAN_PLACE_ENDING.exec(last)?.[0];
  // "von" and "zwischen" also open a person's name or a plain noun: after them only a town the lists know.
  const narrow = before === 'von' || before === 'zwischen';
  // A settlement's ending after an article's contraction ("im Skispringen", "im Pflegeheim") is a noun's: a town
  // takes no article, a valley or a lake does ("im Ötztal", "am Wörthersee").
  const settlement = ending !== undefined && SETTLEMENT_ENDINGS.has(ending) && /^(?:im|am|vom|zum|beim|ins)$/u.test(before);
  return (
    gazLookup([...words])?.kind === 'place' ||
    (/^(?:in|nach|aus|bei|von|zwischen)$/u.test(before) && words.length === 1 && germanTown(words[0]!)) ||
    (!narrow && !settlement && ending !== undefined && last.length >= ending.length + 3 && !(ending === 'land' && germanLandNoun(last)))
  );
}
/** Name particles that start a name part when hyphen-joined ("al-Assad"). */
export const PARTICLE_RE = /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|abd|de|di|da|van|von|le|la)-\p{Lu}/u;
/** Function words that cannot sit inside a name, so a capitalised run containing one is prose. */
export const RUN_BREAKERS = new Set(
  'is are was were be been am you we they he she it i me my your our their this that these those to a an in at by with from as if but or not no has have had do does did will would can could should may might must here there what when where why how who which'.split(' '),
);

/**
 * English function words. Inside a name in an English article only these count as function words:
 * the other languages' lists hold short surnames and given names ("Su", "Ye", "Min", "Do").
 */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS.en);

/** Prepositions after which a lone unknown capitalised word is usually a place. */
export const PLACE_PREPS = new Set(['in', 'near', 'from', 'into', 'outside', 'inside', 'across', 'toward', 'towards', 'around', 'via', 'off', 'nearby', 'through']);


/** Whether an acronym's letters are initials of the run's words, in order, the first matching ("IPC" for "Integrated Food Security Phase Classification"). */
/** An everyday word, or one shaped like an adjective or an abstract noun ("Occupational", "Agricultural"). */
export function everydayShaped(word: string, lex: Lexicon | undefined): boolean {
  if (lex?.isCommon(word)) return true;
  return !GIVEN_NAMES.has(norm(word)) && !GAZ.has(norm(word)) && /\p{Ll}(?:al|ary|ic|ive|ous|ion|ity|ment|ness|ing|ure|ance|ence)$/u.test(word);
}

/**
 * "Idaho Housing and Finance Association", "South Wales Fire and Rescue Service": a place and one
 * everyday word before the "and", and after it words nothing knows on their own, make one body's name.
 */
export function placeQualifiedAnd(rest: string[], and: number, lex: Lexicon | undefined): boolean {
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

/**
 * "Darjeeling Tea Research and Development Centre", "Royal Jersey Agricultural and Horticultural
 * Society": two everyday words joined by "and", the second before the body's word, pair two fields of
 * one body; a body or a person before them ("Google and Digital Agency") would name two.
 */
export function fieldPairAnd(rest: string[], and: number, lex: Lexicon | undefined): boolean {
  // The place a body serves may open its name: "Himachal Pradesh Horticultural Produce Marketing and
  // Processing Corporation".
  let lead = 0;
  for (let n = Math.min(3, and - 2); n >= 1 && lead === 0; n--) if (gazLookup(rest.slice(0, n))?.kind === 'place') lead = n;
  if (and - lead < 1 || and - lead > 3 || rest.length - and !== 3 || !ORG_WORDS.has(norm(rest[rest.length - 1]!))) return false;
  const plainField = (w: string): boolean => everydayShaped(w, lex) && !ORG_WORDS.has(norm(w)) && !GAZ.has(norm(w)) && !GIVEN_NAMES.has(norm(w));
  const [before, after] = [rest[and - 1]!, rest[and + 1]!];
  // Known words both, or two adjectives of one shape ("Pastoral and Agricultural"): an unknown name
  // may end like an everyday word ("Steelite International and Portmeirion Group").
  const adjective = /\p{Ll}(?:al|ic|ive|ary)$/u;
  const pair = ((lex?.isCommon(before) ?? false) && (lex?.isCommon(after) ?? false)) || (adjective.exec(before)?.[0] === adjective.exec(after)?.[0] && adjective.test(before));
  const left = rest.slice(lead, and);
  return (
    plainField(before) &&
    plainField(after) &&
    pair &&
    !GIVEN_NAMES.has(norm(left[0]!)) &&
    // After a place, a body's word among the fields is one of them ("Produce Marketing").
    !left.some((w) => (lead === 0 && ORG_WORDS.has(norm(w))) || gazLookup([w])?.kind === 'org')
  );
}

/** Body's words that name a field of work, so a second field may follow them before the body's own word. */
const FIELD_ORG_WORDS: ReadonlySet<string> = new Set([...ORG_TAILS, ...PORTFOLIO_TAILS, 'fisheries', 'aquaculture', 'forestry', 'racing', 'media', 'broadcasting', 'communications', 'tourism']);

/**
 * "Eastern Inshore Fisheries and Conservation Authority", "Kentucky Energy and Environment Cabinet",
 * "Garda National Drugs and Organised Crime Bureau": a field of work, "and", a second field and the
 * body's word make one name, because that tail alone ("Conservation Authority") names no one body.
 * A body's word before the "and" ("Fire Brigade and Ambulance Service") or a name there ("Google and
 * Research Council") names two.
 */
export function fieldThenBodyAnd(rest: string[], and: number, lex: Lexicon | undefined): boolean {
  const left = rest.slice(0, and);
  const right = rest.slice(and + 1);
  if (and < 1 || left.length > 4 || right.length < 2 || right.length > 3) return false;
  const head = norm(right[right.length - 1]!);
  const fieldBefore = norm(left[left.length - 1]!);
  const everyday = (w: string): boolean => CAPITALISED_WORD.test(w) && (lex?.isCommon(w) ?? false) && !GIVEN_NAMES.has(norm(w));
  return (
    ORG_WORDS.has(head) &&
    right.slice(0, -1).every((w) => everyday(w) && !GAZ.has(norm(w)) && !ORG_WORDS.has(norm(w))) &&
    gazLookup(right) === undefined &&
    // ("Ministry of Defence and Foreign Office": a body's name of its own before the "and" names two.)
    left.every((w) => /^\p{Lu}/u.test(w)) &&
    everyday(left[left.length - 1]!) &&
    (!ORG_WORDS.has(fieldBefore) || FIELD_ORG_WORDS.has(fieldBefore)) &&
    !GIVEN_NAMES.has(norm(left[0]!)) &&
    gazLookup(left)?.kind !== 'org' &&
    // ("Garda National Drugs": a known body may open the name, as the service it belongs to.)
    !left.some((w, k) => k > 0 && gazLookup([w])?.kind === 'org')
  );
}

export function acronymOf(acronym: string, words: string[]): boolean {
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
export function spellsAcronym(acronym: string, words: string[]): boolean {
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

export interface Token {
  text: string;
  /** Token with a trailing possessive removed. */
  bare: string;
  pos: number;
  sentenceStart: boolean;
  /** Punctuation (or a line break) separates this token from the previous one. */
  breakBefore: boolean;
  possessive: boolean;
}

export interface Mention {
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

export function gazLookup(words: string[]): GazEntry | undefined {
  const joined = words.join(' ');
  const e = GAZ.get(norm(joined));
  if (!e) return words.length >= 2 ? declinedListedName(words) : undefined;
  if (words.length === 1 && joined.replace(/\.$/, '').length <= 4 && /^[A-Za-z.]+$/.test(joined)) {
    const exact = joined.toUpperCase() === joined;
    if (!exact && CASE_SENSITIVE.has(norm(joined))) return undefined;
  }
  return e;
}

/** A listed German name the sentence declines: "der Deutschen Bahn", "des Deutschen Wetterdienstes". */
function declinedListedName(words: readonly string[]): GazEntry | undefined {
  for (const form of nominativeCandidates(words)) {
    const e = GAZ.get(norm(form.join(' ')));
    if (e) return e;
  }
  return undefined;
}

/** A kind of university written short before its town or name: "TU Graz", "FH Joanneum", "TU Bergakademie Freiberg" (capitals only: "Tu Youyou" is a person). */
export const UNIVERSITY_ABBREVIATIONS: ReadonlySet<string> = new Set(['TU', 'FH', 'TH', 'HTW', 'PH']);

/** German nouns that end a body's compound name: "Krebsforschungszentrum", "Gesundheitskasse", "Max-Planck-Institut". */
export const GERMAN_BODY_NOUN = /\p{L}{3,}(?:zentrum|institut|verband|gesellschaft|kasse|akademie|fonds|universität|hochschule|ministerium|behörde|gericht|gerichtshof|stiftung|agentur|kommission|klinikum|amt|werke|bund|kammer|hauptmannschaft|verwaltung|direktion|präsidium|zentrale|betriebe|regierung|kanzlei|staatsanwaltschaft)$|^(?:Landtag|Senat|Bürgerschaft)$/iu;
/** A German adjective opening a name: "Medizinische", "Deutsches", "Österreichischen". */
export const GERMAN_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|er|es|en)$/u;

/**
 * A German body's name: an institution noun first ("Max-Planck-Institut für Plasmaphysik",
 * "Bundesministerium für Forschung") or after an adjective ("Medizinische Universität Wien",
 * "Deutsches Krebsforschungszentrum", "Österreichische Gesundheitskasse").
 */
export function germanBody(rest: readonly string[], language: string | undefined): boolean {
  if (language !== 'de' || rest.length < 2) return false;
  // A first part standing for a compound the next one completes: "Industrie- und Handelskammer".
  if (rest[0]!.endsWith('-') && rest.length >= 3) return germanBodyNoun(rest[2]!);
  // A body's own name after the noun that says what it is ("Forstverwaltung ForstBW") is that name alone.
  if (rest.length === 2 && /\p{Ll}\p{Lu}/u.test(rest[1]!)) return false;
  return germanBodyInAnyCase(rest[0]!) || (GERMAN_ADJECTIVE.test(rest[0]!) && germanBodyInAnyCase(rest[1]!));
}
/**
 * A body's noun in the genitive, alone, closing a compound or after a hyphen: "des Deutschen
 * Krebsforschungszentrums", "des Bayerischen Landesamts", "des Leibniz-Instituts für Photonische
 * Technologien", "des Universitätsklinikums Jena" (masculine and neuter nouns; feminine ones take no "-s").
 */
const GERMAN_BODY_GENITIVE = /(?:^|-|\p{L}{3,})(?:zentrum|institut|verband|ministerium|gericht|klinikum|amt|bund|museum|krankenhaus|präsidium|heer)e?s$/iu;

/** A German body's noun in the nominative or the genitive ("Institut", "des Leibniz-Instituts"). */
export function germanBodyInAnyCase(word: string): boolean {
  return germanBodyNoun(word) || GERMAN_BODY_GENITIVE.test(word);
}

/** An institution noun, alone or closing a compound ("Institut", "Max-Planck-Institut", "Gesundheitskasse"). */
export function germanBodyNoun(word: string): boolean {
  const noun = word.slice(word.lastIndexOf('-') + 1);
  return ORG_HEADS.has(norm(noun)) || GERMAN_BODY_NOUN.test(noun);
}

export interface Cluster {
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
