/**
 * HTML cleaning. One linkedom parse feeds every signal: page metadata (meta tags, JSON-LD, <time>),
 * Readability's choice of the main content, and our block-level boilerplate filter on top of it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NOT_PUBLISHED_RE, PUBLISHED_WORDS, atOffset, dayFirstOnPage, findDates, onPrintedDay, parseDate, publishedPart, type DateOptions } from './dates.js';
import { junkKind, stripTitleSuffix } from './boilerplate.js';
import { AUTHOR_HREF, bareName, bylineAuthor, bylineLines, cleanAuthor, creditedForPictures } from './byline.js';
import { joinNames } from '../author-names.js';
import { cutTail, dropAgencyCredit, dropClosingMatter, filterBlocks, isBylineWithDate, joinEntryTimes } from './blocks.js';
import { absoluteUrl, collectBlocks, isAdSlot, isSideBox, microdataName, removeBlock, sanitizeBody, wholeInEmphasis, type Block, type DomDocument, type DomElement, type DomNode } from './dom.js';
import type { Extraction } from './extraction.js';
import { captionCredits } from './credits.js';
import { guessLanguage } from './lines.js';
import { stripInert } from './prestrip.js';
import { extractFromText } from './text.js';
import { dateLine, readDateline } from './text-dates.js';
import { decodeEntities, metaParts, nameCase, normalizeSpace, paragraphsToHtml, sameStory } from './text-utils.js';
import { linkHosts, mayEndInSiteName, withoutLinkedSiteName } from './site-name.js';
import { isJobLine } from './text-byline.js';
import { dropAboveSkipLink } from './wrapped-page.js';

export type HtmlExtraction = Extraction;

/** Documents with more elements than this skip Readability (its scoring is superlinear) and are read as text. */
const MAX_ELEMENTS = 60_000;
/** Nesting deeper than this is hostile or broken markup; it is read as text. */
const MAX_DEPTH = 400;

type Json = unknown;

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|WebPage|Posting|SocialMediaPosting|BackgroundNewsArticle)$/;

interface JsonLd {
  /** Article-like objects, articles before pages. */
  articles: Record<string, Json>[];
  /** Every object that names an `@id`, so `{"@id": "#publisher"}` references can be followed. */
  byId: Map<string, Record<string, Json>>;
}

const typeOf = (o: Record<string, Json>): string[] => ([] as Json[]).concat(o['@type'] ?? []).map(String);

function jsonLdObjects(scripts: DomElement[]): JsonLd {
  const all: Record<string, Json>[] = [];
  const byId = new Map<string, Record<string, Json>>();
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length && all.length < 200) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const rec = item as Record<string, Json>;
        if (Array.isArray(rec['@graph'])) queue.push(...(rec['@graph'] as Json[]));
        all.push(rec);
        const id = rec['@id'];
        // A bare reference ({"@id": ...} alone) must not shadow the full object it points to.
        if (typeof id === 'string' && Object.keys(rec).length > 1 && !byId.has(id)) byId.set(id, rec);
      }
    }
  }
  const articles = all
    .filter((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)))
    .sort((a, b) => Number(typeOf(a).includes('WebPage')) - Number(typeOf(b).includes('WebPage')));
  return { articles, byId };
}

/** Follows a `{"@id": ...}` reference to the object it names (one level; references do not chain in practice). */
function deref(v: Json, byId: Map<string, Record<string, Json>>): Json {
  if (Array.isArray(v)) return v.map((x) => deref(x, byId));
  if (v && typeof v === 'object') {
    const rec = v as Record<string, Json>;
    const id = rec['@id'];
    if (typeof id === 'string' && rec.name === undefined) return byId.get(id) ?? v;
  }
  return v;
}

function str(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, Json>).name);
  return null;
}

const ORGANIZATION_TYPE = /Organi[sz]ation|Corporation|NewsMedia|Publisher|Brand|WebSite/;

/** Names of the people in a JSON-LD `author`, skipping organizations (a publisher credited as author). */
function jsonLdAuthors(v: Json, byId: Map<string, Record<string, Json>>): string[] {
  const resolved = deref(v, byId);
  const list = Array.isArray(resolved) ? resolved : [resolved];
  const names: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') names.push(a);
    else if (a && typeof a === 'object') {
      const rec = a as Record<string, Json>;
      if (typeOf(rec).some((t) => ORGANIZATION_TYPE.test(t))) continue;
      const n = str(rec.name);
      if (n) names.push(n);
    }
  }
  return names;
}

type MetaMap = Map<string, string>;

/** Every <meta> by lower-cased property/name/itemprop, first occurrence winning: one query, not one per name. */
function metaMap(metas: DomElement[]): MetaMap {
  const map: MetaMap = new Map();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, normalizeSpace(content));
    }
  }
  return map;
}

function meta(map: MetaMap, ...names: string[]): string | null {
  for (const n of names) {
    const v = map.get(n.toLowerCase());
    if (v) return v;
  }
  return null;
}

/**
 * Removed before Readability runs: code, form controls, and the page's navigation, footer and side
 * rails (measured on the development pages: same F1, less to score). <header> and <form> stay: an
 * article's own header holds its standfirst, and some sites wrap the whole page in a form.
 */
const PRUNE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'SELECT', 'TEXTAREA', 'NAV', 'BUTTON', 'INPUT', 'LINK', 'OPTION', 'FOOTER', 'ASIDE']);

/** Elements no reader sees; Readability would drop them too, after scoring them. */
function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Everything the metadata readers need, gathered in one walk (each querySelector would walk the whole tree). */
interface Scan {
  elements: number;
  depth: number;
  metas: DomElement[];
  jsonLd: DomElement[];
  prune: DomElement[];
  base: DomElement | null;
  canonical: DomElement | null;
  datePublished: DomElement | null;
  times: DomElement[];
  /** Elements marked as the author (rel or itemprop), in document order. */
  authorMarks: DomElement[];
  /** Elements whose class or id says byline or author, outside comment threads, in document order. */
  bylines: DomElement[];
  /** The first few <h1> elements, in document order: the first is the page's headline unless shown otherwise. */
  h1s: DomElement[];
  /** Links to a writer's page ("/author/vidya-ramanathan/") between a headline and its story. */
  authorLinks: DomElement[];
  /** The first <h2> elements, in document order: a page without an <h1> may set its headline in one. */
  h2s: DomElement[];
  /** Elements whose class or id says date ("tvt-date", "post-published"), in document order. */
  dateMarks: DomElement[];
  /** Elements other than headings whose class or id says headline ("story-hed"), in document order. */
  headlineMarks: DomElement[];
  /** The first microdata publisher (`itemprop="publisher"`). */
  publisher: DomElement | null;
  /** Visible <p> elements, for finding the region that holds the prose. */
  paragraphs: DomElement[];
  /**
   * Elements of text whose paragraphs are parted by line breaks, with no block inside (a site
   * builder's text blocks, Tilda's `<div field="text">`): prose for the region too.
   */
  lineBlocks: DomElement[];
}

/** Elements that make a block of their own inside a text block. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Fewest characters of a text block read as prose. */
const MIN_LINE_BLOCK_CHARS = 200;

/** A text block of paragraphs parted by two line breaks, with no block element inside it. */
function isLineBlock(el: DomElement): boolean {
  let breaks = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.tagName)) return false;
    if (child.tagName === 'BR') breaks++;
  }
  return breaks >= 2 && normalizeSpace(el.textContent ?? '').length >= MIN_LINE_BLOCK_CHARS;
}

