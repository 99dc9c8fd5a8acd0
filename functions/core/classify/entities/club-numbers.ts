/**
 * Numbers that are part of a club's or a league's name in German: "FC Schalke 04", "SC Paderborn 07",
 * "1. FC Kaiserslautern", "2. Bundesliga", "3. Liga". Runs of capitalised words stop
 * at a digit, so these names come out of them without their number; this puts it back where the text
 * writes it next to a club's letters or a league's word. Read in German text only ("1. FC Barcelona" in
 * an English table is a rank).
 */
import type { Mention } from './tables.js';

/** A club's letters opening or closing its name: "FC", "SC", "SV", "TSV", "VfB", "VfL", "SpVgg", "FSV". */
const CLUB_LETTERS = /^(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{2,5}$/u;
/** A founding year's last two digits or a whole founding year after the name, not a score, a date or an amount. */
const NUMBER_AFTER = /^\s(\d{2}|1[89]\d\d)(?!\d|[.,:]\d|[/–-]|\s*(?:%|Uhr|Prozent|Minuten|Euro|Punkte|Tore|Spiele))/u;
/** An ordinal before a club's letters or a league: "1. FC", "2. Bundesliga". */
const ORDINAL_BEFORE = /(?:^|[\s(„"“])([1-9])\.\s$/u;
/** Leagues numbered by their tier. */
const LEAGUE = /^(?:Bundesliga|Liga|Frauen-Bundesliga)$/u;

function clubShaped(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && (CLUB_LETTERS.test(words[0]!) || CLUB_LETTERS.test(words[words.length - 1]!)) && !words.every((w) => CLUB_LETTERS.test(w));
}

export function withClubNumbers(mentions: Mention[], body: string, language: string | undefined): void {
  if (language !== 'de') return;
  // A string test first: most articles hold no number after a name.
  if (!/\p{L} \d\d|\d\. \p{Lu}/u.test(body)) return;
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    // Only a name written where the mention says; a canonical name from a list may be spelt differently.
    const at = body.startsWith(m.name, m.pos) ? m.pos : body.indexOf(m.name, m.pos);
    if (at < 0 || at - m.pos > 8) continue;
    const club = clubShaped(m.name);
    const league = LEAGUE.test(m.name);
    if (!club && !league) continue;
    let name = m.name;
    let start = at;
    const ordinal = ORDINAL_BEFORE.exec(body.slice(Math.max(0, at - 4), at));
    if (ordinal && (league || CLUB_LETTERS.test(m.name.split(' ')[0]!))) {
      name = `${ordinal[1]}. ${name}`;
      start = at - 3;
    }
    const end = at + m.name.length;
    const number = club ? NUMBER_AFTER.exec(body.slice(end, end + 16)) : null;
    if (number) name = `${name} ${number[1]}`;
    if (name !== m.name) {
      m.name = name;
      m.pos = start;
      m.fixed = true;
    }
  }
}
