import type { S3EventRecord, SQSRecord } from 'aws-lambda';

/** One change to one object, as the ingest use case sees it. */
export interface ObjectChange {
  kind: 'created' | 'removed';
  bucket: string;
  /** The key as stored in S3 (URL-decoded). */
  key: string;
  /** Size from the event (created only); absent events fall back to a HEAD. */
  size: number | undefined;
  sequencer: string;
  eventTime: Date;
}

export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
  readonly code = 'MALFORMED_MESSAGE';
}

/**
 * Translates one SQS message into the object changes it carries. S3 URL-encodes keys in events
 * (spaces as `+`), so keys are decoded here, once. An `s3:TestEvent` (sent when notifications are
 * configured) carries no change.
 */
export function objectChangesFromSqsRecord(record: Pick<SQSRecord, 'body'>): ObjectChange[] {
  let message: unknown;
  try {
    message = JSON.parse(record.body);
  } catch {
    throw new MalformedMessageError('SQS message body is not JSON');
  }
  if (isObject(message) && message.Event === 's3:TestEvent') return [];
  if (!isObject(message) || !Array.isArray(message.Records)) {
    throw new MalformedMessageError('SQS message body is not an S3 event notification');
  }
  return (message.Records as unknown[]).map(toChange);
}

function toChange(raw: unknown): ObjectChange {
  if (!isObject(raw) || typeof raw.eventName !== 'string' || !isObject(raw.s3)) {
    throw new MalformedMessageError('S3 record lacks eventName or s3');
  }
  const record = raw as unknown as S3EventRecord;
  const kind = record.eventName.startsWith('ObjectCreated:')
    ? 'created'
    : record.eventName.startsWith('ObjectRemoved:')
      ? 'removed'
      : null;
  if (kind === null) throw new MalformedMessageError(`unsupported S3 event ${record.eventName}`);
  const { bucket, object } = record.s3;
  if (typeof bucket?.name !== 'string' || typeof object?.key !== 'string') {
    throw new MalformedMessageError('S3 record lacks bucket name or object key');
  }
  const eventTime = new Date(record.eventTime);
  return {
    kind,
    bucket: bucket.name,
    key: decodeS3Key(object.key),
    size: kind === 'created' && Number.isFinite(Number(object.size)) ? Number(object.size) : undefined,
    sequencer: typeof object.sequencer === 'string' && object.sequencer ? object.sequencer : '0',
    eventTime: Number.isNaN(eventTime.getTime()) ? new Date(0) : eventTime,
  };
}

/** S3 event keys are form-encoded: `+` is a space, `%2B` a plus. */
export function decodeS3Key(encoded: string): string {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    throw new MalformedMessageError(`object key is not valid URL encoding: ${encoded.slice(0, 200)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
