/**
 * How the Lambda handlers are bundled, shared by the stack (`DropfeedFunction`) and the benchmarks
 * that measure the bundles, so that what is measured is what ships. No CDK import here: the
 * benchmarks load this file on their own.
 */

/** esbuild target matching the Lambda runtime (Node.js 22). */
export const ESBUILD_TARGET = 'node22';

/**
 * Regular-expression literals with Unicode property escapes (`/^\p{Lu}/u`) stay literals. For a
 * `nodeNN` target esbuild otherwise rewrites each into `new RegExp("^\\p{Lu}", "u")`, which inside a
 * function builds a new regexp object on every call: V8 then looks the pattern up again each time,
 * and after a garbage collection empties its regexp cache it parses, interprets and compiles it
 * anew. Every Node version Lambda offers supports these escapes.
 */
export const ESBUILD_SUPPORTED: Readonly<Record<string, boolean>> = { 'regexp-unicode-property-escapes': true };

/**
 * Packages swapped at bundle time for a stand-in of our own, as paths from the repository root (the
 * working directory of every bundling run). See each stand-in for why it is safe.
 */
export const ESBUILD_ALIASES: Readonly<Record<string, string>> = { '@acemir/cssom': './infra/aws/bundle-stubs/cssom.ts' };

/**
 * Bundled ESM cannot `require()`, but some CommonJS dependencies call `require` for Node
 * built-ins at run time; esbuild leaves those calls in place, so give the module a real `require`.
 */
export const REQUIRE_SHIM =
  "import { createRequire as __dropfeedCreateRequire } from 'node:module';" +
  'const require = __dropfeedCreateRequire(import.meta.url);';
