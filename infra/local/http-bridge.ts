import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

type FeedHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * Serves a Lambda function over plain HTTP the way a Function URL does: each request becomes an
 * HTTP API v2 payload, each result goes back on the wire (base64 bodies decoded).
 */
export async function serveFunction(handler: FeedHandler, port: number, onError: (error: unknown) => void): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    toEvent(request)
      .then(handler)
      .then((result) => {
        const headers: Record<string, string | number> = {};
        for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = typeof value === 'number' ? value : String(value);
        const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
        if (request.method !== 'HEAD' && headers['content-length'] === undefined) headers['content-length'] = body.length;
        response.writeHead(result.statusCode ?? 200, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        onError(error);
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: 'the function failed' } }));
      });
  });
  // Many short keep-alive connections from feed readers and benchmarks.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * The path and the query of a request as sent, the way a Function URL passes them on: not resolved
 * against a base, which would read "//feed.rss" as a host name and throw on "//".
 */
function requestTarget(target: string): { path: string; query: string } {
  const withoutFragment = target.split('#')[0]!;
  const q = withoutFragment.indexOf('?');
  const path = q < 0 ? withoutFragment : withoutFragment.slice(0, q);
  return { path: path.startsWith('/') ? path : `/${path}`, query: q < 0 ? '' : withoutFragment.slice(q + 1) };
}

async function toEvent(request: IncomingMessage): Promise<APIGatewayProxyEventV2> {
  // Drain any body: the API is read-only, but the socket must be read to be reused.
  for await (const _chunk of request) void _chunk;
  const target = requestTarget(request.url ?? '/');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  headers['x-forwarded-proto'] = 'http';
  return functionUrlEvent({
    method: request.method ?? 'GET',
    ...target,
    headers,
    protocol: `HTTP/${request.httpVersion}`,
    sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
  });
}

/** One request as a Function URL hands it to the function: an HTTP API v2 payload. */
export function functionUrlEvent(request: {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  protocol?: string;
  sourceIp?: string;
}): APIGatewayProxyEventV2 {
  const host = request.headers.host ?? '127.0.0.1';
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: request.path,
    rawQueryString: request.query,
    headers: request.headers,
    isBase64Encoded: false,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: request.method,
        path: request.path,
        protocol: request.protocol ?? 'HTTP/1.1',
        sourceIp: request.sourceIp ?? '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? '',
      },
      requestId: `${now.getTime()}-${Math.random().toString(16).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
  };
}
