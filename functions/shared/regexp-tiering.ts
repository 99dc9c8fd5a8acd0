/**
 * Compiles every regular expression straight to machine code, as the ingest function's first act.
 *
 * By default V8 first runs a regexp in its bytecode interpreter and compiles it after one run. A
 * regexp keeps separate code for one-byte (Latin-1) and two-byte strings, and once a page with a
 * character outside Latin-1 (a curly quote) has tiered a regexp up, later Latin-1 pages ran that
 * regexp interpreted for the rest of the process: cleaning a 5 KB text page took 8.0 ms after the
 * seed pages had run and 3.9 ms with this flag (`npx tsx bench/pipeline-stages.ts`, text 5 KB row,
 * with and without `node --no-regexp-tier-up`). The flag is read when a regexp is compiled, and
 * regexps compile on their first run, after the modules have loaded.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
