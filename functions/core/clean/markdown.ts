/**
 * Markdown cleaning: YAML front matter for metadata, `marked` for the body, then the same block
 * filter as HTML (no Readability: a Markdown file is the article, not a page around it).
 */
import { outlineAsParagraphs } from './outliner.js';
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { dayFirstOnPage, fetchTime, FETCHED_KEYS, findDates, onPrintedDay, parseDate, publishedPart, yearlessDayBefore, yearlessDayByPermalink, type DateOptions } from './dates.js';
import { PUBLICATION_WORD_RE, isJobLine } from './text-byline.js';
import { dateAlone, dateLine, labelledPublicationDate, readDateline } from './text-dates.js';
import { isAdCopy, isCreditedCaption, junkKind } from './boilerplate.js';
import { cutTail, dropAgencyCredit, dropClosingMatter, dropLeadChrome, filterBlocks, isStrip, joinEntryTimes, LITERAL_IMAGE } from './blocks.js';
import { isSiteName, linkedSiteName, linkHosts, mayEndInSiteName, namesLinkedHost, withoutLinkedSiteName } from './site-name.js';
import { AUTHOR_HREF, authorBesideDate, bareName, bylineAuthor, bylineLines, cleanAuthor } from './byline.js';
import { absoluteUrl, collectBlocks, isAdSlot, removeBlock, sanitizeBody, wholeInEmphasis, type Block, type DomElement } from './dom.js';
import type { Extraction } from './extraction.js';
import { joinNames } from '../author-names.js';
import { unwiki, withoutFootnotes, withoutSiteSyntax } from './markdown-syntax.js';
import { guessLanguage } from './lines.js';
import { countWords, endsNoSentence, metaParts, nameCase, normalizeSpace, sameStory, sameWording, withoutCommentCount } from './text-utils.js';
import { dropAboveSkipLink } from './wrapped-page.js';
import { escapeRegExp, wholeWordMentions } from '../words.js';
import { TAB_SITE_AFFIX } from './text-title.js';
import { keptMicrodata } from './markdown-in-html.js';

export type MarkdownExtraction = Extraction;

function field(front: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    let v = front[k];
    if (Array.isArray(v)) v = v[0];
    if (v && typeof v === 'object' && 'name' in v) v = (v as { name: unknown }).name;
    // MkDocs Material's blog dates: "date: { created: 2026-09-10, updated: 2026-09-12 }".
    else if (v && typeof v === 'object' && !(v instanceof Date) && ('created' in v || 'published' in v)) v = (v as { created?: unknown; published?: unknown }).created ?? (v as { published?: unknown }).published;
    if (typeof v === 'string' && v.trim()) return normalizeSpace(v);
    if (typeof v === 'number') return String(v);
    if (v instanceof Date) return v.toISOString();
  }
  return null;
}

/**
 * A writer given by their id in the site's author list ("author: sita-adhikari"), as the page writes
 * the name ("Sita Adhikari"); null when the id is not a slug or the name is nowhere on the page.
 */
function sluggedName(value: string, input: string): string | null {
  // "kmunnings": an initial run into the surname, as the page writes it ("Kaylah Munnings").
  const initialled = /^([a-z])([a-z]{3,})$/.exec(value);
  if (initialled) {
    const written = new RegExp(String.raw`(?<!\p{L})${initialled[1]}\p{Ll}+\s+${initialled[2]}(?:-\p{Lu}\p{Ll}+)?(?!\p{L})`, 'iu').exec(input);
    return written && /^\p{Lu}\S*\s+\p{Lu}/u.test(written[0]) ? written[0].replace(/\s+/g, ' ') : null;
  }
  if (!/^[a-z]+(?:[-_][a-z]+){1,3}$/.test(value)) return null;
  const written = new RegExp(String.raw`(?<!\p{L})${value.split(/[-_]/).join(String.raw`\s+`)}(?!\p{L})`, 'iu').exec(input);
  return written && /^\p{Lu}/u.test(written[0]) ? written[0].replace(/\s+/g, ' ') : null;
}

/** The tables of a TOML front matter read besides its top level: Zola keeps writers and bylines there. */
const ZOLA_TABLES: ReadonlySet<string> = new Set(['taxonomies', 'extra']);

/**
 * TOML front matter ("+++" fences, Hugo): `key = value` lines with strings, numbers, booleans,
 * dates and arrays of them, at the top level and in Zola's tables (after the top level's); other
 * tables and anything else are skipped.
 */
function parseTomlFront(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const scalar = (v: string): unknown => {
    const t = v.trim();
    const q = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(t);
    if (q) return q[1] !== undefined ? q[1].replace(/\\(["\\])/g, '$1') : q[2];
    if (t === 'true' || t === 'false') return t === 'true';
    return t;
  };
  let table = '';
  for (const line of text.split('\n')) {
    const head = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line);
    if (head) {
      table = head[1]!.trim();
      continue;
    }
    const m = /^\s*([\w.-]+|"[^"]+")\s*=\s*(.+?)\s*$/.exec(line);
    // Zola keeps the writers under [taxonomies] ("authors = [...]") and a byline under [extra]: read
    // those tables' keys too, after the top level's.
    if (!m || (table && !ZOLA_TABLES.has(table))) continue;
    const key = m[1]!.replace(/^"|"$/g, '');
    if (table && key in out) continue;
    const value = m[2]!.replace(/\s+#[^"']*$/, '');
    out[key] = value.startsWith('[')
      ? (value.replace(/^\[|\]$/g, '').match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g) ?? []).map(scalar)
      : scalar(value);
  }
  return out;
}

/** Longest text read as an image's caption. */
const MAX_CAPTION = 250;

/** The emphasis elements of `p` when they are all of its text, else null (an image inside prose). */
function emphasisOnly(p: DomElement): DomElement[] | null {
  const ems: DomElement[] = [];
  const kids = p.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.nodeType === 3 && (k.textContent ?? '').trim()) return null;
    if (k.nodeType !== 1) continue;
    const tag = (k as DomElement).tagName;
    if (tag === 'EM') ems.push(k as DomElement);
    else if (tag !== 'IMG' && tag !== 'BR') return null;
  }
  const text = ems.map((e) => e.textContent ?? '').join(' ').trim();
  return text && text.length <= MAX_CAPTION ? ems : null;
}

/**
 * Removes image captions, written in Markdown as an emphasised line right under the image
 * ("![..](..)" then "*Visitors queued on the opening day. Photo: Lena Marsh*"), in the image's
 * paragraph or in the next one.
 */
function dropImageCaptions(root: DomElement): void {
  for (const img of Array.from(root.querySelectorAll('p > img'))) {
    const p = img.parentNode as DomElement;
    if (!p.parentNode) continue;
    // A writer's avatar before the byline ("![](…/avatar-farancibia-50x50.jpg) por Facundo Arancibia …"):
    // the text beside it is the byline, no caption. A name alone beside one (a live blog's entry) goes with it.
    if (AVATAR_SRC.test(img.getAttribute('src') ?? '')) {
      if (bareName(normalizeSpace(p.textContent ?? ''))) p.remove();
      else img.remove();
      continue;
    }
    const own = emphasisOnly(p);
    if (own?.length) {
      for (const em of own) em.remove();
      continue;
    }
    // Plain text right under the image, in its paragraph: "Blick in das Plasmagefäß. Bildquelle: IPP".
    const text = normalizeSpace(p.textContent ?? '');
    if (p.firstElementChild === img && !(p.firstChild?.nodeType === 3 && (p.firstChild.textContent ?? '').trim()) && text && text.length <= MAX_CAPTION) {
      p.remove();
      continue;
    }
    const next = text ? null : p.nextElementSibling;
    if (next?.tagName === 'P' && !next.querySelector('img')) {
      if (emphasisOnly(next)?.length) next.remove();
    }
  }
}

/** An avatar's address: the word, Gravatar, or a thumbnail's size of two digits a side ("-50x50.jpg"). */
const AVATAR_SRC = /avatar|gravatar\.com|[-_]\d{2}x\d{2}\.\w{3,4}(?:$|\?)/i;

/** An ad server's address: "https://adclick.kapital.dk/c/88213", "https://ad.site.hu/click/7731", "https://annonse.site.no/klikk/772", "…/ad-banners/…". */
const AD_SERVER_URL = /^https?:\/\/(?:ads?|adclick|adserver|adserve|banners?|annonser?|annonces|reklamer?|werbung|anzeigen|publicidad|anuncios)\.|doubleclick\.net\/|googlesyndication\.com\/|\/(?:adclick|ad-?banners?|ads)\//i;
/** An image cut to one of the standard ad slot sizes: "termoaustral-728x90.gif", "/banners/300x250/…". */
const AD_SLOT_SIZE = /(?:^|[-_/.])(?:728x90|970x90|970x250|300x250|336x280|300x600|160x600|320x50|320x100|468x60)(?:[-_/.]|$)/i;
/**
 * A link to a site's home page that carries a campaign's tracking ("https://www.polderhallen.nl/?utm_source=…"):
 * from a picture alone in its paragraph, a paid banner whatever its size.
 */
