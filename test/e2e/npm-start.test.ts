import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a user does: `npm start`, read the feeds with a real parser, `npm run drop` two more files,
 * `npm run status`, `npm run process`, Ctrl-C. When the acceptance tools are beside the project
 * (CI), the feeds also go through feedcheck's validators and newsboat.
 */
const root = resolve(import.meta.dirname, '../..');
// Set by .ci/run when the acceptance tools are installed; then the check is required, not optional.
const feedcheck = process.env.DROPFEED_FEEDCHECK;
const port = 20_000 + Math.floor(Math.random() * 20_000);
let dataDir: string;
let server: ChildProcess;
let baseUrl = '';
let output = '';

function npmRun(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '--silent', ...args], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DROPFEED_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function feedTitlesEventually(accept: (titles: string[]) => boolean): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const titles = parseFeed(await (await fetch(baseUrl + '/feed.atom')).text()).items.map((item) => item.title ?? '');
    if (accept(titles)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dropfeed-e2e-'));
  server = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DROPFEED_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!/dropfeed is running at (\S+)\//.test(output)) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  baseUrl = /dropfeed is running at (\S+)\//.exec(output)![1]!;
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start, end to end', () => {
  it('prints progress and the feed URLs', () => {
    expect(output).toMatch(/seeding 5\/5/);
    expect(output).toContain(`${baseUrl}/feed.rss`);
    expect(baseUrl).toBe(`http://127.0.0.1:${port}`);
  });

  it('serves the five seeds as RSS and Atom that a real feed parser reads', async () => {
    for (const path of ['/feed.rss', '/feed.atom']) {
      const feed = parseFeed(await (await fetch(baseUrl + path)).text());
      expect(feed.items, path).toHaveLength(5);
      for (const item of feed.items) {
        expect(item.title, path).toBeTruthy();
        expect(item.url, path).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/[0-9a-f]{24}$/);
        expect(item.published ?? item.updated, path).toBeInstanceOf(Date);
      }
    }
    const json = (await (await fetch(baseUrl + '/feed.json')).json()) as { items: { title: string }[] };
    expect(json.items).toHaveLength(5);
  });

  it('makes dropped files appear within seconds, with status "article"', async () => {
    const dir = join(dataDir, 'to-drop');
    await rm(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    await writeFile(
      join(dir, 'harbour.md'),
      '---\ntitle: Harbour expansion approved\ndate: 2025-05-04\nauthor: Ana Lima\n---\n\n' +
        'The city council approved the expansion of the container harbour on Monday, ending a two-year dispute.\n\n' +
        'Work is expected to start in the autumn and to last four years, the port authority said.\n',
    );
    await writeFile(
      join(dir, 'match.html'),
      '<!doctype html><html lang="en"><head><title>Late goal sends Porto through | Sports Daily</title></head><body>' +
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Late goal sends Porto through</h1>' +
        '<p>A stoppage-time goal sent Porto into the quarter-finals of the cup on Wednesday night after a tense match.</p>' +
        '<p>The striker scored from close range in the 93rd minute, his fifth goal of the tournament so far.</p>' +
        '</article><footer>© Sports Daily. Subscribe to our newsletter.</footer></body></html>',
    );
    const started = Date.now();
    const drop = npmRun(['drop', '--', dir]);
    expect(drop.status, drop.stderr).toBe(0);
    const elapsed = Date.now() - started;
    const statuses = drop.stdout.trim().split('\n').map((line) => JSON.parse(line) as { key: string; status: string });
    expect(statuses.map((s) => s.status)).toEqual(['article', 'article']);
    expect(elapsed).toBeLessThan(60_000);

    const status = npmRun(['status', '--', 'harbour.md', 'match.html', 'never-uploaded.txt']);
    // A name the bucket does not hold is reported, with a non-zero exit, rather than left pending.
    expect(status.status, status.stderr).toBe(1);
    expect(status.stderr).toContain('match no object');
    const lines = status.stdout.trim().split('\n').map((line) => JSON.parse(line) as { key: string; status: string; articleId?: string });
    expect(lines.map((l) => [l.key, l.status])).toEqual([
      ['incoming/harbour.md', 'article'],
      ['incoming/match.html', 'article'],
      ['incoming/never-uploaded.txt', 'missing'],
    ]);
    expect(lines[0]!.articleId).toMatch(/^urn:dropfeed:article:[0-9a-f]{24}$/);

    // The feed function reuses a rendered feed for FEED_CACHE_SECONDS (2 s locally): poll briefly.
    expect(await feedTitlesEventually((titles) => titles.includes('Harbour expansion approved') && titles.includes('Late goal sends Porto through'))).toBe(true);

    const removal = npmRun(['drop', '--', '--delete', 'match.html']);
    expect(removal.status, removal.stderr).toBe(0);
    expect(JSON.parse(removal.stdout.trim()).status).toBe('removed');
    expect(await feedTitlesEventually((titles) => !titles.includes('Late goal sends Porto through'))).toBe(true);
  });

  it('prints article JSON for files and folders with npm run process', () => {
    const result = npmRun(['process', '--', join(root, 'seeds'), join(root, 'package.json'), join(root, 'nope.txt')]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const ok = lines.filter((line) => line.ok === true);
    expect(ok).toHaveLength(5);
    for (const line of ok) {
      const article = line.article as Record<string, unknown>;
      for (const field of ['id', 'title', 'published', 'author', 'body', 'summary', 'language', 'topic', 'entities', 'keywords']) {
        expect(article, field).toHaveProperty(field);
      }
      expect(article.language).toBe('en');
    }
    expect(lines.find((line) => String(line.file).endsWith('nope.txt'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  if (feedcheck) {
    // Each run compares its feeds as one set of entries, so the all-articles feeds and one topic's
    // feeds are checked separately.
    it.each([
      ['all articles', ['/feed.rss', '/feed.atom', '/feed.json', 'api:/api/articles']],
      ['one topic', ['/topics/world/feed.rss', '/topics/world/feed.atom', '/topics/world/feed.json']],
    ])('passes feedcheck: validators and newsboat (%s)', (_name, paths) => {
      const result = spawnSync(feedcheck, ['--require-tools', '--skip', 'w3c', baseUrl, ...paths], {
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(result.stdout + result.stderr).toMatch(/SUMMARY: .* => OK/);
      expect(result.status, result.stdout).toBe(0);
    }, 200_000);
  }

  it('stops cleanly on Ctrl-C', async () => {
    // A terminal's Ctrl-C signals the whole process group: npm and the runner under it.
    process.kill(-server.pid!, 'SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => server.once('exit', (c, s) => resolve([c, s])));
    expect(code === 0 || signal === 'SIGINT', `exit ${code} ${signal}`).toBe(true);
    expect(output).toContain('dropfeed: stopped.');
    expect(existsSync(join(dataDir, 'local-stack.json'))).toBe(false);
  });
});
