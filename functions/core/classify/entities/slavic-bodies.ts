/**
 * Bodies as Czech, Slovak, Croatian, Bosnian, Serbian and Slovene name them: in sentence case, only
 * the first word (and the names inside) capitalised, declined like any noun phrase.
 *
 * - A body's noun opens the name, its complement in the genitive after it: "Ministerstvo životního
 *   prostředí", "Správou Národního parku Šumava", "Agentura ochrany přírody a krajiny ČR", "Povodí
 *   Odry", "Lučka kapetanija Split".
 * - Or an adjective opens it, before the body's noun written small: "Jihočeské univerzity v Českých
 *   Budějovicích", "Biologického centra Akademie věd ČR", "Fakultní nemocnice Plzeň", "Državni
 *   hidrometeorološki zavod".
 *
 * Read by shape alone, such a name is one capitalised word, taken for a place or a surname
 * ("Biologického"), and its small words are lost. The body's noun says where the name is.
 */
import { dropSinglesWithin, type Single } from './cues.js';
import { GIVEN_NAMES, type Mention, norm } from './tables.js';

/** A body's noun in each of its cases, per language (the stem and the endings). */
const CZECH_HEADS = String.raw`ministerstv(?:o|a|u|em)|správ(?:a|y|ě|u|ou)|agentur(?:a|y|ře|u|ou)|úřad(?:|u|em|ě)|fond(?:|u|em)|svaz(?:|u|em)|sdružení(?:|m)|ústav(?:|u|em)|univerzit(?:a|y|ě|u|ou)|fakult(?:a|y|ě|u|ou)|nemocnic(?:e|i|í)|magistrát(?:|u|em)|polici(?:e|i|í)|inspekc(?:e|i|í)|komor(?:a|y|ře|u|ou)|povodí|akademi(?:e|i|í)|centr(?:um|a|u|em)|muze(?:um|a|u|em)|burz(?:a|y|e|u|ou)|soud(?:|u|em)|škol(?:a|y|e|u|ou)|institut(?:|u|em)|nadac(?:e|i|í)|stran(?:a|y|ě|u|ou)|služb(?:y|ám|ami|ách)|služeb|spořiteln(?:a|y|ě|u|ou)|pojišťovn(?:a|y|ě|u|ou)|stanic(?:e|i|í)|sí(?:ť|tě|ti|tí)|knihovn(?:a|y|ě|u|ou)|galeri(?:e|i|í)|divadl(?:o|a|e|u|em)|sbor(?:|u|em)|komis(?:e|i|í)|inspektorát(?:|u|em)|program(?:|u|em)|les(?:y|ů|ům|ích)|dráh(?:y|ám|ami|ách)|bank(?:a|y|ce|u|ou)`;
const SLOVAK_HEADS = String.raw`ministerstv(?:o|a|u|om|e)|úrad(?:|u|om|e)|správ(?:a|y|e|u|ou)|agentúr(?:a|y|e|u|ou)|univerzit(?:a|y|e|u|ou)|fakult(?:a|y|e|u|ou)|nemocnic(?:a|e|i|u|ou)|inšpektorát(?:|u|om|e)|inšpekci(?:a|e|i|u|ou)|políci(?:a|e|i|u|ou)|súd(?:|u|om|e)|prokuratúr(?:a|y|e|u|ou)|ústav(?:|u|om|e)|fond(?:|u|om|e)|zväz(?:|u|om|e)|akadémi(?:a|e|i|u|ou)|komor(?:a|y|e|u|ou)|múze(?:um|a|u|om)|centr(?:um|a|e|u|om)|poisťovň(?:a|e|i|u|ou)|spoločnos(?:ť|ti|ťou)|služb(?:a|y|e|u|ou)|škol(?:a|y|e|u|ou)|stran(?:a|y|e|u|ou)|program(?:|u|om|e)|bank(?:a|y|e|u|ou)`;
const CROATIAN_HEADS = String.raw`ministarstv(?:o|a|u|om)|sveučilišt(?:e|a|u|em)|univerzitet(?:|a|u|om)|fakultet(?:|a|u|om)|zavod(?:|a|u|om)|institut(?:|a|u|om)|cent(?:ar|ra|ru|rom)|bolnic(?:a|e|i|u|om)|agencij(?:a|e|i|u|om)|uprav(?:a|e|i|u|om)|komor(?:a|e|i|u|om)|zajednic(?:a|e|i|u|om)|savez(?:|a|u|om)|burz(?:a|e|i|u|om)|sud(?:|a|u|om)|vlad(?:a|e|i|u|om)|polici(?:ja|je|ji|ju|jom)|kapetanij(?:a|e|i|u|om)|vojsk(?:a|e|i|u|om)|strank(?:a|e|i|u|om)|fond(?:|a|u|om)|ured(?:|a|u|om)|ravnateljstv(?:o|a|u|om)|muzej(?:|a|u|om)|bank(?:a|e|i|u|om)`;
const SLOVENE_HEADS = String.raw`ministrstv(?:o|a|u|om)|univerz(?:a|e|i|o)|fakultet(?:a|e|i|o)|zavod(?:|a|u|om)|inštitut(?:|a|u|om)|agencij(?:a|e|i|o)|uprav(?:a|e|i|o)|zbornic(?:a|e|i|o)|direkcij(?:a|e|i|o)|svet(?:|a|u|om)|vlad(?:a|e|i|o)|polici(?:ja|je|ji|jo)|bolnišnic(?:a|e|i|o)|sklad(?:|a|u|om)|družb(?:a|e|i|o)|zvez(?:a|e|i|o)|bank(?:a|e|i|o)`;
const wholeWord = (heads: string): RegExp => new RegExp(`^(?:${heads})$`, 'u');
/** (Croatian, Bosnian and Serbian share their nouns.) */
const CROATIAN = wholeWord(CROATIAN_HEADS);
const HEADS: Readonly<Record<string, RegExp>> = { cs: wholeWord(CZECH_HEADS), sk: wholeWord(SLOVAK_HEADS), hr: CROATIAN, bs: CROATIAN, sr: CROATIAN, sl: wholeWord(SLOVENE_HEADS) };
/**
 * Heads that open a town's or a district's own authority ("Grad Dubrovnik", "Općina Pašman", "Občina
 * Bled"): only before a capitalised name, since written alone they mean "the town".
 */
