/**
 * Public bodies as Swedish, Danish and Norwegian (and, in one word, Dutch) name them: one word ending in the body's own noun
 * ("Trafikverket", "Försvarsmakten", "Rymdstyrelsen", "Arbetsförmedlingen", "Politidirektoratet"), or
 * a place and a body's noun written small ("Kiruna kommun", "Lolland Kommune", "Laevas sameby"). Read
 * by shape alone these are unknown words or places; the noun says they are bodies.
 */
import { type Single, withNameOverSpan } from './cues.js';
import type { Mention } from './tables.js';

const LANGUAGES: ReadonlySet<string> = new Set(['sv', 'da', 'nb', 'nn', 'no']);
/**
 * One word closing on an authority's, a service's, a society's or a force's noun in the definite form,
 * with the region it serves after it when one is named ("Länsstyrelsen Värmland", "Länsstyrelsen i
 * Västra Götalands län"); in the genitive too ("Vätternvårdsförbundets provtagningsstationer"), named in the nominative.
 */
const BODY_WORD = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}{2,}(?:verket|styrelsen|myndigheten|makten|polisen|tjänsten|förmedlingen|bevakningen|inspektionen|nämnden|direktoratet|tilsynet|etaten|tjenesten|forsvaret|kassan|kassen|institutet|instituttet|forbundet|förbundet|forening|förening|sällskapet|partiet|departementet|ministeriet|industrierna|facket|ligaen))s?(?![\p{L}\p{N}-])((?:[^\S\n]+i[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?[^\S\n]+län(?![\p{L}])|[^\S\n]+\p{Lu}[\p{L}-]+(?![\p{L}\p{N}]))?)/gu;
/**
 * A nation's adjective or genitive before a capitalised word: "Dansk Metal", "Svenska Bandyförbundet",
 * "Norges Fotballforbund", "Danmarks Fiskeriforening", "Danmarks Eksport- og Investeringsfond". These languages write common nouns small, so
 * the capital says a name, and the nation's word says a national body, union or firm.
 */
const NATIONAL_BODY = /(?<![\p{L}\p{N}-])(?:Dansk|Danske|Svensk|Svenska|Norsk|Norske|Finsk|Finska|Danmarks|Sveriges|Norges|Finlands|Islands|Ålands)[^\S\n]+(?:\p{Lu}\p{Ll}\p{L}*-[^\S\n]+(?:og|och)[^\S\n]+)?\p{Lu}\p{Ll}\p{L}*(?:-\p{L}+)*(?:[^\S\n]+&[^\S\n]+\p{Lu}\p{Ll}\p{L}*|[^\S\n]+\p{Lu}\p{Ll}\p{L}*)?(?![\p{L}\p{N}-])/gu;
/** A place's university, college, hospital or police district, written small after it: "Stockholms universitet", "Luleå tekniska universitet", "Mora lasarett", "Troms politidistrikt". */
const PLACE_INSTITUTION = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[^\S\n]+(?:(?:tekniska|tekniske|medicinska)[^\S\n]+)?(?:universitet|högskola|høgskole|høyskole|lasarett|sjukhus|sykehus|sygehus|politidistrikt|kommunestyre|kommunestyret|bystyre|bystyret|landskapsregering|regionskommune|universitetssjukhus|universitetssykehus)(?![\p{L}])/gu;
/** A place and the noun of the body that governs it, written small. */
const PLACE_BODY = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)[^\S\n]+([Kk]ommune?|[Ss]ameby|[Rr]egionen|[Ll]andsting|[Ff]ylkeskommune)(?![\p{L}])/gu;

/** A region's or a health trust's authority before the region's name: "Region Skåne", "Region Midtjylland", "Helse Nord", "Region Västra Götaland". */
const REGION_BODY = /(?<![\p{L}\p{N}-])(?:Region|Helse)[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?(?![\p{L}\p{N}])/gu;
/** A town's club or society, its noun capitalised in one word: "Bengtsfors Kanotklubb", "Fredrikstad Kajakklubb", "Skive Travforening". */
const TOWN_CLUB = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+[^\S\n]+\p{Lu}\p{Ll}+(?:klubb|klub|klubben|förening|forening|foreningen|sällskap|selskap|selskab)(?![\p{L}\p{N}-])/gu;

/**
 * Dutch names a body the same way, in one word closing on its noun ("Zorginstituut Nederland",
 * "Gezondheidsraad", "Hoogheemraadschap Hollands Noorderkwartier", "Participatiemaatschappij
 * Vlaanderen", "Agentschap Innoveren & Ondernemen"); inside a sentence only, since a sentence's first word is capitalised whatever it is.
 */
const DUTCH_BODY_WORD = /(?<=[\p{Ll}\p{N},;:)]\s+|[\p{Ll},;:)]\s+(?:de|het|van|bij|door|voor|met)\s+)\p{Lu}\p{Ll}{2,}(?:instituut|raad|genootschap|stichting|fonds|dienst|schap|maatschappij|vereniging|autoriteit|inspectie|commissie|agentschap|centrum)(?![\p{L}\p{N}-])(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}-]+(?![\p{L}\p{N}])){0,2}/gu;

/**
 * A firm's common noun in the definite form, which a sentence may open on before the firm's name:
 * "Verkstadsföretaget Moälvens Mekaniska AB", "Oppdrettsselskapet Mowi ASA", "Robotfirmaet Nordcobot ApS".
 * Inside a sentence these languages write it small, so only a sentence's first word needs it.
 */
const FIRM_DESCRIPTOR = /\p{Ll}(?:företaget|bolaget|koncernen|firman|firmaet|selskabet|selskapet|virksomheden|virksomheten|konsernet|koncernet|producenten|produsenten|tillverkaren|verftet|varvet|rederiet|fabrikken|fabriken|kæden|kjeden|kedjan)$/u;

/** Whether `word`, opening a sentence in `language`, says what the firm named after it is. */
export function opensOnFirmDescriptor(word: string, language: string | undefined): boolean {
  return language !== undefined && LANGUAGES.has(language) && /^\p{Lu}/u.test(word) && FIRM_DESCRIPTOR.test(word);
}

/** The bodies so named become mentions; the single words and the places inside them give way. */
export function withNordicBodies(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  if (language === undefined || (!LANGUAGES.has(language) && language !== 'nl')) return;
  for (const m of language === 'nl' ? [] : body.matchAll(BODY_WORD)) withNameOverSpan(mentions, singles, body, { kind: 'org', name: m[1]! + m[2]!, pos: m.index, fixed: true }, m.index + m[0].length);
  const found = language === 'nl' ? [...body.matchAll(DUTCH_BODY_WORD)] : [...body.matchAll(PLACE_BODY), ...body.matchAll(REGION_BODY), ...body.matchAll(NATIONAL_BODY), ...body.matchAll(PLACE_INSTITUTION), ...body.matchAll(TOWN_CLUB)];
  for (const m of found) withNameOverSpan(mentions, singles, body, { kind: 'org', name: m[0], pos: m.index!, fixed: true }, m.index! + m[0].length);
}
