import { request } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFunction } from '../../infra/local/http-bridge.js';

/** A GET with the request target exactly as given (fetch would normalise it). */
function getRaw(base: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the local HTTP bridge', () => {
  let server: Server;
  let base: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    // The function echoes what it was given, so the test sees the event the bridge built.
    const started = await serveFunction(
      (event) => Promise.resolve({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rawPath: event.rawPath, rawQueryString: event.rawQueryString, path: event.requestContext.http.path }) }),
      0,
      (error) => errors.push(error),
    );
    server = started.server;
    base = started.url;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const [target, rawPath, rawQueryString] of [
    ['/feed.atom?page=2&topic=world', '/feed.atom', 'page=2&topic=world'],
    ['/', '/', ''],
    ['//', '//', ''],
    ['//feed.rss?x=1', '//feed.rss', 'x=1'],
    ['/topics/caf%C3%A9/feed.json', '/topics/caf%C3%A9/feed.json', ''],
  ] as const) {
    it(`passes "${target}" on as sent, as a Function URL does`, async () => {
      const res = await getRaw(base, target);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ rawPath, rawQueryString, path: rawPath });
      expect(errors).toEqual([]);
    });
  }
});
