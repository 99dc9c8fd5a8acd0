import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../functions/feed/http-types.js';
import { finishResponse } from '../../functions/feed/http-semantics.js';

const request = (headers: Record<string, string> = {}, method = 'GET'): HttpRequest => ({
  method,
  path: '/feed.atom',
  rawQuery: '',
  query: new URLSearchParams(),
  headers,
  baseUrl: 'http://localhost',
});
const body = '<feed>' + 'x'.repeat(5000) + '</feed>';
const rendered = { status: 200, headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body, lastModified: new Date('2026-01-02T03:04:05Z') };

describe('finishResponse', () => {
  it('gives identical content an identical strong ETag, and different content a different one', () => {
    const a = finishResponse(request(), rendered);
    const b = finishResponse(request(), { ...rendered });
    const c = finishResponse(request(), { ...rendered, body: body + ' ' });
    expect(a.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(c.headers.etag).not.toBe(a.headers.etag);
    expect(a.headers['last-modified']).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
    expect(a.headers['cache-control']).toMatch(/public, max-age=300, stale-while-revalidate=\d+/);
  });

  it('answers 304 with an empty body to a matching If-None-Match (exact, weak, in a list, compressed variant)', () => {
    const etag = finishResponse(request(), rendered).headers.etag!;
    const gzEtag = finishResponse(request({ 'accept-encoding': 'gzip' }), rendered).headers.etag!;
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, gzEtag, '*']) {
      const response = finishResponse(request({ 'if-none-match': header }), rendered);
      expect(response.status).toBe(304);
      expect(response.body.length).toBe(0);
      expect(response.headers.etag).toBeDefined();
    }
    expect(finishResponse(request({ 'if-none-match': '"other"' }), rendered).status).toBe(200);
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it; If-None-Match wins', () => {
    expect(finishResponse(request({ 'if-modified-since': 'Fri, 02 Jan 2026 03:04:05 GMT' }), rendered).status).toBe(304);
    expect(finishResponse(request({ 'if-modified-since': 'Fri, 02 Jan 2026 03:04:04 GMT' }), rendered).status).toBe(200);
    expect(
      finishResponse(request({ 'if-modified-since': 'Fri, 02 Jan 2026 03:04:05 GMT', 'if-none-match': '"other"' }), rendered).status,
    ).toBe(200);
  });

  it('compresses with br or gzip when accepted, and the bytes decompress to the body', () => {
    const br = finishResponse(request({ 'accept-encoding': 'gzip, deflate, br' }), rendered);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(body);
    const gz = finishResponse(request({ 'accept-encoding': 'gzip;q=1, br;q=0' }), rendered);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(body);
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(finishResponse(request(), rendered).headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD with the headers of GET and no body', () => {
    const get = finishResponse(request(), rendered);
    const head = finishResponse(request({}, 'HEAD'), rendered);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it('does not cache errors', () => {
    const error = finishResponse(request(), { status: 400, headers: {}, body: '{"error":{}}' });
    expect(error.headers['cache-control']).toBe('no-store');
    expect(error.headers.etag).toBeUndefined();
  });
});
