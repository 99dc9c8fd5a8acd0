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
      if (!/^\p{L}[\p{L}-]*$/u.test(word)) {
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

/** One line per word form: language, form and English word, tab-separated, sorted. */
export function serializeCueTables(tables: CueTables): string {
  const lines: string[] = [];
  for (const [language, table] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [word, english] of [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(`${language}\t${word}\t${english}`);
  }
  return lines.join('\n');
}
