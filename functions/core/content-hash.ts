import { createHash } from 'node:crypto';

/**
 * Hash of an article's cleaned content, insensitive to case, punctuation and spacing, so the same
 * story saved twice (different whitespace, different junk around it) is recognised as a duplicate.
 */
export function contentHashOf(title: string, paragraphs: readonly string[]): string {
  const normalized = [title, ...paragraphs]
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
