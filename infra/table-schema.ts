/**
 * The one DynamoDB table's key schema, shared by the CDK stack and the local runner so both
 * create the same table. Attribute names here are the contract with functions/shared/table-keys.ts
 * (an infra test checks they agree).
 */
export const tableSchema = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /**
   * Sparse status index: rejected and duplicate uploads by time. Feeds are keyed in the table
   * itself. The name `byFeed` predates that and stays: CloudFormation cannot rename an index of
   * a deployed table in place.
   */
  statusIndex: { name: 'byFeed', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;
