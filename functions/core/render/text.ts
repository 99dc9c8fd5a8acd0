/**
 * The escape layer every renderer goes through. One place decides which characters may reach a
 * document and how markup-significant characters are written, so the formats cannot drift apart.
 */

/**
 * Characters no XML 1.0 document may contain (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF,
 * unpaired surrogates), plus DEL and the C1 controls: those are legal XML but are always mojibake
 * in article text and several readers reject them.
 */
const INVALID_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes every character that XML 1.0 forbids (and DEL/C1 controls); everything else is kept as is. */
export function cleanText(text: string): string {
  return text.replace(INVALID_CHARS, '');
}

/** Collapses runs of whitespace to one space and trims: titles and labels are one line everywhere. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML character data or a quoted attribute value. Invalid characters are dropped
 * first, so the result is always well-formed; `>` is escaped too, so `]]>` cannot appear.
 */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content or a quoted attribute value (same rules as {@link escapeXml}). */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** `<name attr="v">escaped text</name>`; attributes whose value is undefined are left out. */
export function xmlElement(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${xmlAttrs(attrs)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="v"/>` */
export function xmlEmpty(name: string, attrs: Record<string, string | undefined>): string {
  return `<${name}${xmlAttrs(attrs)}/>`;
}

function xmlAttrs(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${key}="${escapeXml(value)}"`;
  }
  return out;
}

/** Plain-text paragraphs as HTML: each one escaped inside `<p>`. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** Splits an article body ("paragraphs separated by one blank line") back into paragraphs. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
