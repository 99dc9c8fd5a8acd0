import { fork } from 'node:child_process';

/** A DynamoDB stand-in with the stack's table, in its own process, and the environment that points the SDK at it. */
export interface TableProcess {
  /** AWS_ENDPOINT_URL_DYNAMODB, a region and credentials: what a handler's default client reads. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts dynalite (in memory) with `tableName` in a child process. DynamoDB is remote to a Lambda
 * function, so a benchmark that times the pipeline does not share its process with the server's
 * code and heap, nor load a second copy of the SDK to create the table.
 */
export function startTableProcess(tableName: string): Promise<TableProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(import.meta.filename, ['--serve', tableName], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const early = (code: number | null) => reject(new Error(`the DynamoDB stand-in exited (${code}) before it was ready`));
    child.once('error', reject);
    child.once('exit', early);
    child.once('message', (message) => {
      child.off('exit', early);
      const { port } = message as { port: number };
      resolvePromise({
        env: { AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${port}`, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: tableName, AWS_SECRET_ACCESS_KEY: tableName },
        close: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill();
          }),
      });
    });
  });
}

if (process.argv[2] === '--serve' && process.send) {
  const { startMemoryTable } = await import('./memory-table.js');
  const table = await startMemoryTable(process.argv[3]!);
  table.client.destroy();
  process.send({ port: table.port });
}
