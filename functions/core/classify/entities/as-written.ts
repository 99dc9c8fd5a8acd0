/**
 * Outside English, a place or body the gazetteer knows is shown as the article writes it
 * ("Deutschland", "Bruxelles", "Reserva Federal"), not by its English canonical name: a German
 * article's readers read German names. In English, another spelling, a longer form or another
 * word order is ("Kyiv", "Meta Platforms", "Justice Department" for the canonical "Kiev", "Meta",
 * "Department of Justice"); a place's short form ("US", "Britain") gives way to the full name,
 * while a body's initials or short name are shown as written ("UCI", "Leinster"). The
 * canonical name stays what the entity's feed, facet and slug are keyed on, so articles in every
 * language and spelling share one feed (`/entities/kiev`).
 */
import type { EntitySet } from '../../article.js';
import { escapeRegExp, hasLetterCase, wholeWordMentions } from '../../words.js';
import { ALIASES_OF, CASE_FORMS, GAZ, GLOTTAL_STOP, norm, SIDES_AND_LEAGUES, SPORTS_ALIASES_OF } from './tables.js';

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

/** Words of a name, a hyphen parting them as a space does ("Timor-Leste" has two, as "East Timor"). */
const wordCount = (name: string): number => name.split(/[\s-]+/u).length;

/**
 * Another spelling of a place's name ("Kyiv" for "Kiev"), a longer form ("National Capital
 * Region") or its words in another order; not a short form of it ("US", "Britain"), which reads as
 * the full name.
 */
function placeAsWritten(alias: string, canonical: string): boolean {
  if (SHORT_CAPITALS.test(alias)) return false;
  const words = wordCount(alias);
  return words >= wordCount(canonical) || (words > 1 && nameWords(alias) === nameWords(canonical));
}

/**
 * Any name of a body the article uses instead of the canonical one: its initials ("UCI", "AFL"), a
 * longer form ("Meta Platforms"), another order ("Justice Department") or a shorter one ("Leinster"
 * for "Leinster Rugby", "Harvard"), since the lists' canonical name can be wrong for the story ("ICC"
 * is the cricket council in a cricket report) and the feed stays the canonical name's. Not the
 * canonical name without its article ("Guardian" for "The Guardian"): that is how sentences write it.
 */
const organizationAsWritten = (alias: string, canonical: string): boolean => !/^the\s/iu.test(canonical) || alias.toLowerCase() !== canonical.slice(4).toLowerCase();

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
 * A listed name as the text writes it with the ʻokina ("Kauaʻi", "ʻEua"; or a mark typed for it,
 * "Hawai‘i"), which the lists leave out, when the text never writes it without. Asked only of a
 * text that holds one of the marks.
 */
function withGlottalStops(canonical: string, text: string): string | undefined {
  if (writes(text, canonical)) return undefined;
  const letters = [...canonical].map((char) => escapeRegExp(char)).join('[ʻʼ‘]?');
  const written = new RegExp(`(?<![\\p{L}\\p{N}])[ʻʼ]?${letters}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.[0];
  return written !== undefined && GLOTTAL_STOP.test(written) ? written : undefined;
}

/**
 * The entities of an article in `language` with each known place and body named as `text` (its
 * title and body) writes it, when the text never writes the canonical name. Among the names it
 * writes, a written-out one goes before an acronym ("Estados Unidos" before "EE.UU."), then the
 * lists' order decides. A country the text names only in a case other than a nominative ("w Polsce")
 * keeps its English name. People keep their names. `sportsStory` false: see the sports initials below.
 */
export function namesAsWritten(entities: EntitySet, text: string, language: string, sportsStory = true): NamesAsWritten {
  if (language === 'und') return { entities, feedNames: {} };
  const anySpelling = (): boolean => true;
  // Most aliases are other languages' spellings: a word the text lacks rules them out without a search.
  const words = new Set(text.match(WORD) ?? []);
  const feedNames: Record<string, string> = {};
  const shown = new Set([...entities.people, ...entities.places, ...entities.organizations]);
  const anyGlottalStop = GLOTTAL_STOP.test(text);
  const anyCurlyApostrophe = text.includes('’');
  const asWritten = (spellingOf: (alias: string, canonical: string) => boolean) => (canonical: string): string => {
    const glottal = anyGlottalStop ? withGlottalStops(canonical, text) : undefined;
    if (glottal !== undefined) {
      shown.add(glottal);
      feedNames[glottal] = canonical;
      return glottal;
    }
    const listed = [...(ALIASES_OF.get(canonical) ?? []), ...(SPORTS_ALIASES_OF.get(canonical) ?? [])];
    // The lists write a straight apostrophe, a typeset text the curly one: "Côte d’Ivoire" is their "Côte d'Ivoire".
    // The canonical name too: "Centre national d’études spatiales" is the list's "Centre national d'études spatiales" as written.
    const aliases = anyCurlyApostrophe ? [...listed, canonical].flatMap((alias) => (alias.includes("'") ? [alias, alias.replaceAll("'", '’')] : alias === canonical ? [] : [alias])) : listed;
    if (aliases.length === 0 || writes(withoutLongerForms(text, canonical, aliases), canonical)) return canonical;
    const written = aliases.filter((alias) => spellingOf(alias, canonical) && !CASE_FORMS.has(alias) && (words.has(alias.match(WORD)?.[0] ?? '') || !hasLetterCase(alias)) && !shown.has(alias) && writes(text, alias));
    // "Security Council" inside "United Nations Security Council" is not written on its own.
    const alone = written.filter((alias) => writes(withoutLongerForms(text, alias, written), alias));
    const name = alone.find((alias) => !SHORT_CAPITALS.test(alias)) ?? alone[0];
    if (name === undefined) return canonical;
    shown.add(name);
    // "RCB" in a story about a forest fire is Poland's crisis centre, not Bangalore's cricket side:
    // outside a sports story a side's or a league's initials keep a feed of their own. (A sports
    // body's are not so shared: "GAA" at a country fair is still the Gaelic Athletic Association.)
    if (!sportsStory && SHORT_CAPITALS.test(name) && SIDES_AND_LEAGUES.has(canonical)) return name;
    feedNames[name] = canonical;
    return name;
  };
  const english = language === 'en';
  return {
    entities: {
      people: entities.people,
      places: entities.places.map(asWritten(english ? placeAsWritten : anySpelling)),
      organizations: entities.organizations.map(asWritten(english ? organizationAsWritten : anySpelling)),
    },
    feedNames,
  };
}

/**
 * The entities found in the text with its typeset marks made plain (`withPlainMarks`), named with the
 * marks the text writes them with ("O’Brien", not "O'Brien"; `typeset`, from `typesetMarksRestorer`).
 * A list's canonical name stays as the list writes it, as it does when found in a typeset text.
 */
export function withTypesetMarks(entities: EntitySet, typeset: (text: string) => string): EntitySet {
  const restore = (name: string): string => (GAZ.get(norm(name))?.canonical === name ? name : typeset(name));
  return { people: entities.people.map(restore), places: entities.places.map(restore), organizations: entities.organizations.map(restore) };
}
