/**
 * The match facts under a sports report: the score with its scorers, the team sheets, the officials
 * and the crowd ("HUNTERS 28 (A Kila 2, W Gari tries; J Rau 6 goals) d NORTHS DEVILS 20", "KÍ:
 * Højgaard; Jacobsen, á Lakjuni, …", "Bazen u Gružu. Gledatelja: 2100. Suci: Kovač (Split)"). They
 * close the article in every language, and none of them is a sentence, which is how they are told
 * from its last paragraph whatever labels the site uses.
 */

/** A paragraph with at least this share of lower-case words is prose. */
const PROSE_LOWER_SHARE = 0.35;
/** Or with a run of this many lower-case words: "of the match" is a label, "next home game is against" prose. */
const PROSE_LOWER_RUN = 4;
/** The paragraphs that must stay before the facts: the report itself. */
const MIN_REPORT_PARAGRAPHS = 3;
/** Longest heading over the facts ("KAMPFAKTA", "Match facts", "Scorecard"). */
const MAX_HEADING_WORDS = 3;

/** A result: two scores ("12:10", "3-1 (0-1)", "2–1"), a cricket innings ("182/6 (20 ov)", "167/7 in 20 overs") or a side's total before the word for "beat" ("MUDGEE 26 (…) d DUBBO 18"). */
const SCORE = /(?<![\d.:/-])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.:/-]|\s?(?:[aApP]\.?[mM]\b|h\b|Uhr\b))|\d{1,3}\/\d{1,2}\s(?:\(|in\s)\d{1,2}(?:\.\d)?\s?ov|\p{Lu}{2,}\s\d{1,3}\b.{0,120}?\s(?:d|def\.?|bt|beat)\s+(?:\*\*)?\p{Lu}{2,}[\p{Lu}\s]*\d{1,3}\b|^\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)*\s\d{1,3}\s\([^)]{2,80}\)\s\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)*\s\d{1,3}\b/u;

/** A player's rounds or heats, three numbers or more after the name ("S Keaveney (Ballina) 68 70 74 70", "Crilly 70 71 71 68*"). */
const SCORE_ROW = /[\p{L})]\s+\d{1,3}\*?(?:\s+\d{1,3}\*?){2,}(?![\d,.]\d)/u;

/** Fewest names in a side's sheet without a label: a full side. */
const MIN_UNLABELLED_SHEET_NAMES = 10;

/** A side's sheet: a label, then names parted by commas, semicolons or dashes ("KÍ: Højgaard; Jacobsen, á Lakjuni, Joensen, …"). */
function isSheet(text: string): boolean {
  // ("84 - Baskonia (25+20+18+21) | Ugarte (14), Fontecha (10), …": a bar may stand for the colon.)
  const m = /^[^:|]{1,40}(?::|\s\|)\s+(.+)$/u.exec(text);
  // A side's eleven without a label: names parted by semicolons and commas ("Franco Sosa; Iván
  // Medina, Nahuel Correa, …; Ezequiel Quiroga, …").
  const unlabelled = !m && text.includes(';') ? text : undefined;
  if (!m && !unlabelled) return false;
  // (Both sides may share the paragraph, parted by a bar, each with its coach: "… Joaquín Paz. DT: Gustavo Lucero | Matías Ojeda; …".)
  const items = (m?.[1] ?? unlabelled!).split(unlabelled ? /\s*[,;|]\s*|\.\s+|\s[–—-]\s/u : /\s*[,;]\s*|\s[–—-]\s/u).filter(Boolean);
  if (items.length < (unlabelled ? MIN_UNLABELLED_SHEET_NAMES : 6)) return false;
  if (unlabelled && items.some((i) => i.split(/\s+/).length > 4)) return false;
  return items.filter((i) => /^(?:\p{Ll}{1,3}\s)?\p{Lu}/u.test(i)).length >= items.length * 0.8;
}

/** An official or the crowd after a label, in any language ("Referee: Chris Sutton.", "Tilskuere: 7.412.", "yleisöä 2 418"). */
const FIELD = /(?:^|[.;]\s+)\p{L}[\p{L} ]{2,24}:\s+(?:\p{Lu}|\d)/u;

/**
 * Words of a paragraph, as letters only: a bracket, a comma or a dash closes a word but not a run. A
 * single letter is left out: an initial, or the "d" of "MUDGEE 26 d DUBBO 18".
 */
function letterWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((w) => /^\p{L}./u.test(w));
}

/** Whether a paragraph reads as a sentence: enough lower-case words, or a run of them. */
function readsAsSentence(text: string): boolean {
  const words = letterWords(text);
  if (words.length === 0) return false;
  let lower = 0;
  let run = 0;
  for (const w of words) {
    if (/^\p{Ll}/u.test(w)) {
      lower++;
      run++;
      if (run >= PROSE_LOWER_RUN) return true;
    } else run = 0;
  }
  return lower >= words.length * PROSE_LOWER_SHARE;
}

/**
 * A field of the facts by its label, whatever its value says ("Incidencias: Partido de la jornada 27
 * … ante 10.412 espectadores.", "Attendance: a crowd of 3,000 braved the rain").
 */
