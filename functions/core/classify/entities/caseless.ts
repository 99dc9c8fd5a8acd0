/**
 * Places named in scripts without capital letters (Chinese, Japanese, Korean, Arabic), which the
 * capitalised runs never find: the gazetteer's names in those scripts, looked up in the text. Chinese
 * and Japanese write no spaces, so a name may sit anywhere in a run of characters; the longest name
 * at a position wins ("印度尼西亚" is Indonesia, not India).
 */
import { hasLetterCase } from '../../words.js';
import { ALIASES_OF, GAZ, type Kind, type Mention, norm } from './tables.js';

/** Languages whose names only this lookup finds. */
export const CASELESS_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko', 'ar']);

const HANGUL = /\p{Script=Hangul}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;
/** Arabic's one-letter proclitics ("و", "and"; "ب", "in"; "ل", "for"; "ف", "so"; "ك", "like") written onto a name. */
const ARABIC_PROCLITIC = /[وبلفك]/u;

interface CaselessName {
  name: string;
  canonical: string;
  kind: Kind;
}

let byFirst: Map<string, CaselessName[]> | undefined;

/** The gazetteer's names without letter case, by first character, longest first; built on first use. */
function caselessNames(): Map<string, CaselessName[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [canonical, aliases] of ALIASES_OF) {
    for (const name of aliases) {
      // ALIASES_OF only holds names the gazetteer enters under their canonical name.
      if (name.length < 2 || hasLetterCase(name)) continue;
      const list = byFirst.get(name[0]!) ?? [];
      list.push({ name, canonical, kind: GAZ.get(norm(name))!.kind });
      byFirst.set(name[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return byFirst;
}

/** Whether a name found at `at` stands on its own: Korean and Arabic words are spaced, though particles and proclitics attach. */
function standsAlone(text: string, at: number, name: string): boolean {
  const before = text[at - 1];
  if (HANGUL.test(name[0]!)) return before === undefined || !HANGUL.test(before);
  if (!ARABIC.test(name[0]!)) return true;
  const after = text[at + name.length];
  if (after !== undefined && LETTER.test(after)) return false;
  if (before === undefined || !LETTER.test(before)) return true;
  const beforeThat = text[at - 2];
  return ARABIC_PROCLITIC.test(before) && (beforeThat === undefined || !LETTER.test(beforeThat));
}

/** Mentions of the known places `text` names in a script without letter case. */
export function caselessPlaceMentions(text: string): Mention[] {
  const names = caselessNames();
  const out: Mention[] = [];
  for (let at = 0; at < text.length; ) {
    const found = names.get(text[at]!)?.find(({ name }) => text.startsWith(name, at) && standsAlone(text, at, name));
    if (!found) {
      at++;
      continue;
    }
    out.push({ kind: found.kind, name: found.canonical, pos: at, fixed: true });
    at += found.name.length;
  }
  return out;
}
