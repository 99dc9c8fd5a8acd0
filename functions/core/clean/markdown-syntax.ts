/**
 * What static-site generators, note apps and converters add to Markdown that `marked` would print as
 * text or that is the site's, not the article's: footnotes, MDX, Liquid, Hugo, Zola and Hexo template
 * tags and boxes, Nuxt Content (MDC) components, Python-Markdown and MkDocs Material, Docusaurus and
 * Pandoc syntax, Kramdown attribute lists, Obsidian callouts, wiki links and highlights, WordPress and
 * Grav shortcodes, Markdown a page converter wrote inside the HTML it kept. Fenced code blocks are left as they are.
 */
import { isSkipLink } from './boilerplate.js';
import { isMonthName } from './dates.js';
import { withMarkdownOutOfHtml } from './markdown-in-html.js';

/** A footnote definition ("[^1]: The report is online.") with its indented continuation lines. */
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]\s]+\]:.*(?:\n(?: {2,}|\t).*)*\n?/gm;
/** A footnote reference in the text ("predicted[^1]"). */
const FOOTNOTE_REF = /\[\^[^\]\s]+\](?!:)/g;

/**
 * The text without footnotes: `marked` knows none, so references would stay as "[^1]" in sentences
 * and definitions as paragraphs after the article's last line.
 */
export function withoutFootnotes(md: string): string {
  return md.includes('[^') ? md.replace(FOOTNOTE_DEF, '').replace(FOOTNOTE_REF, '') : md;
}

/**
 * What static-site generators and note apps add to Markdown and `marked` would print as text:
 * MDX `import`/`export` lines, Liquid and Hugo template tags ("{% include x.html %}",
 * "{{< figure ... >}}"), Obsidian callouts ("> [!note] Title" and the lines quoted under it) and
 * wiki links ("[[Page|label]]").
 */
const MDX_LINE = /^(?:import\s+(?:[\w$*{},\s]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|default|function)\b[^\n]*)[ \t]*$/gm;
/** MDX components, which are the site's (a banner, a share bar, a figure): "<ShareBar channels={...} />", "<Banner>...</Banner>". */
const MDX_COMPONENT = /<([A-Z][\w.]*)\b[^<>]*?\/>|<([A-Z][\w.]*)\b[^<>]*>([\s\S]*?)<\/\2>/g;
/** A paragraph of prose: fifteen words or more, ending a sentence. */
const PROSE_PARAGRAPH = /^(?=(?:\S+\s+){14})[^\n<]*[.!?»"”]\s*$/gm;

/**
 * MDX components go with what they hold, except a layout that wraps the article ("<BaseLayout>
 * ... </BaseLayout>"): one holding three paragraphs of prose or more keeps its content.
 */
function withoutMdxComponents(md: string): string {
  return md.replace(MDX_COMPONENT, (m: string, _selfClosing: string | undefined, _name: string | undefined, children: string | undefined) =>
    /^<(?:Byline|Author|ArticleMeta|PostMeta)\b/.test(m) ? `\n${printedByline(m)}\n` : children !== undefined && (children.match(PROSE_PARAGRAPH)?.length ?? 0) >= 3 ? withoutMdxComponents(children) : '',
  );
}
/** A Hugo or Liquid box with what it holds: an aside, a fact box, a sponsor's box ("{{% aside title="By the numbers" %}} ... {{% /aside %}}"). */
const BOX_SHORTCODE = /\{\{[<%]\s*(aside|sidebar|factbox|fact-box|infobox|info-box|pullquote|pull-quote|related|related-posts|newsletter|newsletter-signup|ad|advert|sponsor|sponsor-box|promo)\b[^\n]*?[>%]\}\}[\s\S]*?\{\{[<%]\s*\/\s*\1\s*[>%]\}\}/g;
/** Liquid and Hexo block tags closed by "end" and their name: "{% pullquote %} ... {% endpullquote %}". */
const LIQUID_BLOCK = /\{%-?\s*([\w-]+)\b[^%\n]*-?%\}([\s\S]*?)\{%-?\s*end\1\s*-?%\}/g;
/** Zola's body shortcodes, closed by "{% end %}": "{% faktaruta(rubrik="Fakta") %} ... {% end %}". */
const ZOLA_BODY_SHORTCODE = /\{%-?\s*([\w-]+)\s*\([^%\n]*\)\s*-?%\}([\s\S]*?)\{%-?\s*end\s*-?%\}/g;
/** Names of shortcodes and components that box what stands beside the article, in English and the Nordic languages. */
const BOX_NAME = /^(?:aside|sidebar|fa[ck]t(?:a|s)?[-_]?(?:box|ruta|boks|rute)?|info[-_]?box|pull[-_]?quote|related(?:[-_]\w+)?|newsletter(?:[-_]\w+)?|ad(?:[-_]\w+)?|advert\w*|sponsor\w*|promo\w*|callout|alert|banner)$/i;
/**
 * Nuxt Content (MDC) components: a block "::alert{type="warning"} ... ::" or one on a line of its
 * own (":share-buttons{...}"). They are the site's (a banner, an ad slot, related links, comments); a
 * block holding three paragraphs of prose or more is a wrapper and keeps its content, and a byline
 * component is printed as its byline.
 */
const MDC_BLOCK = /^(:{2,})[A-Za-z][\w-]*(?:\{[^}\n]*\})?[ \t]*\n([\s\S]*?)^\1[ \t]*$/gm;
const MDC_INLINE_LINE = /^:[A-Za-z][\w-]*(?:\{[^}\n]*\})?[ \t]*$/gm;

