import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';

/**
 * The HTML pages as a phone's browser shows them: the seeds go through the real pipeline, then
 * Debian's Chromium renders `/` and an article page at 390×844. Screenshots land in test-results/.
 */
const chromiumPath = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const screenshots = join(root, 'test-results');
const phone = { width: 390, height: 844 };

// Long unbroken text is what usually pushes a page wider than a phone's screen.
const wideMarkdown = [
  '# Railway tender documents published in full',
  '',
  'Officials in Lyon said on Tuesday that the documents for the new railway line are now public, after years of delays and a long dispute over the cost of the project.',
  '',
  'The full archive is at https://example.org/transport/rail/tenders/2026/lyon-turin-base-tunnel/annexes/complete-archive-of-documents-and-correspondence.pdf for anyone who wants it.',
  '',
  'Supercalifragilisticexpialidocious-sized compound identifiers such as LyonTurinBaseTunnelProcurementLotNumberSeventeenAnnexB also appear throughout the filings.',
  '',
  '```',
  'curl https://example.org/transport/rail/tenders/2026/lyon-turin-base-tunnel/annexes/complete-archive.zip --output archive.zip',
  '```',
  '',
  '| lot | contractor | value in euros | completion date |',
  '| --- | --- | --- | --- |',
  '| 17 | Consolidated Tunnelling and Civil Engineering Group | 1,250,000,000 | 2031-12-31 |',
  '',
].join('\n');

let stack: LocalStack;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing; the page test needs Debian's Chromium: ` +
        'apt-get update && apt-get install -y --no-install-recommends chromium',
    );
  }
  dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-pages-'));
  stack = await startLocalStack({ dataDir, port: 0, cacheSeconds: 0, retryDelayMs: 100, onError: () => {} });
  const seedsDir = join(root, 'seeds');
  const seeds = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
  const uploads: [string, string | Buffer, string][] = [
    ...(await Promise.all(seeds.map(async (name) => [name, await readFile(join(seedsDir, name)), 'text/plain'] as [string, Buffer, string]))),
    ['wide.md', wideMarkdown, 'text/markdown'],
  ];
  for (const [name, body, contentType] of uploads) {
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: stack.prefix + name, Body: body, ContentType: contentType }));
  }
  // s3rver emits its event after responding; give it a tick before waiting for the queue.
  await new Promise((r) => setTimeout(r, 50));
  await stack.queue.idle();
  await mkdir(screenshots, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  status: number | undefined;
  consoleErrors: string[];
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico on its own and the pages do not name an icon, so that 404 is
    // the browser's habit, not the page's error; anything else counts.
    const where = message.location().url;
    if (message.type() === 'error' && !where.endsWith('/favicon.ico')) consoleErrors.push(`${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // The console's "Failed to load resource" does not say which; this does.
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(stack.feedUrl + path, { waitUntil: 'load' });
  return { page, status: response?.status(), consoleErrors };
}

async function expectPhoneFriendly({ page, consoleErrors }: Visit, name: string): Promise<void> {
  // The first screen as the phone shows it, and the whole page.
  await page.screenshot({ path: join(screenshots, `${name}-screen.png`) });
  await page.screenshot({ path: join(screenshots, `${name}-full.png`), fullPage: true });
  expect(await page.locator('script').count()).toBe(0);
  const alternates = await page.$$eval('head link[rel="alternate"]', (links) => links.map((link) => link.getAttribute('type')));
  expect(alternates).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/feed+json']));
  // The callback runs in the page; the project compiles without DOM types, hence the local shape.
  const widths = await page.evaluate(() => {
    const browserWindow = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
    return { scroll: browserWindow.document.documentElement.scrollWidth, inner: browserWindow.innerWidth };
  });
  // A mobile browser widens the layout viewport to fit content that overflows, which would hide the
  // overflow from the comparison below: so the viewport must still be the phone's width.
  expect(widths.inner, `${name} made the browser zoom out`).toBe(phone.width);
  expect(widths.scroll, `${name} is wider than the phone's screen`).toBeLessThanOrEqual(widths.inner);
  expect(consoleErrors).toEqual([]);
  await page.context().close();
}

describe('HTML pages in Chromium on a phone-sized screen', () => {
  it('renders the index with working links', async () => {
    const visited = await visit('/');
    const { page } = visited;
    expect(visited.status).toBe(200);
    expect(await page.title()).toBe('dropfeed');
    const articleLinks = await page.$$eval('ul.articles h2 a', (links) => links.map((link) => (link as unknown as { href: string }).href));
    expect(articleLinks).toHaveLength(6);
    const otherLinks = await page.$$eval('a[href]', (links) => links.map((link) => (link as unknown as { href: string }).href));
    const local = [...new Set([...articleLinks, ...otherLinks])].filter((href) => href.startsWith(stack.feedUrl));
    expect(local.length).toBeGreaterThan(articleLinks.length);
    for (const href of local) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    await expectPhoneFriendly(visited, 'index-phone');
  });

  it('renders an article page', async () => {
    const index = await visit('/');
    const href = await index.page.locator('ul.articles h2 a', { hasText: 'Putin and Assad' }).getAttribute('href');
    await index.page.context().close();
    expect(href).toMatch(/\/articles\/[0-9a-f]{24}$/);
    const visited = await visit(new URL(href ?? '').pathname);
    expect(visited.status).toBe(200);
    expect(await visited.page.title()).toBe('Putin and Assad blame US-led coalition for ISIS offensive');
    expect(await visited.page.locator('h1').textContent()).toBe('Putin and Assad blame US-led coalition for ISIS offensive');
    await expectPhoneFriendly(visited, 'article-phone');
  });

  it('keeps a page with long URLs, code and a table within the phone screen', async () => {
    const index = await visit('/');
    const href = await index.page.locator('ul.articles h2 a', { hasText: 'Railway tender documents' }).getAttribute('href');
    await index.page.context().close();
    const visited = await visit(new URL(href ?? '').pathname);
    expect(visited.status).toBe(200);
    await expectPhoneFriendly(visited, 'wide-article-phone');
  });
});
