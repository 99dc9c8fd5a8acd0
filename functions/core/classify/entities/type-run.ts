/** Typing one run of capitalised words: person, place, organisation, or no name. */
import type { Lexicon } from '../lexicon.js';
import { isCamelBrand, type OrgCue } from '../org-cues.js';
import { ALL_STOPWORDS } from '../stopwords.js';
import { cueMeaning } from '../topic-cues.js';
import { foldPlaceName, isOnWorldList, isWorldPlace, isWorldRegion, worldTownSize } from '../world-places.js';
import { AND_WORDS, BUILDING_WORDS, CAPITALISED_WORD, COMPANY_NAMES, COMPASS, COUNTRIES, countryOffice, DEMONYMS, EN_STOPWORDS, everydayShaped, fieldPairAnd, fieldThenBodyAnd, GAZ, type GazEntry, gazLookup, germanBody, GERMAN_ADJECTIVE, GIVEN_NAMES, INNER_PARTICLES, isPlaceWord, LOCAL_OFFICES, MAX_GAZ_TOKENS, MAX_TITLE_TOKENS, type Mention, NAME_ARTICLES, NAME_PARTICLES, NAME_SHAPED_WORD, NAMED_AFTER_PLACE, NON_NAMES, NON_PERSON_FIRST, norm, NOT_SURNAMES, OFFICE_PREPS, ORG_HEADS, ORG_TAILS, ORG_WORDS, OWNED_FEATURE, PARTICLE_RE, PERSON_NAME_WORD, PLACE_PREFIXES, PLACE_WORDS, PORTFOLIO_TAILS, placeQualifiedAnd, SAINT, QUALIFIER_SUFFIX, RUN_BREAKERS, STREET_WORDS, SURNAME_PLACE_WORDS, TITLE_QUALIFIERS, TITLES, type Token, UNIVERSITY_ABBREVIATIONS, unlistedName, VENUE_CENTRE, WORSHIP_WORDS } from './tables.js';
import { namesRegionBody } from './region-bodies.js';
import { burmeseNameWords } from './burmese-names.js';
import { CALL_TO_ACTION_VERBS, GROUP_OWNER, isAcronym, isCapitalised, isPublicService } from './tokens.js';
import { slavicPersonNominative } from './slavic-person-nominative.js';
import { givenNameBefore, type Single } from './cues.js';

/** The head words of a town's, a municipality's or a region's government outside English. */
const FOREIGN_LOCAL_GOVERNMENT = /^(?:Ville|Commune|Comune|Città|Ayuntamiento|Municipio|Municipalidad|Prefeitura|Câmara|Gemeente|Stad|Stadt|Gemeinde|Marktgemeinde|Land|Kanton|Kommune|Kommun|Gmina|Miasto|Obec|Město|Primăria|Concello|Ajuntament|Provincia|Provincie|Provinz)$/u;
/** The small words between such a head and the place: "Ville de Tournai", "Comune di Matera", "Câmara Municipal de Bragança". */
const ARTICLES_AFTER_HEAD = new Set(['de', 'di', 'du', 'del', 'della', 'do', 'da', 'des', 'van', 'd’', "d'"]);
/**
 * "Ville de Tournai", "Stadt Leoben", "Land Steiermark", "gemeente Beveren": outside English a town's
 * or a region's government is its head word before the place, which it names too. The place, if so.
 */
function placeGoverned(words: readonly string[]): string | null {
  if (!FOREIGN_LOCAL_GOVERNMENT.test(words[0] ?? '')) return null;
  const governed = words.slice(words[1] !== undefined && ARTICLES_AFTER_HEAD.has(words[1]) ? 2 : 1);
  if (governed.length < 1 || governed.length > 4) return null;
  const known = gazLookup(governed);
  if (known?.kind === 'place') return known.canonical;
  return isWorldPlace(governed) || (governed.length === 1 && worldTownSize(governed[0]!) !== undefined) ? governed.join(' ') : null;
}

/** Titles, lowercased, that take a ruler's number with the given name ("Pope Leo XIV", "King Henry VIII"). */
export const REGNAL_TITLE = /^(?:queen|king|prince|princess|emperor|empress|pope)$/u;
/** A number word or a Roman numeral naming a numbered region ("Six", "Ten", "VII"). */
const NUMBERED = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[IVX]{1,4})$/u;
/**
 * Plurals of the animals and figures sides are named after, and Scottish sides' "Thistle" and
 * "Celtic"; no person's name closes with one.
 */
const TEAM_EMBLEMS = new Set(['eagles', 'lions', 'tigers', 'stars', 'rangers', 'warriors', 'sharks', 'pirates', 'chiefs', 'leopards', 'panthers', 'hawks', 'falcons', 'wolves', 'dragons', 'knights', 'raiders', 'titans', 'stallions', 'buffaloes', 'crocodiles', 'elephants', 'hornets', 'strikers', 'pillars', 'scorpions', 'gladiators', 'cobras', 'bulldogs', 'magpies', 'spartans', 'trojans', 'vikings', 'harriers', 'giants', 'dynamos', 'rhinos', 'thistle', 'celtic']);
/** Prefixes of ships' names: "MV Caledonian Isles", "HMS Dauntless", "USS Gerald R. Ford". */
const VESSEL_PREFIXES = new Set(['MV', 'MS', 'HMS', 'RMS', 'SS', 'USS', 'HMAS', 'HMNZS', 'HMCS', 'INS', 'RV', 'FV', 'MT', 'USNS', 'RFA']);
/** Words that close a show's or an occasion's name after a person's: "Jimmy Kimmel Live", "Frank Skinner Show". */
const SHOW_WORDS = new Set(['live', 'show', 'hour', 'today', 'tonight', 'day', 'night', 'week', 'cup', 'fund', 'prize', 'trophy']);
/** The words for "in" and "from" that join a place to a body's name in the languages that write it so. */
const LOCATIVE_CONNECTORS = new Set(['w', 'we', 'din']);
/** The points of the compass, which close the name of a part of a place ("Kildare North"). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Words that name a sea, a coast or an island before "of" and a name. */
const SEA_WORDS = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'bight', 'isle', 'isles', 'sound', 'firth', 'mouth', 'cape', 'coast']);
/** Words that name a valley, a lake or a forest before "of" and a name: "Glen of Imaal", "Vale of Clwyd", "Forest of Dean". */
const LANDFORM_WORDS = new Set(['glen', 'vale', 'valley', 'loch', 'lake', 'forest', 'mount']);
/** Words before "Market" that name an economy's market, not a market place: "the Single Market", "the Stock Market". */
const MARKET_CONCEPTS = new Set(['single', 'common', 'internal', 'stock', 'free', 'black', 'labour', 'labor', 'housing', 'property', 'capital', 'energy', 'bond', 'money', 'equity', 'digital', 'emerging']);
/** The air forces whose stations carry their letters: "RAF Lossiemouth", "RAAF Base Tindal". */
const AIR_FORCE_STATION = /^(?:RAF|RAAF|RNZAF|RCAF)$/u;
/** Grounds where an event is held, named for it. */
const VENUE_ENDS: ReadonlySet<string> = new Set(['grounds', 'ground', 'showground', 'showgrounds', 'fairgrounds', 'park', 'arena', 'stadium', 'oval', 'racecourse']);
/** The body words of the list that name an event rather than a body that owns a ground. */
const EVENT_WORDS: ReadonlySet<string> = new Set(['rodeo', 'festival', 'marathon', 'regatta', 'games', 'show', 'fair', 'gathering', 'rally', 'carnival']);
/** Place words that close a person's name of three words as a surname: "Magnus Lysø Strand", "Mary Anne Hill". */
const THIRD_NAME_PLACE_WORDS = new Set(['strand', 'pike', 'moor', 'hill', 'brook']);

const FAMILY_DESCRIPTION = /^(?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandad|granddad)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/iu;

export function titleLength(words: string[], start: number): number {
  // "Detective Garda Shane Redmond": an Irish police officer's rank before a given name (alone, "Garda" names the force).
  const garda = words[start] === 'Detective' && words[start + 1] === 'Garda' ? start + 1 : start;
  if (words[garda] === 'Garda' && GIVEN_NAMES.has(norm(words[garda + 1] ?? ''))) return garda - start + 1;
  for (let n = Math.min(MAX_TITLE_TOKENS, words.length - start); n >= 1; n--) {
    const t = norm(words.slice(start, start + n).join(' '));
    // Plural titles before several names: "Commissioners Melissa Holyoak and Mark Meador".
    if (TITLES.has(t) || (n === 1 && t.length > 4 && t.endsWith('s') && TITLES.has(t.slice(0, -1)) && /^\p{Lu}\p{Ll}/u.test(words[start]!))) return n;
  }
  // "Mother-of-two Kirsty Walsh": a description the name follows, no part of it.
  if (FAMILY_DESCRIPTION.test(words[start] ?? '')) return 1;
  // "U.S. Attorney Gary Restaino": a title before a given name, but "Attorney General's Office" names an office.
  return words[start] === 'Attorney' && GIVEN_NAMES.has(norm(words[start + 1] ?? '')) ? 1 : 0;
}

/** Titles that are common given names too ("Superintendent Dean Marchetti", "Constable Earl Rogers"). */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['dean', 'earl']);

/** Function words that are also given names, capitalised inside a sentence only as one ("after Will Reichard kicked"). */
export const FUNCTION_WORD_NAMES = new Set(['Will', 'May', 'Don']);
/**
 * Given names that are also everyday words, left out of the given-name list for that reason, but
 * common in Africa, the Caribbean and elsewhere ("Faith Wambui", "Mercy Johnson", "Precious Moyo"):
 * read as given names only before an unusual word.
 */
export const EVERYDAY_GIVEN_NAMES = new Set(['Faith', 'Mercy', 'Hope', 'Grace', 'Joy', 'Patience', 'Precious', 'Gift', 'Blessing', 'Charity', 'Prudence', 'Comfort', 'Memory', 'Innocent', 'Loveness', 'Fortune', 'Beauty', 'Lovemore', 'Godknows', 'Talent', 'Rose', 'Ivy', 'Violet', 'Daisy', 'Hazel', 'Pearl', 'Ruby', 'Amber', 'Destiny', 'Harmony', 'Felicity', 'Constance']);
/**
 * English given names that are everyday words too ("Grant Whiteley", "Junior Rau", "Spike Lee"): read
 * as given names before an unusual word inside a sentence only, where a capital says name; opening one,
 * the word is as often a verb or a noun ("Dawn Salt was spread", "Grant Thornton audited").
 */
export const EVERYDAY_ENGLISH_GIVEN_NAMES = new Set(['Grant', 'Cam', 'Junior', 'Spike', 'Chase', 'Drew', 'Wade', 'Chip', 'Rusty', 'Dusty', 'Sandy', 'Guy', 'Dean', 'Dawn', 'Rocky', 'Gene', 'Miles', 'Iris', 'Olive', 'Sue', 'Lance', 'Buck', 'Kit', 'Skip', 'Tucker', 'Reed']);

/** A capitalised word the lexicon does not know as an everyday word: a surname's shape after a given name. */
function unusualCapitalised(word: string, lexicon: Lexicon | undefined): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !(lexicon?.isCommon(word) ?? true);
}

/** "after Will Reichard kicked": a function word that is a given name, inside a sentence, before an unusual capitalised word. */
export function functionWordAsGivenName(word: string, next: string, sentenceStart: boolean, lexicon: Lexicon | undefined): boolean {
  return FUNCTION_WORD_NAMES.has(word) && !sentenceStart && unusualCapitalised(next, lexicon);
}

/**
 * "Sem van der Laan", "Ella Whitfield": in English, a given name that is a function word of another
 * language only, before a name particle or an unusual capitalised word.
 */
export function foreignFunctionWordAsGivenName(word: string, next: string, language: string | undefined, lexicon: Lexicon | undefined): boolean {
  const lower = word.toLowerCase();
  return language === 'en' && !EN_STOPWORDS.has(lower) && GIVEN_NAMES.has(lower) &&
    (NAME_PARTICLES.has(next) || unusualCapitalised(next, lexicon));
}

/** Plurals that open a sentence without naming a body's members: adverbs and spans of time. */
export const NOT_MEMBER_PLURALS = new Set(['sometimes', 'besides', 'afterwards', 'towards', 'backwards', 'forwards', 'always', 'regardless', 'nowadays', 'overseas', 'indoors', 'outdoors', 'upstairs', 'downstairs', 'whereas', 'hours', 'weeks', 'months', 'years', 'days', 'thanks']);

/** "Minerals Council South Africa", "Farmers Union": a plural noun opening a sentence before a body word is the body's first word. */
export function pluralBeforeBodyWord(toks: readonly Token[], lexicon: Lexicon | undefined): boolean {
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

/** A word shaped like the name of an occupation or a role: "Rancher", "Landowner", "Supervisors", "Geologist", "Spokeswoman". */
const OCCUPATION_SHAPED = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}*-\p{Ll}{2,})(?:er|or|ian|ist|ant|ent|man|woman)s?$/u;
/** A role's compound: joined to initials ("AaFK-trener", "SPÖ-Chef") or a long word ("Landbouweconoom"). */
const ROLE_COMPOUND = /^(?:\p{Lu}[\p{L}]*-\p{Ll}{3,}|\p{Lu}\p{Ll}{8,})$/u;
/** Endings of learned trades, which given names hardly share: "Bioinformatician", "Hydrologist", "Oceanographer". */
const LEARNED_TRADE = /^\p{Lu}\p{Ll}{2,}(?:ician|ologist|ographer|onomist|ometrist|iatrist|ineer)$/u;

/** Titles that are also everyday adjectives, so they may open a body's name. */
export const ADJECTIVE_TITLES = new Set(['major', 'general', 'chief', 'private', 'head', 'deputy', 'metropolitan']);

/** "Major Energies Marketers Association", "Private Sector Federation": the title word is the body's first word. */
export function adjectiveOpensBody(words: string[], start: number, titleWords: number): boolean {
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

/**
 * "Paphos General Hospital", "Russian General Staff": a title that is also an adjective, between
 * a name and the institution noun that closes the run, is part of the institution's name.
 */
export function adjectiveBeforeInstitution(words: string[], at: number, titleWords: number): boolean {
  const last = words[at + 1];
  return titleWords === 1 && words.length === at + 2 && ADJECTIVE_TITLES.has(norm(words[at]!)) && last !== undefined && (ORG_WORDS.has(norm(last)) || NAMED_AFTER_PERSON.has(norm(last)));
}

/** Places and institutions often named after a person with their title: "Sir Charles Gairdner Hospital", "King Shaka International Airport", "King George Island". */
export const NAMED_AFTER_PERSON = new Set(['island', 'land', 'bay', 'glacier', 'fjord', 'fiord', 'strait', 'gulf', 'falls', 'range', 'tunnel', 'dam', 'reservoir', 'canal', 'hospital', 'infirmary', 'clinic', 'hospice', 'school', 'college', 'university', 'academy', 'institute', 'airport', 'stadium', 'arena', 'hall', 'library', 'museum', 'centre', 'center', 'bridge', 'park', 'station', 'memorial', 'foundation', 'highway', 'avenue', 'road', 'street', 'square', 'parish', 'county', 'council', 'church', 'cathedral', 'chapel', 'municipality']);

export const SURNAME_INSTITUTIONS = new Set(['hall', 'park', 'bridge', 'station', 'square', 'church']);

/**
 * "Dr. Everett Chalmers Regional Hospital", "Queen Elizabeth Hospital": a title opening the run is
 * part of the name of what is named after its holder.
 */
export function namedAfterTitledPerson(words: string[], start: number, titleWords: number): boolean {
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
export const VIETNAMESE_FAMILY_NAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'truong', 'dinh', 'trinh', 'dao', 'doan', 'luong', 'quach']);

/** One Vietnamese syllable, folded: an initial, a vowel cluster and one of the few finals the language allows. */
export const VIETNAMESE_SYLLABLE = /^(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$/u;

/**
 * A family name and two or three one-syllable names ("Pham Minh Chinh", "Le Thi Thu Hang"); the
 * syllable shape keeps out "Ho Chi Minh Trail" and "Le Monde Diplo".
 */
export function vietnameseName(words: readonly string[]): boolean {
  return (
    (words.length === 3 || words.length === 4) &&
    VIETNAMESE_FAMILY_NAMES.has(foldPlaceName(words[0]!)) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w) && VIETNAMESE_SYLLABLE.test(foldPlaceName(w)))
  );
}

