/**
 * German capitalises every noun, so a person's name runs into the nouns around it: "Schleswig-Holsteins
 * Umweltminister Tobias Goldschmidt", "der Geologe Lukas Aebersold", "FPÖ-Klubobmann Markus Lindner",
 * "Paul Rehberg Regie". A known given name followed by a name-shaped word marks the person inside such
 * a run; the run is cut around them, so the person is read alone and the rest on its own.
 */
import { germanBodyNoun, germanTown, GIVEN_NAMES, NAME_PARTICLES, NAME_SHAPED_WORD, norm, ORG_WORDS, PLACE_WORDS, STREET_WORDS, gazLookup, TITLES } from './tables.js';
import type { Run } from './tokens.js';
import { STOPWORDS } from '../stopwords.js';

const STOPWORDS_DE: ReadonlySet<string> = new Set(STOPWORDS.de);

/** Nouns after a person's name that make it the name of a place or a body ("Hans Böckler Stiftung", "Willy Brandt Haus"). */
const NAMED_AFTER = /(?:stiftung|haus|platz|straße|strasse|allee|preis|schule|gymnasium|arena|stadion|halle|zentrum|institut|universität|klinik|brücke|ring|weg|park|turm|saal)$/iu;
/** Linking words a run may carry after the person ("von der", "vom", "aus"): they open no name. */
const LEADING_LINKS: ReadonlySet<string> = new Set(['von', 'der', 'die', 'das', 'den', 'dem', 'des', 'vom', 'zum', 'zur', 'aus', 'und', 'für', 'am', 'im']);

/** The run cut around the first person named in it, or the run itself. */
export function splitAtGermanPerson(run: Run): Run[] {
  const toks = run.tokens;
  if (toks.length < 3 || gazLookup(toks.map((t) => t.bare))) return [run];
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!GIVEN_NAMES.has(norm(toks[k]!.bare)) || toks[k + 1]!.breakBefore) continue;
    // "Hans Peter Müller": a second given name before the surname.
    const surname = GIVEN_NAMES.has(norm(toks[k + 1]!.bare)) && toks[k + 2] !== undefined && !toks[k + 2]!.breakBefore ? k + 2 : k + 1;
    const last = toks[surname]!;
    if (!NAME_SHAPED_WORD.test(last.bare) || isNoun(last.bare)) continue;
    const after = toks[surname + 1];
    if (after && !after.breakBefore && (NAMED_AFTER.test(after.bare) || germanBodyNoun(after.bare) || ORG_WORDS.has(norm(after.bare)))) continue;
    if (k === 0 && surname === toks.length - 1) return [run];
    const rest = toks.slice(surname + 1);
    while (rest.length && LEADING_LINKS.has(rest[0]!.bare.toLowerCase())) rest.shift();
    return [toks.slice(0, k), toks.slice(k, surname + 1), rest].filter((part) => part.length > 0).map((tokens) => ({ ...run, tokens }));
  }
  return [run];
}

/**
 * "Ein Team der Universität Hohenheim", "Landessekretär der Gewerkschaft PRO-GE": a genitive after an
 * everyday noun names what follows it, and the run is cut there. After a body's noun it is part of
 * the name ("Verband der Automobilindustrie"), and after "von" part of a person's ("Ursula von der Leyen").
 */
export function splitAtGermanGenitive(run: Run): Run[] {
  const toks = run.tokens;
  const at = toks.findIndex((t, k) => k > 0 && (t.bare === 'der' || t.bare === 'des'));
  if (at < 1 || at === toks.length - 1 || gazLookup(toks.map((t) => t.bare))) return [run];
  const before = toks[at - 1]!.bare;
  if (NAME_PARTICLES.has(before) || germanBodyNoun(before) || !/^\p{Lu}/u.test(toks[at + 1]!.bare)) return [run];
  return [{ ...run, tokens: toks.slice(0, at) }, ...splitAtGermanGenitive({ ...run, tokens: toks.slice(at + 1) })];
}

/** A German common noun rather than a surname: a place or street word, or a body's. */
function isNoun(word: string): boolean {
  return PLACE_WORDS.has(norm(word)) || STREET_WORDS.has(norm(word)) || germanBodyNoun(word);
}

/**
 * Common nouns German sets before a body's name in apposition, which the name does not include:
 * "Gewerkschaft Unia", "Autokonzern Volkswagen", "Chiphersteller Nvidia", "Nachrichtenagentur dpa",
 * "Firma Alpinradar AG", "Fachzeitschrift Nature". Exact words, and the endings of compounds that describe a firm or a publication.
 */
const DESCRIPTORS: ReadonlySet<string> = new Set([
  'gewerkschaft', 'firma', 'konzern', 'unternehmen', 'tochter', 'tochterfirma', 'tochtergesellschaft', 'mutterkonzern', 'start-up', 'startup',
  'hersteller', 'zulieferer', 'anbieter', 'betreiber', 'branchenverband', 'fahrgastverband', 'wirtschaftsverband', 'dachverband', 'industrieverband',
  'interessenverband', 'umweltverband', 'naturschutzverband', 'verkehrsverbund', 'initiative', 'bürgerinitiative', 'ortsteil', 'stadtteil',
]);
const DESCRIPTOR_ENDINGS = /(?:konzern|verband|hersteller|zulieferer|anbieter|betreiber|unternehmen|firma|gewerkschaft|agentur|gesellschaft|tochter|sender|magazin|zeitschrift|zeitung|blatt|maschinenbauer|anlagenbauer|fahrzeugbauer)$/u;
/** Words after a descriptor that make it part of the name: "Agentur für Arbeit", "Gesellschaft der Freunde". */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['für', 'der', 'des', 'von', 'vom', 'zur', 'zum', 'und', '&']);

