import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectSource, StoredObject } from '../ingest/ports.js';

/** Reads uploads from S3. A missing object is `null`, not an error: it was deleted after upload. */
export class S3ObjectSource implements ObjectSource {
  constructor(private readonly s3: S3Client) {}

  async sizeOf(bucket: string, key: string): Promise<number | null> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(bucket: string, key: string, maxBytes: number): Promise<StoredObject | null> {
    try {
      // One byte past the limit is enough to tell that an object is too large, whatever its size.
      const response = await this.s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes}` }),
      );
      const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      return {
        bytes,
        contentType: response.ContentType,
        lastModified: response.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (isMissing(error)) return null;
      if (isUnsatisfiableRange(error)) {
        // An empty object cannot satisfy any range; it is still an object (and will be rejected as empty).
        const head = await this.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { bytes: new Uint8Array(), contentType: head.ContentType, lastModified: head.LastModified ?? new Date(0) };
      }
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404;
}

function isUnsatisfiableRange(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 416 || (error as { name?: string }).name === 'InvalidRange';
}
