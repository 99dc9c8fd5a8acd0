/**
 * Language identification: a stop-word vote (robust on short and mixed texts for the main
 * European languages) backed by franc-min's trigram model for everything else.
 */
import { franc } from 'franc-min';
import { INDONESIAN_MARKERS, MALAY_MARKERS, NORDIC_FUNCTION_WORDS, STOPWORDS } from './stopwords.js';

/** Below this many letters no answer is trustworthy: `und`. */
export const MIN_LETTERS = 60;

// franc speaks ISO 639-3; articles and feeds want ISO 639-1.
const ISO3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', hun: 'hu',
  ron: 'ro', bul: 'bg', hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', arb: 'ar',
  ara: 'ar', pes: 'fa', fas: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', zho: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', swh: 'sw',
  cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', est: 'et', bel: 'be', kat: 'ka', hye: 'hy',
  azj: 'az', uzn: 'uz', kaz: 'kk', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', afr: 'af', nep: 'ne', sin: 'si',
  mya: 'my', khm: 'km',
};

const VOTERS: Readonly<Record<string, readonly string[]>> = { ...STOPWORDS, ...NORDIC_FUNCTION_WORDS };
const STOP_SETS: [string, Set<string>][] = Object.entries(VOTERS).map(([lang, words]) => [lang, new Set(words)]);
/** Languages so close that a vote between them is decided by the words they write differently. */
const SIBLINGS: Readonly<Record<string, string>> = { da: 'no', no: 'da' };

/**
 * ISO 639-1 code of the text's language, or `und` when it has fewer than {@link MIN_LETTERS}
 * letters or no language can be told apart.
 */
export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const scores = STOP_SETS.map(([lang, set]) => {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    return { lang, hits };
  }).sort((a, b) => b.hits - a.hits);
  const best = scores[0];
  // The clear margin is over the nearest other language, not over a sibling that shares most words.
  const second = scores.find((s) => s !== best && SIBLINGS[best?.lang ?? ''] !== s.lang);
  const clear = best !== undefined && best.hits >= 3 && best.hits >= 1.5 * (second?.hits ?? 0);
  // Latin-script European prose: function words are the surest signal.
  if (clear && best.hits / Math.max(words.length, 1) > 0.12) return best.lang;
  const code = franc(sample, { minLength: 10 });
  if ((code === 'zlm' || code === 'ind') && !clear) {
    let id = 0;
    let ms = 0;
    for (const w of words) {
      if (INDONESIAN_MARKERS.has(w)) id++;
      if (MALAY_MARKERS.has(w)) ms++;
    }
    return ms > id ? 'ms' : 'id';
  }
  const mapped = code === 'und' ? undefined : ISO3_TO_1[code];
  // franc's known confusions are among the big European languages (es/pt, on lists and tables):
  // there a clear function-word vote wins; for any other language franc's answer stands.
  if (clear && (mapped === undefined || VOTERS[mapped] !== undefined)) return best.lang;
  if (mapped) return mapped;
  return 'und';
}
