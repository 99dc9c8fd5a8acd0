/** What the text around a name says about it: place cues, lists, sides, commas, headlines. */
import type { Lexicon } from '../lexicon.js';
import type { OrgCue } from '../org-cues.js';
import { ALL_STOPWORDS } from '../stopwords.js';
import { isOnWorldList, isWorldPlace, worldTownSize } from '../world-places.js';
import { escapeRegExp, wholeWordMentions } from '../../words.js';
import { declinedAdjective } from './german-nominative.js';
import { acronymOf, BASED_AFTER_FORMS, CASE_SENSITIVE, CLUB_PLACES, type Cluster, COMPASS, COUNTRIES, DEMONYMS, EN_STOPWORDS, GAZ, type GazEntry, gazLookup, GERMAN_ADJECTIVE, germanBodyNoun, GIVEN_NAMES, MAX_GAZ_TOKENS, type Mention, NAME_PARTICLES, NON_NAMES, norm, ORG_HEADS, ORG_WORDS, PLACE_PREPS, PORTFOLIO_TAILS, PLACE_WORDS, spellsAcronym, SPORTS_CANONICAL } from './tables.js';
import type { Run } from './tokens.js';

const ANY_LOWER = /\p{Ll}/u;

/**
 * Greedy longest gazetteer matches inside a word sequence. In `shouted` text every word is in
 * capitals, so a short all-caps alias ("IS", "WHO", "US") is just an ordinary word there.
 */
export function gazetteerSpans(words: string[], pos: number, out: Mention[], shouted = false): void {
  for (let s = 0; s < words.length; ) {
    let n = Math.min(MAX_GAZ_TOKENS, words.length - s);
    for (; n >= 1; n--) {
      if (shouted && n === 1 && CASE_SENSITIVE.has(norm(words[s]!))) continue;
      const e = gazLookup(words.slice(s, s + n));
      if (e) {
        out.push({ kind: e.kind, name: e.canonical, pos, fixed: true });
        break;
      }
    }
    s += Math.max(n, 1);
  }
}

/** Character ranges, in `text`, of the part `part` picks out of each line (undefined: none of it). */
export function lineRanges(text: string, part: (line: string) => [number, number] | undefined): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const range = part(line);
    if (range) out.push([start + range[0], start + range[1]]);
    start += line.length + 1;
  }
  return out;
}

/** A `part` for `lineRanges`: the whole line when it satisfies `test`. */
export function wholeLineIf(test: (line: string) => boolean): (line: string) => [number, number] | undefined {
  return (line) => (test(line) ? [0, line.length] : undefined);
}

/**
 * A line that looks like a headline: mostly capitalised words, no closing punctuation. Not a table
 * row, whose cells parted by tabs are names as a sentence writes them ("Ryan Makinen and Cody Ross").
 */
export function isHeadline(line: string): boolean {
  if (line.includes('\t')) return false;
  const trimmed = line.trim();
  // A sentence's end, also inside a closing quote or bracket of any language ("… gefahren wurde.“").
  if (!trimmed || /[.!?:;,…]["'“”‘’«»‹›)\]]*$|["”)]$/u.test(trimmed)) return false;
  const words = (trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4 && !ALL_STOPWORDS.has(w.toLowerCase()));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && caps / words.length >= 0.6;
}

/** Two letters in a row, neither of them lower case: what every shouted word holds. */
const NON_LOWER_PAIR = /[\p{Lu}\p{Lt}\p{Lm}\p{Lo}]{2}/u;

/** A line written mostly in capitals ("THIS PRODUCTION IS THE EFFORT OF ..."). */
export function isShouted(line: string): boolean {
  // A shouted word has two letters in a row that are not lower case: most lines have none.
  if (!NON_LOWER_PAIR.test(line)) return false;
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((w) => !ANY_LOWER.test(w)).length;
  return words.length >= 4 && caps / words.length >= 0.7;
}

/** One player in a line-up: a surname, perhaps with an initial or a given name ("Dallas", "J. Kerr", "Calum Dallas"). */
const LINEUP_PLAYER = /^(?:\p{Lu}\.\s?|\p{Lu}\p{Ll}+\s)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:\s\(\w+\))?$/u;

/**
 * The players of a line-up after its team's name: "Newtonmore: MacLean; Cameron, Dallas, Kerr, …
 * Subs: Campbell, Mackay." Surnames alone there are people; many are also towns (Dallas, Dunbar,
 * Sutherland), which the sentence around them cannot tell apart. Returns the part after the first
 * colon, or nothing when the line is not a line-up.
 */
export function lineupRange(line: string): [number, number] | undefined {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 40 || !/^\p{Lu}/u.test(line)) return undefined;
  const players = line.slice(colon + 1).replace(/\b(?:Subs|Substitutes|Replacements|Bench)\s*:/giu, ',').split(/[,;]/u).map((p) => p.trim().replace(/\.$/u, '')).filter(Boolean);
  if (players.length < 8) return undefined;
  return players.filter((p) => LINEUP_PLAYER.test(p)).length >= players.length * 0.8 ? [colon + 1, line.length] : undefined;
}

/** Whether positions, asked in increasing order, fall inside sorted ranges: one forward-moving cursor. */
export function rangeCursor(ranges: [number, number][]): (pos: number) => boolean {
  let i = 0;
  return (pos) => {
    while (i < ranges.length && ranges[i]![1] <= pos) i++;
    return i < ranges.length && pos >= ranges[i]![0];
  };
}

/** Words before a run that keep it from being read as an untitled person's name. */
export const NO_PERSON_BEFORE = new Set(['the', 'at', 'in', 'near', 'inside', 'outside', 'into']);
/**
 * Lowercase role nouns that introduce a person's name in English ("chief executive Miles Hurrell",
 * "ISRO chairman V Narayanan", "rural economist Nikhil Rao"): after one, a name-shaped run is a
 * person even when one of its words is an everyday word or a bare initial.
 */
export const ROLE_BEFORE = new Set(
  'teammate team-mate rookie driver rider jockey executive economist analyst strategist chairman chairwoman chairperson chair director spokesperson spokesman spokeswoman minister secretary president governor mayor commissioner manager coach captain professor researcher scientist founder co-founder correspondent editor lawyer attorney ambassador envoy leader engineer officer superintendent inspector chief striker midfielder defender goalkeeper winger forward batter bowler opener all-rounder pitcher quarterback senator judge student'.split(' '),
);

/**
 * The same role and office nouns in the other languages read, written small before a name: "wethouder Annet
 * Vermeer-Brouwer", "le maire Annick Pouliquen", "o prefeito Edvaldo Schlindwein", "il sindaco Gino Rossi",
 * "burmistrz Tomasz Wójcicki". (German capitalises them: they open the run, as titles.)
 */
export const FOREIGN_ROLE_BEFORE = new Set(
  ('maire adjoint adjointe préfet préfète député députée sénateur sénatrice directeur directrice président présidente porte-parole procureur procureure ' +
    'conseiller conseillère ministre entraîneur avocat avocate professeur chercheur chercheuse gérant gérante secrétaire délégué déléguée bourgmestre échevin échevine ' +
    'alcalde alcaldesa concejal concejala consejero consejera presidenta director directora portavoz fiscal ministro ministra gobernador gobernadora diputado diputada ' +
    'senador senadora secretario secretaria delegado delegada entrenador técnico investigador investigadora profesor profesora abogado abogada gerente intendente seremi ' +
    'prefeito prefeita vereador vereadora diretor diretora secretário secretária governador governadora deputado deputada treinador pesquisador pesquisadora ' +
    'professora advogado advogada coordenador coordenadora promotor promotora autarca ' +
    'sindaco sindaca assessore assessora direttore direttrice consigliere consigliera deputato deputata senatore senatrice allenatore tecnico ricercatore ricercatrice ' +
    'professore professoressa avvocato avvocata procuratore prefetto questore portavoce segretario segretaria governatore amministratore ' +
    'burgemeester wethouder gedeputeerde voorzitter woordvoerder woordvoerster staatssecretaris trainer onderzoeker hoogleraar advocaat raadslid fractievoorzitter schepen ' +
    'kommunalråd landshövding ordförande förbundskapten åklagare presschef borgmester ordfører rådmann fylkesordfører direktør trener forsker politimester ' +
    'prezydent burmistrz wójt starosta marszałek wojewoda radny radna prezes dyrektor dyrektorka rzecznik rzeczniczka poseł posłanka trenerka profesor prokurator komendant ' +
    'starostka hejtman hejtmanka primátor primátorka ředitel ředitelka mluvčí ministr ministryně předseda předsedkyně trenér ' +
    'sous-secrétaire subsecretario conseller consellera conselheiro conselheira presidente vice-président vicepresidente vicepresidenta gouverneur regidor regidora referente ' +
    'analyste analista économiste economista fondateur fondatrice fundador fundadora fondatore responsable responsabile responsável porta-voz delegato delegata ' +
    'professeure professor patron patronne chef cheffe jefe jefa chefe capo dirigeant dirigeante dirigente coordinateur coordinatrice coordinador coordinadora coordinatore ' +
    'administrateur administrador administradora commissaire comisario comisaria comissário commissario procurador procuradora').split(' '),
);

export interface Single {
  word: string;
  pos: number;
  sentenceStart: boolean;
  common: boolean;
  /** Words around it mark it as an organisation. */
  cue?: OrgCue | undefined;
}

/** How far past its run's start a single word split off the run may be written. */
const MAX_SINGLE_LEAD = 60;

/**
 * Where a single word is written, or null when not near its run's start: a word split off a longer
 * run ("Residents of Sungai Ara and Relau", "The RSPB had objected") carries the run's position.
 */
export function singleAt(body: string, s: Single): number | null {
  const at = body.indexOf(s.word, s.pos);
  return at >= 0 && at - s.pos <= MAX_SINGLE_LEAD ? at : null;
}

/**
 * Whether a lone word is a name no list and no dictionary holds, plainly capitalised ("Ranis",
 * "Ust’-Ishim"): what the rules that place such a word by its sentence start from.
 */
export function unlistedLoneName(s: Single): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(s.word) && !s.common && !NON_NAMES.has(norm(s.word)) && !GIVEN_NAMES.has(norm(s.word)) && !GAZ.has(norm(s.word));
}

