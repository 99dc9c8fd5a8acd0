/**
 * Bodies that French and Italian write in sentence case and close on the place they serve:
 * "Service des dangers naturels du canton du Valais", "Chambre régionale d'agriculture de Bretagne",
 * "Centre interservices des feux de forêt du Canada", "Comando provinciale dei vigili del fuoco di
 * Reggio Calabria", "Ordine dei medici di Foggia". Only the head is capitalised, so the capitalised
 * runs read the head alone and the place as a place; where such a name ends is the place that closes
 * it, so that is the only form read: a head, its adjectives, small field words each opened by a
 * linking word ("des feux", "de forêt"), and the capitalised place after a last linking word.
 */
import { COMPETITION_HEADS, gazLookup, GIVEN_NAMES, norm } from './tables.js';

interface ServedGrammar {
  /** Capitalised heads of such names, beyond the lists' own. */
  heads: readonly string[];
  /** An adjective written small, by its ending or as a word. */
  adjective: string;
  /** The words that link one part of the name to the next ("des", "de la", "per la"). */
  links: string;
  /** The conjunction that joins two fields or two adjectives ("et des", "e della"). */
  and: string;
  /** A people's or a region's adjective, which places the body itself: "Centre spatial guyanais | de Kourou" is where it stands. */
  demonym: RegExp;
}

const GRAMMARS: Readonly<Record<string, ServedGrammar>> = {
  fr: {
    heads: ['Centre', 'Service', 'Office', 'Association', 'Union', 'Police', 'Protection', 'Fonds', 'Station', 'Parc', 'Collectivité', 'Département', 'Peloton', 'Brigade', 'Syndicat', 'Fédération', 'Chambre', 'Comité', 'Conseil', 'Institut', 'Société', 'Agence', 'Direction', 'Commission', 'Observatoire', 'Laboratoire', 'Musée', 'Communauté', 'Caisse', 'Tribunal', 'Groupement', 'Établissement', 'Régie'],
    adjective: String.raw`(?:\p{Ll}{2,}(?:ique|iques|aire|aires|al|ale|ales|aux|el|elle|els|elles|if|ifs|ive|ives|ier|iers|ière|ières|é|ée|és|ées|eux|euse|euses|ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ain|aine|ains|aines|in|ine|ins|ines|ile|iles|iste|istes|rice|rices|eur|eure|eurs|ime|imes)|public|publics|haut|haute|hauts|hautes|grand|grande|grands|grandes|suisse|suisses|belge|belges)`,
    links: String.raw`(?:des|du|de[^\S\n]+la|de[^\S\n]+l['’]|de|d['’]|pour[^\S\n]+la|pour[^\S\n]+le|pour[^\S\n]+les|pour[^\S\n]+l['’]|pour|sur[^\S\n]+la|sur[^\S\n]+le|sur[^\S\n]+les|sur)`,
    and: 'et',
    // Not "européen": a continent's adjective places no body in a town ("Collectivité européenne d'Alsace").
    demonym: /(?<!europ)(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ain|aine|ains|aines)$/u,
  },
  it: {
    heads: ['Centro', 'Servizio', 'Ufficio', 'Comando', 'Ordine', 'Conferenza', 'Consorzio', 'Parco', 'Ente', 'Istituto', 'Agenzia', 'Associazione', 'Federazione', 'Comitato', 'Osservatorio', 'Consiglio', 'Dipartimento', 'Direzione', 'Regione', 'Provincia', 'Azienda', 'Camera', 'Fondazione', 'Museo', 'Stazione', 'Unione', 'Nucleo', 'Corpo', 'Tribunale', 'Procura'],
    adjective: String.raw`(?:\p{Ll}{2,}(?:ano|ana|ani|ane|ese|esi|ale|ali|ile|ili|ico|ica|ici|iche|ino|ina|ini|ine|ivo|iva|ivi|ive|ista|isti|are|ari|eo|ea|ei|ee|oso|osa|osi|ose|ato|ata|ati|ate|uto|uta|uti|ute|ente|enti|ante|anti|omo|oma|omi|ome|ore|ori|rice|rici)|alto|alta|alti|alte)`,
    links: String.raw`(?:del|della|dello|dei|delle|degli|dell['’]|di|d['’]|sul|sulla|sulle|sui|sugli|sull['’]|per[^\S\n]+la|per[^\S\n]+il|per[^\S\n]+i|per[^\S\n]+gli|per[^\S\n]+le|per[^\S\n]+l['’]|per)`,
    and: 'e',
    demonym: /(?<!europ)(?:ese|esi|ano|ana|ani|ane)$/u,
  },
};

