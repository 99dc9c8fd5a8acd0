/**
 * Names that Finnish, Estonian, Lithuanian and Latvian write as a capitalised word and, in lower case
 * after it, the noun that says what it is: "Itä-Suomen yliopisto", "Ilmatieteen laitoksen",
 * "Kėdainių rajono savivaldybė", "Liepājas reģionālā slimnīca", "Tallinna sadam". The capitalised
 * word alone is most often the town the body serves, in the genitive; the noun makes the whole a
 * body or a place, in whatever case the sentence puts it.
 */
import { dropSinglesWithin, type Single } from './cues.js';
import { type Kind, type Mention } from './tables.js';

/** Stems of the nouns that close a body's name, each followed by any case ending. */
const BODY_STEMS: Readonly<Record<string, readonly string[]>> = {
  fi: ['yliopisto', 'korkeakoulu', 'ammattikorkeakoulu', 'laitos', 'laitok', 'keskus', 'keskuk', 'kaupun', 'kunna', 'kunta', 'virasto', 'viraston', 'ministeriö', 'sairaala', 'liitto', 'liito', 'yhdisty', 'seurakun', 'poliisi', 'käräjäoikeu', 'hovioikeu', 'lukio', 'museo', 'teatteri', 'kirjasto'],
  et: ['ülikool', 'vallavalitsus', 'linnavalitsus', 'vald', 'valla', 'haigla', 'ministeerium', 'kohus', 'kohtu', 'muuseum', 'teater', 'teatri'],
  lt: ['savivaldyb', 'universitet', 'ligonin', 'mokykl', 'gimnazij', 'taryb', 'ministerij', 'teism', 'policij', 'muziej', 'teatr', 'komisarijat', 'tarnyb', 'agentūr', 'inspekcij'],
  lv: ['universitāt', 'slimnīc', 'dome', 'domes', 'pašvaldīb', 'ministrij', 'tiesa', 'tiesas', 'policij', 'muzej', 'teātr', 'skola', 'skolas', 'aģentūr', 'dienest'],
};
/** Stems of the nouns that close a place's name. */
const PLACE_STEMS: Readonly<Record<string, readonly string[]>> = {
  fi: ['kansallispuisto', 'satama', 'sataman', 'järvi', 'järve', 'saari', 'saare', 'joki', 'joe', 'kenttä', 'kentä', 'areena'],
  et: ['sadam', 'saar', 'järv', 'jõgi', 'jõe', 'rahvuspark'],
  lt: ['aren', 'uost', 'ežer', 'upė', 'upės', 'parkas', 'parko', 'stadion'],
  lv: ['osta', 'ostas', 'parks', 'parka', 'ezers', 'ezera', 'upe', 'upes', 'stadion'],
};

/** Words a stem opens that head no name: Finnish "keskustelu" (a debate), "laitonta" (illegal). */
const NOT_HEADS: Readonly<Record<string, RegExp | undefined>> = { fi: /^(?:keskustel|laiton)/u };

export const TRAILING_HEAD_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(BODY_STEMS));

/** Up to two words in lower case before a body's head ("rajono", "reģionālā", "sporto"); none before a place's. */
const MAX_WORDS_BEFORE_HEAD = 2;

const patterns = new Map<string, RegExp>();
function patternFor(language: string): RegExp {
  let pattern = patterns.get(language);
  if (pattern === undefined) {
    const stems = [...BODY_STEMS[language]!, ...PLACE_STEMS[language]!].sort((a, b) => b.length - a.length).join('|');
    // A capitalised word (or two joined by a hyphen), not opening a sentence, then the head's words.
    pattern = new RegExp(String.raw`(?<=[^.!?\s]\s+|[(„“"«]|^)(\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?)((?:\s+\p{Ll}+){0,${MAX_WORDS_BEFORE_HEAD}}\s+((?:${stems})\p{Ll}*))(?![\p{L}-])`, 'gu');
    patterns.set(language, pattern);
  }
  return pattern;
}

function kindOfHead(head: string, language: string): Kind {
  return PLACE_STEMS[language]!.some((stem) => head.startsWith(stem)) && !BODY_STEMS[language]!.some((stem) => head.startsWith(stem) && stem.length > 3) ? 'place' : 'org';
}

/**
 * The names closed by such a noun, as written and typed by it; the mentions the capitalised word made
 * gives way to them, unless it names a person.
 */
export function withTrailingHeads(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  if (language === undefined || !TRAILING_HEAD_LANGUAGES.has(language)) return;
  for (const m of body.matchAll(patternFor(language))) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (NOT_HEADS[language]?.test(m[3]!) ?? false) continue;
    const kind = kindOfHead(m[3]!, language);
    // A place's noun right after its name: "Eesti suurim saar" is "Estonia's largest island", no name.
    if (kind === 'place' && m[2]!.trim().includes(' ')) continue;
    const inside = mentions.filter((o) => o.pos < end && o.pos + o.name.length > start);
    if (inside.some((o) => o.kind === 'person' || o.pos + o.name.length > end)) continue;
    for (const o of inside) mentions.splice(mentions.indexOf(o), 1);
    dropSinglesWithin(singles, body, start, end);
    mentions.push({ kind, name: m[0], pos: start, fixed: true });
  }
}
