import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  /** Path-style addressing: needed by servers that do not resolve bucket subdomains (the local stand-in). */
  forcePathStyle?: boolean;
}

/**
 * Region, credentials and endpoint come from the SDK's standard sources (AWS_REGION,
 * AWS_ENDPOINT_URL_S3, …), so the same code runs against AWS and the local server.
 * Checksums only when required: the local server stores streamed uploads with their chunk
 * framing otherwise, and S3 itself needs none for these calls.
 */
export function createS3Client(options: S3ClientOptions = {}): S3Client {
  return new S3Client({
    forcePathStyle: options.forcePathStyle ?? false,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
