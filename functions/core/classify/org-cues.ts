/**
 * Words around a capitalised run that mark it as an organisation ("shares of X", "the campaign
 * group X", "X's chief executive", "X, the Danish payments firm,"), and brand-shaped words.
 * English only: the entity extractor does not ask for other languages.
 */
import { GIVEN_NAMES, norm } from './entities/tables.js';

/**
 * Lowercase nouns naming a kind of organisation. Right before a name ("the Swedish battery maker
 * Northvolt", "the campaign group ShareAction") or heading an apposition after it ("Klarna, the
 * buy-now-pay-later firm") they mark the name as an organisation ("the journal Coral Reefs"). Nouns that also describe people
 * (publisher, producer, developer, rival) are left out.
 */
const ORG_NOUN =
  '(?:company|firm|group|bank|lender|start-?up|maker|manufacturer|automaker|carmaker|drugmaker|chipmaker|retailer|supermarket|chain|carrier|airline|insurer|studio|label|band|club|charity|agency|regulator|watchdog|broker|brokerage|conglomerate|giant|broadcaster|newspaper|magazine|journal|platform|app|fund|miner|trio|duo|quartet|orchestra|federation|association|nonprofit|non-profit|consultancy|university|union|league|brand|exchange|utility|franchise|outfit|network|venture|cooperative|co-operative|consortium|steelmaker|distributor|exporter|refiner|packer)';
/** A body named by what it does for a field: "the industry body Cayman Finance", "Sport NZ, the governing body,". ("The body" alone is a dead person's.) */
const FIELD_BODY = '(?:industry|trade|peak|umbrella|governing|representative|professional|advisory|statutory|oversight|regulatory|sporting)\\s+body';
const ORG_NOUN_OR_BODY = `(?:${ORG_NOUN}|${FIELD_BODY})`;
const ORG_NOUN_WORDS = new Set(ORG_NOUN.slice(3, -1).replace(/-\?/g, '').split('|').concat(['start-up', 'non-profit']));
/** Plurals of the organisation nouns: "the investment firms Elliott Management and Apollo Global Management". */
const ORG_NOUN_PLURALS = new Set([...ORG_NOUN_WORDS].map((w) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));
const ORG_NOUNS_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])(?:${[...ORG_NOUN_PLURALS].join('|')}),?\\s+(?:such\\s+as\\s+|including\\s+|like\\s+)?$`, 'u');
/** The organisation noun just before the name, maybe with "called" ("a joint venture called Iberia Cell" has none). */
const ORG_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${ORG_NOUN_OR_BODY},?\\s+(?:called\\s+|named\\s+)?$`, 'u');
/** ", the Irish studio based in Kilkenny", ", a two-year-old French startup,": an apposition headed by an organisation noun. */
const ORG_APPOSITION = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:(?!(?:of|at|for|in|on|with|by|to|from|and|or|who|whose)\\s)[\\p{L}\\p{N}.&'’-]+\\s+){0,6}?(?!giant)${ORG_NOUN_OR_BODY}(?=\\s*(?:[,.;:)]|$)|\\s+(?:that|which|whose|where|based|founded|owned|behind|known|of|for|representing|in|from|with|run|set|led|backed|listed|headquartered|controlled|between)\\b)`,
  'u',
);
/** "the Unite union", "the Wagner group", "the MED9 group’s ministers": a name between "the" and an organisation noun. */
const ORG_NOUN_AFTER = /^\s+(?:union|group|band|company|firm|club|bank|charity|festival|platform|app|party|label|studio|brand|chain|franchise|agency|troupe|choir|ensemble|orchestra|collective|trust|foundation|society|association|federation|lobby)(?:['’]s)?\b(?!['’-])/u;
/** What a company has: "Harcourt's chief executive", "Volkswagen's shares", "Tesla's quarterly results". */
const CORPORATE_POSSESSION =
  /^\s+(?:chief (?:executive|financial officer|operating officer|technology officer)|ceo|cfo|chairman|chairwoman|board|shareholders|shares|stock|share price|market (?:value|share|capitali[sz]ation)|revenues?|profits?|sales|earnings|valuation|subsidiar(?:y|ies)|headquarters|(?:annual|quarterly) (?:report|results))\b/iu;
