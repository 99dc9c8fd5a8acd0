/**
 * Language by character trigrams, for texts the function-word vote cannot settle: the writing
 * system first (a script used by one language names it), then, within the script, the language
 * whose profile of commonest trigrams ranks the text's own commonest trigrams most alike
 * (Cavnar & Trenkle's out-of-place distance). The profiles are franc's (163 languages, packed by
 * scripts/build-language-profiles.ts).
 */
import packed from './data/language-profiles.json' with { type: 'json' };
import { unpackText } from './packed.js';

/** Scripts written by one language (ISO 639-3), told apart by Unicode script property. */
const SINGLE_LANGUAGE_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Greek}/gu, 'ell'],
  [/\p{Script=Georgian}/gu, 'kat'],
  [/\p{Script=Armenian}/gu, 'hye'],
  [/\p{Script=Thai}/gu, 'tha'],
  [/\p{Script=Hangul}/gu, 'kor'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'jpn'],
  [/\p{Script=Han}/gu, 'cmn'],
  [/\p{Script=Bengali}/gu, 'ben'],
  [/\p{Script=Tamil}/gu, 'tam'],
  [/\p{Script=Telugu}/gu, 'tel'],
  [/\p{Script=Gujarati}/gu, 'guj'],
  [/\p{Script=Kannada}/gu, 'kan'],
  [/\p{Script=Malayalam}/gu, 'mal'],
  [/\p{Script=Gurmukhi}/gu, 'pan'],
  [/\p{Script=Sinhala}/gu, 'sin'],
  [/\p{Script=Khmer}/gu, 'khm'],
  [/\p{Script=Lao}/gu, 'lao'],
];

/** Scripts shared by several languages, named as in the profiles. */
const SHARED_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Latin}/gu, 'Latin'],
  [/\p{Script=Cyrillic}/gu, 'Cyrillic'],
  [/\p{Script=Arabic}/gu, 'Arabic'],
  [/\p{Script=Devanagari}/gu, 'Devanagari'],
  [/\p{Script=Myanmar}/gu, 'Myanmar'],
  [/\p{Script=Ethiopic}/gu, 'Ethiopic'],
  [/\p{Script=Hebrew}/gu, 'Hebrew'],
];

/** A trigram the profile lacks, or one ranked further off than this, costs this much. */
const MAX_DISTANCE = 300;
/** How many of the text's commonest trigrams are compared (the profiles hold 300). */
const TEXT_PROFILE_SIZE = 300;
/** Longer texts add time, not accuracy. */
const MAX_SAMPLE = 2048;

interface ScriptProfiles {
  languages: string[];
  /** Trigram → each language's rank of it plus one (0: not in that language's profile). */
  ranks: Map<string, Uint16Array>;
}

let profiles: Map<string, ScriptProfiles> | undefined;

function loadProfiles(): Map<string, ScriptProfiles> {
  const byScript = new Map<string, { code: string; trigrams: string[] }[]>();
  for (const line of unpackText(packed.profiles).split('\n')) {
    const [script, code, list] = line.split('\t');
    if (script === undefined || code === undefined || list === undefined) continue;
    const entries = byScript.get(script) ?? [];
    entries.push({ code, trigrams: list.split('|') });
    byScript.set(script, entries);
  }
  const result = new Map<string, ScriptProfiles>();
  for (const [script, entries] of byScript) {
    const ranks = new Map<string, Uint16Array>();
    entries.forEach(({ trigrams }, languageIndex) => {
      trigrams.forEach((trigram, rank) => {
        let row = ranks.get(trigram);
        if (row === undefined) {
          row = new Uint16Array(entries.length);
          ranks.set(trigram, row);
        }
        if (row[languageIndex] === 0) row[languageIndex] = rank + 1;
      });
    });
    result.set(script, { languages: entries.map((e) => e.code), ranks });
  }
  return result;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The text's commonest trigrams, most frequent first, over lowercased letters and single spaces. */
function textTrigrams(text: string): string[] {
  const cleaned = ` ${text.toLowerCase().replace(/[^\p{L}\p{M}]+/gu, ' ').trim()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TEXT_PROFILE_SIZE)
    .map(([trigram]) => trigram);
}

/** Languages of the script ranked by distance, nearest first. */
function rankLanguages(text: string, script: ScriptProfiles): { code: string; distance: number }[] {
  const distances = new Float64Array(script.languages.length);
  textTrigrams(text).forEach((trigram, rank) => {
    const row = script.ranks.get(trigram);
    for (let i = 0; i < distances.length; i++) {
      const profileRank = row?.[i] ?? 0;
      distances[i]! += profileRank === 0 ? MAX_DISTANCE : Math.min(MAX_DISTANCE, Math.abs(profileRank - 1 - rank));
    }
  });
  return script.languages
    .map((code, i) => ({ code, distance: distances[i]! }))
    .sort((a, b) => a.distance - b.distance);
}

/**
 * The text's possible languages (ISO 639-3), nearest first, each with its distance: the sum over
 * the text's commonest trigrams of how far each sits from its rank in the language's profile. A
 * script written by one language gives that language alone at distance 0; a text without letters of
 * a known script gives `und`. A language without a profile comes back as its nearest relative.
 */
export function rankTrigramLanguages(text: string): { code: string; distance: number }[] {
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  const best = leadingScript(sample);
  if (best.single) return [{ code: best.name, distance: 0 }];
  profiles ??= loadProfiles();
  const script = profiles.get(best.name);
  return script === undefined ? [{ code: 'und', distance: 0 }] : rankLanguages(sample, script);
}

/**
 * The script most of the text's letters are in: a one-language script's language (`single`), a shared
 * script's name as the profiles name it, or `und` for a text without letters of a known script.
 */
function leadingScript(sample: string): { name: string; single: boolean } {
  let best: { name: string; count: number; single: boolean } = { name: 'und', count: 0, single: true };
  for (const [pattern, code] of SINGLE_LANGUAGE_SCRIPTS) {
    const count = countMatches(sample, pattern);
    // Japanese mixes kana with Chinese characters: any real share of kana makes it Japanese.
    const weighted = code === 'jpn' ? count * 4 : count;
    if (weighted > best.count) best = { name: code, count: weighted, single: true };
  }
  for (const [pattern, script] of SHARED_SCRIPTS) {
    const count = countMatches(sample, pattern);
    if (count > best.count) best = { name: script, count, single: false };
  }
  return best;
}

/**
 * The share of the text's trigrams that pass `keep` which the profile of the likeliest language of
 * its script lists, counted with their repeats; null for a script without profiles (Greek, Thai, the
 * East Asian scripts) or when no trigram passes. Only the trigrams that matter to the caller are
 * weighed, so a few words can be told apart in a text whose other words read alike.
 */
export function profiledShare(text: string, keep: (trigram: string) => boolean): number | null {
  const leading = leadingScript(text);
  if (leading.single) return null;
  const scriptName = leading.name;
  profiles ??= loadProfiles();
  const script = profiles.get(scriptName);
  if (script === undefined) return null;
  const cleaned = ` ${text.toLowerCase().replace(/[^\p{L}\p{M}]+/gu, ' ').trim()} `;
  const hits = new Float64Array(script.languages.length);
  let total = 0;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    if (!keep(trigram)) continue;
    total++;
    const row = script.ranks.get(trigram);
    if (row === undefined) continue;
    for (let k = 0; k < hits.length; k++) if (row[k] !== 0) hits[k]!++;
  }
  return total === 0 ? null : Math.max(...hits) / total;
}
