import { createHash } from 'node:crypto';

const prefix = 'urn:dropfeed:article:';

/**
 * The article id for an object key: stable across re-uploads of the same key (readers key on it)
 * and URL-shaped, because Atom ids must be IRIs.
 */
export function articleIdForKey(key: string): string {
  return prefix + articleHexForKey(key);
}

/** The short hex form used in paths (`/articles/<hex>`) and table keys. */
export function articleHexForKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 24);
}

/** Accepts either the full id or its hex form; null when it is neither. */
export function articleHexFromId(idOrHex: string): string | null {
  const hex = idOrHex.startsWith(prefix) ? idOrHex.slice(prefix.length) : idOrHex;
  return /^[0-9a-f]{24}$/.test(hex) ? hex : null;
}