/**
 * Drops the single words written inside [start, end) of the body, which a name read over that span
 * replaces. (A word split off a longer run carries the run's position: its own is where it is written next.)
 */
export function dropSinglesWithin(singles: Single[], body: string, start: number, end: number): void {
  for (let k = singles.length - 1; k >= 0; k--) {
    const at = body.indexOf(singles[k]!.word, singles[k]!.pos);
    if (at >= start && at < end) singles.splice(k, 1);
  }
}

/**
 * A name read over a span of the body replaces what the runs read inside it: the mentions other than
 * people's that overlap it, and the single words written within it. Places from `keepPlacesFrom` on
 * stay: the place a body's name closes on is one of the article's too ("… du canton du Valais").
 */
export function withNameOverSpan(mentions: Mention[], singles: Single[], body: string, name: Mention, end: number, keepPlacesFrom = end): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const o = mentions[k]!;
    if (o.kind !== 'person' && o.pos < end && o.pos + o.name.length > name.pos && !(o.kind === 'place' && o.pos >= keepPlacesFrom)) mentions.splice(k, 1);
  }
  dropSinglesWithin(singles, body, name.pos, end);
  mentions.push(name);
}

/** A month or day abbreviation that is also a given name, opening a person's name ("Jan Tiedemann", "Jan van Dijk", not "Jan 5"). */
export function givenNameBefore(word: string, next: string): boolean {
  // ("Shona McMurchy", "Christian O'Neill": a surname's own inner capital.)
  return GIVEN_NAMES.has(norm(word)) && ((/^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,}$/u.test(next) && !NON_NAMES.has(norm(next))) || NAME_PARTICLES.has(next));
}

/** Lowercase nouns for a kind of place, after a name ("Dadu district") or before "of" and a list of names. */
export const PLACE_NOUN = '(?:district|province|county|region|prefecture|governorate|oblast|municipality|township|village|town|city|suburb|island|taluka|tehsil|upazila|barangay|parish|borough|hamlet|commune|canton|locality)';
const PLACE_NOUN_ALONE = new RegExp(`^${PLACE_NOUN}$`, 'iu');
/**
 * A place noun after the name, or after a list it opens ("Dadu district", "the Akosombo and Kpong
 * dams", "the Lamu, Kilifi and Kwale counties"). Nouns for a river, lake, valley, dam, ward,
 * constituency or area name places too, but are not read before "of" ("the area of Research").
 */
export const PLACE_NOUN_AFTER = new RegExp(
  `^(?:(?:,\\s+\\p{Lu}[\\p{L}'’-]+)*,?\\s+and\\s+\\p{Lu}[\\p{L}'’-]+)?(?:\\s+(?:industrial|coastal|rural|urban|northern|southern|eastern|western|central|border|farming|mining|suburban|residential|local\\s+government))?\\s+(?:(?:${PLACE_NOUN}|river|lake|valley|dam|ward|constituency|area|field|oilfield|gasfield|mine|aquifer|crater|volcano|mayor|coast|coastline)s?|counties|cities|municipalities|border\\s+(?:post|crossing)s?)\\b`,
  'u',
);
// "parts of Adum, Asafo and Kejetia", "communities such as Caronport and Pense", "the city, including
// Nazarbad, Siddarthanagar and Alanahalli": a name in a list after a place noun. People are never
// listed after "parts of", and "residents such as" lists people, so "residents" only precedes "of".
export const PLACE_NOUN_OF_BEFORE = new RegExp(
  `(?:^|[\\s"“‘(])(?:(?:${PLACE_NOUN}|cities|counties|municipalities|districts|provinces|regions|towns|villages|islands|talukas|tehsils|upazilas|barangays|parishes|boroughs|hamlets|communes|cantons|localities|suburbs|communities|neighbou?rhoods|states|residents|parts|outskirts|[Tt]he\\s+people)\\s+of` +
    `|(?:${PLACE_NOUN}|cities|counties|districts|provinces|regions|towns|villages|islands|parishes|suburbs|communities|neighbou?rhoods|areas|localities|places)\\s+(?:such\\s+as|like)` +
    // "nearby villages including Nariokotome", "the worst-hit areas included Kaneshie, Adabraka and …".
    `|(?:${PLACE_NOUN}|cities|counties|districts|provinces|regions|towns|villages|islands|parishes|suburbs|communities|neighbou?rhoods|areas|localities),?\\s+(?:including|include[ds]?))` +
    `\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+|,?\\s+and\\s+))*$`,
  'u',
);
/** A road named for the town it leads to, in lower case after the name: "the Ballinasloe road". */
const ROAD_TO_TOWN = /^\s+road\b/u;
/** ", Colorado." / ", Sindh, where": a known place after a comma, closing the phrase. */
export const PLACE_AFTER_COMMA = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=\s*[,.;:)]|\s+\p{Ll}|\s*$)/u;

/** Whether the words around the run at [start, end) mark it as a place. */
export function placeCueAt(text: string, start: number, end: number, sentenceStart: boolean): boolean {
  const after = text.slice(end, end + 40);
  // ("Town mayor Tom Rowe": a place noun itself names no place.)
  if (PLACE_NOUN_AFTER.test(after) && !PLACE_NOUN_ALONE.test(text.slice(start, end))) return true;
  // "its yard on the Ballinasloe road", "off the Woodford road": the town a road leads to (a street's name has its own "Road").
  // (Not a road between two towns, "the Garissa-Hola road", which names neither alone, nor a word the
  // article also writes small, "the Shore road" where "the shore was closed".)
  if (ROAD_TO_TOWN.test(after) && /\bthe\s+$/u.test(text.slice(Math.max(0, start - 5), start)) && !/\p{L}-\p{Lu}/u.test(text.slice(start, end)) && wholeWordMentions(text, text.slice(start, end).toLowerCase()).count === 0) return true;
  // "However, Nuremberg zoo chiefs said": a sentence adverb before a comma; datelines name known places anyway.
  const state = sentenceStart ? undefined : PLACE_AFTER_COMMA.exec(after)?.[1];
  if (state !== undefined && gazLookup(state.split(/\s+/))?.kind === 'place') return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  // "Communities such as Caronport": the noun may open the sentence.
  const before = text.slice(Math.max(lineStart, start - 120), start).replace(SENTENCE_OPENING_NOUN, (_, stop: string, noun: string) => stop + noun.toLowerCase());
  return PLACE_NOUN_OF_BEFORE.test(before) || FACILITY_AT_BEFORE.test(before) || FIRM_OF_BEFORE.test(before);
}

/** Where a company named with its legal form is based: "Kaulbach Marine Ltd of Lunenburg", "Acme Holdings Inc. of Dayton". */
const FIRM_OF_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}&'’-]*\s+(?:${BASED_AFTER_FORMS.map(escapeRegExp).join('|')})\s+of\s+$`, 'u');

/** A works named for where it stands: "the bromine plant at Padana", "the refinery at Kwinana", "its campus at Leixlip". */
const FACILITY_AT_BEFORE = /\b(?:campus|base|plant|mine|factory|smelter|refinery|depot|terminal|airfield|mill|quarry|hatchery|works)\s+at\s+$/u;

/** A capitalised word opening a sentence, with what ends the sentence before it. */
const SENTENCE_OPENING_NOUN = /(^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)(?=\s)/gu;

/**
 * A club's initials before its name ("HC Košice", "FK Dubočica", "CD Mirandés", "SC Magdeburg",
 * "GKS Katowice"): the initials say what the name is, a club, whatever the words after them name
 * alone (a town) and whichever language writes them. Written in capitals, as clubs write them.
 */
