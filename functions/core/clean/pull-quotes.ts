/**
 * Pull quotes: a page sets a line of the story apart in large type ("> « Ce qui nous intéresse … »"),
 * and a copy of the page holds it twice, once as its own paragraph and once inside the paragraph
 * it came from. The copy standing alone goes, from the text and from the markup.
 */

const MIN_WORDS = 6;
const MAX_WORDS = 60;

/** Lower case, letters and digits only, so quote marks, dashes and an added ellipsis do not count. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a paragraph may be a pull quote: a quote or a sentence of its length; list items and headings stay. */
function quoteShaped(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && /[.!?…"”»’]$/.test(paragraph);
}

const QUOTE_ELEMENT = /<(blockquote|aside|p)\b[^>]*>[\s\S]*?<\/\1>/g;
/** A paragraph, a list item, a division or a heading: where a line of the story stands in its markup. */
export const LINE_ELEMENT = /<(p|li|div|h[1-6])\b[^>]*>[\s\S]*?<\/\1>/g;

/** The markup without the first element (a blockquote or an aside before a paragraph) whose text is the quote. */
export function withoutElement(bodyHtml: string, quote: string, elements: RegExp = QUOTE_ELEMENT): string {
  const wanted = comparable(quote);
  const matches = [...bodyHtml.matchAll(elements)].filter((m) => comparable(m[0].replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ')) === wanted);
  const element = matches.find((m) => m[1] !== 'p') ?? matches[0];
  if (!element || element.index === undefined) return bodyHtml;
  return bodyHtml.slice(0, element.index) + bodyHtml.slice(element.index + element[0].length);
}

/** The story without paragraphs that only repeat a passage of another of its paragraphs. */
export function withoutPullQuotes(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null } {
  const candidates = paragraphs.filter(quoteShaped);
  if (candidates.length === 0) return { paragraphs, bodyHtml };
  const keys = paragraphs.map(comparable);
  const repeated = candidates.filter((quote) => {
    const own = comparable(quote);
    if (own.split(' ').length < MIN_WORDS) return false;
    return paragraphs.some((other, k) => other !== quote && other.length > quote.length && keys[k]!.includes(own));
  });
  if (repeated.length === 0) return { paragraphs, bodyHtml };
  // The line crediting the quote under it goes with it: "— Vikram Sethuraman, managing director, Arka Energy Systems".
  const pulled = repeated.map((quote) => {
    const next = paragraphs[paragraphs.indexOf(quote) + 1];
    return { quote, credit: next !== undefined && QUOTE_CREDIT.test(next) ? next : undefined };
  });
  let html = bodyHtml;
  for (const { quote, credit } of pulled) {
    if (html === null) break;
    const whole = credit !== undefined ? withoutElement(html, `${quote} ${credit}`) : html;
    html = whole !== html ? whole : withoutElement(html, quote);
  }
  const gone = new Set(pulled.flatMap(({ quote, credit }) => (credit !== undefined ? [quote, credit] : [quote])));
  return { paragraphs: paragraphs.filter((p) => !gone.has(p)), bodyHtml: html };
}

/** A dash and who said it, under a quote: "— Vikram Sethuraman, managing director, Arka Energy Systems". */
const QUOTE_CREDIT = /^[—–―-]\s*\p{Lu}[^.!?]{0,120}$/u;
