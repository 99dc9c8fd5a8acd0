/**
 * Regions named by points of the compass that share one name: "North, South and East Ayrshire",
 * "North and South Lanarkshire", "East and West Sussex". Each point is its own region, and a point
 * alone ("North") names none.
 */
import { dropSinglesWithin, type Single } from './cues.js';
import type { Mention } from './tables.js';

const POINT = String.raw`(?:North|South|East|West|Upper|Lower|Central|Mid)`;
/** Two or more points, the last joined by "and" or "or", then the shared name. */
const SHARED_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${POINT}(?:,\s*${POINT})*)\s+(?:and|or|&)\s+(${POINT})\s+(?!${POINT}(?![\p{L}]))(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`, 'gu');

/** The regions such a list names become place mentions; the points read alone give way. */
export function withSharedCompassNames(mentions: Mention[], singles: Single[], body: string): void {
  for (const m of body.matchAll(SHARED_NAME)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const points = [...m[1]!.split(/,\s*/u), m[2]!];
    const shared = m[3]!;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const o = mentions[k]!;
      if (o.kind !== 'person' && o.pos >= start && o.pos < end && o.name !== `${m[2]} ${shared}`) mentions.splice(k, 1);
    }
    dropSinglesWithin(singles, body, start, end);
    let at = start;
    for (const point of points) {
      at = body.indexOf(point, at);
      mentions.push({ kind: 'place', name: `${point} ${shared}`, pos: at, fixed: true });
      at += point.length;
    }
  }
}
