/**
 * Language identification: a function-word vote (robust on short and mixed texts for the main
 * European languages) backed by character trigrams for everything else.
 */
import {
  BOKMAL_MARKERS, BOSNIAN_MARKERS, NYNORSK_MARKERS, CROATIAN_MARKERS, INDONESIAN_MARKERS, MALAY_MARKERS, NORDIC_FUNCTION_WORDS, SERBIAN_MARKERS, SLOVENIAN_MARKERS, STOPWORDS,
  VOTE_ONLY_FUNCTION_WORDS,
} from './stopwords.js';
import { rankTrigramLanguages } from './trigram-language.js';

/** Below this many letters no answer is trustworthy: `und`. */
export const MIN_LETTERS = 60;
/** Share of a text's words on the winning function-word list above which the vote alone decides. */
const DENSE_VOTE = 0.3;
/**
 * How much further off (relative) than the trigrams' nearest language the vote's language may be
 * and still win. Measured on bench/data/language-id and the topic-language set: where the vote was
 * right and the trigrams disagreed the gap was 1–2%; where the vote was wrong, 8–28%.
 */
const OVERRULING_MARGIN = 0.05;

// The trigram profiles speak ISO 639-3; articles and feeds want ISO 639-1. A language without a
// 639-1 code comes out as `und`, but for the Philippine languages listed with their own code below.
const ISO3_TO_1: Readonly<Record<string, string>> = {
  ekk: 'et', lvs: 'lv', mkd: 'mk', als: 'sq', ydd: 'yi', lao: 'lo', epo: 'eo', tat: 'tt', kir: 'ky', tgk: 'tg', khk: 'mn', uig: 'ug', prs: 'fa', pbu: 'ps', npi: 'ne',
  tir: 'ti', kin: 'rw', sna: 'sn', xho: 'xh', zul: 'zu', sot: 'st', tsn: 'tn', hat: 'ht', jav: 'jv', sun: 'su',
  tuk: 'tk', plt: 'mg', nya: 'ny', wol: 'wo', lin: 'ln', ewe: 'ee', lug: 'lg', ckb: 'ku',
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', hun: 'hu',
  ron: 'ro', bul: 'bg', hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', arb: 'ar',
  ara: 'ar', pes: 'fa', fas: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', zho: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', swh: 'sw',
  cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', est: 'et', bel: 'be', kat: 'ka', hye: 'hy',
  azj: 'az', uzn: 'uz', kaz: 'kk', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', afr: 'af', nep: 'ne', sin: 'si',
  mya: 'my', khm: 'km',
  // Philippine languages without a two-letter code keep their three-letter one, as BCP 47 does.
  ceb: 'ceb', ilo: 'ilo', hil: 'hil', war: 'war',
};

const VOTERS: Readonly<Record<string, readonly string[]>> = { ...STOPWORDS, ...NORDIC_FUNCTION_WORDS, ...VOTE_ONLY_FUNCTION_WORDS };
const VOTING_LANGUAGES: readonly string[] = Object.keys(VOTERS);
/** Each voting word and the languages (indexes into VOTING_LANGUAGES) whose list holds it: one lookup per word of the text. */
const VOTES_OF_WORD: ReadonlyMap<string, readonly number[]> = (() => {
  const votes = new Map<string, number[]>();
  VOTING_LANGUAGES.forEach((lang, index) => {
    for (const word of new Set(VOTERS[lang])) votes.set(word, [...(votes.get(word) ?? []), index]);
  });
  return votes;
})();
/** Trigram answers among which only words decide (Latin script). */
const SOUTH_SLAVIC: ReadonlySet<string> = new Set(['hrv', 'bos', 'srp', 'slv']);
/** Languages so close that a vote between them is decided by the words they write differently. */
const SIBLINGS: Readonly<Record<string, string>> = { da: 'no', no: 'da', es: 'ca', ca: 'es', pt: 'gl', gl: 'pt' };

/**
 * ISO 639-1 code of the text's language, or `und` when it has fewer than {@link MIN_LETTERS}
 * letters or no language can be told apart.
 */
