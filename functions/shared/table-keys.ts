/**
 * Item key layout of the one table (see docs/data-model.md). Attribute and index names must match
 * infra/table-schema.ts; an infra test checks they do.
 *
 *   pk = OBJ#<hex>   sk = ARTICLE        the article built from one object key: most fields as one
 *                                        brotli-compressed JSON attribute, plus `sequencer`,
 *                                        `sortTime`, `feedKeys` (the entries it is indexed under)
 *   pk = OBJ#<hex>   sk = STATUS         what happened to that object (status index: STATUS#<status>,
 *                                        only for the statuses in `indexedStatuses`)
 *   pk = FEED#<feedKey>#<shard>  sk = <sortTime>#<hex>
 *                                        one per feed the article is in, keys only: a feed page is a
 *                                        Query on the table itself, no secondary index to write
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
/**
 * The one secondary index: rejected and duplicate uploads by time. Sparse (only those status
 * items carry its keys), so articles cost it nothing. Its name predates that role and is kept:
 * CloudFormation cannot rename an index of a deployed table in one update.
 */
export const statusIndex = { name: 'byFeed', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;
/** The statuses listed in the status index; the others (`processing`, `article`, `removed`) are not. */
export const indexedStatuses: ReadonlySet<string> = new Set(['rejected', 'duplicate']);

export const articleSortKey = 'ARTICLE';
export const statusSortKey = 'STATUS';
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

/** The partition holding one shard of a feed's entries. */
export const feedPartition = (feedKey: string, shard: number): string => `FEED#${feedKey}#${shard}`;
/** Every shard's partition of a feed, shard 0 first. */
export const feedPartitions = (feedKey: string): string[] =>
  Array.from({ length: feedShardCount }, (_, shard) => feedPartition(feedKey, shard));
/** The status index partition listing one status. */
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
