/**
 * DOM helpers over linkedom: the few node members we use, typed structurally (the project compiles
 * without the DOM lib), a block-by-block text walk, and the body sanitizer.
 */
import { escapeAttr, escapeText, normalizeSpace } from './text-utils.js';

export interface DomNode {
  nodeType: number;
  remove(): void;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  previousSibling: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  compareDocumentPosition(other: DomNode): number;
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
  closest(selector: string): DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  /** Lower-case tag name for HTML elements. */
  localName: string;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  previousElementSibling: DomElement | null;
  firstChild: DomNode | null;
  insertBefore(node: DomNode, child: DomNode | null): DomNode;
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
  /** Chrome that may also open a trailing section ("Comments (23)"): kept until `cutTail` has read it. */
  tailMarker?: boolean;
  /** The text before the block's first line break, when a <br> breaks it. */
  firstLine?: string;
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
  // A <br> inside a paragraph separates lines, not paragraphs: keep them as one block with spaces,
  // and its first line apart, which may be a box's label over the lines ("AT A GLANCE<br>Founded: 2019").
  return tableRows(blocks.map((b) => ({ ...b, text: normalizeSpace(b.text.replace(/\n+/g, ' ')), ...firstLineOf(b.text) })).filter((b) => b.text));
}

function firstLineOf(text: string): { firstLine?: string } {
  if (!text.includes('\n')) return {};
  const lines = text.split('\n').map(normalizeSpace).filter(Boolean);
  return lines.length > 1 ? { firstLine: lines[0]! } : {};
}

const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * Joins the cells of a table row into one block, "Stefan Kramer | CDU | 2.914 | 38,2 %": a row read
 * cell by cell is a column of fragments. Only cells that are text merge; a cell holding paragraphs
 * (a layout table) keeps its blocks.
 */
function tableRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i]!;
    const row = CELL_TAGS.has(b.element.tagName) ? b.element.parentNode : null;
    let j = i + 1;
    while (row && j < blocks.length && CELL_TAGS.has(blocks[j]!.element.tagName) && blocks[j]!.element.parentNode === row) j++;
    if (j - i < 2) {
      out.push(b);
      i++;
      continue;
    }
    const cells = blocks.slice(i, j);
    const text = cells.map((c) => c.text).join(' | ');
    const linkChars = cells.reduce((n, c) => n + c.linkDensity * c.text.length, 0);
    out.push({ text, kind: 'cell', element: row as DomElement, linkDensity: Math.min(1, linkChars / text.length), nodes: cells.flatMap((c) => c.nodes) });
    i = j;
  }
  return out;
}

/**
 * Whether the block's element holds nothing but this block's text, so removing the element removes
 * only this block. Computed on demand: reading textContent for every block would be quadratic.
 */
export function ownsWholeElement(block: Block, root: DomElement): boolean {
  if (block.element === root) return false;
  return normalizeSpace(block.element.textContent ?? '').replace(/\n+/g, ' ') === block.text;
}

const EMPHASIS_TAGS = new Set(['STRONG', 'B', 'EM', 'I']);

/** Whether all of an element's text is inside one bold or italic element. */
export function wholeInEmphasis(el: DomElement): boolean {
  const kids = Array.from(el.childNodes).filter((k) => k.nodeType === 1 || normalizeSpace(k.textContent ?? '') !== '');
  return kids.length === 1 && kids[0]!.nodeType === 1 && EMPHASIS_TAGS.has((kids[0] as DomElement).tagName);
}

/** Cuts a rejected block out of the markup: its element when it holds nothing else, else its text. */
export function removeBlock(block: Block, root: DomElement): void {
  if (ownsWholeElement(block, root)) block.element.remove();
  else for (const n of block.nodes) n.remove();
}

/**
 * Class names of an ad slot or a sponsor's credit ("ad-unit", "adbox", "underwriting"), also in the
 * languages whose sites name them in their own words ("publicidad", "annons", "reklama"), with a
 * theme's prefix ("zs-pub", "td-reklama", Italian sites' "sl-adv").
 */
