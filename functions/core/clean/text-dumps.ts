/**
 * What a text browser's dump adds to a page's text (`lynx -dump`): a reference number before every
 * link ("By [18]Rachel Le Brun"), "[IMG]" and "(BUTTON)" for images and buttons, an image's file
 * name in brackets on its own line, and the numbered list of every link's address at the end.
 * And what a browser's print to PDF adds once the PDF is turned back into text (`pdftotext`): the
 * date, time and `<title>` at the top of every page, the address and page number at its foot, form
 * feeds, and words hyphenated across lines. None of it is the page's text; left in, a headline-shaped
 * share line or the printed `<title>` outranks the headline.
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

/**
 * A browser's "save as text" (Firefox) writes every link as its text and then its address in angle
 * brackets, and wraps the address onto the next line when it is long: "Deur Marelize van Zyl
 * <https://…/skrywer/marelize-van-zyl/>". Left in, a byline is no byline and a share row's last label
 * ("E-pos") stands alone over the headline. A handful of addresses is a newsletter's links, which
 * the rest of the cleaning reads as they are.
 */
const MIN_LINK_ADDRESSES = 12;
const LINK_ADDRESS = /[^\S\n]*<(?:https?|mailto|ftp):[^\s<>]*>/g;

/** The page's text without the addresses a browser's text export writes after its links; other text as it is. */
export function undoLinkAddresses(text: string): string {
  const addresses = text.match(LINK_ADDRESS)?.length ?? 0;
  if (addresses < MIN_LINK_ADDRESSES) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const kept = line.replace(LINK_ADDRESS, '');
    // A line that held only a wrapped address goes, rather than part the paragraph around it.
    if (line.trim() && !kept.trim()) continue;
    out.push(kept);
  }
  return out.join('\n');
}

/**
 * A chat app's copy of several posts (Telegram Desktop): each opens with the channel's name and its
 * stamp ("Golazo Paisa ⚽, [13/12/2026 21:47]"). The story is the longest post; the line-up, the goal
 * alerts and the next day's posts around it are the channel's other posts. Its stamp stays, as a
 * date line of its own.
 */
const CHAT_STAMP = /^(.{1,80}), \[(\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s*$/;
/** Fewest stamped posts that make a text a chat copy. */
const MIN_CHAT_POSTS = 3;

/** The longest post of a chat copy under its stamp; other text as it is. */
export function undoChatCopy(text: string): string {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (CHAT_STAMP.test(line) ? [i] : []));
  if (starts.length < MIN_CHAT_POSTS) return text;
  const channel = CHAT_STAMP.exec(lines[starts[0]!]!)![1];
  if (starts.some((i) => CHAT_STAMP.exec(lines[i]!)![1] !== channel)) return text;
  let best = { words: -1, stamp: '', post: [] as string[] };
  for (const [k, start] of starts.entries()) {
    const post = lines.slice(start + 1, starts[k + 1] ?? lines.length);
    const words = post.join(' ').split(/\s+/).filter(Boolean).length;
    if (words > best.words) best = { words, stamp: CHAT_STAMP.exec(lines[start]!)![2]!, post };
  }
  return [best.stamp, '', ...best.post].join('\n');
}

/**
 * A printed page's header: Chrome's "29/10/2026 08:14      Nickel : … | Caillou Éco", "10/29/26, 8:14
 * AM   …" (read back by OCR, one space may stand between its parts), and Firefox's title and address,
 * both cut short ("Tagged whale shark … :: St…   https://www.example.sh/l/tagged-whale-shark-swims…").
 */
const PRINT_HEADER = /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+\S.*$|^\s*\S.{3,}?(?:\s{2,}|…\s+)(?:https?|file):\/\/\S+\s*$/;
/** A printed page's foot: Chrome's address and "1/3", Firefox's "Page 1 of 3" and the day; and the same looked for across a whole text. */
const PRINT_FOOTER = /^\s*(?:https?|file):\/\/\S+\s+\d{1,3}\s?\/\s?\d{1,3}\s*$|^\s*page \d{1,3} of \d{1,3}\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/i;
const PRINT_FOOTER_LINE = /^[^\S\n]*(?:(?:https?|file):\/\/\S+[^\S\n]+\d{1,3}[^\S\n]?\/[^\S\n]?\d{1,3}|[Pp]age \d{1,3} of \d{1,3}[^\S\n]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?)[^\S\n]*$/m;
/** A word hyphenated at a line's end and carried on the next: "touche-" / "ront". */
const HYPHENATED_BREAK = /(\p{Ll})-\n[ \t]*(?=\p{Ll})/gu;

/** The text of a page printed to PDF and read back, without its page furniture; other text as it is. */
export function undoPrintedPages(text: string): string {
  // Most texts are no printout: they are looked through once, not split into lines.
  if (!PRINT_FOOTER_LINE.test(text)) return text;
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\f/g, '');
    if (PRINT_HEADER.test(line) || PRINT_FOOTER.test(line)) {
      // A paragraph that a page break cut goes on where the next page starts: the blank lines around
      // the furniture go too, unless the text before it ended a sentence.
      while (out.length && !out[out.length - 1]!.trim()) out.pop();
      const last = out[out.length - 1]?.trim() ?? '';
      if (/[.!?:»”"]$/u.test(last)) out.push('');
      out.push(PAGE_JOIN);
      continue;
    }
    if (!line.trim() && out[out.length - 1] === PAGE_JOIN) continue;
    out.push(line);
  }
  return out.filter((l) => l !== PAGE_JOIN).join('\n').replace(HYPHENATED_BREAK, '$1');
}

/** A mark where page furniture was, so that the blank lines after it can be dropped too. */
const PAGE_JOIN = '\u0000page\u0000';
