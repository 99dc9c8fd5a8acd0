/**
 * An update note opening the story: "UPDATE, 8 October, 3.40pm: This story has been updated with comments from …",
 * "UPDATE 8.40am, Friday 15 May: The rest centre has now closed …". The desk's note on what changed since the story
 * was first published, set above its first paragraph; not the story. Only the first paragraph is read, and only
 * with a date or a time between the label and its colon: a live blog's entries further down are its story.
 */
import { LINE_ELEMENT, withoutElement } from './pull-quotes.js';

const UPDATE_NOTE = /^(?:UPDATE[DS]?|Update[ds]?)\b[ ,]+(?=[^:]{0,50}\d)[^:]{2,50}:\s+\S/u;
/** Longest such note, in words. */
const MAX_NOTE_WORDS = 60;
/** A story of fewer paragraphs is left as it is. */
const MIN_PARAGRAPHS = 3;

/** The story without an update note opening it, from the text and from the markup. */
export function withoutLeadingUpdateNote(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null } {
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < MIN_PARAGRAPHS || !UPDATE_NOTE.test(first) || first.split(/\s+/).length > MAX_NOTE_WORDS) return { paragraphs, bodyHtml };
  return { paragraphs: paragraphs.slice(1), bodyHtml: bodyHtml === null ? null : withoutElement(bodyHtml, first, LINE_ELEMENT) };
}
