import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdForKey } from '../../functions/core/article-id.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { child, findAll, parseXml, type XmlNode } from '../fixtures/render/xml-check.js';

/**
 * The exact handlers, through the real SDK clients, against the local S3 and DynamoDB servers,
 * with events delivered as S3 → SQS would deliver them.
 */
let stack: LocalStack;
let dataDir: string;
const deadLetters: SQSRecord[] = [];
const seedsDir = join(import.meta.dirname, '../../seeds');

async function put(name: string, body: string | Uint8Array, contentType?: string): Promise<string> {
  const key = stack.prefix + name;
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: contentType }));
  return key;
}

async function settle(): Promise<void> {
  // s3rver emits its event after responding; give it a tick before waiting for the queue.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await stack.queue.idle();
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(stack.feedUrl + path, { headers });
}

const childTexts = (root: XmlNode, element: string, name: string) => findAll(root, element).map((node) => child(node, name)?.text ?? '');

const story = (title: string, place: string) =>
  `${title}\n\nOfficials in ${place} said on Tuesday that the new railway line would open next spring, ` +
  `after years of delays and a long dispute over its cost.\n\nThe project, which links ${place} to the coast, ` +
  'was first proposed more than a decade ago and has been redesigned twice since then.\n';

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-it-'));
  stack = await startLocalStack({
    dataDir,
    port: 0,
    retryDelayMs: 100,
    onDeadLetter: (record) => deadLetters.push(record),
    onError: () => {},
  });
});

