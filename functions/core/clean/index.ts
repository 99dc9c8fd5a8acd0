/**
 * Cleaning: from a decoded document to the article parts (title, date, byline, body, summary).
 */
import type { CleanedArticle } from '../article.js';
import type { DecodedDocument } from '../decode/index.js';
import { RejectedInputError } from '../errors.js';
import { closingInitials, withoutLeadingPictographs } from './boilerplate.js';
import { namedOnlyAsEditor, reportersInCredit, withoutReporterTitle } from './byline.js';
import { creditLines } from './credits.js';
import type { Extraction } from './extraction.js';
import { extractFromText } from './text.js';
import { plainLinesText } from './line-html.js';
import { pdfToHtmlText } from './pdf-html.js';
import { withoutClosingByline, withoutClosingMark } from './closing-byline.js';
import { mostlyPlainLines, pageUnderNoteHeading } from './markdown-syntax.js';
import { outlineAsParagraphs, pageUnderOneNote } from './outliner.js';
import { withoutUpdateNotes } from './update-note.js';
import { holdsOwnScriptLetter, ownScriptAuthor } from './script-labels.js';
import { withoutPullQuotes } from './pull-quotes.js';
import { hasLetter } from './lines.js';
import { withoutDashSignedLines } from './dash-signed-lines.js';
import { withoutWritersInitials } from './writer-initials.js';
import { countWords, MAIL_SUBJECT_LABEL, makeSummary, normalizeParagraphSpace, normalizeSpace, paragraphsToHtml } from './text-utils.js';

export interface CleanContext {
  /** The current time: no published date may be later. */
  now: Date;
  /** The document's own URL, if known: resolves relative links. */
  url?: string | null;
}

type MarkupExtractor = (input: string, now: Date, url: string | null) => Extraction;

/**
 * The HTML and Markdown extractors carry a DOM, Readability, a Markdown parser and a YAML parser.
 * They are imported on first use, so a process that only ever sees plain text never evaluates
 * them: bundled, they stay in the file but run only when the first such document arrives.
 */
const markupExtractors: Record<'html' | 'markdown', () => Promise<MarkupExtractor>> = {
  html: async () => (await import('./html.js')).extractFromHtml,
  markdown: async () => (await import('./markdown.js')).extractFromMarkdown,
};

/** Longest title kept; longer first lines are cut at a word boundary. */
const MAX_TITLE = 200;

/**
 * A media label set before a headline, in capitals: "VIDEO Record de pui …", "FOTO | …". A live
 * page's label stays ("LIVE: Calabar floods – …", "LIVE UPDATES: …"): it tells a subscriber the
 * story is still being written, which the headline alone does not.
 */
/** A saved e-mail's subject line as the headline: "Subject: Fwd: Early snow traps 640 tourists …". */
const MAIL_SUBJECT = new RegExp(String.raw`^${MAIL_SUBJECT_LABEL}\s*(?:(?:fwd?|re|aw|wg|tr|rv)\s*:\s*)*`, 'iu');
const MEDIA_LABEL = /^(?:VIDEO|VÍDEO|FOTO|FOTOS|PHOTOS?|GALLERY|GALERIE|AUDIO|PODCAST|WATCH)(?:\s*[:|–—-]\s*|\s+)(?=\p{Lu}\p{Ll}|\d)/u;

function fitTitle(title: string): string {
  // A pictograph opening a channel's or a newsletter's headline: "🛰 Sun’iy yoʻldosh …", "🔴 Fatahaadda …".
  const t = withoutLeadingPictographs(normalizeSpace(title)).replace(MEDIA_LABEL, '').replace(MAIL_SUBJECT, '');
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}

/** How much of a page is searched for such a byline. */
const MAX_BYLINE_SCAN = 200_000;

/** A page's text without its markup, scripts and styles; other formats as they are. */
function visibleText(text: string, format: DecodedDocument['format']): string {
  if (format !== 'html') return text;
  return text.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/[ \t]+/g, ' ');
}

/** The story without the desk's initials after its last sentence ("(cut/tfd)"), in its text and its markup. */
function withoutClosingInitials(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null } {
  const last = paragraphs[paragraphs.length - 1];
  const initials = last === undefined ? null : closingInitials(last);
  if (last === undefined || initials === null) return { paragraphs, bodyHtml };
  return withoutClosingMark(paragraphs, bodyHtml, last.length - initials.length, initials.trim());
}

/**
 * A Japanese or Chinese story signed at its end, the writer's name in brackets after the last
 * sentence: "…行われる。（山岸翔太）", "（记者 王鹏）". Not "（完）" (the end) nor a one-character mark.
 */
const CLOSING_SIGNATURE = /\s*[（(]((?:记者|記者)?\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}・]{2,8})[）)]$/u;
const NOT_SIGNATURES: ReadonlySet<string> = new Set(['完', '了', '終わり', '続く', '上', '下', '中', '写真', '資料写真', '资料图']);

/** The story without its closing signature, and the name it signs. */
function withoutClosingSignature(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null; signed: string | null } {
  const last = paragraphs[paragraphs.length - 1];
  const m = last === undefined ? null : CLOSING_SIGNATURE.exec(last);
  if (last === undefined || !m || NOT_SIGNATURES.has(m[1]!.trim()) || !/[。！？」]$|^$/u.test(last.slice(0, m.index).trim() || '')) return { paragraphs, bodyHtml, signed: null };
  return { ...withoutClosingMark(paragraphs, bodyHtml, m.index, m[0].trim()), signed: withoutReporterTitle(m[1]!.trim()) };
}

