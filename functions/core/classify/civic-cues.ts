/**
 * Local public affairs as the topic model cannot see them. AG News, which the shipped model learnt
 * from, files politics under World but holds almost no local news: a council's budget, a county
 * commission's vote, a court sentencing a city inspector or a school board's decision read to it as
 * Business (budget, millions, contract) or Sci/Tech. What such stories share is breadth: they name
 * several kinds of public body, office or procedure. A science or business story may name a ministry
 * or a court once; a civic one names a council, its vote, the residents and the planning permit.
 *
 * The words are English: an article in another language is read through its cue table first (see
 * topic-cues.ts), whose civic words map onto these.
 */

/** Kinds of public body, office or procedure; the forms on one line count once. */
const CIVIC_KINDS: readonly string[] = [
  'council councils councillor councillors councilor councilors councilman councilwoman',
  'county counties',
  'municipal municipality municipalities',
  'mayor mayors',
  'borough township parish',
  'commissioners',
  'ordinance ordinances bylaw bylaws',
  'zoning',
  'residents ratepayers',
  'taxpayers',
  'legislature legislators lawmakers legislative',
  'parliament parliamentary',
  'senator senators',
  'minister ministers ministry',
  'governor',
  'election elections voters ballot referendum',
  'vote voted votes',
  'court courts',
  'judge judges',
  'jury',
  'sentenced sentencing',
  'prison jail inmates',
  'convicted guilty',
  'charged',
  'prosecutor prosecutors prosecution',
  'police officers sheriff deputies garda gardaí gardai',
  'arrested arrest',
  'firefighters',
  'evacuation evacuated',
  'emergency',
  'authorities',
  'district',
  'school schools pupils teachers',
  'inspector inspectors',
  'inquiry',
  'inquest inquests coroner coroners',
  'auditor',
  'ombudsman',
  'permit permits',
  'planning',
  'officials',
  'lawsuit',
];

const KIND_OF_WORD: ReadonlyMap<string, number> = new Map(CIVIC_KINDS.flatMap((forms, kind) => forms.split(' ').map((word) => [word, kind] as const)));

/** How many kinds of public body, office or procedure `text` names (0 to {@link CIVIC_KINDS}.length). */
export function civicBreadth(text: string): number {
  const kinds = new Set<number>();
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const kind = KIND_OF_WORD.get(word);
    if (kind !== undefined) kinds.add(kind);
  }
  return kinds.size;
}

/**
 * Kinds an article may name before it counts as civic: two are common in any story ("officials",
 * "ministry"), and a science or business story rarely names more.
 */
const ORDINARY_BREADTH = 2;
/**
 * Log-probability the general-news class gains per kind beyond {@link ORDINARY_BREADTH}: enough
 * that four more kinds outweigh a Business reading twice as likely (e^(0.5 × 4) ≈ 7.4).
 */
const GAIN_PER_KIND = 0.5;

/** What the general-news class's mean log-probability gains for an article of `breadth`. */
export function civicGain(breadth: number): number {
  return GAIN_PER_KIND * Math.max(0, breadth - ORDINARY_BREADTH);
}
