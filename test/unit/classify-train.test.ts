import { describe, expect, it } from 'vitest';
import { createClassifier, trainTopicModel } from '../../functions/core/classify/index.js';
import { parseCsv, parseLabelledCsv } from '../../functions/core/classify/csv.js';
import { normalizeText, tokenize } from '../../functions/core/classify/features.js';
import { decodeTopicModel } from '../../functions/core/classify/model.js';
import type { LabelledText } from '../../functions/core/classify/train.js';
import { makeRng } from '../../functions/core/classify/train.js';

/** A synthetic three-topic corpus: each text mixes topic words with shared filler. */
function syntheticCorpus(n: number, seed: number): LabelledText[] {
  const vocab: Record<string, string[]> = {
    cooking: ['recipe', 'oven', 'flour', 'butter', 'simmer', 'sauce', 'garlic', 'bake', 'dough', 'spices'],
    gardening: ['soil', 'seeds', 'compost', 'prune', 'roses', 'watering', 'shrubs', 'mulch', 'tomatoes', 'weeds'],
    cycling: ['bike', 'pedal', 'gears', 'saddle', 'helmet', 'tyres', 'climb', 'peloton', 'chain', 'sprint'],
  };
  const filler = ['today', 'people', 'weekend', 'really', 'good', 'time', 'city', 'friends', 'new', 'best'];
  const rng = makeRng(seed);
  const pick = (xs: string[]): string => xs[Math.floor(rng() * xs.length)]!;
  const labels = Object.keys(vocab);
  return Array.from({ length: n }, (_, i) => {
    const label = labels[i % labels.length]!;
    const words = Array.from({ length: 12 }, () => (rng() < 0.45 ? pick(vocab[label]!) : pick(filler)));
    return { label, text: words.join(' ') };
  });
}

describe('trainTopicModel', () => {
  const data = syntheticCorpus(600, 1);
  const opts = { features: { hashBits: 14 }, epochs: 4, validationFraction: 0.2, seed: 3 };

  it('learns a custom taxonomy and the classifier uses its labels', () => {
    const result = trainTopicModel(data, opts);
    expect(result.model.labels).toEqual(['cooking', 'gardening', 'cycling']);
    expect(result.validationSize).toBe(120);
    expect(result.validationAccuracy).toBeGreaterThan(0.9);
    const classifier = createClassifier(result.model);
    const c = classifier.classify({ title: 'Weekend ride', body: 'We fixed the chain, checked the gears and the tyres, then rode the long climb with a helmet on.' });
    expect(c.topic).toBe('cycling');
    expect(c.topicConfidence).toBeGreaterThan(0.5);
    expect(c.language).toBe('en');
  });

  it('is reproducible: the same data and seed give the same model', () => {
    const a = trainTopicModel(data, opts).model;
    const b = trainTopicModel(data, opts).model;
    expect(a).toEqual(b);
  });

  it('survives a JSON round trip and rejects a corrupted model', () => {
    const model = JSON.parse(JSON.stringify(trainTopicModel(data, opts).model));
    expect(() => createClassifier(model)).not.toThrow();
    expect(() => decodeTopicModel({ ...model, labels: ['a', 'b'] })).toThrow(/expected/);
    expect(() => decodeTopicModel({ ...model, format: 'other' })).toThrow(/format/);
  });

  it('needs at least two labels', () => {
    expect(() => trainTopicModel([{ label: 'x', text: 'a b c' }])).toThrow(/two/);
  });
});

describe('CSV and text normalisation', () => {
  it('reads quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('reads label,text with a header, other columns ignored, and maps numeric labels to names', () => {
    const csv = 'label,text,source\n1,"Troops moved in",x\n2,"Team wins cup",y\n';
    expect(parseLabelledCsv(csv, new Map([['1', 'World'], ['2', 'Sports']]))).toEqual([
      { label: 'World', text: 'Troops moved in' },
      { label: 'Sports', text: 'Team wins cup' },
    ]);
    expect(parseLabelledCsv('politics,Vote today\nsport,Match tonight\n')).toEqual([
      { label: 'politics', text: 'Vote today' },
      { label: 'sport', text: 'Match tonight' },
    ]);
  });

  it('undoes AG News entity residue', () => {
    expect(normalizeText('Messier #39;s lawyer said quot;no quot; to \\$1.35 &lt;b&gt;...&lt;/b&gt;')).toBe('Messier\'s lawyer said "no " to $1.35  ... ');
    expect(tokenize("Messier #39;s lawyer paid \\$1.35")).toEqual(['messier', 'lawyer', 'paid', '0.00']);
  });
});