/** Most writers named from a JSON-LD author list; more is a desk's roll, not a byline. */
const MAX_LD_AUTHORS = 4;
/** Byline-classed elements up to this long are credits or bios; longer ones may wrap the article itself. */
const MAX_BYLINE_BOX = 200;
const AUTHOR_TOKEN = /(^|\s)author(\s|$)/i;
/** An element's class and id, read together by the class-name tests below. */
const classAndId = (el: DomElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
/** Class or id words for a byline, in the languages read. */
const BYLINE_RE = /byline|author|reporter|writtenby|p-author|autor|avtor|auteur|signature|firma|assinatura|verfasser|redakteur|redacteur|skribent|forfatter|författare/i;
/** A field's label, by its class: K2's "itemExtraFieldsLabel", Drupal's "field__label", "field-label". */
const FIELD_LABEL_CLASS = /(?:Fields?Label|field[_-]+label)\b/i;
/** A field's label that names the writer. */
const AUTHOR_FIELD_LABEL = /^(?:correspondent|reporter|author|writer|written by|byline)\s*:?$/i;
/** A byline's class word that names a picture's author ("nuotr-autorius", "photo-author", "foto-autor"): a photo credit, no byline. */
const PICTURE_CREDIT_CLASS_RE = /(?:photo|foto|nuotr|kuva|bild|image|img|picture)[\w-]*(?:author|autor)/i;
/** An author box's description of the writer ("cm-author-description", "author-bio"): it tells of them, it is no byline. */
const AUTHOR_DESCRIPTION_CLASS_RE = /(?:author|autor)[\w-]*(?:description|desc|bio|about)\b|(?:description|bio)[\w-]*(?:author|autor)/i;
const COMMENTS_RE = /comment|disqus|replies/i;
/** A class word saying the comments are off ("av-blog-meta-comments-disabled", Enfold's on the story's <main>): no thread. */
const COMMENTS_OFF_RE = /comments?[-_](?:disabled|off|closed|none)\b|\bno[-_]comments?\b/gi;
/** Class or id words for an element holding the publication date. */
const DATE_CLASS_RE = /(^|[\s_-])(date|dateline|pubdate|published|publish-date|timestamp|posted|post-date|entry-date|createdate|itemdatecreated)([\s_-]|$)/i;
const MAX_AUTHOR_LINKS = 4;
/** First-level headings kept for choosing the headline. */
const MAX_H1_READ = 4;
/** Second-level headings read as possible headlines. */
const MAX_H2_READ = 20;
/** Class or id words for a headline element. */
const HEADLINE_CLASS_RE = /headline|(^|[\s_-])(hdl|hed|title|entry-title|post-title|article-title|itemtitle)([\s_-]|$)/i;
/** The same on an element that is not a heading: only names that say it is the story's own ("story-hed", "article-headline", Drupal's "node-title"). */
const HEADLINE_MARK_RE = /(^|[\s_-])(?:(story|article|art|post|entry|news|node)[_-]?(hed|hdr|headline|title)|contentheading)([\s_-]|$)/i;

/** Most words of a standfirst set in bold or italics above the byline. */
const MAX_EMPHASISED_DECK_WORDS = 60;
/** Fewest words of a standfirst written as a headline: fewer make a label ("Key points", "Update"). */
const MIN_HEADLINE_DECK_WORDS = 6;
/** A sentence's close, with a quote or a bracket after it. */
const SENTENCE_CLOSE = /[.!?…]["”’»)]?$/u;

/** Class names of a standfirst ("standfirst", "article-dek", "deck", "subheadline"; French "chapeau", Spanish "bajada", Italian "catenaccio", Danish "manchet", Czech and Slovak "perex"). */
const STANDFIRST_CLASS = /(^|[\s_-])(standfirst|dek|deck|sub-?headline|chapeau|chapo|bajada|entradilla|sottotitolo|catenaccio|linha-fina|ingress|ingressi|manchet|perex)([\s_-]|$)/i;
/** Longest standfirst: a sentence or two. */
const MAX_STANDFIRST_CHARS = 400;
/** How far under the headline, in elements walked, its standfirst may sit (the byline, date and picture come between on some pages). */
const MAX_ELEMENTS_TO_DECK = 60;
/** What a standfirst, one paragraph, never holds: a live blog's key points are a list under a heading. */
const NOT_IN_A_DECK = 'ul, ol, h2, h3, h4, table, p + p';
/**
 * Class names a standfirst shares with other things ("summary", "intro", "lead", "description", Italian
 * "sommario", German "vorspann", eZ Publish's "attribute-short"; in Lithuanian, Latvian, Croatian
 * and Slovenian, Polish, Hungarian, Turkish and Estonian "ivadas", "ievads", "uvod", "wstep",
 * "bevezeto", "ozet" and "spot", "juhtloik"): read as one only right under the headline, before any
 * paragraph of the story.
 */
const DECK_UNDER_HEADLINE_CLASS = /(^|[\s_-])(summary|short|teaser|sub-?title|sous-?titre|intro|description|lead|lede|excerpt|sapo|strapline|abstract|sumario|sommario|resumo|vorspann|ivadas|ievads|uvod|wstep|bevezeto|ozet|spot|juhtloik)([\s_-]|$)/i;

/** Classes that name an <h2> the entry's own title: microformats' "p-name" in an h-entry, a theme's "entry-title". */
const ENTRY_TITLE_H2_CLASS = /(^|\s)(?:p-name|entry-title|post-title|article-title)(\s|$)/;

/** A picture's caption or credit set as a paragraph of its own: "<p class="edn_mediaCaption">". */
const CAPTION_CLASS = /caption|credit|legend|didascalia|bildunterschrift|pie-?de-?foto/i;

/** Whether a paragraph is the caption of the picture over the story, which does not begin it. */
function isCaptionParagraph(el: DomElement): boolean {
  return (el.textContent ?? '').length <= MAX_STANDFIRST_CHARS && (CAPTION_CLASS.test(el.getAttribute('class') ?? '') || el.parentNode?.nodeName === 'FIGCAPTION');
}

/** Where a camel-cased class name's next word begins. */
const CAMEL_HUMP = /(\p{Ll})(\p{Lu})/gu;

/** A short paragraph holding the byline or the date: a <time>, or a class that says so. */
function isMetaParagraph(el: DomElement): boolean {
  const named = classAndId(el);
  return (el.textContent ?? '').length <= 200 && (el.querySelector('time') !== null || BYLINE_RE.test(named) || DATE_CLASS_RE.test(named));
}

function scanDocument(doc: DomDocument): Scan {
  const scan: Scan = {
    elements: 0, depth: 0, metas: [], jsonLd: [], prune: [], base: null, canonical: null, datePublished: null,
    times: [], authorMarks: [], bylines: [], h1s: [], authorLinks: [], h2s: [], dateMarks: [], headlineMarks: [], publisher: null, paragraphs: [], lineBlocks: [],
  };
  const root = doc.documentElement;
  if (!root) return scan;
  // Each entry: element, depth, and whether it sits inside a comment thread (whose authors are readers).
  // An article's own <footer> ("By Jane Doe on March 3") is chrome for the body but is read for the
  // byline and the date: its elements are walked with `metaOnly` set.
  const stack: Array<[DomElement, number, boolean, boolean, boolean]> = [[root, 1, false, false, false]];
  // Where the walk met the headline: no paragraph since means the story has not begun. One standfirst
  // at most is taken there, close under the headline.
  let paragraphsAtHeadline = -1;
  let elementsAtHeadline = 0;
  let deckTaken = false;
  while (stack.length) {
    const [el, d, inComments, inArticle, metaOnly] = stack.pop()!;
    scan.elements++;
    if (d > scan.depth) scan.depth = d;
    if (scan.elements > MAX_ELEMENTS || scan.depth > MAX_DEPTH) break;
    const tag = el.tagName;
    if (tag === 'META') scan.metas.push(el);
    else if (tag === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el);
    else if (tag === 'BASE') scan.base ??= el;
    else if (tag === 'LINK' && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')) scan.canonical ??= el;
    else if (tag === 'TIME') scan.times.push(el);
    else if (tag === 'H1') {
      // Every <h1> may be the story's: a consent dialog's or the logo's may come first.
      if (scan.h1s.length < MAX_H1_READ) scan.h1s.push(el);
      paragraphsAtHeadline = scan.paragraphs.length;
      elementsAtHeadline = scan.elements;
    }
    else if (tag === 'H2' && scan.h2s.length < MAX_H2_READ) {
      scan.h2s.push(el);
      // An entry's title set as an <h2> under the site's name in the <h1> ("h2.p-name", "h2.entry-title"): the
      // story's standfirst comes under it, not under the <h1>.
      if (ENTRY_TITLE_H2_CLASS.test(el.getAttribute('class') ?? '')) {
        paragraphsAtHeadline = scan.paragraphs.length;
        elementsAtHeadline = scan.elements;
      }
    }
    let walkForMeta = metaOnly;
    if (!metaOnly && (PRUNE_TAGS.has(tag) || (tag !== 'HTML' && tag !== 'BODY' && (isHidden(el) || isAdSlot(el) || isSideBox(el))))) {
      scan.prune.push(el);
      if (!(tag === 'FOOTER' && inArticle)) continue;
      walkForMeta = true;
    }
    // The standfirst under the headline sums the story up; Readability would fold its lone paragraph
    // into the body and lose the class name that tells it apart.
    // The class names are tested first: an element's text is read only for the few they name.
    if (!walkForMeta) {
      // A camel-cased class's words apart: "edn_articleSummary" names a summary.
      const className = (el.getAttribute('class') ?? '').replace(CAMEL_HUMP, '$1 $2');
      const deckClass: boolean = !deckTaken && tag !== 'H1' && paragraphsAtHeadline === scan.paragraphs.length &&
        scan.elements - elementsAtHeadline <= MAX_ELEMENTS_TO_DECK && DECK_UNDER_HEADLINE_CLASS.test(className);
      const standfirstClass = STANDFIRST_CLASS.test(className);
      if ((deckClass || standfirstClass) && (el.textContent ?? '').length <= MAX_STANDFIRST_CHARS) {
        const deck: boolean = deckClass && el.querySelector(NOT_IN_A_DECK) === null;
        if (deck || standfirstClass) {
          deckTaken ||= deck;
          scan.prune.push(el);
          continue;
        }
      }
    }
    if (tag === 'DIV' && !walkForMeta && isLineBlock(el)) scan.lineBlocks.push(el);
    if (tag === 'P' && !walkForMeta) {
      // The byline and date set in a paragraph under the headline ("<p class="info"><time>… von NAME")
      // do not begin the story: a standfirst may still follow them.
      const storyNotBegun = paragraphsAtHeadline === scan.paragraphs.length;
      scan.paragraphs.push(el);
      if (storyNotBegun && (isMetaParagraph(el) || isCaptionParagraph(el))) paragraphsAtHeadline++;
    }
    if (tag === 'A' && scan.authorLinks.length < MAX_AUTHOR_LINKS && paragraphsAtHeadline === scan.paragraphs.length && AUTHOR_HREF.test(el.getAttribute('href') ?? '')) {
      scan.authorLinks.push(el);
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop === 'datePublished') scan.datePublished ??= el;
    else if (itemprop === 'publisher') scan.publisher ??= el;
    const named = classAndId(el);
    const comments = inComments || (COMMENTS_RE.test(named) && COMMENTS_RE.test(named.replace(COMMENTS_OFF_RE, '')));
    if (!comments) {
      if ((itemprop && AUTHOR_TOKEN.test(itemprop)) || AUTHOR_TOKEN.test(el.getAttribute('rel') ?? '')) {
        if (scan.authorMarks.length < 8) scan.authorMarks.push(el);
      } else if (BYLINE_RE.test(named) && !PICTURE_CREDIT_CLASS_RE.test(named) && !AUTHOR_DESCRIPTION_CLASS_RE.test(named) && scan.bylines.length < 8) scan.bylines.push(el);
      // A CMS's labelled field ("<span class=itemExtraFieldsLabel>Correspondent:</span> <span>Kamran Sipra</span>"): the field is a byline.
      else if (FIELD_LABEL_CLASS.test(named) && el.parentNode !== null && scan.bylines.length < 8 && AUTHOR_FIELD_LABEL.test(normalizeSpace(el.textContent ?? ''))) scan.bylines.push(el.parentNode as DomElement);
      else if (DATE_CLASS_RE.test(named) && scan.dateMarks.length < 8) scan.dateMarks.push(el);
      else if ((tag === 'DIV' || tag === 'SPAN' || tag === 'P' || tag === 'TD') && HEADLINE_MARK_RE.test(named) && scan.headlineMarks.length < 8) scan.headlineMarks.push(el);
    }
    const kids = el.childNodes;
    // Pushed in reverse so the walk is in document order (first h1, first time element).
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if (k.nodeType === 1) stack.push([k as DomElement, d + 1, comments, inArticle || tag === 'ARTICLE', walkForMeta]);
    }
  }
  return scan;
}

/** Elements that may hold a headline on a page without an <h1> (old table layouts set it in <b> or <font>). */
const HEADLINE_TAGS = new Set(['h2', 'h3', 'b', 'strong', 'font', 'span', 'p']);
/** How many such elements are looked at, from the top of the page. */
const MAX_HEADLINE_CANDIDATES = 3000;

/** The first element whose text is one of the page's titles, for pages that set their headline without an <h1>. */
function headlineElement(body: DomElement, titles: Array<string | null>): DomElement | null {
  const wanted = new Set(titles.filter((t): t is string => !!t && t.length >= 10).map((t) => t.toLowerCase()));
  if (!wanted.size) return null;
  const longest = Math.max(...Array.from(wanted, (t) => t.length));
  for (const el of elementsByTag(body, HEADLINE_TAGS).slice(0, MAX_HEADLINE_CANDIDATES)) {
    const raw = el.textContent ?? '';
    if (raw.length > longest * 2 + 40) continue;
    if (wanted.has(normalizeSpace(raw).toLowerCase())) return el;
  }
  return null;
}

/** The parts of a document title between its separators. */
const DOC_TITLE_SEPARATORS = /\s+(?:::|[|–—·•»:/])\s+|\s+-\s+/u;

/** The one part of a document title with several that the body prints alone in an element, and that element. */
function printedTitlePart(body: DomElement | null, docTitle: string): { el: DomElement; text: string } | null {
  if (!body) return null;
  const parts = docTitle.split(DOC_TITLE_SEPARATORS).map((part) => part.trim()).filter(headlineLike);
  if (parts.length !== 1 || parts[0] === docTitle) return null;
  const el = headlineElement(body, parts);
  return el ? { el, text: parts[0]! } : null;
}

/** A short line that is a date and little else ("Stand: 26.08.2026, 18:40 Uhr"). */
function dateAlone(b: Block, dopts: DateOptions): boolean {
  return b.text.length < MAX_DATE_LINE && !/[.!?]["”’]?$/.test(b.text) && dateLine(b.text, dopts) !== null;
}
/** Longest line read as a date line alone. */
const MAX_DATE_LINE = 80;

/** A place's name of one to three capitalised words: "Málaga", "San Pedro Cholula". */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|do|da))?(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;

/** Paragraphs read above an element for the story's text; a page's chrome holds fewer. */
const MAX_PARAGRAPHS_ABOVE = 300;
/** A node's place after another, as `compareDocumentPosition` tells it. */
const FOLLOWING = 4;

/** Whether a paragraph of the story's kind (a sentence of 20 words or more) stands above `el`: a related list's heading under an article has one. */
function proseAbove(doc: DomDocument, el: DomElement): boolean {
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS_ABOVE)) {
    if (el.compareDocumentPosition(p) & FOLLOWING) return false;
    const text = normalizeSpace(p.textContent ?? '');
    if (text.split(' ').length >= MIN_PARAGRAPH_WORDS && /[.!?…]["”’»]?$/u.test(text)) return true;
  }
  return false;
}

/** A site's name after a bar closing a document title: "… | Málaga al Día". */
const NAME_AFTER_BAR = /\s[|–—·•»]\s+[^|–—·•»]{2,40}$/u;

/** Up to `n` element siblings following `el`. */
function elementsAfter(el: DomElement | null, n: number): DomElement[] {
  const out: DomElement[] = [];
  for (let next = el?.nextElementSibling ?? null; next && out.length < n; next = next.nextElementSibling) out.push(next);
  return out;
}

/**
 * The elements right under the headline, where a byline and a date sit: its next four siblings (a
 * standfirst, the writer's name, their job, the date), and when the headline is wrapped in a header
 * of its own, the header's next siblings.
 */
function underHeadline(h1: DomElement | null): DomElement[] {
  const parent = h1?.parentNode as DomElement | null | undefined;
  const wrapped = parent && parent.tagName !== 'BODY' && parent.tagName !== 'ARTICLE' && parent.tagName !== 'MAIN';
  return [...elementsAfter(h1, 4), ...(wrapped ? elementsAfter(parent, 2) : [])];
}

/** The element right before the headline, where some sites print the edition's date. */
function besideHeadline(headline: DomElement | null): DomElement[] {
  const before = headline?.previousElementSibling as DomElement | null | undefined;
  return before ? [before] : [];
}

/** A UTC moment told in the page's own zone: the offset of its other <time> elements, or the day it prints. */
function inPageTime(utc: string, times: readonly DomElement[], dateLines: DomElement[], dopts: DateOptions): string {
  for (const t of times) {
    const offset = /([+-])(\d{2}):?(\d{2})$/.exec(t.getAttribute('datetime') ?? '');
    if (!offset || (offset[2] === '00' && offset[3] === '00')) continue;
    return atOffset(Date.parse(utc), (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])));
  }
  // A <time> of the same moment that prints it on the page's clock: <time datetime="2026-06-29T04:34:00Z">June 28, 2026 11:34 PM</time>.
  for (const t of times) {
    if (Date.parse(t.getAttribute('datetime') ?? '') !== Date.parse(utc)) continue;
    const text = normalizeSpace(t.textContent ?? '');
    const shown = visibleDateLine([text], dopts);
    const local = shown && onPrintedDay(utc, shown.iso, text);
    if (local) return local;
  }
  const printed = printedDate(dateLines, dopts) ?? printedPublishedTime(times, dopts);
  // The clock printed beside the day ("10:10 PM") gives the page's offset.
  return (printed && onPrintedDay(utc, printed.iso, printed.line)) ?? utc;
}

