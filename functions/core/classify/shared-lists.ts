/**
 * Languages whose news is written with one shared vocabulary, so their word lists (topic cue tables,
 * keyword filler words) are kept once: Croatian, Bosnian and Serbian under `sh`, and Malay under
 * Indonesian (`id`), whose lists carry the Malaysian words beside the Indonesian ones (kerajaan,
 * pemerintah; kerana, karena).
 */
export const SHARED_LIST_OF: Readonly<Record<string, string>> = { hr: 'sh', bs: 'sh', sr: 'sh', ms: 'id' };

/** The key of the word lists `language` reads. */
export function listKeyOf(language: string): string {
  return SHARED_LIST_OF[language] ?? language;
}

/** Languages written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer and Burmese. */
const UNSPACED: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/** Whether `language` is written without spaces between words (its phrases are written without them too). */
export function isUnspaced(language: string | undefined): language is string {
  return language !== undefined && UNSPACED.has(language);
}
