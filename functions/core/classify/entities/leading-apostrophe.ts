/**
 * Sesotho and Tongan names open with an apostrophe ("'Mamosa Sekese", "'Eua") or the ʻokina ("ʻEua"):
 * the tokenizer reads the apostrophe as a quotation mark and takes the ʻokina off before the capital,
 * so a name written with either everywhere gets it back.
 */

import { isWordChar, wholeWordMentions, wholeWordPositions } from '../../words.js';

const APOSTROPHES = "'’‘";
/** A quotation closing: an apostrophe after a word, then a space, punctuation or the end. */
const CLOSING_QUOTE = /[\p{L}\p{N}.,!?]['’](?=[\s,.;:!?)]|$)/u;
const SENTENCE_END = /[.!?](?=\s)|\n/u;
/** The ʻokina and the apostrophe letter: letters, never quotation marks. */
const GLOTTAL_STOPS = 'ʻʼ';

/** The text writes `mark` + `name` as a word, and never `name` alone. */
function alwaysAfterGlottalStop(name: string, mark: string, text: string): boolean {
  return text.includes(mark) && wholeWordMentions(text, mark + name).count > 0 && wholeWordMentions(text, name).count === 0;
}

/** `name` with the apostrophe the text opens it with, when every time the text writes it, it does so outside a quotation. */
export function withLeadingApostrophe(name: string, text: string): string {
  for (const mark of GLOTTAL_STOPS) if (alwaysAfterGlottalStop(name, mark, text)) return mark + name;
  if (![...APOSTROPHES].some((mark) => text.includes(mark + name))) return name;
  let mark = '';
  for (const at of wholeWordPositions(text, name)) {
    // The mark opens the name only where no letter is written right before it ("x'Mamosa" has none).
    const before = text[at - 1];
    if (before === undefined || !APOSTROPHES.includes(before) || isWordChar(text[at - 2])) return name;
    // A quotation opening on the name closes before the sentence ends: "'Sekese is right,' she said."
    const rest = text.slice(at + name.length);
    const end = SENTENCE_END.exec(rest)?.index ?? rest.length;
    if (CLOSING_QUOTE.test(rest.slice(0, end + 2))) return name;
    mark ||= before;
  }
  return mark + name;
}
