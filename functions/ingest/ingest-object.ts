import { articleIdForKey } from '../core/article-id.js';
import type { Classifier } from '../core/classify/index.js';
import { isRejectedInputError, RejectedInputError } from '../core/errors.js';
import { fitForStorage } from '../core/fit-for-storage.js';
import { processDocument } from '../core/process-document.js';
import type { IngestConfig } from '../shared/config.js';
import type { Log } from '../shared/log.js';
import type { IngestStore, ObjectEvent, ObjectOutcome, ObjectSource } from './ports.js';
import type { ObjectChange } from './s3-changes.js';

export interface IngestDependencies {
  source: ObjectSource;
  store: IngestStore;
  classifier: Classifier;
  config: IngestConfig;
  clock: () => Date;
  log: Log;
}

/** What became of one change: an outcome, or skipped (stale, redelivered, outside the prefix). */
export type IngestResult = ObjectOutcome | { status: 'skipped'; why: string };

/**
 * The ingest use case: one object change in, one recorded outcome out. Safe to run twice for the
 * same event and in any order across events (S3 delivers at least once, unordered). Failures of
 * the store propagate so the message is retried; bad input never does (it is recorded as rejected).
 */
export function makeIngestObject(deps: IngestDependencies): (change: ObjectChange) => Promise<IngestResult> {
  const { source, store, config, log } = deps;

  async function reject(event: ObjectEvent, error: RejectedInputError): Promise<ObjectOutcome> {
    await dropStoredArticle(event.key);
    const outcome: ObjectOutcome = { status: 'rejected', code: error.code, reason: error.message };
    await store.recordOutcome(event, outcome);
    log.info('object rejected', { key: event.key, code: error.code, reason: error.message });
    return outcome;
  }

  async function dropStoredArticle(key: string): Promise<void> {
    const hash = await store.storedContentHash(key);
    await store.deleteArticle(key);
    if (hash) await store.releaseContent(hash, key);
  }

  async function remove(event: ObjectEvent): Promise<ObjectOutcome> {
    await dropStoredArticle(event.key);
    const outcome: ObjectOutcome = { status: 'removed' };
    await store.recordOutcome(event, outcome);
    log.info('article removed', { key: event.key });
    return outcome;
  }

  async function create(change: ObjectChange, event: ObjectEvent): Promise<IngestResult> {
    const size = change.size ?? (await source.sizeOf(change.bucket, change.key));
    if (size === null) return remove(event);
    // Nothing to read (and a ranged read of an empty object is an error on S3).
    if (size === 0) return reject(event, new RejectedInputError('EMPTY', 'the object is empty (0 bytes)'));
    if (size > config.maxObjectBytes) {
      return reject(event, tooLarge(size, config.maxObjectBytes));
    }
    const object = await source.read(change.bucket, change.key, config.maxObjectBytes);
    if (object === null) return remove(event);
    if (object.bytes.byteLength > config.maxObjectBytes) {
      return reject(event, tooLarge(object.bytes.byteLength, config.maxObjectBytes));
    }

    let processed;
    try {
      processed = await processDocument(
        { key: change.key, bytes: object.bytes, contentType: object.contentType, lastModified: object.lastModified },
        { classifier: deps.classifier, now: deps.clock(), maxBytes: config.maxObjectBytes },
      );
    } catch (error) {
      if (isRejectedInputError(error)) return reject(event, error);
      throw error;
    }
    const { article, truncated } = fitForStorage(processed);

    let owner = await store.claimContent(article.contentHash, change.key);
    if (owner !== change.key && (await store.storedContentHash(owner)) !== article.contentHash) {
      // The recorded owner no longer holds this content (deleted or changed): take it over.
      owner = await store.claimContent(article.contentHash, change.key, true);
    }
    if (owner !== change.key) {
      await dropStoredArticle(change.key);
      const outcome: ObjectOutcome = {
        status: 'duplicate',
        articleId: articleIdForKey(change.key),
        duplicateOf: articleIdForKey(owner),
      };
      await store.recordOutcome(event, outcome);
      log.info('duplicate recorded', { key: change.key, duplicateOf: owner });
      return outcome;
    }

    const previousHash = await store.storedContentHash(change.key);
    await store.putArticle(article, event);
    if (previousHash && previousHash !== article.contentHash) await store.releaseContent(previousHash, change.key);
    const outcome: ObjectOutcome = { status: 'article', articleId: article.id, truncated };
    await store.recordOutcome(event, outcome);
    log.info('article stored', { key: change.key, articleId: article.id, topic: article.topic, truncated });
    return outcome;
  }

  return async function ingestObject(change) {
    if (!change.key.startsWith(config.watchedPrefix)) {
      log.warn('object outside the watched prefix ignored', { key: change.key, prefix: config.watchedPrefix });
      return { status: 'skipped', why: 'outside the watched prefix' };
    }
    const event: ObjectEvent = { key: change.key, sequencer: change.sequencer, at: deps.clock() };
    if (!(await store.claimEvent(event))) {
      log.info('stale or repeated event skipped', { key: change.key, sequencer: change.sequencer });
      return { status: 'skipped', why: 'a newer or identical event was already processed' };
    }
    return change.kind === 'removed' ? remove(event) : create(change, event);
  };
}

function tooLarge(size: number, max: number): RejectedInputError {
  return new RejectedInputError(
    'TOO_LARGE',
    `object is ${size} bytes; the limit is ${max} bytes (MAX_OBJECT_BYTES). Split it or raise the limit.`,
  );
}
