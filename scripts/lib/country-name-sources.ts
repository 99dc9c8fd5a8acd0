/**
 * The hand-kept names of countries in the other languages read (one JSON file per language: English
 * name → the forms news in that language writes, nominative and the commonest case forms), read and
 * serialised for packing: scripts/build-country-names.ts writes what `serializeCountryNames` returns,
 * and a unit test checks the packed file still says the same as the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCodePoint } from './topic-cue-sources.js';

/** English name → every form of it in any of the languages. */
export type CountryNames = ReadonlyMap<string, readonly string[]>;

export function readCountryNameSources(dir: string): CountryNames {
  const names = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f)).sort()) {
    const byCountry = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [country, forms] of Object.entries(byCountry)) {
      if (!Array.isArray(forms) || !forms.every((f) => typeof f === 'string' && f.trim() === f && f.length > 0 && !f.includes('|'))) {
        throw new Error(`${file}: "${country}" must map to a list of names`);
      }
      const set = names.get(country) ?? new Set<string>();
      for (const form of forms as string[]) set.add(form);
      names.set(country, set);
    }
  }
  return new Map([...names].map(([country, set]) => [country, [...set].sort()]));
}

/** One line per country as the gazetteer writes its entries: the English name, then the other names, `|`-separated; sorted. */
export function serializeCountryNames(names: CountryNames): string {
  return [...names]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([country, forms]) => [country, ...forms].join('|'))
    .join('\n');
}
