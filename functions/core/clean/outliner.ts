/**
 * Outliner note apps (Logseq, RemNote, Roam, Workflowy) export every block as a bullet, so a page
 * pasted into one comes out as one long list: "- # Headline", "- By …", "- First paragraph …".
 * Read as Markdown that is one list, with no heading, byline or paragraph where a cleaner looks for
 * them; read as an outline, each block is a paragraph of its own.
 */
import { isAdLabel } from './boilerplate.js';

/** A bullet, at the top or nested by tabs or pairs of spaces, and what follows it. */
const BULLET = /^(?:\t| {2})*[-*] /u;
/** A line nested under another block: indented by a tab or a pair of spaces. */
const NESTED = /^(?:\t| {2})/u;
/** Share of non-empty lines that must be bullets. */
const MIN_BULLET_SHARE = 0.8;
/** Without the app's own marks (Logseq's properties), so many bullets at least: a short list is a list. */
const MIN_BULLETS = 12;
/** … and so many of them whole paragraphs of prose (twenty words or more, ending a sentence). */
const MIN_PROSE_BULLETS = 4;
const PROSE = /^(?:\S+\s+){19}.*[.!?»"”’]$/u;

/**
 * An outline whose bullets are the paragraphs, as paragraphs; any other text as it is. `known` says
 * the file is an outliner's (Logseq's properties open it); otherwise the bullets must be nearly all
 * its lines and hold paragraphs of prose. An ad's label takes the bullets nested under it (the ad's
 * copy) with it.
 */
export function outlineAsParagraphs(md: string, known = false): string {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  const bullets = lines.filter((l) => BULLET.test(l));
  if (bullets.length < lines.length * MIN_BULLET_SHARE) return md;
  if (!known && (bullets.length < MIN_BULLETS || bullets.filter((l) => PROSE.test(l.replace(BULLET, '').trim())).length < MIN_PROSE_BULLETS)) return md;
  const out: string[] = [];
  let underAd = false;
  for (const line of lines) {
    const nested = NESTED.test(line);
    const text = line.replace(BULLET, '');
    if (!nested) underAd = isAdLabel(text.replace(/\*/g, ''));
    if (!underAd) out.push(text);
  }
  return out.join('\n\n');
}

/**
 * A page pasted under one note of an outliner ("- Sorghum study – Uganda Ledger (copied Fri 18 Sep)", then every line
 * of the page a block nested under it): the page's lines, one to a line, as a copied page's text is read; else null.
 * The note's own title is left out.
 */
export function pageUnderOneNote(md: string): string | null {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < MIN_BULLETS + 1 || !BULLET.test(lines[0]!) || NESTED.test(lines[0]!)) return null;
  const page = lines.slice(1);
  if (!page.every((l) => NESTED.test(l)) || page.filter((l) => BULLET.test(l)).length < page.length * MIN_BULLET_SHARE) return null;
  if (page.filter((l) => PROSE.test(l.replace(BULLET, '').trim())).length < MIN_PROSE_BULLETS) return null;
  return page.map((l) => l.replace(BULLET, '').trim()).join('\n');
}