const TOWN_HEADS = /^(?:grad|grada|gradu|gradom|općin(?:a|e|i|u|om)|opštin(?:a|e|i|u|om)|občin(?:a|e|i|o)|město|města|městu|městem|mesto|mesta|mestu|mestom)$/u;

/** A declined adjective: the endings the six languages give it in each case ("Jihočeské", "Fakultnej", "Državni", "Mendelova"). */
const ADJECTIVE = /\p{L}{2,}(?:ý|á|é|í|ého|ího|ém|ému|ímu|ým|ím|ou|ých|ích|ími|ými|ej|om|emu|ski|ska|sko|skog|skoj|ske|sku|skim|skom|čki|čka|čko|ški|ška|ni|na|no|nog|noj|ne|nu|nim|nom|ova|ovo|ův|ovy|ově|ovou)$/u;
/** An adjective made from a name ("Jihočeské", "Moravskoslezský", "Hrvatska") or a possessive ("Mendelova"), a name's part at a sentence's start too. */
const PROPER_ADJECTIVE = /(?:sk|ck|čk|šk)\p{Ll}{1,3}$|(?:ov|in)(?:a|o|y|ě|ou)$|ův$/u;
/** Adjectives that say a body's standing ("Národní", "Státní", "Vysoká", "Nejvyšší"): name parts at a sentence's start too. */
const STANDING_ADJECTIVE = /^(?:národn|státn|fakultn|univerzitn|krajsk|okresn|městsk|technick|vysok|nejvyšš|najvyšš|ústavn|lékařsk|lekársk|zdravotn|hasičsk|štátn|narodn|držav|sveučilišn|klinič|općinsk|občinsk|mestn|gradsk|županijsk|vrhovn)/u;