/** The run without a descriptor opening it, when a name follows. */
export function withoutGermanDescriptor(run: Run): Run {
  const toks = run.tokens;
  // (After the article a sentence opens with: "Die Gewerkschaft Unia", "Beim Maschinenbauer Bühler AG";
  // and a town's adjective: "Der Grenchner Präzisionsteilehersteller Witschi Décolletage AG".)
  let at = ARTICLES.has(toks[0]!.bare) ? 1 : 0;
  if (toks.length > at + 2 && TOWN_ADJECTIVE.test(toks[at]!.bare) && isDescriptor(toks[at + 1]!.bare.toLowerCase())) at++;
  // (The compound a suspended part shares its ending with: "Eisenbahn- und Verkehrsgewerkschaft EVG".)
  if (toks[at]?.text.endsWith('-') && toks.length > at + 2) at += 2;
  if (toks.length < at + 2 || toks[at + 1]!.breakBefore || NAME_GOES_ON.has(toks[at + 1]!.bare.toLowerCase()) || gazLookup(toks.slice(at).map((t) => t.bare))) return run;
  // (In the genitive too: "einer Umfrage des Digitalverbands Bitkom".)
  const first = toks[at]!.bare.toLowerCase().replace(/(?<=verband|konzern|unternehmen|magazin|blatt)e?s$/u, '');
  if (!isDescriptor(first)) return run;
  // An association's compound is its name's own before more than one word ("Zweckverband Industriepark Schwarze Pumpe").
  if (first.endsWith('verband') && !DESCRIPTORS.has(first) && toks.length > at + 2) return run;
  const named: Run = { ...run, tokens: toks.slice(at + 1) };
  // The descriptor says what the name is, when no list knows it ("Gewerkschaft Unia", "Ortsteil Gasterntal").
  if (!gazLookup(named.tokens.map((t) => t.bare))) DESCRIBED.set(named, first === 'ortsteil' || first === 'stadtteil' ? 'place' : 'org');
  return named;
}
function isDescriptor(word: string): boolean {
  return DESCRIPTORS.has(word) || (DESCRIPTOR_ENDINGS.test(word) && word.length > 9);
}
/** A town's adjective: "Grenchner", "Zürcher", "Basler". */
const TOWN_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
/** Runs a German descriptor stood before, and what it says they name. */
export const DESCRIBED = new WeakMap<Run, 'org' | 'place'>();
const ARTICLES: ReadonlySet<string> = new Set(['Die', 'Der', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Beim', 'Vom', 'Zum']);

/** A result as German prints it, "5:2" or "3:2 n. V.", not a time of day ("19:30 Uhr"). */
const GERMAN_SCORE = /(?<![\d:.])\d{1,2}:\d{1,2}(?![\d:])(?!\s*Uhr)/gu;

/** Whether a German text reads as a match report: it prints two results or more. */
export function printsScores(body: string): boolean {
  let n = 0;
  for (const _ of body.matchAll(GERMAN_SCORE)) if (++n >= 2) return true;
  return false;
}

/** A place the lists know, by its name or its adjective in -er ("Lausitz", "Lausitzer", "Kölner"). */
function placeOrItsAdjective(word: string): boolean {
  const place = (w: string): boolean => gazLookup([w])?.kind === 'place' || germanTown(w);
  return place(word) || (TOWN_ADJECTIVE.test(word) && place(word.slice(0, -2)));
}

/** A nickname's plural ending ("Füchse", "Eisbären", "Löwen", "Tigers"), never a building's ("Eisarena", "Stadthalle"). */
const NICKNAME_PLURAL = /(?:e|en|n|s)$/u;
/** Plurals of a side's people, which a town's adjective describes without naming a side: "Kieler Fans", "Berliner Profis". */
const SIDE_MEMBERS: ReadonlySet<string> = new Set(['fans', 'profis', 'gäste', 'jungs', 'kollegen', 'verantwortlichen', 'anhänger', 'hoffnungen', 'youngsters', 'neuzugänge', 'torschützen', 'zuschauern', 'spielern', 'damen', 'herren', 'junioren', 'talente']);
const BUILDING_ENDING = /(?:halle|arena|haus|werk|hof|stadion|kirche|schule|park|platz|brücke|straße|bahn)$/iu;

/**
 * A German side named for its town, in a match report: a nickname in the plural after the town
 * ("Eisbären Berlin", "Eispiraten Crimmitschau") or after the town's or the region's adjective
 * ("Kölner Haie", "Lausitzer Füchse"); not the side's people ("Kieler Fans"). Neither word a function
 * word, a body's, a place's, a building's, a street's or a title's, nor a given name.
 */
export function germanSideName(words: readonly string[]): boolean {
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const [first, second] = [words[0]!, words[1]!];
  const nickname = (w: string): boolean =>
    NICKNAME_PLURAL.test(w) && !BUILDING_ENDING.test(w) && !STOPWORDS_DE.has(w.toLowerCase()) && !SIDE_MEMBERS.has(w.toLowerCase()) && !isNoun(w) &&
    !ORG_WORDS.has(norm(w)) && !GIVEN_NAMES.has(norm(w)) && !TITLES.has(norm(w)) && !gazLookup([w]) && !germanTown(w);
  if (/er$/u.test(first) && placeOrItsAdjective(first) && !germanTown(first) && nickname(second)) return true;
  return nickname(first) && (gazLookup([second])?.kind === 'place' || germanTown(second));
}
