/**
 * The hand-kept topic cue tables (one JSON file per language, word form → English word), read and
 * checked for packing: scripts/build-topic-cues.ts writes what `serializeCueTables` returns, and a
 * unit test checks the packed file still says the same as the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CueTables = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Every `<language>.json` in `dir`. A key holding an apostrophe ("l'equip") is read as the word
 * behind it, because the lookup splits words there; a key the lookup can never meet (with a digit
 * or a space: "5g") is left out and reported through `skipped`. Keys must be lower case, values
 * one English word.
 */
export function readCueSources(dir: string, skipped?: (file: string, key: string) => void): CueTables {
  const tables = new Map<string, Map<string, string>>();
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f)).sort()) {
    const language = file.slice(0, 2);
    const words = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const table = new Map<string, string>();
    for (const [key, value] of Object.entries(words)) {
      if (typeof value !== 'string' || !/^[a-z]+$/.test(value)) throw new Error(`${file}: "${key}" must map to one lower-case English word, not ${JSON.stringify(value)}`);
      const word = key.split(/['’]/).at(-1)!;
      if (!/^\p{L}[\p{L}\p{M}-]*(?:·\p{L}[\p{L}\p{M}]*)*$/u.test(word)) {
        skipped?.(file, key);
        continue;
      }
      if (word !== word.toLowerCase()) throw new Error(`${file}: "${key}" is not lower case`);
      if (!table.has(word)) table.set(word, value);
    }
    tables.set(language, table);
  }
  return tables;
}

/** Sorts by code point, the same on every machine (`localeCompare` depends on the locale). */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each language as a `#<language>` line followed by one line per English word: the word, a tab and
 * the language's forms that mean it, space-separated; all sorted. Grouping by English word packs
 * ~15% smaller than a line per form, which repeats the language and the English word each time.
 */
export function serializeCueTables(tables: CueTables): string {
  const lines: string[] = [];
  for (const [language, table] of [...tables].sort(([a], [b]) => byCodePoint(a, b))) {
    lines.push(`#${language}`);
    const forms = new Map<string, string[]>();
    for (const [word, english] of table) forms.set(english, [...(forms.get(english) ?? []), word]);
    for (const [english, words] of [...forms].sort(([a], [b]) => byCodePoint(a, b))) lines.push(`${english}\t${words.sort(byCodePoint).join(' ')}`);
  }
  return lines.join('\n');
}