afterAll(async () => {
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('local pipeline', () => {
  it('ingests the seeds and serves them in every feed format', async () => {
    const seeds = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const name of seeds) await put(name, await readFile(join(seedsDir, name)), 'text/plain');
    await settle();
    for (const name of seeds) {
      expect(await stack.store.statusOf(stack.prefix + name)).toMatchObject({ status: 'article', articleId: articleIdForKey(stack.prefix + name) });
    }
    const atom = await get('/feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atomText = await atom.text();
    expect(atomText.match(/<entry>/g)?.length).toBe(5);
    expect(atomText).toContain('Putin and Assad blame US-led coalition for ISIS offensive');

    const rss = await (await get('/feed.rss')).text();
    expect(rss.match(/<item>/g)?.length).toBe(5);
    const json = (await (await get('/feed.json')).json()) as { version: string; items: unknown[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toHaveLength(5);
    const page = await get('/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('application/atom+xml');

    // Every topic the shipped model assigns has a feed, including those no seed is about.
    const topics = (await (await get('/api/topics')).json()) as { topics: { slug: string; count: number; feedUrls: { atom: string } }[] };
    expect(topics.topics.map((t) => t.slug).sort()).toEqual(['business', 'sci-tech', 'sports', 'world']);
    expect(topics.topics.some((t) => t.count === 0)).toBe(true);
    for (const topic of topics.topics) {
      const feed = await fetch(topic.feedUrls.atom);
      expect(feed.status, topic.slug).toBe(200);
      expect((await feed.text()).match(/<entry>/g)?.length ?? 0, topic.slug).toBe(topic.count);
    }
  });

  it('pages the JSON API with an opaque cursor and rejects tampered input with 400', async () => {
    const first = (await (await get('/api/articles?limit=2')).json()) as { articles: { id: string }[]; next: string };
    expect(first.articles).toHaveLength(2);
    const second = (await (await get(`/api/articles?limit=2&cursor=${first.next}`)).json()) as { articles: { id: string }[] };
    expect(second.articles).toHaveLength(2);
    expect(second.articles.map((a) => a.id)).not.toContain(first.articles[0]!.id);
    const one = await get(`/api/articles/${encodeURIComponent(first.articles[0]!.id)}`);
    expect(((await one.json()) as { id: string }).id).toBe(first.articles[0]!.id);
    for (const bad of ['/api/articles?limit=0', '/api/articles?limit=abc', '/api/articles?cursor=AAAA', '/feed.atom?cursor=%00']) {
      const response = await get(bad);
      expect(response.status, bad).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(/^INVALID_/);
    }
    expect((await get('/api/articles/urn:dropfeed:article:000000000000000000000000')).status).toBe(404);
    expect((await fetch(stack.feedUrl + '/api/articles', { method: 'POST' })).status).toBe(405);
  });

  it('supports conditional GET on feeds', async () => {
    const first = await get('/feed.atom');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await get('/feed.atom', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('records duplicates and rejections, updates in place, and removes deleted objects everywhere', async () => {
    const a = await put('rail-a.txt', story('Railway line to open next spring', 'Lyon'));
    const b = await put('rail-copy.txt', story('Railway line to open next spring', 'Lyon') + '\n\n');
    const bin = await put('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]));
    const empty = await put('empty.md', '');
    await settle();
    expect((await stack.store.statusOf(a)).status).toBe('article');
    expect(await stack.store.statusOf(b)).toMatchObject({ status: 'duplicate', duplicateOf: articleIdForKey(a) });
    expect(await stack.store.statusOf(bin)).toMatchObject({ status: 'rejected' });
    expect(await stack.store.statusOf(empty)).toMatchObject({ status: 'rejected', code: 'EMPTY' });

    await put('rail-a.txt', story('Railway line delayed again', 'Lyon'));
    await settle();
    const titles = async () =>
      ((await (await get('/api/articles?limit=100')).json()) as { articles: { title: string; id: string }[] }).articles;
    const afterUpdate = await titles();
    expect(afterUpdate.filter((x) => x.id === articleIdForKey(a)).map((x) => x.title)).toEqual(['Railway line delayed again']);

    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: a }));
    await settle();
    expect((await stack.store.statusOf(a)).status).toBe('removed');
    expect((await titles()).some((x) => x.id === articleIdForKey(a))).toBe(false);
    expect((await get(`/api/articles/${encodeURIComponent(articleIdForKey(a))}`)).status).toBe(404);
  });

  it('decodes URL-encoded keys from events (spaces, plus signs, unicode)', async () => {
    const key = await put('Café news + more (1).txt', story('Tram network expands', 'Grenoble'));
    await settle();
    expect(await stack.store.statusOf(key)).toMatchObject({ status: 'article' });
  });

  it('gives a name in a script with no Roman spelling its own feed, at a percent-encoded URL', async () => {
    const key = await put(
      'zh-exports.txt',
      '宁波电子企业出口增长\n\n慈溪市观海卫镇的宁波天盛电子股份有限公司董事长陈立明说，公司今年的出口增长了百分之二十。' +
        '浙江省经济和信息化厅表示将继续支持当地制造业发展。\n\n这家公司成立于二〇〇五年，主要生产电子元件，产品销往欧洲和东南亚。\n',
    );
    await settle();
    expect(await stack.store.statusOf(key)).toMatchObject({ status: 'article' });
    const { entities } = (await (await get('/api/entities')).json()) as { entities: { name: string; slug: string; feedUrls: { atom: string } }[] };
    const person = entities.find((entity) => entity.name === '陈立明');
    expect(person?.slug).toBe('陈立明');
    expect(person?.feedUrls.atom).toBe(`${stack.feedUrl}/entities/${encodeURIComponent('陈立明')}/feed.atom`);
    const feed = await fetch(person!.feedUrls.atom);
    expect(feed.status).toBe(200);
    const atom = parseXml(await feed.text());
    expect(childTexts(atom, 'entry', 'title')).toEqual(['宁波电子企业出口增长']);
    // The feed names itself by the URL it was fetched from, percent-encoded as a URI must be.
    expect(findAll(atom, 'link').find((link) => link.attrs.rel === 'self')?.attrs.href).toBe(person!.feedUrls.atom);
    expect(findAll(atom, 'category').map((category) => category.attrs.term)).toContain('陈立明');
    const filtered = (await (await get(`/api/articles?entity=${encodeURIComponent('陈立明')}`)).json()) as { articles: { title: string }[] };
    expect(filtered.articles.map((article) => article.title)).toEqual(['宁波电子企业出口增长']);
  });

  it('drops a message that is not an S3 notification without blocking the rest of the batch', async () => {
    stack.queue.enqueue('this is not json');
    const key = await put('after-garbage.txt', story('Bridge reopens after repairs', 'Porto'));
    await settle();
    expect((await stack.store.statusOf(key)).status).toBe('article');
    expect(deadLetters).toHaveLength(0);
  });

  it('serves whole, well-formed feeds while a batch is still being written', async () => {
    const towns = ['Bergen', 'Tromso', 'Aarhus', 'Malmo', 'Turku', 'Tartu', 'Riga', 'Kaunas', 'Gdynia', 'Rostock', 'Kiel', 'Lubeck',
      'Bremen', 'Emden', 'Groningen', 'Leiden', 'Ghent', 'Bruges', 'Calais', 'Dieppe', 'Brest', 'Nantes', 'Bilbao', 'Vigo'];
    const title = (town: string) => `Ferry service to ${town} resumes`;
    const ownIn = (texts: string[]) => towns.filter((town) => texts.some((text) => text === title(town))).length;
    const views: Record<string, (text: string) => string[]> = {
      '/feed.atom': (text) => childTexts(parseXml(text), 'entry', 'title'),
      '/feed.rss': (text) => childTexts(parseXml(text), 'item', 'title'),
      '/feed.json': (text) => (JSON.parse(text) as { items: { title: string }[] }).items.map((item) => item.title),
      '/api/articles?limit=100': (text) => (JSON.parse(text) as { articles: { title: string }[] }).articles.map((a) => a.title),
    };
    const seen: Record<string, number[]> = Object.fromEntries(Object.keys(views).map((path) => [path, []]));
    const bodyByEtag = new Map<string, string>();
    const read = async () => {
      for (const [path, titlesOf] of Object.entries(views)) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        const text = await response.text();
        const etag = response.headers.get('etag');
        if (etag) {
          // One validator must never stand for two bodies, or a reader's 304 would hide a change.
          expect(bodyByEtag.get(path + etag) ?? text, path).toBe(text);
          bodyByEtag.set(path + etag, text);
        }
        const titles = titlesOf(text);
        expect(titles.every((t) => t.trim().length > 0), path).toBe(true);
        seen[path]!.push(ownIn(titles));
      }
    };

    const keys = await Promise.all(towns.map((town) => put(`ferry-${town}.txt`, story(title(town), town))));
    const stored = async () => (await Promise.all(keys.map((key) => stack.store.statusOf(key)))).every((s) => s.status === 'article');
    const deadline = Date.now() + 30_000;
    while (!(await stored()) && Date.now() < deadline) await read();
    await settle();
    await read();

    for (const key of keys) expect((await stack.store.statusOf(key)).status).toBe('article');
    for (const [path, counts] of Object.entries(seen)) {
      // Articles only ever appear: a feed read mid-batch never shows one that a later read lacks.
      expect(counts, path).toEqual([...counts].sort((a, b) => a - b));
      expect(counts.at(-1), path).toBe(towns.length);
    }
    // The reads overlapped the writes: at least one of them saw part of the batch.
    expect(Object.values(seen).flat().some((count) => count > 0 && count < towns.length)).toBe(true);
  });

  it('retries records while DynamoDB is down and ingests them once it is back', async () => {
    await stack.servers.stopDynamo();
    const failedBefore = stack.queue.stats.failed;
    const key = await put('during-outage.txt', story('Harbour expansion approved', 'Gdansk'));
    const deadline = Date.now() + 20_000;
    while (stack.queue.stats.failed === failedBefore && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(stack.queue.stats.failed).toBeGreaterThan(failedBefore);
    await stack.servers.startDynamo();
    await settle();
    expect((await stack.store.statusOf(key)).status).toBe('article');
    const all = ((await (await get('/api/articles?limit=100')).json()) as { articles: { id: string }[] }).articles;
    expect(all.filter((x) => x.id === articleIdForKey(key))).toHaveLength(1);
    expect(deadLetters).toHaveLength(0);
  });
});
