/**
 * Welsh, Scottish Gaelic and Irish place names written with a small word inside, in English text:
 * "Pen y Fan", "Pont ar Daf", "Bwlch y Groes", "Loch na Keal", "Sgurr nan Gillean", "Beinn a’ Bhuird".
 * The capitalised runs stop at the small word and read the parts ("Loch", "Fan"), which name nothing
 * alone. A landform's or a settlement's word in the name's own language opening it, then the article
 * or the preposition, then a capitalised word, is one place.
 */
import { type Single, withNameOverSpan } from './cues.js';
import type { Mention } from './tables.js';

/** Welsh opening words (hill, summit, pass, bridge, lake, valley, wood, island, church …) and the small words after them: "y", "yr", "ar", "dan", "uwch". */
const WELSH = String.raw`(?:Pen|Pont|Bwlch|Bryn|Cwm|Coed|Llyn|Nant|Moel|Mynydd|Castell|Betws|Llan|Porth|Ynys|Afon|Rhos|Craig|Carreg|Clogwyn|Foel|Maen|Gwaun|Aber)[^\S\n]+(?:y|yr|ar|dan|uwch)`;
/**
 * Scottish Gaelic and Irish ones and theirs: "na", "nan", "nam", "an", "a'". English given names that are also
 * such words ("Ben", "Glen") take only the plural article, which English never writes ("Glen an Irish story").
 */
const GAELIC = String.raw`(?:(?:Loch|Lough|Gleann|Beinn|Sgurr|Sgùrr|Meall|Carn|Càrn|Cnoc|Creag|Druim|Allt|Rubha|Eilean|Inis|Inish|Cill|Baile|Sròn|Stob|Bealach|Coire|Tigh|Dùn)[^\S\n]+(?:na|nan|nam|an|a['’])|(?:Ben|Glen)[^\S\n]+(?:na|nan|nam))`;
const CELTIC_PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${WELSH}|${GAELIC})[^\S\n]+\p{Lu}[\p{L}'’-]*\p{Ll}(?![\p{L}'’-])`, 'gu');
/** A string test first: most articles hold none of these names. */
const ANY = new RegExp(String.raw`(?:${WELSH}|${GAELIC})[^\S\n]+\p{Lu}`, 'u');

export function withCelticPlaceNames(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  if (language !== 'en' || !ANY.test(body)) return;
  for (const m of body.matchAll(CELTIC_PLACE)) {
    // A person's name already read over the span is left as it is.
    if (mentions.some((o) => o.kind === 'person' && o.pos <= m.index && o.pos + o.name.length > m.index)) continue;
    withNameOverSpan(mentions, singles, body, { kind: 'place', name: m[0], pos: m.index, fixed: true }, m.index + m[0].length);
  }
}
