/**
 * Cross-language topic cues. The shipped topic model learnt English words; a French, German,
 * Spanish, Italian or Portuguese article shares its names with English news (Merkel, Bayern,
 * Airbus) but not its topical words. Rewriting the words a small bilingual table knows
 * ("mannschaft" → team, "bénéfice" → profit) into the English word the model knows lets it read
 * those articles; names English news uses too stay, and every other word is dropped (see
 * {@link toEnglishCues}).
 */
import packed from './data/topic-cues.packed.json' with { type: 'json' };
import { unpackText } from './packed.js';
import { isUnspaced, listKeyOf, SHARED_LIST_OF } from './shared-lists.js';

type CueTable = ReadonlyMap<string, string>;
let cueTables: ReadonlyMap<string, CueTable> | undefined;

/**
 * The tables, inflated on first use (data/topic-cues/*.json, packed by scripts/build-topic-cues.ts).
 * Maps, not objects: a word like "constructor" must not find Object's prototype.
 */
function tables(): ReadonlyMap<string, CueTable> {
  if (cueTables) return cueTables;
  // "#<language>" opens a table; each line after it is an English word, a tab and its forms.
  const byLanguage = new Map<string, Map<string, string>>();
  let table: Map<string, string> | undefined;
  for (const line of unpackText(packed.packed).split('\n')) {
    if (line.startsWith('#')) {
      byLanguage.set(line.slice(1), (table = new Map()));
      continue;
    }
    const [english, forms] = line.split('\t');
    if (!table || english === undefined || forms === undefined) continue;
    for (const word of forms.split(' ')) table.set(word, english);
  }
  cueTables = byLanguage;
  return byLanguage;
}

/**
 * A language without a table of its own reads its nearest relative's, whose stems it largely
 * shares: Slovak the Czech one, Slovenian the Croatian one, Galician the Portuguese one, Ukrainian
 * and Bulgarian the Russian one, Afrikaans the Dutch one and Malay the Indonesian one.
 */
const NEIGHBOUR_TABLE: Readonly<Record<string, string>> = { sk: 'cs', sl: 'sh', gl: 'pt', uk: 'ru', bg: 'ru', af: 'nl', ms: 'id' };
/** The languages with a table, known without inflating them (an English article never needs them). */
const TABLE_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(packed.counts));
function tableFor(language: string): CueTable | undefined {
  const key = NEIGHBOUR_TABLE[language] ?? listKeyOf(language);
  return TABLE_LANGUAGES.has(key) ? tables().get(key) : undefined;
}

/**
 * The English word the `language`'s cue table gives `word` (an everyday word of that language, or
 * a country or people: "Ryssland" → russia), or undefined.
 */
export function cueMeaning(word: string, language: string): string | undefined {
  return tableFor(language)?.get(word.toLowerCase());
}

/** Shortest known word a German compound may end in to borrow its meaning ("Bundesregierung"). */
const MIN_COMPOUND_TAIL = 5;

/** Languages with a table written for them (their own or one they share), not a neighbour's. */
export function topicCueLanguages(): readonly string[] {
  const sharing = Object.entries(SHARED_LIST_OF).filter(([, table]) => TABLE_LANGUAGES.has(table));
  return [...[...TABLE_LANGUAGES].filter((language) => language !== 'sh'), ...sharing.map(([language]) => language)];
}

/** How far a word may run past a listed stem and still read as it. */
interface Endings {
  /** Shortest stem, in UTF-16 units, a longer word may be read as. */
  readonly minStem: number;
  /** Most letters that may follow the stem. */
  readonly maxEnding: number;
}

/**
 * Languages whose words take case and tense endings the tables cannot list in full: a word may
 * also match the longest table form of `minStem` letters or more that it begins with, when at
 * most `maxEnding` letters follow ("meczu", "meczem" → "mecz"; "ottelussa" → "ottelu"). Korean
 * writes its particles onto the noun ("경기에서", "선수들이"), so a stem of two syllables is enough
 * there; Hindi's plural and oblique endings are vowel signs ("खिलाड़ियों" → "खिलाड़ी").
 */