const CAMPAIGN_HOME_LINK = /^https?:\/\/[^/?#]+\/?\?(?:[^#]*&)?utm_(?:source|medium|campaign)=/i;
/** Shortest word of the copy read as the name of the site a banner links to. */
const MIN_SITE_NAME_CHARS = 5;

/** Whether the copy names the site the link goes to: a word that is, or opens, its domain's name ("Tienda" for tiendala23.com.co). */
function namesSite(copy: string, href: string): boolean {
  const host = /^https?:\/\/(?:www\.)?([^/?#.]+)/i.exec(href)?.[1]?.toLowerCase();
  if (!host || host.length < MIN_SITE_NAME_CHARS) return false;
  return copy.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= MIN_SITE_NAME_CHARS && host.startsWith(w));
}

/** Most words of the ad's copy under its banner. */
const MAX_BANNER_COPY_WORDS = 30;

/**
 * An ad's banner, an image linking to an ad server or cut to an ad slot's size alone in its
 * paragraph, goes; so does its copy right under it, which a converted page sets as a paragraph of its
 * own ("Fastforrentet erhvervslån fra 4,9 % – få svar … hos Vestjysk Erhvervsfinans"): short, and no
 * sentence of the story, which would end in a full stop.
 */
function dropAdBanners(root: DomElement): void {
  for (const link of Array.from(root.querySelectorAll('p > a'))) {
    const p = link.parentNode as DomElement | null;
    if (!p?.parentNode || link.querySelector('img') === null || normalizeSpace(p.textContent ?? '') !== '') continue;
    const img = link.querySelector('img')!;
    const src = img.getAttribute('src') ?? '';
    const href = link.getAttribute('href') ?? '';
    if (!AD_SERVER_URL.test(href) && !AD_SERVER_URL.test(src) && !AD_SLOT_SIZE.test(src.split('?')[0]!) && !CAMPAIGN_HOME_LINK.test(href)) continue;
    const copy = p.nextElementSibling;
    const copyText = copy?.tagName === 'P' && copy.querySelector('img') === null ? normalizeSpace(copy.textContent ?? '') : '';
    // Copy that names the advertiser the banner names may end in a full stop ("Ny bil? Sjekk … hos Ofoten Bil i Narvik."),
    // by the picture's text or by the site it links to ("… Polderhallen Vastgoed heeft nog units …" under a link to polderhallen.nl).
    const advertiser = normalizeSpace(img.getAttribute('alt') ?? '');
    const namesAdvertiser = (advertiser.length >= 3 && copyText.includes(advertiser)) || namesSite(copyText, href) || isAdCopy(copyText);
    if (copyText !== '' && countWords(copyText) <= MAX_BANNER_COPY_WORDS && (namesAdvertiser || !/[.!?…]["”»’)]?$/u.test(copyText))) copy!.remove();
    p.remove();
  }
}

/**
 * Removes paragraphs that are only a row of three or more links between separators: a site's menu
 * ("[Home](/) · [News](/news) · [Podcast](/podcast)") or a row of related links. Not a theme's meta
 * row, which links the writer's page and a day: the byline reader takes it.
 */
function dropLinkRows(root: DomElement, dopts: DateOptions): void {
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const links = p.querySelectorAll('a');
    if (links.length < 3) continue;
    const text = normalizeSpace(p.textContent ?? '');
    let rest = text;
    for (const a of Array.from(links)) rest = rest.replace(normalizeSpace(a.textContent ?? ''), '');
    if (!/^[\s·|•/,–—-]*$/u.test(rest)) continue;
    // A theme's meta row of links (the writer's page, the day's archive, the comments) is the byline.
    const metaRow = Array.from(links).some((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? '')) && findDates(text, dopts).length > 0;
    if (!metaRow) p.remove();
  }
}

/** Most words a post's closing matter after a rule may hold, as a share of the words above it. */
const MAX_TAIL_SHARE = 0.35;
/** A paragraph this long after the rule is article text, not closing matter. */
const MAX_TAIL_PARAGRAPH_WORDS = 50;

/** A score card or a results line rather than prose: one word in six or more holds a figure. */
function isFigures(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.filter((t) => /\d/.test(t)).length * 6 >= tokens.length;
}

/**
 * A horizontal rule late in a post closes the article: what follows it ("Buy it here", a related
 * list, a newsletter box, a donation appeal, a licence line) is the site's, when it is short and
 * holds no paragraph of article length. Where several rules close a post (scores, a sign-off, the
 * comments), the earliest whose tail still reads so is where the article ends.
 */
function dropTailAfterClosingRule(root: DomElement): void {
  const kids: DomElement[] = [];
  for (let k = root.firstElementChild; k; k = k.nextElementSibling) kids.push(k);
  const words = kids.map((k) => countWords(k.textContent ?? ''));
  const total = words.reduce((n, w) => n + w, 0);
  let cutAt = -1;
  let after = 0;
  for (let i = kids.length - 1; i >= 0; i--) {
    after += words[i]!;
    const kid = kids[i]!;
    if (kid.tagName === 'P' && words[i]! >= MAX_TAIL_PARAGRAPH_WORDS && !isFigures(kid.textContent ?? '')) break;
    if (kid.tagName !== 'HR') continue;
    const before = total - after;
    if (before === 0 || after > before * MAX_TAIL_SHARE) break;
    cutAt = i;
  }
  if (cutAt >= 0) for (const k of kids.slice(cutAt)) k.remove();
}

/**
 * A table of figures under the story's last paragraph (a game's line score, a results grid) is the
 * report's facts, not its text: it goes, with no paragraph of article length after it.
 */
function dropClosingFigureTables(root: DomElement): void {
  const kids: DomElement[] = [];
  for (let k = root.firstElementChild; k; k = k.nextElementSibling) kids.push(k);
  const prose = (k: DomElement): boolean => k.tagName === 'P' && countWords(k.textContent ?? '') >= MIN_PROSE_WORDS && !isFigures(k.textContent ?? '');
  const lastProse = kids.findLastIndex(prose);
  const proseBefore = kids.slice(0, Math.max(0, lastProse)).filter(prose).length;
  if (lastProse < 0 || proseBefore < MIN_PROSE_OVER_FIGURES) return;
  // Under a facts label ("Box score", "Line score", "Scoring summary"), the figures may be plain
  // paragraphs too ("R H E" / "SOUTHERN MISS 000 030 100 00 – 4 9 1").
  let underFacts = false;
  for (const [at, k] of kids.entries()) {
    if (at <= lastProse) continue;
    const text = normalizeSpace(k.textContent ?? '');
    if (FACTS_LABEL.test(text)) {
      underFacts = true;
      k.remove();
      continue;
    }
    if (underFacts && k.tagName === 'P' && isFigures(text)) {
      k.remove();
      continue;
    }
    underFacts = false;
    if (k.tagName !== 'TABLE' || !isFigures(text)) continue;
    // With its heading ("Uitslag NK sprint vrouwen", "Key figures"), a short line over it.
    const over = kids[at - 1];
    if (over && at - 1 > lastProse && (/^H[2-6]$/.test(over.tagName) || (over.tagName === 'P' && countWords(over.textContent ?? '') <= MAX_LABEL_WORDS * 2 && endsNoSentence(normalizeSpace(over.textContent ?? ''))))) over.remove();
    k.remove();
  }
}
/** The label over a game's or a race's figures. */
const FACTS_LABEL = /^(?:box ?score|line ?score|scoring summary|scoring|final standings|standings|leaderboard|results|statistics|key figures)\s*:?$/i;
/** Article paragraphs that must stand above a closing table of figures for it to be read as the facts. */
const MIN_PROSE_OVER_FIGURES = 3;
/** Words of a paragraph read as article text there (a story's paragraphs; not a footer's lines). */
const MIN_PROSE_WORDS = 25;

/** Longest label after a date line's separators ("Men's Hoops, Big Ten", "6 min read"). */
const MAX_LABEL_WORDS = 4;
/** Lines at the top of a post read for its date and byline. */
const MAX_TOP_LINES = 5;
/** The label of a theme's author box, alone on its line. */
const WRITTEN_BY_ALONE = /^written by:?$/iu;
/** An update's label, in the languages read. */
const LAST_UPDATE = /(?<![\p{L}])(?:last[- ]updated|updated|zuletzt aktualisiert|aktualisiert|dernière mise à jour|mis à jour|última actualización|actualizado|ultimo aggiornamento|aggiornato|última atualização|atualizado|laatst bijgewerkt|bijgewerkt|opdateret|oppdatert|uppdaterad|zaktualizowano)(?![\p{L}])/iu;
/** Most words of a byline and update line read for its day when the page gives no other. */
const MAX_UPDATE_BYLINE_WORDS = 12;
/** A byline's label on a line of its own, the name on the next. */
const BYLINE_LABEL_ALONE = /^(?:author(?: of (?:the|this) (?:article|story))?|written by|words|reporter|autor(?:in|a)?|auteur|autore|forfatter|författare|skribent)\s*:$/i;
/** Longest line read as a date or byline line at the top ("Posted on 18 October 2025 by A and B · Match Reports · 6 min read"). */
const MAX_STAMP_CHARS = 120;

/** Blocks at the top of a page searched for a date alone on its line when no top line gave one. */
const MAX_BARE_DATE_BLOCKS = 30;

/**
 * A clipped page's chrome ("Share this post", "Copy link", the writer's avatar) can push its date
 * below the top lines; a paragraph that is only a date ("Feb 28, 2027") is still the page's.
 */
function bareDateAmong(blocks: readonly Block[], dopts: DateOptions): string | null {
  for (const b of blocks) {
    const iso = b.kind === 'p' && b.text.length <= 40 ? dateAlone(b.text, dopts) : null;
    if (iso) return iso;
  }
  return null;
}

/** Most characters of a day and month on a line of their own ("2 Mar", "November 14th"). */
const MAX_DAY_MONTH_CHARS = 20;

/**
 * A day without its year at the top ("2 Mar"), dated by a permalink anywhere in the file naming that
 * day: in a link, or escaped inside a share button's address ("u=https%3A%2F%2F…%2F2027%2F3%2F2%2F…").
 */
function yearlessDayAmong(blocks: readonly Block[], input: string, lang: string | null): string | null {
  const lines = blocks.filter((b) => b.kind === 'p' && b.text.length <= MAX_DAY_MONTH_CHARS);
  if (!lines.length) return null;
  const addresses = input.replace(/%2F/gi, '/');
  for (const b of lines) {
    const iso = yearlessDayByPermalink(b.text, addresses, lang);
    if (iso) return iso;
  }
  return null;
}

/** Most words of a standfirst. */
const MAX_DECK_WORDS = 60;
/** Most junk blocks (an editor's note, a correction, the lead picture's caption) between a standfirst and the story. */
const MAX_JUNK_UNDER_DECK = 3;

/** A paragraph set in no style of its own: a paragraph of the story. */
function plainParagraph(b: Block | undefined): boolean {
  return b?.kind === 'p' && !wholeInStyle(b);
}
/** Fewest words of a standfirst under the byline: a shorter styled line is a label ("In this issue"). */
const MIN_DECK_WORDS = 8;

/** The icon a published Notion page's callout opens with: the default bulb, or a pin, a note or an information sign. */
const CALLOUT_ICON = /^(?:💡|📌|📝|ℹ️?)\s/u;

/** A callout over the story's first paragraph ("💡 The engineering group now earns …") is its standfirst. */
function dropCalloutDeck(keep: Block[], root: DomElement): void {
  const [first, next] = keep;
  if (first && next && first.kind === 'p' && next.kind === 'p' && CALLOUT_ICON.test(first.text) && !CALLOUT_ICON.test(next.text) &&
    countWords(first.text) <= MAX_DECK_WORDS) removeBlock(keep.shift()!, root);
}

/** What may stand between a standfirst and the byline: the lead picture's caption, chrome, or a dateline's city alone ("BENGALURU"). */
function isBesideTheDeck(b: Block): boolean {
  return isCreditedCaption(b.text) || junkKind(b.text) !== null || LITERAL_IMAGE.test(b.text) ||
    (countWords(b.text) <= 3 && b.text === b.text.toUpperCase() && /\p{Lu}/u.test(b.text));
}

/** A paragraph set wholly in italics or bold, a subheading, or a line no sentence ends, of a standfirst's length. */
function isDeckOrKicker(b: Block): boolean {
  if (countWords(b.text) > MAX_DECK_WORDS || junkKind(b.text) !== null) return false;
  if (b.kind === 'h') return true;
  // A kicker or a standfirst written as plain text ("Wissen · Meeresforschung"): no sentence ends it.
  if (b.kind === 'p' && endsNoSentence(b.text)) return true;
  return wholeInStyle(b);
}

/** A paragraph set wholly in italics or bold. */
/** A writer's name and, after a comma, the town filed from: "Mutale Chishimba, Mansa"; the name, or null. */
function nameFromTown(text: string): string | null {
  // ("MARÍA JESÚS CARCELÉN | YESTE": in capitals, the town after a bar.)
  const m = /^([^,|]{5,40}?)(?:,|\s+\|)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.exec(nameCase(text.trim()));
  if (m === null || PUBLICATION_WORD_RE.test(text)) return null;
  // ("**Na Asha Salum, Chake Chake**": Swahili's "by" before the name.)
  const name = /^Na\s/u.test(m[1]!) && bareName(m[1]!.slice(3)) ? m[1]!.slice(3) : m[1]!;
  return bareName(name) ? name : null;
}

function wholeInStyle(b: Block): boolean {
  return b.kind === 'p' && wholeInEmphasis(b.element);
}

/** Blogger's post footer: "Posted by NAME at 9:14 AM". */
const BLOGGER_POSTED_BY = /^Posted by (\p{Lu}[\p{L}'’. -]{2,60}?) at \d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/u;

/** A post's tag, a paragraph of its own under the story: "salibandy", "urheilu", "#climate". */
const TAG_ALONE = /^#?\p{Ll}[\p{L}\p{N}-]*(?:\s+\p{Ll}[\p{L}\p{N}-]*){0,2}$/u;

/** Two or more tags, each a paragraph of its own, closing what is left of the page: no story ends on them. */
function dropTrailingTags(keep: Block[], root: DomElement): void {
  let n = 0;
  while (n < keep.length && keep[keep.length - 1 - n]!.kind === 'p' && TAG_ALONE.test(keep[keep.length - 1 - n]!.text.trim())) n++;
  if (n >= 2 && n < keep.length) for (const b of keep.splice(keep.length - n, n)) removeBlock(b, root);
}

/** Most words of the line under an author box's heading: a short biography. */
const MAX_AUTHOR_BOX_BIO_WORDS = 40;

/**
 * An author box closing the page, whoever it names: a heading that is only a link to a writer's page
 * ("#### [Redacción VDH](…/author/redaccion/)") over a short biography, or nothing.
 */
function dropLinkedAuthorBox(keep: Block[], root: DomElement): void {
  const at = keep.length - 2;
  const heading = keep[at];
  const bio = keep[at + 1];
  if (heading?.kind !== 'h' || bio === undefined || countWords(bio.text) > MAX_AUTHOR_BOX_BIO_WORDS) return;
  const links = heading.element.querySelectorAll('a');
  if (links.length !== 1 || normalizeSpace(links[0]!.textContent ?? '') !== heading.text.trim() || !AUTHOR_HREF.test(links[0]!.getAttribute('href') ?? '')) return;
  for (const b of keep.splice(at, 2)) removeBlock(b, root);
}

/** A paragraph that opens with a name set in bold or italics, the rest after a bar or a comma: "**Yessenia Satalaya** | Tarapoto". */
function nameInStyle(b: Block): boolean {
  const first = b.element.firstElementChild;
  const lead = normalizeSpace(first?.textContent ?? '');
  return b.kind === 'p' && first !== null && /^(?:strong|b|em|i)$/iu.test(first.tagName) && lead !== '' && b.text.trim().startsWith(lead) && /^\s*[|,]/u.test(b.text.trim().slice(lead.length));
}

/** A paragraph set wholly in italics. */
function wholeInItalics(b: Block): boolean {
  return wholeInStyle(b) && /^(?:em|i)$/iu.test(b.element.firstElementChild?.tagName ?? '');
}

/**
 * A date (and byline) line, maybe followed by short labels between separators: "Posted on 18
 * October 2025 by A and B · Match Reports · 6 min read".
 */
function stampLine(text: string, dopts: DateOptions): ReturnType<typeof dateLine> {
  // "Jake Lindgren September 12, 2026 4 Comments": a theme's comment count is no part of the date or the name.
  const parts = metaParts(withoutCommentCount(text));
  for (let keep = parts.length; keep >= 1; keep--) {
    if (parts.slice(keep).some((label) => countWords(label) > MAX_LABEL_WORDS)) break;
    const stamp = dateLine(parts.slice(0, keep).join(' · '), dopts);
    if (stamp) return stamp;
  }
  return null;
}

/**
 * A byline and a date on lines of their own in one paragraph ("**Ratna Wulandari (The Jakarta
 * Daily)**", line break, "Bandung ● Tue, November 25, 2025 ● 06:30 am"): the date line's stamp,
 * with the other line as what stands beside it.
 */
function stampOnOwnLine(b: Block, dopts: DateOptions): ReturnType<typeof dateLine> {
  if (!b.element.querySelector('br')) return null;
  const lines = bylineLines(b.element);
  if (lines.length !== 2) return null;
  for (const [k, line] of lines.entries()) {
    const stamp = publishedPart(line) !== null ? stampLine(line, dopts) : null;
    if (stamp) return { ...stamp, rest: lines[1 - k]! };
  }
  return null;
}

/** Most words before a writer's linked name: the byline's word ("Per", "Di", "Por"). */
const MAX_WORDS_BEFORE_WRITER_LINK = 2;

/**
 * "Per [Sílvia Forcadell](…/autors/silvia-forcadell)": a line whose one link goes to a writer's page
 * and names a person, after a byline's word in any language. The name is the link's text.
 */
function linkedWriter(b: Block): string | null {
  const name = b.element.querySelectorAll('a').length === 1 ? writerLinked(b) : null;
  if (name === null) return null;
  const text = b.text.trim();
  const before = text.slice(0, text.indexOf(name)).trim();
  if (text.endsWith(name) && countWords(before) <= MAX_WORDS_BEFORE_WRITER_LINK) return name;
  // "[Kavitha Sundaram](…/author/…), Senior Correspondent, The Coromandel Chronicle": the name, the job and the outlet.
  if (!text.startsWith(name)) return null;
  const [job, outlet, ...more] = text.slice(name.length).replace(/^\s*[,|–—-]\s*/u, '').split(/\s*,\s*/u);
  return more.length === 0 && job !== undefined && isJobLine(job) && (outlet === undefined || countWords(outlet) <= MAX_OUTLET_WORDS) ? name : null;
}
/** Most words of an outlet's name after a writer's job. */
const MAX_OUTLET_WORDS = 6;

/** The names a block links to writers' pages: one, or up to three joined as a byline joins them ("Jenna Kowalchuk and Darnell Ahenakew"). */
function writerLinked(b: Block, lang: string | null = null): string | null {
  const names = Array.from(b.element.querySelectorAll('a'))
    .filter((a) => AUTHOR_HREF.test(a.getAttribute('href') ?? ''))
    .map((a) => normalizeSpace(a.textContent ?? ''));
  if (names.length === 0 || names.length > MAX_LINKED_WRITERS || !names.every(bareName)) return null;
  return names.length === 1 ? names[0]! : joinNames(names, lang);
}
const MAX_LINKED_WRITERS = 3;

/** A list's item that is only the writer's name, linked to their page, over an item that is their job. */
function listedWriter(b: Block, next: Block | undefined): string | null {
  if (b.kind !== 'li' || next?.kind !== 'li' || !isJobLine(next.text.trim())) return null;
  return writerLinkedAlone(b.element, b.text.trim());
}

/** A member's profile on a blog platform ("/profile/shaneantoine/profile"). */
const PROFILE_HREF = /\/(?:profiles?|members?|users?)\/[^/?#]+/i;
/** How many elements above the headline are read for the writer's linked name. */
const MAX_WRITER_ABOVE = 4;

/**
 * The writer's name a few elements above the headline: alone in a paragraph that links it to the
 * writer's page, or in a byline of its own ("Written by Dilrukshi Gunawardena" over a K2 item's title).
 */
function writerAbove(heading: DomElement): string | null {
  for (let k = heading.previousElementSibling, n = 0; k && n < MAX_WRITER_ABOVE; k = k.previousElementSibling, n++) {
    const text = normalizeSpace(k.textContent ?? '');
    // (Read before the site's name is known: the front matter's comes later.)
    const byline = k.tagName === 'P' ? bylineAuthor(text, null) : null;
    if (byline) return byline;
    const linked = k.tagName === 'P' ? writerLinkedAlone(k, text) : null;
    if (linked) return linked;
  }
  return null;
}

/** The writer's name when an element holds it alone, linked to the writer's page ("[Tessa Lajeunesse](…/author/tessa/)"). */
function writerLinkedAlone(el: DomElement, text: string): string | null {
  const links = el.querySelectorAll('a');
  if (links.length !== 1) return null;
  const href = links[0]!.getAttribute('href') ?? '';
  return (AUTHOR_HREF.test(href) || PROFILE_HREF.test(href)) && normalizeSpace(links[0]!.textContent ?? '') === text && bareName(text) ? text : null;
}

/** How many elements under the headline are read for the writer's linked name. */
const MAX_WRITER_BELOW = 3;

/**
 * The writer's name alone in a paragraph or a small heading a few elements under the headline, linked to the
 * writer's page ("#### [Tessa Lajeunesse](…/author/tessa/)" beside the avatar, as Ghost's themes print it).
 */
function writerBelow(heading: DomElement): string | null {
  for (let k = heading.nextElementSibling, n = 0; k && n < MAX_WRITER_BELOW; k = k.nextElementSibling, n++) {
    const linked = /^(?:P|H[4-6])$/.test(k.tagName) ? writerLinkedAlone(k, normalizeSpace(k.textContent ?? '')) : null;
    if (linked) return linked;
  }
  return null;
}

/** How many elements above the headline are read for its day without a year. */
const MAX_DAY_ABOVE = 6;

/** The texts of the elements above the headline, at its level. */
function chromeAbove(heading: DomElement): string[] {
  const texts: string[] = [];
  for (let k = heading.previousElementSibling; k; k = k.previousElementSibling) texts.push(normalizeSpace(k.textContent ?? ''));
  return texts;
}

/**
 * A full date alone in its paragraph a few elements above the headline ("Monday, 08 June 2026" over
 * "# French Harbour City FC beat …", as a site builder prints a post's day); or a day without its year,
 * alone in its paragraph or list item ("- Mar 8" over "- 3 min read"), dated by the latest full date
 * that `printed` gives on or after it.
 */
function dayAbove(heading: DomElement, printed: () => string, dopts: DateOptions): string | null {
  // The nearest full date alone in its paragraph: the post's own, over its byline and tools ("Wednesday,
  // 17 June 2026 06:12" / "Written by …" / "Print Email"), not the template's day further up.
  for (let k = heading.previousElementSibling, n = 0; k && n < MAX_DAY_ABOVE; k = k.previousElementSibling, n++) {
    // (Or a heading that is only the day: Blogger's date header, "## Monday, May 25, 2026", under a banner's greeting for another day.)
    const text = k.tagName === 'P' || (/^H[2-6]$/u.test(k.tagName) && dateAlone(normalizeSpace(k.textContent ?? ''), dopts) !== null) ? normalizeSpace(k.textContent ?? '') : '';
    // (With a newsletter's issue or a reading time beside it: "Thursday, 19 November 2026 · Issue #231".)
    // (Not an update's day: "Päivitetty: 21. huhtik. 2026" under the post's own.)
    const fullDay = text && publishedPart(text) !== null ? (stampLine(text, dopts)?.iso ?? null) : null;
    if (fullDay) return fullDay;
  }
  // The printed dates are read only once a short line that may be a day and a month is found.
  let reference: string | null | undefined;
  for (let k = heading.previousElementSibling, n = 0; k && n < MAX_DAY_ABOVE; k = k.previousElementSibling, n++) {
    const lines = k.tagName === 'UL' || k.tagName === 'OL' ? Array.from(k.querySelectorAll('li')) : k.tagName === 'P' ? [k] : [];
    for (const line of lines) {
      const text = normalizeSpace(line.textContent ?? '');
      if (text.length > MAX_DAY_MONTH_CHARS) continue;
      reference ??= findDates(printed(), dopts).map((d) => d.iso.slice(0, 10)).sort().at(-1) ?? null;
      if (reference === null) return null;
      const iso = yearlessDayBefore(text, reference, dopts.lang);
      if (iso) return iso;
    }
  }
  return null;
}

/** A paragraph of two lines, a name over the writer's job: the name. */
function nameOverJob(b: Block): string | null {
  if (!b.element.querySelector('br')) return null;
  const lines = bylineLines(b.element);
  return lines.length === 2 && bareName(lines[0]!) && isJobLine(lines[1]!) ? lines[0]! : null;
}

/**
 * A metadata block of `Key: value` lines opening the file, up to the first blank line (Pelican,
 * MultiMarkdown). Read only when every line of the block is such a line (or indented, continuing the
 * one before) and it names a title or a date, so prose opening with "Note: …" stays prose.
 */
function readKeyValueHeader(input: string): { front: Record<string, unknown>; length: number } | null {
  const block = /^(?:[^\n]+\n)*?(?=\s*\n|$)/.exec(input)?.[0] ?? '';
  const lines = block.split('\n').filter((l) => l !== '');
  if (lines.length < 2) return null;
  const front = keyValueLines(lines, false);
  if (!front || (!('title' in front) && !('date' in front))) return null;
  return { front, length: block.length };
}

/**
 * `Key: value` lines, a value's indented lines continuing it. Strict: null at the first other line;
 * lenient (front matter YAML cannot parse, e.g. an unquoted "Photo: …" inside a caption): other
 * lines are skipped, and a double-quoted value is unquoted.
 */
function keyValueLines(lines: readonly string[], lenient: boolean): Record<string, unknown> | null {
  const front: Record<string, unknown> = {};
  let lastKey: string | undefined;
  for (const line of lines) {
    const kv = /^([A-Za-z][A-Za-z _-]{0,30}):[ \t]+(\S.*)$/.exec(line);
    if (kv) {
      lastKey = kv[1]!.trim().toLowerCase().replace(/[ -]+/g, '_');
      const value = kv[2]!.trim();
      const quoted = lenient ? /^"((?:[^"\\]|\\.)*)"$/.exec(value) : null;
      front[lastKey] = quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : value;
    } else if (/^[ \t]+\S/.test(line) && lastKey) front[lastKey] = `${String(front[lastKey])} ${line.trim()}`;
    else if (!lenient) return null;
  }
  return front;
}

/** Class names of a byline or dateline box. */
const BYLINE_BOX_CLASS = /byline|author|dateline|post-date|post-meta|article-meta|entry-meta|posted-on/i;
/** Class names of a kicker, a category label or a standfirst set in a span or a box of its own, and of a post's category and tag links. */
const KICKER_CLASS = /(^|[\s_-])(standfirst|dek|deck|kicker|eyebrow|overline|category-label|rubric|surtitre|chapeau|chapo|cat-links|tags-links|tag-links|entry-tags|post-tags)([\s_-]|$)/i;
/** Longest kicker or standfirst dropped by its class name. */
const MAX_KICKER_CHARS = 400;

/** Kickers and standfirsts marked by class ('[SPORTS | RUGBY SEVENS]{.category-label}' in Pandoc, '<p class="kicker">'). */
function dropMarkedKickers(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    if (!KICKER_CLASS.test(el.getAttribute('class') ?? '') || (el.textContent ?? '').length > MAX_KICKER_CHARS) continue;
    const parent = el.parentNode as DomElement | null;
    el.remove();
    // The paragraph that held only the span goes with it.
    if (parent && parent.tagName === 'P' && !normalizeSpace(parent.textContent ?? '')) parent.remove();
  }
}

/** Class names of the publication date, and of the update beside it. */
const PUBLISHED_CLASS = /(^|\s)(published|entry-date|date-published|post-date)(\s|$)/i;
const UPDATED_CLASS = /(^|\s)(updated|date-updated|date-modified|modified)(\s|$)/i;
/** Longest text of a date element. */
const MAX_DATE_CHARS = 80;

/** The date an element classed as the publication's gives; an update's element goes, so the date line reads as the publication's. */
function readMarkedDates(root: DomElement, dopts: DateOptions): string | null {
  let published: string | null = null;
  for (const el of Array.from(root.querySelectorAll('span[class]'))) {
    const className = el.getAttribute('class') ?? '';
    const text = normalizeSpace(el.textContent ?? '');
    if (text.length > MAX_DATE_CHARS) continue;
    if (PUBLISHED_CLASS.test(className)) published ??= parseDate(text, dopts);
    else if (UPDATED_CLASS.test(className) && parseDate(text, dopts) !== null) el.remove();
  }
  return published;
}

/** Class names of a preview card of another page. */
const LINK_CARD_CLASS = /(^|[\s_-])(kg-bookmark-card|bookmark-card|link-card|link-preview|embed-card|wp-block-embed)([\s_-]|$)/i;

/** Longest text of a raw HTML box in a Markdown file that is read as the site's chrome. */
const MAX_RAW_CHROME_CHARS = 400;
/** A paragraph this long inside a raw box is article text. */
const MIN_RAW_PROSE_WORDS = 25;

/**
 * Raw HTML boxes between a Markdown file's paragraphs ('<div class="popular">', '<div
 * class="disclaimer">', '<nav class="…">'): the article is written in Markdown, so a short classed box
 * is the site's (a menu, a ticker, a paywall line, a most-viewed list), unless it holds a paragraph
 * of prose.
 */
function dropRawChrome(root: DomElement): void {
  const boxes: DomElement[] = [];
  for (let k = root.firstElementChild; k; k = k.nextElementSibling) {
    if (/^(?:DIV|SECTION|NAV|FOOTER|HEADER|FORM|FIGURE|ASIDE)$/.test(k.tagName) && k.hasAttribute('class')) boxes.push(k);
  }
  for (const box of boxes) {
    // A link's preview card (Ghost's "kg-bookmark-card", an embed) shows another page, however long it runs.
    if (LINK_CARD_CLASS.test(box.getAttribute('class') ?? '')) {
      box.remove();
      continue;
    }
    if (box.tagName === 'FIGURE') continue;
    const text = normalizeSpace(box.textContent ?? '');
    // A byline box is read for the author and the date further on.
    if (text.length > MAX_RAW_CHROME_CHARS || BYLINE_BOX_CLASS.test(box.getAttribute('class') ?? '')) continue;
    if (Array.from(box.querySelectorAll('p')).some((p) => countWords(p.textContent ?? '') >= MIN_RAW_PROSE_WORDS && /[.!?]["”’]?$/u.test(normalizeSpace(p.textContent ?? '')))) continue;
    box.remove();
  }
}

/** The last blocks of a post, read for a signature at its foot. */
const MAX_FOOT_BLOCKS = 6;
const FOOT_SIGNATURE = /^By\s+(.{3,60}?)\s+on\s+(.{6,40}?)\.?$/u;

/** The word a block theme's post meta opens with, on a line of its own. */
const POST_META_START = /^(?:posted|published)$/i;
/** The post meta's lines read together: "Posted April 28, 2026 in Health, Science by Felicia Atanga". */
const POST_META = /^(?:posted|published)\s+(?:on\s+)?(.{6,40}?)(?:\s+in\s+.{1,120}?)?\s+by\s+(.{3,60})$/iu;
/** Most lines a post meta spreads over, and most words on each. */
const MAX_POST_META_BLOCKS = 7;
const MAX_POST_META_LINE_WORDS = 8;

/**
 * A WordPress block theme's post meta under the story, each of its parts a paragraph of its own once
 * converted ("Posted", "April 28, 2026", "in", the categories, "by", the writer): the date and the
 * writer, and the blocks it took.
 */
function postMeta(blocks: Block[], dopts: DateOptions): { published: string; author: string; taken: Block[] } | null {
  for (const [i, b] of blocks.entries()) {
    if (!POST_META_START.test(b.text)) continue;
    const taken = [b];
    for (const next of blocks.slice(i + 1, i + MAX_POST_META_BLOCKS)) {
      if (countWords(next.text) > MAX_POST_META_LINE_WORDS) break;
      taken.push(next);
      const m = POST_META.exec(taken.map((t) => t.text).join(' '));
      const published = m ? parseDate(m[1]!, dopts) : null;
      if (m && published && bareName(m[2]!.trim())) return { published, author: m[2]!.trim(), taken };
    }
  }
  return null;
}

/** Most words of a key in a document's metadata table ("Web headline (SEO)"). */
const MAX_TABLE_KEY_WORDS = 4;

/**
 * A newsroom document's metadata table above its headline (a Google Doc exported to Markdown):
 * rows of a key and a value ("Byline | Vivian Cheung, Markets Reporter", "Publish | Thu 15 Jan
 * 2026, 18:00 HKT"), three or more, removed and read with lower-cased keys.
 */
function metadataTable(root: DomElement, h1: DomElement | null): Record<string, string> | null {
  if (!h1) return null;
  let table: DomElement | null = null;
  for (let k = root.firstElementChild; k && k !== h1 && !table; k = k.nextElementSibling) if (k.tagName === 'TABLE') table = k;
  if (!table) return null;
  const out: Record<string, string> = {};
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    const cells: DomElement[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
    if (cells.length !== 2) return null;
    const key = normalizeSpace(cells[0]!.textContent ?? '').replace(/:$/, '').toLowerCase();
    if (!key || countWords(key) > MAX_TABLE_KEY_WORDS) return null;
    out[key] = normalizeSpace(cells[1]!.textContent ?? '');
  }
  if (Object.keys(out).length < 3) return null;
  table.remove();
  return out;
}

/** A paragraph of three or more `Key: value` lines (Notion's page properties), removed and read. */
function propertyLines(el: DomElement | null): Record<string, unknown> | null {
  if (el?.tagName !== 'P') return null;
  const lines = (el.textContent ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const read = lines.length >= 3 ? keyValueLines(lines, false) : null;
  if (read) el.remove();
  return read;
}

/** A published page property's label, a paragraph of its own over its value (Notion sites: "Published" / "May 27, 2026"). */
const PROPERTY_LABELS: ReadonlySet<string> = new Set([
  'published', 'publish date', 'date', 'author', 'authors', 'writer', 'reporter', 'section', 'sections', 'category', 'categories', 'tags', 'topic', 'topics',
  'created', 'last edited', 'last edited time', 'last updated', 'updated', 'reading time', 'read time', 'status', 'type', 'source', 'url',
]);
/** Most words of a property's value. */
const MAX_PROPERTY_VALUE_WORDS = 12;
/** Fewest label-and-value pairs that make a property block rather than a lone label. */
const MIN_PROPERTY_PAIRS = 2;

/** The properties under a published Notion page's heading, each label a paragraph over its value's: removed and read. */
function propertyPairs(h1: DomElement): Record<string, unknown> | null {
  const pairs: { key: string; label: DomElement; value: DomElement }[] = [];
  for (let label = h1.nextElementSibling; label?.tagName === 'P'; label = pairs[pairs.length - 1]!.value.nextElementSibling) {
    const key = normalizeSpace(label.textContent ?? '').replace(/:$/, '').toLowerCase();
    const value = label.nextElementSibling;
    if (!PROPERTY_LABELS.has(key) || value?.tagName !== 'P' || countWords(value.textContent ?? '') > MAX_PROPERTY_VALUE_WORDS) break;
    pairs.push({ key, label, value });
  }
  if (pairs.length < MIN_PROPERTY_PAIRS) return null;
  const out: Record<string, unknown> = {};
  for (const { key, label, value } of pairs) {
    out[key.replace(/ /g, '_')] = normalizeSpace(value.textContent ?? '');
    label.remove();
    value.remove();
  }
  return out;
}

/** A `Key: value` item of a reader app's metadata list ("Author: [[Fyns Erhverv]]", "Published Date: 2026-12-07"). */
const METADATA_ITEM = /^([\p{L}][\p{L} ]{1,24}):\s+(\S.*)$/u;
/** Elements between a heading and the metadata section under it (a cover picture). */
const MAX_BEFORE_METADATA = 2;

/**
 * A reader app's export under the headline (Readwise Reader: the cover, "## Metadata", a list of
 * "Author:", "Full Title:", "URL:", "Published Date:" items, then "## Full Document" over the page):
 * removed and read, with lower-cased keys, spaces as underscores.
 */
function metadataSection(h1: DomElement): Record<string, unknown> | null {
  let heading = h1.nextElementSibling;
  for (let n = 0; heading && !/^H[2-6]$/.test(heading.tagName) && n < MAX_BEFORE_METADATA; n++) heading = heading.nextElementSibling;
  const list = heading?.nextElementSibling;
  if (!heading || !/^H[2-6]$/.test(heading.tagName) || normalizeSpace(heading.textContent ?? '').toLowerCase() !== 'metadata' || list?.tagName !== 'UL') return null;
  const out: Record<string, unknown> = {};
  for (const item of Array.from(list.querySelectorAll('li'))) {
    const m = METADATA_ITEM.exec(normalizeSpace(item.textContent ?? ''));
    if (m) out[m[1]!.toLowerCase().replace(/ /g, '_')] = m[2]!;
  }
  if (Object.keys(out).length < MIN_PROPERTY_PAIRS) return null;
  // The heading over the document the list describes goes with it.
  const documentHeading = list.nextElementSibling;
  if (documentHeading?.tagName === heading.tagName && /^(?:full )?document$/i.test(normalizeSpace(documentHeading.textContent ?? ''))) documentHeading.remove();
  heading.remove();
  list.remove();
  return out;
}

/** The reader's highlights under an exported page ("## Highlights", the quoted passages, "(View Highlight)", the reader's notes): cut. */
function dropReaderHighlights(root: DomElement): void {
  const heading = Array.from(root.querySelectorAll('h2, h3')).find((h) => normalizeSpace(h.textContent ?? '').toLowerCase() === 'highlights');
  if (!heading) return;
  while (heading.nextElementSibling) heading.nextElementSibling.remove();
  heading.remove();
}

/** A title's closing site name: " - Belize Newsline", " | Central West Sport", " (Lapin Päivä)". */
const SITE_TAIL = /\s(?:[-|–—]\s+\S+(?:\s+\S+){0,3}|\([^()]{3,40}\))$/u;
/** Most elements of site chrome a clipped page holds above its headline. */
const MAX_CLIP_CHROME = 20;

/** Most words of a note's own label over a clipped page ("Tappara–Ilves 6.2."). */
const MAX_NOTE_LABEL_WORDS = 4;

/** A heading element's level: 1 for <h1>. */
const headingLevel = (el: DomElement): number => Number(el.tagName.slice(1));

/**
 * The first top-level heading (h1 or h2) within a clipped page's chrome whose text `accepts`. The
 * chrome ends where the story's prose begins: a heading below it heads what follows the story
 * ("## Related news", "## Comments (2)").
 */
function topHeading(from: DomElement, accepts: (text: string) => boolean, after = false, last = false, deepest = 2): DomElement | null {
  let found: DomElement | null = null;
  for (let k = after ? from.nextElementSibling : from.firstElementChild, n = 0; k && n < MAX_CLIP_CHROME; k = k.nextElementSibling, n++) {
    const text = normalizeSpace(k.textContent ?? '');
    // (Not the site's name as a link to its home page, "# [La Gazette des Causses](…/)", over the headline.)
    if (/^H[1-6]$/.test(k.tagName) && headingLevel(k) <= deepest && accepts(text) && !(last && mastheadHeading(k))) {
      if (!last) return k;
      // A lower heading under the headline is its standfirst ("## Two goals in 11 second-half minutes …").
      if (found === null || headingLevel(k) <= headingLevel(found)) found = k;
    }
    if (k.tagName === 'P' && countWords(text) >= MIN_RAW_PROSE_WORDS && /[.!?…]["”»’]?$/u.test(text)) return found;
  }
  return found;
}

/** Whether the lead picture comes right after the element, alone in its paragraph, with its credited caption under it. */
function overPicture(el: DomElement): boolean {
  const next = el.nextElementSibling;
  const caption = next?.nextElementSibling;
  return next?.tagName === 'P' && next.querySelector('img') !== null && normalizeSpace(next.textContent ?? '') === '' &&
    caption?.tagName === 'P' && isCreditedCaption(normalizeSpace(caption.textContent ?? ''));
}

/** A heading that is only a link to a site's home page: the site's name, not a headline. */
function mastheadHeading(heading: DomElement): boolean {
  const text = normalizeSpace(heading.textContent ?? '');
  const links = heading.querySelectorAll('a');
  if (links.length === 1 && normalizeSpace(links[0]!.textContent ?? '') === text) return homeLink(links[0]!);
  // Or the site's name under its logo, which links home and reads the same ("[![Pescara Sport 24](logo.png)](https://…/)").
  const logoLink = heading.previousElementSibling?.querySelector('a');
  const logo = logoLink?.querySelector('img');
  return links.length === 0 && logoLink != null && logo != null && normalizeSpace(logo.getAttribute('alt') ?? '') === text && homeLink(logoLink);
}

/** Most words of a site's name written as a page's first heading. */
const MAX_SITE_NAME_WORDS = 5;

/**
 * A heading that is the site's name, as its copyright line at the foot of the page writes it
 * ("# Montenegro Observer" … "© 2026 Montenegro Observer, Podgorica"): a converted page's masthead
 * that links nowhere.
 */
function copyrightHolderHeading(heading: DomElement, root: DomElement): boolean {
  const text = normalizeSpace(heading.textContent ?? '');
  if (text.length < 3 || countWords(text) > MAX_SITE_NAME_WORDS || /[.!?:]$/u.test(text)) return false;
  return new RegExp(String.raw`(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{4}(?:[-–]\d{2,4})?\s*)?(?:[Tt]he\s+)?${escapeRegExp(text)}(?![\p{L}\p{N}])`, 'u').test(root.textContent ?? '');
}

/** Whether a page's skip link ("[Skip to content](…#main-content)", "[Direct naar de inhoud](#main)") comes right after the element. */
function skipLinkAfter(el: DomElement): boolean {
  const next = el.nextElementSibling;
  const links = next?.tagName === 'P' ? next.querySelectorAll('a') : [];
  if (links.length !== 1) return false;
  const text = normalizeSpace(next!.textContent ?? '');
  const href = links[0]!.getAttribute('href') ?? '';
  // An anchor on the page itself, or a skip link's words before an anchor on the page's address.
  return normalizeSpace(links[0]!.textContent ?? '') === text && (href.startsWith('#') || (href.includes('#') && junkKind(text) !== null));
}

/** Whether a link goes to a site's home page. */
const homeLink = (link: DomElement): boolean => /^https?:\/\/[^/?#]+\/?$/i.test(link.getAttribute('href') ?? '');

/** Most elements between a note's title and the rule under its note. */
const MAX_NOTE_ELEMENTS = 6;

/** The rule under a note's title and its note, when one stands within a few elements of it. */
function ruleUnder(heading: DomElement): DomElement | null {
  for (let k = heading.nextElementSibling, n = 0; k && n < MAX_NOTE_ELEMENTS; k = k.nextElementSibling, n++) {
    if (k.tagName === 'HR') return k;
    if (/^H[1-6]$/.test(k.tagName)) return null;
  }
  return null;
}

/** "export const metadata = { … }" (or frontmatter, meta) in an MDX page, up to the line that closes it. */
const MDX_METADATA = /^export const (?:metadata|frontmatter|meta)\s*=\s*\{[ \t]*\n([\s\S]*?)\n\}[ \t]*;?[ \t]*$/m;

/**
 * The plain fields of an MDX metadata object (top-level "key: 'value'" lines) and the names of its
 * authors ("authors: [{ name: 'Rachel Kim', … }, …]"), joined as a byline would.
 */
function mdxMetadata(object: string): Record<string, unknown> {
  const front: Record<string, unknown> = {};
  for (const m of object.matchAll(/^ {2}([A-Za-z_]\w*):\s*(['"`])(.*)\2,?\s*$/gm)) front[m[1]!] = m[3]!.replace(/\\(['"`])/g, '$1');
  const authors = /^ {2}authors?:\s*\[([\s\S]*?)^ {2}\]/m.exec(object)?.[1];
  const names = authors ? [...authors.matchAll(/name:\s*(['"`])(.*?)\1/g)].map((m) => m[2]!) : [];
  if (names.length) front['author'] = joinNames(names, null);
  return front;
}

/** Logseq's page properties: two or more "key:: value" lines opening the page. */
const LOGSEQ_PROPERTIES = /^(?:[a-z][\w-]*:: .*\n){2,}/;

/**
 * The file's metadata and the Markdown after it: YAML or TOML front matter (or its key lines when
 * the YAML cannot parse), Logseq's properties, Nikola's comment, Pandoc's title block, or Pelican's
 * and MultiMarkdown's "Key: value" header.
 */
function frontMatter(input: string): { front: Record<string, unknown>; body: string } {
  let body = input;
  let front: Record<string, unknown> = {};
  const fm = /^(?:---|\+\+\+)[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|$)/.exec(input);
  if (fm && input.startsWith('+++')) {
    front = parseTomlFront(fm[1] ?? '');
    body = input.slice(fm[0].length);
  } else if (fm) {
    try {
      // The core schema keeps dates as strings, so a zone offset is not lost to a Date object.
      // Pandoc writes Markdown's escapes into its metadata ("… de casa \| Notícias do Vouga"), which
      // a double-quoted YAML string refuses.
      const data: unknown = parseYaml((fm[1] ?? '').replace(PANDOC_ESCAPE, '$1'), { schema: 'core', maxAliasCount: 50 });
      if (data && typeof data === 'object' && !Array.isArray(data)) front = data as Record<string, unknown>;
      body = input.slice(fm[0].length);
    } catch {
      // Front matter YAML cannot parse (a "Photo: …" inside an unquoted caption): its key lines,
      // when they are most of the block; otherwise the fences were rules and the file is Markdown.
      const lines = (fm[1] ?? '').split('\n').filter((l) => l.trim() !== '');
      const keyed = keyValueLines(lines, true) ?? {};
      if (Object.keys(keyed).length >= 2 && Object.keys(keyed).length * 2 >= lines.length) {
        front = keyed;
        body = input.slice(fm[0].length);
      }
    }
  } else if (MDX_METADATA.test(input)) {
    // An MDX page's metadata as a JavaScript object: "export const metadata = { title: '…', … }".
    const block = MDX_METADATA.exec(input)!;
    front = mdxMetadata(block[1]!);
    body = input.replace(block[0], '\n');
  } else if (LOGSEQ_PROPERTIES.test(input)) {
    // A Logseq page: "key:: value" properties, then an outline in which every paragraph is a bullet.
    const props = LOGSEQ_PROPERTIES.exec(input)!;
    front = keyValueLines(props[0].split('\n').map((l) => l.replace('::', ':')).filter((l) => l.trim() !== ''), true) ?? {};
    body = outlineAsParagraphs(input.slice(props[0].length), true);
  } else {
    // Nikola's metadata: reStructuredText-style ".. title: …" lines in a comment at the top.
    const nikola = NIKOLA_META.exec(input);
    const keyed = nikola ? keyValueLines(nikola[1]!.split('\n').map((l) => l.replace(/^\s*\.\.\s+/, '')).filter((l) => l.trim() !== ''), true) : null;
    if (nikola && keyed) {
      front = keyed;
      body = input.slice(nikola[0].length);
    }
  }
  // Pandoc's title block: "% Title", "% Author(s)", "% Date" as the file's first lines.
  const pandoc = fm ? null : /^%[ \t]*(.*)\n(?:%[ \t]*(.*)\n)?(?:%[ \t]*(.*)(?:\n|$))?/.exec(input);
  if (pandoc) {
    front = { title: pandoc[1]?.trim() || undefined, author: pandoc[2]?.split(';')[0]?.trim() || undefined, date: pandoc[3]?.trim() || undefined };
    body = input.slice(pandoc[0].length);
  }
  // Pelican's and MultiMarkdown's metadata: "Title: …", "Date: …", "Authors: …" lines opening the file.
  const keyed = fm || pandoc ? null : readKeyValueHeader(input);
  if (keyed) {
    front = keyed.front;
    body = input.slice(keyed.length);
  }
  return { front, body };
}

/**
 * A converter's date without a clock ("date: 2026-12-05", trafilatura's, told in UTC) and the page's
 * printed date a day earlier or later ("04/12/2026 22h30"): the printed one is the page's own day.
 */
function printedOverDayOnly(front: string, printed: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(front)) return front;
  const apart = Math.abs(Date.parse(`${front}T00:00:00Z`) - Date.parse(`${printed.slice(0, 10)}T00:00:00Z`));
  return apart === 24 * 3600_000 ? printed : front;
}

/** Hours past the printed day's end that a zone's time may still be that day (UTC−12 is the farthest behind). */
const LATEST_ZONE_HOURS = 12;

/**
 * The printed day, where the front matter gives a later moment than any zone's hour of it: a note
 * app's export stamps the copy ("date: 2026-03-12T11:06:41Z" over a page printing "10 mar. 2026"),
 * and a page is published before it is copied.
 */
function printedBeforeCopy(front: string, printed: string): string | null {
  const frontTime = Date.parse(front);
  const printedEnd = Date.parse(`${printed.slice(0, 10)}T23:59:59Z`) + LATEST_ZONE_HOURS * 3600_000;
  return /T\d/.test(front) && Number.isFinite(frontTime) && frontTime > printedEnd ? printed : null;
}

/** A title and, after a bar, a site's name of a few words. */
const SITE_AFTER_BAR = /^(.{10,}?)\s+\|\s+[^|]{2,40}$/u;

/** A Markdown escape of punctuation (never of a YAML escape letter: "\\n", "\\t", "\\u"). */
const PANDOC_ESCAPE = /\\([|*_[\]#@$<>~^`])/g;

/** Nikola's metadata comment: "<!--\n.. title: …\n.. date: …\n-->". */
const NIKOLA_META = /^\s*<!--[ \t]*\n((?:[ \t]*\.\.[ \t]+[A-Za-z][\w-]*:.*\n)+)[ \t]*-->[ \t]*(?:\n|$)/;

/** The first level-one heading of a Markdown body. */
const FIRST_H1 = /^#[ \t]+(\S.*)$/mu;

/**
 * Whether a note app's front matter titles the clipping with the tab's short title, not the page's
 * headline: the note was created, not published; the title closes on a site's name the page writes
 * ("Courant" of "The Irish Courant"); and the page's own first heading is another line. Its date is
 * the note's too.
 */
function tabTitledNote(front: Record<string, unknown>, title: string, body: string): boolean {
  if (!('created' in front) || 'date' in front || 'published' in front) return false;
  const site = TAB_SITE_AFFIX.exec(title)?.[1];
  const heading = FIRST_H1.exec(body)?.[1]?.trim();
  if (site === undefined || heading === undefined || heading === title) return false;
  return wholeWordMentions(body.slice(0, body.indexOf(heading)), site).count > 0;
}

export function extractFromMarkdown(input: string, now: Date, url?: string | null): MarkdownExtraction {
  const { front, body } = frontMatter(input);
  const lang = field(front, 'lang', 'language')?.slice(0, 2).toLowerCase() ?? guessLanguage(body.slice(0, 5000));
  // Grav writes its dates day first ("03-12-2025"); the text says which way the page writes them.
  const dopts: DateOptions = { now, lang, dayFirst: dayFirstOnPage(body, lang), fetched: fetchTime(field(front, ...FETCHED_KEYS)) };
  // A clipper's "source" is the page's address.
  const sourceUrl = /^https?:\/\//i.test(field(front, 'source') ?? '') ? field(front, 'source') : null;
  const canonicalUrl = absoluteUrl(field(front, 'url', 'canonical', 'canonical_url', 'link', 'permalink') ?? sourceUrl, url ?? null);
  const base = canonicalUrl ?? url ?? null;

  const html = marked.parse(withoutSiteSyntax(withoutFootnotes(outlineAsParagraphs(body))), { async: false, gfm: true });
  // The root is an element no Markdown file writes: the parser closes the nearest open element of a
  // stray closing tag's name, and a stray "</div>" in raw HTML would close a <div> root there.
  const { document } = parseHTML(`<!doctype html><html><body><dropfeed-root>${html}</dropfeed-root></body></html>`);
  const root = document.querySelector('dropfeed-root') as unknown as DomElement;
  dropAboveSkipLink(root);
  dropAdBanners(root);
  dropImageCaptions(root);
  const microdata = keptMicrodata(root, dopts, field(front, 'source', 'site'));
  // Raw <aside> blocks (Notion's callouts, a clipper's notes, an explainer box) stand beside the
  // article, and so do raw ad slots ("<div class="ad-slot">").
  for (const aside of Array.from(root.querySelectorAll('aside'))) aside.remove();
  for (const el of Array.from(root.querySelectorAll('[class]'))) if (isAdSlot(el)) el.remove();
  dropRawChrome(root);
  dropMarkedKickers(root);
  // A converted page's date elements ("[September 1, 2026]{.entry-date .published}" in Pandoc's
  // Markdown): the publication's is read by its class, and the update beside it goes.
  const markedDate = readMarkedDates(root, dopts);
  dropLinkRows(root, dopts);
  // Read before the rule that closes the story takes what follows it.
  const meta = postMeta(collectBlocks(root), dopts);
  for (const b of meta?.taken ?? []) removeBlock(b, root);
  dropTailAfterClosingRule(root);
  dropClosingFigureTables(root);

  let title = field(front, 'title', 'headline');
  // A note app that titles a clipping with the page's first line ("Naar hoofdinhoud", "Skip to
  // content") wrote that front matter itself: its date and writer are the note's, not the article's.
  let noteFront = title !== null && (junkKind(title) !== null || tabTitledNote(front, title, body));
  if (noteFront) title = null;
  const frontTitled = title !== null;
  // Medium's export repeats the title and the subtitle as the first headings ("### Title",
  // "#### Subtitle"): a heading at the top that is the title or the front matter's description goes.
  const deck = field(front, 'description', 'subtitle', 'excerpt', 'summary');
  const topElements: DomElement[] = [];
  for (let k = root.firstElementChild; k && topElements.length < MAX_TOP_LINES; k = k.nextElementSibling) topElements.push(k);
  for (const k of topElements) {
    const text = k.textContent ?? '';
    if (/^H[2-6]$/.test(k.tagName) && (sameWording(text, title) || sameWording(text, deck))) k.remove();
  }
  let h1 = root.querySelector('h1');
  // A converted page's masthead: the site's name as its <h1>, a link to the site's home ("[Limousin
  // Curieux](https://www.limousin-curieux.fr/)" over "===="), with the story's headline in a lower
  // heading, or in a second `#` heading of its own (Showdown keeps a theme's two <h1>s). So is a first
  // heading that names the site the copyright line names.
  if (h1 && title === null && (mastheadHeading(h1) || copyrightHolderHeading(h1, root))) {
    // (Blogger's themes set a post's title as an <h3> under the blog's name.)
    const headline = topHeading(root, (text) => text.length > 20 && text !== normalizeSpace(h1!.textContent ?? ''), false, false, 3);
    if (headline && /^H[1-3]$/.test(headline.tagName)) {
      h1.remove();
      h1 = headline;
    }
  }
  // A theme that sets the headline in an <h2> under no <h1> (Joomla's K2 item view, "## Lanka Coastal Air
  // to launch …" under the date, the byline and the page's tools): that heading, before the story's prose.
  if (!h1 && title === null) h1 = topHeading(root, (text) => text.length > 20);
  // A clipped page's title as its first heading ("Harris Tweed output at seven-year high - Hebrides
  // Today") over the page, whose own headline follows in a lower heading about the same story: that
  // headline is the title, and what stands above it is the clipping's and the site's.
  // So does a note's own title with the site's name in brackets ("Issue 47 – Ranomafana frogs (Island
  // Science Dispatch)", "… (Lapin Päivä)"): the page's headline about the same story, lower down, is the title.
  // And so does a note's short label of the story ("Tappara–Ilves 6.2.") over the headline that tells it.
  const noteTitle = title ?? (h1 ? normalizeSpace(h1.textContent ?? '') : null);
  const shortLabel = title === null && noteTitle !== null && countWords(noteTitle) <= MAX_NOTE_LABEL_WORDS;
  // And so does a note's title over its own note and a rule, the page under the rule
  // ("Nan Madol lidar – article for Form 3 lesson", a note and a checklist, "---").
  const h1IsNote = noteTitle !== null && h1 !== null && normalizeSpace(h1.textContent ?? '') === noteTitle;
  const rule = h1IsNote ? ruleUnder(h1!) : null;
  // And so does a note's title right over the clipped page's skip link ("# T&T v Nicaragua – Savannah
  // Sport" over "[Skip to content](…#main-content)"): the page begins under it, whatever the note calls it,
  // and whether or not the note's metadata repeats the name ("Title: Knipsel Zeeuwse Stroom – mosselseizoen").
  const overPage = h1IsNote && skipLinkAfter(h1!);
  if (noteTitle && (SITE_TAIL.test(noteTitle) || shortLabel || rule || overPage)) {
    const about = (text: string): boolean => text !== noteTitle && text.length > (shortLabel ? 2 * noteTitle.length : 20) && (overPage || sameStory(text, noteTitle));
    // Over a clipped page's skip link, the site's name may head the page as well ("# The Spice Isle
    // Sentinel" over its motto and menu): the headline is the last heading before the story's prose.
    const headline = topHeading(root, about, false, overPage && !shortLabel) ?? (rule ? topHeading(rule, about, true) : null);
    if (headline) {
      title = normalizeSpace(headline.textContent ?? '');
      // Metadata that named the note, not the page under it, dated and signed the note too.
      if (overPage && frontTitled && title !== noteTitle) noteFront = true;
      if (h1IsNote) h1!.remove();
      h1 = headline;
    }
  }
  // A clipper's page names the clip in its own words ("Krnov – výkup domů u Opavice (Krnovský
  // zpravodaj)"); the clipped page's first heading is the headline.
  const clipped = /^https?:\/\//.test(field(front, 'source', 'url') ?? '') && /clip/i.test(String(front['type'] ?? front['tags'] ?? ''));
  if (!h1 && clipped) {
    const heading = topHeading(root, () => true);
    if (heading) {
      title = normalizeSpace(heading.textContent ?? '');
      h1 = heading;
    }
  }
  // Notion's export: the page's properties as `Key: value` lines under its heading ("Created: …",
  // "Tags: …", "URL: …"); a reader app's metadata list, whose page is followed by the reader's highlights. Metadata of the page, not body; "Created" is when the page was made (for a
  // clipped article, when it was clipped), so a date the article prints comes first.
  const readerMetadata = h1 ? metadataSection(h1) : null;
  if (readerMetadata) dropReaderHighlights(root);
  const properties = readerMetadata ?? (h1 ? (propertyLines(h1.nextElementSibling) ?? propertyPairs(h1)) : null);
  const docTable = metadataTable(root, h1);
  let aboveAuthor: string | null = null;
  let aboveDay: string | null = null;
  // (Read before the chrome over the headline goes.)
  const siteName = linkedSiteName(root);
  if (h1) {
    const h1Text = normalizeSpace(h1.textContent ?? '');
    if (!title) title = h1Text;
    // A clipped page's title carries the site's name after a bar ("… sin tren | El Eco de Osona"); the
    // page's own heading is the headline.
    if (title && h1Text.length >= 10 && title.toLowerCase().startsWith(h1Text.toLowerCase()) && /^\s+[|–—·•:-]\s+\S/u.test(title.slice(h1Text.length))) title = h1Text;
    // So does a page's <title> written for search, the site's name after a bar, over a printed
    // headline about the same story in other words ("Cheias em Águeda: 63 pessoas retiradas de casa |
    // Notícias do Vouga" over "Cheias em Águeda: rio galga margens …").
    const searchTitle = title ? SITE_AFTER_BAR.exec(title) : null;
    if (searchTitle && h1Text.length >= 20 && h1Text !== title && sameStory(h1Text, searchTitle[1]!)) title = h1Text;
    // The first heading repeats the title; it is not body, and what stands above it (a menu, a ticker,
    // a "LIVE" bar) is the site's, within the converted page's boxes too (Pandoc's fenced divs).
    if (sameWording(h1Text, title)) {
      // A blog platform's header sets the writer's linked name over the headline (Wix: the avatar, the
      // name, the day, the reading time): read before what stands above the headline goes.
      aboveAuthor = writerAbove(h1) ?? writerBelow(h1);
      // And its day without the year ("Mar 8"), dated by the day the copy says it was made: the note's
      // title ("… (copied 10 Mar 2026)") or the page's chrome above the headline.
      aboveDay = dayAbove(h1, () => [noteTitle ?? '', ...chromeAbove(h1)].join(' · '), dopts);
      for (let el: DomElement | null = h1; el && el !== root; el = el.parentNode as DomElement | null) {
        while (el.previousElementSibling) el.previousElementSibling.remove();
      }
      h1.remove();
    }
  }

  // "… since 2008 - Belize Newsline" over a link to belizenewsline.bz: the site's name the title ends
  // with is the one its links go to.
  const hosts = linkHosts(root);
  if (title && mayEndInSiteName(title)) title = withoutLinkedSiteName(title, hosts);

  // A web clipper's front matter keeps an empty "published:" (Obsidian) or the page's address as
  // "source:" (Joplin), and the day of the clipping as "created": that day is not the article's.
  const createdIsClipping = 'published' in front || /^https?:\/\//.test(field(front, 'source') ?? '');
  const frontDate = noteFront ? null : field(front, 'date', 'published', 'pubDate', 'publishDate', 'datePublished', 'date_published', 'published_at', 'publishedAt', 'publicationDate', ...(createdIsClipping ? [] : ['created']));
  let published = parseDate(frontDate, dopts) ?? markedDate ?? microdata.published;
  const sourceField = (sourceUrl ? null : field(front, 'source')) ?? field(front, 'site', 'site_name', 'publisher', 'publication') ?? (properties ? field(properties, 'source') : null);
  const source = sourceField ? unwiki(sourceField) || null : null;
  // "Carys Pritchard, Local Democracy Reporting Service": the writer before their desk or agency.
  // Obsidian's clipper links the author as a note: "[[Mia Hallett]]".
  const frontAuthor = noteFront ? null : field(front, 'author', 'authors', 'byline', 'creator');
  // An author id ("sita-adhikari") gives way to a byline on the page, which may name co-writers; so
  // does the blog's own name ("Salone Sports Hub") put where the writer's goes, or the name of the
  // site the page links to (a reader app's "Author: [[Fyns Erhverv]]" over "Af Karina Holst"), and so
  // does a clipper's guess from the page ("source: https://…"): a byline the page prints is surer.
  const slugged = frontAuthor ? sluggedName(unwiki(frontAuthor), input) : null;
  const frontIsGuess = frontAuthor !== null && (slugged !== null || PUBLICATION_WORD_RE.test(frontAuthor) || sourceUrl !== null || namesLinkedHost(unwiki(frontAuthor), hosts));
  const guessedAuthor = frontIsGuess ? slugged ?? cleanAuthor(unwiki(frontAuthor), null) : null;
  let author = cleanAuthor((frontAuthor && !guessedAuthor ? unwiki(frontAuthor) : null) ?? (docTable ? field(docTable, 'byline', 'author', 'writer', 'reporter') : null), field(front, 'source', 'site') ?? null);
  // Notion's "Reporter:" or "Author:" property names the writer; a reader app's export, the site's
  // name ("Author: [[Fyns Erhverv]]" over "Af Karina Holst"), when no byline on the page does.
  const propertyAuthor = properties ? cleanAuthor(unwiki(field(properties, 'author', 'authors', 'byline', 'writer', 'reporter') ?? ''), source) : null;
  const siteAsAuthor = propertyAuthor !== null && namesLinkedHost(propertyAuthor, hosts) ? propertyAuthor : null;
  if (!siteAsAuthor) author ??= propertyAuthor;
  author ??= microdata.author;
  if (docTable) published ??= findDates(field(docTable, 'publish', 'published', 'publication', 'publish date', 'date') ?? '', dopts)[0]?.iso ?? null;

  const blocks = collectBlocks(root);
  if (meta) {
    author ??= meta.author;
    published ??= meta.published;
  }
  // Medium's export signs the post at its foot: "By Kwabena Ofori-Atta on December 8, 2025."
  for (const b of author && published ? [] : blocks.slice(-MAX_FOOT_BLOCKS)) {
    const signed = FOOT_SIGNATURE.exec(b.text);
    if (!signed || !bareName(signed[1]!)) continue;
    author ??= signed[1]!;
    published ??= parseDate(signed[2]!, dopts);
  }
  // Blogger's footer under the post: "Posted by [Devon Etwaroo](…/profile/…) at [9:14 AM](…)".
  if (!author) author = blocks.map((b) => BLOGGER_POSTED_BY.exec(b.text.trim())?.[1] ?? null).find((name) => name !== null && bareName(name)) ?? null;
  // A theme's author box under the story: "Written By" alone, then the writer's linked name ("[Robyn Kearley](/stories?author=…)").
  if (!author) {
    const label = blocks.findIndex((b, k) => k >= blocks.length / 2 && WRITTEN_BY_ALONE.test(b.text));
    const name = label >= 0 ? blocks[label + 1]?.text.trim() : undefined;
    if (name !== undefined && bareName(name)) author = name;
  }
  const subtitle = field(front, 'subtitle', 'standfirst', 'dek');
  const top: Block[] = [];
  // Chrome above the article (a ticker, a "LIVE" bar) does not count towards the top lines.
  let i = 0;
  let afterByline = false;
  for (const [at, b] of blocks.entries()) {
    // "Written By Ellie Maddox", then the standfirst in italics over the story: a styled paragraph of
    // a standfirst's length right under the byline, when the next is a plain one, is the standfirst.
    // (An editor's note set in italics may come between, "*Editor's note: This story was corrected …*",
    // and the lead picture's caption. The picture and its caption may stand above the byline when the standfirst
    // is in italics: a lead paragraph there is set in bold, "**De Gemengerot vun Ettelbréck huet …**".)
    const next = (): Block | undefined => blocks.slice(at + 1, at + 1 + MAX_JUNK_UNDER_DECK + 1).find((n) => junkKind(n.text) === null);
    const words = countWords(b.text);
    // So is a plain one right under the byline and over the lead picture and its credited caption
    // ("Par NAME, mardi …", the standfirst, the picture, "Photo X / NAME", then the story).
    if (afterByline && (top.length === 0 || (top.every(isBesideTheDeck) && wholeInItalics(b))) && words >= MIN_DECK_WORDS && words <= MAX_DECK_WORDS && ((wholeInStyle(b) && plainParagraph(next())) || (b.kind === 'p' && overPicture(b.element))) &&
      bylineAuthor(b.text, source) === null && !bareName(b.text) && !stampLine(b.text, dopts) &&
      // A page whose metadata gives its standfirst ("subtitle: …") sets the lead paragraph in bold.
      (subtitle === null || sameWording(b.text, subtitle))) {
      afterByline = false;
      removeBlock(b, root);
      continue;
    }
    // An update stamp under the byline ("Actualizado: 22 de abril de 2026, 13:10") stands between it and the standfirst.
    const updateUnderByline = afterByline && top.length === 0 && junkKind(b.text) !== null && dateLine(b.text, dopts) !== null;
    afterByline = false;
    // A date or byline line at the top ("*Published 5 March 2024*", "*By Jordan Pike · March 3, 2024*")
    // is metadata, not body.
    // "publié le 24 avril 2025 à 5 h 00 · mis à jour à 9 h 12": a line whose first date is the publication's.
    const stampCandidate = i < MAX_TOP_LINES && (publishedPart(b.text)?.length ?? MAX_STAMP_CHARS) < MAX_STAMP_CHARS;
    const ownLine = stampCandidate ? stampOnOwnLine(b, dopts) : null;
    const stamp = ownLine ?? (stampCandidate ? stampLine(b.text, dopts) : null);
    // Front matter in UTC ("2025-11-24T23:30:00Z") under a byline printing the local day: the same
    // moment, told on the printed day.
    if (stamp) published = published ? onPrintedDay(published, stamp.iso, b.text) ?? printedBeforeCopy(published, stamp.iso) ?? printedOverDayOnly(published, stamp.iso) : stamp.iso;
    const byline = !stamp && i < MAX_TOP_LINES ? bylineAuthor(b.text, source) : null;
    // A byline on a line of its own may carry the outlet in brackets: "Ratna Wulandari (The Jakarta Daily)".
    // Or the date line links the writer's page: "[Chioma Nwali](…/author/chioma/) [April 15, 2026](…) 2 minutes read".
    // "Submitted by [Ndapandula Iita](/user/14) on Thu, 9 Jul 2026 - 10:15": Drupal's byline around its date.
    // "By **Kaipara Current**", the site's name as its home link gives it, then "**Tui Mareikura** | Business
    // reporter": a theme's byline filled with the site's name gives way to the writer's under it.
    const siteByline = author !== null && isSiteName(author, siteName);
    if (i < MAX_TOP_LINES && (!author || siteByline)) author = (stamp ? (authorBesideDate(stamp.rest, source) ?? (ownLine ? cleanAuthor(ownLine.rest, source) : null) ?? writerLinked(b, lang) ?? bylineAuthor(b.text, source)) : byline) ?? (siteByline ? author : null);
    // "**Wren Castellanos-Hale**" over the text: a name alone at the top is the byline.
    // Or a name over the writer's job, the two lines held by a hard line break ("Ingrid Solbakken\\" / "Journalist"),
    // or linked to the writer's page after a byline's word the byline patterns do not know ("Per [Sílvia Forcadell](…)").
    // (A theme may list the linked name as an item of its own, over the job's: "* [Dana Lachapelle](…/users/profile/…)" / "* Staff reporter".)
    const overJob = i < MAX_TOP_LINES ? (b.kind === 'p' ? (nameOverJob(b) ?? (byline === null ? linkedWriter(b) : null)) : byline === null ? listedWriter(b, blocks[at + 1]) : null) : null;
    // ("**Mutale Chishimba, Mansa**": in bold or italics, the name and the town it was filed from.)
    // ("**Yessenia Satalaya** | Tarapoto": or the name alone in bold.)
    const styledFromTown = i < MAX_TOP_LINES && byline === null && (wholeInStyle(b) || nameInStyle(b)) ? nameFromTown(b.text) : null;
    const nameAlone = overJob !== null || styledFromTown !== null || (i < MAX_TOP_LINES && b.kind === 'p' && bareName(b.text) && !PUBLICATION_WORD_RE.test(b.text));
    // "Author of the article:" over the linked name: the label of the byline under it.
    const bylineLabel = i < MAX_TOP_LINES && BYLINE_LABEL_ALONE.test(b.text);
    if (bylineLabel) removeBlock(b, root);
    else if (nameAlone) {
      if (author === null || isSiteName(author, siteName)) author = overJob ?? styledFromTown ?? b.text;
      removeBlock(b, root);
      afterByline = true;
      // A standfirst in bold or italics over the byline ("**La FDSEA juge …**", the picture, "**Par Mathilde Couderc**").
      while (top.length > 0 && isDeckOrKicker(top[top.length - 1]!)) removeBlock(top.pop()!, root);
    } else if (stamp || (byline && b.text.length < 2 * MAX_STAMP_CHARS)) {
      removeBlock(b, root);
      afterByline = true;
      // "# Title", "*The deck in italics.*", "By X · date": a styled deck above the byline is the standfirst, not body.
      // (The lead picture's credited caption may stand between: "… Image: Kyle Vorster / Berg Echo".)
      const captions: Block[] = [];
      while (top.length > 1 && isCreditedCaption(top[top.length - 1]!.text) && isDeckOrKicker(top[top.length - 2]!)) captions.push(top.pop()!);
      while (top.length > 0 && isDeckOrKicker(top[top.length - 1]!)) removeBlock(top.pop()!, root);
      top.push(...captions.reverse());
      // So is a plain one, alone between the headline and the byline or date, or over the lead
      // picture's credited caption and a dateline's city on a line of its own (a plain-text page's
      // standfirst is read the same way).
      if (top.length > 0 && countWords(top[0]!.text) <= MAX_DECK_WORDS && top.slice(1).every(isBesideTheDeck)) {
        while (top.length > 0) removeBlock(top.pop()!, root);
      }
      // And the paragraph the page's own description repeats, wherever it stands above the byline.
      const summary = deck ?? (properties ? field(properties, 'summary') : null);
      const described = summary === null ? -1 : top.findIndex((t) => t.text.toLowerCase() === summary.toLowerCase());
      if (described >= 0) removeBlock(top.splice(described, 1)[0]!, root);
    } else if (updateUnderByline) {
      removeBlock(b, root);
      afterByline = true;
    } else if (top.length === 0 && i === 0 && words >= MIN_DECK_WORDS && words <= MAX_DECK_WORDS && ((author === null && wholeInStyle(b) && overPicture(b.element)) || (wholeInItalics(b) && isCreditedCaption(blocks[at + 1]?.text ?? '') && plainParagraph(blocks[at + 2])))) {
      // "# Title", "_The deck in italics._", the lead picture and its credited caption, then the story with the byline
      // somewhere under its first paragraph: the styled paragraph over the picture is the standfirst.
      // (Or one in italics over the caption a copy kept without its picture: "_A Canje-bred filly beats …_" / "… Photo: Kwesi Trotman".)
      removeBlock(b, root);
    } else top.push(b);
    // A menu or a ticker above the byline ("JCI 7,412.55 ▲0.8% · USD/IDR 16,648 · Jakarta 31°C") is not a top line either.
    // Nor is a menu's item, a link alone in a list.
    const menuItem = b.kind === 'li' && b.linkDensity > 0.8;
    if (i < MAX_TOP_LINES && !nameAlone && !bylineLabel && !menuItem && (stamp || (junkKind(b.text) === null && !isStrip(b.text)))) i++;
  }
  author ??= aboveAuthor ?? guessedAuthor ?? siteAsAuthor;
  published ??= aboveDay;
  // "First published: 30 June 2026" under the story (below where the story was cut), where the top of
  // the page gives only an "Updated" line.
  published ??= input.split('\n').map((line) => labelledPublicationDate(line.replace(/[*_]/g, '').trim(), dopts)).find((day) => day !== null) ?? null;
  published ??= bareDateAmong(blocks.slice(0, MAX_BARE_DATE_BLOCKS), dopts) ?? yearlessDayAmong(blocks.slice(0, MAX_TOP_LINES), input, lang);
  if (properties) published ??= parseDate(field(properties, 'published_date', 'publish_date', 'publication_date', 'date', 'published', 'created'), dopts);
  // Last, a byline whose only date is the last update ("By [Editor](…) Last updated Mar 3, 2026"): the day the page gives.
  // (Not a clipper's day, "Date Saved: …", which is when the page was read.)
  published ??= blocks.slice(0, MAX_BARE_DATE_BLOCKS).map((b) => (LAST_UPDATE.test(b.text) && countWords(b.text) <= MAX_UPDATE_BYLINE_WORDS ? dateLine(b.text, dopts)?.iso : undefined)).find((day) => day !== undefined) ?? null;
  const keep = joinEntryTimes(filterBlocks(dropLeadChrome(top, root), title, dopts, root));
  dropCalloutDeck(keep, root);
  dropAgencyCredit(keep, root);
  cutTail(keep, root);
  author = dropClosingMatter(keep, author, input, root);
  dropLinkedAuthorBox(keep, root);
  dropTrailingTags(keep, root);
  const paragraphs = keep.map((b) => b.text);
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  if (paragraphs.length) {
    const opening = readDateline(paragraphs[0]!, dopts);
    published ??= opening.date;
    paragraphs[0] = opening.text;
    [dateline, datelineAgency] = [opening.place, opening.agency];
  }
  return {
    title,
    published,
    author,
    source,
    canonicalUrl,
    paragraphs,
    bodyHtml: paragraphs.length ? sanitizeBody(root, base) : null,
    lang,
    dateline,
    datelineAgency,
  };
}