export function detectLanguage(text: string): string {
  if (!holdsLetters(text, MIN_LETTERS)) return 'und';
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const counts = new Array<number>(VOTING_LANGUAGES.length).fill(0);
  for (const w of words) for (const index of VOTES_OF_WORD.get(w) ?? []) counts[index]!++;
  const scores = VOTING_LANGUAGES.map((lang, index) => ({ lang, hits: counts[index]! })).sort((a, b) => b.hits - a.hits);
  const best = scores[0];
  // The clear margin is over the nearest other language, not over a sibling that shares most words.
  const second = scores.find((s) => s !== best && SIBLINGS[best?.lang ?? ''] !== s.lang);
  const clear = best !== undefined && best.hits >= 3 && best.hits >= 1.5 * (second?.hits ?? 0);
  const density = (best?.hits ?? 0) / Math.max(words.length, 1);
  // Latin-script European prose: function words are the surest signal, and a text of the language
  // uses them densely (rarely under 30% of its words), so a dense vote needs nothing else.
  if (clear && density >= DENSE_VOTE) return best.lang;
  // English is written without accents: a text the English vote wins that has (almost) no letter
  // outside ASCII is not one of the accented languages whose short words vote English, and needs no
  // trigrams (which most English pages would otherwise pay for).
  if (clear && best.lang === 'en' && density > 0.12 && accentedShare(sample) < 0.01) return 'en';
  const ranking = rankTrigramLanguages(sample);
  const code = ranking[0]?.code ?? 'und';
  // A sparser vote can come from another language that writes some of the same short words
  // (Romanian "de", "la", "a" vote Spanish; Slovenian "in", "je" vote Dutch): the trigrams say so.
  const voteStands = clear && !overruledByTrigrams(best.lang, ranking);
  if (voteStands && density > 0.12) return best.lang;
  if ((code === 'zlm' || code === 'ind') && !voteStands) return markerVote(words, { ms: MALAY_MARKERS, id: INDONESIAN_MARKERS }, 'id');
  // Latin-script Croatian, Bosnian and Serbian are one set of trigrams, and Slovenian is near; their
  // words part them.
  if (SOUTH_SLAVIC.has(code) && /\p{Script=Latin}/u.test(sample) && !voteStands) {
    const markers = { sl: SLOVENIAN_MARKERS, bs: BOSNIAN_MARKERS, sr: SERBIAN_MARKERS, hr: CROATIAN_MARKERS };
    return markerVote(words, markers, code === 'slv' ? 'sl' : 'hr');
  }
  const mapped = code === 'und' ? undefined : code === 'bos' ? 'sr' : ISO3_TO_1[code];
  // The trigrams' known confusions are among the big European languages (es/pt, on lists and
  // tables): there a clear function-word vote wins; for any other language the trigrams' answer stands.
  if (voteStands && (mapped === undefined || VOTERS[mapped] !== undefined)) return best.lang;
  if (mapped) return mapped;
  return 'und';
}

/**
 * The article's language tag: the written standard where a language has two that readers choose
 * between, Norwegian Bokmål (`nb`) or Nynorsk (`nn`), told apart by the words each spells its own
 * way; otherwise `language` itself. The language's own tables (stop words, cues, dates) stay keyed
 * by `no`, the code {@link detectLanguage} gives, which both standards share.
 */
export function writtenStandard(language: string, text: string): string {
  if (language !== 'no') return language;
  const words = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  return markerVote(words, { nn: NYNORSK_MARKERS, nb: BOKMAL_MARKERS }, 'nb');
}

/** Whether the text holds `min` letters or more, counted only as far as `min`: a whole article holds thousands. */
function holdsLetters(text: string, min: number): boolean {
  const letter = /\p{L}/gu;
  for (let n = 0; n < min; n++) if (!letter.test(text)) return false;
  return true;
}

/** Share of the text's letters that are not the plain a–z of English. */
function accentedShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const accented = text.match(/(?=\p{L})[^a-zA-Z]/gu)?.length ?? 0;
  return letters === 0 ? 0 : accented / letters;
}

/**
 * Whether the trigrams put a language without a function-word list clearly nearer than the vote's:
 * the vote's language must be more than {@link OVERRULING_MARGIN} further off than the nearest.
 * Among the voting languages themselves (es/pt/gl/ca, da/no, en and Scots) the vote is the surer.
 */
function overruledByTrigrams(voted: string, ranking: readonly { code: string; distance: number }[]): boolean {
  const nearest = ranking[0];
  if (nearest === undefined || VOTERS[ISO3_TO_1[nearest.code] ?? ''] !== undefined) return false;
  const votedDistance = ranking.find((r) => ISO3_TO_1[r.code] === voted)?.distance;
  if (votedDistance === undefined) return false;
  return votedDistance - nearest.distance > OVERRULING_MARGIN * nearest.distance;
}

/**
 * The language whose marker words the text uses most, or `fallback` when it uses none. A tie goes
 * to the language listed last, so one listed first wins only with more markers than those after it
 * (Bosnian must outnumber the Serbian words it shares, with its ijekavian forms).
 */
function markerVote(words: readonly string[], markers: Readonly<Record<string, ReadonlySet<string>>>, fallback: string): string {
  let winner = fallback;
  let most = 0;
  for (const [lang, set] of Object.entries(markers).reverse()) {
    const hits = words.filter((w) => set.has(w)).length;
    if (hits > most) {
      winner = lang;
      most = hits;
    }
  }
  return winner;
}
