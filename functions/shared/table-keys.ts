/**
 * Item key layout of the one table (see docs/data-model.md). Attribute and index names must match
 * infra/table-schema.ts; an infra test checks they do.
 *
 *   pk = OBJ#<hex>   sk = ARTICLE        the article built from one object key
 *   pk = OBJ#<hex>   sk = STATUS         what happened to that object (gsi: STATUS#<status>)
 *   pk = OBJ#<hex>   sk = IDX#<feedKey>  one per feed the article is in (gsi: FEED#<feedKey>)
 *   pk = HASH#<sha>  sk = OWNER          which key owns a given cleaned content (duplicate detection)
 *   pk = FACET#topic|entity  sk = <slug> a topic or entity that has been seen (listing, OPML)
 */
export const keyAttributes = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const feedIndex = { name: 'byFeed', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;

export const articleSortKey = 'ARTICLE';
export const statusSortKey = 'STATUS';
export const indexSortPrefix = 'IDX#';
export const ownerSortKey = 'OWNER';

export const objectPartition = (hex: string): string => `OBJ#${hex}`;
export const hexFromObjectPartition = (pk: string): string => pk.slice('OBJ#'.length);
export const feedPartition = (feedKey: string): string => `FEED#${feedKey}`;
export const statusPartition = (status: string): string => `STATUS#${status}`;
export const hashPartition = (hash: string): string => `HASH#${hash}`;
export const facetPartition = (kind: 'topic' | 'entity'): string => `FACET#${kind}`;

/** Newest first within a feed; the hex breaks ties so paging is stable. */
export const feedSortKey = (sortTime: string, hex: string): string => `${sortTime}#${hex}`;

/**
 * S3 sequencers are hexadecimal numbers of varying length: left-padding makes string order
 * equal numeric order, so DynamoDB conditions can compare them.
 */
export const normalizeSequencer = (sequencer: string): string => sequencer.toUpperCase().padStart(32, '0');
