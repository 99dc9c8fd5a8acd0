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
import { listKeyOf, SHARED_LIST_OF } from './shared-lists.js';

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

/**
 * Languages whose words take case and tense endings the tables cannot list in full: a word may
 * also match the longest table form of {@link MIN_STEM} letters or more that it begins with, when
 * at most {@link MAX_ENDING} letters follow ("meczu", "meczem" → "mecz"; "ottelussa" → "ottelu").
 */
const INFLECTING: ReadonlySet<string> = new Set(['pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'ro', 'tr', 'fi', 'et', 'hu', 'lt', 'lv', 'hr', 'bs', 'sr', 'sl', 'el']);
const MIN_STEM = 4;
const MAX_ENDING = 5;

function lookUp(table: CueTable, word: string, compounds: boolean, endings: boolean): string | undefined {
  const direct = table.get(word);
  if (direct !== undefined) return direct;
  if (endings) {
    for (let length = word.length - 1; length >= Math.max(MIN_STEM, word.length - MAX_ENDING); length--) {
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
 * The word as the tables write it: Turkish lower-cases "I" to "ı" and "İ" to "i", and Romanian is
 * written with the cedilla letters (ş, ţ) by older keyboards where the tables have the comma (ș, ț).
 */
function lowerCase(word: string, language: string): string {
  if (language === 'tr') return word.toLocaleLowerCase('tr');
  const lower = word.toLowerCase();
  return language === 'ro' ? lower.replace(/ş/g, 'ș').replace(/ţ/g, 'ț') : lower;
}

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
  const endings = INFLECTING.has(language);
  return plain.replace(/\p{L}+/gu, (word) => {
    const lower = lowerCase(word, language);
    const english = compounds && NOT_COMPOUNDS.has(lower) ? undefined : lookUp(table, lower, compounds, endings);
    if (english !== undefined) return english;
    return word !== lower && isName(word) ? word : '';
  });
}
