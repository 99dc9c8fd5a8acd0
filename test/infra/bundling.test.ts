import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESBUILD_ALIASES } from '../../infra/aws/bundling.js';
import { repoRoot } from '../../infra/aws/repo-paths.js';

describe('bundle aliases', () => {
  it('point at stand-ins that exist, for packages that are installed', () => {
    for (const [name, stand] of Object.entries(ESBUILD_ALIASES)) {
      expect(fs.existsSync(path.join(repoRoot, stand)), stand).toBe(true);
      expect(fs.existsSync(path.join(repoRoot, 'node_modules', name, 'package.json')), name).toBe(true);
    }
  });

  it('the CSS parser stand-in fails loudly if a style sheet is ever read', async () => {
    const { parse } = await import('../../infra/aws/bundle-stubs/cssom.js');
    expect(() => parse()).toThrow(/textContent/);
  });
});
