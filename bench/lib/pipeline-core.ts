/**
 * What the ingest function runs per article, in one module: the stage table bundles it the way the
 * stack bundles the handler and times that bundle, i.e. the code that ships.
 */
export { DynamoArticleStore } from '../../functions/adapters/dynamo-article-store.js';
export { createDocumentClient } from '../../functions/adapters/dynamo-client.js';
export { articleIdForKey } from '../../functions/core/article-id.js';
export { loadDefaultClassifier } from '../../functions/core/classify/index.js';
export { cleanDocument } from '../../functions/core/clean/index.js';
export { contentHashOf } from '../../functions/core/content-hash.js';
export { decodeDocument } from '../../functions/core/decode/index.js';
