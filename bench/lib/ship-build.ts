import { build } from 'esbuild';
import { resolve } from 'node:path';
import { ESBUILD_ALIASES, ESBUILD_SUPPORTED, ESBUILD_TARGET, REQUIRE_SHIM } from '../../infra/aws/bundling.js';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles `entry` into `outfile` the way the stack bundles a handler (esbuild, ESM, minified,
 * tree-shaken, the same target and regexp setting), so that benchmarks time and weigh what ships.
 */
export async function buildAsShipped(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: ESBUILD_TARGET,
    supported: ESBUILD_SUPPORTED,
    mainFields: ['module', 'main'],
    banner: { js: REQUIRE_SHIM },
    logLevel: 'error',
    charset: 'utf8',
    absWorkingDir: repoRoot,
    alias: ESBUILD_ALIASES,
  });
}
