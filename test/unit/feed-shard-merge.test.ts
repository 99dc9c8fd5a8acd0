import { describe, expect, it } from 'vitest';
import { mergeShardPages } from '../../functions/adapters/dynamo-article-store.js';

const pos = (n: number): string => `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z#${'0'.repeat(23)}${n % 10}`;

describe('mergeShardPages', () => {
  it('merges complete shards newest first and tells whether more exist', () => {
    const shards = [
      { positions: [pos(9), pos(5), pos(1)], truncated: false },
      { positions: [pos(8), pos(7)], truncated: false },
      { positions: [], truncated: false },
    ];
    expect(mergeShardPages(shards, 3, 'newestFirst')).toEqual({ positions: [pos(9), pos(8), pos(7)], more: true });
    expect(mergeShardPages(shards, 5, 'newestFirst')).toEqual({ positions: [pos(9), pos(8), pos(7), pos(5), pos(1)], more: false });
  });

  it('never returns anything older than the frontier of a shard that stopped early', () => {
    // Shard 1 stopped after 8: it may still hold 6, which must not be skipped by returning 5.
    const shards = [
      { positions: [pos(9), pos(5), pos(1)], truncated: false },
      { positions: [pos(8)], truncated: true },
    ];
    expect(mergeShardPages(shards, 3, 'newestFirst')).toEqual({ positions: [pos(9), pos(8)], more: true });
  });

  it('uses the nearest frontier when several shards stopped early', () => {
    const shards = [
      { positions: [pos(20), pos(12)], truncated: true },
      { positions: [pos(19), pos(15)], truncated: true },
      { positions: [pos(18), pos(3)], truncated: false },
    ];
    expect(mergeShardPages(shards, 10, 'newestFirst')).toEqual({ positions: [pos(20), pos(19), pos(18), pos(15)], more: true });
  });

  it('merges oldest first for pages towards newer articles, with the frontier on the newer side', () => {
    const shards = [
      { positions: [pos(2), pos(6), pos(9)], truncated: false },
      { positions: [pos(3), pos(4)], truncated: true },
    ];
    expect(mergeShardPages(shards, 10, 'oldestFirst')).toEqual({ positions: [pos(2), pos(3), pos(4)], more: true });
    const complete = shards.map((shard) => ({ ...shard, truncated: false }));
    expect(mergeShardPages(complete, 3, 'oldestFirst')).toEqual({ positions: [pos(2), pos(3), pos(4)], more: true });
    expect(mergeShardPages(complete, 5, 'oldestFirst')).toEqual({ positions: [pos(2), pos(3), pos(4), pos(6), pos(9)], more: false });
  });
});
