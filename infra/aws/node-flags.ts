/**
 * V8 flags every function runs with. NODE_OPTIONS does not take V8 flags, so Lambda starts the
 * runtime through a wrapper script that adds them (`node-flags.sh`, named by AWS_LAMBDA_EXEC_WRAPPER);
 * the benchmarks start their measuring processes with the same flags, so they time what runs there.
 *
 * `--no-regexp-tier-up`: each regular expression is compiled to machine code on its first run. By
 * default V8 interprets a pattern first and compiles it once it runs again, but it keeps one bytecode
 * per string encoding and tiers up only one: once a pattern has run on short one-byte text (plain
 * ASCII) and short two-byte text (a typographic quote or dash), one encoding stays interpreted for
 * good, 10 to 50 times slower over a whole article. An ingest function reads both kinds, so without
 * the flag its cleaning and classification slow down for good after its first mixed batch
 * (docs/architecture.md, "Regular expressions compiled on first run"). The flag must be set when the
 * process starts: set later (`v8.setFlagsFromString`), a pattern that already ran interpreted can
 * crash the process when it runs again.
 */
export const LAMBDA_NODE_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

/** The wrapper script, in the repository and at the root of each function's bundle. */
export const EXEC_WRAPPER_SOURCE = 'infra/aws/node-flags.sh';
export const EXEC_WRAPPER_FILE = 'node-flags.sh';