/**
 * The day the first <time> element not marked as an update shows: the date of a bare-date
 * `datetime` ("2026-12-14"), else the date it prints ("Published 13 Nov 2026, 7:40 am"), with its text
 * for the clock.
 */
function printedPublishedTime(times: readonly DomElement[], dopts: DateOptions): { iso: string; line: string } | null {
  for (const t of times) {
    const text = normalizeSpace(t.textContent ?? '');
    if (NOT_PUBLISHED_RE.test(`${t.getAttribute('class') ?? ''} ${text}`)) continue;
    const bareDay = /^\d{4}-\d{2}-\d{2}$/.exec(t.getAttribute('datetime') ?? '')?.[0];
    return bareDay ? { iso: bareDay, line: text } : visibleDateLine([text], dopts);
  }
  return null;
}

/** Longest line at the top of the body read as a byline on its own. */
const MAX_BODY_BYLINE_WORDS = 10;
/** A block this long at the top of the body is a paragraph: a name after it is no byline. */
const MIN_PARAGRAPH_WORDS = 20;
/** A line that labels its date as the publication's. */
const PUBLISHED_LABEL = new RegExp(String.raw`^\s*(?:${PUBLISHED_WORDS.join('|')})(?![\p{L}])`, 'iu');

/** The first publication date stated in short text blocks (bylines, the line under a headline). */
function visibleDate(elements: DomElement[], dopts: DateOptions): string | null {
  return printedDate(elements, dopts)?.iso ?? null;
}

/** The same, with the line that states it. */
function printedDate(elements: DomElement[], dopts: DateOptions): { iso: string; line: string } | null {
  for (const el of elements) {
    const found = visibleDateLine(bylineLines(el), dopts);
    if (found) return found;
  }
  return null;
}

/** The first publication date in byline lines, skipping what an "Updated" clause states, with the line that states it. */
function visibleDateLine(lines: string[], dopts: DateOptions): { iso: string; line: string } | null {
  // "Created: Tuesday, 21 April 2026 21:40" over "Published: Wednesday, 22 April 2026 06:00" (Joomla's
  // article info): the line that says published comes first.
  const labelled = lines.filter((line) => PUBLISHED_LABEL.test(line));
  for (const line of [...labelled, ...lines]) {
    const part = publishedPart(line);
    const found = part === null ? undefined : findDates(part, dopts)[0];
    if (found && part !== null) return { iso: found.iso, line: part };
  }
  return null;
}


/** Separators between a headline and a site name in a document title. */
const TITLE_SEPARATOR = /^\s*(?:::|[|\-–—:·•»/])\s*|\s*(?:::|[|\-–—:·•»/])\s*$/g;

/**
 * The site name a document title adds to the headline ("Headline - Site", "Site: Headline",
 * "Section: Headline | Site"), or null. The headline must be found in the title, so what is left is
 * the name: a suffix before a prefix (a prefix is as often a section or a place).
 */
function titleSiteName(docTitle: string, headlines: Array<string | null>): string | null {
  const lower = docTitle.toLowerCase();
  for (const h of headlines) {
    if (!h || h.length < 10) continue;
    const at = lower.indexOf(h.toLowerCase());
    if (at < 0) continue;
    const suffix = docTitle.slice(at + h.length);
    const prefix = docTitle.slice(0, at);
    for (const part of [suffix, prefix]) {
      if (!/^\s*(?:::|[|\-–—:·•»/])|(?:::|[|\-–—:·•»/])\s*$/.test(part)) continue;
      const name = part.replace(TITLE_SEPARATOR, '').split(/\s+(?:::|[|–—·•»/])\s+|\s+-\s+/)[0]?.trim() ?? '';
      const words = name.split(/\s+/).length;
      if (name.length >= 2 && name.length <= 60 && words <= 6 && /\p{L}/u.test(name) && !/\d{3}/.test(name)) return name;
    }
    return null;
  }
  return null;
}

/**
 * A blog's name set as the page's <h1> and opening its <title> ("Karas Business Review: Aussenkehr
 * grape exports head for record …", Blogger's way) or closing it after a bar: the name is the site's,
 * not a headline.
 */
function blogNameInH1(docTitle: string, h1: string): string | null {
  if (h1.length < 2 || headlineLike(h1)) return null;
  const lower = docTitle.toLowerCase();
  // Or closing it, after a bar ("Gubbio, studio sul Bottaccione: … | La Voce dell’Ingino").
  const rest = lower.startsWith(h1.toLowerCase())
    ? /^\s*(?:::|[|\-–—:·•»])\s+(.+)$/u.exec(docTitle.slice(h1.length))
    : lower.endsWith(h1.toLowerCase())
      ? /^(.+?)\s+(?:::|[|\-–—·•»])\s*$/u.exec(docTitle.slice(0, docTitle.length - h1.length))
      : null;
  return rest && headlineLike(rest[1]!) ? h1 : null;
}

/** An h1 that reads as a headline (a sentence's worth of words), not a site name or a section label. */
function headlineLike(h1: string): boolean {
  return h1.length >= 20 && h1.split(/\s+/).length >= 4;
}

