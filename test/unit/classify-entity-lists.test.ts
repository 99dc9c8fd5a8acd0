import { describe, expect, it } from 'vitest';
import entityLists from '../../functions/core/classify/data/entity-lists.packed.json' with { type: 'json' };
import { GAZ, GIVEN_NAMES, norm } from '../../functions/core/classify/entities/tables.js';
import { unpackText } from '../../functions/core/classify/packed.js';
import worldPlaces from '../../functions/core/classify/data/world-places.json' with { type: 'json' };
import { foldPlaceName } from '../../functions/core/classify/world-places.js';
import givenNames from '../../functions/core/classify/data/given-names.json' with { type: 'json' };
import { serializeEntityLists } from '../../scripts/lib/entity-list-sources.js';

const dataDir = new URL('../../functions/core/classify/data', import.meta.url).pathname;

describe('the packed entity lists', () => {
  it('ship the hand-kept lists as they are written (run `npx tsx scripts/build-entity-lists.ts` after editing one)', () => {
    expect(unpackText(entityLists.packed)).toBe(serializeEntityLists(dataDir));
  });

  it('are what the entity tables read', () => {
    expect(GAZ.get(norm('Federal Emergency Management Agency'))?.kind).toBe('org');
    expect(GAZ.get(norm('FEMA'))?.canonical).toBe('Federal Emergency Management Agency');
    expect(GIVEN_NAMES.has('kelsey')).toBe(true);
  });
});

describe('the packed world places', () => {
  it('leave out every town that opens with a given name, as they are built (run `npx tsx scripts/build-world-places.ts` after editing the given names)', () => {
    const given = new Set((givenNames as string[]).map(foldPlaceName));
    const opensWithGivenName = [worldPlaces.names, worldPlaces.towns, worldPlaces.cities]
      .flatMap((field) => unpackText(field).split('\n'))
      .filter((name) => given.has(name.split(/[\s-]+/u)[0]!));
    expect(opensWithGivenName).toEqual([]);
  });
});