const AD_SLOT_CLASS =
  /(^|\s)((?:[a-z\d]+[-_]){0,3}(?:ad|ads|adv|advert|advertisement|adspot|adsense|sponsored|pub|hirdetes|publicidad|publicidade|publicite|publicitate|reklam|pubblicita|werbung|anzeige|reklama|annons|annonse|advertentie)(?:[-_](?:unit|slot|box|block|banner|container|wrapper|wrap|label|space|zone|area|inline|placeholder|leaderboard|mpu|native|break|holder|text|copy|caption|encart))?|ad(?:unit|slot|box|block|banner|container|wrapper|space|zone|holder)|adv|td-a-rec|underwriting)(\s|$)/i;
/** The name a microdata item gives itself: its own content, or its `itemprop="name"` (a meta's content or an element's text). */
export function microdataName(el: DomElement): string | null {
  const own = el.getAttribute('content');
  if (own) return own;
  const name = el.querySelector('[itemprop="name"]');
  return name ? name.getAttribute('content') ?? normalizeSpace(name.textContent ?? '') : null;
}

/** Longest text an ad slot holds; a longer element so named wraps more than the ad. */
const MAX_AD_SLOT_CHARS = 300;

export function isAdSlot(el: DomElement): boolean {
  const cls = el.getAttribute('class');
  // (The text's length last: it is read only for the few elements that qualify otherwise.)
  return ((cls !== null && AD_SLOT_CLASS.test(cls)) || labelledSponsorBox(el)) && (el.textContent ?? '').length <= MAX_AD_SLOT_CHARS;
}

/** The ad's label in the languages read, alone on its line. */
const AD_LABEL_TEXT = /^(?:advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|annons|annonse|annonce|reklame|reklama|mainos|hirdetés)$/iu;
/** A box that opens on an ad's label and holds the advertiser's link or banner: `<p>Publicité</p><a rel="sponsored" …>`, whatever its class. */
function labelledSponsorBox(el: DomElement): boolean {
  const first = el.firstElementChild;
  // (A label is a leaf: no other element's text is read.)
  return first !== null && first.firstElementChild === null && first.nextElementSibling !== null && AD_LABEL_TEXT.test((first.textContent ?? '').trim()) && el.querySelector('a[href], img') !== null;
}

/**
 * A box set beside the story inside its text, named so by its class: "box___news_sidebox",
 * "yjsg-infobox", "factbox", "story_box". Its points repeat or add to the story in a list or table of their own.
 */
const SIDE_BOX_CLASS = /(^|[\s_-])(side-?box|info-?box|fact-?box|story[-_]?box)([\s_-]|$)/i;
/** "story_box" may also wrap a short story whole: a box of points holds a paragraph or two at most. */
const STORY_BOX_CLASS = /(^|[\s_-])story[-_]?box([\s_-]|$)/i;
const MAX_STORY_BOX_PARAGRAPHS = 2;
/** A timeline box's class ("box___news_timeline") with its heading over the dates. */
const TIMELINE_CLASS = /(^|[\s_-])timeline([\s_-]|$)/i;
const TIMELINE_HEADING = /^(timeline|chronology|key dates|zeitleiste|chronologie|chronik|cronología|cronologia|cronologia dos fatos|tijdlijn|tidslinje|tidslinjen|oś czasu|časová osa)\b/i;
/** Longest text of such a box: a story wrapped in a box of that name is no side box. */
const MAX_SIDE_BOX_CHARS = 1500;

/**
 * Any box by its class ("fire-box", "box-levels", the French "encadre", the German "Kasten", the Dutch
 * "kader", a block editor's group set off by a background or a border): a side box where it opens on a
 * heading over a list of points.
 */
const ANY_BOX_CLASS = /(^|[\s_-])(?:(?:[a-z]+[-_])?box(?:[-_][a-z]+)?|encadr[eé]|kasten|kader|recuadro|riquadro)([\s]|$)|\bwp-block-group\b.*\b(?:has-background|is-style-border|has-border-color)\b|\b(?:has-background|is-style-border|has-border-color)\b.*\bwp-block-group\b/i;

