/**
 * `npm run status -- <name>...`: one JSON line per object — article, duplicate, rejected, removed or
 * pending — from the running local stack, or from a deployed one with `--table NAME`.
 * With no names, lists every object under the watched prefix (needs --bucket for a deployed stack).
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { createS3Client } from '../../functions/adapters/s3-client.js';
import { keyFor, parseArgs, useLocalStack } from './cli-target.js';
import { runCommand } from './run-command.js';

async function main(): Promise<number> {
  const { options, rest } = parseArgs(process.argv.slice(2), ['table', 'bucket', 'prefix'], ['help']);
  if (options.help) {
    console.error('usage: npm run status -- [--table NAME [--bucket NAME]] [--prefix incoming/] [<name>...]');
    return 0;
  }
  const remote = typeof options.table === 'string';
  const local = remote ? null : await useLocalStack();
  const table = remote ? (options.table as string) : local!.tableName;
  const prefix = typeof options.prefix === 'string' ? options.prefix : (local?.prefix ?? 'incoming/');
  const store = new DynamoArticleStore(createDocumentClient(), table);

  let keys = rest.map((name) => keyFor(name, prefix));
  if (keys.length === 0) {
    const bucket = typeof options.bucket === 'string' ? options.bucket : local?.bucket;
    if (!bucket) {
      console.error('name the objects, or pass --bucket NAME to list every object under the prefix.');
      return 2;
    }
    keys = await listKeys(bucket, prefix, !remote);
  }
  for (const key of keys) console.log(JSON.stringify(await store.statusOf(key)));
  return 0;
}

async function listKeys(bucket: string, prefix: string, local: boolean): Promise<string[]> {
  const s3 = createS3Client({ forcePathStyle: local });
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

runCommand('status', main);