/** A surname of two unusual capitalised words joined by a hyphen ("Wambui-Otieno"), not a known compound ("Rolls-Royce", "Emilia-Romagna"). */
export function doubleBarrelled(word: string, lex: Lexicon | undefined): boolean {
  const parts = word.split('-');
  return parts.length === 2 && !GAZ.has(norm(word)) && parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !GAZ.has(norm(p)) && !(lex?.isCommon(p) ?? false));
}

/**
 * "Bafana Bafana", "Super Eagles": a word said twice, or a plural noun after a word that is no given
 * name, is a side's nickname, not a person ("Doc Rivers" and "Bill Gates" open with given names).
 */
export function sideNickname(first: string, second: string, lex: Lexicon | undefined): boolean {
  if (norm(first) === norm(second)) return true;
  return !GIVEN_NAMES.has(norm(first)) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(second) && (lex?.isCommon(second.slice(0, -1).toLowerCase()) ?? false);
}

/** Plurals that name a group of people or things, never a side or a firm on their own: "Kenya Farmers", "Cape Town Tests". */
const NOT_NICKNAME_PLURALS = new Set(['farmers', 'residents', 'workers', 'nurses', 'teachers', 'doctors', 'students', 'women', 'men', 'people', 'friends', 'members', 'fans', 'voters', 'citizens', 'officials', 'leaders', 'parents', 'families', 'elders', 'veterans', 'pensioners', 'traders', 'fishermen', 'villagers', 'lawyers', 'representatives', 'tribes', 'lights', 'times', 'news', 'games', 'affairs', 'years', 'days', 'nights', 'weeks', 'sessions', 'series', 'awards', 'talks', 'notes', 'papers', 'records', 'minutes', 'letters', 'rules', 'laws', 'acts', 'regulations', 'standards', 'guidelines', 'studies', 'sciences', 'arts', 'diseases', 'prices', 'areas', 'tests', 'races', 'relays', 'clashes', 'sevens', 'hospitals', 'campus', 'sports']);
/** Plurals that close a place's name: "Charters Towers", "Builth Wells", "Tweed Heads", "Marlborough Sounds". */
const PLURAL_PLACE_ENDINGS = new Set(['towers', 'forks', 'wells', 'heads', 'narrows', 'downs', 'flats', 'gates', 'ranges', 'sounds', 'works', 'grounds', 'waters', 'sands', 'rocks', 'banks', 'fields', 'woods', 'gardens', 'keys', 'bells', 'wafers', 'rapids', 'shoals', 'crossings', 'terraces', 'courts', 'mills', 'estates', 'bridges', 'points', 'pines', 'oaks', 'elms', 'cross', 'ridges', 'lanes']);

/**
 * Whether an English run is a name no dictionary knows and the plural of an everyday noun, a side's or a firm's
 * name: "Grafton Ghosts", "Dungannon Swifts", "Brooks Bandits".
 */
function pluralNickname(rest: readonly string[], lex: Lexicon | undefined, ctx: RunContext): boolean {
  if (lex === undefined || !ctx.english || ctx.continuesAfter === true || ctx.roleBefore === true || ctx.ageAfter === true) return false;
  const last = rest[rest.length - 1]!;
  const lower = last.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{2,}[^s'ui]s$/u.test(last) || NOT_NICKNAME_PLURALS.has(lower) || PLURAL_PLACE_ENDINGS.has(lower) || PLACE_WORDS.has(norm(last)) || ORG_WORDS.has(norm(last))) return false;
  // ("Swifts", "Ghosts", "Bandits"; "Boxes", "Ladies": the plural of a word the dictionary knows.)
  const singular = /(?:ches|shes|sses|xes|zes)$/u.test(lower) ? lower.slice(0, -2) : lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  if (!lex.isCommon(singular) || (ctx.aloneAsActor?.(last) ?? false)) return false;
  const town = rest.slice(0, -1);
  return town.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !GIVEN_NAMES.has(norm(w)) && !DEMONYMS.has(norm(w)) && !TITLES.has(norm(w)) && !COMPASS.has(norm(w))) &&
    !lex.isCommon(town[0]!);
}

/** What surrounds a run and changes how it may be read. */
export interface RunContext {
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
  /** A place's preposition comes right before the run ("in Freeport and …"). */
  placePrepBefore?: boolean;
  /** A place's preposition and "the" come right before the run ("in the Columbus Channel", "across the Minch"). */
  placePrepTheBefore?: boolean;
  /** Lowercase words that may join the parts of one name in the article's language. */
  connectors: ReadonlySet<string>;
  /** The article's language, when known. */
  language?: string | undefined;
  /**
   * The name may go on past the run or this part of it: a lowercase joiner or a comma and another
   * capitalised word follow ("Toowoomba Refugee and Migrant Support", "Himachal Pradesh Fruit, Vegetable and …").
   */
  continuesAfter?: boolean;
  /** A capitalised word and a lowercase joiner come just before the run ("Save the Children Philippines"). */
  continuesBefore?: boolean;
  /** A verb of saying follows the run ("Natural England said"): whatever it names speaks. */
  speaksAfter?: boolean;
  /** Outside English: the words the article also writes in lowercase, so ordinary words ("internet"). */
  lowercaseWords?: ReadonlySet<string> | undefined;
  /** A lowercase role noun right before the run ("chief executive Miles Hurrell", "chairman V Narayanan"). */
  roleBefore?: boolean;
  /** The word the run opens on right after the role's noun, so that a part of the run split off later is not taken for the holder. */
  roleFirst?: string;
  /** An age in apposition follows the run ("Dawn Salt, 58,"). */
  ageAfter?: boolean;
  /** A "who" clause follows the run ("Kit Tregear, who has fished …"). */
  whoAfter?: boolean;
  /** Whether the article writes a word alone as someone who acts ("West then drove"; see `writesAloneAsActor`). */
  aloneAsActor?: (word: string) => boolean;
}

/** Words that open a local government's name before "of" and its place. */
const LOCAL_GOVERNMENT_HEADS = new Set(['City', 'Town', 'Village', 'Borough', 'Township', 'Municipality', 'Shire', 'Hamlet', 'District']);

/** "Selkirk First Nation", "White Bear First Nations": a First Nation's government, a body. */
function namesFirstNation(words: readonly string[]): boolean {
  return words.length >= 3 && words[words.length - 2] === 'First' && /^Nations?$/u.test(words[words.length - 1]!);
}

/**
 * "Te Rūnanga o Ōtākou", "Te Whare Wānanga o Awanuiārangi": a Māori body named "Te …" with "o" or
 * "a" ("of") inside; and an iwi, "Ngāti Porou", "Ngāi Tahu", which acts and speaks as a body.
 */
function namesMaoriBody(words: readonly string[]): boolean {
  if (words.length >= 4 && words[0] === 'Te' && words.slice(2, -1).some((w) => w === 'o' || w === 'a')) return true;
  return words.length >= 2 && words.length <= 3 && /^Ng(?:āti|ati|āi|ai)$/u.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** A part of a larger body, named with it after "of the". */
const UNIT_WORDS = new Set(['division', 'department', 'unit', 'branch', 'section', 'directorate', 'bureau', 'wing', 'institute', 'faculty', 'centre', 'center', 'laboratory']);
/** Nouns that open a body's name before "of": "University of Belize", "Ministry of Health". */
const OPENING_BODY_NOUNS: ReadonlySet<string> = new Set(['university', 'ministry', 'department', 'bank', 'college', 'council', 'institute', 'academy']);
/** A court's sections and chambers in Romance languages, which are parts of its name's description. */
const COURT_SECTIONS = new Set(['sección', 'sala', 'sezione', 'secção', 'seção', 'section', 'chambre']);

/** Abbreviated titles that only ever stand before a person's name. */
const INNER_TITLE = /^(?:Dr|Prof|Mr|Mrs|Ms|Cllr|Cr|Sgt|Insp|Supt|Det)\.?$/u;

/** The particles that open a European surname ("de Freitas", "van der Berg"); not Arabic "al", Italian's "at the" too. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'te']);

/** A continent's name. */
const CONTINENT = /^(?:Africa|Asia|Europe|Oceania|Antarctica)$/u;
/** An adjective's ending, of a part of a continent the lists leave out ("Francophone Africa", "Saharan Africa", "Equatorial Africa"). */
const ADJECTIVE_ENDING = /(?:phone|an|ern|ic|al|ish|ese|ine|ary)$/u;

/** Titles said before a surname, never the first word of a place's name ("Mr Hill", "Senator Brook", "President Park"). */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'president', 'senator', 'sen.', 'councillor', 'cllr', 'rep.', 'mayor', 'judge', 'justice', 'inspector', 'detective', 'coach', 'minister', 'chancellor', 'secretary']);

/** The last two words of a council's building named after its town: "Barrow Town Hall", "Northside Civic Centre". */
const CIVIC_BUILDING = /^(?:town|city|county|shire|civic) (?:hall|centre|center)$/u;

/** One letter and its point: a middle initial ("K." of "Fiona K. Grant"). */
const ONE_INITIAL = /^\p{Lu}\.$/u;

/** Any given name, an everyday word or not, before a middle initial ("Grant E. Holloway said"): a person's name opens there. */
export function givenNameOverInitial(words: readonly string[]): boolean {
  const first = words[0]!;
  return words.length >= 3 && ONE_INITIAL.test(words[1]!) && (GIVEN_NAMES.has(norm(first)) || EVERYDAY_GIVEN_NAMES.has(first) || EVERYDAY_ENGLISH_GIVEN_NAMES.has(first));
}

/** The name after a saint's title, maybe double ("St John-Baxter"). */
const SAINT_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Words closing a place named after a saint, besides the place words ("St Michael's Mount", "St John's Wood"). */
const SAINT_PLACE_ENDS: ReadonlySet<string> = new Set(['mount', 'wood', 'green', 'well', 'wells', 'cross', 'head', 'isle']);

/** A saint's title at `at` and one name after it: "St Elizabeth", "Saint Andrew". */
function saintNameAt(words: readonly string[], at: number): boolean {
  return SAINT.test(words[at] ?? '') && SAINT_NAME.test(words[at + 1] ?? '');
}

/**
 * Where a person's name starts after a body's name in one run ("Unite Sharon Graham", "Ryanair Michael
 * O'Leary", "Unite Scotland Mary Smith"), or -1. The body is known, or an acronym, alone or with a known
 * place after it; the person is a given name that is no place's and a surname or two closing the run.
 */
function bodyThenPerson(words: readonly string[]): number {
  for (let k = 1; k <= 3 && k + 1 < words.length; k++) {
    const given = norm(words[k]!);
    if (!GIVEN_NAMES.has(given) || GAZ.has(given) || !/^\p{Lu}\p{Ll}/u.test(words[k]!) || words.length - k > 3) continue;
    const surnames = words.slice(k + 1);
    if (!surnames.every((w) => PERSON_NAME_WORD.test(w) && !ORG_WORDS.has(norm(w)) && !isPlaceWord(w) && !GAZ.has(norm(w)))) continue;
    const body = words.slice(0, k);
    if (GIVEN_NAMES.has(norm(body[0]!)) || body.some((w) => TITLES.has(norm(w)))) continue;
    const known = gazLookup(body);
    const head = known ?? (isAcronym(body[0]!) ? { kind: 'org' as const } : gazLookup(body.slice(0, 1)));
    if (head?.kind !== 'org') continue;
    // Alone, or followed by the place it serves ("Unite Scotland", "HK Midtjylland").
    if (known || body.length === 1 || (body.length === 2 && (gazLookup(body.slice(1))?.kind === 'place' || (isAcronym(body[0]!) && !GAZ.has(norm(body[1]!)))))) return k;
  }
  return -1;
}

/** Classify the words of one run into zero or more mentions. */
/** "U.S.", "UK": a country written as its abbreviation, as a qualifier before a body or a place is. */
const COUNTRY_ABBREVIATION = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u;

/** Services a district may be named for: "Fire District", "School District", "Water District". */
const SERVICE_DISTRICTS: ReadonlySet<string> = new Set(['fire', 'school', 'schools', 'water', 'sanitation', 'sanitary', 'sewer', 'irrigation', 'hospital', 'health', 'park', 'parks', 'ranger', 'library', 'transit', 'utility', 'conservation', 'drainage', 'port', 'recreation', 'cemetery', 'museum', 'flood', 'mosquito', 'soil']);

/** Whether the "and" or the "of" at `at` is part of a known place's name around it ("Trinidad and Tobago", "Dumfries and Galloway", "Sant’Angelo dei Lombardi"). */
function connectorInsidePlace(words: readonly string[], at: number): boolean {
  for (let from = Math.max(0, at - 2); from < at; from++) {
    for (let to = at + 2; to <= Math.min(words.length, at + 3); to++) if (gazLookup(words.slice(from, to))?.kind === 'place' || isWorldPlace(words.slice(from, to))) return true;
  }
  return false;
}

/**
 * Whether `word`, after the words of a part so far and before `next`, is the "of" or the "the" of a
 * place named "X of the Y" ("Lake of the Woods District Hospital", "Valley of the Kings").
 */
function placeOfTheAt(part: readonly string[], word: string, next: string | undefined): boolean {
  if (word === 'of') return part.length === 1 && isPlaceWord(part[0]!) && next === 'the';
  return word === 'the' && part.length === 2 && part[1] === 'of' && isPlaceWord(part[0]!);
}

/**
 * "shrimper Terry Verdin of Pointe-aux-Chenes", "Sandy Harcus of Bookan": one word after a person's two names and
 * "of" is where the person lives, when no list and no dictionary knows it (a body after "of" has its own word:
 * "Jane Lee of Acme Holdings").
 */
function homeAfterPerson(home: readonly string[], wordBefore: string | undefined, lex: Lexicon | undefined): boolean {
  const word = home[0]!;
  return (
    home.length === 1 &&
    wordBefore === 'of' &&
    /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(word) &&
    unlistedName(word, lex) &&
    // "Pointe-aux-Chenes": each part of a hyphenated name is looked up alone too.
    word.split('-').every((part) => !(lex?.has(part) ?? true)) &&
    !ORG_WORDS.has(norm(word))
  );
}

/** "Theresa May", "Brian May": the month or verb closing two words a known given name opens is a surname. */
export const surnameMay = (w: string, k: number, ws: readonly string[]): boolean => w === 'May' && k === 1 && ws.length === 2 && GIVEN_NAMES.has(norm(ws[0]!));
/** "Gary R. Moon": after a known given name and a middle initial, the last word is the surname, even an everyday one. */
export const surnameAfterInitial = (k: number, ws: readonly string[]): boolean => k === 2 && ws.length === 3 && ONE_INITIAL.test(ws[1]!) && GIVEN_NAMES.has(norm(ws[0]!));

/** An Italian maker's word that opens a firm's name: "Calzaturificio", "Pastificio", "Lanificio", "Birrificio" (not "Edificio", "Beneficio"). */
const MAKER_WORD = /^(?!(?:Bene|Male|Edi|Arti|Sacri|Uf|Ori|Ponti)fici)\p{Lu}\p{Ll}+ifici[oa]$/u;
/** Languages whose "of" is also a name particle: "van", "von". */
const OF_PARTICLE_LANGUAGES: ReadonlySet<string> = new Set(['nl', 'de', 'af', 'fy']);
/** Articles after that "of": "van de", "van het", "von der", "vom". */
const ARTICLES_AFTER_OF: ReadonlySet<string> = new Set(['de', 'der', 'den', 'het', "'t", 'dem', 'des']);

/** A place the lists know by these words: the gazetteer's, the world list's, or one of its one-word towns. */
function knownPlaceWords(words: readonly string[]): boolean {
  return gazLookup([...words])?.kind === 'place' || isWorldPlace([...words]) || (words.length === 1 && worldTownSize(words[0]!) !== undefined);
}

/** Public services a region's body is named by after its valley, coast or bay ("Goulburn Valley Health"). */
const REGION_SERVICES: ReadonlySet<string> = new Set(['health', 'water', 'police', 'ambulance', 'transport', 'energy', 'tourism', 'fire']);

/** A body's own words that close an English name with "and" inside: "Highlands and Islands Enterprise", "Power and Water Corporation". */
const AND_CLOSED_BODY: ReadonlySet<string> = new Set(['enterprise', 'corporation', 'association', 'union', 'institute', 'authority', 'agency', 'administration', 'commission', 'committee', 'organization', 'organisation', 'society', 'foundation', 'federation', 'council', 'trust', 'board']);

