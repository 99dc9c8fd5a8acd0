import { extname } from 'node:path';

const byExtension: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.json': 'application/json',
  '.mhtml': 'multipart/related',
  '.mht': 'multipart/related',
  '.webarchive': 'application/x-webarchive',
  '.gz': 'application/gzip',
};

/** The Content-Type an upload gets. No charset is claimed: the decoder sniffs the encoding. */
export function contentTypeFor(fileName: string): string {
  return byExtension[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}
