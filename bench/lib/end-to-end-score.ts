/**
 * Scores processed articles against hand-written expectations (`expected.json` in a set directory;
 * the fields are described in bench/data/e2e-dev/README.md and bench/data/e2e-holdout/README.md).
 *
 * Two rule sets, one per way the sets were first scored:
 * - `exact` (e2e-dev): text compared as is; must_contain / must_not_contain count one per article
 *   (all sentences present, none of the junk in body or title); the per-file exceptions and the
 *   acronym aliases of the set's `scoring.json`; entity recall strict and lenient (aliases).
 * - `normalized` (e2e-holdout, seeds): text compared after Unicode (NFKC), quote and whitespace
 *   normalization; `*_accept` lists; must_contain / must_not_contain count one per sentence;
 *   `author` when the expectation has it; `published` only when it has the key; `a|b` name
 *   alternatives. Entity recall strict, and lenient where the gazetteer (or the list of countries'
 *   names in other languages) gives the expected name as another language's name of what was returned: the extractor names a place or body by one
 *   canonical (English) name in every language, so "Espanha" in a Portuguese article is "Spain".
 */
import type { EntitySet } from '../../functions/core/article.js';
import countryNames from '../../functions/core/classify/data/country-names.packed.json' with { type: 'json' };
import gazetteer from '../../functions/core/classify/data/gazetteer.json' with { type: 'json' };
import { unpackText } from '../../functions/core/classify/packed.js';

export type Rules = 'exact' | 'normalized';
type Kind = keyof EntitySet;
const KINDS: readonly Kind[] = ['people', 'places', 'organizations'];

export interface ExpectedArticle {
  file: string;
  title: string;
  published?: string | null;
  author?: string | null;
  author_accept?: string[];
  topic: string;
  language: string;
  body_starts_with: string;
  body_starts_with_accept?: string[];
  body_ends_with: string;
  body_ends_with_accept?: string[];
  must_contain: string[];
  must_not_contain: string[];
  people: string[];
  places: string[];
  organizations: string[];
}

/** Per-file exceptions and aliases for the `exact` rules (bench/data/e2e-dev/scoring.json). */
export interface ExactExceptions {
  title_accept?: Record<string, string[]>;
  body_starts_with_accept?: Record<string, string[]>;
  /** Files whose expected body start may come after a dateline: found within the first 60 characters. */
  body_starts_within_60_chars?: string[];
  body_ends_with_accept?: Record<string, string[]>;
  /** Groups of normalized names counted as one by the lenient entity recall. */
  entity_aliases?: string[][];
}

/** What the pipeline produced for one file (a subset of Article), or why it failed. */
export type Outcome =
  | { title: string; published: string | null; author: string | null; body: string; topic: string; topicConfidence: number; language: string; entities: EntitySet }
  | { error: string };

export interface Tally {
  ok: number;
  total: number;
}

export const FIELDS = ['title', 'published', 'author', 'topic', 'language', 'body_start', 'body_end', 'must_contain', 'must_not_contain'] as const;
export type Field = (typeof FIELDS)[number];

export interface SetScore {
  rules: Rules;
  files: number;
  errors: number;
  /** Fields the set checks (author only where expectations give it). */
  fields: Partial<Record<Field, Tally>>;
  entities: Record<Kind | 'overall', Tally>;
  /** Overall entity recall of the English articles and of the others (strict, lenient). */
  entitiesByLanguage: Record<'english' | 'other languages', { strict: Tally; lenient: Tally }>;
  /** `exact` rules: an acronym or short form of an expected name also counts; `normalized`: another language's name of the same gazetteer entry does. */
  entitiesLenient?: Record<Kind | 'overall', Tally>;
  failures: string[];
}

// --- name and text normalization -------------------------------------------------------------

const stripMarks = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');

