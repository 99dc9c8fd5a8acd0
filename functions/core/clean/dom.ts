/**
 * DOM helpers over linkedom: the few node members we use, typed structurally (the project compiles
 * without the DOM lib), a block-by-block text walk, and the body sanitizer.
 */
import sanitizeHtml from 'sanitize-html';
import { normalizeSpace } from './text-utils.js';

export interface DomNode {
  nodeType: number;
  remove(): void;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  outerHTML: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);

export type BlockKind = 'p' | 'h' | 'li' | 'quote' | 'pre' | 'cell' | 'caption';

export interface Block {
  text: string;
  kind: BlockKind;
  /** The innermost block element holding this text. */
  element: DomElement;

  /** Share of the text that sits inside links. */
  linkDensity: number;
  /** The text nodes this block was read from, so a rejected block can be cut out of the markup. */
  nodes: DomNode[];
}

function kindOf(stack: DomElement[]): BlockKind {
  let kind: BlockKind = 'p';
  for (const el of stack) {
    const t = el.tagName;
    if (t === 'FIGCAPTION' || t === 'CAPTION') return 'caption';
    if (t === 'PRE') kind = 'pre';
    else if (/^H[1-6]$/.test(t)) kind = 'h';
    else if (t === 'BLOCKQUOTE' && kind === 'p') kind = 'quote';
    else if ((t === 'LI' || t === 'DD' || t === 'DT') && kind === 'p') kind = 'li';
    else if ((t === 'TD' || t === 'TH') && kind === 'p') kind = 'cell';
  }
  return kind;
}

/**
 * Text of `root`, one block per block-level element, in reading order (newlines at block edges, so
 * adjacent paragraphs never glue into one word). Iterative: deep nesting cannot overflow the stack.
 */
export function collectBlocks(root: DomElement, maxNodes = 200_000): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let bufNodes: DomNode[] = [];
  let linkChars = 0;
  let owner: DomElement = root;
  const blockStack: DomElement[] = [root];
  let linkDepth = 0;
  let visited = 0;

  const flush = (): void => {
    const text = normalizeSpace(buf);
    if (text) {
      blocks.push({
        text,
        kind: kindOf(blockStack),
        element: owner,
        linkDensity: Math.min(1, linkChars / text.length),
        nodes: bufNodes,
      });
    }
    buf = '';
    bufNodes = [];
    linkChars = 0;
  };

  // Explicit stack of [node, exiting] to walk without recursion.
  const work: Array<[DomNode, boolean]> = [[root, false]];
  while (work.length) {
    const [node, exiting] = work.pop()!;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      bufNodes.push(node);
      if (linkDepth > 0) linkChars += normalizeSpace(t).length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const tag = el.tagName;
    if (exiting) {
      if (tag === 'A') linkDepth--;
      if (BLOCK.has(tag)) {
        flush();
        blockStack.pop();
        owner = blockStack[blockStack.length - 1] ?? root;
      }
      continue;
    }
    if (++visited > maxNodes) break;
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      buf += '\n';
      if (/\n\s*\n\s*$/.test(buf)) {
        flush();
      }
      continue;
    }
    if (BLOCK.has(tag) && el !== root) {
      flush();
      blockStack.push(el);
      owner = el;
    }
    if (tag === 'A') linkDepth++;
    work.push([el, true]);
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) work.push([kids[i]!, false]);
  }
  flush();
  // A <br> inside a paragraph separates lines, not paragraphs: keep them as one block with spaces.
  return blocks.map((b) => ({ ...b, text: normalizeSpace(b.text.replace(/\n+/g, ' ')) })).filter((b) => b.text);
}

/**
 * Whether the block's element holds nothing but this block's text, so removing the element removes
 * only this block. Computed on demand: reading textContent for every block would be quadratic.
 */
export function ownsWholeElement(block: Block, root: DomElement): boolean {
  if (block.element === root) return false;
  return normalizeSpace(block.element.textContent ?? '').replace(/\n+/g, ' ') === block.text;
}

/** Cuts a rejected block out of the markup: its element when it holds nothing else, else its text. */
export function removeBlock(block: Block, root: DomElement): void {
  if (ownsWholeElement(block, root)) block.element.remove();
  else for (const n of block.nodes) n.remove();
}

export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || /^(javascript|vbscript|data):/i.test(h.replace(/\s+/g, ''))) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.href : null;
  } catch {
    return null;
  }
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'img', 'em', 'strong', 'b', 'i', 'pre', 'code', 'br', 'figure', 'sub', 'sup'],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'template', 'figcaption', 'button', 'select', 'svg'],
  transformTags: {
    h1: 'h2',
    b: 'strong',
    i: 'em',
  },
  exclusiveFilter: (frame) =>
    (['p', 'a', 'li', 'ul', 'ol', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'figure', 'pre'].includes(frame.tag) &&
      !frame.text.trim() &&
      !frame.mediaChildren.length) ||
    (frame.tag === 'img' && !frame.attribs.src),
};

/**
 * Sanitizes a body fragment with a fixed allow-list (no scripts, styles, frames, event handlers or
 * javascript: URLs) after making every link and image URL absolute against `base`.
 */
export function sanitizeBody(root: DomElement, base: string | null): string {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const abs = absoluteUrl(a.getAttribute('href'), base);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src');
    const abs = absoluteUrl(src, base);
    const size = Math.min(Number(img.getAttribute('width') ?? Infinity), Number(img.getAttribute('height') ?? Infinity));
    // Logos, icons, avatars and tracking pixels are page chrome, not article images.
    const chrome = /logo|icon|avatar|pixel|spacer|sprite|badge|gravatar|emoji/i.test(`${src ?? ''} ${img.getAttribute('alt') ?? ''}`) || size < 60;
    if (abs && !chrome) img.setAttribute('src', abs);
    else img.remove();
  }
  return tidyWhitespace(sanitizeHtml(root.innerHTML, SANITIZE));
}

/** Collapses the indentation left by removed wrappers, leaving <pre> blocks untouched. */
function tidyWhitespace(html: string): string {
  return html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/[ \t]*\n\s*/g, '\n').replace(/[ \t]{2,}/g, ' ')))
    .join('')
    .trim();
}
