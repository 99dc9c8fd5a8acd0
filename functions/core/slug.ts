/**
 * URL slug for a topic or entity name: lowercase words joined by `-`
 * ("Sci/Tech" → "sci-tech", "François Hollande" → "francois-hollande", "Łódź" → "lodz",
 * "Павел Коваленко" → "pavel-kovalenko", "Γιώργος" → "giorgos", "陈立明" → "陈立明").
 * Latin, Cyrillic and Greek are spelled in ASCII; scripts with no spelling here (Chinese, Japanese,
 * Korean, Arabic, Hebrew, Indic, Thai, …) keep their own letters, which URLs carry percent-encoded,
 * so every name has a feed. Stable: feeds and subscriptions are keyed on it.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(POINTING, '')
    .toLowerCase()
    // Apostrophes and the ʻokina (and the marks typed for it) join the letters around them: "Kaʻū" → "kau".
    .replace(/['’‘ʻʼ]/g, '')
    .replace(OTHER_LETTER, (letter) => ROMAN[letter] ?? (OWN_SCRIPT_LETTER.test(letter) ? letter : '-'))
    .normalize('NFC')
    .replace(/[^a-z0-9\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, so no letter is split, and again drop a hyphen the cut leaves at the end.
  return Array.from(slug).slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
}

/** Longest slug, in code points. */
const MAX_SLUG_LENGTH = 80;

/** A slug `slugify` makes: not empty, and a name it leaves unchanged. What feed paths and filters accept. */
export function isSlug(value: string): boolean {
  return value !== '' && slugify(value) === value;
}

/**
 * Marks a name may or may not be written with, which would otherwise give one name two slugs:
 * Latin accents (dropped, as ASCII spelling wants), Hebrew points and cantillation (not its
 * punctuation: the maqaf "־" joins words as a hyphen does) and Arabic vowel signs.
 */
const POINTING = /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]/g;

/**
 * Letters, marks and digits of a script the table does not spell, kept as they are. A Latin, Greek,
 * Cyrillic or script-neutral character without a spelling still separates words, so the slugs of
 * names in those scripts stay what they were; the kana length and voicing marks are script-neutral
 * but part of Japanese words.
 */
const OWN_SCRIPT_LETTER = /^(?:\u30fc|\u3099|\u309a|(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Common}\p{sc=Inherited}])[\p{L}\p{M}\p{N}])$/u;

/** What is left after lower-casing that is no ASCII letter, digit, space, punctuation or symbol: letters the table may spell. */
const OTHER_LETTER = /[^a-z0-9\s\p{P}\p{S}]/gu;

/**
 * Letters no accent-stripping reaches, in Roman letters: Latin ones with a stroke or ligature, and
 * Cyrillic and Greek (lower case, accents already stripped: "й" is "и" by then), transliterated
 * plainly so names in those scripts get a feed URL.
 */
const ROMAN: Readonly<Record<string, string>> = Object.freeze({
  ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k', ѕ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
});
