/**
 * HTML that pdftohtml wrote from a PDF (a page printed to PDF, then converted): no paragraphs, only
 * the PDF's lines, each closed by a <br/>, and its pages parted by rules. Read as markup it is one
 * block of run-together lines with the print's page furniture inside; read as text, with the
 * furniture gone and the lines a paragraph wraps joined again, it is a page like any other.
 */
import { undoPrintedPages } from './text-dumps.js';
import { decodeEntities } from './text-utils.js';

/** pdftohtml names itself in the page's generator meta. */
const PDFTOHTML_GENERATOR = /<meta\s+name=["']generator["']\s+content=["']pdftohtml\b/i;
/** How much of the page is searched for it. */
const MAX_HEAD_CHARS = 4000;
/**
 * The share of lines that may be longer than the measure (a header, a cookie text on one line): the
 * longest line under it is how many characters fit between the margins.
 */
const MEASURE_QUANTILE = 0.9;

const SENTENCE_END = /[.!?…]["”’»)]?$/u;
const SENTENCE_START = /^["“‘«(]?\p{Lu}/u;

/** The page's text, paragraphs parted by blank lines, or null for any other page. */
export function pdfToHtmlText(html: string): string | null {
  if (!PDFTOHTML_GENERATOR.test(html.slice(0, MAX_HEAD_CHARS))) return null;
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(html)?.[1] ?? html;
  const lines = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>[^\S\n]*\n?/gi, '\n')
    .replace(/<hr\b[^>]*>/gi, '\n\f\n')
    .replace(/<[^>]+>/g, '');
  return joinWrappedLines(undoPrintedPages(decodeEntities(lines)).split('\n'));
}

/**
 * Lines joined into paragraphs. A paragraph is wrapped where its next word no longer fits: a line
 * that would have had room for the next line's first word ended its paragraph.
 */
function joinWrappedLines(lines: readonly string[]): string {
  const lengths = lines.map((line) => line.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const measure = lengths[Math.floor((lengths.length - 1) * MEASURE_QUANTILE)] ?? 0;
  const paragraphs: string[] = [];
  let current = '';
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line) current = current ? `${current} ${line}` : line;
    const nextWord = lines[i + 1]?.trim().split(/\s+/)[0] ?? '';
    // A line that ran to the margin and ends a sentence, over one that opens another, may end its
    // paragraph as well: parting one paragraph in two does less harm than running an ad or a
    // caption into the text.
    const sentenceBreak = SENTENCE_END.test(line) && SENTENCE_START.test(nextWord);
    if (current && (!line || !nextWord || line.length + 1 + nextWord.length <= measure || sentenceBreak)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}
