/**
 * Ingest Lambda entry: wiring only, run once per cold start.
 * Local and AWS runs share this file; the SDK finds the local servers through
 * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_DYNAMODB.
 */
import { DynamoArticleStore } from '../adapters/dynamo-article-store.js';
import { createDocumentClient } from '../adapters/dynamo-client.js';
import { S3ObjectSource } from '../adapters/s3-object-source.js';
import { createS3Client } from '../adapters/s3-client.js';
import { loadDefaultClassifier } from '../core/classify/index.js';
import { readIngestConfig } from '../shared/config.js';
import { createLog } from '../shared/log.js';
import { makeIngestObject } from './ingest-object.js';
import { makeIngestHandler } from './make-handler.js';

const config = readIngestConfig(process.env);
const log = createLog('dropfeed-ingest');
const ingestObject = makeIngestObject({
  source: new S3ObjectSource(createS3Client({ forcePathStyle: config.s3ForcePathStyle })),
  store: new DynamoArticleStore(createDocumentClient(), config.tableName, { entityFeedLimit: config.entityFeedLimit }),
  classifier: loadDefaultClassifier(),
  config,
  clock: () => new Date(),
  log,
});

export const handler = makeIngestHandler(ingestObject, log);
