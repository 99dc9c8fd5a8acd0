/** Reads the environment once, at cold start, and reports every problem at once. */
import { ENTITY_FEED_LIMIT_RULE, parseEntityFeedLimit } from '../core/feed-keys.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
}

type Env = Record<string, string | undefined>;

export interface IngestConfig {
  tableName: string;
  /** Only keys under this prefix are ingested (the bucket notification filters on it too). */
  watchedPrefix: string;
  /** Objects larger than this are rejected before download. */
  maxObjectBytes: number;
  /** Path-style S3 addressing, for S3-compatible servers that do not resolve bucket subdomains. */
  s3ForcePathStyle: boolean;
  /** Index each article under at most this many entity feeds, its most salient entities; null: all of them. */
  entityFeedLimit: number | null;
}

export interface FeedConfig {
  tableName: string;
  feedTitle: string;
  /** Overrides the base URL taken from the request (e.g. a CloudFront domain in front of the function). */
  publicBaseUrl: string | null;
  /** How long a rendered response is reused without reading the table again. */
  cacheSeconds: number;
  /** The topic model's labels: these topics have a feed even before their first article. */
  topics: string[];
}

export function readIngestConfig(env: Env): IngestConfig {
  const problems: string[] = [];
  const config = {
    tableName: required(env, 'TABLE_NAME', problems),
    watchedPrefix: env.WATCHED_PREFIX ?? 'incoming/',
    maxObjectBytes: positiveInteger(env, 'MAX_OBJECT_BYTES', 10 * 1024 * 1024, problems),
    s3ForcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    entityFeedLimit: entityFeedLimit(env, problems),
  };
  throwIfAny(problems);
  return config;
}

export function readFeedConfig(env: Env): FeedConfig {
  const problems: string[] = [];
  const publicBaseUrl = env.PUBLIC_BASE_URL?.replace(/\/+$/, '') || null;
  if (publicBaseUrl !== null && !/^https?:\/\/[^/]+/.test(publicBaseUrl)) {
    problems.push(`PUBLIC_BASE_URL must be an absolute http(s) URL, got "${publicBaseUrl}"`);
  }
  const config = {
    tableName: required(env, 'TABLE_NAME', problems),
    feedTitle: env.FEED_TITLE?.trim() || 'dropfeed',
    publicBaseUrl,
    cacheSeconds: positiveInteger(env, 'FEED_CACHE_SECONDS', 30, problems, true),
    topics: stringList(env, 'TOPICS', problems),
  };
  throwIfAny(problems);
  return config;
}

function required(env: Env, name: string, problems: string[]): string {
  const value = env[name]?.trim();
  if (!value) {
    problems.push(`${name} is not set`);
    return '';
  }
  return value;
}

function positiveInteger(env: Env, name: string, fallback: number, problems: string[], allowZero = false): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    problems.push(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** `ENTITY_FEED_LIMIT`: unset means every entity has its feed. */
function entityFeedLimit(env: Env, problems: string[]): number | null {
  const raw = env.ENTITY_FEED_LIMIT;
  if (raw === undefined || raw.trim() === '') return null;
  const limit = parseEntityFeedLimit(raw);
  if (limit === undefined) problems.push(`ENTITY_FEED_LIMIT must be ${ENTITY_FEED_LIMIT_RULE}, got "${raw}"`);
  return limit ?? null;
}

/** A JSON array of non-empty strings; unset means none. */
function stringList(env: Env, name: string, problems: string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    problems.push(`${name} must be a JSON array of names such as ["World","Sports"], got "${raw}"`);
    return [];
  }
  return value as string[];
}

function throwIfAny(problems: string[]): void {
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. Set these environment variables and retry.`);
  }
}
