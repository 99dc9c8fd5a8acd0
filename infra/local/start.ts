/**
 * `npm start`: the whole pipeline on this machine. Starts the local S3 and DynamoDB servers,
 * ingests seeds/ through the real ingest handler, serves the real feed handler and prints the URLs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { slugify } from '../../functions/core/slug.js';
import { contentTypeFor } from './content-types.js';
import { startLocalStack } from './local-stack.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DROPFEED_DATA_DIR ?? '.dropfeed');
const seedsDir = resolve(process.env.DROPFEED_SEEDS_DIR ?? 'seeds');
const cacheSeconds = Number(process.env.FEED_CACHE_SECONDS ?? 0);

if (!Number.isInteger(port) || port < 0 || port > 65533) {
  console.error(`PORT must be a port number (got "${process.env.PORT}"); S3 and DynamoDB use PORT+1 and PORT+2.`);
  process.exit(2);
}
if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0) {
  console.error(`FEED_CACHE_SECONDS must be a whole number of seconds, 0 or more (got "${process.env.FEED_CACHE_SECONDS}").`);
  process.exit(2);
}

const say = (line: string): void => void process.stderr.write(line + '\n');

let stack;
try {
  say(`dropfeed: starting local S3 and DynamoDB (data in ${dataDir})…`);
  stack = await startLocalStack({
    dataDir,
    port,
    cacheSeconds,
    ...(process.env.DROPFEED_LOG_LEVEL ? { logLevel: process.env.DROPFEED_LOG_LEVEL } : {}),
    onDeadLetter: (record) => say(`dropfeed: gave up on a message after 5 attempts: ${record.body.slice(0, 200)}`),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE/.test(message)) {
    say(`dropfeed: port ${port}, ${port + 1} or ${port + 2} is in use. Stop the other process or set PORT, e.g. PORT=4000 npm start`);
  } else {
    say(`dropfeed: could not start: ${message}`);
  }
  process.exit(1);
}

const running = stack;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`\ndropfeed: ${signal} received, stopping…`);
  await running.close();
  say('dropfeed: stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

// Seeds are uploaded once; a restart finds them (and everything dropped since) already stored.
let seeds: string[] = [];
try {
  seeds = (await readdir(seedsDir)).filter((name) => !name.startsWith('.') && !/\.(md|json)$/i.test(name)).sort();
} catch {
  say(`dropfeed: no seeds folder at ${seedsDir}; skipping seeding.`);
}
let uploaded = 0;
for (const [index, name] of seeds.entries()) {
  const key = running.prefix + basename(name);
  const exists = await running.s3
    .send(new HeadObjectCommand({ Bucket: running.bucket, Key: key }))
    .then(() => true)
    .catch(() => false);
  if (exists) continue;
  const body = await readFile(join(seedsDir, name));
  await running.s3.send(new PutObjectCommand({ Bucket: running.bucket, Key: key, Body: body, ContentType: contentTypeFor(name) }));
  uploaded++;
  say(`dropfeed: seeding ${index + 1}/${seeds.length} ${name}`);
}
await running.queue.idle();
for (const name of seeds) {
  const status = await running.store.statusOf(running.prefix + basename(name));
  say(`dropfeed:   ${name}: ${status.status}${status.reason ? ` (${status.reason})` : ''}`);
}
if (uploaded === 0 && seeds.length > 0) say('dropfeed: seeds already ingested (delete the data folder to start afresh).');

const url = running.feedUrl;
const [firstTopic = 'world', ...otherTopics] = running.topics.map((topic) => slugify(topic));
process.stdout.write(
  [
    '',
    `dropfeed is running at ${url}/`,
    '',
    `  RSS        ${url}/feed.rss`,
    `  Atom       ${url}/feed.atom`,
    `  JSON Feed  ${url}/feed.json`,
    `  API        ${url}/api/articles`,
    `  Topics     ${url}/topics/${firstTopic}/feed.atom${otherTopics.length ? `  (also ${otherTopics.join(', ')})` : ''}`,
    `  OPML       ${url}/opml.xml`,
    '',
    'Drop more articles:  npm run drop -- <files or folders>',
    'What happened to one: npm run status -- <name>',
    'Stop: Ctrl-C',
    '',
  ].join('\n'),
);
