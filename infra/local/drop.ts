/**
 * `npm run drop -- <files or folders>`: uploads articles to the watched prefix of the bucket, which
 * triggers ingestion exactly as on AWS. `--delete <name>` removes objects. `--bucket NAME` targets a
 * deployed stack (standard AWS credentials); otherwise the running local stack.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { createS3Client } from '../../functions/adapters/s3-client.js';
import type { ObjectStatus } from '../../functions/shared/object-status.js';
import { contentTypeFor } from './content-types.js';
import { keyFor, parseArgs, useLocalStack } from './cli-target.js';
import { runCommand } from './run-command.js';
import { listFiles } from './list-files.js';

const usage = `usage: npm run drop -- [--bucket NAME] [--prefix incoming/] [--no-wait] <files or folders>
       npm run drop -- [--bucket NAME] --delete <name> [<name>...]`;

async function main(): Promise<number> {
  const { options, rest } = parseArgs(process.argv.slice(2), ['bucket', 'prefix', 'table'], ['delete', 'no-wait', 'help']);
  if (options.help || rest.length === 0) {
    console.error(usage);
    return options.help ? 0 : 2;
  }
  const remote = typeof options.bucket === 'string';
  const local = remote ? null : await useLocalStack();
  const bucket = remote ? (options.bucket as string) : local!.bucket;
  const prefix = typeof options.prefix === 'string' ? options.prefix : (local?.prefix ?? 'incoming/');
  const s3 = createS3Client({ forcePathStyle: !remote });

  const keys: string[] = [];
  const store = remote ? null : new DynamoArticleStore(createDocumentClient(), local!.tableName);
  // A deleted or uploaded-again object already has an outcome; waiting means waiting for that record to change.
  const before = new Map<string, string | undefined>();
  const noteOutcome = async (key: string): Promise<void> => {
    if (store && !options['no-wait']) before.set(key, (await store.statusOf(key)).updatedAt);
  };
  if (options.delete) {
    for (const name of rest) {
      const key = keyFor(name, prefix);
      await noteOutcome(key);
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      console.error(`deleted s3://${bucket}/${key}`);
      keys.push(key);
    }
  } else {
    const { files, missing } = await listFiles(rest);
    for (const path of missing) console.error(`not found: ${path}`);
    if (files.length === 0) {
      console.error('nothing to upload: name files or folders that exist.');
      return 1;
    }
    for (const [index, path] of files.entries()) {
      const key = prefix + basename(path);
      await noteOutcome(key);
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile(path), ContentType: contentTypeFor(path) }),
      );
      console.error(`uploaded ${index + 1}/${files.length} ${path} → s3://${bucket}/${key}`);
      keys.push(key);
    }
    if (missing.length > 0) return 1;
  }

  if (remote || options['no-wait']) {
    const table = remote ? ' --table <TableName output>' : '';
    console.error(`follow them with: npm run status --${table} -- ${keys.map((key) => basename(key)).join(' ')}`);
    return 0;
  }
  // Locally, wait for the pipeline and print where each object ended up.
  const deadline = Date.now() + 120_000;
  const settled = (status: ObjectStatus): boolean =>
    status.status !== 'pending' && (!before.has(status.key) || status.updatedAt !== before.get(status.key));
  for (const key of keys) {
    let status = await store!.statusOf(key);
    while (!settled(status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await store!.statusOf(key);
    }
    console.log(JSON.stringify(status));
  }
  return 0;
}

runCommand('drop', main);
