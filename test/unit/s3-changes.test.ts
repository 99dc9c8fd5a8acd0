import { describe, expect, it } from 'vitest';
import { decodeS3Key, MalformedMessageError, objectChangesFromSqsRecord } from '../../functions/ingest/s3-changes.js';
import { encodeS3EventKey } from '../../infra/local/event-queue.js';

const s3Record = (eventName: string, key: string, extra: Record<string, unknown> = {}) => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  eventTime: '2026-01-02T03:04:05.000Z',
  eventName,
  s3: { bucket: { name: 'b', arn: 'arn:aws:s3:::b' }, object: { key, sequencer: '0055AED6DCD90281E5', ...extra } },
});

describe('objectChangesFromSqsRecord', () => {
  it('decodes form-encoded keys as S3 sends them', () => {
    const [change] = objectChangesFromSqsRecord({
      body: JSON.stringify({ Records: [s3Record('ObjectCreated:Put', 'incoming/caf%C3%A9+news%2B1.txt', { size: 12 })] }),
    });
    expect(change).toMatchObject({ kind: 'created', bucket: 'b', key: 'incoming/café news+1.txt', size: 12 });
    expect(change?.eventTime.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('maps removals, including delete markers, to removed changes without a size', () => {
    const changes = objectChangesFromSqsRecord({
      body: JSON.stringify({
        Records: [s3Record('ObjectRemoved:Delete', 'incoming/a.txt'), s3Record('ObjectRemoved:DeleteMarkerCreated', 'incoming/b.txt')],
      }),
    });
    expect(changes.map((c) => [c.kind, c.key, c.size])).toEqual([
      ['removed', 'incoming/a.txt', undefined],
      ['removed', 'incoming/b.txt', undefined],
    ]);
  });

  it('ignores the test event S3 sends when notifications are configured', () => {
    expect(objectChangesFromSqsRecord({ body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }) })).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['no Records', JSON.stringify({ hello: 1 })],
    ['unknown event', JSON.stringify({ Records: [s3Record('ObjectRestore:Post', 'incoming/a.txt')] })],
    ['bad encoding', JSON.stringify({ Records: [s3Record('ObjectCreated:Put', 'incoming/%E0%A4%A')] })],
  ])('rejects a malformed message (%s)', (_name, body) => {
    expect(() => objectChangesFromSqsRecord({ body })).toThrow(MalformedMessageError);
  });

  it('round-trips keys through the local runner encoding', () => {
    for (const key of ['incoming/a b.txt', 'incoming/x+y&z=1?.md', 'incoming/Ünïcødé/页.html', "incoming/it's (1).txt"]) {
      expect(decodeS3Key(encodeS3EventKey(key))).toBe(key);
    }
    expect(encodeS3EventKey('incoming/a b+c.txt')).toBe('incoming/a+b%2Bc.txt');
  });
});
