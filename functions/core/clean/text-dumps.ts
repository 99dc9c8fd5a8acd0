/**
 * What a text browser's dump adds to a page's text (`lynx -dump`): a reference number before every
 * link ("By [18]Rachel Le Brun"), "[IMG]" and "(BUTTON)" for images and buttons, an image's file
 * name in brackets on its own line, and the numbered list of every link's address at the end.
 * None of it is the page's text; left in, a headline-shaped share line outranks the headline.
 */

/** Fewest link numbers that make a page a dump: prose rarely writes "[12]" before a word. */
const MIN_REFERENCES = 8;
const REFERENCE = /\[\d{1,4}\](?=[\p{L}\p{N}"“'‘(#[])/gu;
const WIDGET = /\[(?:IMG|INLINE|BUTTON)\]\s*|\((?:BUTTON|IMG)\)\s*/g;
/** An image's file name alone: "[ormer-survey-la-rocque.jpg]". */
const IMAGE_NAME_LINE = /^\s*\[[^\]\s]{1,120}\.(?:jpe?g|png|gif|webp|svg|avif)\]\s*$/i;
/** Lynx's closing list: "References" over "   1. https://…". */
const REFERENCES_HEADER = /^\s*(?:References|Visible links|Hidden links):?\s*$/;
const REFERENCE_ENTRY = /^\s*\d{1,4}\.\s+\S+:\/\/\S+\s*$/;

/** The page's text without a text browser's link numbers, widget labels and reference list; other text as it is. */
export function undoTextDump(text: string): string {
  const references = text.match(REFERENCE)?.length ?? 0;
  if (references < MIN_REFERENCES) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (REFERENCES_HEADER.test(line) && lines.slice(i + 1, i + 6).some((l) => REFERENCE_ENTRY.test(l))) break;
    if (IMAGE_NAME_LINE.test(line)) continue;
    const kept = line.replace(REFERENCE, '').replace(WIDGET, '');
    // A line that held only an image ("[21][IMG]") goes, rather than part the lines around it.
    if (line.trim() && !kept.trim()) continue;
    out.push(kept);
  }
  return out.join('\n');
}