/** The pattern of such names in a language, its heads with the lists' capitalised heads of bodies. */
function servedPattern(grammar: ServedGrammar, listHeads: readonly string[]): RegExp {
  const { heads, adjective, links, and } = grammar;
  // A competition's head ("Coupe du monde de …") names an event, not a body serving a place.
  const head = [...new Set([...heads, ...listHeads.filter((h) => !COMPETITION_HEADS.has(h))])].sort((a, b) => b.length - a.length).join('|');
  const gap = String.raw`[^\S\n]+`;
  // A small word of three letters or more that is no linking word: a field's noun ("feux", "forêt", "agriculture").
  const field = String.raw`(?!${links}(?![\p{L}'’]))\p{Ll}[\p{Ll}-]{2,}`;
  const adjectives = String.raw`(?:${gap}${adjective}(?![\p{L}'’-])(?:${gap}${and}${gap}${adjective}(?![\p{L}'’-]))?){0,2}`;
  // After an elided article the next word follows at once ("d'agriculture"); after any other linking word, a space.
  const linked = String.raw`${links}(?:(?<=['’])|${gap})`;
  const group = String.raw`${gap}(?:${and}${gap})?${linked}${field}(?![\p{L}'’-])${adjectives}`;
  const placeWord = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}-]*(?![\p{L}'’-])`;
  const particle = String.raw`(?:(?:de[^\S\n]+la|de|du|des|di|del|della|la|le)[^\S\n]+|(?:d|de[^\S\n]+l|dell)['’])`;
  const participle = String.raw`\p{Ll}+(?:é|ée|és|ées|ato|ata|ati|ate|uto|uta|uti|ute)(?![\p{L}])`;
  return new RegExp(
    // The head may follow an elided article: "l'Institut scientifique de service public", "dell'Ordine dei medici".
    String.raw`(?:(?<![\p{L}\p{N}'’-])|(?<=(?<![\p{L}])(?:[lLdD]|[dD]ell|[nN]ell|[aA]ll|[dD]all|[sS]ull)['’]))(${head})(?<adjectives>${adjectives})(?<groups>(?:${group}){0,4})` +
      // The place: a capitalised word with small letters, and up to two more, maybe after an article ("La Réunion").
      // The place: a capitalised word with small letters, and up to two more, maybe after a particle ("Pays de la Loire", "Clos du Doubs").
      String.raw`${gap}${linked}(?<served>(?!(?:${head})(?![\p{L}]))${placeWord}(?:(?:${gap}|${gap}${particle})${placeWord}){0,2})` +
      // Not a name that goes on: in capitals, after a particle, or with an adjective after the place ("Université de
      // Bretagne occidentale"; a participle is the sentence's: "Station biologique de Roscoff publiée …").
      String.raw`(?![^\S\n]*\p{Lu}|${gap}${particle}\p{Lu}|${gap}(?!${participle})${adjective}(?![\p{L}'’-]))`,
    'gu',
  );
}

const patterns = new Map<string, RegExp>();
function patternFor(language: string, listHeads: readonly string[]): RegExp | undefined {
  const grammar = GRAMMARS[language];
  if (!grammar) return undefined;
  let pattern = patterns.get(language);
  if (!pattern) {
    pattern = servedPattern(grammar, listHeads);
    patterns.set(language, pattern);
  }
  return pattern;
}

/** A body read this way: its name as written, where it starts, and where the place it serves starts. */
export interface ServedBody {
  name: string;
  pos: number;
  servedAt: number;
}

/**
 * The sentence-case bodies of `body` that close on the place they serve, in French and Italian. A head
 * with nothing small after it but the place ("Conseil de Genève") is the capitalised runs' to read, and
 * a given name after the last linking word is a person's ("Fondation de Jean"), not a place.
 */
export function servedBodies(body: string, language: string | undefined, listHeads: readonly string[]): ServedBody[] {
  const pattern = language === undefined ? undefined : patternFor(language, listHeads);
  if (!pattern) return [];
  const found: ServedBody[] = [];
  for (const m of body.matchAll(pattern)) {
    const { adjectives, groups, served } = m.groups!;
    if (adjectives === '' && groups === '') continue;
    if (groups === '' && GRAMMARS[language!]!.demonym.test(adjectives!.trimEnd())) continue;
    const firstServed = served!.split(/[\s'’-]/u)[0]!;
    // Nor does a body another body belongs to: "… de World Aquatics".
    // Italian writes a body's initials as a word ("del Cnr", "dell'Ogs", "della Fip"): a body, not the place served.
    if (GIVEN_NAMES.has(norm(firstServed)) || gazLookup(served!.split(/\s+/u))?.kind === 'org' || (served!.length <= 3 && language === 'it')) continue;
    found.push({ name: m[0], pos: m.index, servedAt: m.index + m[0].length - served!.length });
  }
  return found;
}
