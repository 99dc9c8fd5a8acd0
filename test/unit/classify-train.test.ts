import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createClassifier, trainTopicModel } from '../../functions/core/classify/index.js';
import { parseCsv, parseLabelledCsv } from '../../functions/core/classify/csv.js';
import { featurizeText, normalizeText, tokenize } from '../../functions/core/classify/features.js';
import { buildLexicon, loadLexicon } from '../../functions/core/classify/lexicon.js';
import { unpackBytes, unpackText } from '../../functions/core/classify/packed.js';
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

  it('prunes near-zero weights: a smaller model that still classifies', () => {
    const full = trainTopicModel(data, { ...opts, prune: 0 });
    const pruned = trainTopicModel(data, { ...opts, prune: 8 });
    const zeros = (m: typeof full.model): number => decodeTopicModel(m).weights.filter((w) => w === 0).length;
    expect(zeros(pruned.model)).toBeGreaterThan(zeros(full.model));
    expect(pruned.model.weights.length).toBeLessThan(full.model.weights.length);
    expect(pruned.validationAccuracy).toBeGreaterThan(0.85);
  });

  it('still reads the deflated tables of format 1 and 2 models (format 1 carries no case or title features)', () => {
    const model = trainTopicModel(data, { ...opts, features: { hashBits: 14, caseWords: false } }).model;
    expect(model.format).toBe('dropfeed-topic-model/3');
    const deflated = (b64: string): string => deflateRawSync(unpackBytes(b64), { level: 9 }).toString('base64');
    const body = 'We fixed the chain, checked the gears and the tyres.';
    const scored = createClassifier(model).classify({ title: 'Ride', body });
    for (const format of ['dropfeed-topic-model/1', 'dropfeed-topic-model/2'] as const) {
      const older = { ...model, format, weights: deflated(model.weights), idf: deflated(model.idf) };
      expect(decodeTopicModel(older).weights).toEqual(decodeTopicModel(model).weights);
      expect(createClassifier(older).classify({ title: 'Ride', body })).toEqual(scored);
    }
  });

  it('needs at least two labels', () => {
    expect(() => trainTopicModel([{ label: 'x', text: 'a b c' }])).toThrow(/two/);
  });
});

describe('features', () => {
  const cfg = { hashBits: 16, wordNgrams: [1, 2], charNgrams: [], maxBodyWords: 80 };

  it('adds case-preserved features for capitalised tokens only when asked', () => {
    const lower = featurizeText('apple sells phones in china', { ...cfg, caseWords: true });
    const upper = featurizeText('Apple sells phones in China', { ...cfg, caseWords: true });
    expect(upper.idx.length).toBe(lower.idx.length + 2);
    expect(featurizeText('Apple sells phones in China', cfg).idx).toEqual(featurizeText('apple sells phones in china', cfg).idx);
  });

  it('L2-normalises all but the bias', () => {
    const x = featurizeText('Troops cross the border . Troops moved in overnight', { ...cfg, titleWords: true, skipBigrams: true });
    let n = 0;
    for (let i = 0; i < x.val.length - 1; i++) n += x.val[i]! ** 2;
    expect(n).toBeCloseTo(1, 5);
    expect(x.val[x.val.length - 1]).toBe(1);
  });
});

describe('lexicon', () => {
  const texts = [
    'Apple shares rose. The apple harvest was good and apples were cheap.',
    'Apple said its phones sold well; apples and applesauce sold too.',
    'Markets fell as apple growers and Apple investors worried.',
  ];

  it('round-trips document frequencies and common-word flags through the compact form', () => {
    const data = buildLexicon(texts, 1);
    expect(data.format).toBe('dropfeed-lexicon/3');
    const lex = loadLexicon(JSON.parse(JSON.stringify(data)));
    const idf = (df: number): number => Math.log((texts.length + 1) / (df + 1)) + 1;
    expect(lex.idf('apple')).toBeCloseTo(idf(3), 10);
    expect(lex.idf('applesauce')).toBeCloseTo(idf(1), 10);
    expect(lex.idf('Apples')).toBeCloseTo(idf(2), 10);
    expect(lex.idf('unseen')).toBeCloseTo(Math.log(texts.length + 1) + 1, 10);
    expect(lex.isCommon('harvest')).toBe(true);
    expect(lex.isCommon('unseen')).toBe(false);
  });

  it('keeps a name common in lower-cased texts a name when mixed-case prose capitalises it', () => {
    const named = [
      'officials said that Abbas had met several envoys during the week.',
      'the talks with Abbas resumed after aides said they were ready.',
      'later that evening Abbas spoke briefly to waiting reporters.',
      'the talks with abbas stalled and abbas left and abbas was angry and abbas flew home.',
    ];
    const lex = loadLexicon(buildLexicon(named, 1));
    expect(lex.isCommon('abbas')).toBe(false);
    expect(lex.isCommon('talks')).toBe(true);
  });

  it('reads a word that only lower-cased texts write small as a name, not a common word', () => {
    const lex = loadLexicon(
      buildLexicon(
        [
          'HATTIESBURG, Miss. - The team flew home on Sunday.',
          'the team will wait in hattiesburg for the announcement.',
          'Fans said the team would wait for news at home.',
        ],
        1,
      ),
    );
    expect(lex.isCommon('hattiesburg')).toBe(false);
    expect(lex.isCommon('wait')).toBe(true);
  });

  it('drops terms below the minimum document frequency and rejects other formats', () => {
    const lex = loadLexicon(buildLexicon(texts, 2));
    expect(lex.idf('applesauce')).toBeCloseTo(Math.log(texts.length + 1) + 1, 10);
    expect(() => loadLexicon({ ...buildLexicon(texts), format: 'dropfeed-lexicon/1' as 'dropfeed-lexicon/2' })).toThrow(/format/);
  });

  it('still reads a lexicon trained before the terms were compressed', () => {
    const { packedTerms, ...rest } = buildLexicon(texts, 1);
    const plain = loadLexicon({ ...rest, format: 'dropfeed-lexicon/2', terms: unpackText(packedTerms!) });
    const packed = loadLexicon(buildLexicon(texts, 1));
    for (const word of ['apple', 'applesauce', 'harvest', 'unseen']) {
      expect(plain.idf(word)).toBe(packed.idf(word));
      expect(plain.isCommon(word)).toBe(packed.isCommon(word));
    }
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