const PREFIXED_CLUB = /(?<![\p{L}\p{N}'’.-])(?:FC|HC|HK|KH|KS|STS|SK|FK|NK|HNK|GNK|ŠK|MŠK|MFK|AC|AS|SC|SV|BK|IF|IK|IFK|KK|RK|TJ|AFC|CF|CD|UD|SD|RC|KV|KAA|KRC|KIF|VfB|VfL|TSV|TSG|SSC|SSV|GKS|AZS|SPR|MMTS|KPR|UKS|LKS|ŁKS|MKS|JKH|VK|SG|AEK|OFK|CSM|ACS|SL|AZ)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu;
/**
 * The Nordic clubs write their initials after the town ("Frölunda HC", "Skellefteå AIK", "Molde FK",
 * "Djurgårdens IF"). One word before them: a second one is as often the sentence's first word. Initials
 * before a name are that name's ("Der HC Pustertal").
 * English "FC" is not among them: the club lists read those with their canonical names.
 */
const SUFFIXED_CLUB = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}[\p{L}'’-]*\s+(?:AIK|IF|IK|FF|BK|HC|HF|SK|FK|GIF|BIF|IBK)(?![\p{L}\p{N}]|[^\S\n]+\p{Lu})/gu;

/** The clubs named with their initials, before or after the name, with where each starts and ends. */
export function clubsByInitials(text: string): { name: string; start: number; end: number }[] {
  const named = (m: RegExpExecArray, name = m[0]): { name: string; start: number; end: number } => ({ name, start: m.index, end: m.index + name.length });
  // ("trener MMTS Krzysztof Wiśniewski": a person's given name right after the initials names no club.)
  const prefixed = [...text.matchAll(PREFIXED_CLUB)].filter((m) => !givenNameAfterInitials(m[0]));
  return [...prefixed.map((m) => named(m, withoutPersonAfter(m[0]))), ...[...text.matchAll(SUFFIXED_CLUB)].map((m) => named(m))];
}

/** Whether the word after a club's initials is a given name the lists know and no place ("MMTS Krzysztof Wiśniewski"). */
function givenNameAfterInitials(name: string): boolean {
  const second = name.split(/\s+/u)[1] ?? '';
  return GIVEN_NAMES.has(norm(second)) && !GAZ.has(norm(second)) && worldTownSize(second) === undefined;
}

/** A club's name without the person named right after it ("HK Midtjylland | Birgitte Damsgaard"). */
function withoutPersonAfter(name: string): string {
  const words = name.split(/\s+/u);
  const given = words.findIndex((w, k) => k >= 2 && k < words.length - 1 && GIVEN_NAMES.has(norm(w)) && !GAZ.has(norm(w)));
  return given < 0 ? name : name.slice(0, name.indexOf(words[given]!, words.slice(0, given).join(' ').length)).trimEnd();
}

/** A list's item: one to three capitalised words, a particle allowed between them ("Monreal del Campo"), or elided before one ("Cava d’Aliga"). */
export const LIST_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|del|della|delle|dei|degli|da|do|dos|das|di|du|des|la|le|les|van|von|der|am|an)\\s+|(?:d|dell)['’])?\\p{Lu}[\\p{L}'’-]+){0,2}";
/** A list's regular expressions for one language's "and" and "or" words. */
interface ListShape {
  after: RegExp;
  before: RegExp;
  split: RegExp;
  joinAfter: RegExp;
  joinBefore: RegExp;
  joinInside: RegExp;
}
const listShapes = new Map<string, ListShape>();
function listShape(conjunctions: string): ListShape {
  let shape = listShapes.get(conjunctions);
  if (!shape) {
    const separator = `(?:,\\s+|\\s+(?:${conjunctions})\\s+)`;
    shape = {
      after: new RegExp(`^(?:${separator}${LIST_NAME})+(?=[\\s,.;:)]|$)`, 'u'),
      before: new RegExp(`(?:^|[^\\p{L}])((?:${LIST_NAME}${separator})+)$`, 'u'),
      split: new RegExp(`,\\s+|\\s+(?:${conjunctions})\\s+`, 'u'),
      joinAfter: new RegExp(`^\\s+(?:${conjunctions})\\s`, 'u'),
      joinBefore: new RegExp(`\\s(?:${conjunctions})\\s+$`, 'u'),
      joinInside: new RegExp(`\\s(?:${conjunctions})\\s`, 'u'),
    };
    listShapes.set(conjunctions, shape);
  }
  return shape;
}
/** "and" and "or" of the languages whose lists are read beside English's. */
export const LIST_CONJUNCTIONS: Readonly<Record<string, string>> = {
  en: 'and|or', fr: 'et|ou', es: 'y|e|o', pt: 'e|ou', it: 'e|ed|o', nl: 'en|of', ca: 'i|o', sv: 'och|eller', da: 'og|eller', no: 'og|eller',
  is: 'og|eða', af: 'en|of', fy: 'en|of', gl: 'e|ou', ro: 'și|şi|sau', bg: 'и|или', el: 'και|ή', id: 'dan|atau', ms: 'dan|atau', tl: 'at', ceb: 'ug', sq: 'dhe|ose', vi: 'và|hoặc',
  pl: 'i|oraz|lub|albo', cs: 'a|i|nebo', sk: 'a|i|alebo', sl: 'in|ali', hr: 'i|ili', bs: 'i|ili', sr: 'i|ili', ru: 'и|или', uk: 'і|й|та|або',
  hu: 'és|vagy', fi: 'ja|tai', et: 'ja|või', lt: 'ir|ar', lv: 'un|vai', tr: 've|veya|ile',
};

/** The other names of the list the name at [start, end) stands in, if it stands in one. */
function listedWith(text: string, start: number, end: number, conjunctions = LIST_CONJUNCTIONS.en!): string[] {
  const shape = listShape(conjunctions);
  const afterText = text.slice(end, end + 100);
  const beforeText = text.slice(Math.max(0, start - 100), start);
  const itemsBefore = shape.before.exec(beforeText)?.[1] ?? '';
  const itemsAfter = shape.after.exec(afterText)?.[0] ?? '';
  const listed = `${itemsBefore} ${itemsAfter}`.split(shape.split).map((name) => name.trim()).filter((name) => name !== '');
  // A comma alone is no list ("in Chicago, Curry was held"): an "and" or "or" must be on one side, or
  // close a list of three or more the name stands inside or opens ("Kwethluk, Napaskiak, Tuntutuliak and
  // Bethel", "at Kalimbeza, Kasika and Impalila Island").
  // So does a series of three names or more whose "and" brings in something else ("Marina di Ragusa,
  // Donnalucata, Cava d’Aliga e l’arenile alla foce").
  const joined = shape.joinAfter.test(afterText) || shape.joinBefore.test(beforeText) || (listed.length >= 2 && shape.joinInside.test(itemsAfter)) ||
    (itemsBefore !== '' && itemsAfter !== '' && shape.joinAfter.test(afterText.slice(itemsAfter.length)));
  return joined ? listed : [];
}

/** Whether the name at [start, end) stands in a list with a known place ("Akron, Barberton and …", "Gauteng and Emfuleni"). */
export function listedWithPlace(text: string, start: number, end: number, isPlace: (name: string) => boolean = (name) => GAZ.get(norm(name))?.kind === 'place', conjunctions?: string): boolean {
  return listedWith(text, start, end, conjunctions).some((name) => isPlace(name));
}

/** Whether the name at [start, end) stands in a list of two or more known bodies and nothing else ("Intel, Bosch and Keysight"). */
export function listedWithBodies(text: string, start: number, end: number, isBody: (name: string) => boolean): boolean {
  const listed = listedWith(text, start, end);
  return listed.length >= 2 && listed.every((name) => isBody(name));
}

/** A known place, or one of the article's place clusters. */
export function isNamedPlace(name: string, clusters: readonly Cluster[]): boolean {
  return GAZ.get(norm(name))?.kind === 'place' || clusters.some((c) => c.kind === 'place' && c.names.includes(name));
}

/** The word, as written, that ends right before `pos` across spaces, if any. */
export function precedingWord(text: string, pos: number): string | undefined {
  // A backward scan over the 24 characters before `pos`: white space, then the letters before it
  // (long enough for "neighbouring", "approximately").
  const from = Math.max(0, pos - 24);
  let end = pos;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  if (end === pos) return undefined;
  let start = end;
  while (start > from && isLetterAt(text, start - 1)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i]!);
}
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/**
 * Whether the sentence going on after a name at `end` refers back to it as "its" before any other
 * name or personal pronoun: "Fonterra has cut the midpoint of its forecast", not "Smith said Acme
 * cut its prices" or "Hurrell said his farmers".
 */
export function refersBackAsIts(text: string, end: number): boolean {
  const rest = /^[^.!?\n]{0,80}/u.exec(text.slice(end, end + 80))![0];
  const pronoun = /\b(?:its|his|her|hers|he|she|him|their|they)\b/iu.exec(rest);
  return pronoun !== null && pronoun[0].toLowerCase() === 'its' && !/\s\p{Lu}/u.test(rest.slice(0, pronoun.index));
}