/** Class or id words of a consent banner, pop-up or sign-up box, whose heading ("We value your privacy") is no headline. */
const OVERLAY_RE = /cookie|consent|gdpr|privacy|popup|pop-up|modal|overlay|newsletter|paywall|subscribe/i;

function inOverlay(el: DomElement): boolean {
  for (let node = el.parentNode as DomElement | null; node?.tagName && node.tagName !== 'BODY'; node = node.parentNode as DomElement | null) {
    // The story's own <article> holds no banner, whatever its class says (Substack's "newsletter-post").
    if (node.tagName === 'ARTICLE') return false;
    if (OVERLAY_RE.test(classAndId(node))) return true;
  }
  return false;
}

/** A heading its class names the entry's title, worded as a headline, in no comment thread or banner. */
function namedEntryTitle(el: DomElement): boolean {
  const names = classAndId(el);
  return HEADLINE_CLASS_RE.test(names) && !COMMENTS_RE.test(names) && readsAsHeadline(el);
}

/** Whether an element's text is shaped like a headline, outside an overlay (a cookie banner, a modal). */
function readsAsHeadline(el: DomElement): boolean {
  return headlineLike(normalizeSpace(el.textContent ?? '')) && !inOverlay(el);
}

/** The page's regions beside the story: a sidebar's, a menu's and the footer's headings are none of its. */
const SIDE_REGION = 'aside, nav, footer, [class~="sidebar"], [id^="sidebar"], [class~="widget"], [class~="block-menu"]';

/** The <h2> that reads as the page's headline: one whose class says so, else the first headline-like one outside a banner. */
function h2Headline(h2s: readonly DomElement[]): DomElement | null {
  const like = h2s.filter(readsAsHeadline);
  return like.find((el) => HEADLINE_CLASS_RE.test(classAndId(el))) ?? like[0] ?? null;
}

/** Most blocks read above the headline inside the content: kickers, breadcrumbs, section labels. */
const MAX_ABOVE_HEADLINE = 5;
/** Most blocks read above the line under a headline Readability took out: a whole menu may stand there. */
const MAX_ABOVE_BELOW_HEADLINE = 40;
/** Most words of a line above the headline that is a note, a label or a kicker rather than the story. */
const MAX_NOTE_ABOVE_HEADLINE_WORDS = 25;

/**
 * Drops the short lines above the headline when the content holds the headline near its top: what
 * sits above a headline (a kicker, a breadcrumb, a section label) is never the article's text. When
 * Readability took the headline out as the title, the line that followed it on the page (`below`,
 * a standfirst or a byline) marks where the article starts.
 */
function dropAboveHeadline(blocks: Block[], headlines: Array<string | null>, root: DomElement, below: string | null): Block[] {
  const wanted = new Set(headlines.filter((h): h is string => !!h).map((h) => h.toLowerCase()));
  const top = blocks.slice(0, MAX_ABOVE_HEADLINE + 1);
  let at = top.findIndex((b) => wanted.has(b.text.toLowerCase()));
  if (at < 0 && below) at = blocks.slice(0, MAX_ABOVE_BELOW_HEADLINE + 1).findIndex((b) => b.text === below);
  if (at <= 0) return blocks;
  const above = blocks.slice(0, at);
  // A story's paragraph above it means the match is no headline; a compiler's note ("Compiled by M.
  // Cassar, Friday 2 October 2026. For internal use only.") is no paragraph of the story.
  if (above.some((b) => b.text.split(/\s+/).length > MAX_NOTE_ABOVE_HEADLINE_WORDS)) return blocks;
  for (const b of above) removeBlock(b, root);
  return blocks.slice(at);
}

function cleanSource(raw: string | null): string | null {
  if (!raw) return null;
  const s = metaParts(normalizeSpace(decodeEntities(raw)))[0]?.trim() ?? '';
  if (!s || /^https?:\/\//i.test(s) || s.length > 80) return null;
  return s;
}

const CAPTION_SEL = 'figcaption, [class*="caption"], [class*="credit"], [class*="Caption"], [class*="share"], [class*="social"], [class*="related"], [class*="newsletter"], [class*="promo"], [class*="advert"], [class~="ad"], [class~="ads"], [id*="comments"], [class*="comments"], [class*="byline"], [class*="Byline"], [class*="author"], [class*="autor"], [class*="auteur"], [class*="signature"], [class*="assinatura"], [class*="verfasser"], [class*="tags"], [class*="kicker"], [class*="eyebrow"], [class*="overline"], [class*="vinjett"], [class*="dachzeile"], [class*="antetitulo"], [class*="surtitre"], [class*="breadcrumb"], [class*="standfirst"], [class~="dek"], [class~="deck"], [class~="summary"], [class~="article-summary"], [class~="entrada"], [class~="entradilla"], [class~="linha-fina"], [class~="sottotitolo"], [class~="occhiello"], [class~="catenaccio"], [class*="legenda"], [class*="didascalia"], [class*="bildunterschrift"], [class*="subheadline"], [class*="sub-headline"], aside, nav, form, button';

/** Donation, membership and paywall boxes, by class or id. */
const APPEAL_SEL = ['donat', 'paywall', 'subscri', 'abonn', 'membership', 'premium', 'spende', 'suscri', 'assinat', 'abbonam']
  .flatMap((w) => [`[class*="${w}"]`, `[id*="${w}"]`])
  .join(', ');
/** Longest text of an element removed as an appeal for its class name alone. */
const MAX_APPEAL = 600;

/** Most words of a heading opening the content read as a section's label ("The big story"). */
const MAX_LABEL_HEADING_WORDS = 3;
/** Fewest words of a heading read as a standfirst rather than a section heading. */
const MIN_STANDFIRST_WORDS = 8;

/** The main content and what Readability read around it (all null when Readability was not run). */
interface Picked {
  content?: DomElement | null;
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  textContent?: string | null;
}

/** The one Readability internal we replace; its shape is checked before it is replaced. */
interface TagLookup {
  _getAllNodesWithTag?: (node: DomElement, tagNames: string[]) => ArrayLike<DomElement>;
}

/**
 * Elements under `root` whose tag is one of `tags` (lower case), in document order: what
 * `querySelectorAll("p,div")` returns, by one walk over elements only.
 */
function elementsByTag(root: DomElement, tags: ReadonlySet<string>): DomElement[] {
  const out: DomElement[] = [];
  let el = root.firstElementChild;
  while (el) {
    if (tags.has(el.localName)) out.push(el);
    const child: DomElement | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    // No children: the next sibling, or the next sibling of the nearest ancestor that has one.
    let next: DomElement | null = null;
    for (let up: DomElement | null = el; up && up !== root; up = up.parentNode as DomElement | null) {
      next = up.nextElementSibling;
      if (next) break;
    }
    el = next;
  }
  return out;
}

/**
 * Readability finds elements by tag with `querySelectorAll("p,div")`; linkedom compiles the selector
 * anew on every call and matches it through a generic adapter, which on large pages costs more than
 * all of our own cleaning. The reader is given a lookup that returns the same elements, in the same
 * order, from a plain walk.
 */
function useTagLookups(reader: object): void {
  const r = reader as TagLookup;
  if (typeof r._getAllNodesWithTag !== 'function' || r._getAllNodesWithTag.length !== 2) return;
  const original = r._getAllNodesWithTag.bind(reader);
  r._getAllNodesWithTag = (node, tagNames) =>
    node.firstElementChild === undefined ? original(node, tagNames) : elementsByTag(node, new Set(tagNames.map((t) => t.toLowerCase())));
}

/** The prose region must hold this share of the paragraph text of the element it is chosen within. */
const REGION_SHARE = 0.9;
/** Paragraphs shorter than this are bylines, captions and teasers, not prose. */
const MIN_PARAGRAPH = 25;
/** Below this much paragraph text the page is not prose-shaped: Readability sees all of it. */
const MIN_PROSE = 500;
/**
 * A region whose text is at least this share paragraphs has nothing for Readability to weed out that
 * the block filter does not (measured on the development pages: same F1 with and without it there).
 */
const READABILITY_SKIP_SHARE = 0.95;

/**
 * The smallest element holding nearly all of the page's paragraph text, or null when the prose is
 * spread out (or there is too little of it) to say. Paragraph text is a cheap, robust signal: menus,
 * rails and teasers are links and short lines, an article is paragraphs.
 */
function proseRegion(body: DomElement, paragraphs: DomElement[]): { region: DomElement | null; proseChars: number } {
  const weight = new Map<DomNode, number>();
  let total = 0;
  for (const p of paragraphs) {
    const len = normalizeSpace(p.textContent ?? '').length;
    if (len < MIN_PARAGRAPH) continue;
    total += len;
    for (let n = p.parentNode; n; n = n.parentNode) weight.set(n, (weight.get(n) ?? 0) + len);
  }
  if (total < MIN_PROSE) return { region: null, proseChars: 0 };
  let node = body;
  for (;;) {
    const here = weight.get(node) ?? 0;
    let best: DomElement | null = null;
    let bestWeight = 0;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const w = weight.get(kids[i]!) ?? 0;
      if (w > bestWeight) {
        bestWeight = w;
        best = kids[i] as DomElement;
      }
    }
    if (!best || bestWeight < here * REGION_SHARE) break;
    node = best;
  }
  return node === body ? { region: null, proseChars: 0 } : { region: node, proseChars: weight.get(node) ?? 0 };
}

/** Share of the region's text that sits in prose paragraphs. */
function proseShare(region: DomElement, proseChars: number): number {
  return proseChars / Math.max(1, normalizeSpace(region.textContent ?? '').length);
}

/** The heading of a key-points box: "Key points", "L'essentiel", "Das Wichtigste in Kürze", "En resumen". */
const KEY_POINTS = /^(key (points|facts|takeaways|events|developments)|at a glance|in short|in brief|the essentials|what we know( so far)?|highlights|l['’]essentiel|en bref|ce qu['’]il faut retenir|das wichtigste( in kürze)?|auf einen blick|in kürze|lo (más )?importante|en resumen|claves|in breve|i punti chiave|em resumo|principais pontos|in het kort|het belangrijkste|kernpunten)\s*:?$/i;
/** Longest key-points box, in characters: a few one-line points. */
const MAX_KEY_POINTS = 1200;

