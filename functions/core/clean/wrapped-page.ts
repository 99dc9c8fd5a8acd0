/**
 * A document that wraps a saved web page: a press-cuttings file or a board pack made in a word
 * processor, a wiki page with a newspaper page pasted under a colleague's note. The web page begins
 * at its "skip to content" link, which a site sets before its logo and menus; what stands above that
 * link is the wrapping document's (its own title, the compiler's note, a list of cuttings), and left
 * in, the document's title is read as the headline and the compiler as the writer.
 */
import { isSkipLink, junkKind } from './boilerplate.js';
import type { DomElement, DomNode } from './dom.js';
import { normalizeSpace } from './text-utils.js';

/** Elements that can hold a skip link on its own. */
const SKIP_LINK_HOLDERS: ReadonlySet<string> = new Set(['A', 'P', 'LI', 'DIV', 'SPAN']);
/** Most text nodes looked through for one: a skip link sits near the top of a page. */
const MAX_TEXTS_LOOKED_AT = 400;
/** Longest text a skip link's can be; longer texts are not read closer. */
const MAX_SKIP_LINK_CHARS = 80;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Removes what stands above the first skip link in `root` when it is a wrapping document's: a note in
 * sentences or a table. A clipper's header over the page (its title, address, date and tags) stays,
 * for the rest of the cleaning to read. The link itself is left to the junk rules, as on any page.
 * Whether `root` was such a wrapper.
 */
export function dropAboveSkipLink(root: DomElement): boolean {
  const link = firstSkipLink(root);
  if (!link || leadsWithin(link, root)) return false;
  const above: DomNode[] = [];
  for (let node: DomNode = link; node.parentNode && node !== root; node = node.parentNode) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) above.push(sibling);
  }
  if (!above.some(isWrappersOwn)) return false;
  for (const node of above) node.remove();
  return true;
}

/**
 * The outermost element that holds the first skip link and nothing else. Its text nodes are walked
 * rather than every element's text read: the elements around a whole page would each be read whole.
 */
function firstSkipLink(root: DomElement): DomElement | null {
  const stack: DomNode[] = [root];
  let texts = 0;
  while (stack.length && texts < MAX_TEXTS_LOOKED_AT) {
    const node = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE) {
      const kids = node.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const raw = node.textContent ?? '';
    if (!raw.trim()) continue;
    texts++;
    const text = normalizeSpace(raw);
    if (raw.length > MAX_SKIP_LINK_CHARS || !isSkipLink(text)) continue;
    let holder: DomElement | null = null;
    for (let el = node.parentNode as DomElement | null; el && el !== root && normalizeSpace(el.textContent ?? '') === text; el = el.parentNode as DomElement | null) {
      if (SKIP_LINK_HOLDERS.has(el.tagName)) holder = el;
    }
    if (holder) return holder;
  }
  return null;
}

/** Fewest words of a note in sentences; a clipper's title line or tag line is shorter or holds none. */
const MIN_NOTE_WORDS = 12;
/** A sentence's end anywhere in the note, which may close with its writer's initials ("… before we quote them. – SH"). */
const HOLDS_SENTENCE_END = /[.!?]["”’)]?(?:\s|$)/u;

/** A note in sentences that is not the site's own (a cookie notice, a subscription prompt). */
function isNote(text: string): boolean {
  const line = normalizeSpace(text);
  return HOLDS_SENTENCE_END.test(line) && line.split(' ').length >= MIN_NOTE_WORDS && junkKind(line) === null;
}

/**
 * Whether the link goes to a place on the same page ("#obsah" over <main id="obsah">): the page's
 * own, live skip link, over which stands only the page's chrome (a cookie box, a top bar). Pasted
 * into another document, the link goes to the site's address, or is text alone.
 */
function leadsWithin(link: DomElement, root: DomElement): boolean {
  const anchor = link.tagName === 'A' ? link : link.querySelector('a');
  const id = /^#([\w.:-]+)$/.exec(anchor?.getAttribute('href') ?? '')?.[1];
  return id !== undefined && root.querySelector(`[id="${id}"], [name="${id}"]`) !== null;
}

function isWrappersOwn(node: DomNode): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as DomElement;
  if (el.tagName === 'TABLE' || el.querySelector('table')) return true;
  const blocks = [el, ...Array.from(el.querySelectorAll('p, li, blockquote'))];
  return blocks.some((b) => /^(?:P|LI|BLOCKQUOTE)$/.test(b.tagName) && isNote(b.textContent ?? ''));
}

/** The lines from a text's first skip link on when a note in sentences stands above it; all of them otherwise. */
export function linesFromSkipLink(lines: string[]): string[] {
  const at = lines.findIndex((line) => isSkipLink(normalizeSpace(line)));
  return at > 0 && lines.slice(0, at).some(isNote) ? lines.slice(at) : lines;
}
