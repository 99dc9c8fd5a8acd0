/**
 * The places a wire dateline names ("MONTEGO BAY, St James —", "SEOUL, South Korea (AP) —",
 * "BERLIN/PARIS (Reuters) -"): where the story was filed, which the cleaner takes out of the body
 * and so out of the text the extractor reads. The town is a place of the article when a list knows
 * it; the region, state or country after it always is.
 */
import type { EntitySet } from '../../article.js';
import { isOnWorldList } from '../world-places.js';
import { GAZ, NON_NAMES, norm } from './tables.js';
import { slavicPlaceNominative } from './slavic-nominative.js';

/** The abbreviations of US states and Canadian provinces that datelines use ("HOUMA, La. —"), which no list holds: "Ore." is ore elsewhere. */
const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut', 'Del.': 'Delaware',
  'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana',
  'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana',
  'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
  'Alta.': 'Alberta', 'B.C.': 'British Columbia', 'Man.': 'Manitoba', 'N.B.': 'New Brunswick', 'N.L.': 'Newfoundland and Labrador', 'N.S.': 'Nova Scotia',
  'Ont.': 'Ontario', 'P.E.I.': 'Prince Edward Island', 'Que.': 'Quebec', 'Sask.': 'Saskatchewan',
};

/** A word in capitals written as a name: "MONTEGO" → "Montego", "WINSTON-SALEM" → "Winston-Salem". */
const asName = (word: string): string => (word === word.toUpperCase() ? word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()) : word);

/** The name a list knows a dateline's part by, or undefined. */
function knownPlace(part: string): string | undefined {
  const words = part.split(/\s+/u).map(asName);
  const entry = GAZ.get(norm(words.join(' ')));
  if (entry !== undefined) return entry.kind === 'place' ? entry.canonical : undefined;
  return isOnWorldList(words) ? words.join(' ') : undefined;
}

/**
 * The state, region or country after the town, written small as a name ("St James", "Volta
 * Region", "South Korea"): a dateline names nothing else there, so no list needs to know it.
 */
const REGION_AFTER_TOWN = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’]+){0,3}$/u;

/**
 * `entities` with the dateline's places added after the places the text names, within `limit`:
 * the town and any other part a list knows, and the region after the town.
 */
export function withDatelinePlaces(entities: EntitySet, dateline: string | null | undefined, limit: number, language?: string): EntitySet {
  if (!dateline) return entities;
  // A Slavic article may name the dateline's town only in another case ("w Ostrołęce" under "Ostrołęka, 15 lipca"):
  // that is the place, named as the dateline writes it.
  if (language !== undefined) {
    const datelineTowns = new Set(dateline.split(/[,/]/u).map((part) => knownPlace(part.trim())));
    const places = entities.places.map((place) => {
      const nominative = slavicPlaceNominative(place, language);
      return nominative !== undefined && datelineTowns.has(nominative) ? nominative : place;
    });
    entities = { ...entities, places: [...new Set(places)] };
  }
  const named = new Set(entities.places.map((place) => place.toLowerCase()));
  const parts = dateline.split(',').map((part) => part.trim());
  const added = parts
    .flatMap((part, i) => (i === 0 ? part.split('/') : [part]).map((name) => (Object.hasOwn(STATE_ABBREVIATIONS, name) ? knownPlace(STATE_ABBREVIATIONS[name]!) : knownPlace(name.trim()) ?? (i > 0 && REGION_AFTER_TOWN.test(name) && !NON_NAMES.has(norm(name)) ? name : undefined))))
    .filter((place): place is string => place !== undefined && !named.has(place.toLowerCase()));
  if (added.length === 0) return entities;
  return { ...entities, places: [...entities.places, ...new Set(added)].slice(0, limit) };
}
