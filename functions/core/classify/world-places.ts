/**
 * Towns and regions of the world that the hand-kept gazetteer leaves out (see
 * scripts/build-world-places.ts): a name the extractor could only guess at ("Round Rock", "Negros
 * Occidental") is a place when this list holds it.
 */
import { inflateRawSync } from 'node:zlib';
import packed from './data/world-places.json' with { type: 'json' };

/** Lowercase, accents and apostrophe variants folded, so "Alcácer do Sal" and "Alcacer do Sal" meet. */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/gu, "'")
    .toLowerCase();
}

let names: Set<string> | undefined;

/** Whether the words, as written, name a town or region on the list. Inflated on first use (~16 ms). */
export function isWorldPlace(words: readonly string[]): boolean {
  names ??= new Set(inflateRawSync(Buffer.from(packed.names, 'base64')).toString('utf8').split('\n'));
  return names.has(foldPlaceName(words.join(' ')));
}
