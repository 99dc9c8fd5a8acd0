/**
 * Markdown a page converter left inside raw HTML. Converters such as league/html-to-markdown keep
 * the tags they have no Markdown for (`<article>`, `<div class="post-body">`) and write the Markdown
 * of what those tags hold on the same lines: "<div class="main">Headline" over "=====", or
 * "Posted by <span itemprop="author">[Ann Lee](/author/ann)</span>". CommonMark reads everything from
 * such a tag to the next blank line as raw HTML, so the headline, the links and the story's first
 * paragraph would stay literal text. Here the Markdown inside those blocks becomes what it means.
 */
import { cleanAuthor } from './byline.js';
import { parseDate, type DateOptions } from './dates.js';
import { microdataName, type DomElement } from './dom.js';
import { normalizeSpace } from './text-utils.js';

/** A line that opens an HTML block: a tag at its start. */
const TAG_START = /^ {0,3}<\/?[A-Za-z][\w-]*(?=[\s/>])/;
/** The run of tags a line opens with, and the text after it. */
const LEADING_TAGS = /^( {0,3}(?:<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?>\s*)+)(.*)$/;

const IMAGE = /!\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
const STRONG = /\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*/g;

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A raw block's line with its images, links and strong emphasis written as the HTML they stand for. */
function inlineAsHtml(line: string): string {
  if (!line.includes('](') && !line.includes('**')) return line;
  return line
    .replace(IMAGE, (_, alt: string, src: string) => `<img src="${attribute(src)}" alt="${attribute(alt)}">`)
    .replace(LINK, (_, text: string, href: string) => `<a href="${attribute(href)}">${text}</a>`)
    .replace(STRONG, '<strong>$1</strong>');
}

/**
 * The line's tags apart from the text they open, when that text runs on past the line (no tag closes
 * on it): the text is then Markdown of its own, a paragraph or, over "===", a headline.
 */
function textApartFromTags(line: string): string {
  const m = LEADING_TAGS.exec(line);
  if (!m || m[2]!.trim() === '' || m[2]!.startsWith('<') || m[2]!.includes('</')) return line;
  return `${m[1]!.trimEnd()}\n\n${m[2]!}`;
}

/** The Markdown inside raw HTML blocks made Markdown again (outside code; see the module comment). */
export function withMarkdownOutOfHtml(md: string): string {
  const lines = md.split('\n');
  let inBlock = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      inBlock = false;
      continue;
    }
    const opens = TAG_START.test(line);
    if (!inBlock && !opens) continue;
    inBlock = true;
    const out = inlineAsHtml(opens ? textApartFromTags(line) : line);
    // The text set apart is Markdown now: the block's next lines run on in its paragraph.
    if (out.includes('\n\n')) inBlock = false;
    if (out !== line) {
      lines[i] = out;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : md;
}

/** Longest text of a kept date or author element. */
const MAX_MARKUP_CHARS = 80;

/**
 * The publication date and the writer a converted page's kept microdata names
 * (`<time itemprop="datePublished" datetime="…">`, `<span itemprop="author">`), read before the
 * page's boxes are dropped as chrome.
 */
export function keptMicrodata(root: DomElement, dopts: DateOptions, source: string | null): { published: string | null; author: string | null } {
  let published: string | null = null;
  for (const el of Array.from(root.querySelectorAll('[itemprop="datePublished"]'))) {
    const text = el.getAttribute('datetime') ?? el.getAttribute('content') ?? normalizeSpace(el.textContent ?? '');
    if (text.length <= MAX_MARKUP_CHARS) published ??= parseDate(text, dopts);
  }
  let author: string | null = null;
  for (const el of Array.from(root.querySelectorAll('[itemprop="author"]'))) {
    const text = microdataName(el) ?? normalizeSpace(el.textContent ?? '');
    if (text.length <= MAX_MARKUP_CHARS) author ??= cleanAuthor(text, source);
  }
  return { published, author };
}
