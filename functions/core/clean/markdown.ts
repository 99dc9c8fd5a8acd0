/**
 * Markdown cleaning: YAML front matter for metadata, `marked` for the body, then the same block
 * filter as HTML (no Readability: a Markdown file is the article, not a page around it).
 */
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { NOT_PUBLISHED_RE, parseDate, type DateOptions } from './dates.js';
import { dateLine } from './text.js';
import { isPersonName, junkKind, stripDateline } from './boilerplate.js';
import { absoluteUrl, collectBlocks, removeBlock, sanitizeBody, type DomElement } from './dom.js';
import type { Extraction } from './extraction.js';
import { guessLanguage } from './lines.js';
import { normalizeSpace } from './text-utils.js';

export type MarkdownExtraction = Extraction;

function field(front: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    let v = front[k];
    if (Array.isArray(v)) v = v[0];
    if (v && typeof v === 'object' && 'name' in v) v = (v as { name: unknown }).name;
    if (typeof v === 'string' && v.trim()) return normalizeSpace(v);
    if (typeof v === 'number') return String(v);
    if (v instanceof Date) return v.toISOString();
  }
  return null;
}

export function extractFromMarkdown(input: string, now: Date, url?: string | null): MarkdownExtraction {
  let body = input;
  let front: Record<string, unknown> = {};
  const fm = /^(?:---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)/.exec(input);
  if (fm) {
    try {
      // The core schema keeps dates as strings, so a zone offset is not lost to a Date object.
      const data: unknown = parseYaml(fm[1] ?? '', { schema: 'core', maxAliasCount: 50 });
      if (data && typeof data === 'object' && !Array.isArray(data)) front = data as Record<string, unknown>;
      body = input.slice(fm[0].length);
    } catch {
      // Not YAML after all: read the whole file as Markdown.
    }
  }
  const lang = field(front, 'lang', 'language')?.slice(0, 2).toLowerCase() ?? guessLanguage(body.slice(0, 5000));
  const dopts: DateOptions = { now, lang };
  const canonicalUrl = absoluteUrl(field(front, 'url', 'canonical', 'canonical_url', 'link', 'permalink'), url ?? null);
  const base = canonicalUrl ?? url ?? null;

  const html = marked.parse(body, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body><div id="dropfeed-root">${html}</div></body></html>`);
  const root = document.querySelector('#dropfeed-root') as unknown as DomElement;

  let title = field(front, 'title', 'headline');
  const h1 = root.querySelector('h1');
  if (h1) {
    const h1Text = normalizeSpace(h1.textContent ?? '');
    if (!title) title = h1Text;
    // The first heading repeats the title; it is not body.
    if (title && h1Text.toLowerCase() === title.toLowerCase()) h1.remove();
  }

  let published = parseDate(field(front, 'date', 'published', 'pubDate', 'publishDate', 'datePublished', 'created'), dopts);
  const author = ((): string | null => {
    const a = field(front, 'author', 'authors', 'byline', 'creator');
    const clean = a?.replace(/^(by|von|par|por)\s+/i, '') ?? null;
    return clean && isPersonName(clean, field(front, 'source', 'site')) ? clean : null;
  })();
  const source = field(front, 'source', 'site', 'site_name', 'publisher', 'publication');

  const blocks = collectBlocks(root);
  const paragraphs: string[] = [];
  for (const [i, b] of blocks.entries()) {
    // A date line at the top ("*Published 5 March 2024*") is metadata, not body.
    const stamp = i < 3 && b.text.length < 80 && !NOT_PUBLISHED_RE.test(b.text) ? dateLine(b.text, dopts) : null;
    if (stamp) published ??= stamp.iso;
    if (stamp || b.kind === 'caption' || junkKind(b.text) !== null) {
      removeBlock(b, root);
      continue;
    }
    paragraphs.push(b.text);
  }
  if (paragraphs.length) paragraphs[0] = stripDateline(paragraphs[0]!);
  return {
    title,
    published,
    author,
    source,
    canonicalUrl,
    paragraphs,
    bodyHtml: paragraphs.length ? sanitizeBody(root, base) : null,
    lang,
  };
}
