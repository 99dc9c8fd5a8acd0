/** A short sports report and a cleaner call shared by the tests of what closes or interrupts an article. */
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';

const NOW = new Date('2026-08-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Cleans a document as the pipeline would, its format told by the key's extension. */
export const clean = (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

/** Four paragraphs of a match report, the last one short. */
export const REPORT = [
  'The Hunters beat Norths Devils 28-20 in front of a sell-out crowd at the National Football Stadium on Saturday night, their fifth win in a row in the Queensland Cup.',
  'Winger Ase Kila scored two tries in the first half, and halfback Junior Rau kicked six goals from six attempts as the home side pulled clear after the break.',
  'Coach Paul Aiton said the crowd had carried his side through a difficult ten minutes before half-time, when the Devils scored twice with a man in the sin bin.',
  'The Hunters’ next home game is against the Brisbane Tigers on July 11.',
];