/** Nouns naming a work: "his Bengali film Anuranan", "the musical Hairspray". */
export const WORK_NOUNS = new Set(['film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'album', 'song', 'single', 'show', 'series', 'sitcom', 'play', 'musical', 'opera', 'game', 'painting', 'index', 'model', 'phone', 'device', 'drug']);

/**
 * Lone unknown words the article treats as a body: a sentence refers back to one as "its" and the
 * article names it at least twice, never after "the", a locative preposition, a noun naming a work
 * or an opening quote (those are products, indices, works and places: "the Sensex", "from
 * Tamworth", "film Anuranan", "“Hairspray”").
 */
export function bodiesReferredToAsIts(body: string, singles: readonly Single[]): Set<string> {
  const found = new Set<string>();
  for (const s of singles) if (!s.common && !found.has(s.word) && refersBackAsIts(body, s.pos + s.word.length)) found.add(s.word);
  for (const word of found) {
    const uses = singles.filter((s) => s.word === word);
    const thingLike = uses.some((s) => {
      const before = precedingWord(body, s.pos);
      return /["“‘'(]$/u.test(body.slice(Math.max(0, s.pos - 1), s.pos)) || before === 'the' || (before !== undefined && (SPORTS_LOCATIVES.has(before) || WORK_NOUNS.has(before)));
    });
    if (uses.length < 2 || thingLike) found.delete(word);
  }
  return found;
}

/** ", which manages …", ", which employs …": what a lone name does in the clause after it is what a body does. */
const BODY_CLAUSE_AFTER = /^,\s+which\s+(?:manages|operates|owns|employs|represents|funds|oversees|regulates|supplies|manufactures|builds|sells|insures|publishes|organi[sz]es|produces|develops|distributes|imports|exports)\b/u;

/** "to Coillte, which manages much of the forest": a lone name the next clause says acts as a body acts. */
export function describedAsBody(body: string, s: Single): boolean {
  return !s.common && BODY_CLAUSE_AFTER.test(body.slice(s.pos + s.word.length, s.pos + s.word.length + 40));
}

/**
 * A verb or noun of travel or spread, then "to": what follows is where the journey (or the outbreak,
 * the fire) ends. So with a verb of carrying goods and up to three words of what it carries ("truck
 * their shrimp to Darien", "export most of it to Mombasa"), and with a compass word ("the road west to Ōpōtiki").
 */
export const JOURNEY_TO =
  /\b(?:(?:sail(?:ed|ing|s)?|brought|taken|travel(?:l?ed|l?ing|s)?|moved|moving|flew|flown|flying|return(?:ed|ing|s)?|head(?:ed|ing|s)|driven|drove|evacuated|relocated|transferred|airlifted|rushed|diverted|ferried|towed|deported|spread(?:ing|s)?|route|trip|journey|flights?|ferry|ferries|sailings?|road)|(?:ship(?:s|ped|ping)?|truck(?:s|ed|ing)?|export(?:s|ed|ing)?|haul(?:s|ed|ing)?|transport(?:s|ed|ing)?)(?:\s+\p{Ll}+){0,3})(?:\s+(?:north|south|east|west)(?:-?(?:east|west))?)?\s+to\s+$/iu;

/** "had climbed Carrauntoohil", "scaled Kinabalu": what someone climbs, named alone, is a mountain or a hill. */
export const CLIMBED_BEFORE = /\b(?:climb(?:ed|ing|s)?|scal(?:ed|ing)|summit(?:ed|ing)|conquer(?:ed|ing))\s+$/iu;

/** "in the former Transkei", "across the former Yugoslavia": a place's preposition and "the former" before a lone name. */
export const FORMER_PLACE_BEFORE = /\b(?:in|across|of|from|throughout|to) the former\s+$/iu;

/** Articles and article-preposition forms of the languages read besides English. */
export const FOREIGN_ARTICLES = new Set(['el', 'la', 'los', 'las', 'del', 'al', 'le', 'les', 'du', 'des', 'au', 'aux', 'o', 'a', 'os', 'as', 'do', 'da', 'dos', 'das', 'no', 'na', 'ao', 'pelo', 'pela', 'il', 'lo', 'gli', 'dello', 'della', 'dal', 'dalla', 'nel', 'nella', 'alla', 'der', 'die', 'dem', 'den', 'het', 'de']);
/** Acronyms that are terms, not bodies, though an article may precede them ("el PIB", "la TVA", "das BIP", "the MRI"). */
export const TERM_ACRONYMS = new Set(
  'MRI CT AGM EGM GDP GNP VAT PPE ICU ATM PIN CCTV IVF LNG LPG HGV MOT CPI RPI ECG EEG CPR DUI DWI PPA EIA EIS SEN ADHD PTSD OCD FAQ PIB IVA IPC ADN ARN SIDA VIH IRPF TVA PME PMI CEO PDG DG TV GPS SMS USB PC IA KI BIP LKW PKW EDV ISO UTC GMT VIP DJ PDF HD COVID SARS UCI UTI CTI SUV ONG TGV RER IRS IMI IMT CPF CNPJ RG PIX ICMS IPI IOF CDI CDB ETF IPO HIV AIDS DNA RNA PET LED IT AI EV MW GW KW CV EBITDA OPA OPV ERE ERTE SMI PIL IRPEF IMU TFR ISEE PNRR BTW WOZ AOW ZZP MKB UE EU VAR TER AVE ICE DAX MDAX SDAX CAC IBEX MIB AEX BEL PSI SMI ATX WIG BUX WTI OPEP NASDAQ TEU ODI MVP'.split(' '),
);

/** "el CONICET", "o INEM", "der ADAC": outside English, an article before an unknown acronym marks a body. */
export function articleBeforeAcronym(body: string, pos: number, word: string): boolean {
  if (word.length < 3 || !/^\p{Lu}+$/u.test(word) || TERM_ACRONYMS.has(word) || GAZ.has(norm(word))) return false;
  const lead = body.slice(Math.max(0, pos - 12), pos);
  // Or the article elided onto it: "l’ANACIM prévoit", "dell'ISTAT".
  if (ELIDED_ARTICLE_BEFORE.test(lead)) return true;
  const before = /([\p{L}]+)\s+$/u.exec(lead)?.[1];
  return before !== undefined && FOREIGN_ARTICLES.has(before.toLowerCase());
}
/** French, Italian and Catalan articles elided onto the next word ("l'", "dell'", "all'"), closing the text before it. */
const ELIDED_ARTICLE_BEFORE = /(?<![\p{L}])(?:[lL]|[dD]ell|[nN]ell|[aA]ll|[dD]all|[sS]ull)['’]$/u;

/**
 * "Deutsches Krebsforschungszentrum (DKFZ)", "Jurado Electoral Especial (JEE)": outside English, an
 * unknown acronym that a capitalised name right before the bracket defines is a body's short name,
 * whether or not its letters spell that name's words (compounds and translations hide them).
 */
export function bracketedAfterName(body: string, pos: number, word: string, nounCaps: boolean): boolean {
  if (word.length < 2 || !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || TERM_ACRONYMS.has(word) || GAZ.has(norm(word))) return false;
  if (body[pos - 1] !== '(' || body[pos + word.length] !== ')') return false;
  // (Up to ten words: a body written in sentence case may be long, "Agence nationale de l'aviation civile et de la météorologie (ANACIM)".)
  const before = body.slice(Math.max(0, pos - 90), pos - 1);
  const name = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,9})\s*$/u.exec(before)?.[1];
  if (name === undefined || !/\p{Ll}/u.test(name) || /[.!?]\s/u.test(name)) return false;
  // Where every noun is capitalised, the name is the capitalised words right before the bracket
  // ("Deutsches Krebsforschungszentrum"), not a sentence's ("in Krankenhausinformationssystemen").
  const words = nounCaps ? trailingNameWords(before) : name.split(/\s+/u);
  // One word alone is as often a term ("Telematikinfrastruktur (TI)") unless it ends like a body.
  return words.length >= 2 || (words.length === 1 && COMPOUND_BODY_ENDING.test(words[0]!));
}

/** Small words inside a German or Dutch body's name: "Institut für …", "Universität zu Kiel". */
const NAME_INNER_WORDS = new Set(['für', 'und', 'zu', 'der', 'des', 'von', 'voor', 'van', 'en', 'de', 'het']);

/** The capitalised words (and the small words between them) closing `text`. */
function trailingNameWords(text: string): string[] {
  const words = text.trim().split(/\s+/u);
  let k = words.length;
  while (k > 0 && (/^\p{Lu}/u.test(words[k - 1]!) || (k < words.length && NAME_INNER_WORDS.has(words[k - 1]!)))) k--;
  while (k < words.length && !/^\p{Lu}/u.test(words[k]!)) k++;
  return words.slice(k);
}

/** How German and Dutch compounds naming a body end: "Naturschutzbund", "Kampfmittelräumdienst", "Landesamt". */
const COMPOUND_BODY_ENDING = /(?:amt|bund|dienst|verband|verein|gesellschaft|institut|instituut|zentrum|kasse|rat|raad|behörde|ministerium|gericht|kammer|wacht|polizei|bureau|agentur|stiftung|akademie|universität|hochschule)$/u;

/** "north of", "residents of", "Jane Doe, 61, of": what follows "of" here is a place, unlike "fans of" or "shares of". */
/**
 * The same outside English: "originaire de Dax", "les habitants de Mauriac", "il sindaco di Sutri",
 * "vecinos de Calamocha", "no concelho de Alijó", "de burgemeester van Zichem". Written small, so a
 * body's own head ("Ayuntamiento de Oviedo") is no cue (German, which capitalises nouns, aside).
 */
export const FOREIGN_PLACE_BEFORE_OF: Readonly<Record<string, RegExp>> = {
  fr: /(?:^|[\s'’])(?:originaires?|habitants?|maire|mairie|commune|ville|village|hameau|environs|près|région|port|plage|gare|aéroport|nord|sud|est|ouest|km|kilomètres|provenance|venus?|venues?|banlieue|périphérie|canton|arrondissement)\s+(?:de\s+|d['’]\s*)$/u,
  es: /(?:^|\s)(?:municipio|localidad|ciudad|pueblo|alcalde|alcaldesa|vecinos|habitantes|cerca|natural|provincia|comarca|norte|sur|este|oeste|afueras|kilómetros|km|puerto|aeropuerto|playa|barrio|parroquia|procedentes?|originari[oa]s?)\s+(?:de|del)\s+$/u,
  it: /(?:^|\s)(?:comune|sindac[oa]|città|paese|frazione|provincia|abitanti|originari[oa]|nativ[oa]|pressi|nord|sud|est|ovest|chilometri|km|porto|aeroporto|spiaggia|periferia)\s+(?:di|del|della)\s+$|(?:^|\s)vicino\s+a\s+$/u,
  pt: /(?:^|\s)(?:município|concelho|cidade|vila|aldeia|freguesia|localidade|perto|natural|moradores|habitantes|norte|sul|leste|oeste|km|quilómetros|quilômetros|porto|aeroporto|praia|bairro|arredores|prefeit[oa])\s+(?:de|do|da)\s+$/u,
  nl: /(?:^|\s)(?:gemeente|burgemeester|inwoners|buurt|omgeving|noorden|zuiden|oosten|westen|dorp|stad|haven)\s+van\s+$/u,
  // German, which capitalises its nouns, before "in": "Rathaus in Murau", "Bahnhof in Rottenmann".
  // (After "von" a lone name is read more narrowly: "von" opens surnames.)
  de: /(?:^|\s)(?:Rathaus|Bahnhof|Hauptplatz|Marktplatz|Pfarrkirche|Bezirkshauptmannschaft|Gemeindeamt)\s+in\s+$/u,
};
/**
 * A river's or a landform's noun and "of the" before a name, in French, Spanish, Italian, Portuguese and
 * Catalan: "le long de la Vesdre", "crue de la Vilaine", "las orillas del Tormes", "a foz do Mondego",
 * "le pendici dell'Etna". A body takes none of these nouns.
 */
const FEATURE_NOUNS = [
  // (Not "source", "sommet", "bord", "niveau", "cumbre": a news source, a summit, a ship, a level are a body's too.)
  'crue', 'crues', 'rive', 'rives', 'berge', 'berges', 'bords', 'lit', 'débit', 'aval', 'amont', 'bassin', 'vallée', 'plaine',
  'embouchure', 'confluent', 'long', 'estuaire', 'delta', 'crête', 'crêtes', 'flanc', 'flancs', 'versant', 'versants', 'gorges',
  'orilla', 'orillas', 'cauce', 'cuenca', 'ribera', 'riberas', 'desembocadura', 'nacimiento', 'caudal', 'crecida', 'desbordamiento', 'ladera', 'laderas',
  'sponda', 'sponde', 'argine', 'argini', 'alveo', 'bacino', 'foce', 'piena', 'portata', 'vetta', 'pendici', 'versante',
  'margem', 'margens', 'leito', 'bacia', 'foz', 'nascente', 'cheia', 'cheias', 'encosta', 'encostas', 'cume',
  'riba', 'conca', 'llera', 'vessant',
];
export const FEATURE_NOUN_OF_THE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${FEATURE_NOUNS.join('|')})(?:\s+(?:gauche|droite|izquierda|derecha|sinistra|destra|esquerda|direita|esquerra|dreta|nord|sud|norte|sur))?\s+(?:(?:de\s+la|du|des|del|della|dello|do|da|dos|das|de\s+les|dels)\s+|(?:de\s+l|dell|d)['’]\s*)$`,
  'iu',
);
/**
 * "un chalutier de Loctudy", "il magazzino di Genestrerio", "as famílias reassentadas de Afungi": in a
 * Romance language, a common noun and "de"/"di" before a lone name. What follows is a place unless the
 * noun is a role's or an office's (whose "de" names an employer or a portfolio: "analista di Equita",
 * "ministro de Hacienda"), an illness's or a law's (named for a person or a place: "maladie de Lyme"), or
 * a naming verb's ("batizado de"), or says who pays or sells ("con financiamiento de Prociencia", "le esportazioni di
 * Prosecco"). The groups hold the two words before "de" ("directeur général de").
 */
export const ROMANCE_NOUN_OF = /(?:^|[\s'’])(?:(\p{Ll}[\p{Ll}·]{2,})\s+)?(\p{Ll}[\p{Ll}·]{2,})\s+(?:de\s+|di\s+|d['’]\s*)$/u;
/** Offices whose "de" names the place they serve: "le maire de Redon", "il sindaco di Sutri", "alcaldesa de Teruel". */
const PLACE_OFFICES = new Set(
  ('maire adjoint adjointe préfet préfète député députée sénateur sénatrice bourgmestre échevin échevine alcalde alcaldesa concejal concejala diputado diputada ' +
    'senador senadora intendente prefeito prefeita vereador vereadora deputado deputada autarca sindaco sindaca deputato deputata senatore senatrice prefetto questore').split(' '),
);
export const NOT_PLACE_NOUN_BEFORE_OF = new Set([
  ...[...FOREIGN_ROLE_BEFORE].filter((w) => !PLACE_OFFICES.has(w)),
  ...('membre miembro membro socio socia associé associée sócio sócia titulaire titular ' +
    'maladie doença enfermedad malattia morbo syndrome síndrome sindrome virus vírus vaccin vacina vacuna vaccino loi ley lei legge théorème teorema échelle escala scala ' +
    'financiamiento financiamento financement finanziamento soutien apoyo apoio sostegno través incentivos subvención subvenção ' +
    'production producción produção produzione exportations exportaciones exportações esportazioni lancement lancements lanzamiento lançamento lancio ' +
    'nommé nommée appelé appelée baptisé baptisée surnommé surnommée llamado llamada denominado denominada bautizado bautizada chamado chamada batizado batizada apelidado apelidada chiamato chiamata detto detta').split(' '),
]);
/** Feasts written with a capital in Romance languages, which "de"/"di" takes like a place: "les ventes de Noël", "gli ordini di Natale". */
export const ROMANCE_FEASTS = new Set('Noël Pâques Toussaint Pentecôte Natale Pasqua Ferragosto Navidad Pascua Páscoa Carnaval Carnevale Ramadan Ramadán Ramadão Epifania Epifanía'.split(' '));
/**
 * Dutch compounds ending in a place's word: "Gronausestraat", "Waaslandhaven", "Leopoldkanaal",
 * "Groningenveld", "Demervallei", "Maasvlakte", "Linkerscheldeoever", "Brouwersdam".
 */
export const DUTCH_PLACE_COMPOUND = /\p{Ll}(?:straat|steeg|weg|laan|plein|markt|kade|dijk|dam|haven|dok|kanaal|vaart|gracht|meer|veld|gebied|vallei|oever|vlakte|polder|bos|berg|heide|beek|bank|brug|sluis|eiland|plaat)$/u;
/**
 * A Dutch place's preposition and article before a lone name: "langs de Maas", "aan de Spuikom", "in de
 * Wieringermeer", "richting de Grevelingen", "uit het Groningenveld".
 */
export const DUTCH_PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|aan|op|langs|naar|bij|richting|nabij|rond|rondom|achter|uit|over)\s+(?:de|het)\s+$/iu;
/** Dutch words that "de" or "het" take and are no place's name: an adjective ("de Nederlandse"), a people ("de Limburgers"), a body. */
export const DUTCH_NOT_PLACE = /(?:se|sche|ische|er|ers|aar|aars|ees|ezen)$|^(?:Kamer|Raad|Staat|Rijk|Mijnen|Koning|Koningin|Kroon|Kerk|Bond|Unie)$/u;
/**
 * Prepositions after which a lone name no list knows is a place, in languages whose runs read them as
 * no place's cue: Nordic "på"/"vid"/"ved" ("på Sjusjøen", "vid Frillesås", "ved Rødbyhavn": also "on"
 * and "at" a firm, which a role before them tells), Romanian "la"/"de la" ("la Tarcău"), Polish "z"
 * ("z Chojnic"; "with" takes the instrumental, a person's as often as a place's, so that is left out).
 */
export const LONE_PLACE_PREPOSITION: Readonly<Record<string, RegExp>> = {
  sv: /(?:^|[^\p{L}])(?:på|vid)\s+$/u,
  no: /(?:^|[^\p{L}])(?:på|ved)\s+$/u,
  nb: /(?:^|[^\p{L}])(?:på|ved)\s+$/u,
  da: /(?:^|[^\p{L}])(?:på|ved)\s+$/u,
  ro: /(?:^|[^\p{L}])la\s+$/u,
  pl: /(?:^|[^\p{L}])z\s+$/u,
};
/** A Nordic role or workplace verb before "på"/"vid"/"ved", after which the name is an employer: "skogsanalytiker på Mittbanken", "forsker ved". */
export const NORDIC_ROLE_BEFORE = /(?:chef|sjef|analytiker|forskare|forsker|professor|ekonom|økonom|ansvarig|ansvarlig|direktör|direktør|anställd|ansatt|ansat|arbetat|arbetar|arbeider|arbejder|jobbar|jobber|lektor|doktorand|talesperson|rådgivare|rådgiver|strateg|mäklare|megler|ledare|leder|medarbetare|medarbejder|medarbeider)\s+\S+\s+$/u;
/** Polish instrumental endings: "z Rybnikiem", "z Kowalskim", "z Białorusią" (with, not from). */
export const POLISH_INSTRUMENTAL = /(?:em|ym|im|ą|ami)$/u;
/** Nordic adjectives a square's or street's name opens with, before the noun written small: "på Stora torg". */
export const NORDIC_NAME_ADJECTIVES = new Set(['Stora', 'Store', 'Lilla', 'Lille', 'Nya', 'Nye', 'Gamla', 'Gamle', 'Norra', 'Södra', 'Östra', 'Västra', 'Nordre', 'Søndre', 'Østre', 'Vestre']);
/**
 * German, which capitalises every noun, after "in", "aus", "bei" or "nach": what a lone name no list
 * knows must not look like to be read as a place. A common noun's ending ("Führung", "Sicherheit",
 * "Regionen", "Körbe", "Brücken"), or a noun these prepositions take without an article in set phrases
 * ("in Betrieb", "in Aussicht", "nach Hause", "bei Tempo 30").
 */
export const GERMAN_NOUN_SHAPED = /(?:ung|heit|keit|schaft|ion|tät|ismus|nis|tum|ling|chen|lein|ment|enz|anz|ik|ie|ur|e|en|er|ern|el|eln|s|gebiet|holz|stoff|mehl|form|fall|zeug|werk|mittel|gut|material)$/u;
/**
 * Endings of German towns' names that a noun's ending would hide ("Mayrhofen", "Hadmersleben", "Stuhlfelden",
 * "Sigmaringen"), with three letters or more before them: a village after "in" or "aus" even so.
 */
export const GERMAN_TOWN_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:hofen|leben|felden|ingen|hausen|kirchen|stetten|brücken|beuren|weiler|stedt|büttel|rode)$/u;
export const GERMAN_BARE_NOUN_PHRASES = new Set(
  // ("bei Sonnenschein", "bei Glatteis": the weather.)
  ('Sonnenschein Regen Wind Frost Sturm Glatteis Tageslicht Schnee Hagel Tauwetter Dämmerung Gegenwind Rückenwind Nordwind Südwind Westwind Ostwind Föhn ' +
  'Personal Medizin Betrieb Überzahl Unterzahl Kontakt Aussicht Arbeit Auftrag Kraft Frage Gang Ordnung Sicht Haft Not Gefahr Rente Pension Urlaub Kurzarbeit Führung Rückstand Bau Planung Tarif Nachwuchs Tempo Zukunft Summe Folge Serie Hand Angriff Umlauf Verzug Vollzeit Teilzeit Quarantäne Gewahrsam Untersuchungshaft Haus Hause Bord Land See Stadt Wald Berg Holz Stahl Gold Silber Beton Glas Papier Wasser Strom Gas Öl Kohle Geld Euro Dollar Franken Prozent Minute Stunde Tag Woche Monat Jahr Richtung Zeit Ruhe Sachen Bezug Sorge Angst Schach Schutz Betreuung Absprache Abstimmung Zusammenarbeit Kooperation Anspruch Eigenregie').split(' '),
);
/** A German article or determiner before a word, which a town's name hardly takes: "den Betrieb", "einer Region". */
export const GERMAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|kein|keine|keinen|im|am|vom|zum|zur|beim|ins)\s+$/iu;
export const PLACE_BEFORE_OF = /(?:\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|outskirts|residents|citizens|inhabitants|mayor|town|village|hamlet|port|harbou?r|city|district|province|region|island|parish|township|municipality|suburbs?|streets|lagoons|beaches|shores|coasts?|waters|islands|slopes|summit|flanks|foothills|banks|mouth|estuary|area|kilometres|kilometers|miles|km)|,(?:\s+\d+,)?)\s+of\s+$/iu;
/** Words before "to" that point at a person, not a destination ("goes to Williams", "spoke to Edwards"). */
export const TO_PERSON_BEFORE = /\b(?:go(?:es)?|went|gave|give[ns]?|spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|said|passed|lost|losing|sold|handed|belong(?:s|ed)?|thanks|tribute|credit|according|next|close|married|compared|sent|wrote|reported|replied|responded|appealed|apologi[sz]ed|introduced|due)\s+to\s+$/iu;
/**
 * "from Bayou Blue to Chauvin", "from Kudat in the north to Tenom": a span between two names. True when
 * the name at [start, end) opens one after "from" or closes one after "to".
 */
