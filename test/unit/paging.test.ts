import { describe, expect, it } from 'vitest';
import { ClientError } from '../../functions/feed/http-types.js';
import { encodeCursor, parseCursor, parseLimit } from '../../functions/feed/paging.js';

const q = (query: string) => new URLSearchParams(query);

describe('parseLimit', () => {
  it('defaults to 50 and accepts 1..100', () => {
    expect(parseLimit(q(''))).toBe(50);
    expect(parseLimit(q('limit=1'))).toBe(1);
    expect(parseLimit(q('limit=100'))).toBe(100);
  });
  it.each(['0', '101', '-1', '1.5', 'abc', '', '1e2', '0010'])('rejects limit=%s with a 400', (value) => {
    const error = (() => {
      try {
        parseLimit(q(`limit=${value}`));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).status).toBe(400);
  });
});

describe('cursors', () => {
  const position = '2026-01-02T03:04:05.000Z#0123456789abcdef01234567';
  it('round-trip a feed position', () => {
    expect(parseCursor(q(`cursor=${encodeCursor(position)}`))).toBe(position);
  });
  it.each([
    ['garbage', 'not a cursor!'],
    ['other base64', Buffer.from('{"pk":"OBJ#x"}').toString('base64url')],
    ['wrong hex length', encodeCursor('2026-01-02T03:04:05.000Z#0123')],
    ['injection attempt', encodeCursor(position + '" OR 1=1')],
    ['too long', 'A'.repeat(500)],
  ])('rejects a tampered cursor (%s) with INVALID_CURSOR', (_name, cursor) => {
    expect(() => parseCursor(q(`cursor=${encodeURIComponent(cursor)}`))).toThrow(/cursor is not valid/);
  });
});