/** Bodies' words that two places share under one name ("Perth and Kinross Council", "Avon and Somerset Police"). */
const SHARED_BODY_WORDS: ReadonlySet<string> = new Set(['council', 'authority', 'police', 'constabulary', 'board', 'trust', 'partnership', 'chamber', 'commission']);

/** Two known places of a word or two joined by "and", then a body's word, alone or before "of" and its field. */
function servesTwoPlaces(rest: readonly string[]): boolean {
  const and = rest.indexOf('and');
  if (and < 1 || and > 2) return false;
  const known = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => CAPITALISED_WORD.test(w)) && knownPlaceWords(words);
  for (const n of [1, 2]) {
    const body = and + 1 + n;
    if (body >= rest.length || !known(rest.slice(0, and)) || !known(rest.slice(and + 1, body)) || !ORG_WORDS.has(norm(rest[body]!))) continue;
    const after = rest.slice(body + 1);
    // (Alone, only a word two places share a body by: "Barcelona and Roskilde Festival" are two stops of a tour.)
    if ((after.length === 0 && SHARED_BODY_WORDS.has(norm(rest[body]!))) || (after[0] === 'of' && after.length >= 2 && after.slice(1).every((w) => /^\p{Lu}/u.test(w) || w === 'and'))) return true;
  }
  return false;
}

/** See its use in `typeRun`: a field or an area, "and", then a body's name of everyday words. */
function fieldAndBody(rest: readonly string[], lex: Lexicon | undefined, afterLocative: boolean): boolean {
  const and = rest.indexOf('and');
  if (and < 1 || rest.indexOf('and', and + 1) >= 0) return false;
  const of = rest.lastIndexOf('of');
  const body = of > and ? (gazLookup(rest.slice(of + 1))?.kind === 'place' ? rest.slice(and + 1, of) : null) : rest.slice(and + 1);
  const everyday = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !GAZ.has(norm(w)) && !GIVEN_NAMES.has(norm(w)) && (lex?.isCommon(w) ?? false);
  if (!body || body.length < 2 || !ORG_WORDS.has(norm(body[body.length - 1]!)) || !body.slice(0, -1).every(everyday) || gazLookup(body)) return false;
  const left = rest.slice(0, and);
  if (ORG_WORDS.has(norm(left[left.length - 1]!))) return false;
  // The area: a known place's name, perhaps with everyday words after it ("Kakamega County Water"); not
  // after a place's preposition, where the place ends the phrase ("a school in Freeport and Eight Mile
  // Rock High School").
  for (let k = 0; k <= Math.min(3, left.length); k++) {
    if (k > 0 && afterLocative) break;
    const area = left.slice(0, k);
    const known = k === 0 || gazLookup(area)?.kind === 'place' || isWorldPlace(area) || (k === 1 && worldTownSize(area[0]!) !== undefined);
    if (known && left.slice(k).every(everyday)) return true;
  }
  return false;
}

/**
 * "Marco Pozzi del Politecnico", "Jan de Vries van de Universiteit": a name's particle before a body's
 * word, after a person's name (a given name and one to three more words), says where the person
 * works; it is no part of their name. The index of that body's word when the particle at `k` is one, or -1.
 */
function bodyAfterParticle(words: readonly string[], k: number): number {
  if (k < 2 || k > 4 || !GIVEN_NAMES.has(norm(words[0]!)) || !NAME_PARTICLES.has(words[k]!) || NAME_PARTICLES.has(words[k - 1]!)) return -1;
  let next = k + 1;
  while (next < words.length && NAME_PARTICLES.has(words[next]!)) next++;
  const word = words[next];
  return word !== undefined && (ORG_HEADS.has(norm(word)) || ORG_WORDS.has(norm(word))) ? next : -1;
}

/** A capitalised plural opening a side's name in a Romance language: "Sultanes", "Tigres", "Pericos". */
const SIDE_PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;

/** Most capitalised words of a country's body's name after the country. */
const MAX_WORDS_AFTER_COUNTRY = 4;

/** How many words opening `words` the gazetteer knows as one place (the longest such), or 0. */
function gazetteerPrefix(words: readonly string[]): number {
  for (let n = Math.min(MAX_GAZ_TOKENS, words.length - 1); n >= 1; n--) if (gazLookup(words.slice(0, n))?.kind === 'place') return n;
  return 0;
}

/** The linking words inside a place's name in the Romance languages. */
const PLACE_LINKS: ReadonlySet<string> = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'delle', 'dei', 'di', 'du', 'des']);

/** "Lomba do Loução", "Val di Fiemme", "Faial da Terra": a capitalised word, one linking word and one or two capitalised words. */
function linkedPlaceName(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 4 || !PLACE_LINKS.has(words[1]!)) return false;
  const named = [words[0]!, ...words.slice(2)];
  return named.every((w) => w.length >= 2 && w[0] !== w[0]!.toLowerCase() && w.slice(1) !== w.slice(1).toUpperCase()) &&
    !GIVEN_NAMES.has(norm(words[0]!)) && !ORG_HEADS.has(norm(words[0]!)) && !ORG_WORDS.has(norm(words[0]!)) && !TITLES.has(norm(words[0]!)) &&
    // "Avaliação de Riscos", "Saúde da Sespa": an abstract noun opens a unit's or a field's name, no place's.
    !ABSTRACT_NOUN_ENDING.test(words[0]!.toLowerCase());
}
/** Endings of abstract nouns in the Romance languages. */
const ABSTRACT_NOUN_ENDING = /(?:ção|ções|são|dade|dades|mento|mentos|ência|ância|ismo|ción|ciones|sión|zione|zioni|sione|tion|tions|ude|úde|tà)$/;

/** A field's administration, maybe "of" what it administers. */
const ADMINISTRATION_BODY = /^(?:The )?(?:(?:General|Customs|State|National|Civil|Maritime|Forestry|Cyberspace|Tax|Revenue|Postal|Prison|Railway|Highway|Road|Port|Water|Land|Market|Aviation|Security|Space|Energy|Meteorological|Oceanic|Nuclear|Safety|Traffic) ){1,3}Administration(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?$/;
/** Words opening a stadium's name in other languages: "Stade Quillorama", "Estadio Félix Capriles", "Stadion Miejski". */
const VENUE_HEADS: ReadonlySet<string> = new Set(['stade', 'stadio', 'estadio', 'estádio', 'stadion']);
/** The small words between a stadium's name and its town: "de Cochabamba", "di Roma", "do Porto". */
const TOWN_LINKS: ReadonlySet<string> = new Set(['de', 'di', 'do', 'da', 'del', 'w', 'v']);
/** Languages whose people carry two surnames, the father's and the mother's. */
const IBERIAN_LANGUAGES: ReadonlySet<string> = new Set(['pt', 'es', 'gl', 'ca']);
/** The words after an ampersand that say a family's or partners' firm. */
const FAMILY_FIRM = /^(?:Sons|Son|Co|Daughters|Daughter|Brothers|Bros|Partners|Associates|Filhos|Filho|Hijos|Hijo|Fils|Söhne|Sohn|Figli|Figlio|Zonen|Zoon|Sønner|Søn|Söner)$/;
/**
 * A campaign or charity named by what it calls for: "Save the Glenkens Hills", "Save Our Seas",
 * "Stop the War Coalition", "Keep Wales Tidy".
 */
const CALL_TO_ACTION_BODY = new RegExp(`^(?:(?:${CALL_TO_ACTION_VERBS.join('|')}) (?:the|Our) (?:[A-Z][\\w'’-]+ ){0,4}[A-Z][\\w'’-]+|Keep [A-Z][a-z]+ (?:Tidy|Beautiful))$`);

/** An institution's noun closing a compound after a person's or a founder's name, in either case: "Kühn-Institut", "Zeiss-Stiftungs". */
const NAMED_INSTITUTION_NOUN = /^\p{Lu}[\p{L}-]*\p{L}-(?:Institut|Zentrum|Klinikum|Museum|Gymnasium|Verein|Verband)(?:e?s)?$|^\p{Lu}[\p{L}-]*\p{L}-(?:Kliniken|Stiftung|Gesellschaft|Universität|Hochschule|Akademie|Schule|Krankenhaus|Krankenhauses)$/u;

/**
 * A German institution named after someone, the name joined to its noun by a hyphen ("Fraunhofer-Institut",
 * "Carl-Zeiss-Stiftung"), with the given names before it written apart ("Julius Kühn-Institut", "des
 * Robert Koch-Instituts"). Alone, the run would be the person.
 */
function namedGermanInstitution(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  return words.length <= 3 && NAMED_INSTITUTION_NOUN.test(last) && words.slice(0, -1).every((w) => CAPITALISED_WORD.test(w) && !GERMAN_ADJECTIVE.test(w));
}

/** Places English writes before a national body's name to say whose it is ("US Federal Reserve", "UK Met Office"), not a branch's. */
const NATION_QUALIFIERS: ReadonlySet<string> = new Set(['United States', 'United Kingdom']);

/** Movements and parties with a branch in each place. */
const BRANCHED_BODY = /^(?:Red Cross|Red Crescent|Democrats|Republicans|Greens|Scouts|Girl Guides)$/u;
/** A competition's last word: "Premier League", "Carabao Cup". */
const COMPETITION_NAME = /\s(?:League|Championship|Cup|Conference|Division|Trophy|Series|Tour)$/u;

/** A role's word, capitalised, in the Romance languages and Romanian (with its article): "Presidente", "Președintele", "Directorul". */
const ROLE_OF_BODY = /^(?:Presidente|Presidenta|Président|Présidente|Directeur|Directrice|Director|Directora|Direttore|Direttrice|Diretor|Diretora|Secretario|Secretaria|Secrétaire|Segretario|Portavoz|Porte-parole|Portavoce|Președintele|Președinta|Directorul|Directoarea|Primarul|Prefectul|Ministrul|Șeful|Purtătorul)$/u;
/**
 * Words of a landform or a hamlet that open a place's name in the languages that put the noun first ("Val di Non",
 * "Campi Flegrei", "Punta San Matteo", "Nevado Huascarán"); outside English only, where "Val" is no given name.
 */
const FOREIGN_PLACE_PREFIXES: ReadonlySet<string> = new Set(['val', 'campi', 'piana', 'ghiacciaio', 'lac', 'mont', 'pic', 'punta', 'pizzo', 'cima', 'forcella', 'rifugio', 'colle', 'monti', 'pointe', 'aiguille', 'nevado', 'quebrada', 'arroyo', 'pico', 'ponta', 'chapada', 'vale', 'ribeira']);

/** A known body and a known place, in either order, make the whole run. */
function bodyInPlace(words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const head = gazLookup(words.slice(0, k));
    if (head === undefined) continue;
    const rest = gazLookup(words.slice(k));
    // ("Premier League Leeds": a competition before a town names the town's side in it.)
    if (head.kind === 'org' && rest?.kind === 'place' && !COMPETITION_NAME.test(words.slice(0, k).join(' '))) return true;
    // Before the body, the place names a federation's or a party's branch ("Westmeath GAA", "Kentucky GOP",
    // "Bermuda Red Cross"); before a firm it is prose ("shares of Ireland Google").
    if (head.kind === 'place' && !NATION_QUALIFIERS.has(head.canonical) && rest?.kind === 'org' && (isAcronym(words[k]!) || BRANCHED_BODY.test(words.slice(k).join(' ')))) return true;
  }
  return false;
}

