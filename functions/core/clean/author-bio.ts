/**
 * The writer's bio that closes many articles ("Hamish Tairoa covers farming and rural affairs for The
 * Waikato Courier.", "Aïssatou Diallo-Kane est correspondante de Teranga Sciences ...", "Stefanie
 * Zurbuchen ist Redaktorin im Frutigland ..."): it is not body, and where no byline named the writer,
 * it names them. `readClosingMatter` also counts a match's facts above it (`match-facts.ts`).
 */
import { AUTHOR_CONJUNCTIONS } from './boilerplate.js';
import { bareName, bylineAuthor, correspondentSigned, dashSigned } from './byline.js';
import { trailingMatchFacts } from './match-facts.js';
import { wordsInNameCase } from './text-utils.js';
import { isJobLine } from './text-byline.js';

/** At most this many closing paragraphs are bios. */
const MAX_BIOS = 2;
/** A bio is a sentence or two. */
const MAX_BIO_WORDS = 60;

/** Between the names of a byline of several people: "A, B and C". */
export const AUTHOR_SPLIT = new RegExp(String.raw`\s*,\s*|\s+(?:${AUTHOR_CONJUNCTIONS.join('|')})\s+`, 'u');
/** What follows the writer's name in a bio of a byline's author: any verb that describes them. */
const ANY_BIO_VERB = String.raw`is|was|covers|writes|reports|edits|follows|volgt|suit|sigue|acompanha|verfolgt|følger|följer|seuraa|has (?:been|covered|written|reported)|joined|can be (?:reached|contacted)|est|était|couvre|écrit|ist|war|schreibt|berichtet|es|cubre|escribe|é|cobre|escreve|è|segue|scrive|si occupa|schrijft|este|scrie|je|píše|piše|jest|pisze|on|kirjoittaa|är|er|skriver|és|ha estat|treballa|[–—]`;
/**
 * What makes a closing sentence about a name the writer's bio when no byline named anyone: a verb of
 * reporting, or "is" and a newsroom job within a few words ("is the Kernow Post's transport reporter").
 */
