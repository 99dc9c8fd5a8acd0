/** What `npm run status` prints for one object key. */
export interface ObjectStatus {
  key: string;
  status: 'article' | 'duplicate' | 'rejected' | 'removed' | 'pending';
  articleId?: string;
  duplicateOf?: string;
  code?: string;
  reason?: string;
  /** The article was too large to store whole and was shortened. */
  truncated?: boolean;
  updatedAt?: string;
}

/** Looks up what happened to uploaded objects. */
export interface StatusReader {
  statusOf(key: string): Promise<ObjectStatus>;
}
