import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toApiArticle } from '../../functions/core/render/api.js';
import { slugify } from '../../functions/core/slug.js';
import { openApiDocument } from '../../functions/feed/openapi.js';
import { defaultLimit, maxLimit } from '../../functions/feed/paging.js';
import { makeRoutes } from '../../functions/feed/routes.js';
import { ClientError, type HttpRequest } from '../../functions/feed/http-types.js';
import { openApiModuleSource } from '../../scripts/build-openapi.js';
import { makeArticle } from '../support/articles.js';
import { MemoryArticleStore } from '../support/memory-article-store.js';

const yamlPath = fileURLToPath(new URL('../../docs/openapi.yaml', import.meta.url));
const modulePath = fileURLToPath(new URL('../../functions/feed/openapi.ts', import.meta.url));

interface Schema {
  type?: string | string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  maxLength?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  $ref?: string;
}
interface Parameter {
  name: string;
  in: string;
  schema: Schema;
  example?: string;
  $ref?: string;
}
interface Doc {
  openapi: string;
  paths: Record<string, { get: { parameters?: Parameter[]; responses: Record<string, unknown> } }>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}
const doc = openApiDocument as unknown as Doc;
type ApiDocument = Parameters<typeof validate>[0];

function param(p: Parameter): Parameter {
  if (!p.$ref) return p;
  const resolved = doc.components.parameters[p.$ref.replace('#/components/parameters/', '')];
  if (!resolved) throw new Error(`dangling ${p.$ref}`);
  return resolved;
}
function schema(name: string): Schema {
  const found = doc.components.schemas[name];
  if (!found) throw new Error(`no schema ${name}`);
  return found;
}

/** Every path the feed function answers, one example each (the routes table in routes.ts). */
const servedPaths = (hex: string) => [
  '/feed.rss',
  '/feed.atom',
  '/feed.json',
  '/topics/world/feed.rss',
  '/topics/world/feed.atom',
  '/topics/world/feed.json',
  '/entities/vladimir-putin/feed.rss',
  '/entities/vladimir-putin/feed.atom',
  '/entities/vladimir-putin/feed.json',
  '/api/articles',
  `/api/articles/${hex}`,
  `/api/articles/urn:dropfeed:article:${hex}`,
  '/api/topics',
  '/api/entities',
  '/api/openapi.json',
  '/',
  '/index.html',
  `/articles/${hex}`,
  '/opml.xml',
];

/** The documented path template that matches a concrete path, using each path parameter's pattern. */
function documentedTemplate(path: string): string | undefined {
  return Object.entries(doc.paths).find(([template, item]) => {
    const pathParams = new Map((item.get.parameters ?? []).map(param).filter((p) => p.in === 'path').map((p) => [p.name, p]));
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{(.+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        const pattern = pathParams.get(name)?.schema.$ref
          ? schema((pathParams.get(name)?.schema.$ref ?? '').replace('#/components/schemas/', '')).pattern
          : pathParams.get(name)?.schema.pattern;
        if (!pattern) throw new Error(`${template}: {${name}} has no pattern`);
        return `(?:${pattern.replace(/^\^|\$$/g, '')})`;
      })
      .join('');
    return new RegExp(`^${source}$`).test(path);
  })?.[0];
}

function store(): { store: MemoryArticleStore; hex: string } {
  const s = new MemoryArticleStore();
  const article = makeArticle('incoming/a.txt');
  void s.putArticle(article, { key: article.key, sequencer: '01', at: new Date(0) });
  return { store: s, hex: article.id.slice(-24) };
}

function request(path: string, query = ''): HttpRequest {
  return { method: 'GET', path, rawQuery: query, query: new URLSearchParams(query), headers: {}, baseUrl: 'https://feeds.example' };
}

