import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Absolute path of the repository root, derived from this file's location so the stack finds
 * the function entry files and the lock file whatever the current directory is (cdk CLI, vitest,
 * an IDE).
 */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** Resolves a path given relative to the repository root (an absolute path is returned as is). */
export function fromRepoRoot(...segments: string[]): string {
  return path.resolve(repoRoot, ...segments);
}