/** Body's nouns that also name a player's position. */
const POSITION_HEADS = /^cent(?:ar|ra|ru|rom)$/u;
/** The same endings on a capitalised word, narrowed so that a town's name ("Žilina", "Ostrava") is not read as one. */
const CAPITAL_ADJECTIVE = /\p{L}{2,}(?:ý|á|é|í|ého|ího|ém|ému|ímu|ým|ím|ou|ých|ích|ej|om|ski|ska|sko|skog|skoj|ske|sku|čki|čka|ški|nog|noj|nih|ovy|ově)$/u;
/** Endings of verbs and adverbs that follow a body's name: "uvádí", "mezitím", "chodí". */
const CHAINED_NOT_GENITIVE = /(?:ádí|ází|ídí|ozí|ží|ší|čí|ím|ám|ém|ět|át|ít|ou|ú|á)$/u;
/** Small words that are no part of a body's complement: conjunctions, adverbs, pronouns, the verb "to be". */
const NOT_COMPLEMENT = new Set(
  `je jsou byl byla bylo byli bude budou má mají již už také též ještě zatím nyní loni letos dnes včera zítra ktorý
  ktorá ktoré který která které kteří jeho jejich její sa se si to ten ta tu tam teď pak proto však ale nebo či když
  že aby tento tato toto jsme jste bol bola boli budú majú tiež ešte teraz vlani zajtra ktorí ako jako aj i a ani su
  bio bila bili bit će biti ima imaju također još sada danas jučer sutra koji koja koje što da ali ili kao bo so bil
  imajo tudi še zdaj danes včeraj jutri ki kot pa ter in na od do po za pri pod nad před pred med mezi medzi kod iz
  mezitím nadále dosud rovněž právě opět znovu stále spolu istog istoga iste isti ovog ove ovaj tog taj tomto této
  tohoto tejto tohto`.split(/\s+/u),
);
/** Endings of verbs: past participles ("uvedla", "objavio", "vydali") and the present ("připravuje", "plánují"). */
const VERB_ENDING = /(?:[aeiouyáéíěů]l|[dkt]l|[aeiouyáéíěů]l[aoiye]|[dkt]l[aoiy]|io|ao|uje|ují|ujú|uju|ujemo|ovat|ovati|ati|iti|ať|iť)$/u;
/** The prepositions a body's complement holds: a place ("v Plzni", "vo Zvolene", "u Zadru") or a purpose ("pro místní rozvoj", "za oceanografiju", "s poliklinikou"). */
const PLACE_PREPOSITIONS = new Set(['v', 've', 'vo', 'u', 'nad', 'pod']);
const TOWN_PREPOSITIONS = new Set(['nad', 'pod']);
/** Per language: Czech and Slovak "za" is a time's "for" ("za roky 1991–2020"), South Slavic "za" a remit's. */
const PURPOSE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  cs: new Set(['pro', 's']),
  sk: new Set(['pre', 's', 'so']),
  hr: new Set(['za']),
  bs: new Set(['za']),
  sr: new Set(['za']),
  sl: new Set(['za']),
};
const CONJUNCTIONS = new Set(['a', 'i', 'in']);

const LANGUAGES: ReadonlySet<string> = new Set(Object.keys(HEADS));

