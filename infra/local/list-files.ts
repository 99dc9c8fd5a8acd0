import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Expands files and folders (recursively) into a sorted list of files, skipping hidden entries.
 * A path that does not exist is reported, not skipped silently.
 */
export async function listFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function visit(path: string): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      return;
    }
    if (info.isFile()) {
      files.push(path);
      return;
    }
    if (!info.isDirectory()) return;
    const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    for (const name of entries) await visit(join(path, name));
  }
  for (const path of paths) await visit(path);
  return { files, missing };
}