describe('docs/openapi.yaml', () => {
  it('is what functions/feed/openapi.ts serves (run npx tsx scripts/build-openapi.ts after editing it)', () => {
    const yamlText = readFileSync(yamlPath, 'utf8');
    expect(openApiDocument).toEqual(parse(yamlText, { maxAliasCount: 1000 }));
    expect(readFileSync(modulePath, 'utf8')).toBe(openApiModuleSource(yamlText));
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const result = await validate(structuredClone(openApiDocument) as unknown as ApiDocument);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('the validator does reject broken documents', async () => {
    const undeclared = structuredClone(openApiDocument) as unknown as Doc;
    const topicFeed = undeclared.paths['/topics/{slug}/feed.atom']?.get;
    if (topicFeed) topicFeed.parameters = [];
    expect((await validate(undeclared as unknown as ApiDocument)).valid).toBe(false);
    const dangling = structuredClone(openApiDocument) as unknown as Doc;
    delete (dangling.components.schemas as Record<string, unknown>).ApiArticle;
    expect((await validate(dangling as unknown as ApiDocument)).valid).toBe(false);
  });

  it('documents every path the routes answer, and each documented path is answered', async () => {
    const { store: reader, hex } = store();
    const route = makeRoutes({ reader, feedTitle: 'dropfeed' });
    const documented = new Set<string>();
    for (const path of servedPaths(hex)) {
      const template = documentedTemplate(path);
      expect(template, `${path} is not documented`).toBeDefined();
      if (template) documented.add(template);
      const response = await route(request(path));
      expect(response.status, path).toBe(200);
      const mediaTypes = Object.keys(
        (doc.paths[template ?? '']?.get.responses['200'] as { content?: Record<string, unknown>; $ref?: string }).content ??
          (openApiDocument.components.responses as unknown as Record<string, { content?: Record<string, unknown> }>)[
            ((doc.paths[template ?? '']?.get.responses['200'] as { $ref: string }).$ref ?? '').replace('#/components/responses/', '')
          ]?.content ??
          {},
      );
      expect(mediaTypes, path).toContain(response.headers['content-type']?.replace(/;.*/, ''));
    }
    expect([...documented].sort()).toEqual(Object.keys(doc.paths).sort());
  });

  it('documents an undocumented path as a 404 NOT_FOUND (the routes table has nothing else)', async () => {
    const { store: reader } = store();
    const route = makeRoutes({ reader, feedTitle: 'dropfeed' });
    await expect(route(request('/api/nothing'))).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(documentedTemplate('/api/nothing')).toBeUndefined();
  });

  it('states the limit and slug constraints the code enforces', async () => {
    const limit = param({ $ref: '#/components/parameters/limit' } as Parameter).schema;
    expect(limit).toMatchObject({ type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit });

    const { store: reader } = store();
    const route = makeRoutes({ reader, feedTitle: 'dropfeed' });
    // JSON Schema patterns are Unicode regular expressions.
    const slugSchema = schema('Slug');
    const slugPattern = new RegExp(slugSchema.pattern ?? '', 'u');
    const candidates = ['world', 'sci-tech', 'a', 'a--b', '-a', 'a-', 'World', 'caf\u00e9', 'x'.repeat(80), 'x'.repeat(81), 'a_b', '1'];
    candidates.push('陈立明', '서울', 'محمد-بن-سلمان', 'مُحَمَّد', 'ソニー', 'ｿﾆｰ', 'нато', 'αθήνα', 'ʻa', '北京-', '★', '陈'.repeat(80), '陈'.repeat(81));
    for (const slug of candidates) {
      // The schema states exactly what slugify leaves unchanged, which both the feed paths and the API filter accept.
      const valid = slug !== '' && slug === slugify(slug);
      expect(slugPattern.test(slug) && [...slug].length <= (slugSchema.maxLength ?? 0), `slug ${slug}`).toBe(valid);
      // Anything else in a feed path is no feed route at all (NOT_FOUND).
      const outcome = await route(request(`/topics/${slug}/feed.atom`)).then(
        () => 'found',
        (error: unknown) => (error instanceof ClientError ? error.code : 'threw'),
      );
      expect(outcome === 'NOT_FOUND', `path slug ${slug}`).toBe(!valid);
      const filtered = await route(request('/api/articles', `topic=${encodeURIComponent(slug)}`)).then(
        () => 'ok',
        (error: unknown) => (error instanceof ClientError ? error.code : 'threw'),
      );
      expect(filtered, `filter ${slug}`).toBe(valid ? 'ok' : 'INVALID_FILTER');
    }
  });

  it('describes exactly the fields the API serves', async () => {
    const { store: reader, hex } = store();
    const route = makeRoutes({ reader, feedTitle: 'dropfeed' });
    const served = toApiArticle(makeArticle('incoming/a.txt'), 'https://feeds.example');
    const article = schema('ApiArticle');
    expect(Object.keys(article.properties ?? {}).sort()).toEqual(Object.keys(served).sort());
    expect([...(article.required ?? [])].sort()).toEqual(Object.keys(served).sort());
    expect(JSON.parse((await route(request(`/api/articles/${hex}`))).body)).toEqual(served);

    const list = JSON.parse((await route(request('/api/articles'))).body) as Record<string, unknown>;
    expect(Object.keys(list).sort()).toEqual([...(schema('ArticleList').required ?? [])].sort());
    const topics = JSON.parse((await route(request('/api/topics'))).body) as { topics: Record<string, Record<string, unknown>>[] };
    expect(Object.keys(topics)).toEqual(schema('TopicList').required);
    const topicItem = (schema('TopicList').properties?.topics as { items: Schema }).items;
    expect(Object.keys(topics.topics[0] ?? {}).sort()).toEqual([...(topicItem.required ?? [])].sort());
    expect(Object.keys(topics.topics[0] ?? {}).sort()).toEqual(['count', 'feedUrls', 'name', 'slug']);
    expect(Object.keys(topics.topics[0]?.feedUrls ?? {}).sort()).toEqual([...(schema('FeedUrls').required ?? [])].sort());
    const entities = JSON.parse((await route(request('/api/entities'))).body) as { entities: Record<string, unknown>[] };
    expect(Object.keys(entities)).toEqual(schema('EntityList').required);
    expect(Object.keys(entities.entities[0] ?? {}).sort()).toEqual(['category', 'count', 'feedUrls', 'name', 'slug']);
    expect(entities.entities[0]?.count).toBeGreaterThanOrEqual(schema('FacetCount').minimum ?? Infinity);
    const servedDocument = JSON.parse((await route(request('/api/openapi.json'))).body) as unknown;
    expect(servedDocument).toEqual(openApiDocument);
  });
});
