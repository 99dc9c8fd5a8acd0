/**
 * The character set of a text that is neither UTF-8 nor says what it is: a page saved by an old
 * editor in Windows-1251, KOI8-R, Windows-1250, Shift_JIS… Read as Windows-1252, such a text comes
 * out as "Ìýðèÿ Íîâîñèáèðñêà" and every name and word in it is lost.
 *
 * Each candidate decodes the same bytes, and the words holding a byte above ASCII are judged in each
 * reading: letters of one script or of several, letters one language writes together or not (Czech's
 * č and ř, not Windows-1252's è and ø), undefined bytes and symbols where letters belong, capitals
 * after small letters, words a reader of some language knows, and trigrams a language's profile
 * holds. Windows-1252 wins unless another reading is clearly better on the words the two read
 * apart, since most such files are Western European; measured by `bench/charset-detection.ts`.
 */
import { isListedInAnyLanguage } from '../classify/language-filler-words.js';
import { profiledShare } from '../classify/trigram-language.js';
import { decodeWindows1252 } from '../clean/text-utils.js';
import { alphabetFit } from './alphabets.js';
import { decodeStrict } from './strict.js';

/** Single-byte sets, the common ones first: a tie goes to the earlier. */
const SINGLE_BYTE = [
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
  'koi8-r',
  'koi8-u',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'windows-1255',
  'windows-1256',
  'windows-874',
] as const;

/** Multi-byte sets of East Asian text, tried only where the bytes are valid in them. */
const MULTI_BYTE = ['shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5'] as const;

/** Bytes read to decide: a page's head and a good part of its text. */
const SAMPLE_BYTES = 64 * 1024;
/** Words judged, at most. */
const MAX_WORDS = 600;
/** Sets of the Latin script: the others must find most of a text's letters above ASCII. */
const LATIN_SETS: ReadonlySet<string> = new Set(['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1254', 'windows-1257']);
/** Least share of letter bytes above ASCII for a set of another script. */
const MIN_HIGH_SHARE_OTHER_SCRIPT = 0.1;
/** Fewest words Windows-1252 and a challenger must read apart for the challenger to be heard: one name in a page proves nothing. */
const MIN_WORDS_APART = 2;
/** How much better a reading must score than the one it replaces, on the words they read apart. */
const MARGIN = 0.08;
/** Most an East Asian reading may score and still be taken: clean of stray symbols, and its script's shape. */
const MAX_EAST_ASIAN_SCORE = 0.5;

