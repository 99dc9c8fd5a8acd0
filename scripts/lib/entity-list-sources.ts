/**
 * The hand-kept entity lists (the gazetteer, given names, sports names and companies under
 * functions/core/classify/data/), read and serialised for packing: scripts/build-entity-lists.ts writes
 * what `serializeEntityLists` returns, and a unit test checks the packed file still says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source files, by the key each has in the packed object. */
export const ENTITY_LIST_FILES = { gazetteer: 'gazetteer.json', givenNames: 'given-names.json', sports: 'sports.json', companies: 'companies.json' } as const;

/** The lists as one JSON text, each source parsed and written without layout. */
export function serializeEntityLists(dataDir: string): string {
  const lists = Object.fromEntries(Object.entries(ENTITY_LIST_FILES).map(([key, file]) => [key, JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as unknown]));
  return JSON.stringify(lists);
}