/** The label heading of a key-points box (a heading naming it, then a list), or null for any other element. */
function keyPointsLabel(el: DomElement): DomElement | null {
  const text = normalizeSpace(el.textContent ?? '');
  if (text.length > MAX_KEY_POINTS || junkKind(text) !== null) return null;
  // Points that are links are a list of other stories ("Highlights" over video links).
  const links = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normalizeSpace(a.textContent ?? '').length, 0);
  if (links > text.length * 0.5) return null;
  const heading = el.querySelector('h2, h3, h4, strong');
  return heading && KEY_POINTS.test(normalizeSpace(heading.textContent ?? '')) && el.querySelector('li') ? heading : null;
}

/**
 * Moves a live blog's or explainer's key points into the prose region before everything around the
 * region is cut: the box sits between the headline and the entries, outside the paragraphs. Only
 * elements after the headline count; with no headline nothing is moved. (A standfirst there stays
 * out: the development pages' hand-made bodies leave standfirsts out, and taking them in costs F1.)
 */
function keepKeyPoints(region: DomElement, h1: DomElement | null): void {
  if (!h1) return;
  const headlineLine = new Set<DomNode>();
  for (let n: DomNode | null = h1; n; n = n.parentNode) headlineLine.add(n);
  if (headlineLine.has(region)) return;
  // Walking up from the region, the siblings before it, nearest first, until the headline's branch
  // (a dozen at most are examined: the box sits near the headline).
  const before: DomElement[] = [];
  let branch: DomElement | null = null;
  for (let child: DomElement = region; !branch && child.parentNode && child.tagName !== 'BODY'; child = child.parentNode as DomElement) {
    for (let s = child.previousElementSibling; s && before.length < 12; s = s.previousElementSibling) {
      if (headlineLine.has(s)) {
        branch = s;
        break;
      }
      before.push(s);
    }
  }
  if (!branch) return;
  // Inside the headline's branch, what follows the headline at each level, innermost (earliest) first.
  const inBranch: DomElement[] = [];
  for (let n: DomElement = h1; n !== branch && n.parentNode; n = n.parentNode as DomElement) {
    for (let s = n.nextElementSibling; s && inBranch.length < 12; s = s.nextElementSibling) inBranch.push(s);
  }
  const first = region.firstChild;
  for (const el of [...inBranch, ...before.reverse()].slice(0, 12)) {
    const label = keyPointsLabel(el);
    if (!label) continue;
    // The points are the news; their label would open the summary.
    label.remove();
    region.insertBefore(el, first);
  }
}

/** Cuts everything around `region` (siblings of it and of each ancestor), keeping the ancestors themselves. */
function isolate(region: DomElement, body: DomElement): void {
  for (let child: DomElement = region; child !== body && child.parentNode; child = child.parentNode as DomElement) {
    const siblings = Array.from(child.parentNode.childNodes);
    for (const s of siblings) if (s !== child && s.nodeType === 1) s.remove();
  }
}

/**
 * The article's content element: the region that holds the prose when paragraphs are nearly all of
 * it, else what Readability picks there; null on a page too large or too deep to read safely.
 */
function readArticle(doc: DomDocument, scan: Scan, headlineEl: DomElement | null): Picked | null {
  if (scan.elements > MAX_ELEMENTS || scan.depth > MAX_DEPTH || !doc.body) return null;
  // Readability's cost grows with the page; handing it only the region that holds the prose cuts
  // the cost and, measured on the development pages, its wrong picks too.
  const { region, proseChars } = proseRegion(doc.body, scan.lineBlocks.length ? [...scan.paragraphs, ...scan.lineBlocks] : scan.paragraphs);
  if (region) {
    keepKeyPoints(region, headlineEl);
    isolate(region, doc.body);
  }
  // Nearly all paragraphs: nothing for Readability to weed out that the block filter does not. Nor
  // when the prose is all in text blocks of line breaks, a site builder's record per block: Readability
  // would keep only the block it scores best.
  const builderBlocks = region !== null && scan.lineBlocks.length >= 2 && !scan.paragraphs.some((p) => normalizeSpace(p.textContent ?? '').length >= MIN_PARAGRAPH);
  if (region && (builderBlocks || proseShare(region, proseChars) >= READABILITY_SKIP_SHARE)) return { content: region, title: null, byline: null, publishedTime: null, textContent: region.textContent };
  try {
    // The serializer hands back the content element itself, so nothing is parsed twice.
    const reader = new Readability<DomElement>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => node as unknown as DomElement,
      // JSON-LD was already read above.
      disableJSONLD: true,
      // Class names tell captions and share bars apart below; sanitizing drops them afterwards anyway.
      keepClasses: true,
    });
    useTagLookups(reader);
    return reader.parse();
  } catch {
    return null;
  }
}

/** What the page offers as its title, from the metadata, Readability, the <title> and the headline. */
interface TitleSources {
  ldTitle: string | null;
  ogTitle: string | null;
  /** Readability's title: the document's <title>, whole when it finds no separator it knows. */
  readTitle: string | null;
  docTitle: string;
  /** The printed headline's text ('' when there is none). */
  h1: string;
  /** Whether the headline was found by its class, apart from the <title>. */
  headlineMarked: boolean;
  /** Whether the <h1> carries the page's one `itemprop="headline"`, itself or inside. */
  h1Microdata: boolean;
  /** Whether the theme names the printed headline the entry's title by its class ("entry-title"). */
  h1Classed: boolean;
  /** Whether the headline is the page's own under a note app's copy of the <title>. */
  underNoteTitle: boolean;
  source: string | null;
}

/** A title as the metadata's titles are compared: entities decoded, space normalised, lower case. */
const titleKey = (t: string): string => normalizeSpace(decodeEntities(t)).toLowerCase();

/** The distinct headlines the metadata's titles name. */
function metadataHeadlines(titles: readonly (string | null)[]): Set<string> {
  return new Set(titles.filter((t): t is string => !!t).map(titleKey));
}

/** Whether the metadata's titles name two or more headlines, none of them `h1`. */
function metadataDisagrees(titles: readonly (string | null)[], h1: string): boolean {
  const printed = titleKey(h1);
  const named = metadataHeadlines(titles);
  return named.size >= 2 && ![...named].some((t) => t.includes(printed) || printed.includes(t));
}

/**
 * Whether an <h1> names the site rather than a story ("Bienvenue sur L'Écho de la Garonne"): it holds
 * the publisher's name, or the part of the <title> after its last separator.
 */
function namesSite(h1: string, source: string | null, docTitle: string): boolean {
  const printed = h1.toLowerCase();
  const suffix = /[|–—·:-]\s*([^|–—·:-]{3,60})$/u.exec(docTitle)?.[1]?.trim().toLowerCase();
  return (!!source && printed.includes(source.toLowerCase())) || (!!suffix && printed.includes(suffix));
}

/** The article's title: the metadata's headline, unless the page prints the same story's headline otherwise. */
function chooseTitle({ ldTitle, ogTitle, readTitle, docTitle, h1, headlineMarked, h1Microdata, h1Classed, underNoteTitle, source }: TitleSources): string | null {
  if (underNoteTitle && h1) return normalizeSpace(decodeEntities(h1));
  // Readability's title is the document's <title>, whole when it finds no separator it knows.
  const fromDoc = docTitle ? stripTitleSuffix(docTitle, source) : null;
  // A headline the <title> does not contain is the better title ("Version imprimable - Site" over "Comté : ...").
  const h1Apart = !!h1 && headlineLike(h1) && !docTitle.toLowerCase().includes(h1.toLowerCase());
  let title: string | null =
    ldTitle ?? (ogTitle ? stripTitleSuffix(ogTitle, source) : null) ??
    // A marked headline the <title> does not hold is apart from it, and better than Readability's pick from the <title>.
    (readTitle && readTitle !== docTitle && !headlineMarked ? readTitle : null) ??
    (readTitle && !h1Apart ? fromDoc : null) ?? (h1 || null) ?? fromDoc;
  if (title && h1 && h1.length >= 10 && title.toLowerCase().includes(h1.toLowerCase())) title = h1;
  // The metadata's title written for search and sharing ("Q3 net profit up 58pc on CPO prices") over
  // the headline the page prints about the same story: the printed one is the article's.
  else if (title && h1 && headlineLike(h1) && sameStory(h1, title)) title = h1;
  // An <h1> the page's own microdata names the headline is the one it prints for this story, whatever
  // the metadata wrote for search and sharing.
  else if (title && h1 && h1Microdata && headlineLike(h1)) title = h1;
  // So does an <h1> the theme's class names the entry's title ("entry-title"): the metadata's one
  // headline was written for search and sharing ("Rock roll past Voodoos for NOJHL crown" over
  // "Beaudry's overtime winner gives Timmins the NOJHL title over Powassan in six games").
  else if (title && h1 && h1Classed && headlineLike(h1) && !namesSite(h1, source, docTitle)) title = h1;
  // The metadata at odds with itself (the <title>, og:title and JSON-LD give two or more headlines,
  // none of them the printed one): each was written for search or sharing, and the <h1> is the
  // page's own.
  else if (title && h1 && headlineLike(h1) && metadataDisagrees([ldTitle, ogTitle ? stripTitleSuffix(ogTitle, source) : null, fromDoc], h1) && !namesSite(h1, source, docTitle)) title = h1;
  if (title) title = normalizeSpace(decodeEntities(title));
  return title;
}

/**
 * Cuts what stands beside the story inside the content: captions, credits, share and related boxes,
 * a microdata description (the standfirst) and appeals; a container is cut only when it is small
 * next to the article, since a wrapper named "related" may hold it all.
 */
function stripAsides(content: DomElement): void {
  const contentChars = (content.textContent ?? '').length;
  for (const el of Array.from(content.querySelectorAll(CAPTION_SEL))) {
    // Only strip a container when it is small next to the article: a wrapper named "related" may hold it all.
    if ((el.textContent ?? '').length < contentChars * 0.4) el.remove();
  }
  // A microdata item's description inside the article is its standfirst (the teaser under the headline).
  for (const el of Array.from(content.querySelectorAll('[itemprop~="description"]'))) {
    if (!/\barticleBody\b/.test(el.getAttribute('itemprop') ?? '') && (el.textContent ?? '').length < contentChars * 0.4) el.remove();
  }
  for (const el of Array.from(content.querySelectorAll(APPEAL_SEL))) {
    // An appeal is a heading, a sentence or two and a button; a longer "premium" or "subscriber"
    // element is the part of the article that sits behind the paywall.
    const chars = normalizeSpace(el.textContent ?? '').length;
    if (chars <= MAX_APPEAL && chars < contentChars * 0.4) el.remove();
  }
}

