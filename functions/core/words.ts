/** Word-level facts about text that cleaning, classification and feed keys share. */

const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /^\p{L}/u;

/** `text` with every character a regular expression would read as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds a letter that has a case: none does in Chinese, Arabic or Thai ("日本", "اليمن"). */
export function hasLetterCase(text: string): boolean {
  return CASED_LETTER.test(text);
}

/**
 * Where each whole-word occurrence of `form` in `text` starts, in order. After an occurrence inside a
 * longer word the search goes on from the next character, so one that overlaps it still counts
 * ("Bora Bora" in "xBora Bora Bora").
 */
export function* wholeWordPositions(text: string, form: string): Generator<number> {
  if (form === '') return;
  for (let at = text.indexOf(form); at !== -1; ) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + form.length])) {
      at = text.indexOf(form, at + 1);
      continue;
    }
    yield at;
    at = text.indexOf(form, at + form.length);
  }
}

/** Whole-word occurrences of `form` in `text`, and where the first one starts (Infinity if none). */
export function wholeWordMentions(text: string, form: string): { count: number; first: number } {
  let count = 0;
  let first = Number.POSITIVE_INFINITY;
  for (const at of wholeWordPositions(text, form)) {
    count++;
    first = Math.min(first, at);
  }
  return { count, first };
}

/** Whether `char` is a letter or a digit of any script. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Whether the character (code point) that starts at `at` in `text` is a letter. */
export function letterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The character (code point) that ends just before `at` in `text`; '' at the start. */
export function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

/** Whether the character (code point) that ends just before `at` in `text` is a letter. */
export function letterBefore(text: string, at: number): boolean {
  return LETTER.test(charBefore(text, at));
}

/**
 * Whether some occurrence of `form` in `text` passes `test` (given where it starts): a string search
 * instead of a pattern built around a word, which would be compiled anew for every word a page names.
 */
export function someOccurrence(text: string, form: string, test: (at: number) => boolean): boolean {
  if (form === '') return false;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) if (test(at)) return true;
  return false;
}

const segmenters = new Map<string, Intl.Segmenter>();
/**
 * The runtime's ICU word segmenter for `language`, made once per language: it cuts Chinese, Japanese
 * and Thai, written without spaces, into dictionary words.
 */
export function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}
