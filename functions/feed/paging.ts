import { positionPattern } from './ports.js';
import { ClientError } from './http-types.js';

export const defaultLimit = 50;
export const maxLimit = 100;

/** `?limit=` as an integer in 1..100; absent means the default. */
export function parseLimit(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return defaultLimit;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > maxLimit) {
    throw new ClientError(400, 'INVALID_LIMIT', `limit must be an integer from 1 to ${maxLimit}`);
  }
  return Number(raw);
}

/** Which way a page goes from a position: `after` = older articles (next), `before` = newer (previous). */
export type PageDirection = 'after' | 'before';

/** Where a page starts, ready to spread into a `FeedQuery`: at most one of the two is set. */
export interface PageStart {
  after?: string;
  before?: string;
}

// A bare position means "after": cursors issued before the direction existed keep working, and
// `next` cursors (the common case) stay as short as they were. Positions start with a digit, so
// the prefix cannot be mistaken for one.
const beforePrefix = 'before:';

/** Cursors are opaque to clients: base64url of a feed position and the direction to go from it. */
export function encodeCursor(position: string, direction: PageDirection = 'after'): string {
  return Buffer.from(direction === 'before' ? beforePrefix + position : position, 'utf8').toString('base64url');
}

/**
 * The page start a request's `cursor` stands for (empty for the first page). A cursor this service
 * did not issue, or more than one cursor, is a 400 INVALID_CURSOR, never a 500.
 */
export function parseCursor(query: URLSearchParams): PageStart {
  const all = query.getAll('cursor');
  if (all.length === 0) return {};
  if (all.length > 1) {
    throw new ClientError(400, 'INVALID_CURSOR', 'give one cursor: either a next or a previous one, not both');
  }
  const raw = all[0] ?? '';
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const before = decoded.startsWith(beforePrefix);
  const position = before ? decoded.slice(beforePrefix.length) : decoded;
  // Re-encoding must give the same text back: base64url decoding is lenient (it skips bad
  // trailing bits), and an opaque token should have exactly one spelling.
  if (!positionPattern.test(position) || encodeCursor(position, before ? 'before' : 'after') !== raw) {
    throw new ClientError(400, 'INVALID_CURSOR', 'cursor is not valid; start again from the first page');
  }
  return before ? { before: position } : { after: position };
}
