import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { FeedConfig } from '../shared/config.js';
import type { Log } from '../shared/log.js';
import { ClientError, type HttpRequest, type HttpResponse } from './http-types.js';
import { finishResponse } from './http-semantics.js';
import type { ResponseCache } from './response-cache.js';

export type FeedHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface FeedHandlerDependencies {
  route: (request: HttpRequest) => Promise<HttpResponse>;
  cache: ResponseCache;
  config: Pick<FeedConfig, 'publicBaseUrl'>;
  log: Log;
}

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
  'access-control-expose-headers': 'ETag, Last-Modified',
};

/**
 * Function URL / HTTP API v2 event in, response out. Errors the client caused become 4xx with one
 * JSON shape `{error: {code, message}}`; anything else is logged and becomes a 500 without details.
 */
export function makeFeedHandler({ route, cache, config, log }: FeedHandlerDependencies): FeedHandler {
  return async function handler(event) {
    let request: HttpRequest;
    try {
      request = toRequest(event, config.publicBaseUrl);
    } catch (error) {
      return toResult(errorResponse(error, log));
    }
    if (request.method === 'OPTIONS') {
      return { statusCode: 204, headers: { ...corsHeaders, 'access-control-max-age': '86400' }, body: '' };
    }
    let response: HttpResponse;
    try {
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      response =
        method === 'GET'
          ? await cache.getOrCompute(`${request.baseUrl}${request.path}?${request.rawQuery}`, () => route(request))
          : await route(request);
    } catch (error) {
      response = errorResponse(error, log);
    }
    const wire = finishResponse(request, response, corsHeaders);
    return {
      statusCode: wire.status,
      headers: wire.headers,
      body: wire.body.toString('base64'),
      isBase64Encoded: true,
    };
  };
}

function toRequest(event: APIGatewayProxyEventV2, publicBaseUrl: string | null): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const rawQuery = event.rawQueryString ?? '';
  let path: string;
  try {
    path = decodeURIComponent(event.rawPath || '/');
  } catch {
    throw new ClientError(400, 'INVALID_PATH', 'the path is not valid URL encoding');
  }
  const host = headers['x-forwarded-host'] ?? headers.host ?? event.requestContext?.domainName ?? 'localhost';
  const protocol = headers['x-forwarded-proto'] === 'http' ? 'http' : 'https';
  return {
    method: (event.requestContext?.http?.method ?? 'GET').toUpperCase(),
    path,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers,
    baseUrl: publicBaseUrl ?? `${protocol}://${host}`,
  };
}

function errorResponse(error: unknown, log: Log): HttpResponse {
  if (error instanceof ClientError) {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (error.status === 405) headers.allow = 'GET, HEAD, OPTIONS';
    return { status: error.status, headers, body: JSON.stringify({ error: { code: error.code, message: error.message } }) };
  }
  log.error('request failed', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return {
    status: 500,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: { code: 'INTERNAL', message: 'something went wrong; try again shortly' } }),
  };
}

function toResult(response: HttpResponse): APIGatewayProxyStructuredResultV2 {
  return { statusCode: response.status, headers: { ...corsHeaders, ...response.headers }, body: response.body };
}