export function namesSpanEnd(text: string, start: number, end: number): boolean {
  if (/\bfrom\s+$/u.test(text.slice(Math.max(0, start - 6), start))) return FROM_TO_AFTER.test(text.slice(end, end + 40));
  return FROM_TO_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
const FROM_TO_AFTER = /^(?:\s+in\s+the\s+\p{Ll}+)?\s+to\s+\p{Lu}/u;
const FROM_TO_BEFORE = /\bfrom\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+in\s+the\s+\p{Ll}+)?\s+to\s+$/u;

/** Words that place a name whatever it is ("near Twifo Praso", "outside Te Puke", "downtown Moab"): never a person or a body. */
export const NEAR_WORDS = new Set(['near', 'outside', 'toward', 'towards', 'neighbouring', 'neighboring', 'downtown', 'uptown']);
/** Words before "in" after which a name is a journal, a firm or a work, not a place: "published in", "a stake in". */
export const IN_NOT_PLACE = /\b(?:published|publishes|publishing|writing|wrote|written|appeared|appears|reported|reports|paper|study|article|letter|invest(?:ed|s|ing|ment|ments)?|stake|stakes|shares|holding|interest|role|starred|starring|featured|cast|playing|played|plays|roles?)\s+in\s+$/iu;
/** A lowercase venue noun after the name: "outside Al-Ameer restaurant" names a business, not a place. */
export const VENUE_NOUN_AFTER = /^\s+(?:restaurant|hotel|shop|store|bar|pub|caf[eé]|bakery|church|mosque|temple|school|college|station|market|hospital|clinic|office|offices|headquarters|building|factory|plant|mill|mall|gate|house|court|stadium|ground)s?\b/u;
/** Prepositions after which a town's name is hardly anything else. */
export const TOWN_PREPS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'on']);