/** "the Teagasc researcher who led the work", "the Coillte ecologist": after "the", one of a body's staff named after it. */
const STAFF_NOUN_AFTER = /^\s+(?:researchers?|scientists?|ecologists?|engineers?|economists?|analysts?|agronomists?|hydrologists?|epidemiologists?|statisticians?)\b(?!['’-])/u;
/** A company officer named after the company: "Verhoeven chief executive Pieter van der Berg". */
const OFFICER_AFTER =
  /^\s+(?:chief (?:executive|financial officer|operating officer|technology officer)|chairman|chairwoman|chair|vice president|managing director|co-founder|founder|spokesperson|spokesman|spokeswoman|executive director|director general|general secretary|secretary general)\s+\p{Lu}/u;
/** A bank's or firm's analysts named after it, maybe with a qualifier: "Westpac agri economist Imogen Barrett", "ASB senior rural economist Nikhil Rao". */
const ANALYST_AFTER = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:economist|analyst|strategist)\s+\p{Lu}/u;
/** A team's people named after it: "Chelsea boss Enzo Maresca", "Liverpool striker Mohamed Salah". */
export const TEAM_ROLE_AFTER =
  /^\s+(?:boss|manager|head coach|coach|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|center-back|playmaker|quarterback|pitcher|batter|bowler|opener|batsman|all-rounder)\s+\p{Lu}/u;
/** A team's name: capitalised words, not a nationality ("South African captain", "Big-hitting opener", "I've"). */
const TEAM_SHAPED = /^(?:\p{Lu}[\p{L}.&]*(?:-\p{Lu}[\p{L}]*)?\s+)*\p{Lu}[\p{L}.&]*(?:-\p{Lu}[\p{L}]*)?$(?<!(?:ian|ean|ese|ish|[^aeiou]an))/u;
/** "Newcastle supporters", "Newcastle are adamant": a city taking a plural verb, or fans, is its club (unless it closes a list). */
export const CLUB_AFTER = /^\s+(?:fans|supporters|are|were|have)\b/u;
export const LIST_BEFORE = /(?:\band|\bor|,|&)\s*$/u;
/** "Harcourt shares jumped 14%", "Samsung stock fell". */
const SHARES_AFTER = /^\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|slipped|gained|climbed|tumbled|sank|surged|plunged|soared|slumped|were|have|had|closed|ended|traded|are|edged|added|lost)\b/u;
/** "Tallyworth said on Tuesday its profit fell": the name is referred back to as "its" (a bare "it" is often a dummy: "Smith said it was time"). */
const SAID_IT_AFTER =
  /^\s+(?:said|says|announced|reported|confirmed|added|warned|expects|posted|plans|agreed)\s+(?:(?:late\s+)?on\s+\p{Lu}\p{Ll}+\s+|in\s+an?\s+(?:\p{Ll}+\s+)?(?:statement|filing)\s+|last\s+(?:week|month|year)\s+)?(?:that\s+)?its\s/u;
/** "shares of X", "a stake in X", "analysts at X", "joined X". */
const ORG_PREP_BEFORE =
  /(?:^|[^\p{L}])(?:(?:shares|stock|stake)\s+(?:of|in)|(?:analysts?|economists?|strategists?|partners?|lawyers?|bankers?|researchers?|scientists?|engineers?|traders?|executives?|employees|staff|workers|managers?|officials|director|officer|spokes(?:man|woman|person)|professor)\s+at|joined)\s+$/iu;

/** How a run's surroundings mark it as an organisation. */
export type OrgCue = 'noun' | 'nouns' | 'strong';

const isWordChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-' || (c > '\u007f' && /\p{L}/u.test(c));
/** The word that starts right after `end`, across spaces and a comma, as written, if any. */
function wordAfter(text: string, end: number): string | undefined {
  let k = end;
  if (text[k] === ',') k++;
  const spaceFrom = k;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k === spaceFrom) return undefined;
  let j = k;
  while (j < text.length && isWordChar(text[j]!)) j++;
  return j > k ? text.slice(k, j) : undefined;
}
/** First words of the patterns read after a name (officers, shares, "said ... its"). */
const NEXT_WORDS = new Set(
  'chief chairman chairwoman chair vice managing co-founder founder spokesperson spokesman spokeswoman executive director general secretary shares stock said says announced reported confirmed added warned expects posted plans agreed boss manager head coach captain skipper striker forward midfielder defender goalkeeper keeper winger full-back centre-back center-back playmaker quarterback pitcher batter bowler opener batsman all-rounder'.split(' '),
);
/** The lowercased word that ends right before `start`, across spaces and a comma ("firm, Kestrel"), if any. */
function wordBefore(text: string, start: number): string | undefined {
  let k = start;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k === start) return undefined;
  if (text[k - 1] === ',') k--;
  let j = k;
  while (j > 0 && isWordChar(text[j - 1]!)) j--;
  return j < k ? text.slice(j, k).toLowerCase() : undefined;
}

/**
 * The organisation cue around a run at [start, end) of `text`: `noun` for an organisation noun
 * right before it (which may introduce a name with "and" inside: "the band Simon and Garfunkel"),
 * `nouns` for a plural one (which introduces several names: "the firms Elliott and Apollo"),
 * `strong` for the other corporate contexts.
 */
export function orgCueAt(text: string, start: number, end: number, possessive: boolean, startsWithThe: boolean): OrgCue | undefined {
  // Most runs have none of the cues: look at the next and the previous word before any pattern.
  const nextWord = wordAfter(text, end);
  const lowerNext = nextWord !== undefined && nextWord.toLowerCase() === nextWord;
  const lastWord = wordBefore(text, start);
  if (!lowerNext && lastWord === undefined) return undefined;
  const after = text.slice(end, end + 90);
  const sentence = text.slice(Math.max(0, start - 80), start);
  const line = after.split('\n')[0]!;
  if (possessive) return lowerNext && CORPORATE_POSSESSION.test(line) ? 'strong' : undefined;
  if (
    lastWord !== undefined &&
    (ORG_NOUN_PLURALS.has(lastWord) || lastWord === 'as' || lastWord === 'including' || lastWord === 'like') &&
    ORG_NOUNS_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  )
    return 'nouns';
  if (lastWord !== undefined && (ORG_NOUN_WORDS.has(lastWord) || lastWord === 'body' ? !speakerAfterComma(text, start, end) : lastWord === 'called' || lastWord === 'named' || lastWord === 'of' || lastWord === 'in' || lastWord === 'at' || lastWord === 'joined')) {
    const before = sentence.slice(Math.max(0, sentence.search(/[.!?;:]\s+[^.!?;:]*$/u) + 1));
    if (ORG_NOUN_BEFORE.test(before)) return 'noun';
    if (ORG_PREP_BEFORE.test(before)) return 'strong';
  }
  if (!lowerNext) return undefined;
  if (line.startsWith(',')) return ORG_APPOSITION.test(line) ? 'strong' : undefined;
  if (ANALYST_AFTER.test(line) && TEAM_SHAPED.test(text.slice(start, end))) return 'strong';
  if (NEXT_WORDS.has(nextWord) && (OFFICER_AFTER.test(line) || SHARES_AFTER.test(line) || SAID_IT_AFTER.test(line) || (TEAM_ROLE_AFTER.test(line) && TEAM_SHAPED.test(text.slice(start, end))))) return 'strong';
  if ((startsWithThe || lastWord === 'the') && (ORG_NOUN_AFTER.test(line) || STAFF_NOUN_AFTER.test(line))) return 'strong';
  return undefined;
}

