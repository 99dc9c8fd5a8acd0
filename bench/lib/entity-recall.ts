/**
 * Entity recall against hand-made lists: each article `NN-name.txt` (headline on the first line)
 * has `NN-name.expected.json` with `people`, `places`, `organizations` (alternative names joined by
 * `|`) and `optional` lists of names that are neither required nor counted as wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntitySet } from '../../functions/core/article.js';

type Kind = keyof EntitySet;
const KINDS: readonly Kind[] = ['people', 'places', 'organizations'];
const SAME_PLACE: Record<string, string> = { 'u.s': 'united states', us: 'united states', usa: 'united states', uk: 'united kingdom', 'u.k': 'united kingdom', britain: 'united kingdom' };

/** Accents, case, a leading "The", a possessive and a final period do not count. */
function key(name: string): string {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/'s$/, '').replace(/\.$/, '').trim();
  return SAME_PLACE[plain] ?? plain;
}

interface Expected extends EntitySet {
  optional: EntitySet;
}

export interface EntityRecall {
  articles: number;
  expected: number;
  found: number;
  byKind: Record<Kind, { expected: number; found: number }>;
  /** Names returned that are neither expected nor optional under that kind. */
  unlisted: string[];
}

export function entityRecall(dir: string, extract: (title: string, body: string) => EntitySet): EntityRecall {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, found: 0 }])) as EntityRecall['byKind'];
  const unlisted: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const [title = '', ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const got = extract(title, rest.join('\n').trim());
    for (const kind of KINDS) {
      const names = new Set(got[kind].map(key));
      for (const entry of expected[kind]) {
        byKind[kind].expected++;
        if (entry.split('|').some((alias) => names.has(key(alias)))) byKind[kind].found++;
      }
      const listed = new Set([...expected[kind], ...expected.optional[kind]].flatMap((entry) => entry.split('|').map(key)));
      for (const name of got[kind]) if (!listed.has(key(name))) unlisted.push(`${file} ${kind}: ${name}`);
    }
  }
  const expected = KINDS.reduce((n, k) => n + byKind[k].expected, 0);
  const found = KINDS.reduce((n, k) => n + byKind[k].found, 0);
  return { articles: files.length, expected, found, byKind, unlisted };
}
