/**
 * Item key layout of the one table (see docs/data-model.md). Attribute and index names must match
 * infra/table-schema.ts; an infra test checks they do.
 *
 *   pk = OBJ#<hex>   sk = ARTICLE        the article built from one object key
 *   pk = OBJ#<hex>   sk = STATUS         what happened to that object (gsi: STATUS#<status>)
 *   pk = OBJ#<hex>   sk = IDX#<feedKey>  one per feed the article is in (gsi: FEED#<feedKey>#<shard>)
 *   pk = HASH#<sha>  sk = OWNER          which key owns a given cleaned content (duplicate detection)
 *   pk = FACET#topic|entity#<shard>  sk = <slug>
 *                                        a topic or entity: its name and how many of the articles
 *                                        of that shard are in its feed (a facet's count is the sum
 *                                        over its shards)
 *
 * <shard> = feedShardOf(hex), in 0..feedShardCount-1: every feed index entry and facet counter an
 * article touches lives in the same shard, so a burst of writes to one feed spreads over
 * feedShardCount partition keys instead of one, and readers query every shard of a feed.
 */
export const keyAttributes = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const feedIndex = { name: 'byFeed', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;

export const articleSortKey = 'ARTICLE';
export const statusSortKey = 'STATUS';
export const indexSortPrefix = 'IDX#';
export const ownerSortKey = 'OWNER';

export const objectPartition = (hex: string): string => `OBJ#${hex}`;
export const hexFromObjectPartition = (pk: string): string => pk.slice('OBJ#'.length);
/**
 * How many partition keys each feed and each facet counter is spread over. DynamoDB takes about
 * 1,000 writes/s per partition key; every article writes one entry to `all`, one to its topic
 * (a handful of topics share all articles) and bumps its topic's counter, so 8 shards lift the
 * ceiling for those to about 8,000 articles/s, while a page read costs 8 small parallel Queries.
 * Changing it re-keys every entry: existing tables must be re-seeded.
 */
export const feedShardCount = 8;

/** The shard of an article: a stable, evenly spread function of its hex id (sha256-derived). */
export const feedShardOf = (hex: string): number => Number.parseInt(hex.slice(0, 8), 16) % feedShardCount;

/** The index partition of one shard of a feed. */
export const feedPartition = (feedKey: string, shard: number): string => `FEED#${feedKey}#${shard}`;
/** Every shard's index partition of a feed, shard 0 first. */
export const feedPartitions = (feedKey: string): string[] =>
  Array.from({ length: feedShardCount }, (_, shard) => feedPartition(feedKey, shard));
export const statusPartition = (status: string): string => `STATUS#${status}`;
export const hashPartition = (hash: string): string => `HASH#${hash}`;
/** The partition holding one shard's counters of every topic or every entity. */
export const facetPartition = (kind: 'topic' | 'entity', shard: number): string => `FACET#${kind}#${shard}`;

/** Newest first within a feed; the hex breaks ties so paging is stable. */
export const feedSortKey = (sortTime: string, hex: string): string => `${sortTime}#${hex}`;

/**
 * S3 sequencers are hexadecimal numbers of varying length: left-padding makes string order
 * equal numeric order, so DynamoDB conditions can compare them.
 */
export const normalizeSequencer = (sequencer: string): string => sequencer.toUpperCase().padStart(32, '0');
