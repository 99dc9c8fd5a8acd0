import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

/** The S3 records s3rver emits (it speaks the S3 event shape, with a few defects fixed later). */
export interface EmittedS3Event {
  Records: Array<Record<string, unknown> & { eventName: string; s3: { bucket: { name: string }; object: { key: string; size?: number } } }>;
}

export interface LocalServers {
  s3Endpoint: string;
  dynamoEndpoint: string;
  s3: S3rver;
  /** Stops the DynamoDB server only (fault tests restart it). */
  stopDynamo(): Promise<void>;
  startDynamo(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The environment that points the AWS SDK (and so the handlers, unchanged) at the stand-ins: the
 * standard endpoint variables, a region, and the only credentials s3rver accepts (dynalite takes any).
 */
export function localSdkEnv(endpoints: { s3Endpoint: string; dynamoEndpoint: string }): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamoEndpoint,
  };
}

export interface LocalServerOptions {
  dataDir: string;
  bucket: string;
  /** 0 picks a free port. */
  s3Port: number;
  dynamoPort: number;
}

/**
 * Starts the loopback stand-ins for S3 (s3rver) and DynamoDB (dynalite), keeping their data under
 * `dataDir` so a restart keeps the articles. Both speak the AWS wire protocol, so the functions
 * talk to them through the ordinary SDK clients.
 */
export async function startLocalServers(options: LocalServerOptions): Promise<LocalServers> {
  const s3Dir = join(options.dataDir, 's3');
  const dynamoDir = join(options.dataDir, 'dynamodb');
  await mkdir(s3Dir, { recursive: true });
  await mkdir(dynamoDir, { recursive: true });

  const s3 = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  const s3Address = await s3.run();

  let dynamoPort = options.dynamoPort;
  let dynamo: ReturnType<typeof dynalite> | null = null;
  async function startDynamo(): Promise<void> {
    const server = dynalite({ path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(dynamoPort, '127.0.0.1', () => resolve());
    });
    dynamoPort = (server.address() as AddressInfo).port;
    dynamo = server;
  }
  async function stopDynamo(): Promise<void> {
    const server = dynamo;
    dynamo = null;
    if (!server) return;
    // Open keep-alive sockets would hold the port; closing them makes the outage real.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await startDynamo();

  return {
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    s3,
    stopDynamo,
    startDynamo,
    async close() {
      await stopDynamo();
      await s3.close();
    },
  };
}
