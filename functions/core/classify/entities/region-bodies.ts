/**
 * Bodies named by what they do and the region they serve: "Engineers Ireland", "Maritime New
 * Zealand" (the field first) and "Kerala Tourism", "Alberta Wildfire" (the region first). News writes
 * a region beside an everyday word capitalised almost only in such names; the words below are the
 * exceptions, where the pair names a region's part, an event, a deal or a currency instead.
 */
import type { Lexicon } from '../lexicon.js';
import { ALL_STOPWORDS } from '../stopwords.js';
import { isWorldPlace } from '../world-places.js';
import { BUILDING_WORDS, COMPASS, DEMONYMS, gazLookup, GIVEN_NAMES, NON_NAMES, norm, PLACE_PREFIXES, PLACE_WORDS, STREET_WORDS, TITLES } from './tables.js';

/** Words that qualify a region itself ("Rural Ireland", "Modern Britain", "Greater Manchester"). */
const REGION_QUALIFIERS = new Set(
  'mid rural urban modern middle global mainland continental inner outer greater little old new great ancient medieval colonial imperial postwar post-war contemporary democratic independent free united whole entire proper catholic protestant gaelic fortress'.split(' '),
);

/** What follows a region's name when the pair names an event, an agreement, a team or a currency. */
const REGION_THINGS = new Set(
  (
    'agreement accord accords protocol convention conventions treaty act bill law laws declaration charter deal plan strategy budget ' +
    'war wars crisis conflict attack attacks bombing bombings massacre riots protests uprising revolution siege invasion occupation ' +
    'marathon olympics paralympics games cup open masters championship championships derby classic rally festival fair expo show week day days night summit talks process ' +
    'wall floods flood fires fire earthquake quake storm tsunami consensus syndrome model variant time standard ' +
    'dollar dollars pound pounds shilling shillings rupee rupees peso pesos rand franc francs euro euros yuan yen lira dinar riyal naira cedi kwacha ringgit baht ' +
    'land junction channel state states assistant acting interim former ' +
    'women men girls boys seniors squad test tests series tour final finals team side fans supporters'
  ).split(' '),
);

/** An everyday word capitalised as part of a name, that is none of the region's own words. */
function fieldWord(word: string, lex: Lexicon | undefined): boolean {
  const w = norm(word);
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    // A plural the lexicon knows in the singular counts too ("Waterways", "Museums").
    ((lex?.isCommon(word) ?? false) || pluralOfCommon(word, lex) || rarePursuit(word, lex)) &&
    !ALL_STOPWORDS.has(w) &&
    !TITLES.has(w) &&
    !DEMONYMS.has(w) &&
    !COMPASS.has(w) &&
    !NON_NAMES.has(w) &&
    !GIVEN_NAMES.has(w) &&
    !PLACE_WORDS.has(w) &&
    !PLACE_PREFIXES.has(w) &&
    !STREET_WORDS.has(w) &&
    !BUILDING_WORDS.has(w) &&
    !REGION_QUALIFIERS.has(w) &&
    !REGION_THINGS.has(w)
  );
}

/** A pursuit's name in -ing too rare for the lexicon: "Mountaineering" (Ireland), "Orienteering" (Scotland). */
function rarePursuit(word: string, lex: Lexicon | undefined): boolean {
  return /^\p{Lu}\p{Ll}{5,}ing$/u.test(word) && !(lex?.has(word) ?? true);
}

/** A capitalised plural's shape, with the adverbs shaped so ("Towards", "Sometimes", "Perhaps", "Besides") left out; not "Thus", "Business". */
const pluralShaped = (word: string): boolean => /^\p{Lu}\p{Ll}+[^su]s$/u.test(word) && !/(?:wards|times|haps|sides)$/u.test(word);

/**
 * A plural whose singular is an everyday word: "Waterways", "Museums". Adverbs in -wards and -times
 * have one ("toward") and are left out; "Always" has none.
 */
function pluralOfCommon(word: string, lex: Lexicon | undefined): boolean {
  return pluralShaped(word) && (lex?.isCommon(word.slice(0, -1)) ?? false);
}

/** A plural noun's shape: "Engineers", "Careers"; not "Across", "Thus", "Business", "Towards", "Perhaps", nor any "-ways" ("Always"). */
const pluralNoun = (word: string): boolean => pluralShaped(word) && !/ways$/u.test(word);

