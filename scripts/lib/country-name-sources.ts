/**
 * The hand-kept names of countries in the other languages read (one JSON file per language: English
 * name → the forms news in that language writes, nominative and the commonest case forms), read and
 * serialised for packing: scripts/build-country-names.ts writes what `serializeCountryNames` returns,
 * and a unit test checks the packed file still says the same as the sources. A form that is no
 * language's nominative is written `~Polsce`: it is read, never shown as a name. A list opens with its
 * nominative, except where that is the English name or the gazetteer's: a language whose lists mostly
 * hold case forms too then lists the case forms alone ("Polsce"), so its one-form lists are case forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasLetterCase } from '../../functions/core/words.js';
import { byCodePoint } from './topic-cue-sources.js';

/** English name → every form of it in any of the languages, the case forms marked with a leading `~`. */
export type CountryNames = ReadonlyMap<string, readonly string[]>;

export function readCountryNameSources(dir: string): CountryNames {
  /** Country → form → whether it is the nominative of some language's list. */
  const names = new Map<string, Map<string, boolean>>();
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f)).sort()) {
    const byCountry = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const lists = Object.values(byCountry);
    const inflecting = lists.filter((forms) => Array.isArray(forms) && forms.length > 1).length > lists.length / 2;
    for (const [country, forms] of Object.entries(byCountry)) {
      if (!Array.isArray(forms) || !forms.every((f) => typeof f === 'string' && f.trim() === f && f.length > 0 && !f.includes('|'))) {
        throw new Error(`${file}: "${country}" must map to a list of names`);
      }
      const byForm = names.get(country) ?? new Map<string, boolean>();
      // A script without letter case has no case forms in these lists: its several forms are spellings ("中国", "中國").
      const nominative = (form: string, index: number): boolean => !hasLetterCase(form) || (index === 0 && !(inflecting && forms.length === 1));
      (forms as string[]).forEach((form, index) => byForm.set(form, byForm.get(form) === true || nominative(form, index)));
      names.set(country, byForm);
    }
  }
  return new Map([...names].map(([country, byForm]) => [country, [...byForm].sort(([a], [b]) => byCodePoint(a, b)).map(([form, nominative]) => (nominative ? form : `~${form}`))]));
}

/** One line per country as the gazetteer writes its entries: the English name, then the other names, `|`-separated; sorted. */
export function serializeCountryNames(names: CountryNames): string {
  return [...names]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([country, forms]) => [country, ...forms].join('|'))
    .join('\n');
}
