/**
 * `npm run status -- <name>...`: one JSON line per object — article, duplicate, rejected, removed or
 * pending, or missing for a name the bucket does not hold — from the running local stack, or from a
 * deployed one with `--table NAME` (with `--bucket NAME` to tell pending from missing there).
 * With no names, lists every object under the watched prefix (needs --bucket for a deployed stack).
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
import { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
import { createS3Client } from '../../functions/adapters/s3-client.js';
import { S3ObjectSource } from '../../functions/adapters/s3-object-source.js';
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
  const s3 = createS3Client({ forcePathStyle: !remote });
  const uploads = new S3ObjectSource(s3);

  const bucket = typeof options.bucket === 'string' ? options.bucket : local?.bucket;
  let keys = rest.map((name) => keyFor(name, prefix));
  const named = keys.length > 0;
  if (!named) {
    if (!bucket) {
      console.error('name the objects, or pass --bucket NAME to list every object under the prefix.');
      return 2;
    }
    keys = await listKeys(s3, bucket, prefix);
  }
  let missing = 0;
  for (const key of keys) {
    const status = await store.statusOf(key);
    // A name with no outcome yet is pending only if its object is there: a misspelt one would wait forever.
    if (named && status.status === 'pending' && bucket && (await uploads.sizeOf(bucket, key)) === null) {
      console.log(JSON.stringify({ key, status: 'missing', reason: `no object ${key} in s3://${bucket}` }));
      missing++;
      continue;
    }
    console.log(JSON.stringify(status));
  }
  if (missing > 0) console.error(`${missing} name(s) match no object: names are read whole, under ${prefix}; \`npm run status\` with no names lists them all.`);
  return missing > 0 ? 1 : 0;
}

async function listKeys(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
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