/**
 * "Engineers Ireland said …": opening a sentence, a plural field word before a known region still
 * names the body; an adverb or a verb there ("Meanwhile Ireland", "Beating England") is no plural noun.
 */
export function pluralFieldOpens(words: readonly string[], lex: Lexicon | undefined): boolean {
  const first = words[0] ?? '';
  return (pluralNoun(first) || pluralOfCommon(first, lex)) && fieldBeforeRegion(words, lex);
}

/** Words that open a sentence before a country that speaks, without naming a body with it: "Meanwhile Ireland said". */
const SENTENCE_OPENERS = new Set('meanwhile elsewhere instead today yesterday tonight overall separately later earlier now still also together likewise otherwise nonetheless nevertheless hence finally'.split(' '));

/**
 * A field word and a known region opening a sentence, before a verb of saying: "Natural England
 * said". An adverb ("Meanwhile", "Recently") or a verb's form ("Beating", "Asked") is no field word.
 */
export function speakingRegionBody(words: readonly string[], lex: Lexicon | undefined): boolean {
  const opener = norm(words[0] ?? '');
  // (A word in -ing the lexicon does not hold is a pursuit's name, no verb: "Mountaineering Ireland said".)
  return !SENTENCE_OPENERS.has(opener) && (!/(?:ly|ing|ed)$/u.test(opener) || rarePursuit(words[0]!, lex)) && fieldBeforeRegion(words, lex);
}

/**
 * An everyday field word, then a known region: "Engineers Ireland", "Careers Wales"; or a field word
 * with a qualifier or another field word before it: "Global Affairs Canada", "National Museums Scotland".
 */
function fieldBeforeRegion(words: readonly string[], lex: Lexicon | undefined): boolean {
  if (words.length >= 2 && fieldWord(words[0]!, lex) && knownRegion(words.slice(1))) return true;
  return words.length >= 3 && fieldQualifier(words[0]!, lex) && fieldWord(words[1]!, lex) && knownRegion(words.slice(2), true);
}

/** A field word, a region's qualifier ("Global") or an adjective of the language ("National", "Public", "Historic"). */
function fieldQualifier(word: string, lex: Lexicon | undefined): boolean {
  const w = norm(word);
  return fieldWord(word, lex) || (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && (lex?.isCommon(word) ?? false) && (REGION_QUALIFIERS.has(w) || /(?:al|ic)$/u.test(w)) && !COMPASS.has(w) && !DEMONYMS.has(w));
}

/** A known place of one to three words; a one-word place that is also a given name ("Florence", "Georgia") does not count. */
function knownRegion(words: readonly string[], worldList = false): boolean {
  if (words.length === 0 || words.length > 3) return false;
  if (words.length === 1 && GIVEN_NAMES.has(norm(words[0]!))) return false;
  // (After the field, a region of the world list named in two or three words will do: New Zealand's "West Coast".)
  return gazLookup([...words])?.kind === 'place' || (worldList && words.length >= 2 && isWorldPlace(words));
}

/** Where the run stands in its sentence. */
export interface RunPlace {
  /** The run opens its sentence: an adverb or a verb is capitalised there too ("Meanwhile Ireland", "Beating England"); a plural field word still counts. */
  sentenceStart: boolean;
  /** A capitalised word precedes it, with or without a lowercase joiner: the run may end a longer name ("Save the Children Philippines", "Keep Wales Tidy"). */
  continuesBefore: boolean;
  /** A joiner or a comma and a capitalised word follow it: the run is the start of a longer name ("Toowoomba Refugee and Migrant Support"). */
  continuesAfter: boolean;
  /** A verb of saying follows it ("Natural England said"): at a sentence's start, an adverb or a verb does not speak. */
  speaksAfter: boolean;
}

/**
 * Whether the run names a region's body: an everyday field word before a known region ("Engineers
 * Ireland", "Careers Wales") or after it ("Kerala Tourism", "Alberta Wildfire"), when the run is
 * the whole name.
 */
export function namesRegionBody(words: readonly string[], at: RunPlace, lex: Lexicon | undefined): boolean {
  if (words.length < 2) return false;
  const fieldFirst = !at.continuesBefore && (at.sentenceStart ? pluralFieldOpens(words, lex) || (at.speaksAfter && speakingRegionBody(words, lex)) : fieldBeforeRegion(words, lex));
  const regionFirst = !at.continuesBefore && !at.continuesAfter && fieldWord(words[words.length - 1]!, lex) && knownRegion(words.slice(0, -1));
  return fieldFirst || regionFirst;
}