export function isSideBox(el: DomElement): boolean {
  // The class is read first: an element's text is read only for the few it names (every element's would be read whole).
  const cls = el.getAttribute('class');
  if (cls === null) return false;
  const sideBox = SIDE_BOX_CLASS.test(cls);
  const timeline = !sideBox && TIMELINE_CLASS.test(cls);
  if (!sideBox && !timeline && !ANY_BOX_CLASS.test(cls)) return false;
  if ((el.textContent ?? '').length > MAX_SIDE_BOX_CHARS) return false;
  if (sideBox) return !STORY_BOX_CLASS.test(cls) || el.querySelectorAll('p').length <= MAX_STORY_BOX_PARAGRAPHS;
  // A timeline under its heading; any other box only as points under their label, a paragraph or two at
  // most ("Ready, Set, Go: what the levels mean").
  const heading = el.firstElementChild;
  if (heading === null || !/^H[2-6]$/.test(heading.tagName)) return false;
  if (timeline) return TIMELINE_HEADING.test((heading.textContent ?? '').trim());
  return el.querySelector('ul, ol') !== null && el.querySelectorAll('p').length <= MAX_STORY_BOX_PARAGRAPHS;
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

/** Tags kept in a body, by their DOM tag name, with the name they are written as. */
const KEEP_TAGS = new Map<string, string>([
  ['P', 'p'], ['H1', 'h2'], ['H2', 'h2'], ['H3', 'h3'], ['H4', 'h4'], ['H5', 'h5'], ['H6', 'h6'], ['UL', 'ul'], ['OL', 'ol'],
  ['LI', 'li'], ['BLOCKQUOTE', 'blockquote'], ['A', 'a'], ['IMG', 'img'], ['EM', 'em'], ['I', 'em'], ['STRONG', 'strong'],
  ['B', 'strong'], ['PRE', 'pre'], ['CODE', 'code'], ['BR', 'br'], ['FIGURE', 'figure'], ['SUB', 'sub'], ['SUP', 'sup'],
  // Data tables keep rows and cells: their text alone runs together ("Stefan KramerCDU2.914").
  ['TABLE', 'table'], ['THEAD', 'thead'], ['TBODY', 'tbody'], ['TFOOT', 'tfoot'], ['TR', 'tr'], ['TH', 'th'], ['TD', 'td'],
]);
/** Elements dropped with everything inside them: code, embeds, form controls, captions. */
const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'TEMPLATE', 'FIGCAPTION',
  'BUTTON', 'SELECT', 'SVG', 'MATH', 'CANVAS', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'INPUT',
]);
/** Kept elements that say nothing without text or an image inside, so they are dropped when empty. */
const DROP_IF_EMPTY = new Set(['p', 'a', 'li', 'ul', 'ol', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'figure', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr']);
/** Written blocks that may not sit inside a paragraph: opening one ends the paragraph, as an HTML parser would. */
const ENDS_PARAGRAPH = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'table']);

/** An article image's absolute URL, or null for a missing, unsafe or chrome image. */
function imageSrc(img: DomElement, base: string | null): string | null {
  // Lazy-loaded images carry a placeholder (or nothing) in src and the real address in a data- attribute.
  const src =
    ['src', 'data-src', 'data-lazy-src', 'data-original'].map((a) => img.getAttribute(a)).find((v) => v && !/^\s*data:/i.test(v)) ?? null;
  const abs = absoluteUrl(src, base);
  if (!abs) return null;
  const size = Math.min(Number(img.getAttribute('width') ?? Infinity), Number(img.getAttribute('height') ?? Infinity));
  // Logos, icons, avatars and tracking pixels are page chrome, not article images.
  const chrome = /logo|icon|avatar|pixel|spacer|sprite|badge|gravatar|emoji/i.test(`${src ?? ''} ${img.getAttribute('alt') ?? ''}`) || size < 60;
  return chrome ? null : abs;
}