const FACTS_LABELS = String.raw`incidencias|incidents|árbitros?|arbitri|arbitro|referees?|umpires?|officials|attendance|crowd|spettatori|espectadores|público|zuschauer|schiedsrichter|tilskuere|publiek|scheidsrechters?|sędzi(?:a|owie)|widzów|rozhodčí|diváci|divákov`;
const FACTS_FIELD = new RegExp(String.raw`^(?:${FACTS_LABELS})\s*:`, 'iu');
/** The result told in a short sentence, then the officials: "Harrogate won by four wickets. Umpires: G Thwaite and R Dacre." */
const RESULT_THEN_FIELD = new RegExp(String.raw`^[^.!?]{3,80}[.!?]\s+(?:${FACTS_LABELS})\s*:\s+\S[^.!?]{0,80}\.?$`, 'iu');
/** The match's best player, named only in its facts: "Player of the final: Diskit Angmo (Ladakh)", "Man of the match: …". */
const BEST_PLAYER = /^(?:(?:player|man|woman) of the (?:match|final|game|series|tournament)|mvp|jugador del partido|giocatore del match|homme du match|spieler des spiels)\s*:/iu;
/** Three cells or more parted by bars, none long: a table's row as text. */
const TABLE_ROW = /^[^|]{1,40}(?:\s\|\s[^|]{1,40}){2,}$/u;
/** A heading over a results table: "Uitslag NK sprint vrouwen", "Results – men's 500 m". */
const RESULTS_HEADING = /^(?:results?|standings|uitslag(?:en)?|klassement|ergebnisse?|résultats?|classement|resultados?|clasificación|classifica|risultati|wyniki|klasyfikacja|výsledky|tulokset|resultat(?:er)?)\b/iu;
/** Most words of such a heading. */
const MAX_RESULTS_HEADING_WORDS = 6;
/** A bar standing for a label's colon ("Árbitros | Javier Peñalver, …"). */
const LABEL_BAR = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s\|\s/u;
/** A score in brackets after each try or goal of a scoring sequence ("(7-0); … (7-7); … (10-10)"). */
const RUNNING_SCORE = /\(\d{1,3}\s?[-–]\s?\d{1,3}\)/gu;
/** Fewest running scores that make a paragraph the scoring sequence, whatever else it reads as. */
const MIN_RUNNING_SCORES = 3;

/** The facts' own heading opening their paragraph. */
const FACTS_HEADING_RUN_IN = /^(?:match facts|match details|the teams|teams|ficha técnica|fiche technique|tabellino|spieldaten|kampfakta)\s*:\s+/iu;

/** A scorecard's label opening its paragraph. */
const SCORES_LABEL = /^(?:brief |summarised |summarized |short )?(?:scores?|scorecard|results?)(?: in brief| in short)?\s*:/i;

/** A label inside a run of fields ("Ammoniti: …", "Umpires: …", "Nadroga – tries: …; conversions: …", "… | Expulsado: …"). */
const FIELD_LABEL = /(?:^|[.;–—)|]\s+)\p{L}[\p{L}' ]{1,24}:\s+\S/gu;
/** Fewest labels that make a paragraph a list of fields, whatever its values say ("Result: Knight Riders won by seven wickets."). */
const MIN_FIELD_LABELS = 2;

/** Whether a paragraph is one of the facts: not prose (or a run of labelled fields), and a score, a sheet or a labelled field. */
function factsKind(text: string): 'result' | 'detail' | null {
  // "Match facts: Newcastle Jets 3 (Moreno pen 43, …) Central Coast Mariners 2 (…). Crowd: 14,380.": the heading run in.
  const t = text.replace(/\*\*|__/g, '').trim().replace(FACTS_HEADING_RUN_IN, '').replace(LABEL_BAR, '$1: ');
  if (FACTS_FIELD.test(t) || RESULT_THEN_FIELD.test(t)) return 'detail';
  // A results table's row, flattened: "1 | Femke Hoekstra | 151,870" (a place, then the rest), or its header.
  if (TABLE_ROW.test(t) && !readsAsSentence(t)) return /^\d{1,3}\.?\s*\|/u.test(t) ? 'result' : 'detail';
  if (BEST_PLAYER.test(t)) return 'result';
  if ((t.match(RUNNING_SCORE)?.length ?? 0) >= MIN_RUNNING_SCORES) return 'result';
  // "Brief scores: Sudurpaschim Royals 167/7 in 20 overs (…); … Janakpur won by six wickets.": a
  // scorecard under its label, whatever words its result is told in.
  if (SCORES_LABEL.test(t) && SCORE.test(t)) return 'result';
  if (readsAsSentence(t) && (t.match(FIELD_LABEL)?.length ?? 0) < MIN_FIELD_LABELS) return null;
  if (SCORE.test(t) || SCORE_ROW.test(t) || isSheet(t)) return 'result';
  if (FIELD.test(t) || (t.match(/\d+/g)?.length ?? 0) >= 2) return 'detail';
  return null;
}

/** A short heading over the facts: a few words, no sentence. */
function isFactsHeading(text: string): boolean {
  const t = text.replace(/\*\*|__|^#+\s*/g, '').trim();
  // "Ficha técnica", "Match facts": a capitalised label of a few words, however many of them are in lower case.
  const words = t.split(/\s+/).length;
  return (words <= MAX_HEADING_WORDS || (words <= MAX_RESULTS_HEADING_WORDS && RESULTS_HEADING.test(t))) && !/[.!?]$/.test(t) && (/^\p{Lu}/u.test(t) || !readsAsSentence(t)) && /\p{L}/u.test(t);
}

/**
 * How many closing paragraphs are a match's facts: a run of them with a result or a side's sheet
 * among them (and the heading over them), after a report of at least three paragraphs.
 */
export function trailingMatchFacts(paragraphs: readonly string[]): number {
  let start = paragraphs.length;
  let results = 0;
  while (start > MIN_REPORT_PARAGRAPHS) {
    const kind = factsKind(paragraphs[start - 1]!);
    if (!kind) break;
    if (kind === 'result') results++;
    start--;
  }
  if (results === 0) return 0;
  if (start > MIN_REPORT_PARAGRAPHS && isFactsHeading(paragraphs[start - 1]!)) start--;
  return paragraphs.length - start;
}
