/**
 * A lone name no list knows that the sentence goes on to locate: "buried at Ranis, in central Germany",
 * "the reactor at Pelindaba, west of Pretoria", "heavy damage in the bay at Xlendi, on Gozo", "the field
 * station at Turkwel, outside Lodwar". Only a place is located by where it lies after a comma; a firm
 * or a club after "at" is not, unless by its town ("a geologist at Fortescue, in Perth"), which is why a
 * plain "in" counts only before a country, a region or a compass adjective.
 */
import { isOnWorldList, isWorldRegion } from '../world-places.js';
import { COUNTRIES, gazLookup } from './tables.js';
import { precedingWord, type Single, singleAt, unlistedLoneName } from './cues.js';

/** The prepositions a located name stands after. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'from', 'to', 'outside']);

/**
 * The comma, a distance, the relation ("in", "on", "off", "near", "outside", "west of") and up to three
 * capitalised words of the place it locates by, maybe after a compass adjective: "), in central Germany".
 */
const LOCATED = new RegExp(
  String.raw`^,\s+(?:(?:about|some|just)\s+)?(?:(?:[\d.,]+|a few|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:miles?|kilometres?|kilometers?|km)\s+)?` +
    String.raw`((?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near|off|on|in)\s+(?:the\s+)?` +
    String.raw`((?:central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?` +
    String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`,
  'u',
);

/** A region's word closing the place it is located by: "in Tana River County", "in Kandal Province". */
const REGION_WORD = /\s(?:County|Province|District|Region|State|Prefecture|Parish|Oblast|Governorate)$/u;

/** Whether the words name a place the lists know. */
const knownPlace = (name: string): boolean => gazLookup(name.split(/\s+/u))?.kind === 'place' || isOnWorldList(name.split(/\s+/u));

/** Whether the lone name is one the sentence locates after a comma (see the file's comment). */
export function locatedAfterComma(body: string, s: Single): boolean {
  if (!unlistedLoneName(s)) return false;
  const pos = singleAt(body, s);
  if (pos === null) return false;
  const before = precedingWord(body, pos)?.toLowerCase();
  if (before === undefined || !PLACE_PREPOSITIONS.has(before)) return false;
  const m = LOCATED.exec(body.slice(pos + s.word.length, pos + s.word.length + 80));
  if (m === null) return false;
  const [relation, compass, place] = [m[1]!, m[2], m[3]!];
  if (relation !== 'in') return knownPlace(place);
  // A plain "in" locates a firm by its town as well: only a country, a region or a compass adjective says place.
  return compass !== undefined ? knownPlace(place) : COUNTRIES.has(place) || REGION_WORD.test(place) || (!place.includes(' ') && isWorldRegion(place));
}
