/**
 * Roads named by their number: "the A713 between Castle Douglas and Ayr", "på E6", "la A-2",
 * "l'A63", "na BR-386", "la RD 1006", "riksväg 62". A letter-and-number code is a road only where the
 * sentence says so: a road's noun before it, or (outside English) the article or preposition a road
 * takes; in English "the" with a road's word after it, or "on", "along" or "off" before "the". Aircraft
 * types ("the A320", "a C-17"), groups ("the G7"), chips and consoles ("the M2 chip", "the PS5") share
 * the shape and are left alone.
 */
import { type Single, withNameOverSpan } from './cues.js';
import type { Mention } from './tables.js';

/** The codes: "A713", "E6", "A-2", "EX-205", "BR-386", and those written with a space ("RD 1006", "FM 1660", "DN 17"). */
const ROAD_CODE = /(?<![\p{L}\p{N}-])((?:FM|RD|RN|DN|SH|SS|SP|SR|CR)\s\d{1,4}|[A-Z]{1,3}-?\d{1,4})(?![\p{L}\p{N}]|-\p{L}|[.,]\d)/gu;
/** A road's noun in the languages read, right before the code ("highway 2" is read elsewhere). */
const ROAD_NOUN_BEFORE = /(?:^|[^\p{L}])(?:road|motorway|autoroute|autostrada|statale|autopista|autovía|autovia|carretera|rodovia|estrada|snelweg|autosnelweg|autobahn|bundesstraße|bundesstrasse|droga|drogi|drodze|drogą|trasie|autocesta|autocesti|autoceste|drumul|drumului|riksväg|riksvägen|riksvei|europavei|europaväg|fylkesvei|dálnici|dálnice|silnici|silnice|diaľnici|diaľnica)\s+$/iu;
/** Outside English, the article or preposition a road's number takes: "la A-2", "l'A9", "sulla A14", "na BR-386", "på E6". */
const ROAD_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:l['’]|la|sur la|de la|par la|sulla|dalla|della|na|pela|da|på|langs|ved|auf der|pe|por la|en la)\s*$/iu;
/** In English, what may follow "the" and a road's number: "the A713 between …", "the M6 northbound", "the A96 near Elgin". */
const ENGLISH_ROAD_AFTER = /^\s+(?:road|motorway|trunk road|dual carriageway|carriageway|corridor|bypass|between|near|northbound|southbound|eastbound|westbound|at junction|through|towards|from|into)\b/u;
/** "the" right before a road's number, in English. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
/** What a vehicle or a traveller does on a road, before "the" and its number: "60 lorries a day on the A585", "along the B4520". */
const ALONG_THE_BEFORE = /(?:^|[^\p{L}])(?:on|along|off|onto|via)\s+the\s+$/iu;
/** The plural that names two road numbers before it: "the B8 and B1 roads". */
const ROADS_PLURAL_AFTER = /^\s+(?:roads|highways|motorways)\b/u;
/** "the B8 and B1 roads": the second number and the plural after the first. */
const PAIRED_ROADS_AFTER = /^\s+(?:and|or)\s+[A-Z]{1,3}-?\d{1,4}\s+(?:roads|highways|motorways)\b/u;
/** … and the first number and "and" before the second. */
const PAIRED_ROADS_BEFORE = /(?:^|[^\p{L}])the\s+[A-Z]{1,3}-?\d{1,4}\s+(?:and|or)\s+$/u;
/** After an article alone, a train's, a tram's or a metro's line ("la R3", "la L9") or Brazil's exchange ("na B3"), not a road. */
const LINES = /^[BLMRSTU]\d{1,2}$/u;
/** Codes of aircraft, groups and other things shaped like a road's number. */
const NOT_ROADS = /^(?:A(?:220|300|310|318|319|320|321|330|340|350|380)|G\d+|F-?\d+|B-\d+|C-\d{3}|KC-\d+|MH\d+|COP\d+|PS\d|GPT-?\d+)$/u;
/** A thing the code names after it, not a road: "on the M2 chip", "the K1 neural processing unit", "on the A400 transport aircraft". */
const THING_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}(?:chips?|processors?|units?|models?|consoles?|aircraft|jets?|planes?|airliners?|helicopters?|tanks?|rifles?|engines?|variants?|versions?|phones?|summit|group|meeting)\b/u;

/** Road numbers the article names as roads: where each is written. */
function roadNumbers(body: string, language: string | undefined): { start: number; end: number }[] {
  // A string test before any pattern: most articles hold no digit after a capital.
  if (!/[A-Z]-?\s?\d/u.test(body)) return [];
  const english = language === undefined || language === 'en';
  const codes: { code: string; start: number; end: number }[] = [];
  const roads = new Set<string>();
  const things = new Set<string>();
  for (const m of body.matchAll(ROAD_CODE)) {
    const code = m[1]!;
    if (NOT_ROADS.test(code.replace(/\s/gu, ''))) continue;
    const start = m.index;
    const before = body.slice(Math.max(0, start - 24), start);
    const after = body.slice(start + code.length, start + code.length + 24);
    const road =
      ROAD_NOUN_BEFORE.test(before) ||
      // "the B8 and B1 roads": two numbers the plural names.
      (english && PAIRED_ROADS_AFTER.test(after) && THE_BEFORE.test(before)) ||
      (english && PAIRED_ROADS_BEFORE.test(before) && ROADS_PLURAL_AFTER.test(after)) ||
      (!english && !LINES.test(code) && ROAD_ARTICLE_BEFORE.test(before)) ||
      (english && THE_BEFORE.test(before) && ENGLISH_ROAD_AFTER.test(after)) ||
      (english && ALONG_THE_BEFORE.test(before));
    if (road) roads.add(code);
    // A code the article names as a chip, a console or an aircraft anywhere is none of its roads ("to run on the K1").
    if (english && THING_AFTER.test(after)) things.add(code);
    codes.push({ code, start, end: start + code.length });
  }
  // A number the article names as a road once is the road wherever it stands ("the A585 was …").
  return codes.filter(({ code }) => roads.has(code) && !things.has(code));
}

/** The road numbers become places; a single word read inside one gives way. */
export function withRoadNumbers(mentions: Mention[], singles: Single[], body: string, language: string | undefined): void {
  for (const { start, end } of roadNumbers(body, language)) withNameOverSpan(mentions, singles, body, { kind: 'place', name: body.slice(start, end), pos: start, fixed: true }, end);
}
