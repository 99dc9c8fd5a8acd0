import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { EmittedS3Event } from './servers.js';

export interface EventQueueOptions {
  bucket: string;
  /** Only keys under this prefix are delivered, as the bucket notification's filter does on AWS. */
  prefix: string;
  handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
  batchSize?: number;
  /** Receives before a message goes to the dead-letter list (the stack's maxReceiveCount). */
  maxReceiveCount?: number;
  /** Delay before a failed message is visible again. */
  retryDelayMs?: number;
  /** Called when a message is given up on. */
  onDeadLetter?: (record: SQSRecord) => void;
  onBatchError?: (error: unknown) => void;
}

interface QueuedMessage {
  record: SQSRecord;
  receiveCount: number;
  visibleAt: number;
}

/**
 * Plays S3 → SQS → Lambda on a laptop: turns what the S3 server emits into the records AWS would
 * deliver (URL-encoded key, a proper bucket ARN, increasing sequencers, the prefix filter), wraps
 * them in SQS messages and invokes the ingest handler in batches, redelivering the records it
 * reports as failed until maxReceiveCount, like the real queue and its dead-letter queue.
 */
export class LocalEventQueue {
  private readonly messages: QueuedMessage[] = [];
  private readonly deadLetters: SQSRecord[] = [];
  private running = 0;
  private timer: NodeJS.Timeout | null = null;
  private lastSequence = 0n;
  private idleWaiters: Array<() => void> = [];
  private closed = false;
  /** Deliveries so far: records handled, and records reported failed (each retry counts). */
  readonly stats = { delivered: 0, failed: 0 };

  constructor(private readonly options: EventQueueOptions) {}

  /** Accepts an event as s3rver emits it. */
  acceptS3Event(event: EmittedS3Event): void {
    for (const record of event.Records) {
      const key = record.s3.object.key;
      if (record.s3.bucket.name !== this.options.bucket || !key.startsWith(this.options.prefix)) continue;
      const fixed = {
        ...record,
        eventVersion: '2.1',
        s3: {
          ...record.s3,
          bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${record.s3.bucket.name}` },
          object: { ...record.s3.object, key: encodeS3EventKey(key), sequencer: this.nextSequencer() },
        },
      };
      this.enqueue(JSON.stringify({ Records: [fixed] }));
    }
  }

  /** Queues a raw message body (tests use it for malformed and redelivered messages). */
  enqueue(body: string): void {
    const now = Date.now();
    this.messages.push({
      receiveCount: 0,
      visibleAt: now,
      record: {
        messageId: randomUUID(),
        receiptHandle: randomUUID(),
        body,
        attributes: {
          ApproximateReceiveCount: '0',
          SentTimestamp: String(now),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(now),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:local:000000000000:dropfeed-ingest',
        awsRegion: 'local',
      },
    });
    this.schedule(0);
  }

  /** Resolves when every queued message has been delivered, succeeded or dead-lettered. */
  idle(): Promise<void> {
    if (this.messages.length === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get deadLettered(): readonly SQSRecord[] {
    return this.deadLetters;
  }

  get pending(): number {
    return this.messages.length + this.running;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private nextSequencer(): string {
    // S3 sequencers grow for later events on a key; a clock-based counter keeps that true here.
    const candidate = BigInt(Date.now()) * 1000n;
    this.lastSequence = candidate > this.lastSequence ? candidate : this.lastSequence + 1n;
    return this.lastSequence.toString(16).toUpperCase().padStart(16, '0');
  }

  private schedule(delayMs: number): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.deliver();
    }, delayMs);
  }

  private async deliver(): Promise<void> {
    if (this.running > 0) return; // one batch at a time, like a function with reserved concurrency 1
    const now = Date.now();
    const batch: QueuedMessage[] = [];
    for (let i = 0; i < this.messages.length && batch.length < (this.options.batchSize ?? 10); ) {
      const message = this.messages[i]!;
      if (message.visibleAt <= now) {
        batch.push(message);
        this.messages.splice(i, 1);
      } else i++;
    }
    if (batch.length === 0) {
      this.afterDelivery();
      return;
    }
    this.running++;
    for (const message of batch) {
      message.receiveCount++;
      message.record.attributes.ApproximateReceiveCount = String(message.receiveCount);
    }
    let failedIds: Set<string>;
    try {
      const response = await this.options.handler({ Records: batch.map((message) => message.record) });
      failedIds = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch (error) {
      // A thrown handler error fails the whole batch on AWS too.
      this.options.onBatchError?.(error);
      failedIds = new Set(batch.map((message) => message.record.messageId));
    }
    this.running--;
    this.stats.delivered += batch.length;
    this.stats.failed += failedIds.size;
    for (const message of batch) {
      if (!failedIds.has(message.record.messageId)) continue;
      if (message.receiveCount >= (this.options.maxReceiveCount ?? 5)) {
        this.deadLetters.push(message.record);
        this.options.onDeadLetter?.(message.record);
      } else {
        message.visibleAt = Date.now() + (this.options.retryDelayMs ?? 1000);
        this.messages.push(message);
      }
    }
    this.afterDelivery();
  }

  private afterDelivery(): void {
    if (this.messages.length === 0 && this.running === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
      return;
    }
    const nextVisible = Math.min(...this.messages.map((message) => message.visibleAt));
    this.schedule(Math.max(0, nextVisible - Date.now()));
  }
}

/** S3 puts keys into events form-encoded: spaces as `+`, other reserved characters as %XX. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/**
 * An SQS batch of S3 ObjectCreated notifications, one upload per message, as the ingest function
 * receives them from the bucket's queue; sequencers rise from `firstSequence`.
 */
export function objectCreatedBatch(bucket: string, uploads: readonly { key: string; size: number }[], firstSequence: number): SQSEvent {
  const now = Date.now();
  return {
    Records: uploads.map((upload, i) => ({
      messageId: `m-${firstSequence + i}`,
      receiptHandle: `r-${firstSequence + i}`,
      body: JSON.stringify({
        Records: [
          {
            eventVersion: '2.1',
            eventSource: 'aws:s3',
            awsRegion: 'us-east-1',
            eventTime: new Date(now).toISOString(),
            eventName: 'ObjectCreated:Put',
            s3: {
              bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
              object: { key: encodeS3EventKey(upload.key), size: upload.size, sequencer: (0x1000 + firstSequence + i).toString(16).toUpperCase() },
            },
          },
        ],
      }),
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(now), SenderId: 'local', ApproximateFirstReceiveTimestamp: String(now) },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:dropfeed-ingest',
      awsRegion: 'us-east-1',
    })),
  };
}
