/**
 * The one DynamoDB table's key schema, shared by the CDK stack and the local runner so both
 * create the same table. Attribute names here are the contract with functions/shared/table-keys.ts
 * (an infra test checks they agree).
 */
export const tableSchema = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Feed index: newest first per feed (all / topic / entity / status lists). */
  feedIndex: { name: 'byFeed', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;