const WRITER_BIO = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:\s+\([^)]{1,40}\))?\s+(?:(?:covers|writes about|reports on|reports for|has (?:reported on|covered|written about|reported for)|couvre|écrit sur|schreibt über|berichtet über|cubre|escribe sobre|cobre|escreve sobre|segue|scrive di|si occupa di|schrijft over)(?!\p{L})|\s*[–—-]\s+(?:\S+\s+){0,2}?(?:journalist|reporter|dziennikar(?:z|ka)|redaktor(?:ka)?|novinář(?:ka)?|reportér(?:ka)?|jurnalist[ăa]?|reporterka|žurnalist(?:as|ė)|žurnālist(?:s|e)|ajakirjanik|toimittaja|újságíró|novinar(?:ka)?|gazeteci|журналист(?:ка)?)(?!\p{L})|(?:is|est|ist|es|és|é|è|este|on|je|jest|är|er|az)\s+(?:\S+\s+){0,6}?(?:reporter|correspondent|journalist|editor|writer|columnist|correspondante?|journaliste|rédact(?:eur|rice)|redaktor(?:in)?|korrespondent(?:in)?|periodista|corresponsal|repórter|jornalista|giornalista|cronista|inviat[oa]|redattore|redattrice|verslaggever|redacteur|reporteră|jurnalist[ăa]?|corespondent|toimittaja|ajakirjanik|novinar(?:ka)?|novinár(?:ka)?|dziennikar(?:z|ka)|journalist(?:in)?)(?!\p{L}))`,
  'iu',
);

const words = (p: string): number => p.split(/\s+/).length;

/**
 * Whether the header names the person on a line of their own or as one part of a line between
 * separators ("Sabina Shrestha Thapa", "**Wren Castellanos-Hale**", "Mon 14th July · _Jenna
 * Trewhella, Transport_ · 31 comments"), as a byline does; a caption's credit ("Photo: Island
 * Arrivals") is not one.
 */
function namedAbove(name: string, header: string): boolean {
  return linesOf(header).some((line) => line.split(/\s*[·|•,]\s*/u).some((part) => withoutEmphasis(part) === name));
}

/** Most lines under the story's last paragraph read for a bio. */
const MAX_LINES_UNDER_STORY = 7;

/**
 * The first `max` non-empty lines of the text under the story's last paragraph, without their markup
 * and emphasis, or none when the text does not hold that paragraph's opening words.
 */
function linesUnderStory(paragraphs: readonly string[], text: string, max: number): string[] {
  const last = paragraphs[paragraphs.length - 1];
  const at = last === undefined ? -1 : text.lastIndexOf(last.slice(0, 24));
  return at < 0 ? [] : linesOf(text.slice(at)).map(withoutEmphasis).filter(Boolean).slice(1, 1 + max);
}

/** The tags of elements set inside a line of text. */
const INLINE_TAG = /<\/?(?:strong|b|em|i|a|span|u|small|mark|abbr|cite)(?:\s[^>]*)?>/giu;

/** The lines of a text, Markdown or a page's source, an element's tags ending a line as they do on the page. */
function linesOf(text: string): string[] {
  // (An inline element ends no line: "<p><strong>Tamika Deveaux</strong> is the Compass’s …".)
  return text.replace(INLINE_TAG, '').replace(/<[^>]*>/g, '\n').split('\n');
}

/** Without the Markdown emphasis and quote marks around it: "*Wren Castellanos-Hale covers ...*". */
function withoutEmphasis(text: string): string {
  return text.replace(/^[\s*_>]+|[\s*_]+$/g, '');
}

/**
 * The writer's name alone on the first line under the story's last paragraph, a line the cleaning
 * dropped (French pages sign so, the surname in capitals: "Mathilde ESCALLIER"), or a byline or a
 * credit there, or null.
 */
function signedUnderStory(paragraphs: readonly string[], text: string): string | null {
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length < MIN_PARAGRAPHS_LEFT || last === undefined || !/[.!?…]["”’»)]?$/u.test(last)) return null;
  const line = linesUnderStory(paragraphs, text, 1)[0];
  if (line === undefined || line === line.toLowerCase()) return null;
  // Or a credit there: "Leonor Bacelar (texto) e Carlos Garrido (fotografia)".
  // Or a dash and the name, as some sites sign a story: "— Jacinta Dunsford".
  const credited = bylineAuthor(line, null) ?? dashSigned(line);
  if (credited !== null) return credited;
  const cased = wordsInNameCase(line);
  // (Some word in capitals: a name in title case there is as often an author box's or a related story's.)
  return cased !== line && bareName(cased) ? cased : null;
}

/** A name, then how to reach them at an e-mail address. */
const REACHED_AT = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+) can be (?:reached|contacted|emailed) (?:at|on|by e-?mail at) [\w.+-]+@[\w-]+\.[\w.]+/u;

/**
 * A byline above the story that names the newsroom, not a writer ("mardi 12 mai 2026, par La rédaction",
 * "Von der Redaktion", "By Staff", a desk or account named for the outlet: "By Compass Desk", "Submitted by
 * mariner_desk"): the writer's bio under the story then names the writer.
 */
const DESK_BYLINE = /(?:^|[\s,|·•–—])(?:par|by|von|door|por|di|da|av|af|przez)\s+\[?(?:la\s+|the\s+|der\s+|de\s+|den\s+|a\s+)?(?:[\p{L}\p{N}]+[\s_-])?(?:rédaction|redaction|staff|newsroom|news desk|desk|bureau|redaktion|redactie|redacción|redazione|redação|redakcja|redaktionen|redaksjonen)(?=\]\(|\s*(?:$|[\n,.|·•–—]))/imu;

/**
 * A bio that makes the writer one of the outlet's own staff: "Morven Tolmie is the Mariner’s business and harbour
 * reporter.", "… is our science correspondent": it names the writer where no byline did, whatever the header says.
 */
const OWN_STAFF_BIO = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+\s+is\s+(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s|our)\s+(?:[\p{Ll}-]+,?\s+){0,5}?(?:reporter|correspondent|editor|writer|journalist|columnist)(?!\p{L})/u;

/**
 * The writer a closing bio names, when they are also named above the article's first paragraph (a
 * byline the reader could not take: a bare name over a desk line, a bold name, a name after the
 * date), or when the byline there names the newsroom. A person quoted in the body and described in
 * the last paragraph is named in the body first.
 */
function closingBioAuthor(paragraphs: readonly string[], text: string): string | null {
  if (paragraphs.length < 3) return null;
  // The opening words only: further on, markup or an entity may stand between them in a page's source.
  const bodyStart = text.indexOf(paragraphs[0]!.slice(0, 24));
  if (bodyStart < 0) return null;
  const header = text.slice(0, bodyStart);
  // (Read across a page's tags: "Submitted by <span class="username">mariner_desk</span>".)
  let desk: boolean | undefined;
  const deskByline = (): boolean => (desk ??= DESK_BYLINE.test(header.replace(/<[^>]*>/g, '\n')));
  // The bio may already have gone with the page's closing matter: the lines after the last paragraph
  // are read too, without their markup ("*Wren Castellanos-Hale covers science ...*").
  for (const p of [...paragraphs.slice(-MAX_BIOS).reverse(), ...linesUnderStory(paragraphs, text, MAX_LINES_UNDER_STORY)]) {
    // "Kate Dunwoody can be reached at kate@twomileweekly.com": the writer's own address under the story names them.
    const reached = REACHED_AT.exec(p)?.[1];
    if (reached !== undefined && words(p) <= MAX_BIO_WORDS && bareName(reached)) return reached;
    const name = WRITER_BIO.exec(p)?.[1];
    if (!name || words(p) > MAX_BIO_WORDS || !bareName(name)) continue;
    if (namedAbove(name, header) || deskByline() || OWN_STAFF_BIO.test(p)) return name;
  }
  // An author box under a desk's byline: the name alone, then the bio opening on the job ("Nisha Rajkhowa" /
  // "Principal Correspondent, Guwahati. Covers Assam, the Northeast and the Brahmaputra.").
  const [named, bio] = paragraphs.slice(-2);
  if (named !== undefined && bio !== undefined && bareName(named) && JOB_OPENING.test(bio) && words(bio) <= MAX_BIO_WORDS && deskByline()) return named;
  return null;
}

/** A bio that opens on the writer's job: "Principal Correspondent, Guwahati. Covers …", "Senior reporter covering …". */
const JOB_OPENING = /^(?:(?:senior|principal|chief|staff|special|political|business|sports?|science|health|education|environment|deputy|assistant|associate|regional|district)\s+)*(?:correspondent|reporter|editor|writer|journalist|columnist)\b/iu;

/**
 * What follows the writer's name in a bio: "Mere Tautahi-Kingi (Ngāti Ranginui) covers ...": an
 * affiliation may follow the name; "Ivo Marić sportski je novinar …": a word of the job may come before the verb.
 */
const AFTER_NAME_IN_BIO = new RegExp(String.raw`^(?:\s+\([^)]{1,40}\))?\s+(?:\p{Ll}+\s+)?(?:${ANY_BIO_VERB})(?!\p{L})`, 'u');

/** A bio naming the writer by the given name alone, with a verb only a writer's bio uses of them. */
const GIVEN_NAME_BIO = /^(\p{Lu}[\p{L}'’-]+)\s+(?:covers|writes about|writes for|reports on|reports for|has (?:reported on|covered|written about|reported for)|joined (?:the|our) (?:newsroom|paper|team|staff))(?!\p{L})/u;

/** How many closing paragraphs, at most two, are bios of the author: they open with a byline name in full and a verb describing the writer. */
function authorBioCount(paragraphs: readonly string[], author: string | null): number {
  const names = (author ?? '').split(AUTHOR_SPLIT).filter((n) => /\s/.test(n.trim()));
  if (names.length === 0 || paragraphs.length < 3) return 0;
  // One of the names, then what follows a name in a bio (a pattern per name would be compiled anew for
  // every writer a process reads, and V8 stops compiling regexps natively past its budget of regexp code).
  const opensBio = (p: string): boolean => names.some((n) => p.startsWith(n.trim()) && AFTER_NAME_IN_BIO.test(p.slice(n.trim().length)));
  // "Annick covers the river, the forest and the weather for The Miramichi Current.": the box may name the writer by the given name.
  const givenNameBio = (p: string): boolean => {
    const given = GIVEN_NAME_BIO.exec(p)?.[1];
    return given !== undefined && names.some((n) => n.trim().split(/\s+/u)[0] === given);
  };
  const isBio = (p: string): boolean => {
    // The author box's name run into its bio ("Desmond Carty Desmond Carty is …"), or over the job
    // alone ("Julien Castellani Journaliste au service Marseille. Il suit …").
    const own = names.find((n) => p.startsWith(`${n.trim()} `));
    const rest = own === undefined ? p : p.slice(own.trim().length + 1);
    const repeated = own !== undefined && rest.startsWith(`${own.trim()} `) ? rest.slice(own.trim().length + 1) : null;
    return opensBio(p) || givenNameBio(p) || (repeated !== null && opensBio(`${own!.trim()} ${repeated}`)) || (own !== undefined && isJobLine(rest.split(/(?<=\.)\s/u)[0]!.replace(/\.$/u, '')));
  };
  // An author box of several writers: each one's name over their bio ("Hodan Abdi Warsame" / "Hodan
  // Abdi Warsame is the Record's political correspondent …" / "Mohamed Yusuf Jama").
  const nameAlone = (p: string): boolean => names.length > 1 && names.some((n) => p.trim() === n.trim());
  let n = 0;
  let bios = 0;
  while (paragraphs.length - n > 2) {
    const p = paragraphs[paragraphs.length - 1 - n]!;
    if (nameAlone(p)) n++;
    else if (bios < MAX_BIOS && isBio(p) && words(p) <= MAX_BIO_WORDS) {
      n++;
      bios++;
    } else break;
  }
  return n;
}

/**
 * The article's closing matter, read the same way for every format: the author (the byline's, or else
 * the one a bio names) and how many closing paragraphs are not the article: the writer's bios, and a
 * match's facts above them.
 */
export function readClosingMatter(paragraphs: readonly string[], author: string | null, text: string): { author: string | null; closing: number } {
  const headings = trailingHeadingCount(paragraphs);
  const rest = paragraphs.slice(0, paragraphs.length - headings);
  const signature = author === null ? closingSignature(paragraphs, headings) : null;
  const writer = author ?? signature ?? closingBioAuthor(rest, text) ?? signedUnderStory(rest, text);
  // The signature read as a closing heading went with the headings; one under them is cut here.
  if (signature !== null && headings === 0) return { author: signature, closing: 1 + trailingMatchFacts(rest.slice(0, -1)) };
  let bios = authorBioCount(rest, writer);
  // The author box's name over the bio, or signing the story alone ("Nina Derungs"); the box's bio
  // may open with the job rather than the name ("Agustina Peralta" / "Periodista. Cubre a …").
  // ("À propos de Nathalie Lemaire", "About Jane Doe": the box's label before the name.)
  const isWriter = (k: number): boolean => k >= MIN_PARAGRAPHS_LEFT && writer !== null && namesWriter(rest[k]!, writer);
  if (isWriter(rest.length - bios - 1)) bios++;
  else if (bios === 0 && isWriter(rest.length - 2) && words(rest[rest.length - 1]!) <= MAX_BIO_WORDS) bios = 2;
  else {
    // Each writer's bio under their name in the author box ("**Camila Sandoval Rain**" / "Periodista de economía …").
    while (bios < MAX_BIOS && rest.length - bios > MIN_PARAGRAPHS_LEFT && words(rest[rest.length - 1 - bios]!) <= MAX_BIO_WORDS && underWritersName(rest[rest.length - 1 - bios]!, writer, text)) bios++;
  }
  return { author: writer, closing: headings + bios + trailingMatchFacts(rest.slice(0, rest.length - bios)) };
}

/** An author box's label before the writer's name, in the languages read. */
const ABOUT_WRITER_LABELS = ['about', 'à propos de', 'a propos de', 'über', 'sobre', 'acerca de', 'su', 'over', 'om', 'o', 'despre', 'tietoja', 'hakkında'];

/** Whether a line is the writer's name, alone or after an author box's label. */
function namesWriter(line: string, writer: string): boolean {
  const lower = line.trim().toLowerCase();
  const name = writer.toLowerCase();
  if (lower === name) return true;
  return lower.endsWith(` ${name}`) && ABOUT_WRITER_LABELS.includes(lower.slice(0, lower.length - name.length - 1));
}

/**
 * Whether the page prints the paragraph right under a line of the writer's name alone, a line the
 * cleaning dropped: an author box's linked name over the bio ("[Giulia Ranalli](…/author/giulia-ranalli/)",
 * then "Giornalista pubblicista, segue il Pescara dal 2018 …").
 */
function underWritersName(paragraph: string, writer: string | null, text: string): boolean {
  if (!writer) return false;
  const at = text.lastIndexOf(paragraph.slice(0, 24));
  if (at < 0) return false;
  const above = linesOf(text.slice(Math.max(0, at - 400), at))
    .map((line) => withoutEmphasis(line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')))
    .filter(Boolean);
  const line = above[above.length - 1]?.toLowerCase();
  return line !== undefined && [writer, ...writer.split(AUTHOR_SPLIT)].some((name) => name.trim().toLowerCase() === line);
}

/**
 * The writer's name alone under the story's last sentence, signing it as Italian and Spanish pages do
 * ("*Giulia Tomat*" over "© RIPRODUZIONE RISERVATA"), or null. Its line may also read as a closing
 * heading, the first of `headings`.
 */
function closingSignature(paragraphs: readonly string[], headings: number): string | null {
  const at = paragraphs.length - Math.max(headings, 1);
  const line = paragraphs[at];
  // (A byline's words before the name, "Beitrag von Katrin Wendland", are read where bylines are.)
  if (at < MIN_PARAGRAPHS_LEFT || line === undefined || bylineAuthor(line, null) !== null) return null;
  // ("Chiara Iannotta – inviata a Formia": the name and the writer's post where the story was filed.)
  // ("Mathilde ESCALLIER": the surname in capitals, as French pages sign.)
  const cased = wordsInNameCase(line);
  const name = bareName(line) ? line : bareName(cased) ? cased : correspondentSigned(line);
  return name !== null && /[.!?…]["”’»)]?$/u.test(paragraphs[at - 1]!) ? name : null;
}

/** Most words of a heading left with nothing under it. */
const MAX_LONE_HEADING_WORDS = 3;

/** A short capitalised line that ends in no punctuation: "Temas", "Related stories". */
function isBareHeading(paragraph: string): boolean {
  return words(paragraph) <= MAX_LONE_HEADING_WORDS && /^\p{Lu}/u.test(paragraph) && !/[.!?…:;,"”»’)]$/.test(paragraph);
}

/**
 * Headings closing the text with nothing under them ("Temas" over a tag list that went as chrome), at
 * most two, each on its own: the last items of a list of short lines stay.
 */
function trailingHeadingCount(paragraphs: readonly string[]): number {
  let n = 0;
  while (n < 2 && paragraphs.length - n > MIN_PARAGRAPHS_LEFT && isBareHeading(paragraphs[paragraphs.length - 1 - n]!) && !isBareHeading(paragraphs[paragraphs.length - 2 - n]!)) n++;
  return n;
}

/** Paragraphs that must stay above closing headings. */
const MIN_PARAGRAPHS_LEFT = 3;