/**
 * Extracts a `CleanedArticle` from a decoded document. Deterministic for a given `context`.
 * Throws `RejectedInputError('NO_CONTENT')` when no body text can be found. Bounded in time and memory
 * on hostile input (very deep nesting, megabyte lines without newlines).
 */
export async function cleanDocument(doc: DecodedDocument, context: CleanContext): Promise<CleanedArticle> {
  const url = context.url ?? null;
  let title: string | null;
  let published: string | null;
  let author: string | null;
  let source: string | null;
  let paragraphs: string[];
  let bodyHtml: string | null = null;
  let canonicalUrl: string | null = null;
  // Text and Markdown credit lines are read as written; a page's come from its captions' markup.
  let credits: string[] | undefined;
  let dateline: string | null = null;
  let datelineAgency: string | null = null;

  // (A page pasted under one note of an outliner is read as the lines it was copied as.)
  const lines = doc.format === 'html' ? (pdfToHtmlText(doc.text) ?? plainLinesText(doc.text)) : doc.format === 'markdown' ? (pageUnderNoteHeading(doc.text) ?? pageUnderOneNote(doc.text)) : null;
  if (lines !== null) {
    // A printed page turned back into HTML line by line, or a note of pasted lines (in HTML, or in
    // Markdown under the note's own heading or nested under one note), is read as the text it is.
    const r = extractFromText(lines, context.now);
    ({ title, published, author, source, paragraphs, dateline, datelineAgency } = r);
  } else if (doc.format === 'html' || doc.format === 'markdown') {
    const extract = await markupExtractors[doc.format]();
    const r = extract(doc.text, context.now, url);
    ({ title, published, author, source, paragraphs, bodyHtml, canonicalUrl, credits } = r);
    dateline = r.dateline ?? null;
    datelineAgency = r.datelineAgency ?? null;
    // A Markdown file with no headline anywhere and little Markdown in its lines is plain text in all
    // but name (a page pasted into a wiki): the text reader finds a headline among its lines.
    // (An outliner's export is read as its blocks, not as bullets: "- Sand mining …" is no headline.)
    const asText = doc.format === 'markdown' && r.title === null && mostlyPlainLines(doc.text) ? extractFromText(outlineAsParagraphs(doc.text), context.now) : null;
    if (asText && asText.title !== null) {
      ({ title, published, author, source, paragraphs, dateline, datelineAgency } = asText);
      bodyHtml = null;
    }
  } else {
    const r = extractFromText(doc.text, context.now);
    ({ title, published, author, source, paragraphs, dateline, datelineAgency } = r);
  }

  if (author !== null && namedOnlyAsEditor(author, doc.text)) author = null;
  if (author !== null) author = withoutReporterTitle(author);
  // A wire story whose byline gives only the agency names its reporters in the closing credit.
  author ??= reportersInCredit(doc.text);
  // A byline in a script without capitals, which the extractors' name patterns do not read.
  if (author === null && title && holdsOwnScriptLetter(title)) author = ownScriptAuthor(visibleText(doc.text.slice(0, MAX_BYLINE_SCAN), doc.format));
  // A paragraph without a letter ("18", "3": a post's like and comment counts) is never the article's text.
  paragraphs = paragraphs.map(normalizeParagraphSpace).filter(hasLetter);
  // The desk's note of an update under the writer's signature ("Baranyai Kinga" / "Frissítve 16.40-kor: …") goes
  // first, so that the signature closes the story; a note above the signature goes once the signature has.
  const beforeNotes = paragraphs.length;
  ({ paragraphs, bodyHtml } = withoutUpdateNotes(paragraphs, bodyHtml));
  const notesGone = paragraphs.length < beforeNotes;
  ({ paragraphs, bodyHtml } = withoutClosingInitials(paragraphs, bodyHtml));
  const initialled = withoutWritersInitials(paragraphs, bodyHtml, doc.text);
  ({ paragraphs, bodyHtml } = initialled);
  author ??= initialled.signed;
  const closingByline = withoutClosingByline(paragraphs, bodyHtml, source, author !== null);
  ({ paragraphs, bodyHtml } = closingByline);
  author ??= closingByline.signed;
  const signature = withoutClosingSignature(paragraphs, bodyHtml);
  ({ paragraphs, bodyHtml } = signature);
  author ??= signature.signed;
  ({ paragraphs, bodyHtml } = withoutPullQuotes(paragraphs, bodyHtml));
  ({ paragraphs, bodyHtml } = withoutDashSignedLines(paragraphs, bodyHtml));
  if (!notesGone) ({ paragraphs, bodyHtml } = withoutUpdateNotes(paragraphs, bodyHtml));
  const wordCount = countWords(paragraphs.join(' '));
  if (!paragraphs.length || wordCount === 0) {
    throw new RejectedInputError('NO_CONTENT', 'no article text found');
  }
  if (!title || !title.trim()) {
    // No headline anywhere: the opening words of the body stand in.
    const first = paragraphs[0]!;
    const sentence = /^.{10,}?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
    title = sentence.length <= 120 ? sentence : `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
  }
  if (bodyHtml !== null && !bodyHtml.trim()) bodyHtml = paragraphsToHtml(paragraphs);

  return {
    title: fitTitle(title),
    published,
    author,
    source,
    paragraphs,
    bodyHtml,
    summary: makeSummary(paragraphs),
    wordCount,
    format: doc.format,
    // A page saved with the address it was read at (an MHTML archive) links there when it names no canonical address.
    canonicalUrl: canonicalUrl ?? (url !== null && /^https?:\/\//i.test(url) ? url : null),
    credits: credits ?? creditLines(doc.text),
    dateline,
    datelineAgency,
  };
}