/**
 * A byline component's writer and date, as the line a page would print: "By Hemi Walker · Wednesday
 * 4 February 2026, 9:00am"; the date alone when the writer is an expression ("authors={…}").
 */
function printedByline(component: string): string {
  const attrs = new Map([...component.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!.trim()]));
  const name = attrs.get('name') ?? attrs.get('author');
  const date = attrs.get('date') ?? attrs.get('published');
  return name ? `By ${name}${date ? ` · ${date}` : ''}` : date ?? '';
}

function mdcByline(component: string): string {
  return /^:(?:byline|author|article-meta|post-meta|meta)\b/i.test(component) ? printedByline(component) : '';
}

function withoutMdcComponents(md: string): string {
  return md
    .replace(MDC_BLOCK, (_m, _colons: string, children: string) => ((children.match(PROSE_PARAGRAPH)?.length ?? 0) >= 3 ? withoutMdcComponents(children) : ''))
    .replace(MDC_INLINE_LINE, mdcByline);
}
/**
 * Python-Markdown and MkDocs Material syntax: snippet includes ('--8<-- "includes/ad.md"'),
 * abbreviation definitions ("*[SGB]: Serviço Geológico do Brasil"), attribute lists after a link or
 * an image ("{ .md-button }", "{ loading=lazy }"), admonitions ('!!! tip "Read also"' and the
 * collapsible '??? info' with their indented text) and pymdownx blocks ("/// caption ... ///").
 */
const SNIPPET_LINE = /^-{1,2}8<-{1,2}[ \t]+["'][^"'\n]+["'][ \t]*$\n?/gm;
const ABBREVIATION_LINE = /^\*\[[^\]\n]+\]:[^\n]*$\n?/gm;
const ATTR_LIST = /(?<=[)\]])\{\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|[^\s}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|[^\s}]+)))*\s*\}/g;
const ADMONITION = /^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"[^"\n]*")?[ \t]*\n((?:(?:[ \t]{4}|\t)[^\n]*\n|[ \t]*\n)*)/gm;
const PYMDOWN_BLOCK = /^\/\/\/[ \t]*(?:caption|details|admonition|note|tip|info|warning|danger|attention|html)\b[^\n]*\n[\s\S]*?^\/\/\/[ \t]*$\n?/gm;

/**
 * Docusaurus admonitions (":::tip Key numbers … :::"), asides like MkDocs', and MDX comments
 * ("{/* truncate *\/}").
 */
