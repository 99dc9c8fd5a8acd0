/** A plain-text page's metadata: the publication date, the writer and the source, from the lines around the body. */
import { detectLanguage } from '../classify/language.js';
import { NOT_PUBLISHED_RE, PUBLISHED_WORDS, findDates, publishedPart, type DateOptions } from './dates.js';
import { READING_TIME } from './boilerplate.js';
import { isShortSentence } from './lines.js';
import { bareName, capitalsSigned, correspondentSigned, namesInPlaces } from './byline.js';
import { GIVEN_NAMES, norm } from '../classify/entities/tables.js';
import { hasCommentCount, metaParts, withoutCommentCount } from './text-utils.js';
import { normalizeKey, type Unit } from './text-units.js';
import { AGENCY_RE, ARTICLE_WORD_RE, BYLINE_RE, bylineInMetaFields, bylineLineAuthors, EMAIL_LINE, EMAIL_LINK_LINE, HANDLE_AFTER_RE, isJobLine, nameAndSource, nameBesideTown, namePrintedTwice, PUBLICATION_WORD_RE, SHARED_CREDIT_RE, sourceFromRest, writerOnLine, writerWithJob } from './text-byline.js';
import { dateLine, dateLineWithin, labelledPublicationDate, PUBLISHED_LABEL_RE } from './text-dates.js';

/** A relative time: "2 hours ago", "5 mins ago". */
const RELATIVE_TIME_RE = /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/i;
/** Lines read under the story for its publication date. */
const MAX_TAIL_DATE_LINES = 6;
/** A word that says a date is the story's: "Posted", "Published", "Publié". */
const PUBLISHED_WORD_RE = new RegExp(String.raw`(?<![\p{L}])(?:posted|${PUBLISHED_WORDS.join('|')})(?![\p{L}])`, 'iu');
/** Parts of a row of credits beside the date that are read for the writer's ("Desk · City | By NAME"). */
const MAX_CREDIT_PARTS = 4;

/** Where the body lies, for reading the metadata around it. */
export interface BodySpan {
  bodyStart: number;
  bodyEnd: number;
  /** The closing marker's unit, or the unit count. */
  end: number;
  /** The headline, normalized, or '' when there is none. */
  titleKey: string;
}

/** A reading time alone on its line: "5–7 minutes", "4 min read". */
const READING_ESTIMATE = /^\d+(?:\s*[–-]\s*\d+)?\s*(?:min|mins|minutes?|minuten|minutos|minuti)\b.{0,12}$/i;
/** Lines under a headline and its date that may hold the writer's name over their job. */
const MAX_HEADER_LINES = 6;

/** One word alone on its line, capitalised or in capitals: the city filed from, or a one-word job ("Wirtschaftsredakteurin"). */
const LONE_WORD_LINE = /^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})$/u;

/**
 * The publication date, the writer and the source: from the lines above the body (and its top), the
 * first lines of the body, a dated line under it and a sign-off under the last paragraph.
 */
/** A photographer's job alone on its line, under their name in a header of credits. */
const PHOTOGRAPHER_JOB = /^(?:photographer|photos?|fotograf(?:in|o|a|e)?|fotógraf[oa]|photographe|valokuvaaja|kuvaaja|fotoreporter(?:ka)?|φωτογράφος|фотограф)$/iu;

/** A date badge's day alone on its line, and its month and year on the next ("28" / "Jun 2026"). */
const BADGE_DAY = /^(?:0?[1-9]|[12]\d|3[01])$/u;
const BADGE_MONTH_YEAR = /^\p{L}{3,10}\.?\s+\d{4}$/u;

/** Most words of a section's kicker between a byline and the headline ("SPORT", "RURAL BUSINESS"). */
const MAX_KICKER_WORDS = 3;

