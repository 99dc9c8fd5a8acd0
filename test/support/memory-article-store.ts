import { articleHexForKey, articleIdForKey } from '../../functions/core/article-id.js';
import type { Article } from '../../functions/core/article.js';
import { entityFeedNameIn, entitySlugIn } from '../../functions/core/entity-names.js';
import { feedKeysFor, sortTimeOf } from '../../functions/core/feed-keys.js';
import { slugify } from '../../functions/core/slug.js';
import { sortFacets, type ArticlePage, type ArticleReader, type Facet, type FeedQuery } from '../../functions/feed/ports.js';
import type { IngestStore, ObjectEvent, ObjectOutcome } from '../../functions/ingest/ports.js';
import type { ObjectStatus, StatusReader } from '../../functions/shared/object-status.js';
import { normalizeSequencer } from '../../functions/shared/table-keys.js';

interface StatusRecord {
  sequencer: string;
  status: 'processing' | ObjectOutcome['status'];
  outcome?: ObjectOutcome;
  updatedAt: string;
}

/** In-memory store with the same contract as DynamoArticleStore (the contract suite runs on both). */
export class MemoryArticleStore implements IngestStore, ArticleReader, StatusReader {
  readonly articles = new Map<string, { article: Article; sequencer: string }>();
  readonly statuses = new Map<string, StatusRecord>();
  readonly owners = new Map<string, string>();
  /** Names seen per facet; counts are derived from the stored articles when listed. */
  readonly facets = new Map<string, Facet>();
  /** Set to make the next calls fail, as an unreachable table would. */
  failing = false;

  private check(): void {
    if (this.failing) throw new Error('store unavailable');
  }

  async claimEvent(event: ObjectEvent): Promise<boolean> {
    this.check();
    const sequencer = normalizeSequencer(event.sequencer);
    const current = this.statuses.get(event.key);
    if (current && !(current.sequencer < sequencer || (current.sequencer === sequencer && current.status === 'processing'))) {
      return false;
    }
    this.statuses.set(event.key, { sequencer, status: 'processing', updatedAt: event.at.toISOString() });
    return true;
  }

  async recordOutcome(event: ObjectEvent, outcome: ObjectOutcome): Promise<void> {
    this.check();
    const sequencer = normalizeSequencer(event.sequencer);
    if (this.statuses.get(event.key)?.sequencer !== sequencer) return;
    this.statuses.set(event.key, { sequencer, status: outcome.status, outcome, updatedAt: event.at.toISOString() });
  }

  async claimContent(contentHash: string, key: string, force = false): Promise<string> {
    this.check();
    const owner = this.owners.get(contentHash);
    if (force || owner === undefined || owner === key) {
      this.owners.set(contentHash, key);
      return key;
    }
    return owner;
  }

  async releaseContent(contentHash: string, key: string): Promise<void> {
    this.check();
    if (this.owners.get(contentHash) === key) this.owners.delete(contentHash);
  }

  async storedContentHash(key: string): Promise<string | null> {
    this.check();
    return this.articles.get(key)?.article.contentHash ?? null;
  }

  async putArticle(article: Article, event: ObjectEvent): Promise<void> {
    this.check();
    const sequencer = normalizeSequencer(event.sequencer);
    const current = this.articles.get(article.key);
    if (current && current.sequencer > sequencer) return;
    this.articles.set(article.key, { article, sequencer });
    this.facets.set(`topic:${slugify(article.topic)}`, { kind: 'topic', name: article.topic, slug: slugify(article.topic), count: 0 });
    for (const category of ['people', 'places', 'organizations'] as const) {
      for (const name of article.entities[category]) {
        const slug = entitySlugIn(article, name);
        if (slug) this.facets.set(`entity:${slug}`, { kind: 'entity', name: entityFeedNameIn(article, name), slug, category, count: 0 });
      }
    }
  }

  async deleteArticle(key: string): Promise<void> {
    this.check();
    this.articles.delete(key);
  }

  async listArticles(query: FeedQuery): Promise<ArticlePage> {
    this.check();
    const positioned = [...this.articles.values()]
      .map(({ article }) => ({ article, position: `${sortTimeOf(article)}#${articleHexForKey(article.key)}` }))
      .filter(({ article }) => feedKeysFor(article).includes(query.feedKey))
      .sort((a, b) => (a.position < b.position ? 1 : -1));
    if (query.before !== undefined) {
      const before = query.before;
      // Newer than `before`, nearest first: the page just above it.
      const newer = positioned.filter(({ position }) => position > before).reverse();
      const page = newer.slice(0, query.limit).reverse();
      return {
        articles: page.map(({ article }) => article),
        next: page.at(-1)?.position ?? null,
        previous: newer.length > query.limit ? (page[0]?.position ?? null) : null,
      };
    }
    const after = query.after;
    const older = after === undefined ? positioned : positioned.filter(({ position }) => position < after);
    const page = older.slice(0, query.limit);
    return {
      articles: page.map(({ article }) => article),
      next: older.length > query.limit ? (page.at(-1)?.position ?? null) : null,
      previous: after === undefined ? null : (page[0]?.position ?? null),
    };
  }

  async getArticle(hex: string): Promise<Article | null> {
    this.check();
    for (const { article } of this.articles.values()) if (articleHexForKey(article.key) === hex) return article;
    return null;
  }

  async listFacets(kind: 'topic' | 'entity'): Promise<Facet[]> {
    this.check();
    const counts = new Map<string, number>();
    for (const { article } of this.articles.values()) {
      for (const feedKey of feedKeysFor(article)) counts.set(feedKey, (counts.get(feedKey) ?? 0) + 1);
    }
    const listed = [...this.facets.values()]
      .filter((facet) => facet.kind === kind)
      .map((facet) => ({ ...facet, count: counts.get(`${kind}:${facet.slug}`) ?? 0 }))
      .filter((facet) => facet.count > 0);
    return sortFacets(kind, listed);
  }

  async statusOf(key: string): Promise<ObjectStatus> {
    this.check();
    const record = this.statuses.get(key);
    if (!record || record.status === 'processing' || !record.outcome) return { key, status: 'pending' };
    const outcome = record.outcome;
    const status: ObjectStatus = { key, status: outcome.status, updatedAt: record.updatedAt };
    if (outcome.status === 'article' || outcome.status === 'duplicate') status.articleId = articleIdForKey(key);
    if (outcome.status === 'article' && outcome.truncated) status.truncated = true;
    if (outcome.status === 'duplicate') status.duplicateOf = outcome.duplicateOf;
    if (outcome.status === 'rejected') {
      status.code = outcome.code;
      status.reason = outcome.reason;
    }
    return status;
  }
}

