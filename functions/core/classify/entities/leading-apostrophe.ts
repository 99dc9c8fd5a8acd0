/**
 * Sesotho and Tongan names open with an apostrophe ("'Mamosa Sekese", "'Eua"): the tokenizer reads it
 * as a quotation mark and leaves it out, so a name written with it everywhere gets it back.
 */

import { isWordChar, wholeWordPositions } from '../../words.js';

const APOSTROPHES = "'’‘";
/** A quotation closing: an apostrophe after a word, then a space, punctuation or the end. */
const CLOSING_QUOTE = /[\p{L}\p{N}.,!?]['’](?=[\s,.;:!?)]|$)/u;
const SENTENCE_END = /[.!?](?=\s)|\n/u;

/** `name` with the apostrophe the text opens it with, when every time the text writes it, it does so outside a quotation. */
export function withLeadingApostrophe(name: string, text: string): string {
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