export function typeRun(input: string[], pos: number, first: Token, lex: Lexicon | undefined, out: Mention[], singles: Single[], ctx: RunContext): void {
  const recurse = (part: string[], from: Token = first, more: Partial<RunContext> = {}): void => typeRun(part, pos, from, lex, out, singles, { ...ctx, orgCue: undefined, ...more });
  let words = input;
  // "firm Castlelake and Danish investor Lind Invest": a demonym closing the run after "and" describes what follows it.
  const connectors = ctx.connectors;
  while (words.length >= 3 && DEMONYMS.has(norm(words[words.length - 1]!)) && connectors.has(words[words.length - 2]!)) words = words.slice(0, -2);
  while (words.length && (connectors.has(words[words.length - 1]!) || words[words.length - 1] === 'on' || words[words.length - 1] === 'at')) words = words.slice(0, -1);
  // "By & Havn" once its first word is read as prose: a name never opens on an ampersand.
  while (words[0] === '&') words = words.slice(1);
  if (words.length === 0) return;
  // "na Lomba do Loução", "in Val di Fiemme", "no Vale do Taquari": after a place's preposition, outside English, a name
  // with a linking word inside is one place.
  if (ctx.foreign && ctx.placeCue && linkedPlaceName(words)) {
    out.push({ kind: 'place', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "General Administration of Customs", "Customs General Administration", "State Forestry Administration": a field's
  // administration is a body ("Administration" alone is no body's word: "the Trump Administration" is a government's term).
  // (A string test first, and a pattern without \p{…}: see "phrase lists" in docs/architecture.md.)
  if (words.includes('Administration') && ADMINISTRATION_BODY.test(words.join(' '))) {
    out.push({ kind: 'org', name: (words[0] === 'The' ? words.slice(1) : words).join(' '), pos, fixed: true });
    return;
  }
  // "Kallstrom & Sons Lumber", "Hargreaves & Co": a family's or partners' ampersand names a firm, with its trade after it.
  const family = words.findIndex((w, k) => w === '&' && k > 0 && FAMILY_FIRM.test(words[k + 1] ?? ''));
  if (family > 0 && family + 3 >= words.length && words.slice(0, family).every((w) => CAPITALISED_WORD.test(w) && !GIVEN_NAMES.has(norm(w)))) {
    out.push({ kind: 'org', name: (words[0] === 'The' ? words.slice(1) : words).join(' '), pos, fixed: true });
    return;
  }
  if (ctx.language === 'de' && namedGermanInstitution(words)) {
    out.push({ kind: 'org', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "HM Coastguard", "HM Courts & Tribunals Service": a Crown body. "WWF Nepal", "AFL Tasmania", "Westmeath GAA":
  // a known body's branch in a known place.
  if (ctx.english && words.length > 1 && words.length <= 6 && !gazLookup(words) && (words[0] === 'HM' || bodyInPlace(words))) {
    out.push({ kind: 'org', name: words.join(' '), pos, fixed: true });
    return;
  }
  if (ctx.english && CALL_TO_ACTION_BODY.test(words.join(' '))) {
    out.push({ kind: 'org', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "San Francisco-based Gladstone Institute", "the Republican-controlled House": the place or party
  // qualifies what follows, it is not part of it.
  const based = words.findIndex((w) => QUALIFIER_SUFFIX.test(w));
  if (based >= 0) {
    recurse([...words.slice(0, based), words[based]!.replace(QUALIFIER_SUFFIX, '')]);
    recurse(words.slice(based + 1));
    return;
  }
  // A function word inside a capitalised run ("Is", "You", "Isn't") means title-case prose, not one name.
  // (Māori "a" inside a body's name is no such word: "Te Rūnanga a Rangitāne o Wairau".)
  // (Nor is the "at" of a university's campus: "University of Maine at Presque Isle".)
  const campusAt = (k: number): boolean => words[k] === 'at' && words.some((w, j) => j < k - 1 && norm(w) === 'university' && words[j + 1] === 'of');
  // ("The OR Tambo District Municipality": a function word in capitals before a word that is not is someone's initials.)
  const initials = (w: string, k: number): boolean => /^\p{Lu}{2,3}$/u.test(w) && /\p{Ll}/u.test(words[k + 1] ?? '');
  const cut = words.findIndex((w, k) => k > 0 && !(w === 'a' && words[0] === 'Te') && !campusAt(k) && ((RUN_BREAKERS.has(w.toLowerCase()) && !connectors.has(w) && !surnameMay(w, k, words) && !initials(w, k)) || /['’]t$/.test(w)));
  if (cut > 0 && !gazLookup(words)) {
    recurse(words.slice(0, cut));
    recurse(words.slice(cut + 1));
    return;
  }
  // "Hydrologist Dr Anjana Giri of Tribhuvan University": an abbreviated title inside a run opens a
  // person's name; what stands before it is a job or a sentence's opening, not part of the name.
  const innerTitle = words.findIndex((w, k) => k > 0 && INNER_TITLE.test(w));
  if (innerTitle > 0 && !gazLookup(words)) {
    recurse(words.slice(0, innerTitle));
    recurse(words.slice(innerTitle));
    return;
  }
  // "St Julian's Local Council and Swieqi Local Council", "Royal Cornwall Hospital and West Cornwall
  // Hospital": two names that end in the same word, not one.
  const sameHeadAnd = words.indexOf('and');
  if (sameHeadAnd >= 2 && sameHeadAnd <= words.length - 3 && norm(words[sameHeadAnd - 1]!) === norm(words[words.length - 1]!) && !gazLookup(words)) {
    recurse(words.slice(0, sameHeadAnd));
    recurse(words.slice(sameHeadAnd + 1));
    return;
  }
  // Whole-run gazetteer hit, with or without a leading "The".
  const g = gazLookup(words) ?? (words[0] === 'The' ? gazLookup(words.slice(1)) : undefined);
  if (g) {
    out.push({ kind: g.kind, name: g.canonical, pos, fixed: true });
    return;
  }
  // "the chief executive of Tesco Ken Murphy", "formand for HK Midtjylland Birgitte Damsgaard": a known
  // body (or its acronym, with the region it serves) right before a given name and a surname names the
  // body and then its person.
  const personAt = bodyThenPerson(words);
  if (personAt > 0) {
    recurse(words.slice(0, personAt));
    recurse(words.slice(personAt), { ...first, sentenceStart: false });
    return;
  }
  // "King River", "Queen Street", "Prince Island": a title before a place's word is the place's name, no one's title.
  // ("Mr Hill", "Senator Brook", "President Park": a title said before a surname, not a place's first word.)
  if (words.length >= 2 && words.slice(0, -1).every((w) => TITLES.has(norm(w))) && !SURNAME_TITLES.has(norm(words[words.length - 2]!)) && isPlaceWord(words[words.length - 1]!)) {
    out.push({ kind: 'place', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "Scottish Women's Amateur Championship", "the Women's Home Internationals", "Ayrshire Ladies'
  // County Championship": a name with who it is for inside it (the tokens keep such a possessive in the
  // run) is a competition's or a body's, place and demonym included.
  const forGroup = words.findIndex((w, k) => k < words.length - 1 && GROUP_OWNER.test(w));
  // An "and" before the group joins a second group ("Boys and Girls' Championships"), not another
  // body ("Adisadel College and Wesley Girls' High School"); after it, it is inside the name ("Gulu
  // Women's Economic Development and Globalisation") unless a body's word closes what it follows.
  const inGroupName = (k: number): boolean => GROUP_OWNER.test(words[k + 1] ?? '') || (k > forGroup && !ORG_WORDS.has(norm(words[k - 1]!)));
  if (forGroup >= 0 && words.every((w, k) => CAPITALISED_WORD.test(w) || GROUP_OWNER.test(w) || w === 'of' || (w === 'and' && inGroupName(k)))) {
    out.push({ kind: 'org', name: (words[0] === 'The' ? words.slice(1) : words).join(' '), pos, fixed: true });
    return;
  }
  const governedPlace = ctx.foreign ? placeGoverned(words) : null;
  if (governedPlace !== null) {
    out.push({ kind: 'org', name: words.join(' '), pos, fixed: true });
    out.push({ kind: 'place', name: governedPlace, pos, fixed: true });
    return;
  }
  // "Air Mauritius", "Air Seychelles": a national airline, not the country; "Bank Windhoek", a bank.
  // "Bank Alfalah", "Bank Mandiri": "Bank" before one name that is no given name opens a bank's name;
  // "Air Inuit", "Air Chathams": "Air" an airline's ("Air Force", "Air Commodore" are everyday words and a
  // rank), unless the sentence says place ("in Jelutong and Air Itam", Malay "air" being water).
  if (words.length === 2 && ((words[0] === 'Air' || words[0] === 'Bank') && GAZ.get(norm(words[1]!))?.kind === 'place' ||
    ((words[0] === 'Bank' || words[0] === 'Air') && CAPITALISED_WORD.test(words[1]!) && !GIVEN_NAMES.has(norm(words[1]!)) && !(lex?.isCommon(words[1]!) ?? false) && !TITLES.has(norm(words.join(' '))) && !(words[0] === 'Air' && (ctx.placeCue || ctx.placePrepBefore || isWorldPlace(words)))))) {
    out.push({ kind: 'org', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "St Columba's Church", "St. Paul's Cathedral": a house of worship named after its saint is a place
  // (the saint is no title here); "the Catholic Church" is a body.
  // A sentence's opening "The" is no part of the name ("The St Paul's Cathedral was full").
  const worship = words[0] === 'The' ? words.slice(1) : words;
  if (worship.length >= 2 && WORSHIP_WORDS.has(norm(worship[worship.length - 1]!)) && (SAINT.test(worship[0]!) || worship.slice(0, -1).some((w) => /['’]s$/u.test(w)))) {
    out.push({ kind: 'place', name: worship.join(' '), pos, fixed: true });
    return;
  }
  // "St Michael's Mount", "St Peter's Square": a saint's possessive and a place's word after it name a
  // place; the title is no person's, nor the saint's name a given name.
  if (words.length === 3 && SAINT.test(words[0]!) && /\p{Ll}['’]s$/u.test(words[1]!) && (PLACE_WORDS.has(norm(words[2]!)) || SAINT_PLACE_ENDS.has(norm(words[2]!)))) {
    out.push({ kind: 'place', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "St Elizabeth", "St Catherine", "Saint Andrew": in the news a saint's name alone names a parish, a
  // town or an island, not the saint ("St Patrick's Athletic" and "St Mary's Hospital" have a word after).
  if (words.length === 2 && saintNameAt(words, 0) && !ORG_WORDS.has(norm(words[1]!))) {
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
  // "Metropolitan City" closes a city's government's name ("Lalitpur Metropolitan City"), no bishop's title.
  const metropolitanCity = (at: number): boolean => /^(?:Sub-)?Metropolitan$/u.test(words[at] ?? '') && words[at + 1] === 'City';
  // "led the Shri Ravalnath Kala Pathak troupe": after "the", with a body's noun after the run, the title opens the body's name.
  const bodyNamedWithTitle = ctx.noPerson && ctx.orgCue === 'strong';
  for (;;) {
    const tl = metropolitanCity(i) ? 0 : titleLength(words, i);
    // "St Andrew and St Elizabeth": saints' names alone are places (see above), no titled people.
    const saintPlace = saintNameAt(words, i) && (i + 2 === words.length || AND_WORDS.has(words[i + 2]!));
    // "Superintendent Dean Marchetti", "Inspector Dean Cavanagh-Ross": after a title, a title that is
    // also a given name, before a name's word, is the given name.
    // So is one over a middle initial and a surname, titled or not: "Dean A. Haldane, 44".
    const givenAfterTitle =
      tl === 1 && GIVEN_NAME_TITLES.has(norm(words[i]!)) && i + 1 < words.length &&
      ((titled && PERSON_NAME_WORD.test(words[i + 1]!) && titleLength(words, i + 1) === 0) || (ONE_INITIAL.test(words[i + 1]!) && PERSON_NAME_WORD.test(words[i + 2] ?? '')));
    if (tl && !saintPlace && !givenAfterTitle && !(i === 0 && bodyNamedWithTitle) && !knownNameAt(i, tl) && !adjectiveOpensBody(words, i, tl) && !namedAfterTitledPerson(words, i, tl) && !adjectiveBeforeInstitution(words, i, tl)) {
      lastTitle = norm(words.slice(i, i + tl).join(' '));
      i += tl;
      titled = true;
      continue;
    }
    const w = norm(words[i] ?? '');
    const nextTitle = i + 1 < words.length && !metropolitanCity(i + 1) ? titleLength(words, i + 1) : 0;
    // ("Tanzania Premier League Board": not before a known name the title's word opens.)
    if (nextTitle && (DEMONYMS.has(w) || GAZ.get(w)?.kind === 'place' || TITLE_QUALIFIERS.has(w)) && !adjectiveBeforeInstitution(words, i + 1, nextTitle) && !knownNameAt(i + 1, nextTitle)) {
      const gz = GAZ.get(w);
      if (gz) out.push({ kind: gz.kind, name: gz.canonical, pos, fixed: true });
      i += 1;
      continue;
    }
    if (words[i] === 'The' && i + 1 < words.length) {
      i++;
      continue;
    }
    // "Tánaiste and Minister for Defence Simon Harris", "President and CEO Jane Smith": two offices held at once.
    if (titled && (words[i] === 'and' || words[i] === '&') && i + 1 < words.length && titleLength(words, i + 1) > 0) {
      i++;
      continue;
    }
    break;
  }
  // "Rancher Kelsey Lueck", "Co-author Kevin Perry", "Bioinformatician Marten Ilves": an occupation capitalised at a sentence's
  // start, before a given name and a surname, is no part of the name.
  // A learned trade ("Bioinformatician", "Epidemiologist") says so by its ending alone, before a given
  // name the list may not know.
  if (
    words.length - i >= 3 && OCCUPATION_SHAPED.test(words[i]!) && !GIVEN_NAMES.has(norm(words[i]!)) && !DEMONYMS.has(norm(words[i]!)) && !GAZ.has(norm(words[i]!)) &&
    (GIVEN_NAMES.has(norm(words[i + 1]!)) || (LEARNED_TRADE.test(words[i]!) && titleLength(words, i + 1) === 0 && words.slice(i + 1).every((w) => PERSON_NAME_WORD.test(w))))
  )
    i++;
  // "Fruitadviseur Jan Stevens", "AaFK-trener Lars Ivar Moldskred": outside English a role's compound before a given
  // name (a long word, or one joined to a club's or party's initials) is no part of the name.
  else if (
    ctx.foreign && words.length - i >= 3 && ROLE_COMPOUND.test(words[i]!) && GIVEN_NAMES.has(norm(words[i + 1]!)) && !GIVEN_NAMES.has(norm(words[i]!)) && !GAZ.has(norm(words[i]!)) && !ORG_HEADS.has(norm(words[i]!)) && !ORG_WORDS.has(norm(words[i]!)) && !isPlaceWord(words[i]!) &&
    PERSON_NAME_WORD.test(words[i + 2]!)
  )
    i++;
  const rest = words.slice(i);
  if (rest.length === 0) return;
  // "Președintele Consiliului Județean Caraș-Severin, Nicolae Strâmbeanu", "el Presidente del Consejo Regional de
  // Amazonas": outside English a role's word before a body's head, capitalised, is who holds the role in that body;
  // the body's name follows it (and the person the comma).
  const bodyAt = ctx.foreign && rest.length >= 3 && ROLE_OF_BODY.test(rest[0]!) ? (ORG_HEADS.has(norm(rest[1]!)) ? 1 : connectors.has(rest[1]!) && ORG_HEADS.has(norm(rest[2]!)) ? 2 : -1) : -1;
  if (bodyAt > 0) {
    recurse(rest.slice(bodyAt));
    return;
  }
  // "burgemeester Erik Wolthuis van Losser", "Inge Smit van de Veiligheidsregio Twente": in Dutch and
  // German a given name and a surname are a whole name, and "van" ("von") after them says where the
  // person is from or with whom; a surname the particle opens follows a given name ("Jan Peter van Dijk").
  const fromAt = OF_PARTICLE_LANGUAGES.has(ctx.language ?? '') ? rest.findIndex((w, k) => k >= 2 && (w === 'van' || w === 'von')) : -1;
  if (fromAt >= 2 && !titled && GIVEN_NAMES.has(norm(rest[0]!)) && !GIVEN_NAMES.has(norm(rest[fromAt - 1]!)) && rest.slice(0, fromAt).every((w) => PERSON_NAME_WORD.test(w))) {
    let from = fromAt + 1;
    while (from < rest.length && ARTICLES_AFTER_OF.has(rest[from]!)) from++;
    const after = rest.slice(from);
    if (after.length > 0) {
      recurse(rest.slice(0, fromAt));
      recurse(after, first, after.length === 1 && !ORG_WORDS.has(norm(after[0]!)) ? { placeCue: true } : {});
      return;
    }
  }
  // "Costa Rican", "Puerto Ricans": a demonym of several words names no one.
  if (rest.length >= 2 && DEMONYMS.has(norm(rest.join(' ')))) return;
  // "Sheikh Hasina": the honorific is how the one-word name is written and known; so is a monarch's
  // title before a name the gazetteer knows as a place ("Queen Victoria"), which is no place there.
  const royalGiven = /^(?:queen|king|prince|princess|emperor|empress)$/u.test(lastTitle) && rest.length === 1 && GAZ.get(norm(rest[0]!))?.kind === 'place';
  if (((lastTitle === 'sheikh' || lastTitle === 'sheikha') || royalGiven) && rest.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(rest[0]!)) {
    out.push({ kind: 'person', name: `${words[i - 1]!} ${rest[0]!}`, pos, fixed: false });
    return;
  }
  // "Dean Protheroe": a title that is as often a given name, alone before one surname-shaped word, is
  // the given name; a dean is written with a full name ("Dean Jane Smith") or as "dean".
  if (i === 1 && lastTitle === 'dean' && rest.length === 1 && PERSON_NAME_WORD.test(rest[0]!) && !GAZ.has(norm(rest[0]!)) && !(lex?.isCommon(rest[0]!) ?? false)) {
    out.push({ kind: 'person', name: words.join(' '), pos, fixed: false });
    return;
  }
  const lastRest = norm(rest[rest.length - 1] ?? '');
  // "salmon pens in the D'Entrecasteaux Channel", "vessels in Queen Charlotte Sound and Tory Channel": where a
  // place's cue stands (not "on", as a broadcaster's channel takes), a channel named by no everyday word
  // ("in the Sky Channel group") is a stretch of water.
  if (!titled && (ctx.placeCue || ctx.placePrepBefore || ctx.placePrepTheBefore) && rest.length >= 2 && rest.length <= 3 && lastRest === 'channel' && !gazLookup(rest) && rest.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) && !ORG_WORDS.has(norm(w)) && !(lex?.isCommon(w) ?? true))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "MV Caledonian Isles", "HMS Dauntless": a vessel, which the lists of names leave out.
  if (rest.length >= 2 && VESSEL_PREFIXES.has(rest[0]!)) return;
  // "St Peter's Square", "St James's Park": a saint's name opening a place's.
  const saintTitled = /^(?:st\.?|saint)$/u.test(lastTitle);
  // "Prince William Sound", "King George Sound", "Lord Howe Island": a royal's name opening a place's.
  const royalTitled = i === 1 && /^(?:prince|princess|king|queen|lord)$/u.test(lastTitle) && GIVEN_NAMES.has(norm(rest[0] ?? ''));
  // ("Sound" alone is too often a festival's or a band's last word to be a place word.)
  if ((saintTitled || royalTitled) && rest.length >= 2 && (PLACE_WORDS.has(lastRest) || STREET_WORDS.has(lastRest) || BUILDING_WORDS.has(lastRest) || WORSHIP_WORDS.has(lastRest) || (royalTitled && lastRest === 'sound'))) {
    out.push({ kind: 'place', name: `${words[i - 1]!} ${rest.join(' ')}`, pos, fixed: true });
    return;
  }
  // "St. Mary's" alone names the saint's church, school or club; a town so named is known or has a
  // place's cue ("in St Ann's").
  if (saintTitled && i === 1 && rest.length === 1 && /['’]s$/u.test(rest[0]!)) {
    out.push({ kind: ctx.placeCue || gazLookup(words)?.kind === 'place' ? 'place' : 'org', name: words.join(' '), pos, fixed: true });
    return;
  }
  // "St James Police Division", "St John Ambulance": a body named after a saint or a parish of one.
  if (saintTitled && i === 1 && rest.length >= 2 && ORG_WORDS.has(lastRest)) {
    out.push({ kind: 'org', name: `${words[0]!} ${rest.join(' ')}`, pos, fixed: true });
    return;
  }
  // "in Prince George", "the Prince George and Omineca regions": a town named after a royal, where a
  // place's cue says so.
  const royalTown = i === 1 && rest.length >= 1 ? [words[0]!, rest[0]!] : [];
  if (ctx.placeCue && /^(?:prince|princess|king|queen)$/u.test(lastTitle) && royalTown.length === 2 && (rest.length === 1 || AND_WORDS.has(norm(rest[1] ?? ''))) && (gazLookup(royalTown)?.kind === 'place' || isWorldPlace(royalTown))) {
    out.push({ kind: 'place', name: royalTown.join(' '), pos, fixed: true });
    if (rest.length > 2) recurse(rest.slice(2));
    return;
  }
  // "King Charles III", "Pope Leo XIV": a monarch or a pope known by a given name and an ordinal;
  // "Pope Francis", "Prince William": by the given name the title goes with.
  const regnal = REGNAL_TITLE.test(lastTitle) && /^\p{Lu}\p{Ll}+$/u.test(rest[0] ?? '') && GIVEN_NAMES.has(norm(rest[0]!));
  if (regnal && rest.length === 2 && /^[IVX]{1,5}$/u.test(rest[1]!)) {
    out.push({ kind: 'person', name: rest.join(' '), pos, fixed: true });
    return;
  }
  if (regnal && rest.length === 1) {
    const title = words[i - 1]!;
    out.push({ kind: 'person', name: `${title[0]!}${title.slice(1).toLowerCase()} ${rest[0]!}`, pos, fixed: true });
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
  // a name of two or three words, "of" and a body's or a place's name are a person and their employer or home, when a role
  // or a title comes first, or the name opens with a given name ("Brian Kiprono Limo of Team Amani"),
  // or it has three words, none an everyday word ("Lok Adalat of Karnataka High Court" is a court,
  // "Friends of the Earth" a group).
  const ofAt = rest.indexOf('of');
  const nameBeforeOf = rest.slice(0, ofAt);
  // ("Sanne van der Meulen of Wageningen University": the particles of a surname are not counted.)
  const particlesBeforeOf = nameBeforeOf.filter((w) => NAME_PARTICLES.has(w)).length;
  // ("Grant E. Holloway of Ridgeline Aerospace Advisors": a given name that is an everyday word opens one before a middle initial.)
  const givenOpens = GIVEN_NAMES.has(norm(rest[0]!)) || givenNameOverInitial(nameBeforeOf);
  if (
    ofAt >= 2 && ofAt - particlesBeforeOf <= 3 && rest.length - ofAt >= 2 &&
    nameBeforeOf.every((w, k) => (k > 0 && k < ofAt - 1 && (NAME_PARTICLES.has(w) || INNER_PARTICLES.has(w) || ONE_INITIAL.test(w))) || (CAPITALISED_WORD.test(w) && !ORG_WORDS.has(norm(w)) && !PLACE_WORDS.has(norm(w)) && !GAZ.has(norm(w)))) &&
    (givenOpens || !(lex?.isCommon(rest[0]!) ?? true)) &&
    (ctx.roleBefore || titled ||
      // "Tanisha Joe of Pelly Crossing": a given name's bearer and the place they come from.
      (givenOpens && !gazLookup(nameBeforeOf) && (PLACE_WORDS.has(lastRest) || gazLookup(rest.slice(ofAt + 1))?.kind === 'place')) ||
      // ("Lim Pei Shan of MIDF Research": a body's name may open on its initials.)
      ((rest.slice(ofAt + 1).some((w) => ORG_WORDS.has(norm(w))) || namesFirstNation(rest.slice(ofAt + 1)) || (rest.length - ofAt >= 3 && isAcronym(rest[ofAt + 1]!))) &&
        (givenOpens ? !gazLookup(nameBeforeOf) : ofAt === 3 && nameBeforeOf.every((w) => !(lex?.isCommon(w) ?? true)))))
  ) {
    out.push({ kind: 'person', name: rest.slice(0, ofAt).join(' '), pos, fixed: false });
    // ("Eoghan Ó Fiannachta of the Marine Institute": the body without its article.)
    const employer = rest.slice(rest[ofAt + 1] === 'the' ? ofAt + 2 : ofAt + 1);
    // (One opening on its initials is named as a body: "MIDF Research".)
    recurse(employer, first, isAcronym(employer[0]!) && employer.length >= 2 ? { orgCue: 'noun' } : {});
    return;
  }
  // "Inspector General of Police Douglas Kanja", "Minister for Maritime Affairs Muhammad Junaid Anwar
  // Chaudhry": the rest of an office's name (of/for and everyday or institution words), then a person
  // opening with a known given name.
  if (titled && rest.length >= 4) {
    // A given name the list does not know: the last two words, when neither is an everyday word ("Kadian Fullerton").
    // (Not a body's words: "Mayor of Tipperary County Council" names the council, not a "County Council".)
    const lastTwo = rest.length - 2 >= 2 && rest.slice(-2).every((w) => !(lex?.isCommon(w) ?? true) && !GAZ.has(norm(w)) && !ORG_WORDS.has(norm(w))) ? rest.length - 2 : -1;
    const knownGiven = rest.findIndex((w, k) => k >= 2 && GIVEN_NAMES.has(norm(w)));
    const given = knownGiven >= 0 ? knownGiven : lastTwo;
    const name = given > 0 ? rest.slice(given) : [];
    const office = rest.slice(0, given).map(norm);
    /** For each office word, the known place of up to three words covering it, if any. */
    const officePlaces = office.map((_, k): GazEntry | undefined => {
      for (let from = Math.max(0, k - 2); from <= k; from++) {
        for (let to = Math.min(office.length, from + 3); to > k; to--) {
          const g = gazLookup(rest.slice(from, to));
          if (g?.kind === 'place') return g;
        }
      }
      return undefined;
    });
    // "Federal Member for Maranoa David Littleproud": a seat the lists do not know, after "for" or "of",
    // before a name opening with a known given name.
    const seatAt = (k: number): boolean => knownGiven >= 0 && k >= 1 && k <= 2 && OFFICE_PREPS.has(office[k - 1]!) && CAPITALISED_WORD.test(rest[k]!) && !(lex?.isCommon(rest[k]!) ?? true);
    if (
      name.length >= 2 &&
      name.length <= 4 &&
      name.every((w) => PERSON_NAME_WORD.test(w)) &&
      !(lex?.isCommon(name[name.length - 1]!) ?? false) &&
      (OFFICE_PREPS.has(office[0]!) || (office.some((w) => OFFICE_PREPS.has(w)) && office.some((w) => ORG_WORDS.has(w)))) &&
      // German capitalises the portfolio's nouns ("Minister für Gesundheit Karl Lauterbach"); a plural
      // of an everyday word is one too ("Director of Public Prosecutions").
      // "Mayor of Limerick John Moran", "Premier of New South Wales Chris Minns": the place the office serves.
      office.every((w, k) => connectors.has(w) || ORG_WORDS.has(w) || (lex?.isCommon(w) ?? false) || (/s$/u.test(w) && (lex?.isCommon(w.slice(0, -1)) ?? false)) || (ctx.nounCaps && !GAZ.has(w)) || officePlaces[k] !== undefined || seatAt(k))
    ) {
      officePlaces.forEach((place, k) => {
        if (place && (k === 0 || officePlaces[k - 1] !== place)) out.push({ kind: 'place', name: place.canonical, pos, fixed: true });
      });
      out.push({ kind: 'person', name: name.join(' '), pos, fixed: false });
      return;
    }
  }
  // "Minister for Lands and Natural Resources": the office's portfolio names no body.
  if (titled && OFFICE_PREPS.has(norm(rest[0]!)) && rest.slice(1).every((w) => connectors.has(w) || (lex?.isCommon(w) ?? false))) return;
  // "Cathaoirleach of Kerry County Council" (before "Cllr Jackie Flynn"): the office's body. Not a church's dedication
  // ("Our Lady of Perpetual Help Church").
  if (titled && lastTitle !== 'lady' && OFFICE_PREPS.has(norm(rest[0]!)) && rest.length >= 3 && ORG_WORDS.has(lastRest) && !AND_WORDS.has(rest[rest.length - 2]!)) {
    recurse(rest.slice(1));
    return;
  }
  // A title inside the run starts a new name ("Supreme Court Justice Antonin Scalia"); a saint's
  // title goes on with a town's name ("Fort St. James", "Port St. Johns").
  for (let j = 1; j < rest.length - 1; j++) {
    // ("Coconino County Board of Supervisors Chair Harold Yazzie": a title after a body's word and "of" is the body's members.)
    const membersTitle = j >= 2 && rest[j - 1] === 'of' && ORG_WORDS.has(norm(rest[j - 2]!)) ? titleLength(rest, j) : 0;
    const nextTitle = membersTitle > 0 ? titleLength(rest, j + membersTitle) : 0;
    const members = nextTitle > 0 && j + membersTitle + nextTitle < rest.length;
    const tl = saintNameAt(rest, j) || members ? 0 : titleLength(rest, j);
    const after = rest.slice(j + tl).map(norm);
    // "External Affairs Minister S. Jaishankar": the name may open with an initial.
    if (tl && after.length > 0 && /^\p{Lu}(?:\p{Ll}|\.)/u.test(rest[j + tl]!) && !after.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) {
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
        // "Borough Mayor Dale Ostrowski", "Town Clerk": a place's word alone names no place.
        !(qualifier.length === 1 && isPlaceWord(qualifier[0]!)) &&
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
  // "Calzaturificio Valtenna di Montegranaro", "Pastificio Rana di Verona": an Italian maker's word (a
  // shoe factory, a pasta maker) and its name is the firm; "di" and a name after it is its town.
  if (ctx.language === 'it' && rest.length >= 2 && MAKER_WORD.test(rest[0]!)) {
    const di = rest.findIndex((w, k) => k >= 2 && (w === 'di' || w === 'da'));
    out.push({ kind: 'org', name: rest.slice(0, di > 0 ? di : rest.length).join(' '), pos, fixed: true });
    if (di > 0 && di + 1 < rest.length) recurse(rest.slice(di + 1), first, { placeCue: true });
    return;
  }
  // "Sección Quinta de la Audiencia Provincial de Murcia", "Sala de lo Penal del Tribunal Supremo": a
  // court's section is told by the court's name, which is the body.
  if (ctx.foreign && COURT_SECTIONS.has(norm(rest[0]!))) {
    const head = rest.findIndex((w, k) => k >= 2 && ORG_HEADS.has(norm(w)) && connectors.has(rest[k - 1]!));
    if (head > 0) {
      recurse(rest.slice(head), { ...first, sentenceStart: false });
      return;
    }
  }
  // "Agentes de la Guardia Civil y voluntarios …": a sentence's first word, no body's own, before a
  // body the lists know is who acts for the body, not part of its name.
  if (ctx.foreign && first.sentenceStart && rest.length >= 3 && !ORG_HEADS.has(norm(rest[0]!)) && !ORG_WORDS.has(norm(rest[0]!))) {
    let known = 1;
    while (known < rest.length && connectors.has(rest[known]!)) known++;
    // Not "IBM en Google": two names joined by "and".
    const of = rest.slice(1, known).every((w) => !AND_WORDS.has(w));
    // ("Pesquisadores da Universidade Regional do Cariri": or a body's head word opens what follows.)
    const bodyAfter = gazLookup(rest.slice(known))?.kind === 'org' || (rest.length - known >= 2 && ORG_HEADS.has(norm(rest[known]!)) && !PLACE_WORDS.has(norm(rest[0]!)));
    if (of && known > 1 && known < rest.length && !isAcronym(rest[0]!) && gazLookup([rest[0]!]) === undefined && bodyAfter) {
      recurse(rest.slice(known), { ...first, sentenceStart: false });
      return;
    }
  }
  // "Spotkanie w Jastrzębiu-Zdroju": "in" joins a place to a body's name only ("Urzędu Morskiego w
  // Gdyni"); with no body's head noun before it, it parts the run.
  if (ctx.foreign) {
    const at = rest.findIndex((w, k) => k > 0 && LOCATIVE_CONNECTORS.has(w));
    if (at > 0 && !rest.slice(0, at).some((w) => ORG_HEADS.has(norm(w)))) {
      recurse(rest.slice(0, at));
      recurse(rest.slice(at + 1), first, { placeCue: true });
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
  // "Walsh's Pyramid", "Ayer's Cliff": the possessive the tokens kept before a landform (`landformNamedFor`) names a place.
  if (!titled && rest.length === 2 && /['’]s$/u.test(rest[0]!) && OWNED_FEATURE.test(rest[1]!)) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Gulf of Guinea", "Bay of Biscay", "Strait of Hormuz", "Glen of Imaal": a sea's, a coast's or a valley's word, "of" and its name.
  // Not "Isle of Wight Council": the island's body.
  if (!titled && rest.length >= 3 && rest.length <= 4 && rest[1] === 'of' && (SEA_WORDS.has(norm(rest[0]!)) || LANDFORM_WORDS.has(norm(rest[0]!))) && rest.slice(2).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_WORDS.has(norm(rest.at(-1)!))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Region Six", "Region One": a country's numbered administrative region (Guyana's, the Philippines').
  if (!titled && rest.length === 2 && rest[0] === 'Region' && NUMBERED.test(rest[1]!)) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Sultanes de Monterrey", "Tigres de la UANL", "Leones de Yucatán": in a Romance language a plural
  // and the place or body it is "of" name a side (or a body: "Amigos de la Tierra"), not the place.
  if (!titled && ctx.foreign && rest.length >= 3 && SIDE_PLURAL.test(rest[0]!) && (rest[1] === 'de' || rest[1] === 'del') && !isPlaceWord(rest[0]!) && !ORG_HEADS.has(norm(rest[0]!)) && !ORG_WORDS.has(norm(rest[0]!)) && !TITLES.has(norm(rest[0]!)) && !DEMONYMS.has(norm(rest[0]!)) && !GAZ.has(norm(rest[0]!)) && !GIVEN_NAMES.has(norm(rest[0]!))) {
    const of = rest.slice(rest[2] === 'la' || rest[2] === 'los' || rest[2] === 'las' ? 3 : 2);
    if (of.length > 0 && of.every((w) => /^\p{Lu}/u.test(w)) && (gazLookup(of) !== undefined || isWorldPlace(of) || worldTownSize(of.join(' ')) !== undefined || (of.length === 1 && /^\p{Lu}{2,6}$/u.test(of[0]!)))) {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
      return;
    }
  }
  // "Kamboi Eagles", "Bo Rangers", "Leone Stars": a side's name closed by the plural of its emblem
  // (or by a Scottish side's "Thistle" or "Celtic").
  if (!titled && rest.length >= 2 && rest.length <= 3 && TEAM_EMBLEMS.has(norm(rest[rest.length - 1]!)) && rest.every((w) => /^\p{Lu}/u.test(w))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Grafton Ghosts", "Dungannon Swifts", "Calder Homes": a name no dictionary knows before the plural of an everyday
  // noun is a side or a firm named by its town or its founder ("Northern Lights" opens with an everyday word, "Charters
  // Towers" closes with a place's, "Suzie Bates said … Bates" is a person).
  if (!titled && rest.length >= 2 && rest.length <= 3 && pluralNickname(rest, lex, ctx)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Katherine East", "Katherine South": a town's suburbs, named for it and a side of it. ("West" and
  // "North" are also surnames: "Adam West".)
  if (!titled && rest.length === 2 && GIVEN_NAMES.has(norm(rest[0]!)) && /^(?:East|South|Central)$/u.test(rest[1]!)) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Baring Square West", "Queen Street East": a street's name closed by a compass word.
  if (!titled && rest.length >= 3 && COMPASS.has(lastRest) && (STREET_WORDS.has(norm(rest[rest.length - 2]!)) || rest[rest.length - 2] === 'Square')) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "NHS Borders", "NHS Dumfries and Galloway": a Scottish health board; "Friends of Herring River": a volunteer group.
  if (!titled && ((rest[0] === 'NHS' && ((rest.length === 2 && CAPITALISED_WORD.test(rest[1]!)) || gazLookup(rest.slice(1))?.kind === 'place' || isWorldPlace(rest.slice(1)))) || (rest.length >= 3 && rest[0] === 'Friends' && rest[1] === 'of'))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Niger Republic", "Benin Republic": a country named with its form of state after it, as West African English does.
  const republicOf = !titled && rest.length === 2 && rest[1] === 'Republic' ? gazLookup(rest.slice(0, 1)) : undefined;
  if (republicOf && COUNTRIES.has(republicOf.canonical)) {
    out.push({ kind: 'place', name: republicOf.canonical, pos, fixed: true });
    return;
  }
  // "the City of Oskaloosa", "the Town of Wellfleet", "the Hamlet of Aklavik": a local government, the body, and
  // the place it governs (not a place the lists know whole: "District of Columbia").
  if (!titled && rest.length >= 3 && rest.length <= 5 && LOCAL_GOVERNMENT_HEADS.has(rest[0]!) && rest[1] === 'of' && rest.slice(2).every((w) => CAPITALISED_WORD.test(w) && !ORG_WORDS.has(norm(w))) && gazLookup(rest)?.kind !== 'place') {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    const place = gazLookup(rest.slice(2));
    if (place?.kind === 'place') out.push({ kind: 'place', name: place.canonical, pos, fixed: true });
    return;
  }
  // A First Nation's name, unless a person "of" it comes first; a Māori body or iwi.
  if (!titled && ((rest.length >= 3 && !rest.includes('of') && namesFirstNation(rest)) || (!ctx.foreign && namesMaoriBody(rest)))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Police Scotland", "Health Canada", "Sport England": a public service's field before the country it serves.
  if (!titled && isPublicService(rest)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Engineers Ireland", "Kerala Tourism": an everyday field's word beside the region the body serves.
  if (!titled && !ctx.foreign && !ctx.placeCue && namesRegionBody(rest, { sentenceStart: i === 0 && first.sentenceStart, continuesBefore: ctx.continuesBefore === true, continuesAfter: ctx.continuesAfter === true, speaksAfter: ctx.speaksAfter === true }, lex)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "IDA Ireland": an unknown acronym before a country's name is a body of that country; "SC Magdeburg",
  // "SG Flensburg-Handewitt", "VfL Gummersbach": a club's short prefix before its town is the club.
  const unknownFirst = rest.length === 2 && !GAZ.has(norm(rest[0]!));
  // So is a brand written in camel case before it ("BirdWatch Ireland", "PayPal Australia").
  const countryBody = unknownFirst && (/^\p{Lu}{2,5}$/u.test(rest[0]!) || isCamelBrand(rest[0]!)) && COUNTRIES.has(gazLookup(rest.slice(1))?.canonical ?? '');
  const town = (w: string): boolean => gazLookup([w])?.kind === 'place' || gazLookup([w.split('-')[0]!])?.kind === 'place';
  const club = unknownFirst && /^(?:\p{Lu}{2,4}|VfB|VfL|TuS)$/u.test(rest[0]!) && town(rest[1]!);
  if (!titled && (countryBody || club)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Trinidad and Tobago Red Force", "St Vincent and the Grenadines Coast Guard Service": a country's
  // name, then capitalised words closed by a body's word, name that country's body.
  // (Not an abbreviation's: "U.S. Commerce Department" is read below.)
  const country = !titled && rest.length >= 3 && !COUNTRY_ABBREVIATION.test(rest[0]!) ? gazetteerPrefix(rest) : 0;
  if (country > 0 && rest.length - country <= MAX_WORDS_AFTER_COUNTRY && COUNTRIES.has(gazLookup(rest.slice(0, country))!.canonical) && ORG_WORDS.has(norm(rest[rest.length - 1]!)) && rest.slice(country).every((w) => /^\p{Lu}/u.test(w))) {
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
  // "Welsh Labour", "Scottish Liberal Democrats": a nation's branch of a known party is a party of its own.
  const party = !titled && rest.length >= 2 && DEMONYMS.has(norm(rest[0]!)) ? gazLookup(rest.slice(1)) : undefined;
  if (party?.kind === 'org' && /\s(?:Party|Democrats)$/u.test(party.canonical)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
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
  // "Northwestern Ontario Sports Hall of Fame": a hall of fame is an institution, whatever place opens its name.
  if (!titled && rest.length >= 4 && rest.slice(-3).join(' ') === 'Hall of Fame') {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Goulburn Valley Health", "Sunshine Coast Water": a public service named after the valley, coast or bay it serves.
  if (!titled && rest.length >= 3 && REGION_SERVICES.has(lowerRest[lowerRest.length - 1]!) && /^(?:valley|coast|bay|river|peninsula|region|islands?|highlands|plains|lakes)$/u.test(lowerRest[lowerRest.length - 2]!) &&
    rest.slice(0, -2).every((w) => CAPITALISED_WORD.test(w) && !GIVEN_NAMES.has(norm(w)))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Pacific Biological Station", "Rothamsted Research Station", "Forfar Field Station": a research station is an institute, a body, not a place.
  if (!titled && rest.length >= 2 && lowerRest[lowerRest.length - 1] === 'station' && /^(?:biological|research|experimental|experiment|field|marine|agricultural)$/u.test(lowerRest[lowerRest.length - 2]!)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Vandenberg Space Force Base", "Co-operative Bank Arena": a base or a ground named as such is a
  // place whatever body its name holds. A hospital is not among them: it is the institution that
  // treats, employs and speaks ("the hospital said"), an organization as NER conventions have it.
  // "Barrow Town Hall", "Bundaberg Civic Centre": a town's hall is where a council sits, a building, and
  // the town it is named after, when a list knows it, is named too.
  const civicBuilding = rest.length >= 3 && CIVIC_BUILDING.test(lowerRest.slice(-2).join(' '));
  if (!titled && rest.length >= 2 && (BUILDING_WORDS.has(lowerRest[lowerRest.length - 1]!) || civicBuilding) && !lowerRest.some((w) => AND_WORDS.has(w))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    const town = rest.slice(0, -2);
    if (civicBuilding && knownPlaceWords(town)) out.push({ kind: 'place', name: gazLookup(town)?.canonical ?? town.join(' '), pos, fixed: true });
    return;
  }
  // "Sedona Fire District", "Boardman School District", "Red Rock Ranger District": a district named
  // for the service it runs is the body that runs it, not the area.
  // ("Summit Fire & Medical District": or two services joined.)
  const servicesJoined = lowerRest.length >= 4 && (lowerRest[lowerRest.length - 3] === '&' || lowerRest[lowerRest.length - 3] === 'and') && SERVICE_DISTRICTS.has(lowerRest[lowerRest.length - 4]!);
  if (!titled && rest.length >= 2 && lowerRest[lowerRest.length - 1] === 'district' && (SERVICE_DISTRICTS.has(lowerRest[lowerRest.length - 2]!) || servicesJoined)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Melamchi Municipality", "Cape Breton Regional Municipality", "Lalitpur Metropolitan City": a
  // municipality named so is its local government, a body, as a county council is.
  if (!titled && rest.length >= 2 && !lowerRest.some((w) => AND_WORDS.has(w)) && (lowerRest[lowerRest.length - 1] === 'municipality' || /^(?:sub-)?metropolitan city$/u.test(lowerRest.slice(-2).join(' ')))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Mozambique Channel", "Bristol Channel": a channel named for a known place is a strait, not a broadcaster.
  if (!titled && rest.length >= 2 && lowerRest[lowerRest.length - 1] === 'channel' && gazLookup(rest.slice(0, -1))?.kind === 'place') {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Wildlife Division of the Forestry Commission": a unit "of the" body it belongs to names two bodies.
  const unitOf = lowerRest.findIndex((w, k) => w === 'of' && lowerRest[k + 1] === 'the' && k >= 2 && UNIT_WORDS.has(lowerRest[k - 1]!));
  // ("Environmental Research Institute of the University of Belize": or a body whose noun opens its name.)
  if (!titled && unitOf > 0 && rest.length - unitOf >= 4 && (ORG_WORDS.has(lowerRest[lowerRest.length - 1]!) || OPENING_BODY_NOUNS.has(lowerRest[unitOf + 2]!)) && !gazLookup(rest)) {
    recurse(rest.slice(0, unitOf));
    recurse(rest.slice(unitOf + 2));
    return;
  }
  // "U.S. Commerce Department": a country's abbreviation before the short form of its "Department of
  // Commerce" says whose it is; the department's name starts after it. A name written in full is the
  // body's own ("India Meteorological Department").
  if (!titled && rest.length >= 3 && rest.length <= 4 && lowerRest[lowerRest.length - 1] === 'department' && COUNTRY_ABBREVIATION.test(rest[0]!)) {
    const country = gazLookup(rest.slice(0, 1));
    if (country?.kind === 'place' && COUNTRIES.has(country.canonical) && rest.slice(1, -1).every((w) => (lex?.has(w) ?? false) && !GAZ.has(norm(w)) && !GIVEN_NAMES.has(norm(w)))) {
      out.push({ kind: 'place', name: country.canonical, pos, fixed: true });
      out.push({ kind: 'org', name: rest.slice(1).join(' '), pos, fixed: true });
      return;
    }
  }
  // "RAF Akrotiri", "RAAF Base Tindal": an air force's station, named after its force, is a place.
  if (!titled && rest.length >= 2 && AIR_FORCE_STATION.test(rest[0]!) && rest.slice(1).every((w) => CAPITALISED_WORD.test(w))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  const hasOrgWord =
    lowerRest.slice(1).some((w) => ORG_WORDS.has(w)) ||
    // Indonesia's "PT" (Perseroan Terbatas) opens a company's name: "PT Nusantara Bahari Lines".
    (rest[0] === 'PT' && rest.length >= 2) ||
    (rest.length > 1 && ORG_WORDS.has(lowerRest[0]!) && (lowerRest[1] === 'of' || lowerRest[1] === 'for' || lowerRest[1] === 'on')) ||
    // "Thames Water", "Elliott Management"; not "Samantha Power".
    (rest.length > 1 && ORG_TAILS.has(lowerRest[lowerRest.length - 1]!) && !GIVEN_NAMES.has(lowerRest[0]!)) ||
    // "Ontario Health", "Nova Scotia Health": a region's health authority; not "Occupational Health" or "Mental Health".
    (rest.length > 1 && lowerRest[lowerRest.length - 1] === 'health' && gazLookup(rest.slice(0, -1))?.kind === 'place');
  // Romance and German names put the institution first: "Parlamento Europeo", "Banque de France".
  // (Irish puts its article before the institution: "An Bord Pleanála".)
  // ("Centro Storico di Cosenza": a head word that opens a known place's name heads no body.)
  // ("El Colegio de la Frontera Sur", "An Bord Pleanála": after the name's own article.)
  const orgHead = (ORG_HEADS.has(lowerRest[0]!) || ((rest[0] === 'An' || (ctx.foreign && rest.length >= 3 && NAME_ARTICLES.has(rest[0]!))) && ORG_HEADS.has(lowerRest[1] ?? '')) || germanBody(rest, ctx.language) || UNIVERSITY_ABBREVIATIONS.has(rest[0]!)) && rest.filter((w) => !connectors.has(w)).length <= (ctx.foreign ? 7 : 5) && gazLookup(rest.slice(0, 2))?.kind !== 'place';
  // "Competition and Markets Authority", "Avon and Somerset Police": one name when a single unknown
  // word precedes the "and"; "Google and Microsoft Corp" names two, and so does a name before a long
  // one ("Freeport and Eight Mile Rock High School").
  const and = lowerRest.indexOf('and');
  // Also two words before it when a demonym opens them: "British Beer and Pub Association",
  // "American Heart and Stroke Foundation".
  const leftOk = (left: string[]): boolean =>
    !gazLookup(left) && !left.some((w, k) => (gazLookup([w]) && !(k === 0 && DEMONYMS.has(norm(w)))) || ORG_WORDS.has(norm(w))) && !GIVEN_NAMES.has(norm(left[0]!));
  // "Space Science and Technology Centre", "Occupational Safety and Health Review Commission": two
  // everyday words before it when one or two more close the name.
  const andInsideName =
    ((((and === 1 && (rest.length - and <= 4 || DEMONYMS.has(lowerRest[0]!) || everydayShaped(rest[0]!, lex))) || (and === 2 && (DEMONYMS.has(lowerRest[0]!) || (rest.length >= 5 && rest.length <= 6 && rest.slice(0, 2).every((w) => everydayShaped(w, lex)) && !rest.slice(3).some((w) => connectors.has(w)))))) && leftOk(rest.slice(0, and))) ||
      placeQualifiedAnd(rest, and, lex) ||
      fieldPairAnd(rest, and, lex) ||
      (!ctx.foreign && fieldThenBodyAnd(rest, and, lex)) ||
      // "Newfoundland and Labrador Health Services": the "and" of the known place the body serves.
      (and > 0 && rest.length > and + 2 && gazLookup(rest.slice(0, and + 2))?.kind === 'place')) &&
    lowerRest.indexOf('and', and + 1) < 0 && rest.length - and >= 3 && ORG_WORDS.has(lowerRest[lowerRest.length - 1]!);
  // "X of A and B" with an institution word before "of" is one name when B is nothing known on its
  // own: "Department of Health and Human Services", "International Association of Machinists and
  // Aerospace Workers"; "Ministry of Defence and Foreign Office" names two.
  const of = lowerRest.findIndex((w, k) => (w === 'of' || w === 'for' || w === 'on') && k > 0 && ORG_WORDS.has(lowerRest[k - 1]!));
  // "Bank of Cyprus and Eurobank": after a body named for a place, one word no dictionary knows is a body of its own.
  const bodyAndBrand = of > 0 && and === rest.length - 2 && and > of + 1 && !titled && !(lex?.isCommon(rest[and + 1]!) ?? true) && CAPITALISED_WORD.test(rest[and + 1]!) &&
    !GAZ.has(lowerRest[and + 1]!) && !isOnWorldList([rest[and + 1]!]) && gazLookup(rest.slice(of + 1, and))?.kind === 'place' && !gazLookup(rest.slice(of + 1));
  if (bodyAndBrand) {
    out.push({ kind: 'org', name: rest.slice(0, and).join(' '), pos, fixed: true }, { kind: 'org', name: rest[and + 1]!, pos, fixed: true });
    return;
  }
  const ofAnd =
    and > of + 1 &&
    of > 0 &&
    ORG_WORDS.has(lowerRest[of - 1]!) &&
    rest.length <= 10 &&
    lowerRest.indexOf('and', and + 1) < 0 &&
    !gazLookup(rest.slice(and + 1)) &&
    // "Department of Natural Resources and Environment Tasmania": the place a department serves may close its name.
    !rest.slice(and + 1).some((w, k, after) => gazLookup([w]) !== undefined && !(k === after.length - 1 && k >= 1 && gazLookup([w])?.kind === 'place')) &&
    // "… and WWF-Malaysia": a known body's country office is a body of its own.
    !rest.slice(and + 1).some((w) => w.includes('-') && countryOffice(w)) &&
    // "… and Mineral Industries", "… and Human Services" close a portfolio; "… and Foreign Office" is a body;
    // a body's word alone after the "and" names no body of its own ("Ministry of Transport and Logistics").
    (!ORG_WORDS.has(lowerRest[lowerRest.length - 1]!) || PORTFOLIO_TAILS.has(lowerRest[lowerRest.length - 1]!) || rest.length - and === 2) &&
    !gazLookup(rest.slice(0, and));
  // "Central Bank of Trinidad and Tobago", "High Commission of Antigua and Barbuda": the "and" is the place's own.
  const ofPlaceWithAnd = of > 0 && and > of + 1 && gazLookup(rest.slice(of + 1))?.kind === 'place';
  // ("Soldotna Rodeo Grounds", "Kenai Festival Park": an event's ground is a place, as a street is.)
  const endsOnGround = VENUE_ENDS.has(lowerRest[lowerRest.length - 1]!) && lowerRest.slice(1, -1).some((w) => EVENT_WORDS.has(w));
  if (!titled && rest.length >= 2 && (hasOrgWord || orgHead) && (and < 0 || andInsideName || ofAnd || ofPlaceWithAnd) && !STREET_WORDS.has(lowerRest[lowerRest.length - 1]!) && !endsOnGround) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    // "Urzędu Morskiego w Gdyni", "Universitatea din București": the place a body's name ends on is
    // named too.
    const at = ctx.foreign ? lowerRest.findIndex((w, k) => k > 0 && LOCATIVE_CONNECTORS.has(w)) : -1;
    const place = at > 0 ? rest.slice(at + 1) : [];
    if (place.length > 0 && place.length <= 3 && place.every((w) => CAPITALISED_WORD.test(w) && !ORG_HEADS.has(norm(w)))) out.push({ kind: 'place', name: place.join(' '), pos, fixed: false });
    return;
  }
  // "East Azerbaijan", "Western Cape": a compass word before a known place names a region of it.
  // "Kildare North", "Dublin Bay South": a known place before a compass word is a constituency or part of it.
  if (!titled && rest.length === 2 && ((COMPASS.has(lowerRest[0]!) && gazLookup(rest.slice(1))?.kind === 'place') || (COMPASS.has(lowerRest[1]!) && gazLookup(rest.slice(0, 1))?.kind === 'place'))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Ahoada West", "Freeport East", "Yewa North": a name that is no everyday word, no demonym ("Canadian
  // North" is an airline) and no given name before a point of the compass is a part of a place, a zone or a constituency; a person's surname
  // ("Kanye West", "Delonte West") follows a given name or a title, or the article goes on to use it alone.
  if (!titled && !ctx.roleBefore && rest.length === 2 && COMPASS_POINTS.has(lowerRest[1]!) && PERSON_NAME_WORD.test(rest[0]!) && !GIVEN_NAMES.has(lowerRest[0]!) && !DEMONYMS.has(lowerRest[0]!) && !(lex?.isCommon(rest[0]!) ?? true) && !(ctx.aloneAsActor?.(rest[1]!) ?? false)) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Upper Coquetdale", "North Tyne": a compass word before a name that is no word, no given name and
  // nothing known names a part of a valley, a river or a district ("Upper House", "West Brom" are words).
  if (!titled && rest.length === 2 && COMPASS.has(lowerRest[0]!) && PERSON_NAME_WORD.test(rest[1]!) && !GAZ.has(lowerRest[1]!) && !GIVEN_NAMES.has(lowerRest[1]!) && lex !== undefined && !lex.has(rest[1]!)) {
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
  // "Thompson-Nicola Regional District", and "the Kenai Peninsula Borough said": the government of an
  // area, which a regional district always is and a borough or district is when it speaks.
  if (!titled && rest.length >= 3 && (lowerRest.slice(-2).join(' ') === 'regional district' || ((lowerRest[lowerRest.length - 1] === 'borough' || lowerRest[lowerRest.length - 1] === 'district') && ctx.speaksAfter === true))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "George Town", "Gordon Town": a given name before "Town" names a town, not a person called Town.
  if (!titled && rest.length === 2 && lowerRest[1] === 'town' && GIVEN_NAMES.has(lowerRest[0]!) && !GAZ.has(norm(rest.join(' ')))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Eastland Port", "Foyle Port": a name before "Port" is the company that runs a harbour; a place
  // named with "Port" puts it first (Port Louis) or after a word of the language (Grand Port).
  if (!titled && rest.length === 2 && lowerRest[1] === 'port' && PERSON_NAME_WORD.test(rest[0]!) && (gazLookup(rest.slice(0, 1))?.kind === 'place' || !(lex?.has(rest[0]!) ?? true))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Las Vegas for NamesCon" is a place and something else, not one place.
  // "Elliott Hill", "Rupert Brook", "Magnus Lysø Strand": a given name (and a middle name) before a place word that is also a common surname.
  // (Not a works or a dam named after someone: "Fred Haigh Dam", "Edgar Thomson Plant".)
  const surnamePlaceWord = GIVEN_NAMES.has(lowerRest[0]!) && !ctx.placeCue &&
    ((rest.length === 2 && SURNAME_PLACE_WORDS.has(lowerRest[1]!)) || (rest.length === 3 && THIRD_NAME_PLACE_WORDS.has(lowerRest[2]!)));
  // "Isla Whitford": English writes Isla as a given name far more than as Spanish's island, so before
  // one word that names no known place it opens a person's name.
  const givenPrefix = !ctx.foreign && rest.length === 2 && lowerRest[0] === 'isla' && !ctx.placeCue && !gazLookup(rest) && !isWorldPlace(rest);
  // ("River of Love" is a book's title: a river is named without "of".)
  const riverOf = lowerRest[0] === 'river' && lowerRest.includes('of');
  // ("Lower Lough Erne": a compass word may stand before the prefix; "Valley of the Kings": a place's
  // word opens the name before "of the".)
  const prefixAt = COMPASS.has(lowerRest[0]!) && rest.length >= 3 ? 1 : 0;
  const placeOfThe = rest.length >= 4 && rest[1] === 'of' && placeOfTheAt(rest.slice(0, 1), 'of', rest[2]) && !gazLookup(rest.slice(3));
  // A reserve or an area is a place when a name says which ("Moremi Game Reserve", "South East Marine
  // Protected Area", "Mistaken Point Ecological Reserve"), not a fund or a kind of zone ("the Capital
  // Reserve", "a Marine Protected Area"), nor a known body's name with a country's before it ("US Federal Reserve").
  const genericTract = /^(?:reserve|area)$/u.test(lowerRest[lowerRest.length - 1]!) &&
    (rest.slice(0, -1).every((w) => (lex?.isCommon(w) ?? true) && !PLACE_WORDS.has(norm(w))) || gazLookup(rest.slice(-2))?.kind === 'org');
  // ("The Province of the Eastern Cape": a known place after "of" is the name, whatever word closes it.)
  const placeOfAt = lowerRest.indexOf('of');
  const knownAfterOf = placeOfAt > 0 && gazLookup(rest.slice(placeOfAt + (lowerRest[placeOfAt + 1] === 'the' ? 2 : 1)))?.kind === 'place';
  // ("Mansa Central Market" is a place; "the Single Market", "the Stock Market" are an economy's.)
  const marketConcept = lowerRest[lowerRest.length - 1] === 'market' && MARKET_CONCEPTS.has(lowerRest[lowerRest.length - 2] ?? '');
  if (!titled && rest.length >= 2 && !surnamePlaceWord && !givenPrefix && !riverOf && !genericTract && !marketConcept && ((PLACE_WORDS.has(lowerRest[lowerRest.length - 1]!) && !knownAfterOf) || PLACE_PREFIXES.has(lowerRest[prefixAt]!) || (ctx.foreign && FOREIGN_PLACE_PREFIXES.has(lowerRest[prefixAt]!)) || placeOfThe) && !lowerRest.some((w) => AND_WORDS.has(w)) && !lowerRest.includes('for')) {
    // "U.S. McMurdo Station": a country's abbreviation qualifies the place.
    const lead = rest.length >= 3 && COUNTRY_ABBREVIATION.test(rest[0]!) ? gazLookup(rest.slice(0, 1)) : undefined;
    const country = lead?.kind === 'place' ? lead : undefined;
    if (country) out.push({ kind: 'place', name: country.canonical, pos, fixed: true });
    // "Estadio Félix Capriles de Cochabamba", "Stadio Olimpico di Roma": a stadium's town after it is a place of its own.
    const townAt = VENUE_HEADS.has(lowerRest[prefixAt]!) ? rest.findIndex((w, k) => k >= 2 && TOWN_LINKS.has(w) && (gazLookup(rest.slice(k + 1))?.kind === 'place' || isWorldPlace(rest.slice(k + 1)))) : -1;
    if (townAt > 0) {
      out.push({ kind: 'place', name: rest.slice(0, townAt).join(' '), pos, fixed: true });
      const town = gazLookup(rest.slice(townAt + 1));
      out.push({ kind: 'place', name: town?.kind === 'place' ? town.canonical : rest.slice(townAt + 1).join(' '), pos, fixed: true });
      return;
    }
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
  // "Rowan St Clair", "Judge St Ledger", "Liam St John-Baxter": after a known given name or a title, a
  // saint's title before the last word opens a surname, where alone it would open a place's name.
  const saintSurname = (w: string, k: number, ws: readonly string[]): boolean =>
    SAINT.test(w) && k === ws.length - 2 && SAINT_NAME.test(ws[k + 1]!) && !isPlaceWord(ws[k + 1]!) && !ORG_WORDS.has(norm(ws[k + 1]!)) &&
    (k === 0 ? titled : GIVEN_NAMES.has(norm(ws[0]!)) && ws.slice(0, k).every((x) => PERSON_NAME_WORD.test(x) && !TITLES.has(norm(x))));
  const functionWord = (w: string, k = -1, ws: readonly string[] = []): boolean =>
    (stop.has(w.toLowerCase()) && !(k === 0 && ws.length > 1 && functionWordAsGivenName(w, ws[1]!, first.sentenceStart, lex)) && !surnameMay(w, k, ws)) ||
    (NON_NAMES.has(norm(w)) && !(k === 0 && ws.length > 1 && givenNameBefore(w, ws[1]!)) && !surnameMay(w, k, ws) && !surnameAfterInitial(k, ws)) ||
    // "Christian Braun", not "Christian Democrats": a given name that is also a demonym opens a name before an unusual word.
    (demonymLike(w) && !(k === 0 && ws.length > 1 && givenNameBefore(w, ws[1]!) && !(lex?.isCommon(ws[1]!) ?? true) && !demonymLike(ws[1]!)) && !closingSurname(w, k, ws)) ||
    (TITLES.has(norm(w)) && !closingSurname(w, k, ws) && !saintSurname(w, k, ws) && !(k === 0 && ws.length > 1 && (titled || ONE_INITIAL.test(ws[1]!)) && GIVEN_NAME_TITLES.has(norm(w))));
  const commonWord = (w: string): boolean => functionWord(w) || (lex?.isCommon(w) ?? false);
  // "headquartered in Boulder, Colorado", "in Dadu district": the surroundings say place; a given name
  // opening a longer run says person ("Marion Hughes, Ohio").
  // Outside English the cue is a locative preposition of the language, and a given name or an
  // everyday word of the language ("en Conseil des ministres") is no place, even alone.
  // A word the language's cue table knows is an everyday word, unless what it stands for is a place
  // or a people ("i Ryssland" → russia).
  const everydayCue = (w: string): boolean => {
    const english = cueMeaning(w, ctx.language ?? '');
    return english !== undefined && gazLookup([english])?.kind !== 'place' && !DEMONYMS.has(norm(english));
  };
  // "i Odense Helle Brask": a given name with a surname after it inside the run starts a person.
  const foreignOk = (): boolean =>
    !GIVEN_NAMES.has(lowerRest[0]!) &&
    !rest.some((w, k) => ORG_WORDS.has(norm(w)) || everydayCue(w) || (ctx.lowercaseWords?.has(w.toLowerCase()) ?? false) || (k > 0 && k < rest.length - 1 && GIVEN_NAMES.has(lowerRest[k]!)));
  if (
    ctx.placeCue &&
    !titled &&
    rest.length <= 3 &&
    rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !functionWord(w)) &&
    !(rest.length > 1 && GIVEN_NAMES.has(lowerRest[0]!)) &&
    // "Several cities in …", "Three village schools", "Barrier islands migrate": an everyday word opening the sentence.
    !(rest.length === 1 && first.sentenceStart && i === 0 && commonWord(rest[0]!)) &&
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
  // (Outside English only a kind of body's noun right before the run says so: "netbeheerder Enexis".)
  if (ctx.orgCue && !titled && (!ctx.foreign || ctx.orgCue === 'noun')) {
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
      (!functionWord(rest[0]!) || (bodyNamedWithTitle && titleLength(rest, 0) > 0)) &&
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
  // "Natural Sciences and Engineering Research Council of Canada", "Mount Gambier and Districts Health
  // Service", "Kakamega County Water and Sanitation Company": a body's field or area, "and", and
  // everyday words closed by a body's word (and perhaps "of" a known place) are one name, when nothing
  // after the "and" is a name of its own.
  if (!titled && !ctx.foreign && fieldAndBody(rest, lex, ctx.placePrepBefore === true)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Marina di Ragusa", "Marina di Pisa": a town's seaside quarter named for the town is a place, though "Marina" is a given name too.
  if (!titled && rest.length >= 3 && rest[0] === 'Marina' && (rest[1] === 'di' || rest[1] === 'de') && (gazLookup(rest.slice(2))?.kind === 'place' || (rest.length === 3 && worldTownSize(rest[2]!) !== undefined))) {
    out.push({ kind: 'place', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Weymouth and Portland Chamber of Commerce": a body serving two places the lists know, named before its word.
  if (!titled && !ctx.foreign && servesTwoPlaces(rest)) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Highlands and Islands Enterprise", "Power and Water Corporation", "Pancyprian Sheep and Goat Farmers Union": in English, two
  // capitalised parts joined by "and" and closed by a body's own word are one body's name (two names would each need it).
  if (!titled && ctx.english && rest.length >= 3 && rest.length <= 8 && !rest.some((w) => w === 'of' || w === 'the' || w === 'for') && AND_CLOSED_BODY.has(norm(rest[rest.length - 1]!))) {
    const and = rest.indexOf('and');
    const left = rest.slice(0, and);
    const right = rest.slice(and + 1);
    if (and >= 1 && left.length <= 3 && right.length >= 2 && right.length <= 4 && rest.every((w) => w === 'and' || /^\p{Lu}/u.test(w)) &&
      !GIVEN_NAMES.has(norm(left[0]!)) && !gazLookup(right) && !gazLookup(right.slice(0, -1)) &&
      // (Not two names listed: the left part a name on its own, "Galway and Geological Survey Ireland", "Kryphsa FC and …".)
      !gazLookup(left) && !isWorldPlace(left) && !ORG_WORDS.has(norm(left[left.length - 1]!)) && !isAcronym(left[left.length - 1]!) &&
      // ("Waterways Ireland and Leitrim County Council": a body named by its field and its country ends the left part.)
      // (Nor one ending on a body the lists know: "Ireland Google and Digital Agency".)
      !(left.length >= 2 && gazLookup(left.slice(-1))?.kind === 'place') && gazLookup(left.slice(-1))?.kind !== 'org') {
      out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
      return;
    }
  }
  // A person and where they work: "Marco Pozzi" and "Politecnico di Milano".
  for (let k = 2; k < rest.length; k++) {
    const body = bodyAfterParticle(rest, k);
    if (body < 0) continue;
    recurse(rest.slice(0, k));
    recurse(rest.slice(body), { ...first, sentenceStart: false });
    return;
  }
  // Split at connectors ("Putin and Obama", "President of Syria") and look for gazetteer spans; a
  // body's "X of Y" before an "and" is split at the "and" only, so that it stays whole ("Ministry of
  // Defence and Foreign Office").
  // ("Mongolian Academy of Sciences and Hokkaido University": the body's word may come after its qualifier.)
  const firstAnd = rest.findIndex((w) => AND_WORDS.has(w));
  // ("Kisumu County Department of Health and …": the body's word may follow the place it serves.)
  const bodyOfBeforeAnd = firstAnd > 0 && lowerRest.some((w, k) => k + 1 < firstAnd && k <= 2 && ORG_WORDS.has(w) && /^(?:of|for|on)$/.test(lowerRest[k + 1]!) && rest.slice(0, k).every((x, j) => CAPITALISED_WORD.test(x) && (!GAZ.has(norm(x)) || (j === 0 && k === 2 && GAZ.get(norm(x))?.kind === 'place' && PLACE_WORDS.has(norm(rest[1]!))))));
  const splitAt = bodyOfBeforeAnd ? AND_WORDS : connectors;
  const parts: string[][] = [];
  let part: string[] = [];
  for (const [k, w] of rest.entries()) {
    // "Victoria University of Wellington", "Bank of Ghana": a body's word, "of" and a known place stay one name.
    const bodyOfPlace = w === 'of' && part.length >= 2 && ORG_WORDS.has(norm(part[part.length - 1]!));
    // "Trinidad and Tobago Red Cross Society": the "and" of a known place's own name joins nothing.
    const insidePlace = connectorInsidePlace(rest, k) || placeOfTheAt(part, w, rest[k + 1]);
    if (splitAt.has(w) && connectors.has(w) && w !== '&' && !PARTICLE_RE.test(w) && !NAME_PARTICLES.has(w) && !bodyOfPlace && !insidePlace) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(w);
  }
  if (part.length) parts.push(part);
  // The place after "of" must be a known one, and all of what follows: otherwise "of" parts as before.
  if (splitAt.has('of')) {
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const of = p.indexOf('of');
      if (of > 0 && of < p.length - 1 && gazLookup(p.slice(of + 1))?.kind !== 'place' && !placeOfTheAt(p.slice(0, of), 'of', p[of + 1])) parts.splice(k, 1, p.slice(0, of), p.slice(of + 1));
    }
  }
  // "Energy and Petroleum Regulatory Authority", "Causeway Coast and Glens Borough Council": everyday
  // words before an "and" and a body's name are the body's field or area, no name of their own.
  const joinedByAnd = rest.every((w) => !connectors.has(w) || AND_WORDS.has(w));
  const everyday = (w: string): boolean => !GAZ.has(norm(w)) && !GIVEN_NAMES.has(norm(w)) && (lex?.isCommon(w) ?? false);
  // (Perhaps after the nation or the place it serves: "Norwegian Water Resources and Energy Directorate",
  // "Antigua Trades and Labour Union", "Kakamega County Water and Sanitation Company".)
  const servedPlace = (p: string[]): number => {
    // ("Sughd Fruit and Vegetable Exporters’ Association": a region the world list knows serves too.)
    if (p.length < 2 || !(DEMONYMS.has(norm(p[0]!)) || gazLookup(p.slice(0, 1))?.kind === 'place' || isWorldRegion(p[0]!))) return 0;
    return norm(p[1]!) === 'county' ? 2 : 1;
  };
  const fieldOnly = (p: string[], k: number): boolean => (p.length === 1 || !ORG_WORDS.has(norm(p[p.length - 1]!))) && p.slice(k === 0 ? servedPlace(p) : 0).every(everyday);
  // "Antrim and Newtownabbey Borough Council", "Perth and Kinross Council": a council named for the two
  // areas it joined, alone or after another body ("Mid Ulster District Council and Antrim and …").
  if (joinedByAnd) {
    for (let k = 0; k + 1 < parts.length; k++) {
      const [area, council] = [parts[k]!, parts[k + 1]!];
      const opensBody = k === 0 || ORG_WORDS.has(norm(parts[k - 1]![parts[k - 1]!.length - 1]!));
      // (Not a public body named for its field and place, "Waterways Ireland and Leitrim County Council".)
      if (opensBody && area.length <= 2 && area.every((w) => CAPITALISED_WORD.test(w) && !ORG_WORDS.has(norm(w))) && !isPublicService(area) && council.length >= 2 && council.length <= 4 && norm(council[council.length - 1]!) === 'council') {
        parts.splice(k, 2, [...area, 'and', ...council]);
      }
    }
  }
  if (parts.length === 1 && parts[0]!.length === rest.length && rest.includes('and') && joinedByAnd && lastRest === 'council') {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  if (parts.length > 1 && joinedByAnd && ORG_WORDS.has(lastRest) && parts[parts.length - 1]!.length >= 2 && parts.slice(0, -1).every((p, k) => fieldOnly(p, k))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  if (parts.length > 1) {
    // Only the first part can open the sentence ("Residents of Gelugor": "Gelugor" does not).
    // Every part but the last goes on into the next one.
    let personBefore = false;
    let cursor = 0;
    parts.forEach((p, k) => {
      // Parts keep the run's order, so each starts at the first match of its words from where the last one ended.
      const start = rest.findIndex((_, at) => at >= cursor && p.every((w, d) => rest[at + d] === w));
      cursor = start + p.length;
      const from = out.length;
      recurse(p, k === 0 ? first : { ...first, sentenceStart: false }, {
        continuesAfter: k < parts.length - 1 || ctx.continuesAfter === true,
        ...(personBefore && homeAfterPerson(p, rest[start - 1], lex) ? { placeCue: true } : {}),
      });
      const typed = out.slice(from);
      personBefore = p.length === 2 && typed.length === 1 && typed[0]!.kind === 'person' && typed[0]!.name === p.join(' ');
    });
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
      // Irish "Ó", "Ní" inside a name ("Pádraig Ó Fearghail", "Niamh Ní Bhriain").
      (k > 0 && k < rest.length - 1 && INNER_PARTICLES.has(w)) ||
      // A saint's title opening the surname, abbreviated ("Gavin St. Germain").
      (k > 0 && k === rest.length - 2 && SAINT.test(w)) ||
      // Run-together initials ("T.V. Narendran"), unless they spell a known name ("U.S.").
      (/^(?:\p{Lu}\.){2,3}$/u.test(w) && !GAZ.has(norm(w))),
  );
  // "Tran Hong Ha", "Le Thi Thu Hang": a Vietnamese family name, then two or three one-syllable
  // names, any of which may also be an English word or a weekday's abbreviation.
  if (vietnameseName(rest)) {
    out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: !titled });
    return;
  }
  // "Min Khant Zaw", "U Tin Maung Oo": a Myanmar name, maybe after its honorific.
  const burmese = burmeseNameWords(rest);
  if (burmese !== undefined) {
    out.push({ kind: 'person', name: burmese.join(' '), pos, fixed: false, weak: !titled && burmese.length === rest.length });
    return;
  }
  // "Paris Agreement", "US Open", "Minsk Protocol": a known place opening the name of a treaty or
  // a tournament names neither the place nor anything this extractor lists.
  if (!titled && spans.length > 0 && spans[0]!.start === 0 && spans[0]!.e.kind === 'place' && rest.length >= 2 && NAMED_AFTER_PLACE.has(lowerRest[lowerRest.length - 1]!)) return;
  // "Yiaga Africa", "Airtel Africa": a word no list knows before a continent's name is a body's name; a
  // continent's parts are named by compass words and adjectives the lists know ("West Africa", "Southeast Asia").
  if (!titled && !ctx.foreign && spans.length === 1 && rest.length >= 2 && rest.length <= 3 && spans[0]!.start === rest.length - 1 && CONTINENT.test(rest[rest.length - 1]!) &&
    rest.slice(0, -1).every((w) => NAME_SHAPED_WORD.test(w) && !commonWord(w) && !GAZ.has(norm(w)) && !DEMONYMS.has(norm(w)) && !COMPASS.has(norm(w)) && !GIVEN_NAMES.has(norm(w)) && !PLACE_PREFIXES.has(norm(w)) && !ADJECTIVE_ENDING.test(w))) {
    out.push({ kind: 'org', name: rest.join(' '), pos, fixed: true });
    return;
  }
  // "Travis Van Zante", "Anna De Luca": a known place after a given name and a capitalised particle is a surname.
  const lastSpan = spans[spans.length - 1];
  const particleSurname = lastSpan !== undefined && !titled && lastSpan.e.kind === 'place' && lastSpan.start >= 2 && lastSpan.start + lastSpan.len === rest.length && INNER_PARTICLES.has(rest[lastSpan.start - 1]!) && GIVEN_NAMES.has(lowerRest[0]!);
  if (spans.length > 0 && !particleSurname) {
    const covered = spans.reduce((a, s) => a + s.len, 0);
    const last = spans[spans.length - 1]!;
    // A known name closing the run qualifies what precedes it ("Obama White House", "Franklin Tennessee");
    // one opening it may be a given name ("Jordan Peterson").
    // A known given name opening the run makes the closing one a surname ("George Washington", "Kevin Palau").
    // So do two given names ("Rosa María Villarreal", "Mary Jane Everton").
    // So does a given name and a first surname in Portuguese and Spanish, which write two ("Thiago
    // Albuquerque Lima", "Pedro Castro Toledo"), there or after a role's noun in English.
    // ("Rosa Isela Batista Holguín", "María Fernanda López Valencia": or two given names and two surnames.)
    const givenWords = rest.length === 4 && GIVEN_NAMES.has(lowerRest[1]!) ? 2 : 1;
    const twoSurnames = nameShaped && rest.length === givenWords + 2 && last.len === 1 && last.start === rest.length - 1 && GIVEN_NAMES.has(lowerRest[0]!) && (IBERIAN_LANGUAGES.has(ctx.language ?? '') || ctx.roleBefore === true) &&
      !rest.some((w) => ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)) || commonWord(w));
    const givenNamesBefore = twoSurnames || (nameShaped && rest.length <= 3 && last.len === 1 && last.start === rest.length - 1 && lowerRest.slice(0, last.start).every((w) => GIVEN_NAMES.has(w)));
    // "doctoral student Biswajit Tripura": after a role's noun, an unknown name's word and a known place are a given name and a surname.
    const surnameAfterRole = ctx.roleBefore === true && rest.length === 2 && last.start === 1 && nameShaped && !commonWord(rest[0]!) && !GAZ.has(lowerRest[0]!) && !DEMONYMS.has(lowerRest[0]!) && !ORG_WORDS.has(lowerRest[0]!);
    const endsRun = last.start + last.len === rest.length && !titled && !givenNamesBefore && !surnameAfterRole;
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
    // (A name's particle after one word the lists know as a place, and nothing else they know, is no
    // everyday word: "Jordan de Freitas-Lowe", "Plano de Recuperação e Resiliência".)
    // (Not a club's name, "Sampdoria al Luigi Ferraris", nor a country's before another language's "and", "China da Turkiyya".)
    const givenThenParticle = spans.length === 1 && spans[0]!.start === 0 && spans[0]!.len === 1 &&
      (GIVEN_NAMES.has(lowerRest[0]!) || (spans[0]!.e.kind === 'place' && !(ctx.foreign && COUNTRIES.has(spans[0]!.e.canonical))));
    if (covered === rest.length || endsRun || ctx.nounCaps || !nameShaped || rest.some((w, k) => commonWord(w) && !(givenThenParticle && k > 0 && k < rest.length - 1 && SURNAME_PARTICLES.has(w)))) {
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
    // "Dawn Salt, 58,": an age after two or three words that name no place or body makes them a person's name.
    if (ctx.ageAfter && content.length >= 2 && content.length <= 3 && !content.some((w) => functionWord(w) || ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)))) return true;
    // "said Semi Drauna, who manages …": before an unusual surname and a "who" clause, the first word is a given name whatever else it means.
    if (ctx.whoAfter && content.length === 2 && common.length === 1 && common[0] === content[0] && !functionWord(content[0]!) && !ORG_WORDS.has(norm(lastWord)) && !PLACE_WORDS.has(norm(lastWord))) return true;
    // After a role noun the first word is the given-name slot, whatever else it means ("Miles Hurrell").
    if (ctx.roleBefore && content.length <= 3 && !common.includes(lastWord) && common.every((w) => w === content[0])) return true;
    // "chief executive Bill Staples", "coach Avram Grant": after a role noun, a given name or an unusual
    // word opens the name, and the surname may be an everyday word.
    if (ctx.roleBefore && content.length === 2 && (GIVEN_NAMES.has(norm(content[0]!)) || !common.includes(content[0]!)) && !functionWord(lastWord) && !ORG_WORDS.has(norm(lastWord)) && !PLACE_WORDS.has(norm(lastWord))) return true;
    // "Faith Wambui-Otieno", "Mercy Johnson-Okojie": before a double-barrelled surname of unusual
    // words, the first word is a given name whatever else it means; so is a virtue name before an
    // unusual word ("Precious Moyo").
    if (content.length === 2 && common.length === 1 && common[0] === content[0] && (doubleBarrelled(lastWord, lex) || EVERYDAY_GIVEN_NAMES.has(content[0]!) || (EVERYDAY_ENGLISH_GIVEN_NAMES.has(content[0]!) && !(first.sentenceStart && first.bare === content[0] && ctx.whoAfter !== true)))) return true;
    // Only short words: a longer one is more often a title or a word of the sentence ("Commander-in-Chief Al Gore").
    if (titledRun && !common.includes(lastWord) && common.every((w) => w.length <= 4)) return true;
    // "Mr Prosper Dzakpasu", "Eng Hope Mensah": after a short honorific, the first of two words is a given name
    // whatever else it means, when the surname is unusual.
    if (titledRun && content.length === 2 && common.length === 1 && common[0] === content[0] && /^\p{L}{2,4}\.?$/u.test(lastTitle) && !functionWord(content[0]!) && !ORG_WORDS.has(norm(content[0]!)) && !PLACE_WORDS.has(norm(content[0]!))) return true;
    // After a title, a known given name and one more word are a person whatever that word means ("Chief Executive Elliott Hill").
    if (titledRun && content.length === 2 && GIVEN_NAMES.has(norm(content[0]!)) && !functionWord(lastWord) && !ORG_WORDS.has(norm(lastWord))) return true;
    // "Julius Maada Bio", "Dr Lim Hui Min": a known given name or a title, an unusual word, and a short
    // surname that is also an everyday word.
    // ("Jimmy Kimmel Live" is a show.)
    if (content.length === 3 && common.length === 1 && common[0] === lastWord && lastWord.length <= 4 && (titledRun || GIVEN_NAMES.has(norm(content[0]!))) &&
      !functionWord(lastWord) && !SHOW_WORDS.has(norm(lastWord)) && !content.some((w) => ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)))) return true;
    // "Fiona K. Grant", "Mercy O. Chirwa": a known given name and a middle initial say person, whatever the
    // given name or the surname means.
    if (content.length === 3 && common.length === 1 && common[0] !== content[1] && givenNameOverInitial(content) &&
      !functionWord(lastWord, 2, content) && !ORG_WORDS.has(norm(lastWord)) && !PLACE_WORDS.has(norm(lastWord))) return true;
    // "Jocelyn Bell Burnell": a known given name, a middle name that is an everyday word, an unusual surname.
    if (content.length === 3 && common.length === 1 && common[0] === content[1] && GIVEN_NAMES.has(norm(content[0]!)) && !content.some((w) => ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)))) return true;
    // "after Will Reichard kicked": a function word that is a given name, inside a sentence, before an unusual word.
    if (content.length === 2 && common.length === 1 && common[0] === content[0] && functionWordAsGivenName(content[0]!, content[1]!, first.sentenceStart, lex)) return true;
    // Outside English the lexicon's everyday words are English ones ("Gabriel Boric"): the surname
    // counts unless the article writes it in lower case too.
    const everydayHere = ctx.foreign && (ctx.nounCaps || (ctx.lowercaseWords?.has(lastWord.toLowerCase()) ?? true));
    return (
      !everydayHere &&
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
      // ("Michael A. Goodson", "Mercy O. Chirwa": a middle initial is no function word "a" or "o"; nor
      // is one after a title, "Judge A. Smith".)
      !content.some((w, k) => functionWord(w, k, content) && !bareInitial(w) && !((k > 0 || titled) && k < content.length - 1 && ONE_INITIAL.test(w))) &&
      commonInNameOk(content, titled) &&
      // "H. R." is a bill number's prefix, not a person; a name ends on a word, not an initial.
      !initial(content[content.length - 1]!) &&
      // "Estonian Biobank": a demonym opens no one's name, unless it is also a given name ("Roman", "Norman").
      // "past Te Ngae", "working with Te Roroa": in English the Māori article before one word names a place or a people.
      (titled || (!NON_PERSON_FIRST.has(lowerRest[0]!) && !ctx.noPerson && !(DEMONYMS.has(lowerRest[0]!) && !GIVEN_NAMES.has(lowerRest[0]!)) && !(ctx.english && rest.length === 2 && rest[0] === 'Te')))
    ) {
      if (titled || !ctx.foreign) {
        out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: !titled && !ctx.ageAfter });
        return;
      }
      // After a role's or an office's noun written small, the name is its holder's, given name known or not
      // ("wethouder Annet Vermeer-Brouwer", "le maire Annick Pouliquen").
      // (Not a club's or a body's name before the holder, "trener Stali Grzegorz Maciejewski": a given name inside
      // the run opens the person, below.)
      const givenAt = rest.findIndex((w) => GIVEN_NAMES.has(norm(w)));
      if (ctx.roleBefore && rest[0] === ctx.roleFirst && content.length <= 3 && givenAt <= 0 && !rest.some((w) => ORG_WORDS.has(norm(w)) || PLACE_WORDS.has(norm(w)) || GAZ.has(norm(w)))) {
        out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: false });
        return;
      }
      // Hungarian writes the family name first ("Szabó István", "Nagy-Balogh Judit").
      if (ctx.language === 'hu' && rest.length <= 3 && GIVEN_NAMES.has(norm(rest[rest.length - 1]!)) && !GIVEN_NAMES.has(lowerRest[0]!)) {
        out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: false });
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
      // Or with one declined ("według Mikołaja Ostapczuka", "podle Tomáše Hájka").
      if (rest.length === 2 && slavicPersonNominative(rest.join(' '), ctx.language ?? '') !== undefined) {
        out.push({ kind: 'person', name: rest.join(' '), pos, fixed: false, weak: false });
        return;
      }
    }
    // "farmers in Spanish Lookout": where a place's cue stands, a demonym before one word no list knows
    // opens the place's name (the word alone would be read as the place).
    if (ctx.english && ctx.placeCue && !titled && rest.length === 2 && DEMONYMS.has(lowerRest[0]!) && CAPITALISED_WORD.test(rest[1]!) && !GAZ.has(lowerRest[1]!) && !ORG_WORDS.has(lowerRest[1]!) && !GIVEN_NAMES.has(lowerRest[1]!)) {
      out.push({ kind: 'place', name: rest.join(' '), pos, fixed: false });
      return;
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
