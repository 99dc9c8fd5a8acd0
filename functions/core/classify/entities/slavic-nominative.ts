/**
 * The nominative of a place an article in a Slavic language names only in another case: "w
 * Białymstoku", "v Českých Budějovicích", "u Rijeci". The article keeps the name as it writes it,
 * but its feed, facet and slug are the nominative's (Białystok, České Budějovice, Rijeka), so
 * every article about a town shares one feed whatever case its sentences put the town in.
 *
 * A case ending is swapped for each nominative ending it can come from, and a candidate counts
 * only when a list knows it as a place: the gazetteer (whose canonical name it then takes:
 * "Warszawie" → Warsaw) or the world's towns and regions. Without that check the endings would be
 * guesses: "Krakowa" could be Krakow or Krakowo, "Brně" Brno or Brna.
 */
import { GAZ, norm } from './tables.js';
import { isOnWorldList } from '../world-places.js';
import { type CaseEnding as Ending, nominativeFeedNames, nominativeForms, SLAVIC_GROUP_OF, type SlavicGroup } from './slavic-case.js';

/**
 * Polish nouns, the likelier reading of an ending first: masculine in -ów ("Krakowie"), soft stems
 * ("Poznaniu", "Zamościu"), hard stems ("Gdańsku", "Szczecinie"), feminine with the consonant
 * changes before -e ("Hajnówce", "Górze", "Pradze"), neuters ("Opolu", "Wejherowie"), plurals
 * ("Katowicach", "Suwałkach", "Katowic") and the fleeting e ("Mielcu").
 */
const POLISH_NOUNS: readonly Ending[] = [
  ['ymstoku', 'ystok'], ['egostoku', 'ystok'], ['ymstawie', 'ystaw'], ['egostawu', 'ystaw'],
  ['owie', 'ów'], ['owa', 'ów'], ['owem', 'ów'],
  ['niu', 'ń'], ['nia', 'ń'], ['ściu', 'ść'], ['ścia', 'ść'], ['ciu', 'ć'], ['cia', 'ć'], ['ziu', 'ź'], ['zia', 'ź'], ['siu', 'ś'], ['sia', 'ś'],
  ['iu', ''], ['ia', ''],
  ['ce', 'ka'], ['dze', 'ga'], ['rze', 'ra'], ['sze', 'cha'], ['ście', 'sta'], ['cie', 'ta'], ['dzie', 'da'], ['le', 'ła'],
  ['ście', 'st'], ['cie', 't'], ['dzie', 'd'], ['rze', 'r'],
  ['ie', ''], ['ie', 'a'], ['ie', 'o'],
  ['odzi', 'ódź'], ['kiem', 'ko'], ['giem', 'go'], ['cu', 'ec'], ['ca', 'ec'],
  ['u', ''], ['u', 'e'], ['u', 'o'], ['a', ''], ['a', 'o'], ['em', ''], ['em', 'e'], ['em', 'o'],
  ['ki', 'ka'], ['gi', 'ga'], ['i', 'ia'], ['cy', 'ca'], ['y', 'a'], ['ą', 'a'], ['ę', 'a'],
  ['ach', 'e'], ['ach', 'i'], ['ach', 'y'], ['ach', 'a'], ['ami', 'e'], ['', 'e'],
];

/** Czech and Slovak nouns: "Ostravě", "Brně", "Praze", "Táboře", "Třeboně", "Plzni", "Písku", "Liberci", "Žiline", "Pardubicích", "Košiciach". */
const CZECH_SLOVAK_NOUNS: readonly Ending[] = [
  ['icích', 'ice'], ['iciach', 'ice'], ['ách', 'y'], ['ách', 'e'], ['ech', 'y'], ['och', 'y'], ['ích', 'e'], ['ích', 'y'], ['iach', 'e'],
  ['ře', 'r'], ['ře', 'ra'], ['ze', 'ha'], ['ce', 'ka'],
  ['ně', 'ň'], ['tě', 'ť'], ['dě', 'ď'], ['ě', 'a'], ['ě', 'o'], ['ě', ''],
  ['ovi', ''], ['em', ''], ['om', ''], ['ou', 'a'],
  ['ku', 'ek'], ['ka', 'ek'], ['ci', 'ec'], ['ce', 'ec'], ['cem', 'ec'], ['ni', 'eň'], ['ně', 'eň'],
  ['i', 'e'], ['i', ''], ['i', 'a'], ['y', 'a'], ['y', 'e'], ['u', ''], ['u', 'a'], ['u', 'o'], ['a', ''], ['a', 'o'], ['e', ''], ['e', 'a'], ['', 'e'],
];

/**
 * Croatian, Bosnian, Serbian and Slovene nouns: "Rijeci", "Zagrebu", "Zadru" (the fleeting a),
 * "Kaštelima", "Ljubljani", "Mariboru", "Jesenicah", "Zasavju", "Splitom".
 */