/** The writer a marked-up byline names (rel=author, itemprop=author, a byline's class), most specific first. */
function markedAuthor(scan: Scan, source: string | null): string | null {
  let author: string | null = null;
  for (const el of [...scan.authorMarks, ...scan.bylines]) {
    const content = el.getAttribute('content');
    // Several marked authors in one byline ("By <a rel=author>A</a>, <a rel=author>B</a> and ...") are read together.
    const parent = el.parentNode as DomElement | null;
    const group = parent && scan.authorMarks.filter((m) => m.parentNode === parent).length > 1 ? parent : null;
    // An author box's description of the writer under their name is no byline ("Redacción" over "Noticias de Ituzaingó, …").
    const described = new Set(Array.from(el.querySelectorAll('[class]')).filter((d) => AUTHOR_DESCRIPTION_CLASS_RE.test(classAndId(d))).map((d) => normalizeSpace(d.textContent ?? '')));
    for (const line of group ? bylineLines(group) : content === null ? bylineLines(el) : [content]) {
      if (!described.has(normalizeSpace(line))) author ??= cleanAuthor(line, source);
    }
    if (author) break;
  }
  return author;
}

/**
 * Extracts article parts from an HTML page. `url` (the page's own address, if known) resolves relative
 * links when the page names no canonical URL or <base>.
 */
