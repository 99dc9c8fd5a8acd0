/**
 * A lone name no list knows between "the" and a common noun that only a place's name qualifies: a
 * stretch of land or water ("the Karavasta lagoon", "the Betpak-Dala steppe", "the Wyre estuary"), a
 * crossing or a junction ("the Irkeshtam crossing", "the Tore roundabout"), a landing or a port ("the
 * Parola wharf", "the Modjo dry port"), a gauge or a pump station on a river ("the Panadugama gauge", "the
 * Eikenhof pump station"), a town's named area ("the Sedarapet industrial estate", "the Bura
 * irrigation scheme") or its burial ground ("the Gwange cemetery"). Nouns a firm's or an agreement's name qualifies as often ("site", "plant",
 * "factory", "campus", "range", "terminal", "settlement") are left out: "the Lucara plant" is the
 * company's, "the Abeyta settlement" a water-rights agreement.
 */
import { precedingWord, type Single, singleAt, unlistedLoneName } from './cues.js';

const FEATURE_NOUN_AFTER = new RegExp(
  String.raw`^\s+(?:lagoon|estuary|steppe|delta|floodplains?|wetlands?|gorge|plateau|peninsula|headland|catchment|watershed|` +
    String.raw`crossing|border (?:post|crossing)|checkpoint|roundabout|interchange|wharf|jetty|dock|dry port|` +
    String.raw`gauge|gauging station|pump(?:ing)? station|weir|sluice|township|` +
    String.raw`industrial (?:estate|area|zone|park)|irrigation scheme|fish (?:market|landing)|landing site|forest reserve|nature reserve|game reserve)\b`,
  'u',
);

/** A burial ground, named for where it lies ("the Gwange cemetery"); not for whom it serves ("the Anglican cemetery"). */
const BURIAL_NOUN_AFTER = /^\s+(?:cemetery|graveyard|burial ground)\b/u;
const FAITH_ADJECTIVE = /(?:an|ic|ist|ish)$/u;

/** Whether the lone name stands between "the" and such a noun. */
export function namedBeforeFeatureNoun(body: string, s: Single): boolean {
  if (!unlistedLoneName(s)) return false;
  const at = singleAt(body, s);
  if (at === null || precedingWord(body, at) !== 'the') return false;
  const after = body.slice(at + s.word.length, at + s.word.length + 24);
  return FEATURE_NOUN_AFTER.test(after) || (BURIAL_NOUN_AFTER.test(after) && !FAITH_ADJECTIVE.test(s.word));
}
