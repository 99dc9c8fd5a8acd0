import { describe, expect, it } from 'vitest';
import { aggregate, scorePage, tokenize } from '../../bench/lib/f1.js';

describe('benchmark metric (bench/lib/f1)', () => {
  it('tokenizes like Python \\w+ with Unicode', () => {
    expect(tokenize('Zoë’s café, 3rd_place — naïve!')).toEqual(['Zoë', 's', 'café', '3rd_place', 'naïve']);
  });

  it('scores identical text 1 and disjoint text 0', () => {
    const text = 'one two three four five six seven';
    expect(aggregate([scorePage(text, text)]).f1).toBe(1);
    expect(aggregate([scorePage('a b c d e', 'v w x y z')]).f1).toBe(0);
    expect(scorePage('', '')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('normalizes per page and averages over pages', () => {
    // Half the predicted shingles are extra: precision 0.5 on that page, recall 1.
    const truth = 'a b c d e';
    const page = scorePage('a b c d e x y z', truth);
    expect(page.tp + page.fp + page.fn).toBeCloseTo(1);
    const agg = aggregate([page, scorePage(truth, truth)]);
    expect(agg.recall).toBe(1);
    expect(agg.precision).toBeGreaterThan(0.5);
    expect(agg.precision).toBeLessThan(1);
  });
});
