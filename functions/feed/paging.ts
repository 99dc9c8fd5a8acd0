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

/** Cursors are opaque to clients: base64url of a feed position. */
export function encodeCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

/** The position a cursor stands for; a cursor that was not issued by us is a 400, never a 500. */
export function parseCursor(query: URLSearchParams): string | undefined {
  const raw = query.get('cursor');
  if (raw === null) return undefined;
  const position = /^[A-Za-z0-9_-]{1,200}$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  if (!positionPattern.test(position)) {
    throw new ClientError(400, 'INVALID_CURSOR', 'cursor is not valid; start again from the first page');
  }
  return position;
}
