/**
 * Towns whose names hold small words: "Zell am See", "Ried im Innkreis", "Hall in Tirol", "Brandenburg
 * an der Havel", "Rothenburg ob der Tauber", "Bergen op Zoom", "Newcastle upon Tyne". The capitalised
 * runs stop at the small word and read the parts, often as a town and a region ("Hall", "Tirol"). The
 * world list knows these names whole, so a span shaped like one is read as the town where it does. A
 * body's name that the runs ended on the town's first part goes on to its end ("Bezirkshauptmannschaft
 * Zell am See").
 */
import { type Single, withNameOverSpan } from './cues.js';
import { GAZ, type Mention, norm } from './tables.js';
import { isWorldPlace } from '../world-places.js';

/** The small words inside such names, one or two of them: "am", "an der", "ob der", "aan den", "upon". */
const LINK = '(?:am|im|an|in|ob|der|den|dem|bei|unter|aan|op|upon|sur|lès|sul|nell[’\']|sull[’\'])';
/** Up to two capitalised words, the small words, and the capitalised word that closes the name. */
const LINKED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’-])(\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?)[^\S\n]+((?:${LINK}[^\S\n]+){1,2})(\p{Lu}[\p{L}'’-]*\p{Ll})(?![\p{L}'’-])`,
  'gu',
);
/** The small words, tested first on the whole body: most articles hold none between two capitals. */
const ANY_LINK = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\.?[^\S\n]+${LINK}[^\S\n]`, 'u');

/** Whether the words name a town the world list or the gazetteer knows; "St." stands for "Sankt" there. */
function knownTown(words: readonly string[]): boolean {
  const spelt = words[0] === 'St.' ? ['Sankt', ...words.slice(1)] : words;
  return isWorldPlace(spelt) || isWorldPlace(words) || GAZ.get(norm(words.join(' ')))?.kind === 'place';
}

/** The towns named with small words inside, read as places over what the runs made of their parts. */
export function withLinkedPlaceNames(mentions: Mention[], singles: Single[], body: string): void {
  if (!ANY_LINK.test(body)) return;
  for (const m of body.matchAll(LINKED_NAME)) {
    const [opening, closing] = [m[1]!, m[3]!];
    const linkWords = m[2]!.trim().split(/\s+/u);
    const end = m.index + m[0].length;
    // The name may open on the run's last word only ("Bezirkshauptmannschaft | Zell am See").
    const openings = opening.includes(' ') ? [opening, opening.slice(opening.search(/\S+$/u))] : [opening];
    const found = openings.find((o) => knownTown([...o.split(/\s+/u), ...linkWords, closing]));
    if (found === undefined) continue;
    const start = end - (found.length + m[0].length - opening.length);
    // A listed name ("Frankfurt am Main") is read, with its canonical name, by the gazetteer's phrases.
    const name = body.slice(start, end);
    if (GAZ.has(norm(name))) continue;
    const owner = mentions.find((o) => o.kind === 'org' && o.pos < start && o.pos + o.name.length > start && o.pos + o.name.length < end && body.startsWith(o.name, o.pos));
    if (owner) mentions.splice(mentions.indexOf(owner), 1);
    withNameOverSpan(mentions, singles, body, owner ? { ...owner, name: body.slice(owner.pos, end) } : { kind: 'place', name, pos: start, fixed: true }, end);
  }
}