export function extractFromHtml(html: string, now: Date, url?: string | null): HtmlExtraction {
  if (roughDepth(html) > ROUGH_DEPTH_LIMIT) return extractFromTagSoup(html, now);
  const lean = stripInert(html);
  // linkedom leaves the body empty for a bare fragment ("<h1>..</h1><p>..</p>"): give it a document.
  const whole = /<html[\s>]|<body[\s>]/i.test(lean) ? lean : `<!doctype html><html><head></head><body>${lean}</body></html>`;
  const { document } = parseHTML(whole);
  const doc = document as unknown as DomDocument;
  // A document wrapping a saved page: its <title> and metadata (author, dates) are the wrapper's too.
  if (doc.body && dropAboveSkipLink(doc.body)) for (const el of Array.from(doc.head?.querySelectorAll('title, meta') ?? [])) el.remove();

  const scan = scanDocument(doc);
  const credits = pageCredits(doc);
  const metas = metaMap(scan.metas);
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() || null;
  const jsonLd = jsonLdObjects(scan.jsonLd);
  const ld = jsonLd.articles[0] ?? null;

  const baseHref = scan.base?.getAttribute('href') ?? null;
  const canonicalRaw =
    scan.canonical?.getAttribute('href') ?? meta(metas, 'og:url') ?? (ld ? str(ld.url) : null);
  const canonicalUrl = absoluteUrl(canonicalRaw, url ?? null);
  const base = absoluteUrl(baseHref, canonicalUrl ?? url ?? null) ?? url ?? canonicalUrl ?? null;

  const ogTitle = meta(metas, 'og:title', 'twitter:title');
  const ldTitle = ld ? str(ld.headline) : null;
  const firstH1 = scan.h1s[0] ?? null;
  let h1 = normalizeSpace(firstH1?.textContent ?? '');
  const docTitle = normalizeSpace(doc.title ?? '');

  const source =
    cleanSource(meta(metas, 'og:site_name', 'application-name', 'twitter:site:name')) ??
    cleanSource(ld ? str(deref(ld.publisher ?? null, jsonLd.byId)) : null) ??
    cleanSource(scan.publisher ? microdataName(scan.publisher) : null) ??
    titleSiteName(docTitle, [ldTitle, ogTitle, h1]) ??
    blogNameInH1(docTitle, h1);
  let headlineEl = firstH1;
  // A clipper's note title set as an <h1> over the clipped page (Evernote's "noteTitle"): it repeats
  // the <title>, and the page's own <h1> about the same story follows.
  const ownH1 = scan.h1s.length >= 2 && h1 === docTitle ? scan.h1s.slice(1).find((el) => sameStory(normalizeSpace(el.textContent ?? ''), docTitle)) : undefined;
  // Or a note app's copy of the <title>, the site's name after a bar, as its only <h1> (Trilium's
  // "data-trilium-h1"), over a page whose own headline it demoted to the first <h2>: that <h2> is the
  // headline when it tells the same story or a date stands right under it.
  const noteTitle = !ownH1 && scan.h1s.length === 1 && h1 === docTitle && NAME_AFTER_BAR.test(docTitle);
  const firstH2 = noteTitle ? scan.h2s.find(readsAsHeadline) : undefined;
  const ownH2 = firstH2 && !proseAbove(doc, firstH2) &&
    (sameStory(normalizeSpace(firstH2.textContent ?? ''), docTitle) || visibleDate(underHeadline(firstH2), { now, lang }) !== null) ? firstH2 : undefined;
  if (ownH1 ?? ownH2) {
    headlineEl = (ownH1 ?? ownH2)!;
    h1 = normalizeSpace(headlineEl.textContent ?? '');
  }
  // A theme's title bar setting the section as the page's <h1> ("Serie B", Avada's), with the post's
  // headline in an <h2> (or a later <h1>) named as the entry's title: that is the printed headline.
  if (headlineEl !== null && !ownH1 && !ownH2 && !headlineLike(h1)) {
    // A later <h1> named so comes first ("site-logo" over "content__title"); a comment thread's title
    // ("2 réflexions sur « … »") is none.
    const entryTitle = [...scan.h1s.slice(1), ...scan.h2s].find(namedEntryTitle);
    if (entryTitle) {
      headlineEl = entryTitle;
      h1 = normalizeSpace(entryTitle.textContent ?? '');
    }
  }
  // A blog engine's entry title: an <h2> linking to the page's own address, or an <h3> (FlatPress's),
  // under an <h1> that is only the site's name ("Lake Country Dispatch") or under no <h1> at all
  // (Weebly's "blog-title"); the <title> and og:title may carry a shorter SEO title.
  const siteNameH1 = headlineEl !== null && !ownH1 && !ownH2 && source !== null && h1.toLowerCase() === source.toLowerCase();
  // A theme's second <h1> under the one holding the site's name ("<h1>Niugini Trader</h1>" in the brand link): the post's title.
  const laterH1 = siteNameH1 ? scan.h1s.slice(1).find(readsAsHeadline) : undefined;
  if (laterH1) {
    headlineEl = laterH1;
    h1 = normalizeSpace(laterH1.textContent ?? '');
  }
  if (!laterH1 && (siteNameH1 || scan.h1s.length === 0) && canonicalUrl !== null) {
    const linksHere = (el: DomElement): boolean => {
      const href = el.querySelector('a')?.getAttribute('href');
      return href !== null && href !== undefined && absoluteUrl(href, canonicalUrl) === canonicalUrl && readsAsHeadline(el);
    };
    const permalinked = scan.h2s.find(linksHere) ?? Array.from(doc.querySelectorAll('h3')).find(linksHere);
    if (permalinked) {
      headlineEl = permalinked;
      h1 = normalizeSpace(permalinked.textContent ?? '');
    }
  }
  // No <h1>, and the page's microdata names one element its headline (TYPO3's news extension sets it
  // in an <h3 itemprop="headline">): that is the printed headline.
  const microdataHeadlines = headlineEl ? [] : Array.from(doc.querySelectorAll('[itemprop="headline"]')) as unknown as DomElement[];
  const microdataHeadline = microdataHeadlines.length === 1 && microdataHeadlines[0]!.tagName !== 'META' && headlineLike(normalizeSpace(microdataHeadlines[0]!.textContent ?? '')) ? microdataHeadlines[0]! : null;
  if (microdataHeadline) {
    headlineEl = microdataHeadline;
    h1 = normalizeSpace(microdataHeadline.textContent ?? '');
  }
  // Or one <h2> its class names the item's title (K2's "itemTitle" under a Joomla page with no <h1>).
  const classedH2s = headlineEl ? [] : scan.h2s.filter(namedEntryTitle);
  if (classedH2s.length === 1) {
    headlineEl = classedH2s[0]!;
    h1 = normalizeSpace(headlineEl.textContent ?? '');
  }
  // No <h1>, and the metadata at odds with itself (two or more headlines written for search and sharing): the page's
  // own is the first <h2> of the page's headline's shape outside its sidebars (Drupal's Garland prints a node's title so).
  const bareH2 = !headlineEl && metadataHeadlines([ldTitle, ogTitle ? stripTitleSuffix(ogTitle, source) : null, docTitle ? stripTitleSuffix(docTitle, source) : null]).size >= 2 ? scan.h2s.find((el) => readsAsHeadline(el) && el.closest(SIDE_REGION) === null) : undefined;
  if (bareH2) {
    headlineEl = bareH2;
    h1 = normalizeSpace(bareH2.textContent ?? '');
  }
  // No <h1> and no title in the metadata: the headline is set in another element.
  const untitled = !headlineEl && !ogTitle && !ldTitle;
  // One named as the story's headline ("<div class=story-hed>") that the <title> does not repeat
  // ("Site - Chicago Football News, Rumors & Analysis").
  const marked = untitled ? scan.headlineMarks.map((el) => ({ el, text: normalizeSpace(el.textContent ?? '') })).find((m) => headlineLike(m.text)) : undefined;
  const headlineMarked = marked !== undefined && !docTitle.toLowerCase().includes(marked.text.toLowerCase());
  // A part of the <title> the page prints alone in an element of its own (WP-Print's "The Siang
  // Chronicle » Headline » Print" over <p id="BlogTitle">Headline</p>): that part is the headline.
  const printedPart = untitled && !headlineMarked ? printedTitlePart(doc.body as unknown as DomElement | null, docTitle) : null;
  if (headlineMarked) {
    headlineEl = marked.el;
    h1 = marked.text;
  } else if (printedPart) {
    headlineEl = printedPart.el;
    h1 = printedPart.text;
  } else if (untitled && !docTitle.split(DOC_TITLE_SEPARATORS).some(headlineLike)) {
    // A <title> that is only a section and the site ("Sport | Tamar Valley Times"): an <h2>.
    headlineEl = h2Headline(scan.h2s);
    h1 = normalizeSpace(headlineEl?.textContent ?? '');
  }

  const locale = meta(metas, 'og:locale', 'content-language', 'language', 'dc.language')?.slice(0, 2).toLowerCase() ?? null;
  // Reading the whole body text just to guess a language is costly; the article text is guessed later if needed.
  let dateLang = lang ?? locale;
  const dopts: DateOptions = { now, lang: dateLang };
  let published =
    parseDate(ld ? str(ld.datePublished) ?? str(ld.dateCreated) : null, dopts) ??
    parseDate(
      meta(metas, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
        'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'DC.date', 'dc.date', 'date', 'article.published', 'cXenseParse:recs:publishtime',
        // Names other site software gives it: Open Graph variants, Chinese and Korean portals' own, scholarly pages'.
        'og:article:published_time', 'article:published', 'og:pubdate', 'og:release_date', 'release_date', 'publish_time', 'publishtime',
        'published_time', 'originalpublicationdate', 'article_date_original', 'og:regdate', 'citation_publication_date'),
      dopts,
    );
  if (!published) {
    const t =
      scan.datePublished ??
      scan.times.find((e) => e.hasAttribute('pubdate')) ??
      scan.times.find((e) => e.hasAttribute('datetime'));
    if (t && !NOT_PUBLISHED_RE.test(`${t.getAttribute('class') ?? ''} ${t.parentNode?.textContent?.slice(0, 80) ?? ''}`)) {
      // <abbr class="published" title="2024-03-14T10:32:00-03:00">10:32</abbr>: the microformat's date is its title.
      published = parseDate(t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.getAttribute('title') ?? t.textContent, dopts);
    }
  }
  // No machine-readable date: the visible byline or the line under the headline usually has one
  // ("Von Hans Müller | 3. Februar 2025, 08:15 Uhr").
  // Without an <h1>, the element holding the title is looked for only when a date or an author is missing.
  let area: DomElement[] | null = null;
  const headlineArea = (): DomElement[] =>
    (area ??= underHeadline(headlineEl ?? (doc.body ? headlineElement(doc.body, [ldTitle, ogTitle, docTitle ? stripTitleSuffix(docTitle, source) : null]) : null)));
  if (!published) published = visibleDate([...scan.bylines, ...headlineArea()], dopts);
  // Metadata in UTC where the page keeps its own time: the same moment, told in the page's zone
  // (the offset its other <time> elements carry) or on the day it prints above or below the
  // headline ("2025-12-02T18:00:00Z" on a page dated "Wed, Dec 03, 2025").
  else if (published.endsWith('+00:00')) published = inPageTime(published, scan.times, [...scan.bylines, ...headlineArea(), ...besideHeadline(headlineEl)], dopts);
  // "<div class=date>First published May 18 2025 - 6:45pm</div>" after the story.
  if (!published) published = visibleDate(scan.dateMarks, dopts);

  // Every person the JSON-LD names as an author, up to four: joined once the page's language is known.
  // A portal that files every story under its editor's account prints the editor as such ("Penulis:
  // Cut Rahmawati | Editor: Teuku Fadli"): that name is no author, and the byline on the page is read.
  const ldAuthors = [...new Set((ld ? jsonLdAuthors(ld.author ?? null, jsonLd.byId) : []).map((name) => cleanAuthor(name, source)).filter((a): a is string => a !== null))]
    .filter((name) => !labelledEditor(html, name))
    .slice(0, MAX_LD_AUTHORS);
  let author: string | null = ldAuthors[0] ?? null;
  author ??= cleanAuthor(meta(metas, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator'), source);
  // Marked-up bylines, most specific first; read before Readability runs, which may cut them away.
  author ??= markedAuthor(scan, source);
  // A link to the writer's page between the headline and the story, the name alone as its text.
  for (const link of author ? [] : scan.authorLinks) {
    const name = normalizeSpace(link.textContent ?? '');
    // Not a column's or a blog's name ("The Water Coolest").
    // Nor the editor's ("Editor: <a href="/author/rsumampouw/">Rivaldo Sumampouw</a>" after a desk's byline).
    if (bareName(name) && !/^the\s/i.test(name) && cleanAuthor(name, source) === name && !labelledEditor(html, name)) {
      author = name;
      break;
    }
  }
  // No marked-up byline: a short line under the headline that reads as one ("Par Claire Dubois").
  for (const el of author ? [] : headlineArea()) {
    if (author) break;
    for (const line of bylineLines(el)) author ??= bylineAuthor(line, source);
  }

  const ldBody = ld ? str(ld.articleBody) : null;

  // Read before Readability moves the page's nodes; only when it is the page's one such headline: a front page marks every teaser's.
  const h1Microdata = !headlineMarked && headlineEl !== null && (headlineEl === firstH1 || headlineEl === microdataHeadline) &&
    (headlineEl.getAttribute('itemprop') === 'headline' || headlineEl.querySelector('[itemprop="headline"]') !== null) &&
    doc.querySelectorAll('[itemprop="headline"]').length === 1;
  const headlineNames = headlineEl !== null ? classAndId(headlineEl) : '';
  const h1Classed = headlineEl !== null && HEADLINE_MARK_RE.test(headlineNames) && !COMMENTS_RE.test(headlineNames) && !inOverlay(headlineEl);
  // Chrome no article lives in goes before Readability scores the page: less to score, fewer wrong picks.
  for (const el of scan.prune) el.remove();
  // Byline and author-bio boxes have been read for the author; left in, a bio reads as a paragraph.
  for (const el of scan.bylines) if (normalizeSpace(el.textContent ?? '').length <= MAX_BYLINE_BOX) el.remove();
  // The hosts the page links to, read before Readability moves its nodes, when a title may end in a site's name.
  const hosts = doc.body && [docTitle, h1].some(mayEndInSiteName) ? linkHosts(doc.body) : null;
  // The first line under the headline, read before Readability moves the page's nodes.
  const belowHeadline = elementsAfter(headlineEl, 3).map((el) => normalizeSpace(el.textContent ?? '')).find((t) => t) ?? null;
  const parsed = readArticle(doc, scan, headlineEl);

  let title = chooseTitle({ ldTitle, ogTitle, readTitle: parsed?.title ? normalizeSpace(parsed.title) : null, docTitle, h1, headlineMarked, h1Microdata, h1Classed, underNoteTitle: ownH2 !== undefined, source });
  // A read-later copy's headline keeps the site's name ("… | Construction Record" over a link to
  // constructionrecord.co.uk): the name its links go to is the site's.
  if (title && hosts) title = withoutLinkedSiteName(title, hosts);

  author ??= cleanAuthor(parsed?.byline, source);
  published ??= parseDate(parsed?.publishedTime, dopts);

  if (!dateLang && parsed?.textContent) {
    dateLang = guessLanguage(parsed.textContent.slice(0, 5000));
    dopts.lang = dateLang;
  }
  // "Published: 12/11/2025" in a byline could not be read before the language was known; the
  // article's own text says which way the page writes its numeric dates.
  if (!published && parsed?.textContent) {
    dopts.dayFirst = dayFirstOnPage(parsed.textContent, dateLang);
    published = visibleDate([...scan.bylines, ...headlineArea()], dopts);
  }
  const content = parsed?.content ?? null;
  let paragraphs: string[] = [];
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  let bodyHtml: string | null = null;
  if (content) {
    stripAsides(content);
    const blocks = dropAboveHeadline(collectBlocks(content), [title, h1], content, belowHeadline);
    // A byline and date the page did not mark up may open the content ("Por Fernanda Ribeiro Publicado em 03/04/2025").
    // So may a byline alone ("By Miriam Kisakye, Jinja" in bold as the first line of the body).
    const bylineBlocks = new Set<Block>();
    const bylineWithDate = new Set<Block>();
    let prose = false;
    for (const [i, b] of blocks.slice(0, 3).entries()) {
      // "By Tom Ashworth9 December 2026": the byline's and the date's spans ran together.
      const text = b.text.replace(/(\p{Ll})(\d)/gu, '$1 $2');
      if (!isBylineWithDate(text, dopts)) {
        const words = b.text.split(/\s+/).length;
        // A standfirst that ends no sentence is no story paragraph, however long.
        prose ||= words >= MIN_PARAGRAPH_WORDS && /[.!?…]["”’»]?$/u.test(b.text);
        if (words > MAX_BODY_BYLINE_WORDS || /[.!?]["”’]?$/.test(b.text)) continue;
        // "Teksti: Henna Ala-Kokko | Kuvat: Teemu Rintala", "Γράφει η Ελένη Μαρκάκη" in bold over the
        // first paragraph, or a name alone ("KEFILWE SERETSE", as Blogger's users set a byline): the
        // credit is read, and is not the article's text. A name after a paragraph, or the one the
        // headline is about, is no credit.
        const bare = nameCase(b.text.trim());
        // A name over the writer's job ("Paweł Lipski" / "Dziennikarz Trójmiasto Teraz") is a credit even under a standfirst.
        const overJob = isJobLine(blocks[i + 1]?.text ?? '');
        const byName = (!prose || overJob) && bareName(bare) && (author === null || author === bare) && !(title ?? '').includes(bare);
        // Or a name beside the city filed from ("Rafael Ortega | Málaga").
        const [lead, place, ...more] = metaParts(b.text);
        const besidePlace = !prose && more.length === 0 && lead !== undefined && place !== undefined && bareName(lead) && PLACE_NAME.test(place) && (author === null || author === lead) ? lead : null;
        const named = bylineAuthor(b.text, source) ?? (byName ? bare : null) ?? besidePlace;
        if (named !== null) bylineBlocks.add(b);
        if (named !== null && overJob) bylineBlocks.add(blocks[i + 1]!);
        if (named !== null && author !== null && named !== author && creditedForPictures(b.text, author)) author = named;
        author ??= named;
        continue;
      }
      author ??= bylineAuthor(text, source);
      if (!published) published = visibleDateLine([text], dopts)?.iso ?? null;
      bylineWithDate.add(b);
      // Read as a byline with its date only once its parts were split: the filter below would not know it.
      if (text !== b.text) bylineBlocks.add(b);
    }
    // A standfirst right above the byline that opens the content: a short paragraph or one set wholly in bold or italics.
    // The headline may open the content; the standfirst is read after it.
    const opening = blocks[0]?.kind === 'h' && blocks[0].text.toLowerCase() === title?.toLowerCase() ? blocks.slice(1) : blocks;
    const [first, second, third] = opening;
    if (first && second && !bylineBlocks.has(first) && !bylineWithDate.has(first) && (bylineBlocks.has(second) || bylineWithDate.has(second)) &&
      first.text.split(/\s+/).length <= MAX_EMPHASISED_DECK_WORDS && (wholeInEmphasis(first.element) || first.kind === 'p')) {
      bylineBlocks.add(first);
    }
    // Or one set wholly in bold or italics right above a date line alone ("Stand: 26.08.2026, 18:40 Uhr"):
    // a radio or TV site's teaser, which prints no byline there.
    if (first && second && !bylineBlocks.has(first) && !bylineWithDate.has(first) && dateAlone(second, dopts) && !dateAlone(first, dopts) &&
      first.text.split(/\s+/).length <= MAX_EMPHASISED_DECK_WORDS && wholeInEmphasis(first.element)) {
      bylineBlocks.add(first);
    }
    // Or right below it, over the first plain paragraph ("By Tuyeni Shikongo" in bold, the standfirst
    // in italics, then the story: a blog's post body).
    if (first && second && third && (bylineBlocks.has(first) || bylineWithDate.has(first)) && !bylineBlocks.has(second) && !bylineWithDate.has(second) &&
      second.text.split(/\s+/).length <= MAX_EMPHASISED_DECK_WORDS && wholeInEmphasis(second.element) && !wholeInEmphasis(third.element)) {
      bylineBlocks.add(second);
    }
    // Or one set wholly in bold or italics and written as a headline, with no closing stop, opening the
    // content over a plain paragraph: "Three cattle routes, fines for damaged crops and no guns outside
    // the camps: what the new agreement says".
    const firstWords = first?.text.split(/\s+/).length ?? 0;
    if (first && second && first.kind === 'p' && second.kind === 'p' && !bylineBlocks.has(first) && !bylineWithDate.has(first) && wholeInEmphasis(first.element) &&
      !wholeInEmphasis(second.element) && !SENTENCE_CLOSE.test(first.text) && firstWords >= MIN_HEADLINE_DECK_WORDS && firstWords <= MAX_EMPHASISED_DECK_WORDS) {
      bylineBlocks.add(first);
    }
    for (const b of bylineBlocks) removeBlock(b, content);
    const keep = joinEntryTimes(filterBlocks(blocks.filter((b) => !bylineBlocks.has(b)), title, dopts, content));
    cutTail(keep, content);
    author = dropClosingMatter(keep, author, html, content);
    // A long heading opening the content, right before its first paragraph, is the standfirst set as a
    // subtitle (Medium's, many blogs'): the bodies measured leave standfirsts out.
    // A short one is a section's label over the story ("The big story", a newsletter's "Top story").
    const openingWords = keep[0]?.text.split(/\s+/).length ?? 0;
    if (keep.length > 2 && keep[0]!.kind === 'h' && keep[1]!.kind === 'p' && (openingWords >= MIN_STANDFIRST_WORDS || openingWords <= MAX_LABEL_HEADING_WORDS)) {
      removeBlock(keep.shift()!, content);
    }
    // A heading with nothing after it introduces a gallery or a rail that was cut, not article text.
    while (keep.length > 1 && keep[keep.length - 1]!.kind === 'h') removeBlock(keep.pop()!, content);
    dropAgencyCredit(keep, content);
    paragraphs = keep.map((b) => b.text);
    if (paragraphs.length) {
      const opening = readDateline(paragraphs[0]!, dopts);
      published ??= opening.date;
      paragraphs[0] = opening.text;
      [dateline, datelineAgency] = [opening.place, opening.agency];
      const town = opening.place === null ? boldTownDateline(keep[0]!) : null;
      if (town !== null) {
        const nodes = Array.from(keep[0]!.element.childNodes);
        const after = nodes[nodes.indexOf(town.element) + 1];
        town.element.remove();
        if (after?.nodeType === 3) after.textContent = (after.textContent ?? '').replace(/^\s+/u, '');
        paragraphs[0] = normalizeSpace(paragraphs[0]!.slice(town.text.length));
        dateline = town.place;
      }
    }
    bodyHtml = sanitizeBody(content, base);
  }

  const bodyWords = paragraphs.join(' ').split(/\s+/).length;
  if (ldBody && ldBody.length > 200 && (bodyWords < 50 || !paragraphs.length)) {
    paragraphs = ldBody.split(/\n+/).map(normalizeSpace).filter(Boolean);
    bodyHtml = paragraphsToHtml(paragraphs);
  }
  if (!paragraphs.length) {
    // Readability found nothing (or was skipped): read the visible text as a scraped page.
    for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, nav, header, footer'))) el.remove();
    const text = doc.body ? collectBlocks(doc.body).map((b) => b.text).join('\n') : '';
    const fromText = extractFromText(text, now, dateLang);
    paragraphs = fromText.paragraphs;
    bodyHtml = paragraphs.length ? paragraphsToHtml(paragraphs) : null;
    title ??= fromText.title;
    published ??= fromText.published;
    [dateline, datelineAgency] = [fromText.dateline, fromText.datelineAgency];
  }
  if (!published && paragraphs.length) {
    const lead = paragraphs[0]!.slice(0, 60);
    const d = findDates(lead, dopts)[0];
    if (d && d.index < 5) published = d.iso;
  }
  // "Caleb Nadeau and Sophie Thibodeau-Grant", "Ana Sofía Garza y Rodrigo Treviño".
  if (ldAuthors.length > 1 && author === ldAuthors[0]) author = joinNames(ldAuthors, dateLang);
  return { title, published, author, source, canonicalUrl, paragraphs, bodyHtml, lang: dateLang, credits, dateline, datelineAgency };
}

/** Labels of an editor's credit on a page: "Editor:", "Edited by", "Redaktur:", "Penyunting:". */
const EDITOR_LABEL = String.raw`(?:editor|edited by|redaktur|penyunting|editado por|a cura di|redaktion)`;

/**
 * An editor's label and the tags after it, up to the name it credits. Without the `u` flag: it scans
 * the whole page, and case-insensitive matching with it took nine times as long (1.8 against 0.19 ms
 * for a 180 KB page) for the same matches, every label being ASCII.
 */
const EDITOR_LABEL_BEFORE_NAME = new RegExp(String.raw`\b${EDITOR_LABEL}\s*:?\s*(?:<[^>]{0,300}>\s*){0,3}`, 'gi');

/**
 * Whether the page credits `name` as its editor, the label and the name parted by tags at most. The
 * name is compared as a string after each label: a pattern per name would be compiled anew for every
 * writer a process reads (see the architecture doc on regexp code).
 */
function labelledEditor(html: string, name: string): boolean {
  const wanted = name.toLowerCase();
  for (const label of html.matchAll(EDITOR_LABEL_BEFORE_NAME)) {
    const at = label.index + label[0].length;
    if (html.slice(at, at + name.length).toLowerCase() === wanted && !/\p{L}/u.test(html.charAt(at + name.length))) return true;
  }
  return false;
}

/** Tags whose end tag is optional, so they do not count towards nesting. */
const OPTIONAL_END = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'colgroup', 'tbody', 'thead', 'tfoot', 'rt', 'rp', 'optgroup']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Past this nesting the page is hostile or broken; parsing it with a DOM costs seconds. */
const ROUGH_DEPTH_LIMIT = 2000;

/** Nesting depth from a linear scan of the tags, before any DOM is built. */
function roughDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const n = html.length;
  for (let i = html.indexOf('<'); i >= 0 && i < n - 1; i = html.indexOf('<', i + 1)) {
    let j = i + 1;
    const closing = html.charCodeAt(j) === 47; // '/'
    if (closing) j++;
    const start = j;
    // Tag names are ASCII letters, digits and hyphens; anything else is text or a comment.
    for (let c = html.charCodeAt(j); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && j > start) || c === 45; c = html.charCodeAt(++j));
    if (j === start) continue;
    const name = html.slice(start, j).toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > ROUGH_DEPTH_LIMIT) break;
    }
  }
  return max;
}

