import type { HttpResponse } from './http-types.js';

/**
 * Keeps rendered responses for a short time so a popular feed does not query the table on every
 * request. Trade-off: a new article can take up to `ttlMs` (plus the CDN/browser max-age) to
 * appear, and each Lambda instance keeps its own copy. Bounded in entries.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { response: HttpResponse; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number,
    private readonly maxEntries = 500,
  ) {}

  async getOrCompute(key: string, compute: () => Promise<HttpResponse>): Promise<HttpResponse> {
    if (this.ttlMs <= 0) return compute();
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.response;
    const response = await compute();
    if (response.status === 200) {
      if (this.entries.size >= this.maxEntries) this.evictExpiredOrOldest(now);
      this.entries.set(key, { response, expires: now + this.ttlMs });
    }
    return response;
  }

  private evictExpiredOrOldest(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    // Map iteration order is insertion order: the first key is the oldest.
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