interface Word {
  text: string;
  start: number;
  end: number;
  capital: boolean;
  acronym: boolean;
  /** Only spaces between this word and the one before it. */
  joined: boolean;
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function wordsOf(body: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const m of body.matchAll(WORD)) {
    const gap = body.slice(previousEnd, m.index);
    const text = m[0];
    words.push({
      text,
      start: m.index,
      end: m.index + text.length,
      capital: /^\p{Lu}/u.test(text),
      acronym: text.length >= 2 && /^\p{Lu}+$/u.test(text),
      joined: words.length > 0 && /^[^\S\n]+$/u.test(gap),
      sentenceStart: words.length === 0 || /[.!?:\n]\s*["'“„«(]?\s*$/u.test(gap),
    });
    previousEnd = m.index + text.length;
  }
  return words;
}

const isLowerAdjective = (w: Word): boolean => !w.capital && ADJECTIVE.test(w.text) && !NOT_COMPLEMENT.has(w.text);
const isLowerNoun = (w: Word): boolean => !w.capital && w.text.length >= 3 && !/\p{N}/u.test(w.text) && !NOT_COMPLEMENT.has(w.text) && !VERB_ENDING.test(w.text);
/** A capitalised word that may follow inside a name: not a person's given name opening a name of its own. */
const isNamePart = (words: readonly Word[], k: number): boolean => {
  const w = words[k];
  if (!w || !w.capital || !w.joined || w.sentenceStart) return false;
  const next = words[k + 1];
  return !(GIVEN_NAMES.has(norm(w.text)) && next !== undefined && next.capital && next.joined);
};

/**
 * How far the complement after a body's noun at `k` runs: genitive nouns and their adjectives
 * ("životního prostředí", "ochrany přírody a krajiny"), names ("Národního parku Šumava", "ČR"), a
 * place after "v" ("v Českých Budějovicích") and a purpose after "pro" ("pro místní rozvoj").
 * `bareNoun` says whether a noun with no adjective may open the complement.
 * Returns the index of the complement's last word (`k` when there is none, -1 when a person's name
 * follows the noun: no body's name then).
 */
function complementEnd(words: readonly Word[], k: number, heads: RegExp, language: string, bareNoun = true): number {
  let last = k;
  let j = k + 1;
  let lowerNouns = 0;
  // After "za", "pro", "s" the remit is one noun phrase, or two joined by "a", "i", "in".
  let remit = false;
  const remitDone = (): boolean => remit && !(words[j] !== undefined && words[j]!.joined && CONJUNCTIONS.has(words[j]!.text));
  while (j < words.length && j - k <= 9) {
    const w = words[j]!;
    if (!w.joined) break;
    if (w.capital) {
      if (!isNamePart(words, j)) break;
      // A body inside the body's name: "Biologického centra Akademie věd ČR".
      if (heads.test(w.text.toLowerCase())) return complementEnd(words, j, heads, language);
      // A name inside the body's: "Národního parku Šumava", "České republiky", "ČR".
      j++;
      // A capitalised adjective goes on to its noun ("Národního parku", "České republiky"), or is no part of the name;
      // before a body's noun it opens a body of its own ("Fakulty rybářství Jihočeské univerzity").
      if (CAPITAL_ADJECTIVE.test(w.text)) {
        const noun = words[j];
        if (!noun || !noun.joined || !(isNamePart(words, j) || (!noun.capital && isLowerNoun(noun) && !heads.test(noun.text)))) break;
        // The name's noun, and a name after it, close the body's: "Svaz vinařů České republiky" (studii přivítal),
        // "Správa Národního parku Šumava".
        if (!noun.capital) {
          // (Adjectives written small may stand between: "Krkonošského národního parku".)
          let end = j;
          while (end - j < 2 && isLowerAdjective(words[end]!) && words[end + 1]?.joined && !words[end + 1]!.capital && isLowerNoun(words[end + 1]!)) end++;
          while (isNamePart(words, end + 1) && !CAPITAL_ADJECTIVE.test(words[end + 1]!.text)) end++;
          return end;
        }
        continue;
      }
      // A basketball centre is a player's position: "Američki centar Dešon Kirbi".
      if (last === k && POSITION_HEADS.test(words[k]!.text) && isNamePart(words, j)) return -1;
      last = j - 1;
      // After a name's noun only more of the name goes on, or a place: "Jablonec nad Nisou", "Plzeň".
      while (j < words.length && isNamePart(words, j)) last = j++;
      // After a name only a town's "nad" or "pod" goes on: "Biologickým centrem AV ČR v Českých Budějovicích" ends before "v".
      const prep = words[j];
      if (prep && prep.joined && TOWN_PREPOSITIONS.has(prep.text)) return placeEnd(words, j, last);
      // South Slavic names a body's remit after its country: "Agencija RS za okolje", "Direkcija Republike Slovenije za infrastrukturo".
      if (prep && prep.joined && prep.text === 'za' && (PURPOSE_PREPOSITIONS[language]?.has('za') ?? false) && words[j + 1]?.joined && !words[j + 1]!.capital && isLowerNoun(words[j + 1]!)) continue;
      break;
    }
    if (PLACE_PREPOSITIONS.has(w.text)) return placeEnd(words, j, last);
    if (lowerNouns > 0 && CHAINED_NOT_GENITIVE.test(w.text)) break;
    const purpose = PURPOSE_PREPOSITIONS[language]?.has(w.text) ?? false;
    if (purpose || CONJUNCTIONS.has(w.text)) {
      const next = words[j + 1];
      if (!next || !next.joined || next.capital || !(isLowerAdjective(next) || isLowerNoun(next))) break;
      if (purpose) remit = true;
      j++;
      continue;
    }
    if (isLowerAdjective(w) && words[j + 1]?.joined) {
      // Adjectives go with the noun after them: "životního prostředí", "sklářského a keramického průmyslu".
      // (A noun may end like an adjective: "prostředí".)
      let n = j;
      while (n + 1 < words.length && n - j < 3 && words[n + 1]!.joined && ((isLowerAdjective(words[n + 1]!) && !CHAINED_NOT_GENITIVE.test(words[n + 1]!.text)) || (CONJUNCTIONS.has(words[n + 1]!.text) && words[n + 2] !== undefined && isLowerAdjective(words[n + 2]!)))) n++;
      const noun = words[n + 1];
      const nounAt = noun && noun.joined && ((isLowerNoun(noun) && !CHAINED_NOT_GENITIVE.test(noun.text)) || isNamePart(words, n + 1)) ? n + 1 : n;
      if (nounAt === j && !isLowerNoun(w)) break;
      if (CONJUNCTIONS.has(words[nounAt]!.text)) break;
      last = nounAt;
      j = nounAt + 1;
      lowerNouns++;
      if (remitDone()) return last;
      continue;
    }
    // A second noun in a row is the first's genitive ("Magistrátu města", "ochrany přírody"), not a verb ("zemědělství uvádí").
    if (isLowerNoun(w) && lowerNouns < 3 && (lowerNouns === 0 ? bareNoun || j > k + 1 : !CHAINED_NOT_GENITIVE.test(w.text))) {
      last = j;
      j++;
      lowerNouns++;
      if (remitDone()) return last;
      continue;
    }
    break;
  }
  return last;
}

/** The end of a place after "v", "u", "nad" inside a body's name ("v Českých Budějovicích", "Jablonec nad Nisou"), or `last` when no name follows. */
function placeEnd(words: readonly Word[], prep: number, last: number): number {
  let j = prep + 1;
  while (isNamePart(words, j)) j++;
  return j > prep + 1 ? j - 1 : last;
}

interface Found {
  start: number;
  end: number;
  /** Where the name closing it starts ("Plzeň" in "Fakultní nemocnice Plzeň", "Českých Budějovicích" after "v"), or `end`. */
  tail: number;
}

/** The body's words from `first` to `last`, with the capitalised words closing it set apart: they name a place too. */
function foundAt(words: readonly Word[], first: number, last: number): Found {
  let tail = last + 1;
  while (tail - 1 > first && words[tail - 1]!.capital && words[tail - 1]!.joined) tail--;
  return { start: words[first]!.start, end: words[last]!.end, tail: tail <= last ? words[tail]!.start : words[last]!.end };
}

/** Bodies named in sentence case in the article: where each is written. */
function slavicBodySpans(body: string, language: string | undefined): Found[] {
  const heads = language === undefined ? undefined : HEADS[language];
  if (!heads || language === undefined) return [];
  const words = wordsOf(body);
  const found: Found[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w.capital || w.acronym) continue;
    const lower = w.text.toLowerCase();
    const town = TOWN_HEADS.test(lower);
    if (heads.test(lower) || town) {
      // A town's authority only before the town's name.
      if (town && !isNamePart(words, k + 1)) continue;
      const end = complementEnd(words, k, heads, language);
      if (end <= k) continue;
      // At a sentence's start any noun is capitalised: "Úřad zatím nerozhodl" names no body, "Ministerstvo zemědělství" does.
      const named = words.slice(k + 1, end + 1).some((s) => s.capital);
      if (w.sentenceStart && !named && !/^minist/u.test(lower)) continue;
      found.push(foundAt(words, k, end));
      k = end;
      continue;
    }
    if (!ADJECTIVE.test(w.text)) continue;
    // Adjectives (and their "a"), then the body's noun written small.
    let n = k + 1;
    while (n < words.length && words[n]!.joined && !words[n]!.capital && !heads.test(words[n]!.text) && (isLowerAdjective(words[n]!) || CONJUNCTIONS.has(words[n]!.text)) && n - k <= 3) n++;
    const head = words[n];
    if (!head || !head.joined || head.capital || !heads.test(head.text)) continue;
    // After an adjective and its noun a noun alone is more often the verb's object than a genitive: "Česká národní banka sazby nezmění".
    const end = complementEnd(words, n, heads, language, false);
    if (end < 0) continue;
    const named = words.slice(n + 1, end + 1).some((s) => s.capital);
    if (w.sentenceStart && !named && !PROPER_ADJECTIVE.test(w.text) && !STANDING_ADJECTIVE.test(lower)) continue;
    found.push(foundAt(words, k, end));
    k = end;
  }
  return found;
}

