/**
 * Long lists of line patterns as few regexps as can be, and a line tried against them: the junk
 * recognizers run every list on every line of a page.
 */
import { withCompactLetters } from './letter-class.js';

/**
 * The characters of a pattern's source that shape it (neither escaped nor inside a class), each with
 * its index and the group depth it stands at (a group's own parentheses at the depth around it + 1).
 */
function* structuralChars(source: string): Generator<[index: number, char: string, depth: number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') yield [i, c, ++depth];
    else if (c === ')') yield [i, c, depth--];
    else yield [i, c, depth];
  }
}

/** The top-level alternatives of a pattern: `a|(b|c)` gives `a` and `(b|c)`. */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const [i, c, depth] of structuralChars(source)) {
    if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * Longest source of one combined regexp. V8 stops optimizing a regexp whose source passes 20 KB
 * (`kRegExpTooLargeToOptimize`): the phrase lists' anchored alternatives in one regexp of 20.6 KB
 * took 3.5 times as long per line as the same alternatives in two regexps.
 */
const MAX_COMBINED_SOURCE = 8_000;

/**
 * Alternatives as few regexps as can be, each under MAX_COMBINED_SOURCE; `wrap` makes one regexp's
 * source of some. Each branch's letters are compacted once, on their own (wrapping only adds groups
 * and bars around whole branches), and a regexp's size is the sum of its branches' wrapped sizes and
 * bars, an upper bound: this runs at start-up, once per phrase list.
 */
function chunked(branches: readonly string[], flags: string, wrap: (some: readonly string[]) => string): RegExp[] {
  const out: RegExp[] = [];
  let some: string[] = [];
  let size = 0;
  for (const b of branches.map(withCompactLetters)) {
    const bSize = wrap([b]).length + 1;
    if (some.length && size + bSize > MAX_COMBINED_SOURCE) {
      out.push(new RegExp(wrap(some), flags));
      some = [];
      size = 0;
    }
    some.push(b);
    size += bSize;
  }
  if (some.length) out.push(new RegExp(wrap(some), flags));
  return out;
}

/**
 * Patterns as few alternations as possible: per flag set, the alternatives that hold at the start of
 * a block in regexps anchored there (tried once per block), the others in regexps that scan.
 */
function combine(patterns: RegExp[]): RegExp[] {
  const out: RegExp[] = [];
  for (const flags of new Set(patterns.map((re) => re.flags))) {
    const branches = patterns.filter((re) => re.flags === flags).flatMap((re) => topLevelBranches(re.source));
    const atStart = branches.filter((b) => b.startsWith('^'));
    const anywhere = branches.filter((b) => !b.startsWith('^'));
    // Letters as a few script blocks: see letter-class.ts.
    out.push(...chunked(atStart, flags, (some) => `^(?:${some.map((b) => b.slice(1)).join('|')})`));
    // Alternatives that open on the same assertion share it, tested once per position before any of them.
    for (const [opening, rest] of byOpeningAssertion(anywhere)) {
      const lead = withCompactLetters(opening);
      out.push(...chunked(rest, flags, (some) => `${lead}(?:${some.map((b) => `(?:${b})`).join('|')})`));
    }
  }
  return out;
}

/**
 * Scanning alternatives grouped by the assertion they open on (`\b`, `(?<!\p{L})`), each given without it.
 * irregexp tries every alternative at every position of a line: `\b(?:a|b|c)` fails at once inside a
 * word, where `\ba|\bb|\bc` tries each (the strong phrases' scan took a third of the time hoisted).
 */
function byOpeningAssertion(branches: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const b of branches) {
    const opening = openingAssertion(b);
    const group = groups.get(opening) ?? [];
    if (group.length === 0) groups.set(opening, group);
    group.push(b.slice(opening.length));
  }
  return groups;
}

/** The word boundary or lookbehind a branch opens on, or '' (not when a quantifier follows it). */
function openingAssertion(branch: string): string {
  let end = 0;
  if (branch.startsWith('\\b')) end = 2;
  else if (branch.startsWith('(?<!') || branch.startsWith('(?<=')) end = openingGroupEnd(branch);
  return end > 0 && !/^[?*+{]/.test(branch.slice(end)) ? branch.slice(0, end) : '';
}

/** The index after the parenthesis that closes the group opening the source, or 0. */
function openingGroupEnd(source: string): number {
  for (const [i, c, depth] of structuralChars(source)) if (c === ')' && depth === 1) return i + 1;
  return 0;
}

/**
 * A case-insensitive pattern as a case-sensitive one over lower-cased text, where that means the same:
 * irregexp matches a long alternation several times faster without the `i` flag. Under `i` a case
 * class (\p{Lu}, \p{Ll}, \p{Lt}) matches any letter that has a case, so it becomes the three classes
 * together; a negated one (\P{Lu}, or inside `[^…]`) has no such plain form, and its pattern is left
 * alone (undefined).
 */
function lowerCased(re: RegExp): RegExp | undefined {
  if (!re.flags.includes('i') || /\\P\{L[ult]\}/u.test(re.source)) return undefined;
  let source = '';
  let inClass = false;
  let negatedClass = false;
  for (let k = 0; k < re.source.length; k++) {
    const c = re.source[k]!;
    if (c !== '\\') {
      if (c === '[' && !inClass) {
        inClass = true;
        negatedClass = re.source[k + 1] === '^';
      } else if (c === ']') inClass = false;
      source += c.toLowerCase();
      continue;
    }
    // An escape keeps its letter: \S, \b, \p{L}, \u{FE0F}, \x41.
    const next = re.source[k + 1] ?? '';
    const braced = /[pPu]/u.test(next) && re.source[k + 2] === '{' ? re.source.indexOf('}', k) : -1;
    const end = braced >= 0 ? braced : next === 'x' ? k + 3 : next === 'u' ? k + 5 : k + 1;
    const escape = re.source.slice(k, end + 1);
    if (CASE_CLASS.test(escape)) {
      if (negatedClass && inClass) return undefined;
      source += inClass ? ANY_CASED_LETTER : `[${ANY_CASED_LETTER}]`;
    } else source += escape;
    k = end;
  }
  return new RegExp(source, re.flags.replace('i', ''));
}
const CASE_CLASS = /^\\p\{L[ult]\}$/u;
/** What a case class matches under `i`, as class members. */
const ANY_CASED_LETTER = String.raw`\p{Lu}\p{Ll}\p{Lt}`;

/**
 * Whether a block matches any of the patterns, tried as few alternations as can be: the patterns that
 * allow it case-sensitively on the lower-cased block, the others as written.
 */
export function matcher(patterns: RegExp[]): (block: string) => boolean {
  const lowerable = patterns.map((re) => ({ re, lower: lowerCased(re) }));
  const lowered = combine(lowerable.flatMap((p) => (p.lower ? [p.lower] : [])));
  const asWritten = combine(lowerable.flatMap((p) => (p.lower ? [] : [p.re])));
  return (block) => {
    if (asWritten.some((re) => re.test(block))) return true;
    if (lowered.length === 0) return false;
    const lower = block.toLowerCase();
    return lowered.some((re) => re.test(lower));
  };
}
