/**
 * HTML that holds plain lines and no paragraphs: a note app's export of a note a page was pasted into
 * as text (Google Keep's Takeout writes each note as a page whose text is one element, every line
 * closed by a <br>). Read as markup it is a single block, the pasted site's menus, the note's own
 * lines and the story run together; read as the text it is, the text reader parts them, as it does a
 * select-all copy saved to a file.
 */
import { decodeEntities } from './text-utils.js';

/** Markup that gives a page a structure of its own: with any of it, the markup is read. */
const STRUCTURE_TAG = /<(?:p|h[1-6]|li|dt|dd|article|main|section|table|blockquote|pre|figure)\b/i;
/** Fewest line breaks that make a page a page of lines rather than a short note. */
const MIN_LINE_BREAKS = 12;
/** Fewest characters of text worth reading as a page of lines. */
const MIN_TEXT_CHARS = 600;

/** The page's text, one line per line it shows, or null when the page has any other structure. */
export function plainLinesText(html: string): string | null {
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(html)?.[1];
  if (body === undefined) return null;
  const visible = body.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, '');
  if (STRUCTURE_TAG.test(visible)) return null;
  const breaks = visible.match(/<br\b/gi)?.length ?? 0;
  if (breaks < MIN_LINE_BREAKS) return null;
  const text = decodeEntities(
    visible
      .replace(/<br\b[^>]*>[^\S\n]*\n?/gi, '\n')
      // A block's edges are line ends; labels set side by side in spans are words apart.
      .replace(/<\/?(?:div|hr)\b[^>]*>/gi, '\n')
      .replace(/<\/span>(?=\s*<span\b)/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length >= MIN_TEXT_CHARS ? text : null;
}