const EXACT_SAME: Record<string, string> = { us: 'united states', uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom' };
const NORMALIZED_SAME: Record<string, string> = { ...EXACT_SAME, usa: 'united states', 'united states of america': 'united states' };

/** `exact` rules: accents, case, a leading "The", periods and repeated spaces do not count. */
function exactName(name: string): string {
  const s = stripMarks(name).toLowerCase().trim().replace(/^the\s+/, '').replaceAll('.', '').replace(/\s+/g, ' ');
  return EXACT_SAME[s] ?? s;
}

/** `normalized` rules: the same, and a curly apostrophe is a straight one. */
function normalizedName(name: string): string {
  const s = stripMarks(name).toLowerCase().replaceAll('.', '').replaceAll('\u2019', "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
  return NORMALIZED_SAME[s] ?? s;
}

/** Normalized names of the gazetteer's places and bodies, each to its canonical entry's normalized name. */
const GAZETTEER_CANONICAL = new Map<string, string>();
// The countries' names in the other languages read come after, as the extractor enters them.
for (const line of [...gazetteer.countries, ...gazetteer.places, ...gazetteer.organizations, ...unpackText(countryNames.packed).replaceAll('~', '').split('\n')]) {
  const [canonical, ...aliases] = line.split('|').map(normalizedName);
  for (const alias of aliases) if (!GAZETTEER_CANONICAL.has(alias)) GAZETTEER_CANONICAL.set(alias, canonical!);
}
const canonicalName = (normalized: string): string => GAZETTEER_CANONICAL.get(normalized) ?? normalized;

/** `normalized` rules: NFKC, curly quotes straight, no-break spaces and runs of whitespace as one space. */
function normalizedText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replaceAll('\u00a0', ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trailing whitespace, then trailing quote marks, removed. */
const QUOTES = new Set(['"', '\u201d', '\u2019', "'"]);
function withoutClosingQuotes(s: string): string {
  let end = s.length;
  while (end > 0 && QUOTES.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

const show = (value: unknown): string => JSON.stringify(value);

// --- scoring --------------------------------------------------------------------------------

class Scorer {
  readonly fields: Partial<Record<Field, Tally>> = {};
  readonly entities = emptyEntityTallies();
  readonly entitiesLenient = emptyEntityTallies();
  readonly entitiesByLanguage: SetScore['entitiesByLanguage'] = {
    english: { strict: { ok: 0, total: 0 }, lenient: { ok: 0, total: 0 } },
    'other languages': { strict: { ok: 0, total: 0 }, lenient: { ok: 0, total: 0 } },
  };
  readonly failures: string[] = [];
  /** The language of the article being scored. */
  language = 'en';

  tally(field: Field, ok: boolean, file: string, message?: string): void {
    const t = (this.fields[field] ??= { ok: 0, total: 0 });
    t.total++;
    if (ok) t.ok++;
    else if (message !== undefined) this.failures.push(`${file}: ${field}: ${message}`);
  }

  entity(kind: Kind, ok: boolean, lenientOk = ok): void {
    const byLanguage = this.entitiesByLanguage[this.language === 'en' ? 'english' : 'other languages'];
    for (const [tally, hit] of [
      [byLanguage.strict, ok],
      [byLanguage.lenient, lenientOk],
    ] as const) {
      tally.total++;
      if (hit) tally.ok++;
    }
    for (const [tallies, hit] of [
      [this.entities, ok],
      [this.entitiesLenient, lenientOk],
    ] as const) {
      tallies[kind].total++;
      tallies.overall.total++;
      if (hit) {
        tallies[kind].ok++;
        tallies.overall.ok++;
      }
    }
  }
}

function emptyEntityTallies(): Record<Kind | 'overall', Tally> {
  return { people: { ok: 0, total: 0 }, places: { ok: 0, total: 0 }, organizations: { ok: 0, total: 0 }, overall: { ok: 0, total: 0 } };
}

function scoreExact(s: Scorer, e: ExpectedArticle, o: Exclude<Outcome, { error: string }>, x: ExactExceptions): void {
  const f = e.file;
  const body = o.body;
  s.tally('title', o.title === e.title || (x.title_accept?.[f] ?? []).includes(o.title), f, `got ${show(o.title)} want ${show(e.title)}`);
  const published = o.published ? o.published.slice(0, 10) : null;
  s.tally('published', published === (e.published ?? null), f, `got ${show(o.published)} want ${show(e.published ?? null)}`);
  s.tally('topic', o.topic === e.topic, f, `got ${o.topic} (${o.topicConfidence}) want ${e.topic}`);
  s.tally('language', o.language === e.language, f, `got ${o.language} want ${e.language}`);
  const startOk =
    body.startsWith(e.body_starts_with) ||
    (x.body_starts_with_accept?.[f] ?? []).some((start) => body.startsWith(start)) ||
    ((x.body_starts_within_60_chars ?? []).includes(f) && body.indexOf(e.body_starts_with) >= 0 && body.indexOf(e.body_starts_with) <= 60);
  s.tally('body_start', startOk, f, `got ${show(body.slice(0, 140))} want ${show(e.body_starts_with)}`);
  const endOk =
    withoutClosingQuotes(body.trimEnd()).endsWith(withoutClosingQuotes(e.body_ends_with)) ||
    (x.body_ends_with_accept?.[f] ?? []).some((end) => body.trimEnd().endsWith(end));
  s.tally('body_end', endOk, f, `got ...${show(body.slice(-140))} want ${show(e.body_ends_with)}`);
  const missing = e.must_contain.filter((sentence) => !body.includes(sentence));
  s.tally('must_contain', missing.length === 0, f, `missing ${show(missing)}`);
  const present = e.must_not_contain.filter((junk) => body.includes(junk) || o.title.includes(junk));
  s.tally('must_not_contain', present.length === 0, f, `present ${show(present)}`);
  const aliases = x.entity_aliases ?? [];
  const same = (a: string, b: string): boolean => a === b || aliases.some((group) => group.includes(a) && group.includes(b));
  for (const kind of KINDS) {
    const got = o.entities[kind].map(exactName);
    const missed: string[] = [];
    for (const name of e[kind]) {
      const n = exactName(name);
      const hit = got.includes(n);
      const lenientHit = got.some((g) => same(n, g));
      s.entity(kind, hit, lenientHit);
      if (!hit) missed.push(name + (lenientHit ? ' (lenient hit)' : ''));
    }
    if (missed.length) s.failures.push(`${f}: ${kind}: missing ${show(missed)}; got ${show(o.entities[kind])}`);
  }
}

function scoreNormalized(s: Scorer, e: ExpectedArticle, o: Exclude<Outcome, { error: string }>): void {
  const f = e.file;
  s.tally('title', normalizedText(o.title) === normalizedText(e.title), f, `got ${show(o.title)} want ${show(e.title)}`);
  if ('published' in e) {
    const want = e.published ?? null;
    const ok = o.published === null || want === null ? o.published === want : o.published.slice(0, 10) === want;
    s.tally('published', ok, f, `got ${show(o.published)} want ${show(want)}`);
  }
  if ('author' in e) {
    const want = e.author ?? null;
    const accept = want === null ? [null] : [want, ...(e.author_accept ?? [])];
    const got = o.author;
    const ok = accept.some((a) => (got === null || a === null ? got === a : normalizedName(got) === normalizedName(a)));
    s.tally('author', ok, f, `got ${show(got)} want ${show(want)}`);
  }
  s.tally('topic', o.topic === e.topic, f, `got ${o.topic} (${o.topicConfidence}) want ${e.topic}`);
  s.tally('language', o.language === e.language, f, `got ${o.language} want ${e.language}`);
  const body = normalizedText(o.body);
  const starts = [e.body_starts_with, ...(e.body_starts_with_accept ?? [])];
  s.tally('body_start', starts.some((start) => body.startsWith(normalizedText(start))), f, `got ${show(body.slice(0, 140))} want ${show(e.body_starts_with)}`);
  const ends = [e.body_ends_with, ...(e.body_ends_with_accept ?? [])];
  s.tally('body_end', ends.some((end) => body.endsWith(normalizedText(end))), f, `got ...${show(body.slice(-140))} want ${show(e.body_ends_with)}`);
  for (const sentence of e.must_contain) s.tally('must_contain', body.includes(normalizedText(sentence)), f, `missing ${show(sentence)}`);
  for (const junk of e.must_not_contain) s.tally('must_not_contain', !body.includes(normalizedText(junk)), f, `present ${show(junk)}`);
  const anyKind = new Set(KINDS.flatMap((kind) => o.entities[kind].map(normalizedName)));
  for (const kind of KINDS) {
    const got = new Set(o.entities[kind].map(normalizedName));
    const gotCanonical = new Set([...got].map(canonicalName));
    const missed: string[] = [];
    for (const entry of e[kind]) {
      const alternatives = entry.split('|').map(normalizedName);
      const hit = alternatives.some((a) => got.has(a));
      const aliasHit = hit || alternatives.some((a) => gotCanonical.has(canonicalName(a)));
      s.entity(kind, hit, aliasHit);
      if (!hit) missed.push(entry + (aliasHit ? ' (lenient hit)' : alternatives.some((a) => anyKind.has(a)) ? ' (found under another kind)' : ''));
    }
    if (missed.length) s.failures.push(`${f}: ${kind}: missing ${show(missed)}; got ${show(o.entities[kind])}`);
  }
}

/** A file that failed to process fails every check it would have had (and passes must_not_contain). */
function scoreError(s: Scorer, e: ExpectedArticle, rules: Rules, error: string): void {
  s.failures.push(`${e.file}: NO RESULT: ${error}`);
  for (const field of ['title', 'published', 'author', 'topic', 'language', 'body_start', 'body_end'] as const) {
    if (field === 'author' && !('author' in e)) continue;
    if (field === 'published' && rules === 'normalized' && !('published' in e)) continue;
    s.tally(field, false, e.file);
  }
  if (rules === 'exact') {
    s.tally('must_contain', false, e.file);
    s.tally('must_not_contain', true, e.file);
  } else {
    for (let i = 0; i < e.must_contain.length; i++) s.tally('must_contain', false, e.file);
    for (let i = 0; i < e.must_not_contain.length; i++) s.tally('must_not_contain', true, e.file);
  }
  for (const kind of KINDS) for (let i = 0; i < e[kind].length; i++) s.entity(kind, false);
}

export function scoreSet(expected: readonly ExpectedArticle[], outcomes: ReadonlyMap<string, Outcome>, rules: Rules, exceptions: ExactExceptions = {}): SetScore {
  const s = new Scorer();
  let errors = 0;
  for (const e of expected) {
    const o = outcomes.get(e.file) ?? { error: 'not processed' };
    s.language = e.language;
    if ('error' in o) {
      errors++;
      scoreError(s, e, rules, o.error);
    } else if (rules === 'exact') scoreExact(s, e, o, exceptions);
    else scoreNormalized(s, e, o);
  }
  const score: SetScore = { rules, files: expected.length, errors, fields: {}, entities: s.entities, entitiesByLanguage: s.entitiesByLanguage, failures: s.failures };
  for (const field of FIELDS) if (s.fields[field]) score.fields[field] = s.fields[field];
  score.entitiesLenient = s.entitiesLenient;
  return score;
}