const SOUTH_SLAVIC_NOUNS: readonly Ending[] = [
  ['ci', 'ka'], ['zi', 'ga'], ['si', 'ha'], ['ima', 'i'], ['ima', 'a'], ['ima', 'e'], ['ama', 'e'], ['ah', 'e'], ['ih', 'i'], ['ju', 'je'],
  ['ru', 'ar'], ['ra', 'ar'], ['cu', 'ac'], ['ca', 'ac'], ['ku', 'ak'], ['ka', 'ak'],
  ['u', ''], ['a', ''], ['om', ''], ['em', ''], ['i', 'a'], ['e', 'a'], ['u', 'a'], ['om', 'o'], ['u', 'o'], ['a', 'o'], ['u', 'e'], ['a', 'e'],
];

/** Adjectives in a name: "Bielsku Podlaskim", "Zielonej Górze", "Českých Budějovicích", "Jindřichova Hradce", "Banskej Bystrici", "Novom Sadu". */
const ADJECTIVES: Readonly<Record<SlavicGroup, readonly Ending[]>> = {
  pl: [['ym', 'y'], ['im', 'i'], ['iego', 'i'], ['ego', 'y'], ['iej', 'ia'], ['ej', 'a'], ['ą', 'a'], ['ych', 'e'], ['ich', 'ie']],
  cs: [['ém', 'ý'], ['ém', 'é'], ['ého', 'ý'], ['ého', 'é'], ['ých', 'é'], ['ých', 'y'], ['ým', 'ý'], ['ými', 'é'], ['ím', 'í'], ['ího', 'í'], ['ou', 'á'], ['é', 'á'], ['ej', 'á'], ['om', 'ý'], ['om', 'é'], ['ova', 'ův'], ['ově', 'ův'], ['ovu', 'ův']],
  south: [['oj', 'a'], ['om', 'i'], ['og', 'i'], ['om', 'o'], ['og', 'o'], ['em', 'i'], ['ega', 'i'], ['ih', 'i'], ['im', 'i'], ['e', 'a']],
};

const NOUNS = { pl: POLISH_NOUNS, cs: CZECH_SLOVAK_NOUNS, south: SOUTH_SLAVIC_NOUNS } as const;

/** The shortest stem an ending is taken from: "Łodzi" → "Ł-" + "ódź". */
const MIN_STEM = 1;
/** Shorter names are not read: "Ui" or "Ta" are no towns' case forms. */
const MIN_NAME = 4;
/** Names of more words than this are not read: each word multiplies the forms to test. */
const MAX_WORDS = 3;

/** The gazetteer's canonical name of a place. */
function gazetteerPlace(words: readonly string[]): string | undefined {
  const entry = GAZ.get(norm(words.join(' ')));
  return entry?.kind === 'place' ? entry.canonical : undefined;
}

/** Every combination of one form per word, the words as written first. */
function combinations(forms: readonly (readonly string[])[]): string[][] {
  return forms.reduce<string[][]>((done, options) => done.flatMap((head) => options.map((option) => [...head, option])), [[]]);
}

/**
 * The nominative of `name`, a place in an article in `language`, when the name is a case form of
 * one a list knows; undefined when the gazetteer knows the name as written, or no nominative is found.
 */
export function slavicPlaceNominative(name: string, language: string): string | undefined {
  const group = SLAVIC_GROUP_OF[language];
  if (group === undefined) return undefined;
  const words = name.split(' ');
  if (name.length < MIN_NAME || words.length > MAX_WORDS || GAZ.has(norm(name))) return undefined;
  // A case form can be another town's name ("Niša" is a town in Bosnia, "Niš" the city in Serbia):
  // such a name only gives way to a place the gazetteer knows.
  const onWorldList = isOnWorldList(words);
  // A word of the name may be an adjective agreeing with the noun, before or after it ("Gorzowie Wielkopolskim").
  const endings = [...ADJECTIVES[group], ...NOUNS[group]];
  const forms = words.map((word) => [word, ...nominativeForms(word, words.length > 1 ? endings : NOUNS[group], MIN_STEM)]);
  for (const candidate of combinations(forms).slice(1)) {
    const place = gazetteerPlace(candidate) ?? (!onWorldList && isOnWorldList(candidate) ? candidate.join(' ') : undefined);
    if (place !== undefined && place !== name) return place;
  }
  return undefined;
}

/**
 * Each place of `places` written in a case other than the nominative, mapped to the nominative's
 * feed name; names `feedNames` already maps keep their mapping.
 */
export function slavicNominativeFeedNames(places: readonly string[], feedNames: Readonly<Record<string, string>>, language: string): Record<string, string> {
  return nominativeFeedNames(places, feedNames, language, slavicPlaceNominative);
}
