/**
 * Strings copied so that V8 stores them one byte per character wherever their characters allow.
 *
 * V8 keeps a string two bytes per character when any of its characters lies beyond Latin-1, and a
 * slice of such a string stays two-byte even when its own characters all fit in one byte: one curly
 * quote in a page made every line of it two-byte. A regexp compiles once for each kind of string, and
 * the two-byte code of a pattern with `\p{…}` classes is several times larger and slower than the
 * one-byte code, and `toLowerCase` is slower too (docs/architecture.md, "Text and Markdown cleaning").
 */

/** Any UTF-16 code unit beyond Latin-1, surrogates included. */
const BEYOND_LATIN1 = /[\u0100-\uFFFF]/;

/** The same text, stored one byte per character when all its characters are Latin-1. */
export function oneByteWhereItFits(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * Typeset marks with a plain one of the same length and use: quotes, apostrophes, a dash between
 * spaces. Not a ‘ after a letter, which stands for a glottal stop there ("Hawai‘i"), not a quote.
 */
const TYPESET_MARKS = /[’‚“”„]|(?<!\p{L})‘|(?<=\s)[–—](?=\s)/gu;
const PLAIN_MARK: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '‚': "'", '“': '"', '”': '"', '„': '"', '–': '-', '—': '-' };

/**
 * The text with typeset quotes, apostrophes and spaced dashes as their plain ASCII marks, one byte per
 * character where the rest allows: what the classifier reads, since most typeset English is Latin-1
 * but for those marks. Same length, so a position in it is the same position in the text.
 */
export function withPlainMarks(text: string): string {
  return oneByteWhereItFits(text.replace(TYPESET_MARKS, (mark) => PLAIN_MARK[mark] ?? mark));
}

/**
 * A phrase found in `plain`, the same-length plain-marked copy of `typeset`, as `typeset` writes it
 * where `plain` first holds it ("O’Brien" for "O'Brien"); as it is when `plain` does not hold it.
 */
export function asTypeset(phrase: string, plain: string, typeset: string): string {
  if (plain === typeset || !/['"-]/u.test(phrase)) return phrase;
  const at = plain.indexOf(phrase);
  return at < 0 ? phrase : typeset.slice(at, at + phrase.length);
}