const INFLECTING: ReadonlyMap<string, Endings> = new Map([
  ...['pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'ro', 'tr', 'fi', 'et', 'hu', 'lt', 'lv', 'hr', 'bs', 'sr', 'sl', 'el'].map((language): [string, Endings] => [language, { minStem: 4, maxEnding: 5 }]),
  ['ko', { minStem: 2, maxEnding: 4 }],
  ['hi', { minStem: 3, maxEnding: 4 }],
]);

/**
 * For each letter an unspaced table's keys begin with, the lengths of those keys, longest first:
 * the lengths worth trying at a position (a Thai word runs to twenty code units, most Chinese ones
 * to two or three).
 */
const keyLengths = new WeakMap<CueTable, ReadonlyMap<string, readonly number[]>>();
function keyLengthsOf(table: CueTable): ReadonlyMap<string, readonly number[]> {
  let byFirst = keyLengths.get(table);
  if (byFirst) return byFirst;
  const lengths = new Map<string, Set<number>>();
  for (const key of table.keys()) {
    const first = key[0]!;
    let set = lengths.get(first);
    if (!set) lengths.set(first, (set = new Set()));
    set.add(key.length);
  }
  byFirst = new Map([...lengths].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
  keyLengths.set(table, byFirst);
  return byFirst;
}

function lookUp(table: CueTable, word: string, compounds: boolean, endings: Endings | undefined): string | undefined {
  const direct = table.get(word);
  if (direct !== undefined) return direct;
  if (endings) {
    for (let length = word.length - 1; length >= Math.max(endings.minStem, word.length - endings.maxEnding); length--) {
      const stem = table.get(word.slice(0, length));
      if (stem !== undefined) return stem;
    }
    return undefined;
  }
  if (!compounds) return undefined;
  // German writes compounds as one word; the head (the meaning) is the last part.
  for (let i = 1; word.length - i >= MIN_COMPOUND_TAIL; i++) {
    const tail = table.get(word.slice(i));
    if (tail !== undefined) return tail;
  }
  return undefined;
}

/**
 * The English words of a run of Chinese, Japanese or Thai letters: at each position the longest
 * table key starting there is read and the scan goes on after it, and a position where none
 * starts is skipped. Without a word segmenter this is the usual dictionary reading, and the
 * tables list the longer words whose characters would otherwise read as a shorter, misleading key.
 */
function readUnspaced(run: string, table: CueTable): string {
  const english: string[] = [];
  const byFirst = keyLengthsOf(table);
  for (let i = 0; i < run.length; ) {
    let step = 1;
    for (const length of byFirst.get(run[i]!) ?? []) {
      if (i + length > run.length) continue;
      const meaning = table.get(run.slice(i, i + length));
      if (meaning === undefined) continue;
      english.push(meaning);
      step = length;
      break;
    }
    i += step;
  }
  return english.join(' ');
}

/**
 * The word as the tables write it: Turkish lower-cases "I" to "ı" and "İ" to "i", and Romanian is
 * written with the cedilla letters (ş, ţ) by older keyboards where the tables have the comma (ș, ț).
 */
function lowerCase(word: string, language: string): string {
  if (language === 'tr') return word.toLocaleLowerCase('tr');
  const lower = word.toLowerCase();
  return language === 'ro' ? lower.replace(/ş/g, 'ș').replace(/ţ/g, 'ț') : lower;
}

/** Latin words inside Chinese, Japanese or Thai text (a brand, a name), read as words. */
const LATIN_PIECES = /(\p{Script=Latin}+)/u;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Catalan writes its geminate l with a middle dot inside the word: "satèl·lit", "intel·ligència". */
const CATALAN_WORD = /\p{L}[\p{L}\p{M}]*(?:·\p{L}[\p{L}\p{M}]*)*/gu;

/** German words whose tail is a cue word but whose meaning is not ("Beispiel" is not a game). */
const NOT_COMPOUNDS: ReadonlySet<string> = new Set(['beispiel', 'beispiele', 'beispielen', 'beispiels', 'zufrieden', 'unzufrieden', 'zufriedene', 'zufriedenen']);

/**
 * `text` reduced to what an English topic model can read: every word the `language`'s cue table
 * knows becomes its English equivalent, capitalised words `isName` accepts (names English news
 * also uses: Bayern, Airbus, Merkel) stay, and every other word is dropped — a foreign word the
 * model never saw only lands in hash buckets that belong to unrelated English features.
 * Returns `text` unchanged when there is no table for the language (English included).
 */
export function toEnglishCues(text: string, language: string, isName: (word: string) => boolean): string {
  const table = tableFor(language);
  if (!table) return text;
  // French elision ("l'équipe", "d'affaires") would hide the word from the table.
  const plain = language === 'fr' ? text.replace(/(?<![\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu, '') : text;
  const compounds = language === 'de';
  const endings = INFLECTING.get(language);
  // A language without spaces between words: a run of its letters is read by longest match (see readUnspaced).
  const unspaced = isUnspaced(language);
  const readWord = (word: string): string => {
    const lower = lowerCase(word, language);
    const english = compounds && NOT_COMPOUNDS.has(lower) ? undefined : lookUp(table, lower, compounds, endings);
    if (english !== undefined) return english;
    return word !== lower && isName(word) ? word : '';
  };
  // Letters with their vowel signs: Hindi and Thai write vowels as combining marks inside a word.
  return plain.replace(language === 'ca' ? CATALAN_WORD : WORD, (word) => {
    if (!unspaced) return readWord(word);
    // The split's odd pieces are the Latin words (a brand, a name) written into the run.
    return word
      .split(LATIN_PIECES)
      .map((piece, i) => (i % 2 === 1 ? readWord(piece) : readUnspaced(piece, table)))
      .join(' ');
  });
}
