/**
 * Why an input could not become an article. Codes are stable: they are stored with the
 * rejection, shown by `npm run status` and matched on by tests.
 */
export type RejectionCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'BAD_ENCODING'
  | 'MALFORMED'
  | 'NO_CONTENT'
  | 'NO_TITLE';

/** The input itself is unusable; retrying cannot help. */
export class RejectedInputError extends Error {
  override readonly name = 'RejectedInputError';
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }
}

export function isRejectedInputError(error: unknown): error is RejectedInputError {
  return error instanceof RejectedInputError;
}