/** Whether two words are one in two cases: a shared stem and short endings ("Správa", "Správou"; "Biologického", "Biologickým"). */
function oneWordInTwoCases(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && a.length - common <= 3 && b.length - common <= 3;
}

/** Whether two names are one body's in two cases: word by word the same or one word in two cases. */
export function oneBodyInTwoCases(a: string, b: string): boolean {
  const x = a.split(/\s+/u);
  const y = b.split(/\s+/u);
  return x.length === y.length && x.every((w, k) => oneWordInTwoCases(w, y[k]!));
}

/** The bodies so named become mentions; the single words, places and bodies read inside them give way. */
export function withSlavicBodies(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  if (language === undefined || !LANGUAGES.has(language)) return;
  const named: string[] = [];
  for (const { start, end, tail } of slavicBodySpans(body, language)) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const o = mentions[k]!;
      const at = o.kind === 'person' ? body.indexOf(o.name, o.pos) : o.pos;
      const overlaps = at < end && at + o.name.length > start;
      // The town closing a body's name is a place of the article too ("Lučka kapetanija Split").
      const closingPlace = o.kind === 'place' && at >= tail;
      if (overlaps && !closingPlace && (o.kind !== 'person' || at >= start)) mentions.splice(k, 1);
    }
    dropSinglesWithin(singles, body, start, tail);
    const written = body.slice(start, end);
    // One body in two cases ("Správa Národního parku Šumava", "Správou Národního parku Šumava") is named as first written.
    const name = named.find((n) => oneBodyInTwoCases(n, written)) ?? written;
    if (name === written) named.push(written);
    mentions.push({ kind: 'org', name, pos: start, fixed: true });
  }
}
