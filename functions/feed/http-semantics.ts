import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { HttpRequest, HttpResponse } from './http-types.js';

/** What goes on the wire: the body may be compressed, so it is bytes. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const cacheable = 'public, max-age=300, stale-while-revalidate=600';
const minCompressBytes = 1024;

/**
 * Bytes, tag and compressed forms of a rendered response, kept as long as the response object
 * itself (the response cache hands out the same object on every hit), so a cached feed is hashed
 * and compressed once rather than on every request.
 */
interface Representation {
  plain: Buffer;
  tag: string;
  encoded: Map<'br' | 'gzip', Buffer>;
}
const representations = new WeakMap<HttpResponse, Representation>();

function representationOf(response: HttpResponse): Representation {
  let representation = representations.get(response);
  if (!representation) {
    const plain = Buffer.from(response.body, 'utf8');
    const tag = createHash('sha256').update(plain).digest('base64url').slice(0, 27);
    representation = { plain, tag, encoded: new Map() };
    representations.set(response, representation);
  }
  return representation;
}

function encode(representation: Representation, encoding: 'br' | 'gzip'): Buffer {
  let body = representation.encoded.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(representation.plain, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(representation.plain, { level: 6 });
    representation.encoded.set(encoding, body);
  }
  return body;
}

/**
 * Adds HTTP caching and transport to a rendered response: a strong ETag over the body, Last-Modified,
 * 304 for matching validators, HEAD, and gzip/br when the client accepts them. Identical content gives
 * identical bytes and ETag (nothing here depends on the clock).
 */
export function finishResponse(request: HttpRequest, response: HttpResponse, baseHeaders: Record<string, string> = {}): WireResponse {
  const headers: Record<string, string> = { ...baseHeaders, ...response.headers };
  const ok = response.status === 200;
  if (!headers['cache-control']) headers['cache-control'] = ok ? cacheable : 'no-store';
  if (!ok) return withBody(request, response.status, headers, Buffer.from(response.body, 'utf8'));

  const representation = representationOf(response);
  const { plain, tag } = representation;
  headers['vary'] = 'Accept-Encoding';
  if (response.lastModified && !Number.isNaN(response.lastModified.getTime())) {
    headers['last-modified'] = response.lastModified.toUTCString();
  }

  const encoding = chooseEncoding(request.headers['accept-encoding'] ?? '', plain.length);
  // Each encoding is a different representation, so it gets its own strong ETag.
  headers['etag'] = `"${tag}${encoding ? `-${encoding === 'br' ? 'br' : 'gz'}` : ''}"`;

  if (notModified(request, tag, response.lastModified)) {
    const { 'content-type': _type, ...rest } = headers;
    return { status: 304, headers: rest, body: Buffer.alloc(0) };
  }
  const body = encoding ? encode(representation, encoding) : plain;
  if (encoding) headers['content-encoding'] = encoding;
  return withBody(request, 200, headers, body);
}

function withBody(request: HttpRequest, status: number, headers: Record<string, string>, body: Buffer): WireResponse {
  headers['content-length'] = String(body.length);
  return { status, headers, body: request.method === 'HEAD' ? Buffer.alloc(0) : body };
}

function chooseEncoding(acceptEncoding: string, size: number): 'br' | 'gzip' | null {
  if (size < minCompressBytes) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

/** RFC 9110 §13: If-None-Match wins over If-Modified-Since; weak comparison for GET/HEAD. */
function notModified(request: HttpRequest, tag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    return ifNoneMatch
      .split(',')
      .map((candidate) => candidate.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gz)$/, ''))
      .includes(tag);
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}