export function readMeta(units: readonly Unit[], span: BodySpan, dopts: DateOptions): { published: string | null; author: string | null; source: string | null } {
  const { bodyStart, bodyEnd, end, titleKey } = span;
  let published: string | null = null;
  let author: string | null = null;
  let source: string | null = null;
  let updatedOnly: string | null = null;
  let updatedAt: number | undefined;
  const metaEnd = bodyStart >= 0 ? bodyStart : Math.min(units.length, 12);
  // The headline's line, or the breadcrumb trail the headline was glued onto (after a space, or onto
  // the section's name without one: "CourtsSupreme Court orders …").
  const holdsHeadline = (text: string): boolean => normalizeKey(text).endsWith(titleKey);
  const headlineAt = titleKey ? units.findIndex((t, k) => k < metaEnd && holdsHeadline(t.text)) : -1;
  // The date printed alone above the headline, often the day the page was saved ("Thursday, 04
  // December 2025" over the masthead): the story's own date under the headline wins over it.
  let dateAboveHeadline: string | null = null;
  let besideMastheadDate: string | null = null;
  for (let i = 0; i < metaEnd; i++) {
    const u = units[i]!;
    const part = publishedPart(u.text);
    if (part === null) {
      // "UPDATED: August 12, 2025 at 6:58 PM MDT" and no other date: the story is no younger than that.
      const updated = dateLine(u.text, dopts);
      updatedOnly ??= updated?.iso ?? null;
      if (updated) updatedAt ??= i;
      // "Shreya Bhattacharjee | New Delhi | Updated: 18 Sep 2025": the writer opens the line.
      const lead = metaParts(u.text)[0]!;
      if (!author && updated && lead !== u.text && bareName(lead) && !PUBLICATION_WORD_RE.test(lead)) author = lead;
      // "Reported by Nandini Ravichandran; edited by Arjun Mehrotra": an editor's credit is no update, and the line is a byline.
      if (!author && !updated) author = bylineLineAuthors(u.text);
      continue;
    }
    // "Posted by Jake Millard on November 14, 2025 at 11:58 PM ET · Men's Hoops": the date inside a byline.
    // "Words by Lerato Khumalo | Photographs by Sipho Nkosi | 7 November 2025": after the separators.
    const byline = BYLINE_RE.exec(part);
    const bylineTail = byline?.[3] ?? byline?.[2];
    // "Written by Fraser Plateau News staff on 28 October 2026 in Environment": an entry meta line's date.
    // "Jake Lindgren September 12, 2026 4 Comments": a theme's comment count is no part of the date or the name.
    const d = dateLine(withoutCommentCount(part), dopts) ?? (bylineTail ? metaParts(bylineTail).map((p) => dateLine(p, dopts)).find((x) => x !== null) ?? null : null) ?? entryMetaDate(part, dopts);
    if (d && !published) {
      // Alone or beside the masthead's motto ("Nigeria's newspaper of record | Saturday, February 7, 2026"),
      // not in a byline or after "Posted".
      // (A comment count makes it the post's own line: "Laurent Bézille | jeudi 12 février 2026, 06:30 | 4 commentaires".)
      const pageDate = withoutCommentCount(part) === part && (!/\p{L}/u.test(d.rest) || (!BYLINE_RE.test(part) && !PUBLISHED_WORD_RE.test(part) && bylineLineAuthors(part) === null));
      const masthead = i < headlineAt && pageDate;
      if (masthead) dateAboveHeadline ??= d.iso;
      else published = d.iso;
      const authorBefore: string | null = author;
      // The byline without "By" sits on the date line ("Sarah Lindqvist | Riverton Gazette | March 5,
      // 2024") or just above or below it.
      // "Posted on November 3, 2026 by Alan Brooks": the byline after the date.
      author ??= bylineLineAuthors(d.rest.replace(/^[\s|–—•·,-]+/, '').replace(/^da\s+(?=\p{Lu})/u, 'di '));
      // A theme's meta row: "15. september 2026/1 komentar/v Znanost/avtor Maja Rednak".
      author ??= bylineInMetaFields(d.rest);
      // "Divya Ramanathan November 4, 2026 4 min read": the reading time beside the name is no part of it
      // (the date's reader has taken its number already).
      const alone = d.rest.replace(READING_TIME, ' ').replace(READ_TIME_LEFT, ' ').replace(/^[\s|–—•·,-]+|[\s|–—•·,-]+$/g, '');
      const onLine: { author: string; source: string | null } | null = author ? null : nameAndSource(alone);
      if (onLine) [author, source] = [onLine.author, source ?? onLine.source];
      // "Maya Goldberg | May 22, 2025": a person's name alone beside the date is the byline;
      // "Noa Ben-Ami · Science & Space · 6 Aug 2025": or first among the desk and the date.
      const firstPart = metaParts(alone)[0]!;
      if (!author && bareName(alone) && !PUBLICATION_WORD_RE.test(alone) && !ARTICLE_WORD_RE.test(alone)) author = alone;
      else if (!author && firstPart !== alone && bareName(firstPart) && !PUBLICATION_WORD_RE.test(firstPart) && !ARTICLE_WORD_RE.test(firstPart)) author = firstPart;
      else if (!author || !BYLINE_RE.test(d.rest.trim())) source ??= sourceFromRest(d.rest);
      // The byline is next to the date line, or next but one with the headline between them.
      // A job alone on its line ("Local Democracy Reporter") sits between the name and the date.
      // So does one word alone, the city filed from ("Meera Nambiar | CT News Service" / "Hyderabad" / the date).
      const near = [i - 1, i + 1].map((k) => {
        const t = units[k]?.text;
        // "Eirik Aune" / "Journalist" / "Marte Lien Hoff" / "Fotograf" / the date: the photographer's name
        // and job are stepped over to the writer's.
        if (k === i - 1 && t !== undefined && PHOTOGRAPHER_JOB.test(t.trim()) && k - 2 >= 0 && isJobLine(units[k - 2]!.text)) return k - 3;
        return t !== undefined && (normalizeKey(t) === titleKey || isJobLine(t) || LONE_WORD_LINE.test(t) || EMAIL_LINK_LINE.test(t.trim())) ? k + (k - i) : k;
      });
      for (const text of near.map((k) => (k >= 0 && k < metaEnd ? units[k]?.text : undefined))) {
        const pair: { author: string; source: string | null } | null = text && !author ? nameAndSource(text) : null;
        if (pair) {
          author = pair.author;
          source ??= pair.source;
        }
        // "Reported By: NAME | Edited By: NAME": the first credit of a row of them, wherever the row
        // puts it ("Sports Desk · Suva | Reporting: NAME").
        if (text && !author) author = metaParts(text).slice(0, MAX_CREDIT_PARTS).map(bylineLineAuthors).find((name) => name !== null) ?? null;
      }
      // A name alone on the line above or below the date ("Anna Zielińska" / "21 listopada 2026"),
      // under the headline: above it a short capitalised line is a section ("Middle East").
      for (const k of near) {
        const v = k > headlineAt && headlineAt >= 0 && k < metaEnd ? units[k] : undefined;
        // "Sofia Carvalho (com Lusa)": the agency credited beside the writer.
        // "Hallur Joensen (@hallurjoensen)": the handle beside the writer.
        const named = v ? v.text.replace(SHARED_CREDIT_RE, '').replace(HANDLE_AFTER_RE, '') : '';
        if (!author && v && !v.junk && bareName(named) && normalizeKey(v.text) !== titleKey) {
          // "Renee Castellano" / "Akron Summit Ledger" / the date: the writer, then the paper.
          const above = k === i - 1 && k - 1 > headlineAt ? units[k - 1] : undefined;
          const writerAbove = above !== undefined && !above.junk && !above.blankAfter && bareName(above.text) && normalizeKey(above.text) !== titleKey;
          author = writerAbove ? above.text : named;
        }
        // "Claire Lemaire in Paris and Erik Lund in Stockholm": the writers and where they file from.
        if (!author && v && !v.junk) author = namesInPlaces(v.text);
      }
      // "Thursday, January 11, 2018 | New Delhi" over the masthead: the name beside the page's date is
      // the edition's city as often as a writer, so a byline anywhere else comes first.
      // A masthead's bar of three items or more ("San Salvador de Jujuy | Jueves 10 de diciembre | Dólar
      // BNA: …") names the edition's city, never a writer.
      if (masthead && author !== authorBefore) {
        if (metaParts(u.text).length < 3) besideMastheadDate ??= author;
        author = authorBefore;
      }
    }
    if (!author) {
      // ("Nomvula Mkhonta | nomvula.mkhonta@eswatinipulse.co.sz": the writer and their address, under the lead picture.)
      author = writerOnLine(u.text);
      // "Von Anna Berger, dpa": the agency after the names is the source.
      const tail = author ? BYLINE_RE.exec(u.text)?.[2]?.trim() : undefined;
      if (tail && AGENCY_RE.test(tail)) source ??= tail;
    }
  }
  if (!published && bodyStart >= 0) {
    // Wire copy often opens with its date: "16 January 2008 – The Security Council ...".
    const lead = units[bodyStart]!.text.slice(0, 60);
    const d = findDates(lead, dopts)[0];
    if (d && d.index < 5 && !NOT_PUBLISHED_RE.test(lead)) published = d.iso;
  }
  // A theme's date badge copied one part to a line, "28" over "Jun 2026", in the header: the story's day.
  for (let i = 0; !published && i + 1 < metaEnd; i++) {
    if (!BADGE_DAY.test(units[i]!.text.trim()) || !BADGE_MONTH_YEAR.test(units[i + 1]!.text.trim())) continue;
    const d = dateLine(`${units[i]!.text.trim()} ${units[i + 1]!.text.trim()}`, dopts);
    if (d && d.rest.trim() === '') published = d.iso;
  }
  // (A day above the headline may be the copy's, "Oggi è mercoledì 25 novembre 2026": an entry footer's day says better.)
  const dayFromMasthead = published === null && dateAboveHeadline !== null;
  published ??= dateAboveHeadline ?? updatedOnly;
  // No byline: "Shakil Ahmed Chowdhury, Staff Correspondent" above the story.
  for (let i = 0; !author && i < metaEnd; i++) if (!units[i]!.junk) author = writerWithJob(units[i]!.text, dateLineWithin(units, i, 2, dopts));
  // "Mere Tautahi-Kingi" / "Business and Rural Reporter": a name over a newsroom job.
  const titleAt = titleKey ? units.findIndex((v) => holdsHeadline(v.text)) : -1;
  for (let i = 0; !author && i + 1 < metaEnd; i++) {
    const [v, job] = [units[i]!, units[i + 1]!];
    // Right under the headline, or over a date or a "2 hours ago": not a menu's "Analyst Comments" over "Contributors".
    // Or among the header's lines between the headline's date and the story ("5 November 2026",
    // "Share", "Save", the name, the job).
    // (The writer's address may stand between the job and the date: "Vetenskapsreporter" / "kristina.ekholm@…" / "Publicerad …".)
    const contactAfterJob = EMAIL_LINE.test(units[i + 2]?.text ?? '');
    // Or right over the story's first paragraph ("Jodie Marchetto" / "Rattler journalist" under the lead picture's caption).
    const placed = (i > 0 && normalizeKey(units[i - 1]!.text) === titleKey) || dateLineWithin(units, i + 1, contactAfterJob ? 2 : 1, dopts) || RELATIVE_TIME_RE.test(units[i + 2]?.text ?? '') || i + 2 === bodyStart ||
      (titleAt >= 0 && i > titleAt && i - titleAt <= MAX_HEADER_LINES && dateLineWithin(units, titleAt, 1, dopts) && (bodyStart < 0 || i < bodyStart));
    // A name alone right over the publication's date line in the header ("Nina Aebischer" /
    // "Publiziert: 12.11.2026, 17.45 Uhr") is the byline without its "By".
    // (The writer's address may stand between them: "Sara Löfgren" / "sara.lofgren@…" / "Publicerad 1 mars 2026".)
    const dated = EMAIL_LINE.test(job.text) ? units[i + 2] : job;
    const overDate = i < bodyStart && dated !== undefined && PUBLISHED_LABEL_RE.test(dated.text) && dateLine(dated.text.replace(PUBLISHED_LABEL_RE, ''), dopts) !== null;
    // A reader view's copy puts its reading estimate where the job would be ("Julien Delvaux" / "5–7 minutes").
    const jobOrEstimate = isJobLine(job.text) || overDate || (i > 0 && normalizeKey(units[i - 1]!.text) === titleKey && READING_ESTIMATE.test(job.text));
    if ((placed || overDate) && !v.junk && bareName(v.text) && jobOrEstimate && normalizeKey(v.text) !== titleKey && !PUBLICATION_WORD_RE.test(v.text)) author = v.text;
  }
  // "Avery Dueck" / "Avery Dueck": the writer's picture (its alt text) and name, one under the other,
  // between the headline and the story.
  for (let i = titleAt + 1; !author && titleAt >= 0 && i + 1 < units.length && i <= titleAt + MAX_HEADER_LINES; i++) {
    const v = units[i]!;
    if (!v.junk && namePrintedTwice(v.text, units[i + 1]!.text) && normalizeKey(v.text) !== titleKey) author = v.text;
  }
  // "Nompumelelo Dlamini" / "Energy Reporter" / "Updated: 12/03/2025": the writer above an "Updated" line.
  if (!author && updatedAt !== undefined) {
    const k = updatedAt - 1 - (units[updatedAt - 1] && isJobLine(units[updatedAt - 1]!.text) ? 1 : 0);
    const v = units[k];
    if (v && !v.junk && bareName(v.text) && normalizeKey(v.text) !== titleKey && !PUBLICATION_WORD_RE.test(v.text)) author = v.text;
  }
  // "Published: 14/05/2025" on its own line in or under the story, where the top of the page only
  // says "2 hours ago".
  for (let k = bodyStart; !published && bodyStart >= 0 && k <= Math.min(end - 1, bodyEnd + MAX_TAIL_DATE_LINES); k++) published = labelledPublicationDate(units[k]!.text, dopts);
  // Local papers sign off under the last paragraph: "By Morag Currie", or the name alone. Only junk may come between;
  // a byline under another headline below the article is that story's.
  // A closing one-line paragraph ("The next survey is planned for 2027.") may stand between them.
  for (let k = bodyEnd + 1, lines = 0; !author && bodyEnd >= 0 && k <= Math.min(end - 1, bodyEnd + 4); k++) {
    // A blog engine's entry meta under the text: "Posted by Gethin Pritchard in Science & Environment on Wednesday 14 April 2027 at 09:20".
    const meta = entryMeta(units[k]!.text, dopts);
    if (meta) [author, published] = [meta.author, published ?? meta.published];
    if (!author && units[k]!.stats.words <= 8) author = bylineLineAuthors(units[k]!.text);
    // Or with the writer's name alone, right under the text ("Hoàng Lan" over the tags): a name with
    // a given name in it, as a section's title-case heading there ("Reader's Comments") has not.
    const alone = units[k]!.text.trim();
    if (!author && k === bodyEnd + 1 && bareName(alone) && alone.split(/\s+/).some((w) => GIVEN_NAMES.has(norm(w)))) author = alone;
    // Or with the post or the place the writer filed from: "Chiara Iannotta – inviata a Formia", "SEREANA VUNIBOLA, Levuka".
    if (!author && k === bodyEnd + 1) author = correspondentSigned(alone) ?? capitalsSigned(alone);
    if (!author && !units[k]!.junk && !(units[k]!.stats.words >= 6 && isShortSentence(units[k]!.stats) && /\.["”’)]?$/u.test(units[k]!.text) && ++lines <= 1)) break;
  }
  // A theme's meta row under the story and its footer ("Nthabiseng Molefe  September 9, 2026  2
  // Comments"): the name, the day and the comment count say what the row is wherever it stands.
  for (let k = bodyEnd + 1; (!author || !published) && bodyEnd >= 0 && k < Math.min(units.length, bodyEnd + MAX_META_ROW_LINES); k++) {
    const row = metaRow(units[k]!.text, dopts);
    if (row) [author, published] = [author ?? row.author, published ?? row.published];
  }
  // WordPress's Twenty Fifteen and Twenty Sixteen set the entry's footer under the share buttons and the
  // related posts: "Author NAME" over "Posted on DATE". The two lines together say what they are.
  for (let k = bodyEnd + 1; (!author || !published) && bodyEnd >= 0 && k + 1 < Math.min(units.length, bodyEnd + MAX_ENTRY_FOOTER_LINES); k++) {
    const name = ENTRY_FOOTER_AUTHOR.exec(units[k]!.text.trim())?.[1];
    const posted = name !== undefined && bareName(name) ? ENTRY_FOOTER_POSTED.exec(units[k + 1]!.text.trim()) : null;
    const day = posted ? dateLine(posted[1]!, dopts) : null;
    if (day && day.rest.trim() === '') [author, published] = [author ?? name!, published ?? day.iso];
  }
  // Twenty Twelve's and Twenty Thirteen's one-line footer: "This entry was posted in Sports and tagged … on
  // October 11, 2026 by STC Sports Desk." The day is the post's; the account, when a person, its writer.
  for (let k = bodyEnd + 1; (!author || !published) && bodyEnd >= 0 && k < Math.min(units.length, bodyEnd + MAX_ENTRY_FOOTER_LINES); k++) {
    const footer = POSTED_IN_FOOTER.exec(units[k]!.text.trim());
    const day = footer ? findDates(footer[1]!, dopts)[0] : undefined;
    if (!footer || !day) continue;
    published ??= day.iso;
    if (!author && bareName(footer[2]!) && !PUBLICATION_WORD_RE.test(footer[2]!)) author = footer[2]!;
    break;
  }
  // Or with one field to a line (Twenty Twenty-Two and its children): "Pubblicato" / "23 novembre
  // 2026" / "in" / "Scienza" / "da" / "Lucia Famiglietti".
  for (let k = bodyEnd + 1; (!author || !published || dayFromMasthead) && bodyEnd >= 0 && k < Math.min(units.length, bodyEnd + MAX_ENTRY_FOOTER_LINES); k++) {
    const stacked = stackedEntryFooter(units, k, dopts);
    if (stacked) {
      [author, published] = [author ?? stacked.author, dayFromMasthead ? stacked.published : published ?? stacked.published];
      break;
    }
  }
  author ??= besideMastheadDate;
  // "Laia Montané | La Seu d’Urgell" right over the headline, or over the section's kicker above it: the writer
  // and the town filed from. "MATCH REPORT | Oneil Lindo-Marsh" under it (maybe under its comment count): the
  // story's label and its writer.
  if (!author && headlineAt > 0) author = nameBesideTown(units[headlineAt - 1]!.text) ?? (headlineAt > 1 && units[headlineAt - 1]!.stats.words <= MAX_KICKER_WORDS ? nameBesideTown(units[headlineAt - 2]!.text) : null);
  for (let k = headlineAt + 1; !author && headlineAt >= 0 && k <= headlineAt + 2 && k < units.length; k++) {
    author = labelBesideName(units[k]!.text);
    if (units[k]!.stats.words > MAX_KICKER_WORDS) break;
  }
  // Catalan's and Italian's "Per" before the writer's name, a line of its own under the headline ("Per Joana Triay"); not
  // read in other languages, where Per is a given name ("Per Gunnar Olsen").
  // (The language is told from the body only when such a line is there.)
  if (!author && headlineAt >= 0) {
    for (let k = headlineAt + 1; k < Math.min(units.length, metaEnd + 1, headlineAt + 1 + MAX_LINES_TO_PER_BYLINE); k++) {
      const name = PER_BYLINE.exec(units[k]!.text.trim())?.[1];
      if (name !== undefined && bareName(name) && PER_LANGUAGES.has(detectLanguage(bodyText(units, bodyStart, bodyEnd)))) {
        author = name;
        break;
      }
    }
  }
  return { published, author, source };
}

/** The languages whose "per" means "by". */
const PER_LANGUAGES: ReadonlySet<string> = new Set(['ca', 'it']);
/** The body's first lines, enough to tell its language. */
function bodyText(units: readonly Unit[], from: number, to: number): string {
  return units.slice(Math.max(0, from), Math.min(to + 1, from + MAX_LINES_TO_TELL_LANGUAGE)).map((u) => u.text).join('\n');
}
const MAX_LINES_TO_TELL_LANGUAGE = 8;
/** "Per Joana Triay". */
const PER_BYLINE = /^Per\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
/** Most lines between the headline and such a byline: the date line, the caption. */
const MAX_LINES_TO_PER_BYLINE = 5;

/** The label over the day of an entry footer set one field to a line. */
const STACKED_POSTED = /^(?:posted|published|pubblicato|publicado|publié|veröffentlicht|gepubliceerd|publicerad|publisert|opublikowano)(?:\s+(?:on|il|el|em|le|am|op|den|dnia))?:?$/iu;
/** The word over the category: "in", "su", "em", "dans", "w". */
const STACKED_IN = /^(?:in|su|en|em|dans|im|i|w)$/iu;
/** The word over the writer's name: "by", "da", "di", "par", "por", "von", "door", "av", "przez". */
const STACKED_BY = /^(?:by|da|di|par|por|von|door|av|przez|de)$/iu;

/** The day and the writer of an entry footer set one field to a line, opening at line `k`. */
function stackedEntryFooter(units: readonly Unit[], k: number, dopts: DateOptions): { author: string; published: string } | null {
  if (!STACKED_POSTED.test(units[k]!.text.trim())) return null;
  const day = units[k + 1] ? dateLine(units[k + 1]!.text, dopts) : null;
  if (!day || day.rest.trim() !== '') return null;
  let at = k + 2;
  // The category, when there is one: a word or a few over the writer's.
  if (STACKED_IN.test(units[at]?.text.trim() ?? '') && (units[at + 1]?.stats.words ?? 99) <= 4) at += 2;
  const name = STACKED_BY.test(units[at]?.text.trim() ?? '') ? units[at + 1]?.text.trim() : undefined;
  return name !== undefined && bareName(name) && !PUBLICATION_WORD_RE.test(name) ? { author: name, published: day.iso } : null;
}

/** Lines under the story read for a theme's entry footer (share buttons, related posts and all). */
const MAX_ENTRY_FOOTER_LINES = 40;
/** The entry footer's writer line: "Author Jodie Postlethwaite-Reed". */
const ENTRY_FOOTER_AUTHOR = /^Author\s+(\S.{2,60})$/u;
/** And its day under it: "Posted on June 9, 2026". */
const ENTRY_FOOTER_POSTED = /^Posted on\s+(\S.{5,40})$/u;

/** Lines under the story read for a theme's meta row. */
const MAX_META_ROW_LINES = 8;

/** The writer and the day of a theme's meta row: a name, a date and a comment count, nothing else. */
function metaRow(line: string, dopts: DateOptions): { author: string; published: string } | null {
  if (line.length > MAX_ENTRY_META_CHARS || !hasCommentCount(line)) return null;
  // The count goes first: its number would be read into the date.
  const d = dateLine(withoutCommentCount(line), dopts);
  if (!d) return null;
  const name = d.rest.replace(/^[\s|–—•·,/-]+|[\s|–—•·,/-]+$/g, '').replace(/^by\s+/iu, '');
  return bareName(name) && !PUBLICATION_WORD_RE.test(name) ? { author: name, published: d.iso } : null;
}

/** What a reading time leaves once a line's numbers are read as its date's: "min read". */
const READ_TIME_LEFT = /(?<!\p{L})(?:min|mins|minutes?)\.?\s+read$/u;

/** A theme's one-line entry footer, its day and its account: "This entry was posted in Sports and tagged … on October 11, 2026 by STC Sports Desk." */
const POSTED_IN_FOOTER = /^this (?:entry|post) was posted in .{1,300}? on (.{6,40}?) by (\p{Lu}[^.]{1,60})\.?$/iu;

/** A story's label in capitals and its writer after a bar: "MATCH REPORT | Oneil Lindo-Marsh", "ANALYSIS | Jane Doe". */
const LABEL_AND_NAME = /^[\p{Lu}\d][\p{Lu}\d '’&-]{2,30}\s*\|\s*(\p{Lu}[^|]{2,60})$/u;

/** The writer a story's label names after a bar, when a person's name. */
function labelBesideName(line: string): string | null {
  const name = LABEL_AND_NAME.exec(line.trim())?.[1]?.trim();
  return name !== undefined && bareName(name) && !PUBLICATION_WORD_RE.test(name) ? name : null;
}

/** What opens an entry meta line: "Posted by", "Written by". */
const ENTRY_META_START = /^\s*(?:posted|published|written|filed|submitted)\s+by(?:\s+|(?=\p{L}))/iu;

/** The day an entry meta line gives, whoever it names ("Written by the news staff on DATE in SECTION"); the rest is left to the other readers. */
function entryMetaDate(line: string, dopts: DateOptions): { iso: string; rest: string } | null {
  if (line.length > MAX_ENTRY_META_CHARS || !ENTRY_META_START.test(line)) return null;
  const found = findDates(line, dopts)[0];
  return found ? { iso: found.iso, rest: '' } : null;
}
const MAX_ENTRY_META_CHARS = 160;

/** The writer and the day of an entry meta line that names both ("Posted by NAME in SECTION on DATE"). */
function entryMeta(line: string, dopts: DateOptions): { author: string; published: string } | null {
  if (!ENTRY_META_START.test(line)) return null;
  const d = dateLine(line, dopts);
  if (!d) return null;
  const name = d.rest.replace(ENTRY_META_START, '').replace(/^by\s+/iu, '').split(/\s+(?:in|on|at|[·|•–—-])\s+/u)[0]!.trim();
  return bareName(name) ? { author: name, published: d.iso } : null;
}
