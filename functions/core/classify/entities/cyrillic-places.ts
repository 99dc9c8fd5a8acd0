/**
 * A place a Russian, Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian article names in
 * Cyrillic, in whatever case: "в Москве", "из Томска", "у Києві", "в Казани". The lists hold places
 * in the Latin script, so the word's case ending is swapped for each nominative ending it can come
 * from, the candidate is transliterated, and it counts only when the gazetteer (whose canonical name
 * it then takes: "Москве" → Moscow) or the world's towns know it.
 */
import { type CaseEnding as Ending, listedPlace, nominativeForms } from './slavic-case.js';

export const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']);

/** Case endings of place names and the nominative endings they come from, the likelier first. */
const ENDINGS: readonly Ending[] = [
  ['ске', 'ск'], ['ска', 'ск'], ['ску', 'ск'],
  ['ове', 'ов'], ['ова', 'ов'], ['ову', 'ов'], ['овом', 'ов'], ['еві', 'ів'], ['ева', 'ів'], ['ові', 'ів'], ['ова', 'ів'],
  ['ью', 'ь'], ['и', 'ь'], ['е', 'а'], ['ы', 'а'], ['и', 'а'], ['у', 'а'], ['ою', 'а'], ['і', 'а'], ['ї', 'я'], ['е', 'я'], ['и', 'я'], ['ю', 'я'],
  ['е', ''], ['а', ''], ['у', ''], ['ом', ''], ['і', ''], ['ові', ''],
];

/** Letters in the Latin script: Russian's as the lists write Russian towns, then the other languages' own letters. */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};
/** Letters each language writes otherwise: Ukrainian "и" is y and "г" h, Bulgarian "щ" sht and "ъ" a, Serbian "х" h. */
const OWN_LATIN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  uk: { и: 'y', г: 'h', х: 'kh' },
  be: { г: 'h' },
  bg: { щ: 'sht', ъ: 'a', х: 'h' },
  sr: { х: 'h', ц: 'c', ч: 'c', ш: 's', ж: 'z' },
  mk: { х: 'h', ц: 'c', ч: 'c', ш: 's', ж: 'z' },
};

function transliterations(word: string, language: string): string[] {
  const own = OWN_LATIN[language];
  const spell = (table: (ch: string) => string | undefined): string => {
    let out = '';
    for (const ch of word.toLowerCase()) out += table(ch) ?? ch;
    return out;
  };
  const common = spell((ch) => LATIN[ch]);
  const local = own ? spell((ch) => own[ch] ?? LATIN[ch]) : common;
  return local === common ? [common] : [local, common];
}

/**
 * An adjective's endings: "Единой России", "Томской области", "в Кировском районе" name no town by
 * themselves ("Кировском" is the Kirovsky district's, not Kirovsk's; a town's own instrumental,
 * "над Томском", is rarer).
 */
const ADJECTIVE_ENDING = /(?:ой|ый|ий|ая|ое|ые|ого|ому|ых|ым|ыми|ими|ую|ском|цком|ська|ський|ського|ській|ськім)$/u;

/** Shorter words are not read. */
const MIN_NAME = 4;
const MIN_STEM = 2;

/** The place a Cyrillic word names, in the lists' spelling; undefined when no list knows one. */
export function cyrillicPlace(word: string, language: string): string | undefined {
  if (!CYRILLIC_LANGUAGES.has(language) || word.length < MIN_NAME || word.includes(' ') || !/^\p{Script=Cyrillic}+$/u.test(word) || ADJECTIVE_ENDING.test(word)) return undefined;
  for (const form of [word, ...nominativeForms(word, ENDINGS, MIN_STEM)]) {
    for (const latin of transliterations(form, language)) {
      const place = listedPlace(latin[0]!.toUpperCase() + latin.slice(1));
      if (place !== undefined) return place;
    }
  }
  return undefined;
}
