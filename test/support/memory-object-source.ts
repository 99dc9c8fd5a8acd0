import type { ObjectSource, StoredObject } from '../../functions/ingest/ports.js';

/** In-memory bucket for use-case tests. */
export class MemoryObjectSource implements ObjectSource {
  readonly objects = new Map<string, StoredObject>();
  reads = 0;

  put(key: string, content: string | Uint8Array, lastModified = new Date('2026-03-01T00:00:00Z'), contentType?: string): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.objects.set(key, { bytes, contentType, lastModified });
  }

  async sizeOf(_bucket: string, key: string): Promise<number | null> {
    return this.objects.get(key)?.bytes.byteLength ?? null;
  }

  async read(_bucket: string, key: string, maxBytes: number): Promise<StoredObject | null> {
    this.reads++;
    const object = this.objects.get(key);
    return object ? { ...object, bytes: object.bytes.subarray(0, maxBytes + 1) } : null;
  }
}
