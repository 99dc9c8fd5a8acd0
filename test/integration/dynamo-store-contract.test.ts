import type { AddressInfo, Server } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll } from 'vitest';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { ensureTable } from '../../infra/local/provision.js';
import { describeStoreContract } from '../support/store-contract.js';

let server: Server;
let client: DynamoDBClient;
let tables = 0;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describeStoreContract('DynamoArticleStore on the local DynamoDB server', async () => {
  const tableName = `contract-${++tables}`;
  await ensureTable(client, tableName);
  return new DynamoArticleStore(createDocumentClient(client), tableName);
});
