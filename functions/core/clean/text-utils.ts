/** Small text helpers shared by the format-specific cleaners. */
import { plainMarked } from '../one-byte.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã',
  aring: 'å', ccedil: 'ç', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô',
  ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', szlig: 'ß',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Ccedil: 'Ç', Ntilde: 'Ñ',
  iexcl: '¡', iquest: '¿', shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
};

// Node's TextDecoder reads windows-1252 as latin-1, so the 0x80-0x9F block is mapped here (WHATWG table).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes bytes as Windows-1252 exactly as browsers do. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decodes HTML entity residue left in scraped text (`&#8217;`, `&nbsp;`, `&amp;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Scrapers emit cp1252 code points as numeric references (&#146; for ’).
      if (code >= 0x80 && code <= 0x9f) return CP1252_HIGH[code - 0x80] ?? '';
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    const v = NAMED[ref] ?? NAMED[ref.toLowerCase()];
    return v ?? whole;
  });
}

/**
 * Zero-width (non-)joiners where they join nothing: beside a space, a Latin letter or punctuation.
 * Between Persian, Indic or emoji characters they are part of the spelling ("می‌شود") and stay.
 */
const STRAY_JOINERS = /[\u200c\u200d]+(?=$|\s|[\p{Script=Latin}\p{P}])|(?<=^|\s|[\p{Script=Latin}\p{P}])[\u200c\u200d]+/gu;

/**
 * A paragraph's spaces made one, but a table row's tabs (two or more: the text cleaner parts the
 * cells of a table the article brings in by tabs) kept between its cells, so that the names of
 * two cells do not read as one ("… Cody Ross", "Dryden").
 */
export function normalizeParagraphSpace(text: string): string {
  if (!/\t[^\t]*\t/u.test(text)) return normalizeSpace(text);
  return text.split('\t').map(normalizeSpace).filter((cell) => cell !== '').join('\t');
}

/** Collapses runs of spaces (including no-break and zero-width) inside one line. */
export function normalizeSpace(text: string): string {
  const joined = text.includes('\u200c') || text.includes('\u200d') ? text.replace(STRAY_JOINERS, '') : text;
  return joined
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Text made safe as HTML element content. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text made safe as a double-quoted HTML attribute value (and as element content). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Plain paragraphs as escaped `<p>` elements: the HTML body when a document has no usable markup. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeAttr(p)}</p>`).join('\n');
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A line no sentence ends, as a kicker or a standfirst set as a headline is written: "Wissen · Meeresforschung". */
export function endsNoSentence(text: string): boolean {
  return !/[.!?…:;"”’»)]$/u.test(text);
}

export function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

/** The lead: whole sentences up to about `max` characters; a cut word-aligned with an ellipsis otherwise. */
export function makeSummary(paragraphs: readonly string[], max = 300): string {
  const text = paragraphs.slice(0, 5).join(' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const sentences = text.slice(0, max * 3).match(/[^.!?…]+(?:[.!?…]+["'”’»)\]]*|$)\s*/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  out = out.trim();
  if (out.length >= 40) return out;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A name written in capitals ("JAMES HALL", "MARIE O'NEILL AND TOM ROE") in the case names take. */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(/\s(And|Und|Et)\s/g, (w) => w.toLowerCase());
}

/** A name with each word set in capitals written as a name ("Mathilde ESCALLIER" → "Mathilde Escallier"). */
export function wordsInNameCase(name: string): string {
  return name.split(' ').map((word) => (word.length >= 2 ? nameCase(word) : word)).join(' ');
}

/** The separator between the parts of a meta line ("Jane Doe | New Delhi | Updated: …", "By A · News · 6 min read"). */
const META_SEPARATOR = /\s+[|•·●]\s+/u;

/** The parts of a meta line, split at its separators. */
export function metaParts(line: string): string[] {
  return line.split(META_SEPARATOR);
}

/** A regular expression for a lower-case word that may also be written capitalised ("by", "By"), never in any other mix. */
export function eitherCase(word: string): string {
  return `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

/**
 * The full stop that ends the names of a byline: "By Jordi Puig. Barcelona", after a word of two
 * letters or more once a name has begun; not an initial ("Sarah E. Needleman") nor an abbreviated
 * first name ("Ma. Theresa Villaroman").
 */
export const NAMES_END_STOP = /(?<=\s\S*\p{L}{2})\.\s+/u;

/**
 * Whether two lines say the same in the same words, whatever their case and white space and however
 * their quotes and spaced dashes are typeset: a Markdown export's front matter writes its title with
 * straight quotes over a heading typeset with curly ones.
 */
export function sameWording(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  const plain = (text: string): string => plainMarked(normalizeSpace(text)).toLowerCase();
  return plain(a) === plain(b);
}

/** Whether two headlines name the same story: they share two content words or more ("Baram", "profit"). */
export function sameStory(a: string, b: string): boolean {
  const words = (t: string): string[] => [...new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))];
  const inA = words(a);
  // A word and its inflection count as one ("Maine" and "Mainers", "storm" and "storms").
  const shared = words(b).filter((w) => inA.some((v) => v.startsWith(w) || w.startsWith(v))).length;
  // An acronym both name counts too, though short: a note's label "DRI drones" and the headline "DRI
  // to send cloud-seeding drones …" tell one story. (Not the short words of a headline in capitals.)
  const acronyms = (t: string): Set<string> => new Set(/\p{Ll}/u.test(t) ? t.match(/(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu) : []);
  const acronymsOfA = acronyms(a);
  const sharedAcronyms = [...acronyms(b)].filter((w) => acronymsOfA.has(w)).length;
  return shared + sharedAcronyms >= 2;
}

/** A theme's comment count beside the writer and the day: "4 Comments", "No Comments", "Leave a comment", "2 Kommentare". */
const COMMENT_COUNT = /(?<![\p{L}\p{N}])(?:(?:\d+|no|one)\s+(?:comments?|responses?|replies)|leave a (?:comment|reply)|\d+\s+(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer|komentarz[ey]?))(?![\p{L}])/iu;
const COMMENT_COUNTS = new RegExp(COMMENT_COUNT.source, 'giu');

/** Whether a meta line carries a comment count. */
export const hasCommentCount = (line: string): boolean => COMMENT_COUNT.test(line);

/** A meta line without its comment count, whose number a date reader would take for a day or an hour. */
export const withoutCommentCount = (line: string): string => line.replace(COMMENT_COUNTS, ' ');

/** The label of a saved e-mail's subject line, in the languages read: "Subject:", "Betreff:", "Ämne:". */
export const MAIL_SUBJECT_LABEL = String.raw`(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|emne|ämne|aihe|temat)\s*:`;

/** A temperature: "14 °C", "−14°C", "75°F". */
export const TEMPERATURE = /\d\s?°\s?[CF]\b/u;
