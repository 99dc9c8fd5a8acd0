/** A request as the routes see it: no Lambda or API Gateway shapes. */
export interface HttpRequest {
  method: string;
  /** Decoded path, e.g. `/topics/world/feed.atom`. */
  path: string;
  /** The raw query string without `?` (kept as sent, so `rel="self"` can repeat it exactly). */
  rawQuery: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** `https://host` the client used, no trailing slash. */
  baseUrl: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Newest change the body reflects, for Last-Modified / If-Modified-Since. */
  lastModified?: Date | undefined;
}

/** An error the client caused; rendered as 4xx with one JSON body shape. */
export class ClientError extends Error {
  override readonly name = 'ClientError';
  constructor(
    readonly status: 400 | 404 | 405,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