/**
 * Common nouns a town's name stands before: its parts, its people, its works, firms and seat ("Brixham
 * harbour", "Pelaw residents", "a Halifax man", "the Hamilton steelmaker", "a Nanaimo start-up", "the Tottenham MP").
 */
const TOWN_NOUN_AFTER = /^\s+(?:harbour|harbor|quay|quayside|seafront|promenade|pier|marina|high street|town centre|town center|residents|villagers|townsfolk|households|ratepayers|port|docks|waterfront|campus|plant|factory|smelter|refinery|steelworks|steelmaker|MP|constituency|suburb|neighbourhood|neighborhood|start-up|startup|firm|company|business|man|woman|couple|family|teenager|teen|boy|girl|resident)\b/u;

/**
 * A lone word on the world list of one-word towns where the words before it say place:
 * - "in Boulder", "in Tampines", "near Welcome": the guess from shape alone leaves these out as
 *   everyday words or plurals; an everyday word counts only as a city of 50,000 or more ("in
 *   Boulder", not "in Hope");
 * - "Lenexa-based";
 * - "at Orapa", "from Penzance", "the line to Muzaffarpur", "north of Forrest", "Jane Doe, 61, of
 *   Maumee": these lead to a company, a campus, a club or a person as often ("at Albemarle", "Note
 *   from Mercedes", "going to Gloucester"), so only for a word the article never writes as part of a
 *   longer name or as an owner ("Albemarle Corp.", "Mercedes Kirkel", "Gloucester's"), nor after
 *   another name ("Juice Williams"), and not in a sports article.
 */
/** Compass words written small before a town's name: "north Fargo", "south-east London". */
const SMALL_COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'downtown', 'inner', 'outer', 'greater', 'rural', 'suburban']);

export function townWhereSentenceSaysPlace(body: string, s: Single, sportsArticle: boolean): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(s.word) || NON_NAMES.has(norm(s.word)) || GIVEN_NAMES.has(norm(s.word))) return false;
  // ("The Lenexa-based", "McGill University and Mila": split off a longer run.)
  const pos = singleAt(body, s);
  if (pos === null) return false;
  const size = worldTownSize(s.word);
  if (size === undefined || (s.common && size !== 'city')) return false;
  const saysPlace = (): boolean => {
    const after = body.slice(pos + s.word.length, pos + s.word.length + 16);
    if (/^-based\b/u.test(after)) return true;
    // "owns Brixham harbour", "Brixham residents": the town before a common noun of a town's parts or people.
    if (!s.common && TOWN_NOUN_AFTER.test(after)) return true;
    // "in Boulder County" names the county.
    if (/^\s+\p{Lu}/u.test(after) || /^['’]s\b/u.test(after)) return false;
    const before = precedingWord(body, pos)?.toLowerCase();
    if (before !== undefined && TOWN_PREPS.has(before)) return true;
    // "in north Fargo", "across east Belfast": a compass word written small between the preposition and the town.
    if (before !== undefined && SMALL_COMPASS.has(before) && TOWN_PREPS.has(precedingWord(body, pos - before.length - 1)?.toLowerCase() ?? '')) return true;
    // "Kabale, Hoima and Fort Portal", "from New Plymouth and Stratford": next to a place in a list.
    const listed = listedBesidePlace(body, pos, s.word);
    if (listed === 'after-preposition') return true;
    if (before === undefined) return listed !== null && !s.common && !sportsArticle;
    if (s.common || sportsArticle) return false;
    if (listed !== null || before === 'between') return true;
    if (new RegExp(`(?<![\\p{L}-])${s.word}(?:['’]s\\b|\\s+(?:&\\s+)?\\p{Lu})`, 'u').test(body)) return false;
    const lead = body.slice(Math.max(0, pos - 40), pos);
    return before === 'at' || before === 'from' || (before === 'of' && PLACE_BEFORE_OF.test(lead)) || (before === 'to' && !TO_PERSON_BEFORE.test(lead));
  };
  // The whole text is searched last, only for a word whose sentence says place.
  return saysPlace() && !writtenAfterAnotherName(body, s.word);
}

/**
 * Whether the article writes `word` alone as someone who acts ("West then drove baseline", "East said"):
 * a surname the article goes on using, not the part of a place its run names. A lowercase "the" or a
 * capitalised word before it makes it part of another name ("the West has", "Ahoada West was").
 */
export function writesAloneAsActor(body: string, word: string): boolean {
  return new RegExp(`(?<!\\bthe\\s)(?<!\\p{Lu}[\\p{L}'’-]*\\s)\\b${word}(?:\\s+then)?\\s+(?:said|says|told|added|scored|drove|hit|made|had|has|was|is|went|won|lost)\\b`, 'u').test(body);
}

/** Planets: lists name them beside one another, and some are also towns of the world list ("Jupiter"). */
export const PLANETS = new Set(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto']);
/** A name of one or two capitalised words, as a list writes its items. */
export const LIST_ITEM = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
export const ITEM_BEFORE = new RegExp(String.raw`(?:(\p{L}+)\s+)?(${LIST_ITEM})(?:,\s+|\s+(?:and|or)\s+)$`, 'u');
export const ITEM_AFTER = new RegExp(String.raw`^(?:,\s+|\s+(?:and|or)\s+)(${LIST_ITEM})`, 'u');

/**
 * Whether the word stands in a list of places: 'after-preposition' when a place preposition opens
 * the list and the item before it is a known place ("from New Plymouth and Stratford"); 'listed'
 * when a neighbour is a known place ("Kabale, Hoima and Fort Portal") or a place preposition opens
 * the list ("between Treherbert and Pontypridd"); null otherwise.
 */
export function listedBesidePlace(body: string, pos: number, word: string): 'after-preposition' | 'listed' | null {
  if (PLANETS.has(word)) return null;
  const knownPlace = (written: string | undefined): boolean => {
    // "Beaverton, Oregon-based": the place a company is based in.
    const name = written?.replace(/-based$/u, '');
    if (name === undefined || PLANETS.has(name)) return false;
    const words = name.split(/\s+/u);
    return gazLookup(words)?.kind === 'place' || (words.length > 1 ? isWorldPlace(words) : worldTownSize(name) !== undefined && !GIVEN_NAMES.has(norm(name)));
  };
  const prev = ITEM_BEFORE.exec(body.slice(Math.max(0, pos - 48), pos));
  const next = ITEM_AFTER.exec(body.slice(pos + word.length, pos + word.length + 40));
  // "between Treherbert and Pontypridd": a list a place preposition opens is of places.
  if (prev && (TOWN_PREPS.has(prev[1]?.toLowerCase() ?? '') || prev[1] === 'from' || prev[1] === 'between')) return knownPlace(prev[2]) ? 'after-preposition' : 'listed';
  return knownPlace(prev?.[2]) || knownPlace(next?.[1]) ? 'listed' : null;
}

/**
 * Whether the article writes the word right after another capitalised word that is no function word
 * ("Juice Williams", "Mercedes Kirkel", "Akeal Hosein"): then it is part of a longer name, most often
 * a surname. "In Nnewi" opens a sentence with a preposition. With `withinSentence`, a word that ends
 * a sentence is not counted ("Ashgabat. Abdysh-Ata meet …"); a town is still judged by any
 * capitalised word before it, which keeps a school's name ("Lowell Elementary" … "Lowell, built in
 * 1954") from reading as the town.
 */
export function writtenAfterAnotherName(body: string, word: string, withinSentence = false): boolean {
  const before = withinSentence ? String.raw`\p{Lu}[\p{L}.'’-]*\p{L}|\p{Lu}\.?` : String.raw`\p{Lu}[\p{L}.'’-]*`;
  // ("West Fargo" beside "Fargo" is another town of the name, not a person's.)
  for (const m of body.matchAll(new RegExp(`(${before})\\s+${word}(?![\\p{L}-])`, 'gu'))) if (!EN_STOPWORDS.has(m[1]!.toLowerCase()) && !COMPASS.has(norm(m[1]!))) return true;
  return false;
}

/** The words before a side in a match report: "beat", "host", "against", "lost to", "win over", "wins over", "drew 1-1 with". */
export const SIDE_BEFORE =
  /\b(?:(?:dr[ae]w(?:s|n|ing)?|tied)(?:\s+\d{1,3}\s*[-–]\s*\d{1,3})?\s+with|beat(?:s|ing|en\s+by)?|host(?:s|ed|ing)?|fac(?:e|es|ed|ing)|against|play(?:s|ed|ing)?|meet(?:s|ing)?|v|vs\.?|versus|edg(?:e|es|ed)|thrash(?:ed|es)?|defeat(?:s|ed|ing)?|overcame|visit(?:s|ed|ing)?|(?:lost|lose|losing|loss|fell)\s+to|(?:wins?|won|victor(?:y|ies))\s+over|(?:on\s+)?loan\s+(?:at|to|from|with)|signed\s+(?:for|from|by|with)|transfer(?:s|red)?\s+(?:to|from)|released\s+by|(?:play(?:s|ed|ing)?|appearances|goals)\s+for|(?:spells?|stints?)\s+(?:at|with))\s+(?:the\s+)?(?:(?:reigning|defending)\s+champions\s+)?$/iu;
/** A score after a side's name: "Leinster 31-10", "Duke 91, Army 54". */
export const SCORE_AFTER = /^\s+\d{1,3}(?:\s*[-–]\s*\d{1,3}\b|,\s+\p{Lu})/u;
/** A side named in apposition: "the Limerick champions, Na Piarsaigh, or the Waterford champions, Ballygunner". */
const SIDE_APPOSITION_BEFORE = /\b(?:champions|holders|opponents|visitors|hosts|rivals),\s+$/u;
/** A win after a side's name: "Clonoulty-Rossmore beat Upperchurch-Drombane", "Moyne-Templetuohy won the intermediate title", "won the Kyrgyzstan Cup". */
const WIN_AFTER = /^\s+(?:beat|defeated|thrashed|edged|overcame|won\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:title|final|[Cc]up|[Cc]hampionship|[Ll]eague|derby|[Tt]rophy|[Ss]hield))\s/u;
/** A season's end after sides' names: "Greenfuel were relegated", "Scottland will be promoted". */
const LEAGUE_MOVE_AFTER = /^\s+(?:were|was|are|is|will\s+be|have\s+been|has\s+been|had\s+been)\s+(?:relegated|promoted)\b/u;
/** Last words of clubs' names that no other name ends in: "Kwekwe United", "Gudja Athletic". */
const CLUB_LAST_WORDS = new Set(['united', 'athletic', 'rovers', 'wanderers', 'albion', 'fc', 'afc']);
/** Last words of grounds, which a match verb names as often as sides ("visit BMO Field"). */
export const GROUND_WORDS = new Set(['field', 'ground', 'grounds', 'centre', 'center', 'dome', 'garden', 'gardens', 'bowl', 'court']);

/**
 * Whether a run in a sports report names a side: a match verb or a side's role before it, a score, a win or a season's end after it. Not a
 * country (a national side reads as its country), a ground, a competition the gazetteer knows, an
 * everyday word ("Ahead 75-74") or a player: one the article writes after another name ("beat
 * Hosein" after "Akeal Hosein"), and a two- or three-word run unless it opens with a known place
 * ("Michigan State") or, not opening with a given name, ends in a plural ("Cape Breton Eagles",
 * "Forest Rangers").
 */
export function namedAsSide(body: string, start: number, end: number, words: readonly string[], known: GazEntry | undefined, lexicon: Lexicon | undefined): boolean {
  return sideCueAt(body, start, end) && sideShaped(body, words, known, lexicon);
}

/** Whether a match verb or a side's role ("champions,") stands before [start, end) of `body`, or a score, a win or a season's end after it. */
export function sideCueAt(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + 32);
  const before = body.slice(Math.max(0, start - 48), start);
  return SIDE_BEFORE.test(before) || SIDE_APPOSITION_BEFORE.test(before) || SCORE_AFTER.test(after) || LEAGUE_MOVE_AFTER.test(after) || WIN_AFTER.test(after);
}