/** Captions and credit elements read before cleaning drops them; a gallery's first few suffice. */
const MAX_CAPTIONS = 40;
function pageCredits(doc: DomDocument): string[] {
  const found = doc.querySelectorAll('figcaption, [class*="credit" i], [class*="caption" i]');
  const captions: { text: string; isCredit: boolean }[] = [];
  for (let i = 0; i < found.length && captions.length < MAX_CAPTIONS; i++) {
    const el = found[i]!;
    const text = normalizeSpace(el.textContent ?? '');
    if (text) captions.push({ text, isCredit: /credit/i.test(el.getAttribute('class') ?? '') });
  }
  return captionCredits(captions);
}

/** Markup too deep to parse: drop code and tags, then clean what is left as scraped text. */
function extractFromTagSoup(html: string, now: Date): HtmlExtraction {
  const text = html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|h[1-6]|li|tr|article|section|blockquote|header|footer|ul|ol|table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  const r = extractFromText(text, now);
  return {
    title: r.title,
    published: r.published,
    author: r.author,
    source: r.source,
    canonicalUrl: null,
    paragraphs: r.paragraphs,
    bodyHtml: r.paragraphs.length ? paragraphsToHtml(r.paragraphs) : null,
    lang: r.lang,
    dateline: r.dateline,
  };
}

/** A town's name in bold with a full stop: "Kaunertal.", "Bad Ischl.", "Imst/Landeck.". */
const BOLD_TOWN_DATELINE = /^\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}\p{Ll}+){0,2}\.$/u;

/**
 * "<strong>Kaunertal.</strong> Der Gepatschferner …": a town in bold with a full stop opening the story is its dateline,
 * as German-language local papers set it; the element, its text as the paragraph opens with it, and the town.
 */
function boldTownDateline(block: Block): { element: DomElement; text: string; place: string } | null {
  if (block.kind !== 'p') return null;
  const first = Array.from(block.element.childNodes).find((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '');
  if (first === undefined || first.nodeType !== 1) return null;
  const element = first as DomElement;
  if (!/^(?:STRONG|B)$/u.test(element.tagName)) return null;
  const text = normalizeSpace(element.textContent ?? '');
  if (!BOLD_TOWN_DATELINE.test(text) || !block.text.startsWith(text) || !/^\s+\p{Lu}/u.test(block.text.slice(text.length))) return null;
  return { element, text, place: text.slice(0, -1) };
}