const DOCUSAURUS_ADMONITION = /^(:{3,})(?:note|tip|info|caution|danger|warning|important|success|secondary)\b[^\n]*\n([\s\S]*?)^\1[ \t]*$\n?/gm;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
/**
 * Pandoc's fenced divs and bracketed spans ("::: {.entry-content}", "[Advertisement]{.ad-label}")
 * become the HTML elements they stand for, so the page's own class names tell its chrome apart;
 * heading attributes ("# Title {#title .entry-title}") go.
 */
const PANDOC_DIV_OPEN = /^:{3,}[ \t]*\{([^}\n]*)\}[ \t]*$/gm;
/** A fenced div with one class written bare: "::: site-branding", "::: entry-meta". */
const PANDOC_BARE_DIV_OPEN = /^:{3,}[ \t]*([A-Za-z][\w-]*)[ \t]*$/gm;
const PANDOC_DIV_CLOSE = /^:{3,}[ \t]*$/gm;
const PANDOC_SPAN = /\[([^[\]\n]*(?:\n[^[\]\n]+)*)\]\{([^}\n]*)\}/g;
/** A span whose text holds a link: "[Por [Ana Rita Figueiredo](https://…)]{.byline}". */
const SPAN_PART = String.raw`(?:[^\[\]\n]|\[[^\[\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?)`;
const PANDOC_SPAN_WITH_LINK = new RegExp(String.raw`\[(${SPAN_PART}*(?:\n${SPAN_PART}+)*)\]\{([^}\n]*)\}`, 'g');
const HEADING_ATTRIBUTES = /^(#{1,6}[ \t].*?)[ \t]+\{[#.][^}\n]*\}[ \t]*$/gm;

/** The class names in a Pandoc attribute list: "{#top .top-bar .sticky}" → "top-bar sticky". */
function pandocClasses(attributes: string): string {
  return (attributes.match(/(?<=^|\s)\.[\w-]+/g) ?? []).map((c) => c.slice(1)).join(' ');
}

const spanElement = (_m: string, text: string, attributes: string): string => `<span class="${pandocClasses(attributes)}">${text}</span>`;

function withoutPandocAndDocusaurusSyntax(md: string): string {
  return md
    // An aside, which the cleaning drops, but which can still be read as a note above a pasted page.
    .replace(DOCUSAURUS_ADMONITION, (_m, _fence: string, inner: string) => `\n<aside>\n\n${inner}\n</aside>\n`)
    .replace(MDX_COMMENT, '')
    .replace(HEADING_ATTRIBUTES, '$1')
    .replace(PANDOC_DIV_OPEN, (_m, attributes: string) => `\n<div class="${pandocClasses(attributes)}">\n`)
    .replace(PANDOC_BARE_DIV_OPEN, (_m, name: string) => `\n<div class="${name}">\n`)
    .replace(PANDOC_DIV_CLOSE, '\n</div>\n')
    // Inner spans first ("[[September 2, 2026]{.updated}[September 1, 2026]{.published}]{.posted-on}").
    .replace(PANDOC_SPAN, spanElement)
    .replace(PANDOC_SPAN, spanElement)
    .replace(PANDOC_SPAN_WITH_LINK, spanElement);
}

function withoutPythonMarkdownSyntax(md: string): string {
  return md
    .replace(SNIPPET_LINE, '')
    .replace(ABBREVIATION_LINE, '')
    .replace(PYMDOWN_BLOCK, '')
    .replace(ATTR_LIST, '')
    // An admonition that holds three paragraphs of prose or more is part of the text, unindented.
    .replace(ADMONITION, (_m, inner: string) => {
      const text = inner.replace(/^(?: {4}|\t)/gm, '');
      return (text.match(PROSE_PARAGRAPH)?.length ?? 0) >= 3 ? `${text}\n` : '';
    });
}
/**
 * Other paired Hugo shortcodes box what stands beside the article, in any language ("{{< temoins >}}
 * … {{< /temoins >}}", a cookie notice; "{{< sommaire >}}", a score summary); those that carry
 * the article's own text keep it.
 */
const PAIRED_SHORTCODE = /\{\{[<%]\s*([\w-]+)\b[^\n]*?[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/\s*\1\s*[>%]\}\}/g;
const TEXT_SHORTCODES = /^(?:quote|blockquote|q|highlight|center|markdown|md|raw|lead|text|section|article|content|body|columns?|row|col|details|spoiler|note|dropcap|initial|smallcaps|mark|sup|sub|abbr|link|ref|relref|span|em|strong)$/i;
/**
 * A shortcode opening a block of text with no closing tag labels it ('{{< pub id="carre-1" >}}' over
 * "PUBLICITÉ — …", '{{< meteo ville="Montréal" >}} -9 °C'): the block is the site's, unless the
 * shortcode is a picture's or a video's.
 */
const LEADING_SHORTCODE = /^\{\{[<%]\s*([\w-]+)\b[^\n]*?[>%]\}\}[^\n]*(?:\n(?![ \t]*\n)[^\n]+)*/gm;
const MEDIA_SHORTCODES = /^(?:figure|img|image|picture|gallery|youtube|vimeo|video|audio|tweet|twitter|instagram|x|gist|embed|map)$/i;
const TEMPLATE_TAG = /\{%-?[^%\n]*-?%\}|\{\{[<%][^\n]*?[>%]\}\}|\{\{[^{}\n]*\}\}/g;
/** Liquid's comment blocks and Jinja/Nunjucks comments: notes for the site's editors, never shown. */
const TEMPLATE_COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s\S]*?#\}/g;
/** Kramdown's attribute lists, on a line of their own or after a span: `{: .dachzeile}`, `{:.lead}`. */
const KRAMDOWN_IAL = /^[ \t]*\{:[^}\n]*\}[ \t]*$\n?|[ \t]*\{:\s*[.#][^}\n]*\}/gm;
/** An Obsidian callout, its marker line and the quoted lines under it: a reader's note or a box beside the article. */
const CALLOUT = /^[ \t]*>[ \t]*\[![\w-]+\][+-]?[^\n]*(?:\n[ \t]*>[^\n]*)*/gm;
const WIKI_EMBED = /!\[\[[^\]\n]*\]\]/g;
const WIKI_LINK = /\[\[([^\]|#\n]*)(?:#[^\]|\n]*)?(?:\|([^\]\n]*))?\]\]/g;

/** A wiki link's label: "[[Page|label]]" → "label", "[[Page#Part]]" → "Page". */
export function unwiki(text: string): string {
  return text.replace(WIKI_EMBED, '').replace(WIKI_LINK, (_m, page: string, label: string | undefined) => (label ?? page).trim());
}

/** A line ended by a break tag, and how many make a page written that way. */
const LINE_END_BREAK = /[ \t]*<br\s*\/?>[ \t]*(?:\n|$)/g;
const MIN_LINE_END_BREAKS = 5;

/** Fenced code blocks, left as they are: template syntax inside them is the code being shown. */
const FENCE = /(^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\2[ \t]*$)/m;

/** WordPress's caption shortcode with what it wraps: the image and its caption. */
const WP_CAPTION = /\[caption\b[^\]]*\][\s\S]*?\[\/caption\]/g;
/** WordPress and Grav shortcodes boxing what is not the article: "[sponsored]…[/sponsored]", "[notice=note]…[/notice]". */
const WP_BOX = /\[(sponsored|sponsor|ad|advert|advertisement|promo|newsletter|related|related_posts|notice|alert|callout|aside|infobox|factbox)\b[^\]\n]*\][\s\S]*?\[\/\1\]/g;
/** Grav's and similar CMSs' named sections of the page's chrome: '[section name="topbar"] ... [/section]'. */
const CHROME_SECTION = /\[section\s+name=["']?(?:top-?bar|header|footer|nav|menu|sidebar|masthead)["']?\][\s\S]*?\[\/section\]/gi;
/**
 * Other WordPress shortcodes left in an export: "[ad_banner slot="top"]", "[bs-quote quote="..."]",
 * "[/bs-quote]". A bracket is one when its name has "_" or "-" or attributes follow it, and it is no link.
 */
const WP_SHORTCODE = /\[\/?(?:[a-z][a-z0-9]*[_-][\w-]*|[a-z]+(?=\s+[\w-]+=))(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))*\s*\/?\](?!\()/g;

/** Strips Liquid, Hugo, Zola and Jinja comments, boxes and tags, keeping what text shortcodes carry. */
function withoutTemplateSyntax(md: string): string {
  return md
    .replace(TEMPLATE_COMMENT, '')
    .replace(BOX_SHORTCODE, '')
    .replace(PAIRED_SHORTCODE, (_m, name: string, inner: string) => (TEXT_SHORTCODES.test(name) ? inner : ''))
    .replace(LEADING_SHORTCODE, (block, name: string) => (MEDIA_SHORTCODES.test(name) || /\}\}[ \t]*$/.test(block) ? block : ''))
    .replace(ZOLA_BODY_SHORTCODE, (whole, name: string) => (BOX_NAME.test(name) ? '' : whole))
    .replace(LIQUID_BLOCK, (whole, name: string) => (BOX_NAME.test(name) ? '' : whole))
    .replace(TEMPLATE_TAG, '');
}

/**
 * A line opening with a date as German and Slavic pages write it ("17. Juli 2026", "17. 7. 2026 |
 * 07:45"): Markdown reads "17." as an ordered list's number and drops it, so the dot is escaped.
 */
const DAY_FIRST_DATE = /^( {0,3})(\d{1,2})\.(?=[ \t]+(?:\d{1,2}\.[ \t]*\d{4}(?!\d)|(\p{L}+\.?)[ \t]+\d{4}(?!\d)))/gmu;

/**
 * Each tool's syntax, in the order it is stripped, behind a test for a mark of it: a file that has
 * none of the marks is left alone without being split at its code fences.
 */
const SYNTAX_STEPS: ReadonlyArray<{ mark: RegExp; strip: (md: string) => string }> = [
  { mark: /^(?:import|export)\s/m, strip: (md) => withoutMdxComponents(md.replace(MDX_LINE, '')) },
  { mark: /^:{3,}|\{\/\*|\]\{|^#{1,6}[ \t].*\{[#.]/m, strip: withoutPandocAndDocusaurusSyntax },
  { mark: /^::?[A-Za-z]/m, strip: withoutMdcComponents },
  { mark: /^(?:!!!|\?\?\?|-{1,2}8<|\*\[|\/\/\/)|[)\]]\{/m, strip: withoutPythonMarkdownSyntax },
  { mark: /\{[{%#]/, strip: withoutTemplateSyntax },
  { mark: /\{:/, strip: (md) => md.replace(KRAMDOWN_IAL, '') },
  // A callout goes whole, its marker, title and quoted text: a reader's note or a box beside the article.
  { mark: /\[!/, strip: (md) => md.replace(CALLOUT, '') },
  { mark: /\[\[/, strip: unwiki },
  // MarkDownload quotes the page's own summary under "## Excerpt" above the clip: the deck, not the story.
  { mark: /^> {0,3}#{1,6}[ \t]+Excerpt[ \t]*$/m, strip: (md) => md.replace(CLIPPED_EXCERPT, '') },
  // Logseq's page and block properties ("title:: …", "id:: 6519f3a2-…"), block references
  // ("((6519f3a2-…))") and highlights ("^^RM36,000 setan^^"): the text is what they mark.
  { mark: /^[ \t-]*[\w-]+:: |\(\([\da-f-]{36}\)\)|\^\^/m, strip: withoutOutlinerSyntax },
  // Obsidian's highlights: "==Cleary said …==" is the text itself.
  { mark: /==/, strip: (md) => md.replace(/(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])/g, '$1') },
  { mark: /\[\/?[a-z]/i, strip: (md) => md.replace(WP_BOX, '').replace(CHROME_SECTION, '').replace(WP_CAPTION, '').replace(WP_SHORTCODE, '') },
  // Hashnode writes an image's alignment inside its link: "![alt](https://cdn… align="center")".
  { mark: /\]\([^)\s]+\s+[a-z-]+="/, strip: (md) => md.replace(/(\]\([^)\s]+)(?:\s+[a-z-]+="[^"]*")+\)/g, '$1)') },
  // Blogger's export ends every line with "<br />": each line is a paragraph of its own.
  { mark: /<br\s*\/?>[ \t]*$/m, strip: (md) => ((md.match(LINE_END_BREAK) ?? []).length >= MIN_LINE_END_BREAKS ? md.replace(LINE_END_BREAK, '\n\n') : md) },
  { mark: /^ {0,3}\d{1,2}\.[ \t]+[\d\p{L}]/mu, strip: (md) => md.replace(DAY_FIRST_DATE, (line, indent: string, day: string, month?: string) => (month === undefined || isMonthName(month) ? `${indent}${day}\\.` : line)) },
  // A page converter's Markdown inside the tags it kept ("<div class="main">Headline" over "===").
  { mark: /^ {0,3}<\/?[A-Za-z]/m, strip: withMarkdownOutOfHtml },
  // A converter that wraps every line at 72-80 columns wraps a long headline too ("# … stand against" /
  // "Wyoming"): Markdown would read the rest as a paragraph of its own.
  { mark: /^#{1,6} .{55,100}\n[^\s#*>|![-]/m, strip: (md) => md.replace(WRAPPED_HEADING, '$1 $2') },
  // Hungarian and Latvian dates open with the year and a full stop ("2026. október 7. 14:32"): a
  // numbered list's marker to Markdown, which would drop the year.
  { mark: /^ {0,3}(?:19|20)\d{2}\.[ \t]+\p{L}/mu, strip: (md) => md.replace(YEAR_FIRST_DATE, (line, indent: string, year: string, word: string) => (isMonthName(word) || word === 'gada' ? `${indent}${year}\\.` : line)) },
];

/** A long heading and a short rest of it on the next line, then a blank line. */
const WRAPPED_HEADING = /^(#{1,6} .{55,100})\n([^\s#*>|![-][^\n]{0,60}[^\n.!?:])(?=\n[ \t]*\n)/gm;

/** A line opening with a year and a full stop, and the word after it: "2026. október 7.", "2026. gada 12. martā". */
const YEAR_FIRST_DATE = /^( {0,3})((?:19|20)\d{2})\.(?=[ \t]+(\p{L}+))/gmu;

const CLIPPED_EXCERPT = /^> {0,3}#{1,6}[ \t]+Excerpt[ \t]*\n(?:>[^\n]*(?:\n|$))*/m;
const OUTLINER_PROPERTY = /^[ \t]*(?:-[ \t]+)?[\w-]+::[ \t][^\n]*\n?/gm;
const BLOCK_REFERENCE = /[ \t]*\(\([\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\)\)/g;
const OUTLINER_HIGHLIGHT = /\^\^(?=\S)([^^\n]+?)(?<=\S)\^\^/g;

function withoutOutlinerSyntax(md: string): string {
  return md.replace(OUTLINER_PROPERTY, '').replace(BLOCK_REFERENCE, '').replace(OUTLINER_HIGHLIGHT, '$1');
}

/** An executable cell of a Quarto or R Markdown notebook ("```{python}"): the analysis behind a chart, not the article. */
const EXECUTABLE_CELL = /^(?:`{3,}|~{3,})\{[A-Za-z]/m;

export function withoutSiteSyntax(md: string): string {
  if (!EXECUTABLE_CELL.test(md) && !SYNTAX_STEPS.some((step) => step.mark.test(md))) return md;
  return md
    .split(FENCE)
    .map((part, i) => (i % 3 === 0 ? outsideCode(part) : i % 3 === 1 ? (EXECUTABLE_CELL.test(part) ? '' : part) : ''))
    .join('');
}

function outsideCode(md: string): string {
  let out = md;
  for (const step of SYNTAX_STEPS) if (step.mark.test(out)) out = step.strip(out);
  return out;
}

/** A line that Markdown sets apart: a heading, a quote, a list item, a rule, a table row, emphasis or a link. */
const MARKDOWN_SYNTAX_LINE = /^\s{0,3}(?:#{1,6}\s|>|[-*+]\s|\d+\.\s|\|)|\*\*|__|\]\(|^\s*[-*_]{3,}\s*$/;
/** Share of such lines under which a Markdown file is plain text in all but name. */
const MAX_PLAIN_SYNTAX_SHARE = 0.2;

/** Whether fewer than a fifth of a Markdown file's lines use Markdown at all (a page pasted into a wiki as plain lines). */
export function mostlyPlainLines(md: string): boolean {
  const lines = md.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.filter((line) => MARKDOWN_SYNTAX_LINE.test(line)).length < lines.length * MAX_PLAIN_SYNTAX_SHARE;
}

/** Most tag lines ("#football #npfl") a note app sets between a note's heading and what was pasted under it. */
const MAX_TAG_LINES = 2;
/** A note's tags: "#football #npfl", or Vimwiki's ":chuuk:wrecks:pollution:". */
const TAG_LINE = /^(?:(?:#[\p{L}\p{N}_/-]+\s*)+|:(?:[\p{L}\p{N}_-]+:)+)$/u;
/** The note app's own stamp under the heading: Zim's "Created Sunday 25 October 2026", "Modified: …", or the reader's "copied from severnsidesport.co.uk, Tue 3 Nov 2026". */
const NOTE_STAMP_LINE = /^(?:created|modified|updated|saved|clipped|copied)\b:?\s+\S.{0,60}$/iu;
/** The address the page was saved from, alone on its line under the note's heading. */
const ADDRESS_LINE = /^<?https?:\/\/\S+?>?$/u;
/** The keys a note app writes of its own note in front matter: when it was made and changed, its tags and id. */
const NOTE_APP_KEYS: ReadonlySet<string> = new Set(['created', 'modified', 'updated', 'date created', 'date modified', 'tags', 'id', 'uid', 'aliases']);
const MAX_FRONT_MATTER_LINES = 20;

/**
 * Where a note app's own front matter ends ("---", "created: …", "modified: …", "---"), or 0 when the
 * file opens otherwise or its front matter says anything of the article (a title, a writer, a day).
 */
function noteAppFrontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let k = 1; k < Math.min(lines.length, MAX_FRONT_MATTER_LINES); k++) {
    const line = lines[k]!.trim();
    if (line === '---') return k > 1 ? k + 1 : 0;
    const key = /^([\p{L} ]+):/u.exec(line)?.[1]?.toLowerCase();
    if (key === undefined || !NOTE_APP_KEYS.has(key)) return 0;
  }
  return 0;
}
/** Most lines of the reader's own (a reminder, where the page came from, a link back to the wiki's index) over a rule and the pasted page. */
const MAX_NOTE_LINES = 6;
const RULE_LINE = /^(?:-{3,}|\*{3,}|_{3,})$/;

/**
 * A note's own heading over a web page pasted as plain text: "# Plateau Utd 2-1 Rangers (saved 27/4)",
 * the note's tags, its stamp or the page's address, then the page from its "Skip to content" on (under
 * the note app's own front matter, if any). Or the reader's own few lines under the heading, closed by a
 * rule, over the page's skip link ("Saved 2026-09-17 from …", "Read again before the talk",
 * "[[index|Back to index]]", "---"). The heading is the reader's name for
 * the note; the page carries its own headline, byline and date, so what follows the heading is read as
 * the page's text. Null for any other Markdown.
 */
export function pageUnderNoteHeading(md: string): string | null {
  const lines = md.split('\n');
  let k = noteAppFrontMatterEnd(lines);
  while (k < lines.length && !lines[k]!.trim()) k++;
  if (!/^# \S/u.test(lines[k] ?? '')) return null;
  let tags = 0;
  let noteLines = 0;
  for (k++; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    if ((TAG_LINE.test(line) || NOTE_STAMP_LINE.test(line) || ADDRESS_LINE.test(line)) && tags < MAX_TAG_LINES) {
      tags++;
      continue;
    }
    if (RULE_LINE.test(line)) {
      const page = lines.findIndex((next, at) => at > k && next.trim() !== '');
      return page > 0 && isSkipLink(lines[page]!.trim()) ? lines.slice(page).join('\n') : null;
    }
    if (noteLines === 0 && isSkipLink(line)) return lines.slice(k).join('\n');
    // The reader's own lines count only when a rule closes them.
    if (++noteLines > MAX_NOTE_LINES) return null;
  }
  return null;
}