/** Whether `words` may be a side's name, where a match report's cue names one (see namedAsSide). */
export function sideShaped(body: string, words: readonly string[], known: GazEntry | undefined, lexicon: Lexicon | undefined): boolean {
  if (words.length > 3 || (known && (known.kind !== 'place' || COUNTRIES.has(known.canonical)))) return false;
  // ("Clonoulty-Rossmore": a club of two parishes joins their names.)
  if (!words.every((w) => /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*$/u.test(w) && !NON_NAMES.has(norm(w)) && !DEMONYMS.has(norm(w)))) return false;
  const last = norm(words[words.length - 1]!);
  if (PLACE_WORDS.has(last) || GROUND_WORDS.has(last)) return false;
  if (!known && words.length === 1 && (lexicon?.isCommon(words[0]!) ?? true) && !/s$/u.test(last)) return false;
  const plural = /[^s]s$/u.test(last);
  // "beat West Coast", "host Port Adelaide": a town or region the world list knows names its club too.
  // "Kwekwe United": so does a town the lists do not know, before a club's last word.
  // "Dordoi Bishkek": a club's own name before its town.
  if (!known && words.length > 1 && !(gazLookup(words.slice(0, 1))?.kind === 'place' || (plural && !GIVEN_NAMES.has(norm(words[0]!))) || isWorldPlace(words) || CLUB_LAST_WORDS.has(last) || townAfterClubName(words))) return false;
  // A nickname follows its city ("Moncton Wildcats"); a surname follows a given name.
  return plural || !writtenAfterAnotherName(body, words[0]!, true);
}

/**
 * Whether two words are a British-style club, a town and "Town", "City" or "County" ("captained
 * Aberystwyth Town", "held Bangor City to a draw"), read so in a sports article: not a place the
 * lists know whole ("Mexico City", "Cape Town"), after a preposition of place ("in Jersey City"), or
 * an everyday word's ("Old Town", "Inner City") or a person's.
 */
export function townClub(words: readonly string[], known: GazEntry | undefined, before: string | undefined, lexicon: Lexicon | undefined): boolean {
  if (words.length !== 2 || !/^(?:Town|City|County)$/u.test(words[1]!) || known?.kind === 'place' || isLocative(before)) return false;
  const town = words[0]!;
  return /^\p{Lu}\p{Ll}+$/u.test(town) && !GIVEN_NAMES.has(norm(town)) && !NON_NAMES.has(norm(town)) && !DEMONYMS.has(norm(town)) && !COMPASS.has(norm(town)) && !(lexicon?.isCommon(town) ?? true);
}

/** Whether two words are a club's own name, one no list gives a person, then the known town it plays in: "Dordoi Bishkek", "Alay Osh". */
export function townAfterClubName(words: readonly string[]): boolean {
  // Not a town's own club ("Leicester City"), a firm's branch ("Intel Ireland") or a university.
  if (words.length !== 2 || GIVEN_NAMES.has(norm(words[0]!)) || GAZ.has(norm(words[0]!)) || COUNTRIES.has(words[1]!)) return false;
  if (ORG_WORDS.has(norm(words[1]!)) || PLACE_WORDS.has(norm(words[1]!))) return false;
  const town = words.slice(1);
  return gazLookup(town)?.kind === 'place' || isOnWorldList(town) || isWorldPlace(town);
}

/** Whether a name after `word` is a location ("in Dortmund", "at Anfield"). */
export function isLocative(word: string | undefined): boolean {
  return word !== undefined && (PLACE_PREPS.has(word.toLowerCase()) || word === 'at' || word === 'of' || word === 'to');
}

/** Prepositions that make a town's name the town, also in a sports article ("grew up in Ayr"). */
export const SPORTS_LOCATIVES = new Set(['in', 'near', 'outside', 'inside']);

/** A match's verb after a side's name beside those `sideCueAt` reads (WIN_AFTER's "beat", "edged", …): "Wrexham knocked …", "Leeds host …". */
const MATCH_VERB_AFTER = /^\s+(?:beats|knocked|drew|draw|host|hosts|hosted|play|plays|played|visit|visits|face|faces|faced|won|lost)\b/u;
/** A club's name of two words or more that the world list knows as a town: "Santa Clara", "Godoy Cruz". */
export const namedForTown = (words: readonly string[]): boolean => words.length >= 2 && isWorldPlace(words);
/** Whether the runs name at least two different clubs, leagues, bodies or venues of the sports lists. */
export function namesSportsTwice(runs: readonly Run[], body: string): boolean {
  const seen = new Set<string>();
  let weight = 0;
  for (const run of runs) {
    const known: Mention[] = [];
    gazetteerSpans(run.tokens.map((t) => t.bare), 0, known);
    const last = run.tokens[run.tokens.length - 1]!;
    const end = last.pos + last.text.length;
    for (const m of known) {
      if (!SPORTS_CANONICAL.has(m.name) || seen.has(m.name)) continue;
      seen.add(m.name);
      // A town a club is named after ("Magdeburg" beside "1. FC Magdeburg", "Santa Clara") counts half,
      // unless a match's verb or score stands at it ("Wrexham knocked … out"): two towns are a sports
      // report, one beside a firm's news is not.
      const town = (m.kind === 'place' && CLUB_PLACES.has(m.name)) || namedForTown(m.name.split(' '));
      weight += town && !sideCueAt(body, run.tokens[0]!.pos, end) && !MATCH_VERB_AFTER.test(body.slice(end, end + 16)) ? 0.5 : 1;
      if (weight >= 2) return true;
    }
  }
  return false;
}

/** One capitalised chunk of a body's name: "Kenya Medical Practitioners", "Science", "Animal Industry". */
export const NAME_CHUNK = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|on)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,5}`;
/** "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name with commas, spelt by its acronym. */
export const COMMA_NAME_ACRONYM = new RegExp(String.raw`(${NAME_CHUNK}(?:,\s+${NAME_CHUNK}){1,4},?\s+and\s+${NAME_CHUNK})\s*\((\p{Lu}[\p{Lu}&*]{2,9})\)`, 'gu');
/** "Ministry of Agriculture, Animal Industry and Fisheries": an office of several portfolios; a faculty, a school or a chamber of several fields. */
export const COMMA_PORTFOLIOS = new RegExp(
  String.raw`\b(?:Ministry|Department|Council|Commission|Committee|Institute|Secretariat|Directorate|Faculty|School|College|Chamber)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){1,4},?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?<country>\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?`,
  'gu',
);

/** "Forest, Environment and Climate Change Department": an office's portfolios listed before its head word, as Indian states name theirs. */
const PORTFOLIOS_BEFORE_HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){1,3},?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}?\s+(?:Department|Ministry|Directorate|Division)(?![\p{L}\p{N}'’-])`,
  'gu',
);