/**
 * Nouns for a kind of body, written small right before its name, in the languages that put them there:
 * "netbeheerder Enexis", "brancheorganisatie Recron", "la conserverie Kerbriant", "la naviera Marinetech",
 * "l'azienda Olearia Federiciana". Nouns that also name a person's trade ("uitbater", "fabricant",
 * "productor") are left out, as in English.
 */
const FOREIGN_ORG_NOUN: Readonly<Record<string, RegExp>> = {
  nl: /^(?:\p{Ll}*(?:organisatie|beheerder|bedrijf|maatschappij|instituut|verwerker|vereniging|federatie|stichting|leverancier|exploitant|koepel|concern|vakbond|ziekenhuis|club|ploeg|rederij|bank|verzekeraar|coöperatie|keten|fonds|omroep|zender)|firma|baggeraar)$/u,
  fr: /^(?:société|entreprise|firme|groupe|association|fédération|fondation|coopérative|start-up|banque|assureur|équipementier|opérateur|syndicat|club|enseigne|institut|quotidien|hebdomadaire|chaîne|radio|mutuelle|conserverie|brasserie|fromagerie|distillerie|intercommunale|compagnie|ong)$/u,
  es: /^(?:empresa|compañía|firma|grupo|asociación|federación|fundación|cooperativa|banco|aseguradora|constructora|operadora|minera|petrolera|aerolínea|sindicato|club|cadena|diario|bodega|consultora|distribuidora|naviera|conservera|ong)$/u,
  it: /^(?:azienda|società|ditta|gruppo|associazione|federazione|fondazione|cooperativa|banca|compagnia|sindacato|club|onlus|catena|cantina|consorzio|quotidiano|emittente|startup)$/u,
  pt: /^(?:empresa|companhia|firma|grupo|associação|federação|fundação|cooperativa|banco|seguradora|construtora|operadora|mineradora|petrolífera|sindicato|clube|cadeia|vinícola|adega|distribuidora|startup|ong)$/u,
};

/** Points of the compass and positions, which name a part of a place ("o grupo Oriental", islands), no body. */
const POSITION_ADJECTIVE = /^(?:Oriental|Ocidental|Occidental|Central|Norte|Sul|Sur|Nord|Sud|Este|Oeste|Est|Ouest|Noord|Zuid|Oost|West)$/u;

/**
 * The organisation cue of a run in another language than English: `noun` when a kind of body's noun
 * stands right before it, not across a comma (", Marie Dupont, a dit" is who speaks for it).
 */
export function foreignOrgCueAt(text: string, start: number, end: number, language: string | undefined): OrgCue | undefined {
  if (POSITION_ADJECTIVE.test(text.slice(start, end))) return undefined;
  const before = /(\p{Ll}[\p{Ll}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return before !== undefined && foreignOrgNoun(before, language) ? 'noun' : undefined;
}

/** Whether a word written small is a kind of body's noun in the language ("netbeheerder", "conserverie"). */
export function foreignOrgNoun(word: string, language: string | undefined): boolean {
  return FOREIGN_ORG_NOUN[language ?? '']?.test(word) ?? false;
}

/**
 * "Counsel for the group, Dervla Ní Bhriain, told the court": after an organisation's noun and a comma,
 * a name opening with a known given name is someone speaking for the body; another names it ("the
 * agency, INDECI, said", "the firm, Suttle & Stalnaker PLLC, said").
 */
function speakerAfterComma(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  return /,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && /\s/u.test(run) && GIVEN_NAMES.has(norm(/^\S+/u.exec(run)![0]));
}

/** Brand names written in camel case ("HarperCollins", "BlackRock"); not the Mc-, Mac-, De- or La- of surnames. */
export const isCamelBrand = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u.test(w);