interface OpenFrame {
  /** The written tag name, or null for an element that is unwrapped (its text kept, its tag not). */
  name: string | null;
  /** Index in the output where this element's markup starts, to cut it out if it ends up empty. */
  start: number;
  text: boolean;
  /** Whether an image is a direct child: an empty wrapper around a nested image is still dropped. */
  media: boolean;
}

/** Parts of a table that only mean something inside one. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

/**
 * Writes the children of `root` as HTML through a fixed allow-list: only KEEP_TAGS are written, only
 * `href` on links and `src`/`alt` on images (absolute http, https or mailto URLs, via absoluteUrl),
 * every other attribute (event handlers, style, class) is dropped, DROP_TAGS vanish with their content,
 * and text is escaped. Walks the DOM already built instead of serializing and re-parsing it.
 */
function writeAllowed(root: DomElement, base: string | null): string {
  const out: string[] = [];
  const frames: OpenFrame[] = [{ name: null, start: 0, text: false, media: false }];
  // Tables open around the element being written: a row or cell outside one (a layout table's cell
  // that holds the article, its table cut away) is unwrapped, not written as a stray "<tr><td>".
  let openTables = 0;
  // Work items: a node to enter, or null to close the innermost open element.
  const work: Array<DomNode | null> = [];
  const kids = root.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) work.push(kids[i]!);
  while (work.length) {
    const node = work.pop()!;
    if (node === null) {
      const f = frames.pop()!;
      const parent = frames[frames.length - 1]!;
      if (f.name === 'table') openTables--;
      if (f.name !== null) {
        if (DROP_IF_EMPTY.has(f.name) && !f.text && !f.media) {
          out.length = f.start;
          continue;
        }
        out.push(`</${f.name}>`);
      }
      if (f.text) parent.text = true;
      continue;
    }
    const frame = frames[frames.length - 1]!;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (!t) continue;
      out.push(escapeText(t));
      if (!frame.text && t.trim()) frame.text = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (DROP_TAGS.has(tag)) continue;
    const kept = KEEP_TAGS.get(tag) ?? null;
    const name = kept !== null && TABLE_PARTS.has(kept) && openTables === 0 ? null : kept;
    if (name === 'table') openTables++;
    if (name === 'br') {
      out.push('<br />');
      continue;
    }
    if (name === 'img') {
      const src = imageSrc(el, base);
      if (!src) continue;
      const alt = el.getAttribute('alt');
      out.push(`<img src="${escapeAttr(src)}"${alt === null ? '' : ` alt="${escapeAttr(alt)}"`} />`);
      frame.media = true;
      continue;
    }
    if (name !== null && frame.name === 'p' && ENDS_PARAGRAPH.has(name)) {
      // "<p>lead<h2>..</h2>tail</p>" becomes "<p>lead</p><h2>..</h2>tail": no block inside a paragraph.
      if (frame.text || frame.media) out.push('</p>');
      else out[frame.start] = '';
      frame.name = null;
    }
    const start = out.length;
    if (name === 'a') {
      const href = absoluteUrl(el.getAttribute('href'), base);
      out.push(href ? `<a href="${escapeAttr(href)}">` : '<a>');
    } else if (name !== null) out.push(`<${name}>`);
    frames.push({ name, start, text: false, media: false });
    work.push(null);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) work.push(children[i]!);
  }
  return out.join('');
}

/**
 * Sanitizes a body fragment with a fixed allow-list (no scripts, styles, frames, event handlers or
 * javascript: URLs), making every link and image URL absolute against `base`. Returns only
 * paragraphs, headings, lists, tables, quotes, links, images and inline emphasis.
 */
export function sanitizeBody(root: DomElement, base: string | null): string {
  return tidyWhitespace(writeAllowed(root, base));
}

/** Collapses the indentation left by removed wrappers, leaving <pre> blocks untouched. */
function tidyWhitespace(html: string): string {
  return html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? part : part.replace(/[ \t]*\n\s*/g, '\n').replace(/[ \t]{2,}/g, ' ')))
    .join('')
    .trim();
}