/** ASCII white space and punctuation: where a word ends in every one of these sets. */
const ASCII_SEPARATOR = /[\s!-/:-@[-`{-~]+/;
const IS_SEPARATOR = new Uint8Array(128).map((_, b) => (ASCII_SEPARATOR.test(String.fromCharCode(b)) ? 1 : 0));

/** Non-ASCII marks that are at home in any text: quotes, dashes, bullets, currency, degrees, East Asian punctuation and full-width forms. */
const TYPOGRAPHIC = /[\u00a0\u00a1\u00aa\u00ba\u00bf\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2009\u200b\u2013\u2014\u2018-\u201e\u2022\u2026\u202f\u2039\u203a\u20ac\u2116\u00a3\u00a5\u00a7\u2015\u3000-\u303f\u30fb\u30fc\uff01-\uff60\uffe0-\uffe6]/u;
/** A character above ASCII. */
const NON_ASCII = /[^\p{ASCII}]/u;
/** What no right reading yields: a character the set does not define, or a control. */
const IMPOSSIBLE = /[\ufffd\u0080-\u009f]/u;

const SCRIPTS: readonly [RegExp, number][] = [
  [/\p{Script=Latin}/u, 1],
  [/\p{Script=Cyrillic}/u, 2],
  [/\p{Script=Greek}/u, 3],
  [/\p{Script=Hebrew}/u, 4],
  [/\p{Script=Arabic}/u, 5],
  [/\p{Script=Thai}/u, 6],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, 7],
  [/\p{Script=Hangul}/u, 8],
];

/** The WHATWG label of the likeliest character set of `bytes`, which are not valid UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (!sample.some((b) => b >= 0x80)) return 'windows-1252';
  return eastAsianReading(sample) ?? singleByteReading(sample);
}

/** The East Asian set the bytes read best in, if one reads them as such a text. */
function eastAsianReading(sample: Uint8Array): string | null {
  let best: { charset: string; score: number } | null = null;
  for (const charset of MULTI_BYTE) {
    const text = decodeStrict(sample, charset, true);
    if (text === null) continue;
    const words = text.split(ASCII_SEPARATOR).filter((w) => NON_ASCII.test(w)).slice(0, MAX_WORDS);
    if (eastAsianUnlikeness(words.join(' ')) === undefined) continue;
    const score = scoreWords(words);
    if (score <= MAX_EAST_ASIAN_SCORE && (best === null || score < best.score)) best = { charset, score };
  }
  return best?.charset ?? null;
}

/**
 * The single-byte set the bytes read best in. Each set in turn challenges the best so far on the
 * words the two read differently, and replaces it only when clearly better there: a Czech text in
 * Windows-1250 and in Windows-1252 differs in č, ř, ě and a few more, and only the words holding
 * them can tell.
 */
function singleByteReading(sample: Uint8Array): string {
  const words = byteWords(sample);
  const highShare = shareOfHighBytes(sample);
  let best: string = SINGLE_BYTE[0];
  // The best reading's letters over every word, read again only when another reading takes its place.
  let bestForeign = foreignLetters(words.map((w) => read(w, highTable(best))));
  for (const challenger of SINGLE_BYTE.slice(1)) {
    const [mine, theirs] = [highTable(best), highTable(challenger)];
    const apart = words.filter((w) => w.some((b) => b >= 0x80 && mine[b - 0x80] !== theirs[b - 0x80]));
    if (apart.length === 0 || (best === 'windows-1252' && new Set(apart.map((w) => read(w, theirs))).size < MIN_WORDS_APART)) continue;
    if (!LATIN_SETS.has(challenger) && highShare < MIN_HIGH_SHARE_OTHER_SCRIPT) continue;
    // Letters are weighed over every word of each reading: a Czech text's á, í and ý are the same in
    // Windows-1252, and tell with its č and ř which language writes them all.
    const theirForeign = foreignLetters(words.map((w) => read(w, theirs)));
    if (scoreWords(apart.map((w) => read(w, theirs))) + theirForeign + MARGIN < scoreWords(apart.map((w) => read(w, mine))) + bestForeign) {
      best = challenger;
      bestForeign = theirForeign;
    }
  }
  return best;
}

/**
 * The share of the sample's letter bytes that lie above ASCII. In a text in Cyrillic, Greek, Hebrew,
 * Arabic or Thai most letters do, even in a page's markup; in a Western text a few accents and marks.
 */
function shareOfHighBytes(sample: Uint8Array): number {
  let high = 0;
  let letters = 0;
  for (const b of sample) {
    if (b >= 0x80) high++;
    else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
  }
  return high / Math.max(1, high + letters);
}

/** The runs of bytes between ASCII separators that hold a byte above ASCII. */
function byteWords(sample: Uint8Array): Uint8Array[] {
  const words: Uint8Array[] = [];
  let start = 0;
  let high = false;
  for (let i = 0; i <= sample.length && words.length < MAX_WORDS; i++) {
    const b = i < sample.length ? sample[i]! : 0x20;
    if (b < 0x80 && IS_SEPARATOR[b] === 1) {
      if (high) words.push(sample.subarray(start, i));
      start = i + 1;
      high = false;
    } else if (b >= 0x80) high = true;
  }
  return words;
}

const tables = new Map<string, string[]>();
/** What each byte from 0x80 up reads as in the set. */
function highTable(charset: string): string[] {
  let table = tables.get(charset);
  if (table === undefined) {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const text = charset === 'windows-1252' ? decodeWindows1252(high) : new TextDecoder(charset).decode(high);
    table = [...text];
    // (A decoder that drops an undefined byte instead of giving U+FFFD would shift the rest.)
    if (table.length !== 128) table = [...high].map((b) => new TextDecoder(charset).decode(Uint8Array.of(b)) || '\ufffd');
    tables.set(charset, table);
  }
  return table;
}

function read(word: Uint8Array, table: readonly string[]): string {
  let out = '';
  for (const b of word) out += b < 0x80 ? String.fromCharCode(b) : table[b - 0x80];
  return out;
}

/**
 * How unlike text the words read, from 0 up: the share of their non-ASCII characters that are
 * neither letters nor typographic marks, the share of words mixing scripts or putting a capital
 * after a small letter, and how few of their trigrams with a non-ASCII letter the nearest language's
 * profile lists (East Asian text by its own measure).
 */
function scoreWords(words: readonly string[]): number {
  if (words.length === 0) return 1;
  let nonAscii = 0;
  let strange = 0;
  let impossible = 0;
  let mixed = 0;
  let flipped = 0;
  let listed = 0;
  const letters: string[] = [];
  for (const word of words) {
    let scripts = 0;
    let sawSmall = false;
    let flip = false;
    let kept = '';
    for (const ch of word) {
      const code = ch.codePointAt(0)!;
      const letter = LETTER.test(ch);
      if (code >= 0x80) {
        nonAscii++;
        if (IMPOSSIBLE.test(ch)) impossible++;
        else if ((!letter && !TYPOGRAPHIC.test(ch)) || HALF_WIDTH_KATAKANA.test(ch)) strange++;
      }
      if (!letter) continue;
      kept += ch;
      for (const [pattern, bit] of SCRIPTS) if (pattern.test(ch)) scripts |= 1 << bit;
      if (ch !== ch.toLowerCase() && sawSmall) flip = true;
      else if (ch !== ch.toUpperCase()) sawSmall = true;
    }
    // Greek writes its final sigma only at the end of a word.
    if (scripts & (scripts - 1) || /ς\p{L}/u.test(kept)) mixed++;
    if (flip) flipped++;
    // A number carries marks and units ("2007®", "30º"), not one letter of another alphabet ("2007Ž").
    if (kept.length === 1 && kept > '\x7f' && /\d/.test(word)) {
      strange++;
      continue;
    }
    if (kept) letters.push(kept);
    if (kept.length > 1 && isListedInAnyLanguage(kept.toLowerCase())) listed++;
  }
  const text = letters.join(' ');
  // (Without a letter above ASCII, a reading has nothing for a language to judge: symbols, prices.)
  const unlike = !NON_ASCII.test(text) ? 0 : (eastAsianUnlikeness(text) ?? 1 - (profiledShare(text, (t) => NON_ASCII.test(t)) ?? UNPROFILED_SHARE));
  return (IMPOSSIBLE_WEIGHT * impossible + 2 * strange) / Math.max(1, nonAscii) + (2 * mixed + flipped - LISTED_WEIGHT * listed) / words.length + unlike;
}

/** How many of the words' letters above ASCII no one language writes together with the rest (0 to 1). */
function foreignLetters(words: readonly string[]): number {
  const letters = new Set<string>();
  for (const word of words) for (const ch of word) if (ch > '\x7f' && LETTER.test(ch) && PROFILED_LETTER.test(ch)) letters.add(ch.toLowerCase());
  return 1 - alphabetFit(letters);
}

/** What a script without trigram profiles (Greek, Thai) is taken to share with its language. */
const UNPROFILED_SHARE = 0.25;
/** What a word every reader of some language knows ("když", "među", "się") counts for a reading. */
const LISTED_WEIGHT = 2;
/** An undefined byte or a control all but rules a reading out. */
const IMPOSSIBLE_WEIGHT = 20;
/** A letter or a mark on one; not a modifier (ˇ) or an ordinal indicator (º), which are symbols in running text. */
const LETTER = /(?![ªº])[\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{M}]/u;
/** Letters of the scripts the language profiles cover. */
const PROFILED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Half-width katakana: old terminals' Japanese, and what other bytes come out as in Shift_JIS. */
const HALF_WIDTH_KATAKANA = /[\uff61-\uff9f]/u;

/**
 * For text mostly in East Asian scripts, how unlike Japanese, Korean or Chinese it reads (0 to 1),
 * else undefined: Japanese writes kana between its characters, Korean writes Hangul, and Chinese
 * neither, with its commonest characters among the rest.
 */
function eastAsianUnlikeness(text: string): number | undefined {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const all = han + kana + hangul;
  if (all === 0 || all < text.replace(/\s/g, '').length / 2) return undefined;
  if (hangul / all > 0.6) return 0.3;
  if (kana / all > 0.15) return 0.3;
  const common = text.match(COMMON_HAN)?.length ?? 0;
  return han / all > 0.9 && common / Math.max(1, han) > 0.08 ? 0.3 : 1;
}
/** The commonest characters of Chinese text, simplified and traditional. */
const COMMON_HAN = /[的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日]/gu;
