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

/** Whether all the text's characters are Latin-1, so that it can be stored one byte per character. */
export function fitsOneByte(text: string): boolean {
  return !BEYOND_LATIN1.test(text);
}

/** The same text, stored one byte per character when all its characters are Latin-1. */
export function oneByteWhereItFits(text: string): string {
  return fitsOneByte(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}

/**
 * Typeset marks with a plain one of the same length and use: quotes and apostrophes, and a dash
 * between spaces. Not a ‘ after a letter, which stands for a glottal stop there ("Hawai‘i").
 */
const TYPESET_QUOTES = /[’‚“”„]|(?<!\p{L})‘/gu;
const TYPESET_QUOTES_AND_DASHES = /[’‚“”„]|(?<!\p{L})‘|(?<=\s)[–—](?=\s)/gu;
const PLAIN_MARK: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '‚': "'", '“': '"', '”': '"', '„': '"', '–': '-', '—': '-' };

/** The text with typeset quotes and apostrophes as their plain ASCII marks, and with `dashes` a dash between spaces as a hyphen. */
export function plainMarked(text: string, { dashes = true } = {}): string {
  return text.replace(dashes ? TYPESET_QUOTES_AND_DASHES : TYPESET_QUOTES, (mark) => PLAIN_MARK[mark] ?? mark);
}

/**
 * `plainMarked`, one byte per character where the rest allows: most typeset English is Latin-1 but for
 * those marks. Same length, so a position in it is the same position in the text.
 */
export function withPlainMarks(text: string, options: { dashes?: boolean } = {}): string {
  return oneByteWhereItFits(plainMarked(text, options));
}

/** The marks `withPlainMarks` writes for typeset ones. */
const PLAIN_MARKS = /['"-]/g;
const ANY_PLAIN_MARK = /['"-]/;
/** Characters of context either side of a mark, at most and at least, when looking for where it came from. */
const MAX_CONTEXT = 8;
const MIN_CONTEXT = 2;

/** The text without its white space, and where each of its characters stands in the text. */
function withoutSpace(text: string): { squeezed: string; at: number[] } {
  const at: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    squeezed += text[i];
    at.push(i);
  }
  return { squeezed, at };
}

/**
 * Gives strings derived from `plain`, the plain-marked copy of `typeset`, the marks `typeset` wrote.
 * A string `plain` holds as such is the same stretch of `typeset`. In one the reading changed (lines
 * joined, spaces collapsed, a dateline cut off) each plain mark is looked up by the characters around
 * it other than spaces, fewest last, and takes the mark `typeset` has there when every place with
 * that context agrees.
 */
export function typesetMarksRestorer(plain: string, typeset: string): (text: string) => string {
  if (plain === typeset) return (text) => text;
  let page: { squeezed: string; at: number[] } | undefined;
  const markAt = (text: { squeezed: string; at: number[] }, i: number): string | undefined => {
    page ??= withoutSpace(plain);
    for (let k = MAX_CONTEXT; k >= MIN_CONTEXT; k--) {
      const start = Math.max(0, i - k);
      const window = text.squeezed.slice(start, Math.min(text.squeezed.length, i + k + 1));
      const offset = i - start;
      const seen = new Set<string>();
      for (let at = page.squeezed.indexOf(window); at >= 0; at = page.squeezed.indexOf(window, at + 1)) seen.add(typeset[page.at[at + offset]!]!);
      if (seen.size === 1) return [...seen][0];
      if (seen.size > 1) return undefined;
    }
    return undefined;
  };
  return (text) => {
    if (!ANY_PLAIN_MARK.test(text)) return text;
    const at = plain.indexOf(text);
    if (at >= 0) return typeset.slice(at, at + text.length);
    const squeezed = withoutSpace(text);
    return text.replace(PLAIN_MARKS, (mark, i: number) => markAt(squeezed, squeezed.at.indexOf(i)) ?? mark);
  };
}
