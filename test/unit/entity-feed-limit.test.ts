import { describe, expect, it } from 'vitest';
import { entitiesBySalience } from '../../functions/core/entity-salience.js';
import { feedKeysFor, parseEntityFeedLimit } from '../../functions/core/feed-keys.js';
import { readIngestConfig } from '../../functions/shared/config.js';
import { makeArticle } from '../support/articles.js';

const story = makeArticle('incoming/port.txt', {
  title: 'Harbour board backs Napier port expansion',
  body: [
    'The Hawke’s Bay Regional Council voted on Tuesday to back the expansion of the port at Napier.',
    'Mayor Kirsten Wise said the council had listened. "Napier needs the berth," Wise said.',
    'Port chief executive Todd Dawson said Wellington had not been asked for money. Napier and Hastings share the costs.',
    'Wise said a final vote is due in March.',
  ].join('\n\n'),
  entities: {
    people: ['Kirsten Wise', 'Todd Dawson'],
    places: ['Napier', 'Wellington', 'Hastings'],
    organizations: ['Hawke’s Bay Regional Council'],
  },
});

describe('entity salience', () => {
  it('ranks the kinds against each other: headline and repeated names first, a person by surname', () => {
    const ranked = entitiesBySalience(story);
    // Napier: headline + 3 mentions; Wise: 3 mentions by surname; then single mentions in text order.
    expect(ranked).toEqual(['Napier', 'Kirsten Wise', 'Hawke’s Bay Regional Council', 'Todd Dawson', 'Wellington', 'Hastings']);
  });

  it('counts whole words only', () => {
    const article = makeArticle('incoming/ore.txt', {
      title: 'Rail freight',
      body: 'Oregon and Oregonians. Ore prices rose; Ore traders in Perth watched Ore.',
      entities: { people: [], places: ['Oregon', 'Perth'], organizations: ['Ore'] },
    });
    expect(entitiesBySalience(article)).toEqual(['Ore', 'Oregon', 'Perth']);
  });
});

describe('feed keys with an entity limit', () => {
  it('indexes every entity without a limit', () => {
    expect(feedKeysFor(story)).toHaveLength(2 + 6);
  });

  it('indexes only the most salient entities under a limit, after all and the topic', () => {
    expect(feedKeysFor(story, 2)).toEqual(['all', 'topic:world', 'entity:napier', 'entity:kirsten-wise']);
    expect(feedKeysFor(story, 0)).toEqual(['all', 'topic:world']);
  });

  it('counts aliases of one entity once against the limit', () => {
    const article = makeArticle('incoming/is.txt', {
      title: 'ISIS claims attack',
      body: 'ISIS said it carried out the attack. Islamic State fighters were seen in Raqqa.',
      entities: { people: [], places: ['Raqqa'], organizations: ['ISIS', 'Islamic State'] },
    });
    expect(feedKeysFor(article, 2)).toEqual(['all', 'topic:world', 'entity:islamic-state', 'entity:raqqa']);
  });
});

describe('ENTITY_FEED_LIMIT', () => {
  const env = { TABLE_NAME: 't' };
  it('is unset by default: every entity has its feed', () => {
    expect(readIngestConfig(env).entityFeedLimit).toBeNull();
  });
  it('reads a whole number, zero included', () => {
    expect(readIngestConfig({ ...env, ENTITY_FEED_LIMIT: '3' }).entityFeedLimit).toBe(3);
    expect(readIngestConfig({ ...env, ENTITY_FEED_LIMIT: '0' }).entityFeedLimit).toBe(0);
  });
  it('refuses anything else and says which variable', () => {
    expect(() => readIngestConfig({ ...env, ENTITY_FEED_LIMIT: 'three' })).toThrow(/ENTITY_FEED_LIMIT must be a whole number of entities, 0 or more/);
    expect(() => readIngestConfig({ ...env, ENTITY_FEED_LIMIT: '-1' })).toThrow(/ENTITY_FEED_LIMIT/);
  });
  it('is spelt the same wherever it is read: a whole number, with spaces around it allowed', () => {
    expect([' 2 ', '0', '12'].map(parseEntityFeedLimit)).toEqual([2, 0, 12]);
    expect(['', ' ', '1.5', '-1', '3e', 'NaN', 'Infinity'].map(parseEntityFeedLimit)).toEqual(Array(7).fill(undefined));
  });
});
