/**
 * Towns and regions of the world that the hand-kept gazetteer leaves out (see
 * scripts/build-world-places.ts): a name the extractor could only guess at ("Round Rock", "Negros
 * Occidental") is a place when this list holds it.
 */
import packed from './data/world-places.json' with { type: 'json' };
import { unpackText } from './packed.js';

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lowercase, accents and apostrophe variants folded, so "Alcácer do Sal" and "Alcacer do Sal" meet;
 * letters with a stroke have no decomposition and are mapped by hand ("Đắk Lắk", "Łódź").
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .replace(/[łŁ]/gu, 'l')
    .replace(/[øØ]/gu, 'o')
    .replace(/[’‘`]/gu, "'")
    .toLowerCase();
}

const unpack = (field: string): Set<string> => new Set(unpackText(field).split('\n'));

let names: Set<string> | undefined;
let towns: Set<string> | undefined;
let cities: Set<string> | undefined;
let regions: Set<string> | undefined;

/** Whether the words, as written, name a town or region on the list. Inflated on first use (~16 ms). */
export function isWorldPlace(words: readonly string[]): boolean {
  names ??= unpack(packed.names);
  return names.has(foldPlaceName(words.join(' ')));
}

/**
 * Whether one word names a town of 5,000 to 50,000 people (`town`) or a larger one (`city`) the
 * gazetteer leaves out. One-word names are also surnames and words, so the caller needs the
 * sentence to say place first. Inflated on first use.
 */
export function worldTownSize(word: string): 'town' | 'city' | undefined {
  cities ??= unpack(packed.cities);
  towns ??= unpack(packed.towns);
  const folded = foldPlaceName(word);
  return cities.has(folded) ? 'city' : towns.has(folded) ? 'town' : undefined;
}

/**
 * Whether the list holds the words as a place: a name of two or more words, or one word naming a
 * town, a city or a subdivision (the subdivisions are among the `city` words).
 */
export function isOnWorldList(words: readonly string[]): boolean {
  return words.length > 1 ? isWorldPlace(words) : worldTownSize(words[0]!) !== undefined;
}

/** Whether one word names a country's subdivision (a region, a department, a province): one of the `city` words. */
export function isWorldRegion(word: string): boolean {
  regions ??= unpack(packed.regions);
  return regions.has(foldPlaceName(word));
}
