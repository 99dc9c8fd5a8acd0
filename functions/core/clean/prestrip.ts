/**
 * Cuts what no extractor reads out of raw HTML before it is parsed: comments, scripts (JSON-LD
 * excepted), style sheets, inline SVG, <noscript>, <template> and frames. Building DOM nodes is the
 * bulk of parsing cost, and these are pruned right after parsing anyway.
 */

/** Dropped with their content. Raw-text elements end at their first end tag; the others may nest. */
const RAW_DROP = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'xmp']);
const NESTED_DROP = new Set(['svg', 'template', 'noscript']);
/** Raw text kept as it is, scanned past so a "<script" inside a title is not mistaken for a tag. */
const RAW_KEEP = new Set(['title', 'textarea']);

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Index just past the '>' ending the tag whose name ends at `i`; quoted attribute values may hold '>'. */
function tagEnd(html: string, i: number): number {
  const n = html.length;
  let prev = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1; // '>'
    if ((c === 34 || c === 39) && prev === 61) {
      // A quoted value after '=': skip to its closing quote.
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return n;
      i = close + 1;
      prev = 0;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) prev = c;
    i++;
  }
  return n;
}

const searchers = new Map<string, RegExp>();

/**
 * Index of the first match of `needle` (a tag name prefix such as "</script" or "<svg", any case) at
 * or after `from`, or -1. A regex, not a lower-cased copy: lower-casing may change a string's length.
 */
function findTag(html: string, needle: string, from: number): number {
  let re = searchers.get(needle);
  if (!re) {
    re = new RegExp(needle, 'gi');
    searchers.set(needle, re);
  }
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

function endTagAt(html: string, name: string, from: number): number {
  return findTag(html, `</${name}`, from);
}

/** Index of the next `<name` start tag (not a longer name such as `<svgx`) at or after `from`, or -1. */
function openTagAt(html: string, name: string, from: number): number {
  let at = findTag(html, `<${name}`, from);
  while (at >= 0 && isNameChar(html.charCodeAt(at + 1 + name.length))) at = findTag(html, `<${name}`, at + 1);
  return at;
}

/**
 * Returns `html` without the inert parts named above. Only removes, never rewrites what it keeps, so
 * the result parses to the same visible document. Linear in the input; unterminated raw-text
 * elements and comments run to the end, as in a browser.
 */
export function stripInert(html: string): string {
  const n = html.length;
  const parts: string[] = [];
  let kept = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 && html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 2);
      const end = close < 0 ? n : close + 3;
      parts.push(html.slice(kept, i));
      kept = end;
      i = html.indexOf('<', end);
      continue;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const open = tagEnd(html, j);
    if (RAW_KEEP.has(name)) {
      const close = endTagAt(html, name, open);
      i = close < 0 ? -1 : html.indexOf('<', close + 2);
      continue;
    }
    let end = -1;
    if (RAW_DROP.has(name)) {
      if (name === 'script' && /\btype\s*=\s*["']?application\/ld\+json/i.test(html.slice(j, open))) {
        // JSON-LD holds the page's metadata: kept, and skipped over as raw text.
        const close = endTagAt(html, name, open);
        i = close < 0 ? -1 : html.indexOf('<', close + 2);
        continue;
      }
      const close = endTagAt(html, name, open);
      end = close < 0 ? n : tagEnd(html, close + 2 + name.length);
    } else if (NESTED_DROP.has(name)) {
      if (html.charCodeAt(open - 2) === 47 && name === 'svg') {
        end = open; // <svg ... />
      } else {
        // Count nested open tags of the same name until the matching end tag. Both next positions are
        // searched for again only once passed, so the scan stays linear however deep the nesting.
        let depth = 1;
        let k = open;
        let nextClose = endTagAt(html, name, k);
        let nextOpen = openTagAt(html, name, k);
        while (depth > 0) {
          if (nextClose < 0) {
            k = n;
            break;
          }
          if (nextOpen >= 0 && nextOpen < k) nextOpen = openTagAt(html, name, k);
          if (nextOpen >= 0 && nextOpen < nextClose) {
            depth++;
            k = nextOpen + 1 + name.length;
          } else {
            depth--;
            k = tagEnd(html, nextClose + 2 + name.length);
            nextClose = endTagAt(html, name, k);
          }
        }
        end = k;
      }
    }
    if (end >= 0) {
      parts.push(html.slice(kept, i));
      kept = end;
      i = html.indexOf('<', end);
    } else {
      i = html.indexOf('<', open);
    }
  }
  if (kept === 0) return html;
  parts.push(html.slice(kept));
  return parts.join('');
}
