/**
 * URL slug for a topic or entity name: lowercase ASCII words joined by `-`
 * ("Sci/Tech" → "sci-tech", "François Hollande" → "francois-hollande", "Łódź" → "lodz",
 * "Павел Коваленко" → "pavel-kovalenko", "Γιώργος" → "giorgos").
 * Stable: feeds and subscriptions are keyed on it.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(OTHER_LETTER, (letter) => ROMAN[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

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
