/**
 * The words of a sentence for keyword extraction, in any script. Most scripts separate words with
 * spaces, so a word is a run of letters with their vowel signs and joiners. Chinese, Japanese, Thai,
 * Lao, Khmer and Burmese do not: there the runtime's ICU word segmenter (a dictionary per script,
 * built into Node) cuts the run into words.
 */
import { wordSegmenter } from '../words.js';
import { isUnspaced } from './shared-lists.js';

export interface KeywordToken {
  readonly word: string;
  /** Offset of the word in the sentence. */
  readonly index: number;
}

/**
 * Letters with their combining marks (Devanagari and Thai vowel signs), and a zero-width
 * non-joiner or joiner between letters (Persian "داده‌ها"), apostrophes and hyphens inside words.
 */
const WORD = /\p{L}[\p{L}\p{M}\p{N}\u200c\u200d]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}\u200c\u200d]*)*/gu;

const LETTER = /\p{L}/u;

export function* keywordTokens(sentence: string, language: string | undefined): Generator<KeywordToken> {
  if (isUnspaced(language)) {
    for (const { segment, index, isWordLike } of wordSegmenter(language).segment(sentence)) {
      if (isWordLike && LETTER.test(segment)) yield { word: segment, index };
    }
    return;
  }
  for (const m of sentence.matchAll(WORD)) yield { word: m[0], index: m.index };
}

/**
 * Scripts whose one character carries a syllable or a word (Han, kana, Hangul, and the Brahmic
 * scripts' consonant-vowel clusters): two of their letters make a word worth a keyword, where an
 * alphabet needs three.
 */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const THREE_LETTERS = /\p{L}\p{M}*\p{L}\p{M}*\p{L}/u;
const TWO_LETTERS = /\p{L}\p{M}*\p{L}/u;

/** Whether `word` is long enough to be a keyword. */
export function longEnough(word: string): boolean {
  return word.length >= 3 ? THREE_LETTERS.test(word) || (DENSE_SCRIPT.test(word) && TWO_LETTERS.test(word)) : DENSE_SCRIPT.test(word) && TWO_LETTERS.test(word);
}

/** Japanese words in hiragana alone are grammar: particles, endings, auxiliaries ("など", "について"). */
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * Korean attaches case and topic particles to the noun ("강원은", "경기에서"): the noun is the
 * keyword. Longest particles first; a stem of at least two syllables must remain.
 */
const KOREAN_PARTICLE = /(?:에서는|에서도|으로는|으로도|에게서|까지는|부터는|에서|에게|한테|께서|으로|까지|부터|처럼|보다|마저|조차|이나|이라|은|는|이|가|을|를|의|에|로|와|과|도|만)$/u;
/** Korean predicates ("밝혔다", "있습니다"): verbs and adjectives, never keywords. */
const KOREAN_PREDICATE = /(?:했다|한다|된다|됐다|있다|없다|이다|였다|었다|았다|겠다|니다|는다|하며|하고|해야|했고|했으며|라고|다고|으며|면서|지만|어요|아요|해요|예요|에요)$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;

/**
 * The form of `word` a keyword is counted under, or undefined when the word cannot be one in
 * `language` (its grammar says it is a particle, an ending or a predicate).
 */
export function keywordForm(word: string, language: string | undefined): string | undefined {
  if (language === 'ja' && HIRAGANA_ONLY.test(word)) return undefined;
  if (language === 'ko' && HANGUL.test(word)) {
    if (KOREAN_PREDICATE.test(word)) return undefined;
    const stem = word.replace(KOREAN_PARTICLE, '');
    return stem.length >= 2 ? stem : word;
  }
  return word;
}
