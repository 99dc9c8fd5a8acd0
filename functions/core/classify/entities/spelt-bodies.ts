/**
 * Bodies written in sentence case, as French, Italian, Spanish and Portuguese write them, that an
 * acronym in brackets right after spells: "Fédération française de ski (FFS)", "Istituto nazionale di
 * geofisica e vulcanologia (INGV)", "direction régionale de l'environnement, de l'aménagement et du
 * logement (Dreal)". The capitalised runs read such a name as its head alone, or not at all; the
 * acronym says where it starts and that it is one name.
 */

/** Small words an acronym may leave out: articles, prepositions and the word for "and" of the languages read. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['de', 'di', 'da', 'do', 'dos', 'das', 'del', 'della', 'delle', 'dei', 'degli', 'des', 'du', 'la', 'le', 'les', 'lo', 'il', 'el', 'los', 'las', 'e', 'et', 'y', 'i', 'und', 'der', 'die', 'für', 'van', 'voor', 'en', 'het', 'per', 'para', 'pour', 'a', 'à', 'al', 'au', 'aux', 'of', 'the', 'and', 'for', 'sur', 'su', 'sul', 'sulla', 'em', 'na', 'no', 'nos', 'nas', 'ao', 'aos', 'con', 'com', 'ante', 'sobre', 'og', 'och', 'ja', 'és', 'și', 'dan', 've']);

/**
 * Heads that open such a name in lower case, as French and its neighbours write a public body's
 * ("direction régionale de …", "groupement hospitalier de territoire …"); any other name opens with
 * a capital.
 */
const SMALL_HEADS: ReadonlySet<string> = new Set([
  'direction', 'groupement', 'communauté', 'agence', 'office', 'service', 'institut', 'centre', 'bureau', 'comité', 'fédération',
  'syndicat', 'chambre', 'conseil', 'commission', 'ministère', 'préfecture', 'tribunal', 'université', 'laboratoire', 'observatoire',
  'établissement', 'école', 'dirección', 'secretaría', 'servicio', 'instituto', 'agencia', 'consejo', 'comisión', 'ministerio',
  'universidad', 'direzione', 'servizio', 'istituto', 'agenzia', 'consiglio', 'commissione', 'ministero', 'università', 'ufficio',
  'direção', 'secretaria', 'serviço', 'agência', 'conselho', 'comissão', 'ministério', 'universidade',
]);

/** The prepositions that link a body's name to its field ("Forschungsanstalt für Wald", "Institute of Marine Science"). */
const FIELD_LINKS: ReadonlySet<string> = new Set(['für', 'for', 'of', 'de', 'di', 'da', 'do', 'du', 'des', 'del', 'della', 'pour', 'per', 'para', 'voor', 'van']);

/** Whether a word is capitalised inside its sentence, as a name's word is, and no small word. */
function namesBody(text: string, word: { word: string; at: number }): boolean {
  return /^\p{Lu}/u.test(word.word) && !SMALL_WORDS.has(word.word.toLowerCase()) && !/(?:^|[.!?:\n]["”’»]?)[^\S\n]*$/u.test(text.slice(Math.max(0, word.at - 4), word.at));
}

/** An acronym in brackets: three to ten letters, the first a capital ("FFS", "ISSeP", "Dreal"). */
const BRACKETED_ACRONYM = /[^\S\n]\((\p{Lu}\p{L}{2,9})\)/gu;
/** A word of the name, with an elided article before it ("l'environnement", "dell'economia"), and where the word starts. */
const NAME_WORD = /(?:(?<elided>[dlDL]|[dD]ell|[nN]ell|[aA]ll|[dD]all|[sS]ull)['’])?(?<word>\p{L}[\p{L}'’-]*)/gu;
/** What may stand between the words of such a name: spaces, a comma before a further field. */
const BETWEEN_WORDS = /^,?[^\S\n]+$/u;
/** The most words such a name is read over. */
const MOST_WORDS = 16;
/** Words after the last one the acronym spells ("… de territoire | de la Vendée (GHT)"): linking words and one more. */
const MOST_UNSPELT_AFTER = 3;

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/**
 * Whether the words spell the acronym: each word other than a small one gives its initial or its
 * first few letters ("ISSeP": Institut Scientifique de SErvice Public), a small word its initial or
 * nothing, and a few words after the last spelling one may give none.
 */
function spells(acronym: string, words: readonly string[]): boolean {
  const folded = words.map(fold);
  const small = words.map((w) => SMALL_WORDS.has(w.toLowerCase()));
  const memo = new Map<number, boolean>();
  const from = (k: number, w: number): boolean => {
    if (k === acronym.length) return w === words.length || words.length - w <= MOST_UNSPELT_AFTER && !small[words.length - 1];
    if (w === words.length) return false;
    const key = k * 64 + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = folded[w]!;
    let ok = small[w]! && from(k, w + 1);
    // The initial, or the first few letters ("ISSeP": SErvice, "Unicem": UNIon).
    for (let i = 0; !ok && i < word.length && k + i < acronym.length && word[i] === acronym[k + i]; i++) ok = from(k + i + 1, w + 1);
    memo.set(key, ok);
    return ok;
  };
  return from(0, 0);
}

/**
 * The names that an acronym in brackets right after spells, each with where it starts and its
 * acronym. The name opens with the nearest word from which the spelling works: a capitalised word,
 * or a body's head in lower case. Only names the capitalised runs cannot read are returned: ones with
 * a word in lower case that is no small word, or with a comma inside.
 */
export function sentenceCaseBodies(text: string): { name: string; start: number; acronym: string }[] {
  const out: { name: string; start: number; acronym: string }[] = [];
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const end = m.index;
    const acronym = fold(m[1]!);
    // The words right before the bracket, nearest last, up to a sentence's or a clause's stop.
    const before = text.slice(Math.max(0, end - 240), end);
    const offset = end - before.length;
    const words: { word: string; at: number; start: number; end: number }[] = [];
    for (const w of before.matchAll(NAME_WORD)) {
      const at = offset + w.index;
      words.push({ word: w.groups!.word!, at, start: at + (w.groups!.elided === undefined ? 0 : w.groups!.elided.length + 1), end: at + w[0].length });
    }
    let first = words.length;
    while (first > 1 && words.length - first < MOST_WORDS && BETWEEN_WORDS.test(text.slice(words[first - 2]!.end, words[first - 1]!.at))) first--;
    first = Math.max(0, first - 1);
    if (words.length - first < 2 || words[words.length - 1]!.end !== end) continue;
    for (let k = words.length - 2; k >= first; k--) {
      const opener = words[k]!.word;
      if (SMALL_WORDS.has(opener.toLowerCase()) || fold(opener[0]!) !== acronym[0]) continue;
      if (!/^\p{Lu}/u.test(opener) && !SMALL_HEADS.has(opener.toLowerCase())) continue;
      // A field of a longer name that the acronym spells alone: "Forschungsanstalt für | Wald, Schnee und Landschaft (WSL)".
      if (k - 2 >= first && FIELD_LINKS.has(words[k - 1]!.word.toLowerCase()) && namesBody(text, words[k - 2]!)) break;
      const name = words.slice(k).map((w) => w.word);
      const span = text.slice(words[k]!.start, end);
      if (!name.some((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase())) && !span.includes(',')) continue;
      if (spells(acronym, name)) {
        out.push({ name: span, start: words[k]!.start, acronym: m[1]! });
        break;
      }
    }
  }
  return out;
}
