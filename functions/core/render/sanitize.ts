/**
 * The one HTML sanitizer: every HTML fragment that reaches a feed or a page passes through it.
 */
import sanitize from 'sanitize-html';
import { cleanText } from './text.js';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/**
 * Resolves a URL attribute against `baseUrl` and keeps it only if it ends up http(s) (or mailto for
 * links). Resolving through WHATWG URL first means obfuscations such as `java\tscript:` or
 * entity-encoded schemes are seen the way a browser would see them.
 */
function safeUrl(raw: string, schemes: ReadonlySet<string>, baseUrl: string | undefined): string | undefined {
  const value = cleanText(raw).trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = baseUrl ? new URL(value, baseUrl) : new URL(value);
  } catch {
    // Without a base, a relative reference cannot be resolved: keep it only if it has no scheme at all.
    // eslint-disable-next-line no-control-regex -- browsers ignore controls inside a scheme
    if (!baseUrl && !/^[a-z][a-z0-9+.-]*:/i.test(value.replace(/[\s\u0000-\u001f]/g, '')) && !value.startsWith('//')) {
      return value;
    }
    return undefined;
  }
  return schemes.has(url.protocol) ? url.href : undefined;
}

/**
 * Allow-list sanitizer for article HTML. Keeps structure (paragraphs, headings h2–h6, lists, quotes,
 * code, simple tables, figures), links (`href`, `title`) and images (`src`, `alt`, `title`). Drops
 * scripts, styles, frames, forms, event handlers and `style` attributes; URLs must be http(s)
 * (links may also be mailto); `data:` and `javascript:` URLs are removed; relative URLs are made
 * absolute against `baseUrl` when one is given. Characters invalid in XML are removed, so the
 * result can be embedded in any feed. Deterministic.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  const out = sanitize(cleanText(html), {
    allowedTags: [
      'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'img',
      'em', 'strong', 'b', 'i', 'code', 'pre', 'figure', 'figcaption',
      'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
    ],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    allowedStyles: {},
    // Their text is code or fallback chrome, never article prose.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'head', 'svg', 'math', 'iframe', 'object', 'select'],
    disallowedTagsMode: 'discard',
    transformTags: {
      // h1 is the page's own title; an article heading becomes the next level down.
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attribs.href === undefined ? undefined : safeUrl(attribs.href, ALLOWED_SCHEMES, baseUrl);
        const next: Record<string, string> = {};
        if (href !== undefined) next.href = href;
        if (attribs.title !== undefined) next.title = attribs.title;
        return { tagName, attribs: next };
      },
      img: (tagName, attribs) => {
        const src = attribs.src === undefined ? undefined : safeUrl(attribs.src, IMAGE_SCHEMES, baseUrl);
        const next: Record<string, string> = {};
        if (src !== undefined) next.src = src;
        if (attribs.alt !== undefined) next.alt = attribs.alt;
        if (attribs.title !== undefined) next.title = attribs.title;
        return { tagName, attribs: next };
      },
    },
    // Quotes in text are escaped too, as escapeHtml does: generated and sanitized HTML then agree
    // byte for byte, and attribute-like text ("href=\"javascript:") cannot look like markup to
    // naive scanners.
    textFilter: (text) => text.replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
  return cleanText(out).trim();
}
