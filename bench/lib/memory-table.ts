import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { ensureTable } from '../../infra/local/provision.js';

/** A table with the stack's schema on an in-memory dynalite, and a client for it. */
export interface MemoryTable {
  client: DynamoDBClient;
  tableName: string;
  port: number;
  close(): Promise<void>;
}

/** Starts dynalite on a free loopback port (no data directory) and creates `tableName` there. */
export async function startMemoryTable(tableName: string): Promise<MemoryTable> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const port = (server.address() as AddressInfo).port;
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: tableName, secretAccessKey: tableName },
  });
  await ensureTable(client, tableName);
  return {
    client,
    tableName,
    port,
    close: async () => {
      client.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
