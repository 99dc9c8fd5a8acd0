/** Words of a text as name candidates, and the runs of capitalised words they make. */
import { ALL_STOPWORDS } from '../stopwords.js';
import { isWorldPlace, worldTownSize } from '../world-places.js';
import { declinedAdjective } from './german-nominative.js';
import { ABBREVIATED_TITLES, AND_WORDS, COMPETITION_HEADS, CONNECTORS, EN_STOPWORDS, GAZ, type GazEntry, gazLookup, germanBodyInAnyCase, GIVEN_NAMES, LOWERCASE_INNER, type Mention, NAME_PARTICLES, isPlaceWord, LEGAL_FORMS, NON_NAMES, norm, ORG_HEADS, ORG_WORDS, OWNED_FEATURE, PARTICLE_RE, PLACE_WORDS, SERVICE_BEFORE_PLACE, SPORTS_ONLY, STREET_WORDS, TITLES, type Token } from './tables.js';

/** Patterns tried on every token, built once (a literal inside a function may be rebuilt on each call). */
/** Irish heads of names that go on with "na": bodies ("Bord na Móna", "Conradh na Gaeilge", "Cumann na mBan") and places ("Dún na nGall"). */
const IRISH_NA_HEADS: ReadonlySet<string> = new Set(['Bord', 'Conradh', 'Cumann', 'Comhairle', 'Údarás', 'Coláiste', 'Oifig', 'Roinn', 'Seirbhís', 'Dún', 'Cill', 'Baile', 'Gaelscoil', 'Scoil', 'Club']);

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;
/** "A1", "M25", "4G": a code of letters and digits. */
const CODE_SHAPED = /^\p{Lu}?\p{N}+\p{Lu}*$/u;
const SHORT_NUMBER = /^\p{N}{1,3}$/u;
/** The words a compound's suspended part is joined by. */
const SUSPENDED_JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'en', 'of', 'og', 'och', 'eller']);
/** The hyphen of a compound's first part whose second part another compound shares: "Klima- und Energiefonds", "Land- en Tuinbouw". */
const SUSPENDED_PART = new RegExp(String.raw`^-(?=[ \t]+(?:${[...SUSPENDED_JOINERS].join('|')})[ \t]+\p{Lu})`, 'u');
/** Articles, and prepositions alone or with an article, that link two German names ("Angaben der Kammer", "Team vom Institut"). */
const ARTICLE_LINKS: ReadonlySet<string> = new Set(['der', 'des', 'dem', 'den', 'die', 'das', 'von', 'vom', 'zum', 'zur']);

