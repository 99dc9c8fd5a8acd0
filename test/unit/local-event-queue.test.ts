import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalEventQueue } from '../../infra/local/event-queue.js';

const s3Event = (key: string) => ({
  Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key, size: 1 } } }],
});

describe('LocalEventQueue (the S3 → SQS → Lambda stand-in)', () => {
  it('redelivers failed records and dead-letters them after maxReceiveCount, without holding up the others', async () => {
    const receives = new Map<string, number>();
    const dead: string[] = [];
    const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
      const batchItemFailures = [];
      for (const record of event.Records) {
        const key = JSON.parse(record.body).Records[0].s3.object.key as string;
        receives.set(key, (receives.get(key) ?? 0) + 1);
        if (key.includes('poison')) batchItemFailures.push({ itemIdentifier: record.messageId });
      }
      return { batchItemFailures };
    };
    const queue = new LocalEventQueue({
      bucket: 'b',
      prefix: 'incoming/',
      handler,
      maxReceiveCount: 3,
      retryDelayMs: 5,
      onDeadLetter: (record) => dead.push(JSON.parse(record.body).Records[0].s3.object.key),
    });
    queue.acceptS3Event(s3Event('incoming/poison.txt'));
    queue.acceptS3Event(s3Event('incoming/fine.txt'));
    queue.acceptS3Event(s3Event('elsewhere/ignored.txt'));
    await queue.idle();
    expect(receives.get('incoming/fine.txt')).toBe(1);
    expect(receives.get('incoming/poison.txt')).toBe(3);
    expect(receives.has('elsewhere/ignored.txt')).toBe(false);
    expect(dead).toEqual(['incoming/poison.txt']);
    expect(queue.stats).toEqual({ delivered: 4, failed: 3 });
    queue.close();
  });

  it('treats a thrown handler error as a failure of the whole batch', async () => {
    let calls = 0;
    const dead: string[] = [];
    const queue = new LocalEventQueue({
      bucket: 'b',
      prefix: 'incoming/',
      handler: async () => {
        calls++;
        throw new Error('boom');
      },
      maxReceiveCount: 2,
      retryDelayMs: 5,
      onDeadLetter: (record) => dead.push(record.messageId),
      onBatchError: () => {},
    });
    queue.acceptS3Event(s3Event('incoming/a.txt'));
    await queue.idle();
    expect(calls).toBe(2);
    expect(dead).toHaveLength(1);
    queue.close();
  });

  it('gives later events on a key larger sequencers, and encodes keys as S3 does', async () => {
    const seen: { key: string; sequencer: string }[] = [];
    const queue = new LocalEventQueue({
      bucket: 'b',
      prefix: 'incoming/',
      handler: async (event) => {
        for (const record of event.Records) seen.push(JSON.parse(record.body).Records[0].s3.object);
        return { batchItemFailures: [] };
      },
    });
    for (let i = 0; i < 5; i++) queue.acceptS3Event(s3Event('incoming/a b.txt'));
    await queue.idle();
    expect(seen.map((o) => o.key)).toEqual(Array(5).fill('incoming/a+b.txt'));
    const sequencers = seen.map((o) => BigInt(`0x${o.sequencer}`));
    for (let i = 1; i < sequencers.length; i++) expect(sequencers[i]! > sequencers[i - 1]!).toBe(true);
    queue.close();
  });
});
