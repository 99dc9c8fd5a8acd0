/**
 * A letter of the scripts news is written in, as a few Unicode blocks instead of `\p{L}`, for the
 * long phrase lists (see "phrase lists" in docs/architecture.md). V8 compiles `\p{L}` on a two-byte
 * line into a search over some 650 ranges, once for every place the class stands in a pattern, and
 * the lists' native code then filled the process's budget for compiled regexps, leaving later
 * patterns interpreted. The blocks hold a few non-letters too (combining marks, the digits of
 * Arabic and Indic scripts, some scripts' punctuation), which a phrase list's "letters before a
 * colon" or "a word" may take without harm; letters outside them (astral scripts) are not read.
 */
const LETTER_BLOCKS = [
  'a-zA-Z',
  '\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF', // Latin-1 letters, Latin Extended-A and -B, IPA
  '\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587', // Greek, Cyrillic, Armenian
  '\\u05D0-\\u05F2\\u0620-\\u06FF\\u0700-\\u07FF', // Hebrew, Arabic, Syriac, Thaana, N'Ko
  '\\u0900-\\u0DFF\\u0E01-\\u0EFF\\u0F00-\\u0FFF\\u1000-\\u10FF\\u1100-\\u11FF', // Indic, Thai, Lao, Tibetan, Myanmar, Georgian, Hangul Jamo
  '\\u1200-\\u139F\\u13A0-\\u13FF\\u1400-\\u167F\\u1780-\\u17FF\\u1800-\\u18AF', // Ethiopic, Cherokee, Canadian syllabics, Khmer, Mongolian
  '\\u1E00-\\u1FFF\\u2C60-\\u2C7F\\uA640-\\uA69F\\uA720-\\uA7FF\\uAB30-\\uAB6F', // Latin Extended Additional, Greek Extended, Latin Extended-C, -D, -E, Cyrillic Extended-B
  '\\u3040-\\u30FF\\u3100-\\u318F\\u3400-\\u9FFF\\uAC00-\\uD7A3\\uF900-\\uFAFF', // kana, Bopomofo, Hangul compatibility jamo, CJK, Hangul syllables
  '\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFF9F', // full-width Latin, half-width kana
].join('');

/** A pattern's source with each `\p{L}` read as the blocks above: inside a class their ranges, outside a class of them. */
export function withCompactLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? LETTER_BLOCKS : `[${LETTER_BLOCKS}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    out += c;
  }
  return out;
}
