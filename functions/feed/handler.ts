/** Feed Lambda entry: wiring only, run once per cold start. Read-only access to the table. */
import { DynamoArticleStore } from '../adapters/dynamo-article-store.js';
import { createDocumentClient } from '../adapters/dynamo-client.js';
import { readFeedConfig } from '../shared/config.js';
import { createLog } from '../shared/log.js';
import { makeFeedHandler } from './make-handler.js';
import { ResponseCache } from './response-cache.js';
import { makeRoutes } from './routes.js';

const config = readFeedConfig(process.env);
const reader = new DynamoArticleStore(createDocumentClient(), config.tableName);

export const handler = makeFeedHandler({
  route: makeRoutes({ reader, feedTitle: config.feedTitle, topics: config.topics }),
  cache: new ResponseCache(config.cacheSeconds * 1000, Date.now),
  config,
  log: createLog('dropfeed-feed'),
});
