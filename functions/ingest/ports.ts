import type { Article } from '../core/article.js';
import type { RejectionCode } from '../core/errors.js';

/** A version of an object in the bucket, as read. */
export interface StoredObject {
  bytes: Uint8Array;
  contentType: string | undefined;
  lastModified: Date;
}

/** Reads uploaded objects. */
export interface ObjectSource {
  /** Size in bytes, or null when the object no longer exists. */
  sizeOf(bucket: string, key: string): Promise<number | null>;
  /** The object's bytes, or null when it no longer exists. Reads at most `maxBytes` + 1 bytes. */
  read(bucket: string, key: string, maxBytes: number): Promise<StoredObject | null>;
}

/** Where an object ended up. `processing` shows as `pending` to users. */
export type ObjectOutcome =
  | { status: 'article'; articleId: string; truncated: boolean }
  | { status: 'duplicate'; articleId: string; duplicateOf: string }
  | { status: 'rejected'; code: RejectionCode; reason: string }
  | { status: 'removed' };

/** One S3 event's identity: ordering across events of the same key uses the sequencer. */
export interface ObjectEvent {
  key: string;
  sequencer: string;
  at: Date;
}

/** Persistence the ingest use case needs. Every method is idempotent. */
export interface IngestStore {
  /**
   * Marks the object as being processed for this event; false when a newer event for the key was
   * already recorded, or this very event already completed (a redelivery).
   */
  claimEvent(event: ObjectEvent): Promise<boolean>;
  /**
   * Records that `key` holds content `contentHash`; returns the key that owned the content first
   * (which is `key` itself unless this is a duplicate). `force` takes ownership unconditionally.
   */
  claimContent(contentHash: string, key: string, force?: boolean): Promise<string>;
  /** Gives up ownership of content, if `key` owns it. */
  releaseContent(contentHash: string, key: string): Promise<void>;
  /** The content hash of the article currently stored for the key, if any. */
  storedContentHash(key: string): Promise<string | null>;
  /** Writes the article and its feed index entries, replacing any older version for the same key. */
  putArticle(article: Article, event: ObjectEvent): Promise<void>;
  /** Removes the article for the key and all its index entries (no-op when there is none). */
  deleteArticle(key: string): Promise<void>;
  /** Records the final outcome for the event, unless a newer event has been recorded meanwhile. */
  recordOutcome(event: ObjectEvent, outcome: ObjectOutcome): Promise<void>;
}
