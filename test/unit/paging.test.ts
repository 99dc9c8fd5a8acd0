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

/** The same bytes spelled differently: base64url decoders ignore the unused low bits of the last character. */
function flipUnusedBit(cursor: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(cursor.at(-1) ?? 'A');
  const flipped = cursor.slice(0, -1) + alphabet[last ^ 1];
  expect(Buffer.from(flipped, 'base64url')).toEqual(Buffer.from(cursor, 'base64url'));
  return flipped;
}

describe('cursors', () => {
  const position = '2026-01-02T03:04:05.000Z#0123456789abcdef01234567';
  it('round-trip a feed position in both directions', () => {
    expect(parseCursor(q(`cursor=${encodeCursor(position)}`))).toEqual({ after: position });
    expect(parseCursor(q(`cursor=${encodeCursor(position, 'after')}`))).toEqual({ after: position });
    expect(parseCursor(q(`cursor=${encodeCursor(position, 'before')}`))).toEqual({ before: position });
    expect(parseCursor(q(''))).toEqual({});
  });
  it('are opaque URL-safe tokens that differ by direction', () => {
    const after = encodeCursor(position, 'after');
    const before = encodeCursor(position, 'before');
    expect(after).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(before).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(before).not.toBe(after);
    expect(before).not.toContain(position);
    // A `next` cursor is exactly what it was before directions existed, so issued URLs keep working.
    expect(after).toBe(Buffer.from(position).toString('base64url'));
  });
  it.each([
    ['garbage', 'not a cursor!'],
    ['other base64', Buffer.from('{"pk":"OBJ#x"}').toString('base64url')],
    ['wrong hex length', encodeCursor('2026-01-02T03:04:05.000Z#0123')],
    ['injection attempt', encodeCursor(position + '" OR 1=1')],
    ['too long', 'A'.repeat(500)],
    ['unknown direction', Buffer.from(`after:${position}`).toString('base64url')],
    ['direction twice', Buffer.from(`before:before:${position}`).toString('base64url')],
    ['direction without position', Buffer.from('before:').toString('base64url')],
    ['padded', `${encodeCursor(position, 'before')}=`],
    ['non-canonical trailing bits', flipUnusedBit(encodeCursor(position, 'before'))],
  ])('rejects a tampered cursor (%s) with INVALID_CURSOR', (_name, cursor) => {
    const error = (() => {
      try {
        parseCursor(q(`cursor=${encodeURIComponent(cursor)}`));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ status: 400, code: 'INVALID_CURSOR', message: expect.stringMatching(/cursor is not valid/) });
  });
  it('rejects two cursors (a next and a previous, or the same twice) with INVALID_CURSOR', () => {
    const after = encodeCursor(position, 'after');
    const before = encodeCursor(position, 'before');
    for (const query of [`cursor=${after}&cursor=${before}`, `cursor=${before}&cursor=${before}`]) {
      expect(() => parseCursor(q(query))).toThrow(expect.objectContaining({ status: 400, code: 'INVALID_CURSOR' }));
    }
  });
});
