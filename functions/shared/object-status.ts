/** What `npm run status` prints for one object key. */
export interface ObjectStatus {
  key: string;
  status: 'article' | 'duplicate' | 'rejected' | 'removed' | 'pending';
  articleId?: string;
  duplicateOf?: string;
  code?: string;
  reason?: string;
  updatedAt?: string;
}

/** Looks up what happened to uploaded objects. */
export interface StatusReader {
  statusOf(key: string): Promise<ObjectStatus>;
}