/** (An opening quotation mark between two letters stands for the ʻokina: "Hawai‘i".) */
export const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’‘&.][\p{L}\p{N}]+)*(?:['’]s?)?\.?|(?<=\s)&(?=\s)/gu;

/** The ʻokina (or the apostrophe letter) opening a name, before its capital. */
const LEADING_GLOTTAL_STOP = /^[ʻʼ](?=\p{Lu})/u;

export const LOWERCASE_ELISION = /^\p{Ll}{1,6}['’](?=\p{Lu})/u;
export const CAPITAL_ELISION = /^(?:\p{Ll}{1,6}|L|Dell|Nell|All|Dall|Sull|Un|Qu|Jusqu|Lorsqu|Puisqu)['’](?=\p{Lu})/u;

/** Abbreviations that close a name, a firm's legal form or a generation ("Ltd.", "Jr."): their period may also end the sentence. */
const CLOSING_ABBREVIATION = /^(?:Inc|Corp|Ltd|Co|Jr|Sr)\.$/u;

/** `splitCapitalElision`: French or Italian text, where "L'Union" opening a sentence is "the Union". */
export function tokenizeForNames(text: string, splitCapitalElision = false): Token[] {
  const out: Token[] = [];
  let last = 0;
  let sentenceStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    let pos = m.index;
    // French and Italian elide an article or preposition onto a name: "l'Union", "d'Israël", "dell'Italia".
    // Opening a sentence the article is capitalised ("L'Onu"), but a known name keeps it (L'Oréal);
    // "D'" always stays, it opens surnames (D'Alema).
    let elided = (splitCapitalElision ? CAPITAL_ELISION : LOWERCASE_ELISION).exec(t);
    if (elided && splitCapitalElision && GAZ.has(norm(t))) elided = LOWERCASE_ELISION.exec(t);
    if (elided) {
      t = t.slice(elided[0].length);
      pos += elided[0].length;
    }
    // Hawaiian and Tongan names may open with the ʻokina, a letter before the capital ("ʻEua", "ʻAiea").
    const glottal = LEADING_GLOTTAL_STOP.test(t);
    if (glottal) {
      t = t.slice(1);
      pos += 1;
    }
    const gap = text.slice(last, glottal ? pos - 1 : pos);
    // An en dash joining two names into one that goes on ("Murray–Darling Basin", "Tanzania–Zambia
    // Railway Authority") joins them as a hyphen would; between two names alone ("the Lisbon–Madrid
    // line", "Hunters–Devils") it parts them.
    const previous = out[out.length - 1];
    if (gap === '–' && previous && !previous.possessive && UPPER_START.test(previous.text) && UPPER_START.test(t) && !t.endsWith('.') && /^ \p{Lu}/u.test(text.slice(m.index + m[0].length))) {
      previous.text += `–${t}`;
      previous.bare += `–${t}`;
      last = m.index + m[0].length;
      continue;
    }
    // A period belongs to abbreviations ("Mr.", "U.S.", "Lt."); otherwise it ends the sentence.
    let endsSentence = false;
    // ("No. 1": the number's sign before a number.)
    const numberSign = t === 'No.' && /^\s*\d/u.test(text.slice(m.index + m[0].length));
    if (t.endsWith('.') && !numberSign && !/^(?:\p{Lu}\.)+$/u.test(t) && !ABBREVIATED_TITLES.has(norm(t)) && !/^(?:\p{Lu}|St|Ste|Mt|Ft)\.$/u.test(t) && !CLOSING_ABBREVIATION.test(t)) {
      t = t.slice(0, -1);
      endsSentence = true;
    }
    // "… Ziwa Aerial Systems Ltd. The trial …": a firm's abbreviated form before a capitalised function word ends the sentence.
    else if (CLOSING_ABBREVIATION.test(t) && EN_STOPWORDS.has(/^\s+(\p{Lu}\p{Ll}*)\b/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1]?.toLowerCase() ?? '')) endsSentence = true;
    // A tab parts a table row's cells: "Cody Ross" and "Dryden" are two names.
    const brk = sentenceStart || /[^\s]/.test(gap) || /[\n\t]/.test(gap) || out.length === 0;
    if (/[.!?:;][\s"'“”‘’()[\]]*$|\n\s*\n/.test(gap) || out.length === 0) sentenceStart = true;
    // Opening quotes or brackets keep the sentence start ("“I have...").
    // A possessive that is part of a known name is no possessive: "St. John's", "Hawke's Bay", and a
    // company named so ("Sainsbury's", "McDonald's").
    const possessive = /['’]s?$/.test(t) && t.length > 2 && !(out.length > 0 && !brk && GAZ.has(norm(`${out[out.length - 1]!.text} ${t.replace(/’/gu, "'")}`))) &&
      GAZ.get(norm(t))?.kind !== 'org';
    let bare = possessive ? t.replace(/['’]s?$/, '') : t;
    let end = m.index + m[0].length;
    // A compound's first part standing for its whole before "und": "Industrie- und Handelskammer".
    if (UPPER_START.test(t) && !endsSentence && SUSPENDED_PART.test(text.slice(end, end + 12))) {
      t += '-';
      bare += '-';
      end += 1;
    }
    out.push({ text: t, bare, pos, sentenceStart, breakBefore: brk, possessive });
    sentenceStart = endsSentence;
    last = end;
  }
  return out;
}

export const isCapitalised = (w: string): boolean => UPPER_START.test(w) || PARTICLE_RE.test(w) || (CODE_SHAPED.test(w) && ANY_UPPER.test(w));
export const isAcronym = (w: string): boolean => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&-]{1,6}$/u.test(w);

/** A maximal run of capitalised tokens (with inner connectors) inside one sentence. */
export interface Run {
  tokens: Token[];
}

/** "on Monday", "on Eastern Avenue", "of America on Main Street": an "on" after a name that says when or where. */
export function onIsLocation(tokens: Token[], at: number): boolean {
  if (NON_NAMES.has(norm(tokens[at + 1]?.bare ?? ''))) return true;
  // "the European Union on Gibraltar's future": a known place after it is what the body acts on.
  if (gazLookup([tokens[at + 1]?.bare ?? ''])?.kind === 'place') return true;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5) && isCapitalised(tokens[k]!.bare); k++) if (STREET_WORDS.has(norm(tokens[k]!.bare)) || PLACE_WORDS.has(norm(tokens[k]!.bare))) return true;
  return false;
}

/**
 * "Police Scotland", "Health Canada", "Earth Sciences New Zealand", "Food Standards Scotland": a public
 * service's field (one to three words, the last a field's word), then the known place it serves.
 */
export function isPublicService(words: string[]): boolean {
  // "Transport for Wales", "Health for Jersey": the field, then the place it serves after "for".
  if (words.length >= 3 && words.length <= 5 && words[1] === 'for' && SERVICE_BEFORE_PLACE.has(norm(words[0]!)) && gazLookup(words.slice(2))?.kind === 'place') return true;
  for (const fieldWords of [1, 2, 3]) {
    const place = words.slice(fieldWords);
    if (place.length === 0 || place.length > 3 || !SERVICE_BEFORE_PLACE.has(norm(words[fieldWords - 1]!))) continue;
    // "But Cricket Australia", "Die Polizei Berlin": a function word opening the sentence is no field's.
    // ("Surf Life Saving New Zealand": a field of three words.)
    if (fieldWords > 1 && words.slice(0, fieldWords - 1).some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || ALL_STOPWORDS.has(w.toLowerCase()))) continue;
    if (gazLookup(place)?.kind === 'place') return true;
  }
  return false;
}

/** "Arthur's Pass National Park", "Martha's Vineyard Harbor": a given name's possessive opening a place's name. */
export function placeNamedAfter(tokens: Token[], at: number): boolean {
  if (!GIVEN_NAMES.has(norm(tokens[at]!.bare)) || GAZ.has(norm(tokens[at]!.bare))) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5) && !tokens[k]!.breakBefore && isCapitalised(tokens[k]!.bare); k++) {
    if (PLACE_WORDS.has(norm(tokens[k]!.bare))) return true;
    if (tokens[k]!.possessive) break;
  }
  return false;
}

/** "Pinder's Point", "Walsh's Pyramid": an owner no list knows as a place or a body, then a landform closing the name. */
export function landformNamedFor(tokens: Token[], at: number): boolean {
  const owner = tokens[at]!;
  const feature = tokens[at + 1];
  const after = tokens[at + 2];
  return (
    feature !== undefined &&
    !feature.breakBefore &&
    OWNED_FEATURE.test(feature.bare) &&
    /^\p{Lu}\p{Ll}+['’]s$/u.test(owner.text) &&
    !GAZ.has(norm(owner.bare)) &&
    !ORG_WORDS.has(norm(owner.bare)) &&
    (after === undefined || after.breakBefore || !isCapitalised(after.bare))
  );
}

/** A competition's closing word: "National League", "Southern Conference", "Championship". */
const LEAGUE_WORD = /^(?:League|Conference|Division|Championship|Premiership)$/u;

/** Whether the capitalised words from `at` are a league's name the lists know ("National League", "League Two"). */
function leagueAt(tokens: readonly Token[], at: number): boolean {
  const words: string[] = [];
  for (let k = at; k < Math.min(tokens.length, at + MAX_LEAGUE_WORDS) && (k === at || !tokens[k]!.breakBefore) && isCapitalised(tokens[k]!.bare); k++) words.push(tokens[k]!.bare);
  for (let n = words.length; n >= 1; n--) {
    const part = words.slice(0, n);
    if (part.some((w) => LEAGUE_WORD.test(w)) && (gazLookup(part)?.kind === 'org' || SPORTS_ONLY.get(norm(part.join(' ')))?.kind === 'org')) return true;
  }
  return false;
}
/** Most words of a league's name. */
const MAX_LEAGUE_WORDS = 4;

/** "Hawke's Bay Magpies", "Martha's Vineyard": the possessive opens a name the gazetteer knows. */
export function knownWithPossessive(tokens: Token[], at: number): boolean {
  const words = [tokens[at]!.text.replace(/’/gu, "'")];
  for (let k = at + 1; k < Math.min(tokens.length, at + 4) && !tokens[k]!.breakBefore && isCapitalised(tokens[k]!.bare); k++) {
    words.push(tokens[k]!.bare);
    if (GAZ.has(norm(words.join(' ')))) return true;
  }
  return false;
}

/**
 * Body words a plural possessive opens a name before ("Teachers' Union", "Workers' Party", "Traders'
 * Associations", "Auto Drivers' Mahasangha", the Hindi and Odia word for a federation).
 */
const PLURAL_OWNER_BODY_WORDS = ['association', 'union', 'congress', 'federation', 'party', 'council', 'organisation', 'organization', 'alliance', 'league', 'guild', 'society', 'club', 'trust', 'forum', 'fund', 'institute', 'cooperative', 'co-operative', 'chamber', 'collective', 'network', 'front', 'movement', 'sangh', 'sangha', 'mahasangha', 'samiti'];
export const PLURAL_OWNER_BODIES = new Set([...PLURAL_OWNER_BODY_WORDS, ...PLURAL_OWNER_BODY_WORDS.map((w) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`))]);
/**
 * Institutions a plural possessive opens a name before ("Victoria Girls' High School", "Veterans'
 * Home"); after a singular one they are another body ("the University's Tepper School").
 */
const PLURAL_OWNER_INSTITUTIONS = new Set(['school', 'college', 'academy', 'home', 'hospital', 'court']);

/**
 * Who a competition or a body is for, opening the rest of its name: "Scottish Women's Amateur
 * Championship", "the Women's Home Internationals", "Ayrshire Ladies' County Championship", "Girls' Brigade".
 */
export const GROUP_OWNER = /^(?:Women|Men|Children)['’]s$|^(?:Ladies|Girls|Boys)['’]$/u;

/** "U.S. Attorney's Office", "Prime Minister's Office", "Auditor-General's Department": an office named after its holder. */
export function officeOfHolder(holder: Token, next: Token): boolean {
  return /^(?:Office|Department|Chambers)$/u.test(next.bare) && (TITLES.has(norm(holder.bare)) || /^(?:Attorney|Auditor|Solicitor|Comptroller|Ombudsman|Coroner|Registrar)(?:-General)?$/u.test(holder.bare));
}

/**
 * Whether the capitalised words from `at` close a portfolio ("the Blue Economy", "the Marine"): one
 * or two plain words ending the run. A body's or a place's word, an acronym or an "of" after them
 * names something of its own ("the City of Oskaloosa", "the YWCA").
 */
function portfolioAfterAnd(tokens: readonly Token[], at: number): boolean {
  let end = at;
  while (end < tokens.length && isCapitalised(tokens[end]!.bare) && (end === at || !tokens[end]!.breakBefore)) end++;
  const words = tokens.slice(at, end).map((t) => t.bare);
  const next = end < tokens.length && !tokens[end]!.breakBefore ? tokens[end]!.bare : '';
  return (
    words.length <= 2 &&
    !CONNECTORS.has(next) &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(norm(w)) && !PLACE_WORDS.has(norm(w)) && gazLookup([w]) === undefined)
  );
}

/** The articles that open a noun phrase after "and" in the languages whose connectors join names. */
const ARTICLES_AFTER_AND: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'der', 'die', 'das', 'den', 'dem', 'het', 'o', 'a', 'os', 'as']);

/** The Romance words for "of" (with the article they contract), which a name's "and" repeats only after its own. */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'di', 'du', 'des']);
/** Those a town's name takes; a portfolio's plural noun takes the others ("delle Imprese e del Made in Italy"). */
const PLACE_OF_WORDS: ReadonlySet<string> = new Set(['de', 'da', 'do', 'del', 'di', 'du']);

/** Whether words are a place the lists know. */
function knownPlace(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return gazLookup([...words])?.kind === 'place' || isWorldPlace([...words]) || (words.length === 1 && worldTownSize(words[0]!) !== undefined);
}

/** The capitalised words from token `from` on, up to three, in one stretch of text. */
function capitalisedAfter(tokens: readonly Token[], from: number): string[] {
  const words: string[] = [];
  for (let k = from; k < tokens.length && words.length < 3 && isCapitalised(tokens[k]!.bare) && (k === from || !tokens[k]!.breakBefore); k++) words.push(tokens[k]!.bare);
  return words;
}

/**
 * Whether "and" and an article at `i` open a second name rather than a portfolio's last part: "la
 * Universidad de Oviedo | y el Centro Integrado de Formación Profesional" against "Ministerio para la
 * Transición Ecológica y el Reto Demográfico", as "and the" does in English.
 */
function secondNameAfterAnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.bare !== 'and' && AND_WORDS.has(t.bare) && ARTICLES_AFTER_AND.has(tokens[i + 1]?.bare ?? '') && !portfolioAfterAnd(tokens, i + 2);
}

/**
 * Whether the number after "No." is part of the name: after a district's or a body's word ("School
 * District No. 1"), or opening a place's name ("No. 75 Village"); not a rank ("world No. 1 Jannik
 * Sinner") or an address ("No. 10 Downing Street").
 */
function numberedName(cur: readonly Token[], after: Token | undefined): boolean {
  const named = cur[cur.length - 2];
  if (named !== undefined) return ORG_WORDS.has(norm(named.bare)) || PLACE_WORDS.has(norm(named.bare));
  return after !== undefined && !after.breakBefore && PLACE_WORDS.has(norm(after.bare));
}

/**
 * A known place alone before "for", which then starts what the place is for, not a longer name: "a
 * school in Nuneaton for Warwickshire County Council". A body's name with "for" opens with a body's
 * word or more than a place ("Centre for Ageing", "Scotland's Rural College"), which this leaves alone.
 */
function placeBeforeFor(cur: readonly Token[]): boolean {
  const words = cur.map((c) => c.bare);
  if (words.some((w) => ORG_WORDS.has(norm(w)))) return false;
  return gazLookup(words)?.kind === 'place' || (words.length === 1 && worldTownSize(words[0]!) === 'city');
}

/**
 * A German body's or office's name that has reached its portfolio: the name's noun, "für" and
 * capitalised words after it, joined by "und" ("Ministerium für Wirtschaft und Energie", "Institut für
 * Atmosphären- und Kryosphärenwissenschaften").
 */
function inGermanPortfolio(cur: readonly Token[]): boolean {
  const at = cur.findIndex((c) => c.bare === 'für');
  if (at < 1 || !(germanBodyInAnyCase(cur[at - 1]!.bare) || TITLES.has(norm(cur[at - 1]!.bare)))) return false;
  return cur.slice(at + 1).every((c, k) => UPPER_START.test(c.bare) || (k > 0 && SUSPENDED_JOINERS.has(c.bare)));
}

/**
 * The portfolio's last part at `i`: one capitalised word the name ends on, an adjective and its
 * noun ("… und Digitale Gesellschaft"), or a word and the region the body serves.
 */
function portfolioEndsAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (word === undefined || word.breakBefore || !UPPER_START.test(word.bare)) return false;
  const endsAfter = (k: number): boolean => tokens[k] === undefined || tokens[k]!.breakBefore || !UPPER_START.test(tokens[k]!.bare);
  if (endsAfter(i + 1)) return true;
  const next = tokens[i + 1]!;
  if (next.breakBefore || !endsAfter(i + 2)) return false;
  // "… und Naturgefahren Graubünden": the region the body serves closes its name.
  return (declinedAdjective(word.bare) && !GIVEN_NAMES.has(norm(next.bare))) || gazLookup([next.bare])?.kind === 'place';
}

/** Portuguese "a" joined to the singular article: "to the". */
const PORTUGUESE_CONTRACTIONS: ReadonlySet<string> = new Set(['à', 'ao']);

/** Verbs a campaign or a charity is named by, before "the" or "Our": "Save the Glenkens Hills", "Stop the War Coalition". */
export const CALL_TO_ACTION_VERBS: readonly string[] = ['Save', 'Stop', 'Protect', 'Defend'];

/**
 * Whether the connectors at `i` lead to a competition's name, which is a name of its own: "Godoy Cruz |
 * de la Copa Argentina", "Torneo Apertura | de la Liga Profesional". Not after a competition's head
 * alone, whose name it completes ("Copa de la Liga", "Coupe de la Ligue").
 */
function competitionAfter(tokens: readonly Token[], i: number, cur: readonly Token[]): boolean {
  if (cur.length === 1 && COMPETITION_HEADS.has(cur[0]!.bare)) return false;
  let k = i + 1;
  while (k < i + 3 && tokens[k] !== undefined && !isCapitalised(tokens[k]!.bare)) k++;
  return tokens[k] !== undefined && COMPETITION_HEADS.has(tokens[k]!.bare);
}

/** Makers whose name, with a model after it, says aircraft: "an Air Inuit | Dash 8", "a Qantas | Boeing 737". */
const AIRCRAFT_MAKERS = new Set(['Airbus', 'Antonov', 'ATR', 'Beechcraft', 'Boeing', 'Bombardier', 'Cessna', 'Dornier', 'Embraer', 'Fokker', 'Gulfstream', 'Ilyushin', 'Learjet', 'Saab', 'Sukhoi', 'Tupolev']);

/** Whether an aircraft's maker and model open at `i`, ending the operator's name before them. */
function aircraftTypeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const model = tokens[i + 1];
  if (model === undefined || model.breakBefore) return false;
  if (t.bare === 'Twin' && model.bare === 'Otter') return true;
  return (AIRCRAFT_MAKERS.has(t.bare) || t.bare === 'Dash') && /^[A-Z]{0,2}-?\d/u.test(model.bare);
}

export function findRuns(tokens: Token[], connectors: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = (): void => {
    while (cur.length && connectors.has(cur[cur.length - 1]!.bare)) cur.pop();
    if (cur.length) runs.push({ tokens: cur });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.breakBefore) flush();
    if (isCapitalised(t.bare)) {
      // A compound's suspended part opens a name after a linking word: "Angaben der | Industrie- und Handelskammer".
      if (t.text.endsWith('-') && ARTICLE_LINKS.has(cur[cur.length - 1]?.bare ?? '')) flush();
      if (cur.length && aircraftTypeAt(tokens, i)) flush();
      cur.push(t);
    } else if (cur.length && SHORT_NUMBER.test(t.bare) && GAZ.has(norm([...cur.map((c) => c.bare), t.bare].join(' ')))) {
      // "Ligue 1", "Formula 1": a number closing a name the gazetteer knows.
      cur.push(t);
    } else if (cur.length && /^\d{1,4}$/u.test(t.bare) && !t.breakBefore && cur[cur.length - 1]!.text === 'No.' && numberedName(cur, tokens[i + 1])) {
      cur.push(t);
    } else if (
      cur.length &&
      // "on" inside a body's name: "National Institute for Research on Glaciers", "Commission on Human Rights";
      // a name that has its "of" already ends before it ("Ministry of Education and Training on Kingsway").
      // A company's legal form ends its name: "Kaulbach Marine Ltd of Lunenburg" is the firm and its town.
      ((connectors.has(t.bare) && !secondNameAfterAnd(tokens, i) && !(t.bare === 'for' && placeBeforeFor(cur)) && !(t.bare === 'of' && LEGAL_FORMS.has(cur[cur.length - 1]!.bare)) && !competitionAfter(tokens, i, cur)) ||
        (t.bare === 'on' && cur.some((c) => ORG_WORDS.has(norm(c.bare))) && !cur.some((c) => c.bare === 'of') && !onIsLocation(tokens, i)) ||
        // A university's campus: "University of Maine at Presque Isle", "University of Texas at Austin".
        (t.bare === 'at' && cur.some((c, k) => norm(c.bare) === 'university' && cur[k + 1]?.bare === 'of') && !cur.some((c) => c.bare === 'at')) ||
        // Māori "o" and "a" ("of") inside a body's name: "Te Rūnanga o Ngāi Tahu", "Te Rūnanga a Rangitāne o Wairau".
        ((t.bare === 'o' || t.bare === 'a') && connectors === CONNECTORS && cur.length >= 2 && cur[0]!.bare === 'Te') ||
        // Irish "na" ("of the") after the head of an Irish body's or place's name: "Bord na Móna", "Conradh na Gaeilge".
        (t.bare === 'na' && connectors === CONNECTORS && IRISH_NA_HEADS.has(cur[cur.length - 1]!.bare)) ||
        // Portuguese "à" and "ao" ("to the") inside a body's name after its head: "Fundação de Amparo à
        // Pesquisa", "Secretaria de Apoio ao Desenvolvimento"; not between two places ("de Lisboa ao Porto"),
        // nor the plural, which joins two bodies ("dos Bombeiros de Bragança aos de Vinhais").
        (PORTUGUESE_CONTRACTIONS.has(t.bare) && connectors.has('das') && ORG_HEADS.has(norm(cur[0]!.bare))) ||
        // German "für" inside a body's or an office's name ("Max-Planck-Institut für Plasmaphysik",
        // "Minister für Gesundheit"), not between any two nouns ("Preissenkungen für Gas").
        (t.bare === 'für' && cur.some((c) => germanBodyInAnyCase(c.bare) || TITLES.has(norm(c.bare)))) ||
        // The last of a German portfolio: "Bundesministerium für Wirtschaft und Energie".
        (t.bare === 'und' && inGermanPortfolio(cur) && portfolioEndsAt(tokens, i + 1)) ||
        (SUSPENDED_JOINERS.has(t.bare) && cur[cur.length - 1]!.text.endsWith('-'))) &&
      // "the" only inside a name after another connector ("Bank of the West"), not "Obama the ...",
      // or after the verb a campaign is named by ("Save the Glenkens Hills").
      (t.bare !== 'the' || CONNECTORS.has(cur[cur.length - 1]!.bare) || (connectors === CONNECTORS && cur.length === 1 && CALL_TO_ACTION_VERBS.includes(cur[0]!.bare))) &&
      // A portfolio closed by "und" ends the name: "Forschungsinstitut für Textilchemie und Textilphysik | der Universität Innsbruck".
      !((t.bare === 'der' || t.bare === 'des') && cur.some((c) => c.bare === 'und') && inGermanPortfolio(cur)) &&
      i + 1 < tokens.length &&
      !tokens[i + 1]!.breakBefore &&
      (isCapitalised(tokens[i + 1]!.bare) ||
        // Two name particles in a row: "Anko van der Werff", "María de la Cruz"; outside English any
        // two connectors ("do Mar e da Atmosfera"), an "and" before "of" only where the name holds one already or
        // follows one ("ministro delle Imprese e del Made in Italy"; "la Seremi | y de Sernapesca" joins two bodies,
        // "de Malmedy | et de Waimes" two places).
        (((NAME_PARTICLES.has(t.bare) && NAME_PARTICLES.has(tokens[i + 1]!.bare)) ||
          (connectors !== CONNECTORS && connectors.has(tokens[i + 1]!.bare) && !(AND_WORDS.has(t.bare) && OF_WORDS.has(tokens[i + 1]!.bare) && !cur.some((c) => connectors.has(c.bare)) && (!OF_WORDS.has(tokens[i - cur.length - 1]?.bare ?? '') || knownPlace(cur.map((c) => c.bare)) || (PLACE_OF_WORDS.has(tokens[i - cur.length - 1]!.bare) && knownPlace(capitalisedAfter(tokens, i + 2))))))) &&
          i + 2 < tokens.length &&
          !tokens[i + 2]!.breakBefore &&
          isCapitalised(tokens[i + 2]!.bare)) ||
        // "of the" and "for the" after an institution's word: "International Committee of the Red Cross".
        ((t.bare === 'of' || t.bare === 'for') &&
          tokens[i + 1]!.bare === 'the' &&
          i + 2 < tokens.length &&
          !tokens[i + 2]!.breakBefore &&
          isCapitalised(tokens[i + 2]!.bare) &&
          // ("Boston United of the National League": a club's name ends before the league it plays in.)
          !(t.bare === 'of' && leagueAt(tokens, i + 2)) &&
          // ("Lake of the Woods", "Valley of the Kings": or after a place's word that opens the run.)
          (ORG_WORDS.has(norm(cur[cur.length - 1]!.bare)) || (t.bare === 'of' && /^(?:The|and)?$/u.test(cur[cur.length - 2]?.bare ?? '') && isPlaceWord(cur[cur.length - 1]!.bare)))) ||
        // "and the" in a ministry's portfolio: "Ministry of Fisheries and the Blue Economy"; a body's
        // word after it names a second body ("Department of Agriculture and the Veterinary Services").
        (t.bare === 'and' &&
          tokens[i + 1]!.bare === 'the' &&
          i + 2 < tokens.length &&
          !tokens[i + 2]!.breakBefore &&
          isCapitalised(tokens[i + 2]!.bare) &&
          ((cur.some((c, k) => (c.bare === 'of' || c.bare === 'for') && k > 0 && ORG_WORDS.has(norm(cur[k - 1]!.bare))) && portfolioAfterAnd(tokens, i + 2)) ||
            // A name the gazetteer knows with "and the" in it: "Saint Vincent and the Grenadines".
            GAZ.has(norm([...cur.map((c) => c.bare), 'and', 'the', tokens[i + 2]!.bare].join(' '))))))
    ) {
      cur.push(t);
    } else {
      flush();
    }
    if (t.possessive) {
      // "Queen's Park Oval", "St Patrick's Athletic", "King's College", "Vietnam People's Army": a
      // saint's, a sovereign's or the people's possessive opening a longer capitalised name is part of it.
      const next = tokens[i + 1];
      const inName =
        next !== undefined && !next.breakBefore && isCapitalised(next.bare) && /^\p{Lu}\p{Ll}/u.test(next.bare) &&
        (GROUP_OWNER.test(t.text) ||
          (/['’]s$/u.test(t.text) &&
            (/^(?:Queen|King|Lord|Prince|Princess|People|Bishop|Earl|Duke|Duchess)$/u.test(t.bare) || /^(?:St|St\.|Saint)$/u.test(tokens[i - 1]?.bare ?? '') || placeNamedAfter(tokens, i) || landformNamedFor(tokens, i) || officeOfHolder(t, next) || knownWithPossessive(tokens, i))));
      // "Ceylon Workers' Congress", "Planters' Association of Ceylon": a plural possessive before a body's word.
      // "Macau Dealers' Rights Association": or with a capitalised word between.
      // "Paphos District Fishermen's Association", "Country Women's Association": a plural without -s likewise.
      // "Japan Parkinson's Disease Association": an illness or a cause named after someone, then a body's word.
      const after = tokens[i + 2];
      const plural = /s['’]$|(?:men|children)['’]s$/u.test(t.text);
      const ownerBody = (word: string): boolean => PLURAL_OWNER_BODIES.has(norm(word)) || (plural && PLURAL_OWNER_INSTITUTIONS.has(norm(word)));
      const bodyAfterOneWord = after !== undefined && !after.breakBefore && isCapitalised(next?.bare ?? '') && next!.bare !== 'The' && !next!.possessive && ownerBody(after.bare);
      // (Not a body's own possessive: "Wichita State University's National Institute for Aviation Research" names two.)
      const eponym = /\p{Ll}['’]s$/u.test(t.text) && !GAZ.has(norm(t.bare)) && !GIVEN_NAMES.has(norm(t.bare)) && !ORG_WORDS.has(norm(t.bare)) && bodyAfterOneWord;
      // "Department of Agriculture and Farmers’ Empowerment", "Ministry of Agriculture and Farmers' Welfare": a
      // plural possessive after "and" in a body's portfolio opens its last field.
      const portfolioOwner = plural && next !== undefined && !next.breakBefore && /^\p{Lu}\p{Ll}/u.test(next.bare) && cur.length >= 4 && cur[cur.length - 2]!.bare === 'and' &&
        cur.some((c, k) => c.bare === 'of' && k > 0 && ORG_WORDS.has(norm(cur[k - 1]!.bare)));
      const pluralOwner = next !== undefined && !next.breakBefore && (((plural || eponym) && (ownerBody(next.bare) || bodyAfterOneWord)) || portfolioOwner);
      // "Noble's Hospital", "Guy's Hospital", "Alder Hey Children's Hospital": a founder's or a
      // patron's possessive before the institution named after them.
      // ("University of Rwanda’s College of Science": a body's or a known place's possessive is an owner's.)
      const founder = next !== undefined && !next.breakBefore && isCapitalised(next.bare) && /\p{Ll}['’]s$/u.test(t.text) && !ORG_WORDS.has(norm(t.bare)) && !GAZ.has(norm(t.bare)) && !cur.some((c) => c.bare === 'of') && PLURAL_OWNER_INSTITUTIONS.has(norm(next.bare)) && (tokens[i + 2] === undefined || tokens[i + 2]!.breakBefore || !isCapitalised(tokens[i + 2]!.bare));
      // "parishioners at St. Mary's", "St Nathy's won": a saint's possessive closing the name is the
      // church's, school's or club's own ("St Mary's" for "St Mary's Church"), not an owner before a noun.
      const saintsOwn = !inName && cur.length >= 2 && /^(?:St|St\.|Saint)$/u.test(cur[cur.length - 2]!.bare) && /\p{Ll}['’]s$/u.test(t.text) && (next === undefined || next.breakBefore || !isCapitalised(next.bare));
      if (inName || pluralOwner || founder || saintsOwn) cur[cur.length - 1] = { ...t, bare: t.text, possessive: false };
      if (!(inName || pluralOwner || founder)) flush();
    }
  }
  flush();
  return runs;
}

/**
 * German names of places take an -s in the genitive ("Deutschlands Wirtschaft", "Frankreichs
 * Präsident"), a plural's an -n in the dative ("aus den Niederlanden"); bodies' names in one word an
 * -s or -es in the genitive ("des Bundestags", "Soldaten des Bundesheeres").
 */
export function withoutGermanGenitive(t: Token): Token {
  if (t.bare.length < 5 || !/[sn]$/u.test(t.bare) || GAZ.has(norm(t.bare))) return t;
  const stem = t.bare.slice(0, -1);
  const kind = GAZ.get(norm(stem))?.kind;
  // ("Zahlen" is no dative of Zahle, "Bayerns" no genitive of the club: a plural's name ends in "-lande", a body's stem closes on a consonant.)
  if (t.bare.endsWith('n')) return kind === 'place' && stem.endsWith('lande') ? { ...t, bare: stem } : t;
  if (kind === 'place' || (kind === 'org' && /[^aeiouns]$/u.test(stem))) return { ...t, bare: stem };
  return t.bare.endsWith('es') && GAZ.get(norm(t.bare.slice(0, -2)))?.kind === 'org' ? { ...t, bare: t.bare.slice(0, -2) } : t;
}

/** Lowercase-inner aliases as token words, keyed by their first word, longest first. */
export let phraseTable: Map<string, { words: string[]; entry: GazEntry }[]> | undefined;
export function lowercasePhrases(): Map<string, { words: string[]; entry: GazEntry }[]> {
  if (phraseTable) return phraseTable;
  phraseTable = new Map();
  for (const { alias, entry } of LOWERCASE_INNER) {
    // Lowercase connectors alone ("Bank of America") leave the name a capitalised run: the run pass has it.
    if (!alias.split(/\s+/).slice(1).some((w) => LOWER_START.test(w) && !CONNECTORS.has(w))) continue;
    const words = tokenizeForNames(alias).map((t) => norm(t.bare));
    if (words.length < 2) continue;
    const list = phraseTable.get(words[0]!) ?? [];
    list.push({ words, entry });
    phraseTable.set(words[0]!, list);
  }
  for (const list of phraseTable.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phraseTable;
}

/**
 * "University of Dar es Salaam": the capitalised body's words and connector just before a place taken
 * whole, or nothing when no body's word comes right before its connector.
 */
function bodyOfPlace(kept: readonly Token[], place: Token): Token[] | undefined {
  const connector = kept[kept.length - 1];
  const word = kept[kept.length - 2];
  if (!connector || !word || place.breakBefore || connector.breakBefore || !CONNECTORS.has(connector.bare) || !ORG_WORDS.has(norm(word.bare)) || !isCapitalised(word.bare)) return undefined;
  let start = kept.length - 2;
  while (start > 0 && !kept[start]!.breakBefore && isCapitalised(kept[start - 1]!.bare) && !kept[start - 1]!.sentenceStart) start--;
  return kept.slice(start);
}

/**
 * Known names written with lowercase words inside (French and Spanish institutions and regions:
 * "l'Union européenne", "Organisation mondiale de la santé", "Arabie saoudite") become mentions; the
 * tokens they cover are returned removed, so the capitalised-run pass does not read them again.
 */
export function takeLowercasePhrases(tokens: Token[], out: Mention[]): Token[] {
  const table = lowercasePhrases();
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = table.get(norm(tokens[i]!.bare));
    const hit = candidates?.find(({ words }) => words.every((w, k) => k === 0 || (i + k < tokens.length && !tokens[i + k]!.sentenceStart && norm(tokens[i + k]!.bare) === w)));
    if (hit) {
      // Like "University of Michigan" in a capitalised run, the place inside a body's name is no mention of its own.
      const body = hit.entry.kind === 'place' ? bodyOfPlace(kept, tokens[i]!) : undefined;
      if (body) {
        out.push({ kind: 'org', name: [...body, ...tokens.slice(i, i + hit.words.length)].map((t) => t.bare).join(' '), pos: body[0]!.pos, fixed: true });
        kept.length -= body.length;
      } else out.push({ kind: hit.entry.kind, name: hit.entry.canonical, pos: tokens[i]!.pos, fixed: true });
      i += hit.words.length;
    } else kept.push(tokens[i++]!);
  }
  return kept;
}
