/**
 * Cross-language topic cues. The shipped topic model learnt English words; a French, German,
 * Spanish, Italian or Portuguese article shares its names with English news (Merkel, Bayern,
 * Airbus) but not its topical words. Rewriting the words a small bilingual table knows
 * ("mannschaft" → team, "bénéfice" → profit) into the English word the model knows lets it read
 * those articles; names English news uses too stay, and every other word is dropped (see
 * {@link toEnglishCues}).
 */
import cueData from './data/topic-cues.json' with { type: 'json' };

type CueTable = ReadonlyMap<string, string>;
// Maps, not the JSON objects: a word like "constructor" must not find Object's prototype.
const tables: ReadonlyMap<string, CueTable> = new Map(
  Object.entries(cueData as Record<string, Record<string, string>>).map(([language, words]) => [language, new Map(Object.entries(words))]),
);

/** Whether the `language`'s cue table knows `word`: an everyday word of that language, not a name. */
export function isCueWord(word: string, language: string): boolean {
  return tables.get(language)?.has(word.toLowerCase()) ?? false;
}

/** Shortest known word a German compound may end in to borrow its meaning ("Bundesregierung"). */
const MIN_COMPOUND_TAIL = 5;

/** Languages whose topical words can be rewritten into English. */
export function topicCueLanguages(): readonly string[] {
  return [...tables.keys()];
}

function lookUp(table: CueTable, word: string, compounds: boolean): string | undefined {
  const direct = table.get(word);
  if (direct !== undefined || !compounds) return direct;
  // German writes compounds as one word; the head (the meaning) is the last part.
  for (let i = 1; word.length - i >= MIN_COMPOUND_TAIL; i++) {
    const tail = table.get(word.slice(i));
    if (tail !== undefined) return tail;
  }
  return undefined;
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
  const table = tables.get(language);
  if (!table) return text;
  // French elision ("l'équipe", "d'affaires") would hide the word from the table.
  const plain = language === 'fr' ? text.replace(/(?<![\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu, '') : text;
  const compounds = language === 'de';
  return plain.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const english = compounds && NOT_COMPOUNDS.has(lower) ? undefined : lookUp(table, lower, compounds);
    if (english !== undefined) return english;
    return word !== lower && isName(word) ? word : '';
  });
}