/** "Ministry in Charge of Emergency Management": a body named for what it is in charge of (Rwanda's, Benin's, Tanzania's). */
const IN_CHARGE_OF = /(?<![\p{L}\p{N}'’-])(?:Ministry|Department|Office|Secretariat)\s+in\s+Charge\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}/gu;

/** Words that open an office's name in Spanish, Portuguese, French, Italian and Catalan. */
const ROMANCE_OFFICE_HEADS = String.raw`(?:Ministerio|Ministério|Ministère|Ministero|Consejería|Consellería|Conselleria|Secretaría|Secretaria|Subsecretaría|Departamento|Departament|Comisión|Comissão|Commissione|Servicio|Serviço|Dirección|Direção|Direzione|Assessorato|Dipartimento)`;
/** What may follow the head before the portfolios: "Nacional", "General". */
const ROMANCE_OFFICE_QUALIFIERS = String.raw`(?:(?:Nacional|General|Regional|Federal|Provincial|Municipal|Estatal|Nationale?|Générale?|Regionale|Nazionale)\s+){0,2}`;
/** One capitalised chunk of a portfolio, with the articles and prepositions inside it: "Prevención de Riesgos", "Medio Ambiente". */
const ROMANCE_CHUNK = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|da|do|das|dos|des|du|di|della|delle|dei|degli)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,4}`;
/**
 * "Consejería de Movilidad, Medio Ambiente y Gestión de Emergencias", "Comisión Nacional de
 * Prevención de Riesgos y Atención de Emergencias", "Ministério da Agricultura e Pescas": an office of
 * several portfolios in a Romance language.
 */
const ROMANCE_PORTFOLIOS = new RegExp(
  String.raw`\b${ROMANCE_OFFICE_HEADS}\s+${ROMANCE_OFFICE_QUALIFIERS}(?:de|del|de la|de los|de las|da|do|das|dos|des|du|de l['’]|della|dello|delle|degli|dei|dell['’]|di|per|pour|para)\s*${ROMANCE_CHUNK}(?:,\s+${ROMANCE_CHUNK}){0,4},?\s+(?:y|e|et|i)\s+(?:(?:la|el|los|las|a|o|le|les|il|de la|del|della|dello|delle|degli|dei|da|do|das|dos|du|des)\s+|dell['’])?${ROMANCE_CHUNK}`,
  'gu',
);
/** The Romance languages read: whose offices ROMANCE_PORTFOLIOS reads, and whose "noun de name" names a place. */
export const ROMANCE_LANGUAGES = new Set(['es', 'pt', 'fr', 'it', 'ca', 'gl']);

/** Between the items of "A, B and C". */
export const LIST_ITEM_SEPARATOR = /,\s+|,?\s+and\s+/u;

/** A body's name written with commas in it, found before the text is cut into runs at its commas. */
export interface CommaName {
  start: number;
  end: number;
  name: string;
  acronym?: string;
}

/** Offices of several portfolios in a Romance language's article, as `commaNames` finds English ones. */
export function romancePortfolioNames(body: string, language: string | undefined): CommaName[] {
  if (language === undefined || !ROMANCE_LANGUAGES.has(language)) return [];
  const out: CommaName[] = [];
  for (const m of body.matchAll(ROMANCE_PORTFOLIOS)) {
    // "el Ministerio de Defensa y la Policía Nacional": a second office after "and" names a second body.
    const items = m[0].split(/,\s+|,?\s+(?:y|e|et|i)\s+/u).slice(1).map((item) => item.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)));
    if (items.some((words) => words.length === 0 || ORG_WORDS.has(norm(words[0]!)) || ORG_HEADS.has(norm(words[0]!)) || gazLookup(words)?.kind === 'org')) continue;
    // "… Università e della Ricerca (MUR)": the acronym in brackets after it stands for it.
    const acronym = /^\s*\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(body.slice(m.index + m[0].length))?.[1];
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], ...(acronym ? { acronym } : {}) });
  }
  return out;
}

/**
 * "Bundesministerium für Forschung, Technologie und Raumfahrt", "Bayerisches Staatsministerium für
 * Wirtschaft, Landesentwicklung und Energie": a German body of several portfolios, each one word, the
 * last one perhaps two ("… und Digitale Gesellschaft"; groups 3 and 4 are the words after "und").
 */
const GERMAN_PORTFOLIOS = /(?<![\p{L}-])(?:(\p{Lu}\p{Ll}{3,}(?:e|er|es|en))\s+)?(\p{Lu}[\p{L}-]*)\s+für\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*){1,5},?\s+und\s+(?:(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}))?(\p{Lu}[\p{L}-]*\p{L})/gu;

/** Bodies of several portfolios in a German article, as `commaNames` finds English ones. */
export function germanPortfolioNames(body: string, language: string | undefined): CommaName[] {
  if (language !== 'de') return [];
  const out: CommaName[] = [];
  for (const m of body.matchAll(GERMAN_PORTFOLIOS)) {
    if (!germanBodyNoun(m[2]!)) continue;
    // Two words after "und" are one portfolio when the first is an adjective of the second; otherwise the first closes the name.
    const matched = m[3] !== undefined && (!declinedAdjective(m[3]) || GIVEN_NAMES.has(norm(m[4]!))) ? m[0].slice(0, -m[4]!.length).trimEnd() : m[0];
    // ("Die Kommission für …": an article is no adjective of the name.)
    const name = m[1] !== undefined && GERMAN_ADJECTIVE.test(m[1]) ? matched : matched.slice(matched.indexOf(m[2]!));
    const start = m.index + matched.length - name.length;
    const acronym = /^\s*\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(body.slice(m.index + matched.length))?.[1];
    out.push({ start, end: start + name.length, name, ...(acronym ? { acronym } : {}) });
  }
  return out;
}

/** The state or country a body serves, written right before its name ("Michigan Department of …"), with the space after it; or "". */
function servedPlaceBefore(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 40), at);
  // The longest run of words that names a place: "New South Wales", not "Wales".
  for (const m of SERVED_PLACE_BEFORE) {
    const words = m.exec(before)?.[0];
    if (words !== undefined && gazLookup(words.trim().split(/\s+/u))?.kind === 'place') return words;
  }
  return '';
}
const SERVED_PLACE_BEFORE = [2, 1, 0].map((more) => new RegExp(String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){${more}}[^\S\n]+$`, 'u'));

export function commaNames(body: string): CommaName[] {
  const out: CommaName[] = [];
  for (const m of body.matchAll(COMMA_NAME_ACRONYM)) {
    const words = m[1]!.split(/\s+/);
    // "A*STAR": the star is no letter of it.
    const acronym = m[2]!.replace('*', '');
    // Sentence words before the name ("Yesterday Kenya Medical ...") are dropped until the acronym spells the rest.
    for (let k = 0; k < words.length - 2; k++) {
      const rest = words.slice(k).map((w) => w.replace(/,$/, ''));
      // "A*STAR": the "and" may give a letter too.
      const withAnd = rest.map((w) => (w === 'and' ? 'And' : w));
      if (!/^\p{Lu}/u.test(rest[0]!) || !(spellsAcronym(acronym, rest) || acronymOf(acronym, rest) || spellsAcronym(acronym, withAnd))) continue;
      // "France, Germany and Italy": a list of known names is not one name.
      if (words.slice(k).join(' ').split(LIST_ITEM_SEPARATOR).every((x) => gazLookup(x.split(/\s+/)) !== undefined)) break;
      const name = words.slice(k).join(' ');
      const start = m.index + m[1]!.length - name.length;
      out.push({ start, end: start + name.length, name, acronym: m[2]! });
      break;
    }
  }
  for (const m of body.matchAll(COMMA_PORTFOLIOS)) {
    // "Chamber of Commerce, Industry and Agriculture of Panama": the country the body serves closes its
    // name, when the lists know it as a place.
    const country = m.groups?.['country'];
    const portfolios = country !== undefined ? m[0].slice(0, -country.length) : m[0];
    const served = country !== undefined && gazLookup(country.replace(/^\s+of\s+(?:the\s+)?/u, '').split(/\s+/u))?.kind === 'place';
    const whole = served ? m[0] : portfolios;
    // "the Ministry of Defence, the Foreign Office and the Treasury" names three bodies; "Ministry of
    // Health, Labour and Welfare" and "Ministry of Energy, Water Resources and Irrigation" one.
    const raw = portfolios.replace(/^\S+\s+(?:of|for)\s+/u, '').split(LIST_ITEM_SEPARATOR);
    const items = raw.map((x) => x.replace(/^the\s+/u, '').split(/\s+/));
    const namesBody = (words: string[]): boolean => {
      const last = norm(words[words.length - 1]!);
      return words.length >= 2 && (gazLookup(words)?.kind === 'org' || (ORG_WORDS.has(last) && !PORTFOLIO_TAILS.has(last)));
    };
    // "… Food and the Marine": the last portfolio may take "the"; a list of bodies takes it throughout.
    // ("Department of Climate Change, Energy, the Environment and Water": a field may take it too.)
    const theInside = raw.slice(1, -1).some((x, k) => /^the\s/u.test(x) && (namesBody(items[k + 1]!) || gazLookup(items[k + 1]!)?.kind === 'org')) || (/^the\s/u.test(raw[raw.length - 1] ?? '') && gazLookup(items[items.length - 1]!)?.kind === 'org');
    if (theInside || items.some(namesBody)) continue;
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const start = m.index - servedPlaceBefore(body, m.index).length;
    out.push({ start, end: m.index + whole.length, name: body.slice(start, m.index) + whole });
  }
  for (const m of body.matchAll(IN_CHARGE_OF)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const acronym = /^\s*\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(body.slice(m.index + m[0].length))?.[1];
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], ...(acronym ? { acronym } : {}) });
  }
  for (const m of body.matchAll(PORTFOLIOS_BEFORE_HEAD)) {
    // A sentence's first word or a possessive before the portfolios is not one of them ("The …", "Odisha’s …").
    const lead = /^(?:The\s+|\p{Lu}[\p{L}-]*['’]s\s+)/u.exec(m[0])?.[0] ?? '';
    const name = m[0].slice(lead.length);
    const items = name.replace(/\s+\S+$/u, '').split(LIST_ITEM_SEPARATOR);
    // "Kenya, Uganda and Tanzania Division" would list places; a portfolio is none.
    if (items.length < 3 || items.some((x) => gazLookup(x.trim().split(/\s+/u))?.kind === 'place')) continue;
    const start = m.index + lead.length;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({ start, end: start + name.length, name });
  }
  return out.sort((a, b) => a.start - b.start);
}
