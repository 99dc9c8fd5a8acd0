import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Log } from '../shared/log.js';
import type { IngestResult } from './ingest-object.js';
import { MalformedMessageError, objectChangesFromSqsRecord, type ObjectChange } from './s3-changes.js';

export type IngestHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

/**
 * SQS batch in, partial batch response out: a record whose processing throws (the table is
 * unreachable, throttled…) is reported as failed and comes back from the queue; the rest of the
 * batch is not held up. A message that is not an S3 notification is logged and dropped, because
 * retrying it can never succeed.
 */
export function makeIngestHandler(ingestObject: (change: ObjectChange) => Promise<IngestResult>, log: Log): IngestHandler {
  async function handleRecord(record: SQSRecord): Promise<void> {
    let changes: ObjectChange[];
    try {
      changes = objectChangesFromSqsRecord(record);
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        log.error('message dropped', { messageId: record.messageId, reason: error.message });
        return;
      }
      throw error;
    }
    for (const change of changes) {
      try {
        await ingestObject(change);
      } catch (error) {
        log.error('object processing failed', { key: change.key, error: describe(error) });
        throw error;
      }
    }
  }

  return async function handler(event, context) {
    // One processor per invocation: it keeps per-batch state, and the local runner may overlap calls.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, handleRecord, processor, {
      ...(context ? { context } : {}),
      throwOnFullBatchFailure: false,
    });
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
