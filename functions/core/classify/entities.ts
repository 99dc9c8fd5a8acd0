/**
 * Named-entity extraction tuned for news text: capitalised-sequence candidates typed by a small
 * gazetteer (countries, cities, organisations, news outlets), title/honorific cues and name
 * shape, then alias merging so each entity appears once under its longest full form.
 */
import type { EntitySet } from '../article.js';
import type { Lexicon } from './lexicon.js';
import { CLUB_AFTER, foreignOrgCueAt, foreignOrgNoun, isCamelBrand, LIST_BEFORE, orgCueAt, TEAM_ROLE_AFTER } from './org-cues.js';
import { ALL_STOPWORDS } from './stopwords.js';
import { charBefore, letterAt, letterBefore, someOccurrence, wholeWordMentions, wholeWordPositions } from '../words.js';
import { isOnWorldList, isWorldPlace, isWorldRegion, worldTownSize } from './world-places.js';
import { CASELESS_LANGUAGES, caselessPlaceMentions } from './entities/caseless.js';
import { HAN_NAME_LANGUAGES, HAN_SCRIPT, hanNameMentions } from './entities/han-names.js';
import { SLAVIC_ADJECTIVE, SLAVIC_ADJECTIVE_GENITIVE, SLAVIC_ADJECTIVE_NOMINATIVE, SLAVIC_LANGUAGES, slavicCaseFormOf, slavicCaseFormsOfOnePlace } from './entities/slavic-case.js';
import { acronymOf, AND_WORDS, BLOCS, EN_STOPWORDS, BRANCH_WORDS, countryOffice, germanTown, BUILDING_WORDS, CAPITALISED_WORD, CASE_SENSITIVE, CLUB_PLACES, type Cluster, COMPANY_NAMES, COMPASS, connectorsFor, COUNTRIES, DEMONYMS, directionalPlaceWord, FOREIGN_DIRECTION_PREPS, FOREIGN_PLACE_PREPS, GAZ, GAZ_PREFIXES, gazLookup, germanPlaceShaped, GIVEN_NAMES, type Kind, LEGAL_ENDINGS, type Mention, NAME_ARTICLES, NAME_PARTICLES, namesStreet, NON_NAMES, norm, OFFICE_LIST_BEFORE, ORG_HEADS, ORG_TAILS, ORG_WORDS, PERSON_NAME_WORD, REGIONS_NAMED_LIKE_CLUBS, SAINT, SENTENCE_OPENERS, PLACE_CASE_ENDINGS, PLACE_PREPS, PLACE_WORDS, RIVAL_NAMES, SIDES_AND_LEAGUES, spellsAcronym, SPORTS_CANONICAL, SPORTS_ONLY, STREET_WORDS, TITLE_QUALIFIERS, TITLES, type Token, UNIVERSITY_ABBREVIATIONS, unlistedName } from './entities/tables.js';
import { findRuns, isAcronym, isPublicService, takeLowercasePhrases, tokenizeForNames, withoutGermanGenitive } from './entities/tokens.js';
import { EVERYDAY_GIVEN_NAMES, foreignFunctionWordAsGivenName, functionWordAsGivenName, givenNameOverInitial, pluralBeforeBodyWord, REGNAL_TITLE, type RunContext, surnameAfterInitial, surnameMay, typeRun, vietnameseName } from './entities/type-run.js';
import { pluralFieldOpens, speakingRegionBody } from './entities/region-bodies.js';
import { withLeadingApostrophe } from './entities/leading-apostrophe.js';
import { locatedAfterComma } from './entities/locative-apposition.js';
import { slavicPlaceNominative } from './entities/slavic-nominative.js';
import { SUFFIX_CASE_LANGUAGES, suffixPlaceNominative } from './entities/suffix-nominative.js';
import { CYRILLIC_LANGUAGES, cyrillicPlace } from './entities/cyrillic-places.js';
import { namedBeforeFeatureNoun } from './entities/feature-nouns.js';
import { acronymCuedAsBody } from './entities/acronym-cues.js';
import { withSharedCompassNames } from './entities/compass-lists.js';
import { withLowercaseHeads } from './entities/lowercase-heads.js';
import { sentenceCaseBodies } from './entities/spelt-bodies.js';
import { withTrailingHeads } from './entities/trailing-heads.js';
import { germanNominative } from './entities/german-nominative.js';
import { DESCRIBED, germanSideName, printsScores, splitAtGermanGenitive, splitAtGermanPerson, withoutGermanDescriptor } from './entities/german-runs.js';
import { opensOnFirmDescriptor, withNordicBodies } from './entities/nordic-bodies.js';
import { withSlavicBodies } from './entities/slavic-bodies.js';
import { withRoadNumbers } from './entities/road-numbers.js';
import { withClubNumbers } from './entities/club-numbers.js';
import { withSidesBeforeScores } from './entities/scored-sides.js';
import { withCelticPlaceNames } from './entities/celtic-places.js';
import { withLinkedPlaceNames } from './entities/linked-places.js';
import { withJournalTitles } from './entities/journal-titles.js';
import { burmeseName, burmeseNameWords } from './entities/burmese-names.js';
import { articleBeforeAcronym, bodiesReferredToAsIts, bracketedAfterName, CLIMBED_BEFORE, describedAsBody, FORMER_PLACE_BEFORE, FEATURE_NOUN_OF_THE, clubsByInitials, type CommaName, commaNames, namedForTown, townAfterClubName, gazetteerSpans, germanPortfolioNames, givenNameBefore, IN_NOT_PLACE, DUTCH_NOT_PLACE, DUTCH_PLACE_COMPOUND, DUTCH_PLACE_PREPOSITION_BEFORE, FOREIGN_PLACE_BEFORE_OF, FOREIGN_ROLE_BEFORE, GERMAN_ARTICLE_BEFORE, ROMANCE_LANGUAGES, GERMAN_BARE_NOUN_PHRASES, GERMAN_NOUN_SHAPED, GERMAN_TOWN_SUFFIX, LONE_PLACE_PREPOSITION, NORDIC_NAME_ADJECTIVES, NORDIC_ROLE_BEFORE, POLISH_INSTRUMENTAL, isHeadline, NOT_PLACE_NOUN_BEFORE_OF, ROMANCE_FEASTS, ROMANCE_NOUN_OF, isLocative, isNamedPlace, isShouted, JOURNEY_TO, lineRanges, lineupRange, LIST_CONJUNCTIONS, listedWithBodies, listedWithPlace, namedAsSide, namesSpanEnd, namesSportsTwice, NEAR_WORDS, NO_PERSON_BEFORE, PLACE_BEFORE_OF, placeCueAt, PLANETS, precedingWord, rangeCursor, ROLE_BEFORE, romancePortfolioNames, sideCueAt, sideShaped, type Single, singleAt, SPORTS_LOCATIVES, TERM_ACRONYMS, townClub, townWhereSentenceSaysPlace, VENUE_NOUN_AFTER, wholeLineIf, writesAloneAsActor } from './entities/cues.js';
import { pairedWithPlace } from './entities/span-pairs.js';

/** Describing words that open a body's name of two words ("Southern Railway", "Foreign Office", "Federal Police"). */
const BODY_NAME_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'national', 'federal', 'foreign', 'home', 'royal', 'state', 'public', 'civil', 'supreme', 'high', 'international', 'metropolitan']);
/** Words that open a sentence before a firm's name without being part of it: adverbs, and words that describe the firm ("Rival NMB Bank Plc"). */
const OPENS_BEFORE_FIRM = /^(?:\p{L}+ly|Yesterday|Today|Tonight|Tomorrow|However|Meanwhile|Earlier|Later|Instead|Elsewhere|Overall|Nevertheless|Nonetheless|Still|Now|Then|Also|Already|Here|There|Last|Next|Thus|Hence|Therefore|Since|After|Before|Rival|Rivals|Fellow|Local|Former|Smaller|Larger|Bigger|Listed|Troubled|Struggling|Embattled|Parent|Sister|Unlisted|Privately)$/u;
/** German articles a sentence may open a name's run with. */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['Die', 'Der', 'Den', 'Dem', 'Des']);
/** A listed body's or place's initials opening a compound: "ÖBB-Tochter", "SPD-Chef", "EU-Kommission". */
const ACRONYM_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}{2,6})-\p{Lu}\p{Ll}[\p{L}-]*/gu;

/**
 * German and Dutch join a body's initials to a noun ("die ÖBB-Tochter Rail Cargo Austria", "SPD-Chef
 * Lars Klingbeil"): the body is named there, though the runs read the compound as a role or a word.
 */
function withAcronymsOpeningCompounds(mentions: Mention[], body: string): void {
  if (!/\p{Lu}{2}-\p{Lu}/u.test(body)) return;
  for (const m of body.matchAll(ACRONYM_COMPOUND)) {
    const known = GAZ.get(norm(m[1]!));
    // A compound the lists know is a name of its own ("EU-Kommission", the European Commission).
    if (known === undefined || GAZ.has(norm(m[0]))) continue;
    mentions.push({ kind: known.kind, name: known.canonical, pos: m.index, fixed: true });
  }
}

/** How far into its run a mention's name may be written. */
const MAX_RUN_LEAD = 40;
/**
 * A place's preposition and "the" before a name: "in the Columbus Channel", "across the Minch".
 * Narrower than FEATURE_PREP_BEFORE_THE below: "on", "to" and "from the … Channel" name broadcasters.
 */
/**
 * A verb of saying that the Romance languages set before its subject, after a quotation ("…», spiega
 * Ivano Soppelsa", "explicó la vulcanóloga Javiera Quilodrán", "afirmou o presidente da cooperativa, Osmar
 * Kuhnen"), maybe with the speaker's article and job between: the name after it is a person's, whatever
 * its given name.
 */
const SPEECH_VERB_BEFORE = new RegExp(String.raw`[”»"’]\s*[,.]?\s*(?:dijo|explicó|contó|señaló|afirmó|añadió|agregó|aseguró|indicó|comentó|detalló|precisó|advirtió|recordó|relató|sostuvo|apuntó|subrayó|destacó|declaró|reconoció|admitió|insistió|lamentó|dice|explica|cuenta|señala|afirma|añade|agrega|asegura|indica|comenta|advierte|recuerda|sostiene|apunta|subraya|destaca|spiega|racconta|afferma|aggiunge|sottolinea|osserva|commenta|ricorda|conferma|dichiara|ammette|conclude|avverte|spiegò|raccontò|disse|afirmou|explicou|contou|declarou|acrescentou|ressaltou|lembrou|comentou|avaliou|diz|conta|ressalta|avalia|observa|explique|raconte|indique|souligne|ajoute|confie|estime|déclare|assure|résume|poursuit|observe|note|relève|explica|va dir|diu|assegura)\s+(?:(?:la|el|il|lo|le|l['’]|o|a)\s*\p{Ll}[\p{Ll}-]{2,}(?:(?:\s+[^\s,.;:!?«»“”"]+){1,8}?\s*,)?\s+)?$`, 'u');
const PLACE_PREP_THE_BEFORE = /(?:^|[^\p{L}])(?:in|into|across|through|along|off|crossing)\s+the\s+$/u;
/** The last word of a league's or a cup's name. */
const COMPETITION_LAST_WORD = /\s(?:League|Division|Cup|Championship|Premiership|Liga|Ligue)$/u;

/**
 * A country written right before a listed league's name is part of it: "the Rwanda Premier League",
 * "the Kenya Premier League" are their own countries' leagues, not England's.
 */
function withCountryBeforeLeague(mentions: Mention[], body: string): void {
  for (const league of mentions) {
    if (league.kind !== 'org' || !SIDES_AND_LEAGUES.has(league.name) || !COMPETITION_LAST_WORD.test(league.name)) continue;
    // (A mention starts where its run does: "Rwanda Premier League" holds the league's name further on.)
    const at = body.indexOf(league.name, league.pos);
    if (at < 1 || at - league.pos > MAX_RUN_LEAD || body[at - 1] !== ' ') continue;
    const country = mentions.find((o) => o.kind === 'place' && COUNTRIES.has(o.name) && body.startsWith(o.name, at - 1 - o.name.length) && o.pos <= at - 1 - o.name.length);
    if (country === undefined) continue;
    mentions.splice(mentions.indexOf(country), 1);
    const start = at - 1 - country.name.length;
    league.name = body.slice(start, at + league.name.length);
    league.pos = start;
    league.fixed = true;
  }
}

/**
 * A compound of everyday words opening a sentence before a person's given name and surname
 * ("Seventeen-year-old Lachie Willson", "Full-forward Zac Florance"), not a place's or a body's
 * ("Chicago-based", "Co-operative Bank of Kenya").
 */
function describingCompound(toks: readonly Token[], lexicon: Lexicon | undefined): boolean {
  const m = /^(\p{Lu}\p{Ll}+)(?:-\p{Ll}+)+$/u.exec(toks[0]!.bare);
  return m !== null && toks.length === 3 && (lexicon?.isCommon(m[1]!) ?? false) && GIVEN_NAMES.has(norm(toks[1]!.bare)) && !ORG_WORDS.has(norm(toks[2]!.bare));
}

/**
 * "Air Chathams said …": an airline's name opening the sentence, "Air" and one unknown name, which the
 * sentence's first everyday word would otherwise be taken off ("Air Force" and "Air Marshal" are a
 * body and a rank; "Air Mauritius" is read by its country). So is a name and "Air" ("Calm Air, which
 * flies to Churchill", "Precision Air plans …"), whatever the name's word.
 */
function airlineOpensSentence(toks: readonly Token[], lexicon: Lexicon | undefined): boolean {
  if (toks.length === 2 && toks[1]!.bare === 'Air' && !toks[1]!.possessive) return /^\p{Lu}\p{Ll}{2,}$/u.test(toks[0]!.bare) && !ALL_STOPWORDS.has(toks[0]!.bare.toLowerCase()) && !TITLES.has(norm(toks[0]!.bare));
  if (toks.length !== 2 || toks[0]!.bare !== 'Air') return false;
  const name = toks[1]!.bare;
  return CAPITALISED_WORD.test(name) && !GIVEN_NAMES.has(norm(name)) && !(lexicon?.isCommon(name) ?? true) && !TITLES.has(norm(`Air ${name}`)) && !ORG_WORDS.has(norm(`Air ${name}`));
}

/**
 * An article right before a word, in the languages whose towns take none ("la Corte", "un Paese",
 * "l'Union"); in a match report it names a town's club ("il Catanzaro", "l'Olot").
 */
const ARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  fr: /(?:^|[\s(«“"])(?:le|la|les|l['’]|un|une)\s*$/u,
  it: /(?:^|[\s(«“"])(?:il|lo|la|le|l['’]|i|gli|un|uno|una|un['’])\s*$/u,
  es: /(?:^|[\s(«“"])(?:el|la|los|las|un|una)\s*$/u,
  ca: /(?:^|[\s(«“"])(?:el|la|els|les|l['’]|un|una)\s*$/u,
};
/** Words that open a place's name before another place's: "Old Brahmaputra", "Little Andaman", "Upper Egypt". */
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(['Old', 'Little', 'Great', 'Greater', 'Upper', 'Lower', 'Middle', 'Inner', 'Outer']);
/**
 * A government's bodies that Spanish, Galician, Catalan and Dutch name by one capitalised word, each one
 * body in its country: the Xunta, the Generalitat, the Congreso, the Senado, the Rijk. Not a town's
 * ("el Ayuntamiento", "a Prefeitura", "la Giunta"): every town has one, and one feed for all of them
 * would mix unrelated councils.
 */
const GOVERNMENT_BODY_WORDS: ReadonlySet<string> = new Set(['Xunta', 'Generalitat', 'Congreso', 'Senado', 'Rijk']);
/** Definite articles before such a word: Spanish, Galician, Catalan, Portuguese, Italian and Dutch. */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'o', 'a', 'il', 'lo', 'het', 'del', 'al', 'do', 'da', 'no', 'na', 'della', 'dalla', 'alla', 'nella', 'dello', 'dal', 'nel']);
/** "– Jeg har drømt om det, sier Kristine Ryen Hoel.": the Nordic quote's verb of saying after its comma, before who said it. */
const NORDIC_SPEECH_VERB_BEFORE = /[,–—-]\s*(?:sier|sa|forteller|fortalte|legger til|la til|mener|påpeker|understreker|säger|sade|berättar|menar|tillägger|siger|sagde|fortæller|tilføjer|påpeger)\s+$/u;
const NORDIC_LANGUAGES: ReadonlySet<string> = new Set(['sv', 'da', 'nb', 'nn', 'no']);
/** Dutch prepositions of place longer than three letters, which open a sentence and no name: "Langs de Nete lopen …". */
const DUTCH_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['langs', 'naast', 'achter', 'rond', 'rondom', 'richting', 'nabij', 'tussen', 'vanuit', 'voorbij', 'buiten', 'binnen']);
/** Languages where a small "al" is a word of their own, not the particle of an Arabic name. */
const AL_IS_A_WORD: ReadonlySet<string> = new Set(['nl', 'es', 'ca', 'it']);
/** A company's common noun in the languages that write it small before the company's name. */
const COMPANY_NOUN_BEFORE = /^(?:société|entreprise|firme|compagnie|groupe|empresa|compañía|companhia|azienda|società|ditta|bedrijf|onderneming|firma|concern|selskapet|selskabet|bolaget|företaget|spółka|spółki|společnost|firmy|compania|grupul)$/u;
/** A club's letters after its town: "Esbjerg fB", "Luleå HF", "Kalmar FF". */
const CLUB_LETTERS_AFTER = /^\s+(?!\p{Lu}\p{Ll})\p{L}{0,4}\p{Lu}\p{L}{0,4}(?!\p{L})/u;
/**
 * What a sentence calls a body right after its name: ", the main opposition party", ", a cathode maker".
 * (English only, so written without \p{…} and the "u" flag: see "phrase lists" in docs/architecture.md.)
 */
const BODY_APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:party|movement|coalition|alliance|company|firm|bank|lender|insurer|airline|carrier|miner|retailer|broadcaster|newspaper|charity|operator|developer|manufacturer|maker|producer|supplier|start-up|startup|brewery|distillery|chain)(?![A-Za-z'’-])/;

/**
 * Most entities kept per kind: each is a feed entry and a counter write (about $1.25 per million
 * articles), and a match report or a policy story names more than 12 people, places or bodies often
 * enough that 12 cut a tenth of the names careful readers list. A regional story names more than 20
 * villages, suburbs and rivers often enough (6 of the 16 stories of `entities-en-7`) that 20 cut 2% of
 * its names; at 30 the development corpus carries 12.9 entities per article instead of 12.8.
 */
export const MAX_ENTITIES = 30;

/**
 * Whether "first second" also stands inside a sentence of the body ("… workers from Point Fortin"): then
 * an everyday word opening a sentence with it ("Point Fortin Borough Corporation mayor …") is the name's.
 */
function writtenInsideSentence(body: string, first: string, second: string): boolean {
  const pair = `${first} ${second}`;
  for (let i = body.indexOf(pair); i > 0; i = body.indexOf(pair, i + 1)) {
    if (/[\p{Ll}\d,]\s$/u.test(body.slice(Math.max(0, i - 2), i)) && !/^[\p{L}'’]/u.test(body.slice(i + pair.length, i + pair.length + 1))) return true;
  }
  return false;
}

/**
 * Whether "first second" opens two bodies' names, each run on with another capitalised word, one of
 * them a body's word ("Coral Coast Airlines will base …", "Coral Coast Aviation Holdings Ltd, the
 * …"): then the everyday word opening the sentences is the names' own, as a group's firms share it.
 */
function opensTwoBodiesNames(body: string, first: string, second: string): boolean {
  const pair = `${first} ${second} `;
  const next = new Set<string>();
  for (let i = body.indexOf(pair); i >= 0 && next.size < 3; i = body.indexOf(pair, i + 1)) {
    const word = /^\p{Lu}[\p{L}'’-]*/u.exec(body.slice(i + pair.length, i + pair.length + 30))?.[0];
    if (word !== undefined) next.add(word);
  }
  return next.size >= 2 && [...next].some((w) => ORG_WORDS.has(norm(w)));
}

/**
 * Two capitalised words after "the", the second a plural, no given name or title opening them and no
 * known name, place's word or period among them: "Thirroul Butchers", "Mullingar Shamrocks", not
 * "Solomon Islands", "Gulf States" nor "Middle Ages". A person is never "the Jane Smiths".
 */
function theNamedPlural(named: readonly string[]): boolean {
  if (named.length !== 2) return false;
  const [opening, plural] = named as [string, string];
  if (!/^\p{Lu}\p{Ll}+$/u.test(opening) || !/^\p{Lu}\p{Ll}{2,}s$/u.test(plural) || plural.endsWith('ss')) return false;
  if (GIVEN_NAMES.has(norm(opening)) || TITLES.has(norm(opening)) || gazLookup([...named]) || GAZ.has(norm(plural)) || NON_NAMES.has(norm(named.join(' ')))) return false;
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  if ([plural, singular].some((w) => PLACE_WORDS.has(norm(w)) || BUILDING_WORDS.has(norm(w)) || TITLES.has(norm(w)))) return false;
  // "the Prime Ministers", "the South Africans": a title's or a demonym's plural.
  if (TITLES.has(norm(`${opening} ${singular}`)) || DEMONYMS.has(norm(`${opening} ${singular}`)) || DEMONYMS.has(norm(named.join(' ')))) return false;
  return !NOT_SIDE_PLURALS.has(norm(plural));
}
/** Plurals after "the" that name regions, periods or events, not sides: "the Gulf States", "the Middle Ages", "the Asian Games". */
const NOT_SIDE_PLURALS: ReadonlySet<string> = new Set(['states', 'countries', 'counties', 'provinces', 'regions', 'lands', 'emirates', 'republics', 'kingdoms', 'nations', 'territories', 'ages', 'times', 'games', 'olympics', 'awards', 'championships', 'talks', 'accords', 'papers', 'files', 'sessions', 'wars', 'troubles', 'years', 'days', 'nights', 'hours', 'minutes', 'news', 'series', 'cups', 'globes', 'relays', 'prizes', 'medals', 'trophies', 'classics', 'finals', 'playoffs', 'masters', 'grounds', 'buildings', 'gardens', 'forks', 'ministers']);

/** What may stand before the space before a body's opening word inside a sentence: a lower-case letter, a comma, a semicolon. */
const LOWER_OR_LIST_MARK = /^[\p{Ll},;]$/u;

/** A road's word that a number follows in its name ("State Highway 63", "Interstate 16", "Route 189"). */
const NUMBERED_ROAD = /^(?:Highway|Interstate|Route|Road|Freeway|Expressway|Motorway|Turnpike)$/u;
/** A town's part that a number names ("Area 36" of Lilongwe, "Ward 12", "Sector 62"). */
const NUMBERED_AREA = /^(?:Area|Ward|Sector)$/u;

/** Generational suffixes after a name ("Jr.", "Sr.", "III"). */
const GENERATION_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Compass adjectives written small before a region's name: "southern Negros", "north-eastern Nigeria" (its last part). */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** The first word of Irish bodies' names after the article "An": "An Bord Pleanála", "An Garda Síochána", "An Post". */
const IRISH_BODY_HEADS = new Set(['Bord', 'Coimisiún', 'Garda', 'Post', 'Taisce', 'Chomhairle', 'Roinn', 'Údarás', 'Óige', 'Chúirt']);
/** Letters after a name for a rank, an honour or a seat: counsel (Ireland's barristers "BL"), members of parliaments and assemblies, orders. */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'BL', 'MP', 'MSP', 'MLA', 'MHK', 'MHA', 'MPP', 'MNA', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'BEM', 'JP', 'QPM', 'PhD']);
/** Those that also close sports clubs' names ("Nangkiew Irat SC"): counsel's only after a known given name. */
const POST_NOMINALS_AFTER_GIVEN_NAME = new Set(['SC', 'BL']);
/** A ruler's number past those, after a name ("Togbega Adza Kwasi VI"); in capitals only ("Xi Jinping"). */
const RULER_NUMBER = /^(?:V|VI{1,3}|I?X|XI{1,3}|XI?V|XVI{0,3})$/u;
/** The numerals a generation suffix shares with a ruler's ("II", "III", "IV"): a ruler's only in a body's name after the ruler. */
const LOW_RULER_NUMBER = /^(?:I{2,3}|IV)$/u;

/** Folds cluster `from` into `into`: its mentions count for `into`, which starts where the earlier of the two does. */
function absorb(into: Cluster, from: Cluster): void {
  into.count += from.count;
  into.first = Math.min(into.first, from.first);
  from.count = 0;
}

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

/**
 * Extract people, places and organisations from cleaned article text. `title` mentions raise an
 * entity's salience but never introduce one here (title case makes every word look like a name);
 * `withHeadlineOnlyNames` adds the few a headline in sentence case gives that the lists know.
 * `language` (ISO 639-1) makes the shape-only cues stricter outside English.
 */
/**
 * What an unknown acronym does when it names a body: speaks ("SIPTU said", "SIPTU, which represents
 * most of the staff,"), or has officers, members and rules ("SIPTU organiser Declan Markham", "CAF's
 * licensing rules"). Terms, tickers and programmes (EBITDA, TARP) do neither.
 */
const BODY_AFTER_ACRONYM =
  /^(?:,\s+(?:which|who)\s+(?:represents|represented|runs|organised|organized|has|had|says|said|called|wants|owns)\b|\s+(?:(?:had|has|have)\s+)?(?:said|says|told|warned|called|wants|claimed|argued|welcomed|criticised|criticized|announced|confirmed|objected|opposed|urged|ruled|rejected|refused|insisted)\b|['’]s\s+(?:[\p{Ll}-]+\s+)?(?:rules|regulations|statutes|committee|board|executive|president|chairman|chairwoman|chair|chief executive|spokesman|spokeswoman|spokesperson|officials|members|ruling|decision)\b|\s+(?:organiser|organizer|officials?|spokesperson|spokesman|spokeswoman|members|president|general secretary|secretary|leader|chief executive|representatives?|branch|chair|chairman|chairwoman)\s+\p{Lu})/u;

/** "the Storm Prediction Center": an everyday word inside a sentence opening a body's name of three words or more is part of it. */
function namesBodyInside(toks: readonly Token[]): boolean {
  return toks.length >= 3 && !toks[0]!.sentenceStart && ORG_WORDS.has(norm(toks[toks.length - 1]!.bare));
}

/**
 * Whether the acronym a single word is acts as a body; a term ("the MRI said") never does, as
 * outside English. Its run may have opened on a word before it ("The RSPB had objected"); one closing
 * a longer name does not speak for itself ("Transport for NSW said").
 */
function acronymActsAsBody(body: string, s: Single): boolean {
  if (TERM_ACRONYMS.has(s.word)) return false;
  const at = singleAt(body, s) ?? s.pos;
  const end = at + s.word.length;
  return !/\p{Lu}\p{L}*\s+for\s+$/u.test(body.slice(Math.max(0, at - 30), at)) && BODY_AFTER_ACRONYM.test(body.slice(end, end + 60));
}

/** What follows an island's name after "on": punctuation, or a word that opens a phrase of its own. */
/** What locates a spot: a place it is in or near, a distance and a bearing from one, two places it lies between. */
const LOCATOR = String.raw`(?:\s+(?:in|near)\s+\p{Lu}|,\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+\p{Lu}|,?\s+between\s+\p{Lu}[\p{L}'’-]+\s+and\s+\p{Lu}|,\s+(?:on|at)\s+the\s+(?:(?:north|south|east|west)\p{Ll}*\s+)?(?:edge|outskirts|fringe|side)s?\s+of\b|\s+and\s+(?:north|south|east|west)\s+of\s+\p{Lu})`;
/**
 * "at Ahioma, about 20 kilometres east of Alotau", "at Derrymoyle and Cloonbreany, between …", "at Makaraka, on the
 * western edge of the city", "at Mangatuna and north of Tokomaru Bay": one or two lone names after "at", located.
 */
const AT_LOCATED = new RegExp(String.raw`\bat\s+(\p{Lu}\p{Ll}{2,})(?:\s+and\s+(\p{Lu}\p{Ll}{2,}))?${LOCATOR}`, 'gud');
/** Words of work or study before "at" in the same sentence: what follows is a workplace. */
const WORKPLACE_BEFORE_AT = /\b(?:team|teams|researchers?|scientists?|professor|lecturer|studies|studied|studying|student|students|works|worked|working|employed|engineers?|staff|doctors?|surgeons?|led by|based)\b[^.!?]*$/u;
/** What goes on a lone name after "at" or "along": an owner's ending ("at Noble's"), a further capitalised word or a small word inside a name ("at Anse Kerlan", "at Pàirc nan Laoch", "at Côte d’Or"). */
const AFTER_LONE_AT = /^(?:['’]|\s+\p{Lu}|\s+(?:nan|na|an|aux|y)\s|\s+d['’])/u;
/** Words that say where ground lies against a named place. */
const LIES_BEFORE = new Set(['above', 'below', 'beneath', 'along', 'alongside']);
/** A company's legal ending after its name: "Albemarle Corp.", "Kavango Ltd". */
const LEGAL_ENDING_AFTER = /^\s+(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|plc|PLC|LLC|AG|GmbH|SA|NV|Co)\b/u;
/** A trade or a post just before "at": "a rheumatologist at Charité", "analysts at Bernstein", "set up at Curtin". */
const ROLE_BEFORE_AT = /\b(?:\p{L}+(?:ists?|icians?)|analysts?|economists?|strategists?|directors?|managers?|executives?|officers?|chief|head|fellows?|editors?|president|founder|spokes(?:man|woman|person)|coach|set up|founded|established)\s+at\s+$/u;
/**
 * Two lone names after words of ground or a route: "the road between Ahioma and Wagawaga", ", between Ballymahon and
 * Lanesborough", "the A43 between the Stanion roundabout and Geddington".
 */
const BETWEEN_PAIR = /(?:\b(?:road|roads|route|routes|line|railway|highway|motorway|border|stretch|section|area|land|bog|river|valley|coast|ferry|ferries|flights?|buses|trains?|journey|trip|halfway|midway|located|situated|lies|lie|lying|runs|running|sits|somewhere)|\b\p{Lu}{1,2}\d{1,4}|,)\s+between\s+(?:the\s+)?(?:\p{Lu}\p{Ll}{2,}\s+(?=\p{Lu}\p{Ll}{2,}\s+and\s))?(\p{Lu}\p{Ll}{2,})(?:\s+(?:roundabout|junction|crossroads|interchange|bridge))?\s+and\s+(?:the\s+)?(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}'’-]|\s+\p{Lu})/dgu;

/** Whether the lone word at `at` is one of the names a pattern's first two groups capture, near it. */
function capturedAt(pattern: RegExp, body: string, at: number, word: string): boolean {
  const from = Math.max(0, at - 40);
  const window = body.slice(from, at + word.length + 80);
  for (const m of window.matchAll(pattern)) {
    // (The patterns carry the `d` flag: each group's place in the window.)
    for (const k of [1, 2]) if (m[k] === word && from + m.indices![k]![0] === at) return true;
  }
  return false;
}

const ISLAND_AFTER = /^(?:[,.;:)!?]|\s*$|\s+(?:and|or|in|at|to|on|where|which|who|for|with|by|from|since|last|this|next|is|was|were|are|has|had)\b)/u;

/** " in India (AMFI)": a place after "in", then an acronym in brackets. */
const IN_PLACE_ACRONYM = /^\s+in\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+\((\p{Lu}{3,7})\)/u;

/** Last words of named things, not bodies, an acronym may stand for: "Reciprocal Access Agreement (RAA)". */
const NOT_BODY_ENDINGS = new Set(['agreement', 'accord', 'treaty', 'act', 'bill', 'law', 'system', 'scheme', 'programme', 'program', 'project', 'plan', 'strategy', 'initiative', 'index', 'telescope', 'explorer', 'satellite', 'mission', 'vaccine', 'test', 'score', 'rate', 'value', 'volume', 'revenue', 'income', 'ratio', 'product']);

/** A verb of saying right after a name: "Jordan said", "Hilton told". */
const SPEAKS_AFTER = /^,?\s+(?:said|says|told|added|explained|wrote|argued|insisted|recalled|admitted|noted|warned|replied|laughed)\b/u;
/** A verb of saying follows the name that ends at `end` ("Jordan said", "Natural England said"). */
const speaksAt = (body: string, end: number): boolean => SPEAKS_AFTER.test(body.slice(end, end + 16));

/**
 * A capitalised word, with or without a lowercase joiner, just before a run: "Save the| Children
 * Philippines", or a sentence's first word the run left out, "Keep| Wales Tidy".
 */
const NAME_GOES_ON_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:the|of|for|and|&)\s+)?$/u;
/** A lowercase joiner or a comma and a capitalised word just after a run: "Himachal Pradesh Fruit|, Vegetable and …". */
const NAME_GOES_ON_AFTER = /^(?:,\s*|\s+(?:and|&|of|for|the)\s+(?:the\s+)?)\p{Lu}/u;
/** A nickname in quotes between a given name and a surname: Andrew "FoFo" Gilich, Joe 'Smokin' Frazier. */
const QUOTED_NICKNAME = /(?<=\p{Lu}\p{Ll}+ )(?:"[^"\n]{1,25}"|“[^”\n]{1,25}”|'[^'\n]{1,25}'|‘[^’\n]{1,25}’) (?=\p{Lu}\p{Ll})/gu;

/** The text with such nicknames blanked out, so the name reads as one run; offsets are kept. */
function withoutQuotedNicknames(text: string): string {
  return text.replace(QUOTED_NICKNAME, (m) => (/^.\p{Lu}/u.test(m) && m.split(' ').length <= 4 ? ' '.repeat(m.length) : m));
}

/** A case ending Turkish and Azerbaijani write after a name, behind an apostrophe: "Kılıç'ın", "Ankara'da". */
const CASE_ENDING_AFTER_NAME = /(?<=\p{Lu}\p{L}*)['’]\p{Ll}{1,6}(?!\p{L})/gu;

/** The text with the case endings after names blanked out (same length, so positions hold). */
function withoutCaseEndings(text: string, language: string | undefined): string {
  return language === 'tr' || language === 'az' ? text.replace(CASE_ENDING_AFTER_NAME, (ending) => ' '.repeat(ending.length)) : text;
}

/** The kind of area a local council serves, between its place's name and its body word: "Mayo County Council". */
const COUNCIL_AREA = /^(?:County|District|City|Town|Borough|Regional|Shire|Municipal|Parish|Village|Metropolitan|Rural|Urban)$/u;

/**
 * "Mayo County Council said …": the word opening the sentence is the council's place, though it is
 * also an everyday word ("mayo"), when an area's kind and a body's word follow it.
 */
function namesLocalCouncil(toks: readonly { bare: string }[]): boolean {
  return toks.length >= 3 && COUNCIL_AREA.test(toks[1]!.bare) && ORG_WORDS.has(norm(toks[2]!.bare));
}

/**
 * "Northern Michigan University", "Western Bay of Plenty District Council": a compass word opening a
 * body's name of three words or more is part of it, with a "Far" before it; so is one before a
 * company's closing word ("Southern Water").
 */
function namesRegionalInstitution(toks: readonly { bare: string }[]): boolean {
  const last = norm(toks[toks.length - 1]!.bare);
  // "Far North District Council": "Far" before a compass word is part of the region's name.
  const compassFirst = COMPASS.has(norm(toks[0]!.bare)) || (norm(toks[0]!.bare) === 'far' && toks.length >= 3 && COMPASS.has(norm(toks[1]!.bare)));
  return compassFirst && ((toks.length >= 3 && ORG_WORDS.has(last)) || (toks.length === 2 && ORG_TAILS.has(last)));
}

/** Adjectives that open bodies' names with an everyday noun after them: "Regional Development Australia", "Public Works Department". */
const BODY_OPENING_ADJECTIVES = new Set(['Regional', 'National', 'Royal', 'Federal', 'Central', 'Provincial', 'Municipal', 'International', 'Independent', 'Public', 'Rural', 'Civil', 'Community', 'Environmental', 'Agricultural', 'Marine', 'Coastal']);

/** Words that describe a body before its name or say when, not part of the name: "Opposition …", "Yesterday Central Bank officials". */
const OPENERS_BEFORE_BODY = new Set(['Opposition', 'Ruling', 'Governing', 'Rival', 'Former', 'Embattled', 'Troubled', 'Struggling', 'Yesterday', 'Today', 'Tonight', 'Tomorrow', 'Meanwhile', 'Earlier', 'Later', 'Now', 'Then', 'Also', 'Instead', 'However', 'Still', 'Last', 'Next', 'Overnight', 'Here', 'There', 'Together', 'Elsewhere']);

/**
 * Whether an everyday word opening a sentence opens the body's name after it: an adjective bodies open with before
 * another everyday word ("Regional Development Australia Far North said"), or any everyday word when what is left
 * is everyday words and a body's ("Power and Water Corporation", not "Water Corporation").
 */
function opensBodyOfCommonWords(toks: readonly Token[], lexicon: Lexicon | undefined): boolean {
  if (lexicon === undefined || toks.length < 3) return false;
  const rest = toks.slice(1).map((t) => t.bare);
  // (Not over a person: "Provincial Administrator Clement Waibauru"; nor a party's description or an adverb: "Opposition
  // People's National Party", "Separately Central Bank officials".)
  if (rest.some((w) => TITLES.has(norm(w)) || GIVEN_NAMES.has(norm(w))) || OPENERS_BEFORE_BODY.has(toks[0]!.bare) || toks[0]!.bare.endsWith('ly')) return false;
  if (BODY_OPENING_ADJECTIVES.has(toks[0]!.bare) && lexicon.isCommon(rest[0]!)) return true;
  return ORG_WORDS.has(norm(rest[rest.length - 1]!)) && rest.every((w) => ORG_WORDS.has(norm(w)) || (lexicon.isCommon(w) && !GAZ.has(norm(w))));
}

/** ", 58," or ", aged 58," after a name: the person's age in apposition. */
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3},/u;

/** Where the tokens end in the body. */
const endOf = (toks: readonly { pos: number; text: string }[]): number => toks[toks.length - 1]!.pos + toks[toks.length - 1]!.text.length;

/** Whether an age in apposition follows the tokens ("Dawn Salt, 58,"). */
function ageFollows(body: string, toks: readonly { pos: number; text: string }[]): boolean {
  const end = endOf(toks);
  return AGE_AFTER.test(body.slice(end, end + 12));
}

/**
 * Whether a clause about someone follows the tokens ("Kit Tregear, who has fished out of Newlyn …"):
 * the sentence's first word is then no everyday word before the name but its first. (Not enough to
 * type a run as a person: a side is "who" too, "Arsenal, who beat …".)
 */
function whoFollows(body: string, toks: readonly { pos: number; text: string }[]): boolean {
  return body.startsWith(', who ', endOf(toks));
}

/** {@link surnameMay} before no day ("Jan May 5" is a date). */
function surnameMonth(body: string, toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1]!;
  return surnameMay(last.bare, toks.length - 1, toks.map((t) => t.bare)) && !/^\s*\d/u.test(body.slice(last.pos + last.text.length));
}

/** A river's, a lake's or a delta's word written small after a name: "the Bojana river". */
const WATER_NOUN_AFTER = /^\s+(?:river|lake|delta|lagoon|estuary|creek)\b/u;

/** A place's preposition before "the" and a feature's name: "on the Wash", "across the Fens", "fished the Wash". */
const FEATURE_PREP_BEFORE_THE = /(?:^|[^\p{L}])(?:on|in|into|onto|near|across|off|over|along|around|through|up|down|from|to|fished|crossed|dredged)\s+the\s+$/u;
/**
 * Everyday words written capitalised by convention after "the" that name no feature of their own: a
 * bill, a budget, a crown, a final, a town's own green (the lists' titles, bodies' and places' words are read too).
 */
const CAPITALISED_BY_CONVENTION: ReadonlySet<string> = new Set([
  'Bill', 'Act', 'Budget', 'Constitution', 'Crown', 'State', 'Opposition', 'Executive', 'Administration', 'Exchequer', 'Commons', 'Lords', 'Bench', 'Bar',
  'Internet', 'Web', 'Net', 'Gospel', 'Bible', 'Scriptures', 'Almighty', 'Kingdom', 'Realm', 'Republic',
  'Final', 'Tour', 'Series', 'Open', 'Masters', 'Test', 'Ashes', 'Derby', 'Grand', 'National', 'Squad',
  'Hall', 'Floor', 'Gallery', 'Market', 'Garden', 'Gardens', 'Lane', 'Tower', 'Chapel', 'Abbey', 'Priory', 'Town', 'Sound', 'Cape', 'Moor', 'Heath', 'Common', 'Green',
  'Inquest', 'Report', 'Review', 'Inquiry', 'Strategy', 'Plan', 'Scheme', 'Award', 'Show', 'Fair', 'Parade', 'Ball', 'Gala',
]);
/** Fewest times the article writes the feature's name capitalised after "the". */
const MIN_FEATURE_MENTIONS = 2;

/**
 * "fog on the Wash", "fished the Wash": an everyday word written capitalised after "the" at least twice,
 * never in lower case, once after a place's preposition, and neither a title's, a body's nor a place's
 * own generic word, names a stretch of water or land (a bay, a fen, a moor).
 */
function namesFeatureAfterThe(body: string, at: number, word: string): boolean {
  const key = norm(word);
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || /[^aious]s$/u.test(word) || CAPITALISED_BY_CONVENTION.has(word) || [GAZ, TITLES, ORG_WORDS, PLACE_WORDS, DEMONYMS, NON_NAMES, COMPASS].some((list) => list.has(key))) return false;
  if (!FEATURE_PREP_BEFORE_THE.test(body.slice(Math.max(0, at - 16), at))) return false;
  if (/^\s+(?:of|\p{Lu})/u.test(body.slice(at + word.length, at + word.length + 4))) return false;
  return wholeWordMentions(body, `the ${word}`).count >= MIN_FEATURE_MENTIONS && wholeWordMentions(body, word.toLowerCase()).count === 0;
}

/**
 * A function word opening a capitalised run, which is then no part of the name. In English only English ones
 * ("The", "Of") and the Arabic and Spanish articles ("Al Gore" is no place): the other languages' lists hold
 * words that open English names ("Che Guevara", "Door County", "SA Water", "Sea Lion Island").
 */
function leadingFunctionWord(lower: string, language: string | undefined): boolean {
  return language === 'en' ? EN_STOPWORDS.has(lower) || lower === 'al' || lower === 'el' : ALL_STOPWORDS.has(lower);
}

/** A possessive and what only a town owns: its dock, harbour, seafront, town centre, outskirts, industrial estate, mayor. */
const PLACE_OWNED_AFTER = /^['’]s\s+(?:(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Dock|Docks|Harbour|Harbor|Quay|Quays|Pier|Marina|Promenade|Waterfront|Seafront|Industrial Estate|Business Park|Retail Park|Trading Estate)\b|(?:old\s+|historic\s+|busy\s+|main\s+)?(?:docks?|harbou?r|quayside|seafront|waterfront|foreshore|promenade|town centre|city centre|high street|outskirts|suburbs|old town|marina|industrial estates?|business parks?|mayor|deputy mayor|lord mayor)\b)/u;

/** A partner's surname and the comma before a firm's "X & Y" name. */
const PARTNER_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?), $/u;

/**
 * The first partner of a firm named "Boone, Hardesty & Co." or "Keefe, Bruyette & Woods": one surname
 * no list and no dictionary knows, before a comma that ends no list ("Tesco, Marks & Spencer" names two).
 */
function firstPartnerBefore(body: string, at: number, named: readonly string[], lexicon: Lexicon | undefined): { word: string; pos: number } | undefined {
  const amp = named.indexOf('&');
  if (amp !== 1 || named.length > 3 || !CAPITALISED_WORD.test(named[0]!) || !/^\p{Lu}/u.test(named[2] ?? '')) return undefined;
  const word = PARTNER_BEFORE.exec(body.slice(Math.max(0, at - 40), at))?.[1];
  if (word === undefined || (lexicon?.isCommon(word) ?? true) || GAZ.has(norm(word)) || GIVEN_NAMES.has(norm(word))) return undefined;
  const pos = at - word.length - 2;
  return /,\s*$/u.test(body.slice(Math.max(0, pos - 3), pos)) ? undefined : { word, pos };
}

/** The text before `at` ends with a person's given name and surname, then "of". */
function fullNameBefore(body: string, at: number, clusters: readonly Cluster[]): boolean {
  const m = /(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\s+of\s+$/u.exec(body.slice(Math.max(0, at - 60), at));
  return m !== null && clusters.some((c) => c.kind === 'person' && c.parts.length >= 2 && c.parts.includes(m[1]!.toLowerCase()) && c.parts.includes(m[2]!.toLowerCase()));
}

/**
 * The people, places and organizations of an article. `sportsTopic`: the topic model read a match
 * report, where the lists name no club of the article (a score after a club's name is then read as a side).
 */
/** A body the lists know by one word, then a region or a country they know: "Coldiretti Puglia", "UGT Aragón". */
function isBranchOfBody(words: readonly string[]): boolean {
  const body = gazLookup([words[0]!]);
  const place = gazLookup(words.slice(1));
  return body?.kind === 'org' && place?.kind === 'place' && gazLookup([...words]) === undefined && !BLOC_NAMES.has(body.canonical) && !SPORTS_CANONICAL.has(body.canonical);
}
/** The branches a run names, alone or joined by "and" ("CCOO Aragón y UGT Aragón"), each its words; null when any part is none. */
function branchesOfBodies(toks: readonly Token[]): Token[][] | null {
  const sides: Token[][] = [[]];
  for (const t of toks) {
    if (AND_WORDS.has(t.bare)) sides.push([]);
    else sides[sides.length - 1]!.push(t);
  }
  return sides.every((side) => side.length >= 2 && side.length <= 3 && isBranchOfBody(side.map((t) => t.bare))) ? sides : null;
}
/**
 * Unions of states by the names the lists show them under, whichever way the article writes them ("EU", "UE"): before a
 * country's name they name their relations with it ("EU Bulgaria talks"), no branch.
 */
const BLOC_NAMES: ReadonlySet<string> = new Set([...BLOCS].map((bloc) => gazLookup([bloc])?.canonical ?? bloc));

export function extractEntities(title: string, bodyText: string, lexicon?: Lexicon, language?: string, sportsTopic = false): EntitySet {
  const body = withoutCaseEndings(withoutQuotedNicknames(bodyText), language);
  // The locative cue reads English prepositions; German capitalises every noun, so there name shape
  // alone is weak evidence.
  const foreign = language !== undefined && language !== 'en' && language !== 'und';
  const nounCaps = language === 'de';
  const slavic = SLAVIC_LANGUAGES.has(language ?? '');
  const caseSuffixed = SUFFIX_CASE_LANGUAGES.has(language ?? '');
  const cyrillic = CYRILLIC_LANGUAGES.has(language ?? '');
  // Languages that write a place's case on its name: the nominative a list knows for a case form
  // (Serbian is written in both scripts).
  const caseFormed = slavic || caseSuffixed || cyrillic;
  const placeNominative = (name: string): string | undefined =>
    (cyrillic ? cyrillicPlace(name, language!) : undefined) ?? (slavic ? slavicPlaceNominative(name, language!) : caseSuffixed ? suffixPlaceNominative(name, language!) : undefined);
  const romance = ROMANCE_LANGUAGES.has(language ?? '');
  const mentions: Mention[] = [];
  const singles: Single[] = [];
  /** Acronyms the article defines in brackets after a name, and the mention they stand for. */
  const acronyms = new Map<string, Mention>();
  /** Cities the article names as clubs ("Newcastle manager Eddie Howe"). */
  const clubCities = new Set<string>();
  let tokens = tokenizeForNames(body, language === 'fr' || language === 'it');
  if (nounCaps) tokens = tokens.map(withoutGermanGenitive);
  tokens = takeLowercasePhrases(tokens, mentions);
  if (language !== undefined && CASELESS_LANGUAGES.has(language)) {
    const han = HAN_NAME_LANGUAGES.has(language) ? hanNameMentions(body, language) : [];
    // "北京证券交易所" names an exchange, not Beijing: a place inside a body's name is part of it.
    const bodies = han.filter((m) => m.kind === 'org');
    const insideBody = (m: Mention): boolean => m.kind === 'place' && bodies.some((b) => b.pos <= m.pos && m.pos + m.name.length <= b.pos + b.name.length);
    mentions.push(...[...caselessPlaceMentions(body), ...han].filter((m) => !insideBody(m)));
  }
  // Runs come in text order, so forward-moving cursors over the line ranges suffice.
  const inHeadline = rangeCursor(lineRanges(body, wholeLineIf(isHeadline)));
  const inShouted = rangeCursor(lineRanges(body, wholeLineIf(isShouted)));
  const inLineup = rangeCursor(lineRanges(body, lineupRange));
  const connectors = connectorsFor(language);
  const runs = nounCaps ? findRuns(tokens, connectors).flatMap(splitAtGermanPerson).flatMap(splitAtGermanGenitive).map(withoutGermanDescriptor) : findRuns(tokens, connectors);
  const sportsArticle = namesSportsTwice(runs, body);
  const germanMatchReport = language === 'de' && (sportsArticle || printsScores(body));
  /** Sports nicknames, as the club's mention and as written, kept once the run pass has seen their club named in full. */
  const nicknames: { mention: Mention; written: string }[] = [];
  /**
   * Short names the article itself shows to be a side ("Highlanders coach Kelvin Kaindu", "drew with
   * Highlanders"): another club may go by the same name, so they stand as written if its full name never comes.
   */
  const sidesAsWritten = new Set<string>();
  const lowercaseWords = foreign ? new Set(body.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []) : undefined;
  const commaBodies = foreign ? [...romancePortfolioNames(body, language), ...germanPortfolioNames(body, language)] : commaNames(body);
  const emitted = new Set<CommaName>();
  const emitCommaName = (c: CommaName): void => {
    if (emitted.has(c)) return;
    emitted.add(c);
    const whole: Mention = { kind: 'org', name: c.name, pos: c.start, fixed: true };
    mentions.push(whole);
    if (c.acronym) acronyms.set(c.acronym, whole);
  };
  /** Where a run read as the end of a body's name before it starts ("India" of "… Mutual Funds in India (AMFI)"). */
  const absorbed = new Set<number>();
  // "Fédération française de ski (FFS)": a body written in sentence case, which an acronym after it spells.
  // (Not where names take a case ending: "Univerzity Tomáše Bati (UTB)" is the university's genitive.)
  if (foreign && !caseFormed) {
    for (const b of sentenceCaseBodies(body)) {
      const whole: Mention = { kind: 'org', name: b.name, pos: b.start, fixed: true };
      mentions.push(whole);
      acronyms.set(b.acronym, whole);
      absorbed.add(b.start);
    }
  }
  for (const run of runs) {
    let t0 = run.tokens[0]!;
    if (absorbed.has(t0.pos)) continue;
    // "Gewerkschaft Unia", "Ortsteil Gasterntal": what the German descriptor before the name says it is.
    const described = DESCRIBED.get(run);
    if (described && !inHeadline(t0.pos)) {
      mentions.push({ kind: described, name: run.tokens.map((t) => t.bare).join(' '), pos: t0.pos, fixed: true });
      continue;
    }
    // "Die Lausitzer Füchse … gegen die Eispiraten Crimmitschau": in a German match report, a side named for its town.
    if (germanMatchReport && !inHeadline(t0.pos)) {
      const sideWords = run.tokens.map((t) => t.bare).filter((w, k) => k > 0 || !GERMAN_ARTICLES.has(w));
      if (germanSideName(sideWords)) {
        mentions.push({ kind: 'org', name: sideWords.join(' '), pos: t0.pos, fixed: true });
        continue;
      }
    }
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
    // A line-up's surnames name players the report names in full; alone they read as towns.
    if (inLineup(t0.pos)) continue;
    // "the Minister in Charge of Local Government": an office's remit, not a body (the ministry's is read whole).
    if (t0.bare === 'Charge' && precedingWord(body, t0.pos) === 'in') continue;
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
    // "Mountain Coast Holdings Ltd has lifted its profit": three words or more closed by a legal form are a firm's whole name.
    // (Not after an adverb or a describing word: "Yesterday Acme Widgets Ltd said", "Rival NMB Bank Plc".)
    const legallyNamed = toks.length >= 3 && LEGAL_ENDINGS.has(ending) && toks.every((t) => /^\p{Lu}/u.test(t.bare)) && !OPENS_BEFORE_FIRM.test(toks[0]!.bare);
    const lastTok = toks[toks.length - 1]!;
    // Or an apposition names what it is: "Technology Ireland, the Ibec association for the tech sector, said".
    const runEnd = lastTok.pos + lastTok.text.length;
    const speaks = speaksAt(body, runEnd) || (!foreign && body[runEnd] === ',' && orgCueAt(body, toks[0]!.pos, runEnd, false, false) === 'strong');
    // "No. 75 Village": a number's sign opening a numbered place's name.
    const numbered = toks.length > 2 && toks[0]!.text === 'No.' && /^\d/u.test(toks[1]!.bare);
    // "Laut Polizei Sachsen": the sentence's "according to" goes before the name's own tests read it
    // ("Laut Polizei" is no public service's field). So does a short place's preposition the
    // stop-word lists leave out ("W Gdańsku otwarto …"); not a longer one, which may open a name
    // ("Koło Gospodyń Wiejskich", a village women's club; "koło" is "near"). So does a Nordic firm's
    // common noun ("Verkstadsföretaget Moälvens Mekaniska AB").
    const opensWith = toks[0]!.bare.toLowerCase();
    const shortPlacePreposition = foreign && ((opensWith.length <= 3 && (FOREIGN_PLACE_PREPS[language!]?.has(opensWith) ?? false)) || (language === 'nl' && DUTCH_OPENING_PREPOSITIONS.has(opensWith)));
    if (toks.length > 1 && toks[0]!.sentenceStart && (SENTENCE_OPENERS.has(opensWith) || shortPlacePreposition || opensOnFirmDescriptor(toks[0]!.bare, language))) {
      lead = toks[0]!.bare;
      toks = toks.slice(1);
    }
    // "de El Colegio de la Frontera Sur", "sobre Los Altos de Chiapas": inside a sentence, outside English,
    // an article written with a capital is the name's own.
    const articleOfName = (t: Token): boolean => foreign && !t.sentenceStart && NAME_ARTICLES.has(t.bare) && /\p{Ll}$/u.test(precedingWord(body, t.pos) ?? '');
    // "Southern Railway said", "Foreign Office spokesperson Tahir Andrabi": a describing word and a body's
    // word opening the sentence, which then speaks or names its spokesperson, are the body's name.
    const describedBody = !foreign && toks.length === 2 && BODY_NAME_ADJECTIVES.has(norm(toks[0]!.bare)) && ORG_WORDS.has(norm(toks[1]!.bare)) &&
      (speaks || orgCueAt(body, toks[0]!.pos, runEnd, false, false) === 'strong');
    while (
      toks.length > 1 &&
      !whole &&
      !company &&
      !numbered &&
      !describedBody &&
      !(afterThe && !toks[0]!.sentenceStart && ALL_STOPWORDS.has(toks[0]!.bare.toLowerCase())) &&
      toks[0]!.bare !== 'The' &&
      !TITLES.has(norm(toks[0]!.bare)) &&
      // ("TU Graz": a university's kind, not the pronoun "tu".)
      !UNIVERSITY_ABBREVIATIONS.has(toks[0]!.bare) &&
      !GAZ_PREFIXES.has(norm(`${toks[0]!.bare} ${toks[1]!.bare}`)) &&
      // "Mid Ulster District Council", "Upper Nile": a compass word before a known place, or opening a
      // body's or a place's name, is part of the name.
      !(/^(?:Mid|Upper|Lower|Greater|Central|North|South|East|West)$/u.test(toks[0]!.bare) &&
        (gazLookup([toks[1]!.bare]) !== undefined || worldTownSize(toks[1]!.bare) !== undefined || ORG_WORDS.has(norm(toks[toks.length - 1]!.bare)) || PLACE_WORDS.has(norm(toks[toks.length - 1]!.bare)))) &&
      !isPublicService(toks.map((t) => t.bare)) &&
      !pluralFieldOpens(toks.map((t) => t.bare), lexicon) &&
      // "Natural England said": a field word and a known region that speak are a body at a sentence's start too.
      !(speaks && speakingRegionBody(toks.map((t) => t.bare), lexicon)) &&
      !pluralBeforeBodyWord(toks, lexicon) &&
      !vietnameseName(toks.map((t) => t.bare)) &&
      !burmeseName(toks.map((t) => t.bare)) &&
      // "Al Noor Cold Chain LLC", "Te Rūnanga o Ōtākou": in English the Arabic or the Māori article opens
      // a longer name ("Al Gore" is a given name). The Māori one opens places of two words too ("in Te Karaka").
      !(language === 'en' && (toks.length >= 3 ? /^(?:Al|El|Te)$/u : /^Te$/u).test(toks[0]!.bare)) &&
      // "An Bord Pleanála", "An Post": the Irish article opens an Irish body's name.
      !(toks[0]!.bare === 'An' && IRISH_BODY_HEADS.has(toks[1]!.bare)) &&
      // "empty out New World Island", "in New Ross": "New" inside a sentence opens a place's name.
      !(language === 'en' && toks[0]!.bare === 'New' && !toks[0]!.sentenceStart) &&
      !(language === 'en' && airlineOpensSentence(toks, lexicon)) &&
      // "Seventeen-year-old Lachie Willson", "Full-forward Zac Florance": a describing compound opening the sentence.
      (describingCompound(toks, lexicon) ||
      (leadingFunctionWord(toks[0]!.bare.toLowerCase(), language) && !functionWordAsGivenName(toks[0]!.bare, toks[1]!.bare, toks[0]!.sentenceStart, lexicon) &&
        !foreignFunctionWordAsGivenName(toks[0]!.bare, toks[1]!.bare, language, lexicon) && !articleOfName(toks[0]!) &&
          // "Hotels on La Digue": an article the world list writes as part of a place's name stays.
          !(!toks[0]!.sentenceStart && toks.length <= 3 && isWorldPlace(toks.map((t) => t.bare)))) || (NON_NAMES.has(norm(toks[0]!.bare)) && !givenNameBefore(toks[0]!.bare, toks[1]!.bare) && !namesStreet(toks) && !namesBodyInside(toks)) ||
        // "Marina Ortega testified": an everyday word that is also a given name, before a surname, opens the name.
        (toks[0]!.sentenceStart && (lexicon?.isCommon(toks[0]!.bare) ?? false) && !legallyNamed && !givenNameOverInitial(toks.map((t) => t.bare)) && !(toks.length === 2 && (givenNameBefore(toks[0]!.bare, toks[1]!.bare) || EVERYDAY_GIVEN_NAMES.has(toks[0]!.bare)) && !(lexicon?.isCommon(toks[1]!.bare) ?? true)) && !ageFollows(body, toks) && !(toks.length === 2 && whoFollows(body, toks)) && !namesLocalCouncil(toks) && !namesRegionalInstitution(toks) && !opensBodyOfCommonWords(toks, lexicon) &&
          !writtenInsideSentence(body, toks[0]!.bare, toks[1]!.bare) && !(toks.length >= 3 && opensTwoBodiesNames(body, toks[0]!.bare, toks[1]!.bare)) &&
          // "Forge FC, Pacific FC and …": a club's letters closing the run make its first word the club's.
          !(toks.length <= 3 && /^(?:FC|AFC|CF|SC)$/u.test(toks[toks.length - 1]!.bare))))
    ) {
      lead = toks[0]!.bare;
      toks = toks.slice(1);
    }
    // "Electoral Commission of Zambia (ECZ) returning officer ...": an acronym after the run that the
    // sentence's first word helps spell says that word is part of the name.
    // "Professional Game Match Officials Limited (PGMOL)": as many dropped words as the acronym needs.
    if (lead !== undefined && toks.length >= 2 && run.tokens.length > toks.length) {
      const closer = toks[toks.length - 1]!;
      const after = closer.pos + closer.text.length;
      const acronym = /^\s*\((\p{Lu}{2,7})\)/u.exec(body.slice(after, after + 12))?.[1];
      const dropped = run.tokens.slice(0, run.tokens.length - toks.length);
      const bare = toks.map((t) => t.bare);
      if (acronym !== undefined && !acronymOf(acronym, bare) && !spellsAcronym(acronym, bare)) {
        for (let n = 1; n <= dropped.length; n++) {
          const openers = dropped.slice(dropped.length - n);
          if (acronymOf(acronym, [...openers.map((t) => t.bare), ...bare])) {
            toks = [...openers, ...toks];
            lead = undefined;
            break;
          }
        }
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
      if (nameless && someOccurrence(body, opener.bare, (at) => body[at - 1] === ' ' && LOWER_OR_LIST_MARK.test(charBefore(body, at - 1)) && !letterAt(body, at + opener.bare.length))) {
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
    if (!foreign && toks.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[0]!.bare) && !whole && !GAZ.has(norm(toks[0]!.bare)) && memberOf() && someOccurrence(body, `${toks[0]!.bare}s`, (at) => !letterBefore(body, at) && !letterAt(body, at + toks[0]!.bare.length + 1))) {
      lead = toks[0]!.bare;
      toks = toks.slice(1);
    }
    // "Ferdinand Marcos Jr." is not his father: a generational suffix stays on the person it follows.
    // (After a regnal title the ruler's number stays in the run, which reads it: "Pope Leo XIV".)
    let suffix: string | undefined;
    // (A Myanmar name may close on "Thu", which is no Thursday there: "Soe Min Thu".)
    // ("Department of Fish and Game": an everyday word after "and" closes a body's portfolio.)
    // ("Università di Napoli Federico II", "Lycée Henri IV": a body named after a monarch keeps the numeral.)
    const namedAfterMonarch = (): boolean => toks.slice(0, -2).some((t) => ORG_WORDS.has(norm(t.bare)) || ORG_HEADS.has(norm(t.bare)));
    // ("Région Grand Est": a word of another language's sentence that closes a place the lists know is the place's.)
    const closesKnownPlace = (): boolean => toks.length >= 2 && gazLookup(toks.slice(-2).map((t) => t.bare))?.kind === 'place';
    const portfolioClosed = (): boolean => toks.length >= 5 && toks[toks.length - 2]!.bare === 'and' && toks.some((t, k) => t.bare === 'of' && k > 0 && ORG_WORDS.has(norm(toks[k - 1]!.bare))) && (lexicon?.isCommon(toks[toks.length - 1]!.bare) ?? false);
    while (toks.length > 1 && !whole && ((NON_NAMES.has(norm(toks[toks.length - 1]!.bare)) && !surnameMonth(body, toks) && !surnameAfterInitial(toks.length - 1, toks.map((t) => t.bare)) && burmeseNameWords(toks.map((t) => t.bare)) === undefined && !portfolioClosed() && !closesKnownPlace() && !((LOW_RULER_NUMBER.test(toks[toks.length - 1]!.bare) || RULER_NUMBER.test(toks[toks.length - 1]!.bare)) && namedAfterMonarch())) || (toks.length > 2 && RULER_NUMBER.test(toks[toks.length - 1]!.bare) && !REGNAL_TITLE.test(norm(toks[0]!.bare)) && !namedAfterMonarch()))) {
      const dropped = toks[toks.length - 1]!.bare;
      suffix = (GENERATION_SUFFIX.test(dropped) || RULER_NUMBER.test(dropped)) && suffix === undefined ? dropped.replace(/^(Jr|Sr)$/, '$1.') : undefined;
      toks = toks.slice(0, -1);
    }
    // "Eoin Boyle SC", "Jane Hurst KC", "Pearse Doherty TD": letters after two or three words that name no
    // body or place are the person's rank or seat, not part of the name (nor a club's initials).
    // ("SC" and "BL" are counsel's after a known given name only: "Aisling Doyle BL", not "Nangkiew Irat SC".)
    const letters = toks[toks.length - 1]!.bare;
    if (toks.length >= 3 && toks.length <= 5 && POST_NOMINALS.has(letters) && (!POST_NOMINALS_AFTER_GIVEN_NAME.has(letters) || GIVEN_NAMES.has(norm(toks[0]!.bare)))) {
      const beforeLetters = toks.slice(0, -1);
      // ("Conor O'Neill-Devereux BL": a surname with a second capital is a name's word too.)
      if (beforeLetters.every((t) => PERSON_NAME_WORD.test(t.bare) && !ORG_WORDS.has(norm(t.bare)) && !PLACE_WORDS.has(norm(t.bare))) && !gazLookup(beforeLetters.map((t) => t.bare))) toks = beforeLetters;
    }
    // A numbered branch after a body's name is not part of it: "United Auto Workers Local 600", "... District 751".
    if (toks.length >= 3 && BRANCH_WORDS.has(norm(toks[toks.length - 1]!.bare))) {
      const l = toks[toks.length - 1]!;
      if (/^\s+\d/.test(body.slice(l.pos + l.text.length, l.pos + l.text.length + 3))) toks = toks.slice(0, -1);
    }
    // "Netbeheerder Enexis kan …", "Perenverwerker Truvaro investeert": a kind of body's noun opening the sentence,
    // capitalised there, before the body's name.
    // (Not a body's word that opens its own name: "Club Brugge".)
    const openingOrgNoun = foreign && toks.length >= 2 && toks[0]!.sentenceStart && !toks[1]!.breakBefore && foreignOrgNoun(toks[0]!.bare.toLowerCase(), language) &&
      !ORG_WORDS.has(norm(toks[0]!.bare)) && !ORG_HEADS.has(norm(toks[0]!.bare)) && gazLookup(toks.map((t) => t.bare)) === undefined;
    if (openingOrgNoun) toks = toks.slice(1);
    // Shouted all-capitals text is not a name sequence; keep only known names from it.
    if (toks.length >= 3 && toks.every((t) => !/\p{Ll}/u.test(t.bare))) {
      gazetteerSpans(toks.map((t) => t.bare), toks[0]!.pos, mentions, true);
      continue;
    }
    // Only a lowercase "the" counts: a capitalised one opens the run itself.
    const before = precedingWord(body, toks[0]!.pos);
    const last = toks[toks.length - 1]!;
    const end = last.pos + last.text.length;
    const orgCue = openingOrgNoun ? 'noun' : foreign ? foreignOrgCueAt(body, toks[0]!.pos, end, language) : orgCueAt(body, toks[0]!.pos, end, last.possessive, toks[0]!.bare === 'The');
    /** Whether a word of the run is a known body or firm, or a body's word: then the run names no place. */
    const namesBody = (run: readonly Token[]): boolean => run.some((t) => GAZ.get(norm(t.bare))?.kind === 'org' || ORG_WORDS.has(norm(t.bare)) || COMPANY_NAMES.has(norm(t.bare)));
    /** A known given name, or an everyday one ("Grace") before a word no dictionary has in lower case, opening the run. */
    const opensWithGivenName = (): boolean =>
      (GIVEN_NAMES.has(norm(toks[0]!.bare)) || (toks.length >= 2 && EVERYDAY_GIVEN_NAMES.has(toks[0]!.bare) && !(lexicon?.isCommon(toks[1]!.bare) ?? true))) && !GAZ.has(norm(toks[0]!.bare));
    // "from Bayou Blue to Chauvin": an unknown name (no given name, known body or firm) at either end of a span.
    // Not in a sports report, where a ball goes "from Price to Robinson", nor for a creed ("from Hinduism to Catholicism").
    const unknownSpanEnd = (): boolean =>
      (before === 'from' || before === 'to') && !sportsArticle && !GIVEN_NAMES.has(norm(toks[0]!.bare)) && !/(?:ism|ity)$/u.test(last.bare) &&
      !namesBody(toks) && !toks.some((t) => NON_NAMES.has(norm(t.bare))) && namesSpanEnd(body, toks[0]!.pos, end);
    // "in Twifo Praso", "in Vadgaon Budruk": two or three words after "in" (no person there, see NO_PERSON_BEFORE) that
    // are not all everyday words, name no known body and do not follow "published", "a stake" and the like.
    // ("bringing in Grace Whitcombe at goal attack": not one opening with a given name, see givenAfterIn.)
    const unknownAfterIn = (): boolean =>
      before === 'in' && toks.length >= 2 && toks.length <= 3 && toks.some((t) => !(lexicon?.isCommon(t.bare) ?? true)) && !opensWithGivenName() &&
      !namesBody(toks) && !IN_NOT_PLACE.test(body.slice(Math.max(0, toks[0]!.pos - 30), toks[0]!.pos)) && !VENUE_NOUN_AFTER.test(body.slice(end, end + 24));
    // "in Te Karaka and Tolaga Bay", "links the island to Wyke Regis and Weymouth": two names of up to
    // three words after "in", "to", "from" or "near", one a place the lists know or one closed by a
    // place's word, and the other neither a person's, a body's nor everyday words, are both places.
    const placesListedAfterIn = (): boolean => {
      const and = toks.findIndex((t) => t.bare === 'and');
      if ((before !== 'in' && before !== 'to' && before !== 'from' && before !== 'near') || and < 1 || and > 3 || toks.length - and - 1 < 1 || toks.length - and - 1 > 3 || namesBody(toks)) return false;
      // ("in Scarborough and Port of Spain": a name with a connector of its own reads as it did.)
      if (toks.some((t, k) => k !== and && !/^\p{Lu}/u.test(t.bare))) return false;
      const parts = [toks.slice(0, and), toks.slice(and + 1)];
      const known = (part: readonly Token[]): boolean => {
        const words = part.map((t) => t.bare);
        return gazLookup(words)?.kind === 'place' || (words.length > 1 ? isWorldPlace(words) || PLACE_WORDS.has(norm(words[words.length - 1]!)) : worldTownSize(words[0]!) !== undefined && !(lexicon?.isCommon(words[0]!) ?? true));
      };
      const unknownPlace = (part: readonly Token[]): boolean =>
        !GIVEN_NAMES.has(norm(part[0]!.bare)) && part.some((t) => !(lexicon?.isCommon(t.bare) ?? true)) && !part.some((t) => NON_NAMES.has(norm(t.bare)));
      return parts.some(known) && parts.every((part) => known(part) || unknownPlace(part)) &&
        !IN_NOT_PLACE.test(body.slice(Math.max(0, toks[0]!.pos - 30), toks[0]!.pos)) && !VENUE_NOUN_AFTER.test(body.slice(end, end + 24)) && !/^\s+of\s+\p{Lu}/u.test(body.slice(end, end + 8));
    };
    // "for southern Negros", "in eastern Masvingo": a compass adjective written small before a name of up to three words says region.
    // (Not a people's adjective: "northern Tasmanian towns".)
    const compassAdjectiveBefore = (): boolean =>
      before !== undefined && COMPASS_ADJECTIVES.has(before) && toks.length <= 3 && !opensWithGivenName() && !namesBody(toks) &&
      !toks.some((t) => DEMONYMS.has(norm(t.bare)) || (/(?:ian|ese|ish)$/u.test(t.bare) && gazLookup([t.bare]) === undefined));
    // "posted officers at Leklebi Dafor": after "at", two words no list and no dictionary knows are a village, not a firm.
    const unknownAfterAt = (): boolean =>
      before === 'at' && toks.length === 2 && toks.every((t) => CAPITALISED_WORD.test(t.bare) && unlistedName(t.bare, lexicon)) &&
      !VENUE_NOUN_AFTER.test(body.slice(end, end + 24));
    // "v Moravskoslezském kraji", "u Zadarskoj županiji": a Slavic adjective before the noun it names, which is written small.
    // "u Roklanské chaty": so is one in the genitive.
    const slavicAdjective = toks.length === 1 && (SLAVIC_ADJECTIVE.test(last.bare) || (slavic && SLAVIC_ADJECTIVE_GENITIVE.test(last.bare))) && /^\s+\p{Ll}/u.test(body.slice(end, end + 3));
    // "Bystřice pod Hostýnem": after a name, "below" goes on a town's name, and the hill is no place of its own.
    const insideTownName = before === 'pod' && slavic && /\p{Lu}[\p{L}-]*\s+pod\s+$/u.test(body.slice(Math.max(0, toks[0]!.pos - 40), toks[0]!.pos));
    // A sentence may open on the preposition: "In Cochem stand die Uferstraße unter Wasser", "En Lugo",
    // also after a quotation's close ("… «. A Cogne …"), as the tokenizer reads a sentence's start.
    const opensOnPreposition = (): boolean => {
      const prep = run.tokens[run.tokens.indexOf(toks[0]!) - 1];
      return prep !== undefined && prep.bare === before && prep.sentenceStart;
    };
    const prepBefore = foreign && before !== undefined && before !== before.toLowerCase() && opensOnPreposition() ? before.toLowerCase() : before;
    const placeCue = !slavicAdjective && foreign
      ? (prepBefore !== undefined && (FOREIGN_PLACE_PREPS[language!]?.has(prepBefore) ?? false) && !insideTownName && (language !== 'de' || germanPlaceShaped(toks.map((t) => t.bare), prepBefore))) ||
        (toks.length === 1 && prepBefore !== undefined && (FOREIGN_DIRECTION_PREPS[language!]?.has(prepBefore) ?? false) && body[end] !== '-' && directionalPlaceWord(last.text, body)) ||
        (toks.length <= 3 && (FOREIGN_PLACE_BEFORE_OF[language!]?.test(body.slice(Math.max(0, toks[0]!.pos - 40), toks[0]!.pos)) ?? false)) ||
        (!toks[0]!.sentenceStart && toks.length === 1 && (PLACE_CASE_ENDINGS[language!]?.test(last.bare) ?? false))
      : !last.possessive && (placeCueAt(body, toks[0]!.pos, end, t0.sentenceStart && toks[0] === t0) || (before !== undefined && NEAR_WORDS.has(before) && !VENUE_NOUN_AFTER.test(body.slice(end, end + 24))) || unknownAfterIn() || placesListedAfterIn() || unknownAfterAt() || unknownSpanEnd() || compassAdjectiveBefore());
    // "Analyst Chileshe Mulenga of …": a role noun opening the sentence is one too.
    const roleBefore = (before !== undefined && (foreign ? FOREIGN_ROLE_BEFORE.has(before) : ROLE_BEFORE.has(before.toLowerCase()))) ||
      (foreign && ROMANCE_LANGUAGES.has(language!) && toks.length >= 2 && SPEECH_VERB_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 140), toks[0]!.pos))) ||
      (foreign && NORDIC_LANGUAGES.has(language!) && toks.length >= 2 && NORDIC_SPEECH_VERB_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 40), toks[0]!.pos)));
    // "Dawn Salt, 58, from Meir": an age between commas after a name says a person, whatever the words mean.
    const ageAfter = !foreign && ageFollows(body, toks);
    // "Kit Tregear, who has fished …": a clause about someone after the run.
    const whoAfter = !foreign && whoFollows(body, toks);
    // "bringing in Karla Pretorius": after "in" a known given name opening a longer run is still a person.
    const givenAfterIn = (before === 'in' || before === 'into') && toks.length >= 2 && opensWithGivenName();
    const continuesBefore = NAME_GOES_ON_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 40), toks[0]!.pos));
    const continuesAfter = NAME_GOES_ON_AFTER.test(body.slice(end, end + 40));
    const speaksAfter = speaksAt(body, end);
    // (Outside English "at" is no preposition: Danish and Norwegian "that", Tagalog "and".)
    const ctx: RunContext = { noPerson: before !== undefined && NO_PERSON_BEFORE.has(before) && !givenAfterIn && !(foreign && before === 'at'), foreign, nounCaps, orgCue, english: language === 'en', placeCue, roleFirst: roleBefore ? toks[0]!.bare : undefined, placePrepBefore: before !== undefined && PLACE_PREPS.has(before), placePrepTheBefore: before === 'the' && !last.possessive && PLACE_PREP_THE_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 20), toks[0]!.pos)), connectors, language, lowercaseWords, roleBefore, ageAfter, whoAfter, continuesBefore, continuesAfter, speaksAfter, aloneAsActor: (word) => writesAloneAsActor(body, word) };
    const words = toks.map((t) => t.bare);
    /** The run without a capitalised "The" opening it ("The Calgary Stampeders beat …"). */
    const named = words[0] === 'The' && words.length > 1 ? words.slice(1) : words;
    // "Celtic", "the Thunder": a short sports name, read as the club in a sports article.
    // "Celtic and Rangers": each side of an "and" may be one.
    const sides = named.join(' ').split(/\s+(?:and|&)\s+/u);
    const sportsOnly =
      sportsArticle && !SPORTS_LOCATIVES.has(before?.toLowerCase() ?? '') ? sides.map((side) => SPORTS_ONLY.get(norm(side))) : [];
    if (sportsOnly.length > 0 && sportsOnly.every((e) => e !== undefined)) {
      sportsOnly.forEach((e, k) => {
        const m: Mention = { kind: e!.kind, name: e!.canonical, pos: toks[0]!.pos, fixed: true };
        if (e!.nickname) nicknames.push({ mention: m, written: sides[k]! });
        else mentions.push(m);
      });
      if (sides.length === 1 && sportsOnly[0]!.nickname && (orgCue === 'strong' || namedAsSide(body, toks[0]!.pos, end, words, undefined, lexicon))) sidesAsWritten.add(sides[0]!);
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
      // A plural verb after a city that is the subject, not the end of a list or of a phrase ("branches in X and Y were"),
      // nor part of a region ("growers in the western Bay of Plenty are").
      return CLUB_AFTER.test(next) && !LIST_BEFORE.test(body.slice(Math.max(0, toks[0]!.pos - 6), toks[0]!.pos)) && !isLocative(before) && before !== 'the' && !COMPASS.has(before ?? '');
    };
    // "Boone, Hardesty & Co.", "Keefe, Bruyette & Woods": a partners' firm names its first partner before a comma.
    const partner = foreign || known ? undefined : firstPartnerBefore(body, toks[0]!.pos, named, lexicon);
    if (partner !== undefined) {
      mentions.push({ kind: 'org', name: `${partner.word}, ${named.join(' ')}`, pos: partner.pos, fixed: true });
      const alone = singles.findIndex((s) => s.pos === partner.pos);
      if (alone >= 0) singles.splice(alone, 1);
      continue;
    }
    // "executives in Santa Clara": outside a sports report, a club's name of two words or more that the
    // world list knows as a town is the town after a place's preposition.
    if (!sportsArticle && !foreign && known?.kind === 'org' && SIDES_AND_LEAGUES.has(known.canonical) && before !== undefined && PLACE_PREPS.has(before) && namedForTown(named)) {
      mentions.push({ kind: 'place', name: named.join(' '), pos: toks[0]!.pos, fixed: true });
      continue;
    }
    if (sportsArticle && !foreign && townClub(named, known, before, lexicon)) {
      mentions.push({ kind: 'org', name: named.join(' '), pos: toks[0]!.pos, fixed: true });
      continue;
    }
    if (known?.kind === 'place' && !COUNTRIES.has(known.canonical) && !last.possessive && !foreign && clubContext()) {
      mentions.push({ kind: 'org', name: known.canonical, pos: toks[0]!.pos, fixed: true });
      clubCities.add(known.canonical);
      continue;
    }
    // "beat Castres 31-20", "host Munster", "against Gonzaga", "Leinster 31-10 Benetton": in a sports
    // report, the side a match verb or a score names.
    if (sportsArticle && !foreign && !last.possessive && namedAsSide(body, toks[0]!.pos, end, named, known, lexicon)) {
      mentions.push({ kind: 'org', name: known?.canonical ?? named.join(' '), pos: toks[0]!.pos, fixed: true });
      if (known) clubCities.add(known.canonical);
      continue;
    }
    // "Bulawayo Chiefs and Greenfuel were relegated", "drew with Dynamos and Herentals": two sides one cue names.
    const and = toks.findIndex((t) => t.bare === 'and' || t.bare === '&');
    if (sportsArticle && !foreign && !last.possessive && and > 0 && !known && sideCueAt(body, toks[0]!.pos, end)) {
      const pair = [toks.slice(0, and), toks.slice(and + 1)];
      const sideWords = pair.map((part) => part.map((t) => t.bare));
      const sideKnown = sideWords.map((w) => gazLookup(w));
      if (sideWords.every((w, k) => w.length > 0 && sideShaped(body, w, sideKnown[k], lexicon))) {
        pair.forEach((part, k) => mentions.push({ kind: 'org', name: sideKnown[k]?.canonical ?? sideWords[k]!.join(' '), pos: part[0]!.pos, fixed: true }));
        continue;
      }
    }
    // "the Financial Conduct Authority (FCA)": the run is a body's name and the acronym stands for it later on.
    // "(A*STAR)": the star is no letter of it.
    const bracketed = last.possessive ? undefined : /^\s*\((\p{Lu}[\p{L}&*]{1,9})\)/u.exec(body.slice(end, end + 14))?.[1]?.replace('*', '');
    // "Universidade Federal de Lavras (Ufla)", "Agenzia delle Entrate (Ade)": an acronym written as a word, spelt by the name.
    const wordAcronym = bracketed !== undefined && named.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(bracketed) && !(lexicon?.isCommon(bracketed) ?? false) && spellsAcronym(bracketed.toUpperCase(), named);
    const acronym = bracketed !== undefined && (wordAcronym || /^\p{Lu}[\p{Lu}&]+$/u.test(bracketed)) ? bracketed : undefined;
    const defines = acronym !== undefined && named.length >= 2 && (wordAcronym || acronymOf(acronym, named) || spellsAcronym(acronym, named)) ? acronym : undefined;
    // "Defence Research and Development Organisation (DRDO)", "Albay Public Safety and Emergency
    // Management Office (Apsemo)": an acronym spelt by every word of the run makes it one name, "and" and all.
    const spelt = bracketed !== undefined && bracketed.length >= 3 ? bracketed : undefined;
    // "Association of Mutual Funds in India (AMFI)": the place the acronym also spells, after "in", ends the name.
    const inPlace = !foreign && bracketed === undefined && named.length >= 2 ? IN_PLACE_ACRONYM.exec(body.slice(end, end + 60)) : null;
    if (inPlace && acronymOf(inPlace[2]!, [...named, ...inPlace[1]!.split(/\s+/)]) && ORG_WORDS.has(norm(named.find((w) => ORG_WORDS.has(norm(w))) ?? ''))) {
      const whole: Mention = { kind: 'org', name: `${named.join(' ')} in ${inPlace[1]!}`, pos: toks[0]!.pos, fixed: true };
      mentions.push(whole);
      acronyms.set(inPlace[2]!, whole);
      absorbed.add(end + inPlace[0].indexOf(inPlace[1]!));
      continue;
    }
    // Likewise one opening with a word that is also a title: "General Service Unit (GSU)".
    const titleOpened = named.length >= 3 && TITLES.has(norm(named[0]!)) && !TITLES.has(norm(named[1]!)) && named.some((w, k) => k > 0 && ORG_WORDS.has(norm(w)));
    // "New Zealand Kiwifruit Growers Incorporated (NZKGI)": a known place opening the run is part of the body's name.
    const placeOpened = named.length >= 3 && (gazLookup(named.slice(0, 2))?.kind === 'place' || gazLookup(named.slice(0, 1))?.kind === 'place') && LEGAL_ENDINGS.has(norm(named[named.length - 1]!));
    // "South African National Parks (SANParks)": an acronym of capitals and small letters the run spells is the body's.
    const mixedCase = spelt !== undefined && /\p{Ll}/u.test(spelt) && (spelt.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && named.length >= 2;
    if (spelt !== undefined && (((named.length >= 4 && named.includes('and')) || titleOpened || placeOpened) && !foreign || mixedCase) && spellsAcronym(spelt.toUpperCase(), named)) {
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
    // "beside the Old Brahmaputra", "to Little Andaman", "in Upper Egypt": inside a sentence, a qualifier before a
    // place the lists know is part of the place's name.
    if (!foreign && !t0.sentenceStart && words.length >= 2 && words.length <= 3 && PLACE_QUALIFIERS.has(words[0]!) && !last.possessive &&
      (gazLookup(words.slice(1))?.kind === 'place' || isWorldPlace(words.slice(1))) && !COUNTRIES.has(words.slice(1).join(' '))) {
      mentions.push({ kind: 'place', name: words.join(' '), pos: toks[0]!.pos, fixed: true });
      continue;
    }
    // "Coldiretti Puglia", "CCOO Aragón", "GGD Groningen": a body the lists know, then a region or a country they
    // know, is its branch there, one body (not in a sports article, where "Kiel" after a club's initials is its town).
    // ("CCOO Aragón y UGT Aragón": two of them joined.)
    const branches = foreign && !sportsArticle && !last.possessive ? branchesOfBodies(toks) : null;
    if (branches) {
      for (const branch of branches) mentions.push({ kind: 'org', name: branch.map((t) => t.bare).join(' '), pos: branch[0]!.pos, fixed: true });
      continue;
    }
    const typedFrom = mentions.length;
    typeRun(words, toks[0]!.pos, t0, lexicon, mentions, singles, ctx);
    // "The Thirroul Butchers", "the Mullingar Shamrocks": after "the", two names closed by a plural are a
    // side or a band, never a person ("the Jane Smiths" is not written).
    if (!foreign && (words[0] === 'The' || afterThe) && theNamedPlural(named)) {
      for (const m of mentions.slice(typedFrom)) if (m.kind === 'person' && m.name === named.join(' ')) m.kind = 'org';
    }
    if (lead) for (const m of mentions.slice(typedFrom)) m.lead = lead;
    // "U.S. Highway 2", "Interstate 80", "Township Road 700": a road's number is part of its name.
    const roadNumber = NUMBERED_ROAD.test(last.bare) ? /^\s+(\d{1,4}[A-Z]?)\b/u.exec(body.slice(end, end + 8))?.[1] : undefined;
    if (roadNumber) for (const m of mentions.slice(typedFrom)) if (m.kind === 'place' && m.name.endsWith(last.bare)) m.name = `${m.name} ${roadNumber}`;
    // "bridge repairs on Route 86", "South Third Street and Interstate 24": the road's word alone, which
    // reads as no name, with its number is one.
    if (roadNumber && !mentions.slice(typedFrom).some((m) => m.name.endsWith(`${last.bare} ${roadNumber}`))) mentions.push({ kind: 'place', name: `${last.bare} ${roadNumber}`, pos: last.pos, fixed: true });
    // "residents of Area 36", "in Ward 12": a town's numbered area after a place's word.
    const areaNumber = !foreign && words.length === 1 && NUMBERED_AREA.test(words[0]!) && before !== undefined && (PLACE_PREPS.has(before) || before === 'of' || before === 'at') ? /^\s+(\d{1,3})(?![\p{L}\p{N}]|[.,]\p{N}|\s*%)/u.exec(body.slice(end, end + 8))?.[1] : undefined;
    if (areaNumber) {
      mentions.splice(typedFrom);
      mentions.push({ kind: 'place', name: `${words[0]!} ${areaNumber}`, pos: toks[0]!.pos, fixed: true });
    }
    if (suffix) {
      const lastWord = words[words.length - 1]!;
      for (const m of mentions.slice(typedFrom)) if (m.kind === 'person' && m.name.endsWith(lastWord)) m.name = `${m.name} ${suffix}`;
    }
    if (defines) {
      let typed = mentions.slice(typedFrom);
      // "The British Chambers of Commerce (BCC)", "Business Unity South Africa (BUSA)": a run whose
      // every word the acronym spells, read as nothing or as a part of it only, is a body's name.
      const whole = named.join(' ');
      // Not a thing's name ("Reciprocal Access Agreement (RAA)", "Very Large Telescope (VLT)") nor a building's.
      const thing = NOT_BODY_ENDINGS.has(norm(named[named.length - 1]!)) || BUILDING_WORDS.has(norm(named[named.length - 1]!));
      if (!foreign && !thing && acronymOf(defines, named) && typed.every((m) => m.kind === 'place' && m.name !== whole && m.name !== words.join(' '))) {
        mentions.splice(typedFrom);
        mentions.push({ kind: 'org', name: whole, pos: toks[0]!.pos, fixed: true });
        typed = mentions.slice(typedFrom);
      }
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
  for (const { mention, written } of nicknames) {
    if (mentions.some((o) => o.name === mention.name)) mentions.push(mention);
    else if (sidesAsWritten.has(written)) mentions.push({ ...mention, name: written });
  }
  withLowercaseHeads(mentions, singles, body, language);
  withTrailingHeads(mentions, singles, body, language);
  withNordicBodies(mentions, singles, body, language);
  withSlavicBodies(mentions, singles, body, language);
  withRoadNumbers(mentions, singles, body, language);
  withLinkedPlaceNames(mentions, singles, body);
  withCelticPlaceNames(mentions, singles, body, language);
  withJournalTitles(mentions, singles, body);
  if (language === 'de' || language === 'nl') withAcronymsOpeningCompounds(mentions, body);
  if (language === undefined || language === 'en') withSharedCompassNames(mentions, singles, body);
  withCountryBeforeLeague(mentions, body);
  // A club named with its initials is that club, whatever the runs made of its words.
  for (const club of clubsByInitials(body)) {
    // (A person's mention starts where its run does: "HK Midtjylland Birgitte Damsgaard"; where the name is written counts.)
    const writtenAt = (m: Mention): number => (m.kind === 'person' ? Math.max(m.pos, body.indexOf(m.name, m.pos)) : m.pos);
    const overlaps = (m: Mention): boolean => writtenAt(m) < club.end && writtenAt(m) + m.name.length > club.start;
    for (let k = mentions.length - 1; k >= 0; k--) if (overlaps(mentions[k]!)) mentions.splice(k, 1);
    mentions.push({ kind: 'org', name: club.name, pos: club.start, fixed: true });
  }
  withClubNumbers(mentions, body, language);
  withSidesBeforeScores(mentions, singles, body, language, sportsArticle || sportsTopic);
  // In a sports article a city that has a club of its name is the club, likewise ("Wrexham knocked Leeds out").
  // "had lost to Leinster in Dublin": after a defeat's "to" the name is the side that won.
  const lostTo = (pos: number): boolean => /\b(?:lost|losing|loses|lose|defeat|defeats|beaten|went down|fell|slipped)\s+to\s+$/iu.test(body.slice(Math.max(0, pos - 24), pos));
  for (const m of mentions) if (m.kind === 'place' && (clubCities.has(m.name) || (sportsArticle && CLUB_PLACES.has(m.name))) && (!isLocative(precedingWord(body, m.pos)) || lostTo(m.pos))) m.kind = 'org';
  // Outside a sports article, a club's short name that is its region's own name in the article's language is the region ("In Bayern regnet es").
  if (!sportsArticle) {
    for (const m of mentions) {
      const region = m.kind === 'org' ? REGIONS_NAMED_LIKE_CLUBS.get(`${language ?? ''}:${m.name}`) : undefined;
      // (The mention may start earlier, at the run it was split from: "IG Metall Bayern".)
      const at = region ? body.indexOf(region.written, m.pos) : -1;
      if (region && at >= 0 && at - m.pos <= 40 && !/^(?:\p{L}|-|\s+M(?:ünchen|unich))/u.test(body.slice(at + region.written.length, at + region.written.length + 9)) && !/\bFC\s+$/u.test(body.slice(Math.max(0, at - 4), at))) {
        m.kind = 'place';
        m.name = region.name;
      }
    }
  }

  // "Jordan Henderson scored … Later Jordan said": a one-word place or body that is the given name
  // or surname of a person the article names, and says something, is that person.
  const personWords = new Set(mentions.filter((m) => m.kind === 'person').flatMap((m) => nameParts(m.name)));
  for (const m of mentions) {
    // A country speaks in the news ("Jordan said it would reopen the border"): it stays a country.
    if (m.kind === 'person' || m.name.includes(' ') || COUNTRIES.has(m.name) || !personWords.has(nameParts(m.name)[0] ?? '')) continue;
    if (speaksAt(body, m.pos + m.name.length)) Object.assign(m, { kind: 'person', fixed: false });
  }

  // "der Medizinischen Universität Wien", "die Medizinische Universität Wien": one body, one name.
  if (nounCaps) for (const m of mentions) if (m.kind === 'org' && !GAZ.has(norm(m.name))) m.name = germanNominative(m.name, body);

  const clusters: Cluster[] = [];
  const addTo = (m: Mention): void => {
    const parts = nameParts(m.name);
    let c = clusters.find((c) => c.kind === m.kind && c.names.includes(m.name));
    if (!c && m.kind === 'person') {
      c = clusters.find((c) => {
        if (c.kind !== 'person') return false;
        const [short, long] = parts.length <= c.parts.length ? [parts, c.parts] : [c.parts, parts];
        if (short.every((p) => long.includes(p))) return true;
        // Same surname, near-identical given name: a typo ("Vladamir Putin"). Every other part the same:
        // "Tin Maung Oo" and "Win Naing Oo" are two people.
        return short.length >= 2 && long.length === short.length && short.slice(1).every((p, k) => p === long[k + 1]) && editDistanceAtMost(short[0]!, long[0]!, 2);
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
  /** "Corte di Cassazione", "Paese di origine": a capitalised word before a small connector heads a name written in sentence case. */
  const headsSentenceCaseName = (end: number): boolean => {
    const next = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(body.slice(end, end + 16));
    // ("flyttet til Lillehammer for å gå på skole": Nordic "for" before an infinitive is "in order to".)
    // (Dutch "al" is "already", and Spanish, Catalan and Italian "al" "to the": no Arabic particle there.)
    return next !== null && connectors.has(next[1]!) && !AND_WORDS.has(next[1]!) && !(/^f[oö]r$/u.test(next[1]!) && /^(?:å|at|att)$/u.test(next[2] ?? '')) &&
      !(next[1] === 'al' && AL_IS_A_WORD.has(language ?? ''));
  };
  /**
   * Where a lone capitalised word the world list knows as a town is one, outside English: not after an
   * article ("la Corte", "un Paese", "l'Union": towns go without one in French, Italian, Spanish and
   * Catalan), a number ("Movimento 5 Stelle"), or before a club's letters ("Esbjerg fB", "Luleå HF").
   */
  const townAsWritten = (at: number, word: string): boolean => {
    // A region takes the article a town does not ("la Gironde", "le Morbihan").
    const article = !sportsArticle && (ARTICLE_BEFORE[language ?? '']?.test(body.slice(Math.max(0, at - 8), at).toLowerCase()) ?? false) && !isWorldRegion(word);
    // Nor a name before a number: a model or an edition ("Falcon 9", "Paris 2024").
    return !article && !/\d\s+$/u.test(body.slice(Math.max(0, at - 4), at)) && !/^\s+\d/u.test(body.slice(at + word.length, at + word.length + 3)) && !CLUB_LETTERS_AFTER.test(body.slice(at + word.length, at + word.length + 8));
  };
  /** An unknown acronym whose context only a body stands in (see acronym-cues.ts). */
  const acronymCuedHere = (s: Single): boolean =>
    !TERM_ACRONYMS.has(s.word) && acronymCuedAsBody(body, singleAt(body, s) ?? s.pos, s.word, (n) => GAZ.get(norm(n))?.kind === 'org' || clusters.some((c) => c.kind === 'org' && c.names.includes(n)));
  /** In German, a word of one part shaped like a noun, not a town's ending. */
  const germanNoun = (w: string): boolean => nounCaps && !w.includes(' ') && GERMAN_NOUN_SHAPED.test(w.toLowerCase()) && !GERMAN_TOWN_SUFFIX.test(w);
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
    // "WWF-Malaysia": a known body's country office.
    if (s.word.includes('-') && countryOffice(s.word)) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "al PalaBarton", "Al PalaSerradimigni": an Italian sports hall, named "Pala" and its sponsor or namesake in one word.
    if (language === 'it' && /^Pala\p{Lu}\p{Ll}{2,}$/u.test(s.word)) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
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
      } else if ((s.cue && (!foreign || s.cue === 'noun')) || (!foreign && (acronymActsAsBody(body, s) || acronymCuedHere(s))) || (foreign && (articleBeforeAcronym(body, s.pos, s.word) || bracketedAfterName(body, s.pos, s.word, nounCaps)))) {
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
    // (Outside English a kind of body's noun before the word says so too: "netbeheerder Enexis", "la conserverie Kerbriant".)
    if (!NON_NAMES.has(norm(s.word)) && ((!foreign && isCamelBrand(s.word) && !handle()) || (s.cue && (!foreign || s.cue === 'noun') && !(s.common && s.sentenceStart) && !TITLE_QUALIFIERS.has(norm(s.word))))) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "Fonterra has cut the midpoint of its forecast", "Westpac kept its own forecast": a lone
    // unknown name a sentence refers back to as "its" is a body, where the article names it again.
    if ((referredToAsIts.has(s.word) || (!foreign && describedAsBody(body, s))) && !NON_NAMES.has(norm(s.word)) && !DEMONYMS.has(norm(s.word))) {
      // The short form of a body named in full ("Kestrel Capital" ... "Kestrel declined to raise its offer").
      const full = namedInFull(s.word);
      if (full) full.count++;
      else addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // Also at a sentence's start: "In Nnewi, long queues formed" (the preposition opened the run).
    if (!foreign && (townWhereSentenceSaysPlace(body, s, sportsArticle) || locatedAfterComma(body, s) || namedBeforeFeatureNoun(body, s))) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // ("Residents of Sungai Ara and Relau": a word split off a longer run.)
    const at = singleAt(body, s) ?? s.pos;
    const wordBefore = precedingWord(body, at);
    const before = wordBefore?.toLowerCase();
    // A run that opened the sentence may have lost its first words ("Residents of Gelugor"): a word
    // after a lower-case one does not open it.
    const opensSentence = s.sentenceStart && !/^\p{Ll}/u.test(wordBefore ?? '');
    // Outside English, but not in German, where every noun is capitalised: a lone name the article never
    // writes in lower case, listed with a place it names ("entre ellos Calamocha, Monreal del Campo y Caminreal").
    // In German, only a word the world list knows as a town ("zwischen Leer, Aurich und Norden").
    const conjunctions = foreign && !nounCaps ? LIST_CONJUNCTIONS[language ?? ''] : language === 'de' && germanTown(s.word) ? 'und|oder' : undefined;
    // A plain capitalised word inside a sentence, never written small in the article, neither a word
    // the lists rule out nor a given name: what the rules for lone names outside English start from.
    const loneName = !opensSentence && /^\p{Lu}\p{Ll}{2,}$/u.test(s.word) && !lowercaseWords?.has(s.word.toLowerCase()) && !NON_NAMES.has(norm(s.word)) && !GIVEN_NAMES.has(norm(s.word));
    // "Lučka uprava Dubrovnik i Turistička zajednica": a Slavic adjective before the noun it qualifies is no list item.
    const slavicAdjectiveBeforeNoun = slavic && SLAVIC_ADJECTIVE_NOMINATIVE.test(s.word) && /^\s+\p{Ll}/u.test(body.slice(at + s.word.length, at + s.word.length + 3));
    if (conjunctions && loneName && !slavicAdjectiveBeforeNoun && listedWithPlace(body, at, at + s.word.length, (n) => isNamedPlace(n, clusters), conjunctions)) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "zwischen Niedernsill und Mittersill", "van Aalten tot Groenlo": the other end of a span whose one end is a place.
    // (In German, neither end a word shaped like a noun: "zwischen Wien und Umgebung", "zwischen Boden und Luft".)
    if (foreign && loneName && !germanNoun(s.word) && pairedWithPlace(body, at, s.word, language, (n) => isNamedPlace(n, clusters) && !germanNoun(n))) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "In Athienou, the village east of Nicosia, …": a sentence that opens on a locative and the name
    // alone before a comma.
    const openingLocative = opensSentence && (wordBefore === 'In' || wordBefore === 'At') && body[at + s.word.length] === ',';
    // "la société Valortri", "l'entreprise Polderkoel", "la empresa Marinetech": outside English a
    // company's common noun before a lone name says what it names.
    // "la Xunta", "el Congreso", "het Rijk": a government's own body named by its word alone, capitalised
    // after the article, is that body (German capitalises every such noun).
    if (foreign && !nounCaps && GOVERNMENT_BODY_WORDS.has(s.word) && wordBefore !== undefined && DEFINITE_ARTICLES.has(wordBefore.toLowerCase())) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    if (foreign && !nounCaps && wordBefore !== undefined && COMPANY_NOUN_BEFORE.test(wordBefore) && /^\p{Lu}[\p{L}\p{N}&-]{2,}$/u.test(s.word) && !NON_NAMES.has(norm(s.word)) && !GAZ.has(norm(s.word))) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "Le maire de Redon", "entre Sierre et Niouc", "Subotica je od Niša": outside English (and German,
    // where every noun is capitalised) a word inside a sentence that the article never writes small and
    // the world list knows as a town is the town, with or without a preposition before it.
    if (foreign && !nounCaps && loneName && worldTownSize(s.word) !== undefined && !headsSentenceCaseName(at + s.word.length) && townAsWritten(at, s.word)) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    if (romance && loneName && !sportsArticle && !ROMANCE_FEASTS.has(s.word) && !headsSentenceCaseName(at + s.word.length) && townAsWritten(at, s.word)) {
      const nouns = ROMANCE_NOUN_OF.exec(body.slice(Math.max(0, at - 50), at));
      if (nouns && !NOT_PLACE_NOUN_BEFORE_OF.has(nouns[2]!) && !NOT_PLACE_NOUN_BEFORE_OF.has(nouns[1] ?? '')) {
        addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
        continue;
      }
    }
    // ("tout au long du Giro": not in a match or race report.)
    if (romance && loneName && !sportsArticle && !headsSentenceCaseName(at + s.word.length) && FEATURE_NOUN_OF_THE.test(body.slice(Math.max(0, at - 40), at))) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    if (language === 'nl' && loneName && !DUTCH_NOT_PLACE.test(s.word) && !headsSentenceCaseName(at + s.word.length) && (DUTCH_PLACE_COMPOUND.test(s.word) || DUTCH_PLACE_PREPOSITION_BEFORE.test(body.slice(Math.max(0, at - 20), at)))) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    const lonePreposition = LONE_PLACE_PREPOSITION[language ?? ''];
    if (lonePreposition && loneName && !ORG_WORDS.has(norm(s.word)) && !ORG_HEADS.has(norm(s.word)) && !headsSentenceCaseName(at + s.word.length) && lonePreposition.test(body.slice(Math.max(0, at - 8), at))) {
      const nextSmall = /^\s+\p{Ll}/u.test(body.slice(at + s.word.length, at + s.word.length + 3));
      const nordic = language !== 'ro' && language !== 'pl';
      // ("Frölundas målvakt", "på Stora torg": a genitive or an adjective before a noun written small.)
      const partOfPhrase = nordic && nextSmall && (s.word.endsWith('s') || NORDIC_NAME_ADJECTIVES.has(s.word));
      // ("skogsanalytiker på Mittbanken", "Elin Bergqvist vid Östersjöcentrum": a role's or a person's workplace.)
      const employer = nordic && (NORDIC_ROLE_BEFORE.test(body.slice(Math.max(0, at - 40), at)) || /\p{Lu}\p{Ll}+\s+\p{Ll}+\s+$/u.test(body.slice(Math.max(0, at - 30), at)));
      if (!partOfPhrase && !employer && !(language === 'pl' && POLISH_INSTRUMENTAL.test(s.word))) {
        addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
        continue;
      }
    }
    // "die Evakuierten in Disentis", "der 27-Jährige aus Ilanz", "bei Hadmersleben": in German, a lone name no list knows,
    // shaped like no noun and never written after an article, after a town's preposition.
    if (language === 'de' && !opensSentence && /^\p{Lu}\p{Ll}{2,}$/u.test(s.word) && (!GERMAN_NOUN_SHAPED.test(s.word.toLowerCase()) || GERMAN_TOWN_SUFFIX.test(s.word)) && !GERMAN_BARE_NOUN_PHRASES.has(s.word) && !NON_NAMES.has(norm(s.word)) &&
      /(?:^|[^\p{L}])(?:in|aus|bei|nach)\s+$/u.test(body.slice(Math.max(0, at - 6), at)) && !ORG_WORDS.has(norm(s.word)) && !GIVEN_NAMES.has(norm(s.word)) &&
      ![...wholeWordPositions(body, s.word)].some((k) => GERMAN_ARTICLE_BEFORE.test(body.slice(Math.max(0, k - 8), k)))) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "brygady z Płocka, Olsztyna i Torunia", "nad północno-wschodnią Polską", "rungtynės Kaune", "в Москве": in a
    // language that declines names, a lone name that is a case form of a place the lists know is that place, as
    // written (its feed is the nominative's).
    if (caseFormed && loneName && !headsSentenceCaseName(at + s.word.length) && placeNominative(s.word) !== undefined) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "Kulmiye, the main opposition party since …", "Vesterlys, a Norwegian cathode maker,": a lone name
    // the sentence goes on to call a party or a firm.
    // (A string test for the capital, not one more \p{…} pattern: see "phrase lists" in docs/architecture.md.)
    if (!foreign && s.word.length >= 3 && s.word[0] !== s.word[0]!.toLowerCase() && !s.word.includes('.') && body[at + s.word.length] === ',' && !NON_NAMES.has(norm(s.word)) && BODY_APPOSITIVE.test(body.slice(at + s.word.length, at + s.word.length + 80))) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "fog on the Wash", "fished the Wash": an everyday word the article always capitalises after "the"
    // is a stretch of water's or land's own name, a place where a place's preposition stands before it.
    if (!foreign && !sportsArticle && !opensSentence && before === 'the' && namesFeatureAfterThe(body, at, s.word)) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // "White-tailed eagles on Mull", "the shores of Mull": an everyday word the article never writes small and
    // capitalises more than once, here after a place's preposition, is a place's own name.
    if (!foreign && s.common && !opensSentence && !sportsArticle && (before === 'on' || before === 'in' || before === 'near' || before === 'across') && /^\p{Lu}\p{Ll}{2,}$/u.test(s.word) &&
      !/[^aious]s$/u.test(s.word) && wholeWordMentions(body, s.word.toLowerCase()).count === 0 && !NON_NAMES.has(norm(s.word)) && !GIVEN_NAMES.has(norm(s.word)) &&
      // (Not a people's or a language's word, "in Swahili", nor a numbered road or grade, "on Route 9".)
      !DEMONYMS.has(norm(s.word)) && !/(?:ish|ese|ic|an|i|ili|ba)$/u.test(s.word) && !/^\s[\d\p{Lu}]/u.test(body.slice(at + s.word.length, at + s.word.length + 2)) && !IN_NOT_PLACE.test(body.slice(Math.max(0, at - 30), at)) &&
      // (Counted inside sentences only: "Hope returned in Hope" opens one with the everyday word.)
      [...wholeWordPositions(body, s.word)].filter((k) => /[\p{Ll},;:]\s$/u.test(body.slice(Math.max(0, k - 2), k))).length >= 2) {
      addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // The locative cue below reads English prepositions ("in" is also German, where every noun is capitalised).
    if (foreign || s.common || (opensSentence && !openingLocative) || NON_NAMES.has(norm(s.word))) continue;
    // "in Ward 4 of the Hwange Local Board", "in Zone 3": a word numbered after it is a division, not a place's name
    // alone (a town's numbered area after a place's word was read with its number in the run loop: "in Area 36").
    if (/^\s\d/u.test(body.slice(at + s.word.length, at + s.word.length + 2))) continue;
    // Only a plain capitalised word ("Palmyra"), never "YouTube", "ETFs", "Palau.org", "Americans" or an "-ism".
    // "Killybegs", "Brodick" are places; "Democrats", "Americans", "Mavericks" are plurals of words the lexicon knows.
    // An apostrophe between small letters is a glottal stop in a name written from its own language: "Galiwin’ku", "Hawai’i".
    // "Barrow-in-Furness", "Burton-upon-Trent", "Pointe-aux-Chenes": small linking words between two capitalised ones shape a town's name.
    if (!/^\p{Lu}\p{Ll}{2,}(?:['’]\p{Ll}+|(?:-\p{Ll}{1,5})+-\p{Lu}\p{Ll}+)?$/u.test(s.word) || /(?:ism|ity|ian|ians|ans|ese|ists)$/.test(s.word)) continue;
    // "Rangers", "Yankees", "Lakes": the plural of an everyday word; "Brades", "Flanders", "Hebrides" are not.
    if (/(?:ers|es)$/.test(s.word) && (lexicon === undefined || lexicon.isCommon(s.word.slice(0, -1)) || lexicon.isCommon(s.word.slice(0, -2)) || DEMONYMS.has(norm(s.word.slice(0, -1))))) continue;
    // "in Parcells' presence": a possessive after a name in -s is an owner's, most often a person's.
    // "Caithness", "Inverness": a double s is no plural.
    const pluralShaped = /[^aious]s$/.test(s.word);
    if (pluralShaped && (/^['’]/u.test(body.slice(s.pos + s.word.length)) || (lexicon?.isCommon(s.word.slice(0, -1)) ?? true) || DEMONYMS.has(norm(s.word.slice(0, -1))) || GIVEN_NAMES.has(norm(s.word.slice(0, -1))))) continue;
    if (clusters.some((c) => c.kind === 'person' && c.parts[0] === key)) continue;
    // A lone unknown name after a locative preposition is most often a place ("in Palmyra", "out of
    // Killybegs"), and so is one listed with a known place ("Akron, Barberton and other communities").
    const outOf = before === 'of' && /\bout\s+of\s+$/iu.test(body.slice(Math.max(0, at - 8), at));
    // "sailed to Greenock", "brought to Burtonport", "flights to Eucla", "truck their shrimp to Darien": a journey's end.
    // Not in a sports article, where a side travels to its opponent ("Toulouse travel to Clermont").
    const journeyTo = !sportsArticle && before === 'to' && JOURNEY_TO.test(body.slice(Math.max(0, at - 40), at));
    const climbed = !sportsArticle && CLIMBED_BEFORE.test(body.slice(Math.max(0, at - 16), at));
    const formerPlace = FORMER_PLACE_BEFORE.test(body.slice(Math.max(0, at - 30), at));
    // "at Llanyblodwel", "and Llynclys": a Welsh parish's or lake's name, shaped as nothing else is.
    const welshPlace = WELSH_PLACE.test(s.word);
    // "Residents of Gelugor": after "residents of", "outskirts of", "north of"; "from Kudat … to Tenom".
    // "Orin Sandford of Georgetown was third": a lone name after a person's full name and "of" is where they are from.
    // (Not a firm's partners: "Daniel Rosenfeld of Keefe, Bruyette & Woods".)
    const personOf = before === 'of' && fullNameBefore(body, at, clusters) && !/^(?:,\s+\p{Lu}[\p{L}'’-]*)*\s+&/u.test(body.slice(at + s.word.length, at + s.word.length + 40));
    const placeOf = personOf || (before === 'of' && PLACE_BEFORE_OF.test(body.slice(Math.max(0, at - 40), at))) || ((before === 'to' || before === 'from') && !sportsArticle && namesSpanEnd(body, at, at + s.word.length));
    // "in Mukono, Luwero and Masaka": listed with a place the article names.
    // "companies such as Intel, Bosch and Keysight": listed with known bodies only.
    if (!pluralShaped && listedWithBodies(body, at, at + s.word.length, (n) => GAZ.get(norm(n))?.kind === 'org' || COMPANY_NAMES.has(norm(n)) || clusters.some((c) => c.kind === 'org' && c.names.includes(n)))) {
      addTo({ kind: 'org', name: s.word, pos: s.pos, fixed: true });
      continue;
    }
    // A word split off a run keeps the run's preposition too ("in Glen View and Kuwadzana").
    const beforeRun = at !== s.pos ? precedingWord(body, s.pos)?.toLowerCase() : before;
    // "on Mahé", "on Upolu": an island, for a name the lexicon does not know as an everyday word.
    // Not a name used as a modifier ("on Loganair flights", "on Neolithic sites") nor a plural ("on Fridays").
    const onIsland = before === 'on' && !sportsArticle && !pluralShaped && !(lexicon?.isCommon(s.word) ?? true) && ISLAND_AFTER.test(body.slice(at + s.word.length, at + s.word.length + 12));
    // "between Ballymahon and Lanesborough": two lone names a span of ground runs between.
    // "at Ahioma, about 20 kilometres east of Alotau": a spot the sentence goes on to locate. Not in a sports article, where sides play at and between one another.
    // Not where someone works or studies: "a team led by Masayo Takahashi at Riken in Kobe" names an institute.
    const located = !sportsArticle && !pluralShaped && !PLANETS.has(s.word) &&
      (capturedAt(BETWEEN_PAIR, body, at, s.word) || (capturedAt(AT_LOCATED, body, at, s.word) && !WORKPLACE_BEFORE_AT.test(body.slice(Math.max(0, at - 80), at))));
    const goesOn = (): boolean => AFTER_LONE_AT.test(body.slice(at + s.word.length, at + s.word.length + 8));
    // "the slipway at Whitwell", "a guesthouse at Nangiloc", "lost 27-22 at Netherdale": a lone name after "at" is a
    // place or a ground, unless the sentence has someone work or study there ("a rheumatologist at Charité") or the
    // article names it as a firm ("a job at Albemarle … Albemarle Corp."). In a sports report, a town the world's list
    // knows is most often its club there ("the Pirates won at Penzance").
    const atLone = before === 'at' && !pluralShaped && !PLANETS.has(s.word) && !(sportsArticle && worldTownSize(s.word) !== undefined) &&
      !WORKPLACE_BEFORE_AT.test(body.slice(Math.max(0, at - 80), at)) && !ROLE_BEFORE_AT.test(body.slice(Math.max(0, at - 40), at)) &&
      !goesOn() && !VENUE_NOUN_AFTER.test(body.slice(at + s.word.length, at + s.word.length + 24)) &&
      ![...wholeWordPositions(body, s.word)].some((k) => LEGAL_ENDING_AFTER.test(body.slice(k + s.word.length, k + s.word.length + 16)));
    // "a slope above Kadugannawa", "a field below Ben Vrackie", "the road along Isfjorden": ground named by where it lies
    // (not a table's "above Rangers", nor an owner's "along Odisha's coast").
    const lies = !sportsArticle && !pluralShaped && before !== undefined && LIES_BEFORE.has(before) && !goesOn();
    // "on Fleetwood’s Wyre Dock", "Picton’s foreshore": the owner of a dock, a harbour or a town's centre is a town.
    const ownsPlace = !sportsArticle && PLACE_OWNED_AFTER.test(body.slice(at + s.word.length, at + s.word.length + 60));
    if (openingLocative || onIsland || located || atLone || lies || ownsPlace || (before && (PLACE_PREPS.has(before) || NEAR_WORDS.has(before))) || (beforeRun && PLACE_PREPS.has(beforeRun)) || outOf || journeyTo || climbed || formerPlace || welshPlace || placeOf || (s.word.length > 3 && !pluralShaped && listedWithPlace(body, at, at + s.word.length, (n) => isNamedPlace(n, clusters)))) addTo({ kind: 'place', name: s.word, pos: s.pos, fixed: true });
  }
  // Lone words that became places but are also someone's surname belong to the person, declined
  // or not ("Berga i Kowalczyka" of Linus Berg and Norbert Kowalczyk).
  const surnameOf = (word: string, person: Cluster): boolean =>
    person.parts.includes(word) || (slavic && (person.parts.length > 1 ? person.parts.slice(1) : person.parts).some((surname) => slavicCaseFormOf(word, surname)));
  // ("on the Bojana river" beside "Dr Bojana Perović": a given name before a river's or a lake's word,
  // written small, is the water's name.)
  const waterNamed = (c: Cluster, person: Cluster): boolean =>
    person.parts.length > 1 && person.parts[0] === c.parts[0] && WATER_NOUN_AFTER.test(body.slice(c.first + c.names[0]!.length, c.first + c.names[0]!.length + 12));
  // ("St Clair" beside "Rowan St Clair": a saint's name the person's surname ends on is theirs too.)
  const saintSurnameOf = (c: Cluster, person: Cluster): boolean =>
    c.parts.length === 2 && SAINT.test(c.names[0]!.split(' ')[0]!) && person.parts.length > 2 && person.parts.slice(-2).join(' ') === c.parts.join(' ');
  for (const c of clusters) {
    if (c.kind === 'place' && c.names.length === 1 && (c.parts.length === 1 || c.parts.length === 2) && !GAZ.has(norm(c.names[0]!))) {
      const p = clusters.find((o) => o.kind === 'person' && (c.parts.length === 1 ? surnameOf(c.parts[0]!, o) && !waterNamed(c, o) : saintSurnameOf(c, o)));
      if (p) {
        p.count += c.count;
        c.count = 0;
      }
    }
  }
  // "Marta Sowa" and "Marty Sowy": one person named in two cases is one person, named in the form the
  // other is declined from.
  if (slavic) {
    const people = clusters.filter((c) => c.kind === 'person' && c.parts.length > 1);
    for (const declined of people) {
      if (declined.count === 0) continue;
      const base = people.find((o) => o !== declined && o.count > 0 && o.parts.length === declined.parts.length &&
        o.parts.every((part, k) => part === declined.parts[k] || slavicCaseFormOf(declined.parts[k]!, part)));
      if (base) absorb(base, declined);
    }
  }
  // "Krnov" and "v Krnově": one place written in two cases is one place, named in the shorter form,
  // most often the nominative.
  // (So in Lithuanian, Latvian, Hungarian and Cyrillic: "Kaune" and "Kauno".)
  if (caseFormed) {
    const places = clusters.filter((c) => c.kind === 'place' && c.names.length === 1);
    // ("Ostrołęka" and "w Ostrołęce": or one the lists know and its case form, a consonant changed.)
    // Each place's nominative and whether the lists know it as written, read once, not once per pair.
    const nominative = new Map(places.map((c) => [c, placeNominative(c.names[0]!) ?? c.names[0]!]));
    const listed = new Map(places.map((c) => [c, GAZ.has(norm(c.names[0]!)) || isOnWorldList(c.names[0]!.split(' '))]));
    for (const a of places) {
      for (const b of places) {
        if (a === b || a.count === 0 || b.count === 0 || !((slavic && slavicCaseFormsOfOnePlace(a.names[0]!, b.names[0]!)) || nominative.get(a) === nominative.get(b))) continue;
        // (The form the lists know as written first: "Rijeka" over "Rijeke", one letter for another.)
        const aFirst = listed.get(a) !== listed.get(b) ? listed.get(a)! : a.names[0]!.length < b.names[0]!.length || (a.names[0]!.length === b.names[0]!.length && a.count >= b.count);
        const [into, from] = aFirst ? [a, b] : [b, a];
        absorb(into, from);
      }
    }
  }
  // Bare surnames may have become a cluster of their own before a full name appeared later.
  for (const c of clusters) {
    if (c.kind !== 'person' || c.count === 0 || c.parts.length !== 1) continue;
    const full = clusters.find((o) => o !== c && o.kind === 'person' && o.count > 0 && o.parts.includes(c.parts[0]!));
    if (full) absorb(full, c);
  }

  // "Simba Bhora coach Tonderai Mupfumbu" … "congratulated Simba Bhora": a name the article marks as a body
  // somewhere is that body where it reads like a person's too.
  for (const c of clusters) {
    if (c.kind !== 'person' || c.count === 0 || c.parts.length < 2) continue;
    const org = clusters.find((o) => o.kind === 'org' && o.fixed && o.count > 0 && c.names.every((n) => o.names.includes(n)));
    if (org) absorb(org, c);
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
  // "Dordoi Bishkek" … "Dordoi", "Abdysh-Ata Kant" … "Abdysh-Ata": in a sports report, a club named
  // for its town is written without the town after first mention. "Leicester Tigers" … "Leicester
  // scored first": a listed club named with its town's name first is written as the town, read as a side.
  if (sportsArticle) {
    for (const c of clusters) {
      if (c.kind === 'person' || c.count === 0) continue;
      const name = c.names[0]!;
      const opens = (o: Cluster): boolean => o !== c && o.kind === 'org' && o.count > 0 && o.names[0]!.startsWith(`${name} `);
      const club = !name.includes(' ')
        ? clusters.find((o) => opens(o) && townAfterClubName(o.names[0]!.split(' ')))
        : undefined;
      // (Not a town with a club of its own name, "Dundee" beside "Dundee United", nor one with two.)
      const townsClubs = c.kind === 'org' && gazLookup(name.split(' '))?.kind === 'place' && !SPORTS_CANONICAL.has(name) ? clusters.filter((o) => opens(o) && SPORTS_CANONICAL.has(o.names[0]!)) : [];
      const townsClub = townsClubs.length === 1 ? townsClubs[0] : undefined;
      if (club ?? townsClub) absorb((club ?? townsClub)!, c);
    }
  }
  // "Hard Rock FC" … "Hard Rock": a club written without its "FC" is the club, whatever its last word names.
  // Not the town the club is named for, written after "in" ("in Hwange that has been ZANU-PF").
  for (const c of clusters) {
    if (c.kind !== 'place' || c.count === 0 || SPORTS_LOCATIVES.has(precedingWord(body, c.first)?.toLowerCase() ?? '')) continue;
    const name = c.names[0]!;
    const club = clusters.find((o) => o.kind === 'org' && o.count > 0 && o.names[0]!.startsWith(`${name} `) && /^ (?:FC|AFC|CF|SC)$/u.test(o.names[0]!.slice(name.length)));
    if (club) absorb(club, c);
  }
  // "ISIS" and "Islamic State" in one article are one group: it is named as the article names it most.
  for (const group of RIVAL_NAMES) {
    const rivals = clusters.filter((c) => c.kind !== 'person' && c.count > 0 && group.has(c.names[0]!)).sort((a, b) => b.count - a.count || a.first - b.first);
    for (const other of rivals.slice(1)) absorb(rivals[0]!, other);
  }

  // "All England Club" opening a sentence lost its "All" as an ordinary word: when the article also
  // names the body in full, the shortened form is that body.
  for (const m of mentions) {
    if (!m.lead || m.kind !== 'org') continue;
    const short = clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names[0] === m.name);
    const full = clusters.find((c) => c.kind === 'org' && c.count > 0 && c.names.includes(`${m.lead} ${m.name}`));
    if (short && full && short !== full) absorb(full, short);
  }

  // "PT Nusantara Bahari Lines" … "Nusantara Bahari": an untitled name that opens with no known given
  // name, right after the legal prefix of a company the article names, is that company's short form.
  // (A name at the start of a body's name stays: "T.S. Eliot" and the "T.S. Eliot Prize".)
  for (const c of clusters) {
    if (c.kind !== 'person' || !c.weak || c.count === 0 || c.names.length !== 1 || GIVEN_NAMES.has(norm(c.names[0]!.split(' ')[0]!))) continue;
    const name = c.names[0]!;
    const full = clusters.find((o) => o.kind === 'org' && o.count > 0 && o.names.some((n) => `${n} `.startsWith(`PT ${name} `)));
    if (full) absorb(full, c);
  }

  // A known acronym and a written-out name the article gives for it are one body ("Association of
  // Southeast Asian Nations" ... "ASEAN").
  // So is an acronym the lists read as another body's, when the article never writes that body's
  // name and the one it spells shares no word with it ("Armed Forces of Malta" … "AFM", which the
  // lists know as a Dutch regulator's; not "National Bank of Poland" for "NBP", which is Narodowy
  // Bank Polski in English). A name that holds the acronym is no spelling of it ("PGE Ekstraliga").
  const sharesWord = (a: string, b: string): boolean => {
    const words = new Set(a.toLowerCase().split(/[\s'’-]+/u).filter((w) => w.length >= 4));
    return b.toLowerCase().split(/[\s'’-]+/u).some((w) => words.has(w));
  };
  for (const a of clusters) {
    if (a.kind !== 'org' || a.count === 0) continue;
    const listed = !isAcronym(a.names[0]!);
    const written = listed ? (body.includes(a.names[0]!) ? undefined : /^\p{Lu}{2,6}(?![\p{L}\p{N}.])/u.exec(body.slice(a.first, a.first + 8))?.[0]) : a.names[0]!;
    if (written === undefined || written.includes('.')) continue;
    const full = clusters.find((o) => o !== a && o.kind === 'org' && o.count > 0 && o.names[0]!.includes(' ') && !o.acronym && spellsAcronym(written, o.names[0]!.split(/\s+/)) &&
      !(listed && (o.names[0]!.split(' ').includes(written) || sharesWord(o.names[0]!, a.names[0]!))));
    if (full) absorb(full, a);
  }

  // Headline mentions raise salience of entities already found.
  const titleLower = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}.'’-]+/gu, ' ')} `;
  for (const c of clusters) {
    if (c.count === 0) continue;
    const forms = c.kind === 'person' ? [c.parts[c.parts.length - 1]!] : c.names.map((n) => n.toLowerCase());
    if (forms.some((f) => f && titleLower.includes(` ${f} `))) c.count++;
  }

  // "Shah Alam, Petaling Jaya, Klang and Subang Jaya": an untitled "person" named up to three times, in a list
  // next to a place, is one of the places, unless it opens with a given name.
  if (!foreign) {
    const places = clusters.filter((c) => c.kind === 'place');
    for (const c of clusters) {
      const name = c.names[0]!;
      if (c.kind !== 'person' || !c.weak || c.count > 3 || c.names.length !== 1 || GIVEN_NAMES.has(norm(name.split(' ')[0]!))) continue;
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
      // A lone surname seen once with no full form is weak evidence; a Chinese or Japanese name is written without spaces.
      .filter((c) => !(kind === 'person' && c.parts.length === 1 && c.count < 2 && !HAN_SCRIPT.test(c.names[0]!)))
      // In German, a name found by its shape alone must recur to count.
      .filter((c) => !(nounCaps && c.weak && c.count < 2))
      // Streets come last: an address matters less to a reader than the town or the country.
      .sort((a, b) => Number(isStreet(a)) - Number(isStreet(b)) || b.count - a.count || a.first - b.first)
      .map((c) => withLeadingApostrophe(display(c), body))
      .filter((n) => (seen.has(n) ? false : (seen.add(n), true)))
      .slice(0, MAX_ENTITIES);
  };
  return { people: pick('person'), places: pick('place'), organizations: pick('org') };
}

/** A Welsh place's opening "Llan" (a parish's church) or "Llyn" (a lake) on a name no list knows. */
const WELSH_PLACE = /^Ll(?:an|yn)\p{Ll}{3,}$/u;

/** The last word of a publication's name ("Riverton Gazette", "Shia International News Association"). */
const OUTLET_WORD =
  /\s(?:News|Times|Post|Press|TV|Radio|Herald|Journal|Gazette|Tribune|Daily|Agency|Association|Network|Media|Service|Telegraph|Chronicle|Monitor|Magazine|Wire|Insider|Express|Mail|Mirror|Standard|Broadcasting|Zeitung|Presse|Nachrichten|Noticias|Notizie|Nouvelles|Diario|Jornal|Krant|Dagblad)$/u;
/** First words of navigation links that read like a publication ("More Washington News", "Latest Business News"). */
const NAV_OPENER = /^(?:More|Most|Latest|Top|Related|Other|All|Recent|Read|Popular|Trending|Featured|Sponsored|Local|Your|Breaking|Today's)\s/u;

/**
 * Organisations the cleaner takes out of the body: the publication the article came from, and the
 * agencies its credit lines name ("(Photo: Reuters/RIA Novosti)", "RIA Novosti – translated by …").
 * A credit names an agency only when the gazetteer knows it as an organisation, so photographers'
 * names stay out; the source counts when it reads as a publication's name.
 */
export function creditedOrganizations(credits: readonly string[], source: string | null, datelineAgency: string | null = null): string[] {
  const found: string[] = [];
  const add = (name: string): void => {
    if (!found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  };
  // The publication, and the agency a wire dateline names ("(Selat Wire)", "(Sarhad News Service)").
  for (const outlet of [source, datelineAgency]) {
    if (!outlet || !/^\p{Lu}/u.test(outlet) || outlet.split(/\s+/).length > 6 || /\.\p{L}{2,}$/u.test(outlet)) continue;
    const known = GAZ.get(norm(outlet));
    if (known?.kind === 'org') add(known.canonical);
    else if (!known && OUTLET_WORD.test(outlet) && !NAV_OPENER.test(outlet)) add(outlet);
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

/** Shortest word counted when telling a headline written in sentence case from one in title case. */
const MIN_CASE_WORD = 4;

/**
 * Whether a headline is written in sentence case ("Dyfi ospreys take a shorter road to Africa"): then
 * a capitalised word inside it is a name, as in the body, where title case makes every word look like one.
 */
function inSentenceCase(title: string): boolean {
  const words = title.split(/\s+/).slice(1).filter((w) => /^\p{L}/u.test(w) && w.length >= MIN_CASE_WORD);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length;
}

/**
 * The set with the names a headline in sentence case gives that the body does not, when the lists
 * know them as such (a continent, a country, a city, a body): "… take a shorter road to Africa".
 */
export function withHeadlineOnlyNames(found: EntitySet, title: string, lexicon: Lexicon | undefined, language: string | undefined, sports: boolean): EntitySet {
  // (Not in a sports headline, which names clubs by their towns: "… as Derry beaten at Tallaght".)
  if (!title || sports || !inSentenceCase(title)) return found;
  const named = extractEntities('', title, lexicon, language);
  const known = new Set([...found.people, ...found.places, ...found.organizations].map((n) => n.toLowerCase()));
  const listed = (name: string, kind: Kind): boolean => {
    const entry = gazLookup(name.split(' '));
    return (entry !== undefined && entry.kind === kind) || (kind === 'place' && isWorldPlace(name.split(' ')));
  };
  // A word opening the headline or one of its sentences is capitalised whatever it is: "Apple growers turn to rail".
  // (Only a name the headline writes as the lists name it: an acronym the lists expand may be another body's, "AFM".)
  const opensSentence = (name: string): boolean => title.startsWith(name) || ['. ', '! ', '? ', ': ', '¡', '¿'].some((mark) => title.includes(`${mark}${name}`));
  const add = (names: readonly string[], kind: Kind, to: readonly string[]): string[] =>
    [...to, ...names.filter((n) => !known.has(n.toLowerCase()) && listed(n, kind) && title.includes(n) && !opensSentence(n))].slice(0, MAX_ENTITIES);
  return { people: found.people, places: add(named.places, 'place', found.places), organizations: add(named.organizations, 'org', found.organizations) };
}
