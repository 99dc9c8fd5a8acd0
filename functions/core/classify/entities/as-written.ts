/**
 * Outside English, a place or body the gazetteer knows is shown as the article writes it
 * ("Deutschland", "Bruxelles", "Reserva Federal"), not by its English canonical name: a German
 * article's readers read German names. In English, another spelling, a longer form or another
 * word order is ("Kyiv", "Meta Platforms", "Justice Department" for the canonical "Kiev", "Meta",
 * "Department of Justice"); a short form ("US", "Britain") gives way to the full name. The
 * canonical name stays what the entity's feed, facet and slug are keyed on, so articles in every
 * language and spelling share one feed (`/entities/kiev`).
 */
import type { EntitySet } from '../../article.js';
import { hasLetterCase, wholeWordMentions } from '../../words.js';
import { ALIASES_OF, CASE_FORMS } from './tables.js';

export interface NamesAsWritten {
  entities: EntitySet;
  /** Each name shown as written → the canonical name whose feed it shares; only names that differ. */
  feedNames: Record<string, string>;
}

/**
 * Short capitals ("EU", "EE.UU.", "FMI", "3M"): a written-out name the article also uses reads better.
 * Wider than the tokenizer's `isAcronym`, which takes one token's shape and so no "EE.UU." or "3M".
 */
const SHORT_CAPITALS = /^[\p{Lu}\d.&-]{2,8}$/u;
const WORD = /[\p{L}\p{N}]+/gu;

const JOINING_WORD = /^(?:of|for|the|on|and)$/iu;
/** The name's words but those joining them: "Justice Department" and "Department of Justice" share theirs. */
const nameWords = (name: string): string => name.split(' ').filter((word) => !JOINING_WORD.test(word)).map((word) => word.toLowerCase()).sort().join(' ');

/**
 * Another spelling of a name ("Kyiv" for "Kiev"), a longer form ("Meta Platforms") or its words in
 * another order ("Justice Department"); not a short form of it ("US", "Britain").
 */
function sameShape(alias: string, canonical: string): boolean {
  if (SHORT_CAPITALS.test(alias)) return false;
  const words = alias.split(' ').length;
  return words >= canonical.split(' ').length || (words > 1 && nameWords(alias) === nameWords(canonical));
}

/** The text with a name's longer forms blanked: "Meta Platforms" does not write "Meta". */
function withoutLongerForms(text: string, canonical: string, aliases: readonly string[]): string {
  const longer = aliases.filter((alias) => alias.length > canonical.length && alias.includes(canonical)).sort((a, b) => b.length - a.length);
  return longer.reduce((rest, alias) => rest.split(alias).join(' '), text);
}

/**
 * `text` holds `name` as a whole word or words, in the case given. A name in a script without
 * letter case ("日本", "اليمن") only needs to be there: those scripts run words together or attach
 * particles to them.
 */
function writes(text: string, name: string): boolean {
  return hasLetterCase(name) ? wholeWordMentions(text, name).count > 0 : text.includes(name);
}

/**
 * The entities of an article in `language` with each known place and body named as `text` (its
 * title and body) writes it, when the text never writes the canonical name. Among the names it
 * writes, a written-out one goes before an acronym ("Estados Unidos" before "EE.UU."), then the
 * lists' order decides. A country the text names only in a case other than a nominative ("w Polsce")
 * keeps its English name. People keep their names.
 */
export function namesAsWritten(entities: EntitySet, text: string, language: string): NamesAsWritten {
  if (language === 'und') return { entities, feedNames: {} };
  const spellingOf = language === 'en' ? sameShape : (): boolean => true;
  // Most aliases are other languages' spellings: a word the text lacks rules them out without a search.
  const words = new Set(text.match(WORD) ?? []);
  const feedNames: Record<string, string> = {};
  const shown = new Set([...entities.people, ...entities.places, ...entities.organizations]);
  const asWritten = (canonical: string): string => {
    const aliases = ALIASES_OF.get(canonical);
    if (!aliases || writes(withoutLongerForms(text, canonical, aliases), canonical)) return canonical;
    const written = aliases.filter((alias) => spellingOf(alias, canonical) && !CASE_FORMS.has(alias) && (words.has(alias.match(WORD)?.[0] ?? '') || !hasLetterCase(alias)) && !shown.has(alias) && writes(text, alias));
    const name = written.find((alias) => !SHORT_CAPITALS.test(alias)) ?? written[0];
    if (name === undefined) return canonical;
    shown.add(name);
    feedNames[name] = canonical;
    return name;
  };
  return { entities: { people: entities.people, places: entities.places.map(asWritten), organizations: entities.organizations.map(asWritten) }, feedNames };
}
