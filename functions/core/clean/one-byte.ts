/**
 * Lines copied so that V8 stores them one byte per character wherever their characters allow.
 *
 * V8 keeps a string two bytes per character when any of its characters lies beyond Latin-1, and a
 * slice of such a string stays two-byte even when its own characters all fit in one byte: one curly
 * quote in a page made every line of it two-byte. A regexp compiles once for each kind of string, and
 * the two-byte code of a pattern with `\p{…}` classes is several times larger and slower than the
 * one-byte code. Pages so read filled the process's budget for optimized regexp code with two-byte
 * code, and patterns first met after that ran unoptimized (docs/architecture.md, "Text and Markdown
 * cleaning").
 */

/** Any UTF-16 code unit beyond Latin-1, surrogates included. */
const BEYOND_LATIN1 = /[\u0100-\uFFFF]/;

/** The same text, stored one byte per character when all its characters are Latin-1. */
export function oneByteWhereItFits(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
