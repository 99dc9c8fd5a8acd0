/**
 * Bylines: turning the text of a byline ("By Jane Doe | Nov 18, 2019", "Von Hans Müller") into the
 * name of the person who wrote the article, for the HTML and Markdown cleaners.
 */
import { AUTHOR_CONJUNCTIONS, BY_PHRASE_WORDS, BYLINE_LABELS, BYLINE_WORDS, CORRESPONDENT_PHRASES, isPersonName, STORY_BY_PHRASES, VON_PHRASE_NOUNS, withoutLeadingPictographs } from './boilerplate.js';
import type { DomElement, DomNode } from './dom.js';
import { isStopWord } from './lines.js';
import { GIVEN_NAMES, norm } from '../classify/entities/tables.js';
import { decodeEntities, metaParts, NAMES_END_STOP, nameCase, normalizeSpace } from './text-utils.js';

/** "Ein Bericht von", "Kommentar von": a German byline's opening. */
const VON_PHRASE = `(?:ein |eine )?(?:${VON_PHRASE_NOUNS.join('|')}) von`;
const LEADING_BYLINE_WORD = new RegExp(`^(?:(?:${BY_PHRASE_WORDS.join('|')}) by|${VON_PHRASE}|${CORRESPONDENT_PHRASES.join('|')}|${STORY_BY_PHRASES.join('|')}|${BYLINE_WORDS.join('|')})\\s+`, 'i');
/** The word a theme prints before the writer's name for screen readers, without a colon. */
const UNCOLONED_AUTHOR_LABELS = ['Author ', 'Autor ', 'Autorka ', 'Auteur ', 'Autore ', 'Författare ', 'Forfatter ', 'Tekijä ', 'Szerző ', 'Yazar '];
/** "Jane Doe and John Roe", "Claire Dubois et Marc Lefèvre", "Jan de Vries en Piet Jansen": two people. */
const CONJUNCTION = new RegExp(String.raw`\s+(${AUTHOR_CONJUNCTIONS.join('|')})\s+`);
/** Conjunctions that never join the parts of one person's name. */
const ONLY_BETWEEN_PEOPLE = /^(and|und|et|&)$/;

/** A weekday after a name: no one's surname. */
const TRAILING_WEEKDAY = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu;

/** A newsroom job closing a byline: "Court Reporter", "Senior Political Correspondent", "Chief Sports Writer". */
export const TRAILING_JOB =
  /\s+(?:(?:Senior|Chief|Deputy|Court|Political|Business|Sports?|Crime|Health|Education|Science|Environment|Transport|Community|News|Staff|Features?|Arts|Data|Digital|Local|Democracy|Investigations?|Agriculture|Rural)\s+){1,3}(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist)$/u;

/**
 * The person (or the two people) a byline names, or null when it names none (a desk, a wire service,
 * the site). Two names keep the byline's own conjunction ("Jordan Pike and Lena Marsh"), and so does
 * a list of people ("A, B and C"); a list with anything but people in it gives its first name.
 */
export function cleanAuthor(raw: string | null | undefined, site: string | null): string | null {
  if (!raw) return null;
  let a = normalizeSpace(decodeEntities(raw))
    // "Match report: Caoimhe McAlister", "Words by: …", "Report and photos: …", "Correspondent: …": a label of a few words before the name
    // (French sets a space before the colon: "Texte et photos : Mathilde Vergnes").
    .replace(/^(?:\p{L}{2,12}\s+){0,2}\p{L}{2,15}(?:\s+by)?\s?:\s+/iu, '')
    // Chinese and Japanese credits name the role first: "记者 王丽", "文／山田太郎".
    .replace(/^(?:(?:记者|記者|通讯员|通訊員|撰文|采写|編集)\s*[：:／/]?\s*|(?:文|写真)\s*[：:／/]\s*)(?=\p{Lo})/u, '')
    .replace(LEADING_BYLINE_WORD, '')
    // "From Sani Garba Yakasai, Kano": Nigerian papers credit the correspondent "from" the name.
    .replace(/^[Ff]rom\s+(?=\p{Lu})/u, '');
  // A line break ends the name: "By LANA⏎April 13, 2026⏎Last Updated: …", a meta box read as one text.
  a = a.split(/\s*\n\s*/u)[0] ?? '';
  // "Author Fiona Strachan": a theme's label for screen readers, read with the name.
  const label = UNCOLONED_AUTHOR_LABELS.find((l) => a.startsWith(l));
  if (label !== undefined && /^\p{Lu}/u.test(a.slice(label.length))) a = a.slice(label.length);
  // "Chen Wei-lun / Staff reporter": a spaced slash ends the name as a bar does.
  a = a.split(/\s*[|•·●]\s*|\s+\/\s+/)[0] ?? '';
  // "Ratna Wulandari (The Jakarta Daily)": the outlet in brackets after the name.
  a = a.replace(/\s*\((?:the\s+)?[^()]{2,40}\)\s*$/iu, '');
  // "Jane Doe @janedoe Nov 18, 2019 at 9:24 pm": a handle, a date or a dash ends the name.
  a = a.split(/\s+(?:@|\d|[-–—]\s|(?:on|updated|published|posted|publié|publiée|mis à jour|modifié|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s|$))/i)[0] ?? '';
  // "Jordan Ellis, Ana Beltrán and Marcus Webb": a list of people keeps them all.
  const list = peopleList(a.trim(), site);
  if (list) return list;
  // ("Nandini Ravichandran; edited by Arjun Mehrotra": a semicolon ends the name as a comma does.)
  a = a.split(/\s*[,;]\s*/)[0] ?? '';
  // "Jane Doe. Example Agency": the sentence break ends the name.
  a = a.split(NAMES_END_STOP)[0] ?? '';
  a = a.replace(/\s+(for|in|at)\s+.*$/i, '').trim();
  // "By Nino Beridze<br>Thursday, 29 October 2026": the day under the name, the break read as a space.
  a = a.replace(TRAILING_WEEKDAY, '');
  // "Rhiannon Pritchard Court Reporter": the desk's job written after the name without a comma.
  a = a.replace(TRAILING_JOB, '');
  // A name ends in a capitalised word: what trails in lower case is the byline's own text ("Eva de
  // Boer op do" before "22-05-2025", "Jane Doe and staff"). Scripts without case are left alone.
  a = a.replace(/(?:\s+(?=\p{Ll})\S+)+$/u, '');
  // "JOSIE VARNELL-OKITKUN Ledger": a name set in capitals ends with them; a paper's name or a desk
  // from the line under it may follow ("*Ledger sports editor*"). One word in capitals before a
  // name in title case is a surname first ("ADRIKO Francis"), so two are needed.
  a = a.replace(/^((?:\p{Lu}[\p{Lu}'’.-]+\s+)+\p{Lu}[\p{Lu}'’.-]+)(?:\s+\p{Lu}\p{Ll}\S*)+$/u, (whole, capitals: string) => (capitals.split(/\s+/).length >= 2 ? capitals : whole));
  if (/^the\s/i.test(a)) return null;
  a = nameCase(a);
  const m = CONJUNCTION.exec(a);
  if (m) {
    const first = a.slice(0, m.index);
    const second = a.slice(m.index + m[0].length);
    if (isPersonName(first, site) && isPersonName(second, site) && !CONJUNCTION.test(second)) return `${first} ${m[1]} ${second}`;
    // "José Ortega y Gasset" is one name; "Jane Doe and staff" is one person.
    if (ONLY_BETWEEN_PEOPLE.test(m[1]!) || !isPersonName(a, site)) a = first;
  }
  return isPersonName(a, site) ? a : null;
}

/**
 * Three or more people listed with commas and a last conjunction ("A, B and C"), kept as written,
 * or null when the text is not such a list or any part of it is not a person.
 */
function peopleList(text: string, site: string | null): string | null {
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 6) return null;
  const last = parts[parts.length - 1]!;
  const m = CONJUNCTION.exec(last);
  if (!m) return null;
  const names = [...parts.slice(0, -1), last.slice(0, m.index), last.slice(m.index + m[0].length)];
  if (!names.every((n) => isPersonName(n, site) && !CONJUNCTION.test(n))) return null;
  return `${names.slice(0, -1).join(', ')} ${m[1]} ${names[names.length - 1]}`;
}

/** "… and photos" after the label of a credit for the words: "Texte et photos :", "Text und Fotos:". */
const AND_PICTURES = String.raw`(?:\s+(?:et|and|und|y|e|en|og|och|i|&)\s+(?:photos?|fotos?|pictures|bilder|foto|zdjęcia))?`;
/** A byline's opening: "By", "Von", "Par", "Por", "Di", "Door", "Written by", "Escrito por", "Author:", "Words:", "Report:". */
const BYLINE_START = new RegExp(String.raw`^(?:(?:${BYLINE_WORDS.join('|')}):?|(?:${BY_PHRASE_WORDS.join('|')}) by:?|${STORY_BY_PHRASES.join('|')}|${VON_PHRASE}|${CORRESPONDENT_PHRASES.join('|')}|authors?:|autor(?:in|ka|ica)?:|auteur:|autore:|words:|writer:|report:|story:|reporter:|(?:text|texte|testo|texto|tekst|besedilo|teksti|tekstas|teksts|szöveg)${AND_PICTURES}\s?:|${BYLINE_LABELS.map((label) => `${label}:`).join('|')}|yazan:|автор:)\s+\p{Lu}`, 'iu');

/** The words of a credit for the pictures, in the languages read. */
const PICTURE_WORDS = String.raw`(?:kuvat?|photos?|pictures?|images?|fotos?|bilder?|zdjęcia|fotó|fotografie|fotografias?|fotografías?|снимки|фото)`;
/**
 * The photographer's credit run onto the writer's line, where a Markdown paragraph joined the two:
 * "Teksti: Ville Rantanen Kuvat: Mikko Aaltonen", "Text: Anna Berg Foto: Jonas Ek".
 */
const PHOTOGRAPHER_AFTER = new RegExp(String.raw`(?<!(?:^|\s)(?:and|und|et|y|e|en|og|och|ja|i|a|&))\s+${PICTURE_WORDS}\s*:\s+\p{Lu}.*$`, 'iu');

/** A credit's label for the pictures closing the text before a name: "… · Photos: ". */
const PICTURES_LABEL_AT_END = new RegExp(String.raw`${PICTURE_WORDS}\s*:\s*$`, 'iu');

/**
 * Whether a credit line names `name` for the pictures ("Words: Sione Fakatava-Reid · Photos: Harriet
 * Okeroa-Lind"): where the page's metadata gives that name as the author, it names the account or the
 * photographer, and the line's writer is the author.
 */
export function creditedForPictures(line: string, name: string): boolean {
  const at = line.indexOf(name);
  return at > 0 && PICTURES_LABEL_AT_END.test(line.slice(0, at));
}

/**
 * The author named by a line that reads as a byline ("By Jordan Pike · March 3, 2024" once its date
 * is taken out, "par Élodie Martin"), or null for any other line.
 */
export function bylineAuthor(text: string, site: string | null): string | null {
  // A chat post's byline opens with a pictograph: "✍️ Por Camilo Zuluaga".
  // ("**Tui Mareikura** | Business reporter": a Markdown line's emphasis around the name; "Gan / By Carys
  // Meredudd": a bilingual page's two labels.)
  const t = withoutLeadingPictographs(normalizeSpace(text)).replace(PHOTOGRAPHER_AFTER, '').replace(/\*\*|__/g, '').replace(/^[\s*_|·•,–—-]+|[\s*_|·•,–—-]+$/g, '').replace(BILINGUAL_BYLINE_LABEL, '');
  if (BYLINE_START.test(t)) return cleanAuthor(t, site);
  for (const credit of NAMING_CREDITS) {
    const named = namedByCredit(credit, t);
    if (named !== null) return named;
  }
  // Catalan's "Per Jordi Ferré i Sans"; but "Per Anders Nilsson" is a Scandinavian name alone, so
  // "Per" is no byline word elsewhere.
  if (/^Per\s+\p{Lu}/u.test(t) && !bareName(t)) return cleanAuthor(t.slice(4), site);
  // Romanian's "de Alexandru Pașca", written small: "de" before a capital is a name's particle elsewhere ("De Bruyne").
  if (/^de\s+\p{Lu}/u.test(t) && bareName(t.slice(3))) return cleanAuthor(t.slice(3), site);
  // The byline after the date on one line: "Publié le 27 janvier 2025 — Par Julien Morel".
  for (const part of t.split(/\s+[|·•–—]\s+|\s+-\s+/).slice(1, 4)) {
    if (BYLINE_START.test(part)) return cleanAuthor(part, site);
  }
  return null;
}

/** The first of a bilingual page's two byline words: "Gan / By", "Par / By", "Von / By". */
const BILINGUAL_BYLINE_LABEL = new RegExp(String.raw`^(?:${BYLINE_WORDS.join('|')})\s*/\s*(?=(?:${BYLINE_WORDS.join('|')})\s)`, 'iu');

/** A name, then the paper's staff: "Marlene Osmond | Times staff", "Dara Quinn, Staff Writer", "Ana Ruiz – Herald reporter". */
const STAFF_CREDIT = /^(\p{Lu}[^|,–—]{2,60}?)\s*[|,–—]\s*(?:(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+)?(?:[Ss]taff(?:\s+(?:[Ww]riter|[Rr]eporter))?|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor|[Cc]ontributing [Ww]riter)$/u;
/** A name and the town reported from, the whole line: "Relebohile Mphutlane reports from Semonkong", "… from Mithi, Tharparkar". */
const REPORTS_FROM = /^(\p{Lu}.{2,60}?) (?:reports|reporting) from \p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u;
/** A correspondent's credit with the town filed from, the whole line: "From Aisha Danjuma, Gombe", as Nigerian papers credit one. */
const FROM_WRITER_AND_TOWN = /^From\s+([^,]{3,60}),\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u;
/** Czech and Slovak "od" after the day and the time of a post's meta: "21.06.2026 19:05 od Katarína Beňušová". */
const FROM_AFTER_TIME = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{4},?\s+\d{1,2}:\d{2}\s+od\s+(\p{Lu}.{2,60})$/u;
/** The writer's and the photographer's credits with their parts in brackets: "Leonor Bacelar (texto) e Carlos Garrido (fotografia)". */
const ROLES_IN_BRACKETS = /^(\p{Lu}[^()]{2,60}?)\s*\((?:texto|text|texte|testo|tekst|teksti|words|reportage|reportagem|redacción|redação)\)(?:\s*(?:,|e|and|et|y|und|en|og|och|i|&)\s+[^()]{2,60}\((?:fotografia|fotografía|fotografie|fotos?|photos?|pictures|bilder|kuvat)\))?$/u;
/** A name and the writer's address after a bar, the whole line: "Nomvula Mkhonta | nomvula.mkhonta@eswatinipulse.co.sz". */
const NAME_AND_ADDRESS = /^(\p{Lu}[^|·•@]{2,60}?)\s*[|·•]\s*[\w.+-]+@[\w-]+\.[\w.]+$/u;
/** The writer a line names with their address after a bar ("Nomvula Mkhonta | nomvula.mkhonta@…"), or null. */
export function nameBesideAddress(line: string): string | null {
  return namedByCredit(NAME_AND_ADDRESS, normalizeSpace(line));
}
/** A correspondent's credit with the town before a colon: "Corespondență de la Orșova: Andreea Bocșe", "Correspondance de Namur : …". */
const CORRESPONDENT_FROM = /^(?:corespondență|corespondent|correspondance|corresponsal|corrispondenza|correspondent|korrespondent)\s+(?:de la|din|de|from|aus|da|di|desde)\s+\p{Lu}[^:]{1,40}\s?:\s+(\p{Lu}.{2,60})$/iu;
/** Whole-line credits whose first group is the writer's name, when it reads as a bare name. */
const NAMING_CREDITS: readonly RegExp[] = [FROM_WRITER_AND_TOWN, STAFF_CREDIT, REPORTS_FROM, FROM_AFTER_TIME, ROLES_IN_BRACKETS, NAME_AND_ADDRESS, CORRESPONDENT_FROM];

/** The correspondent a credit with their town names ("Corespondență de la Orșova: Andreea Bocșe"), or null. */
export function correspondentFrom(line: string): string | null {
  return namedByCredit(CORRESPONDENT_FROM, normalizeSpace(line));
}

/** The writer a whole-line credit's first group names, when it reads as a bare name. */
function namedByCredit(credit: RegExp, line: string): string | null {
  const named = credit.exec(line)?.[1];
  return named !== undefined && bareName(named) ? named : null;
}

/** One capitalised word of a name, with the inner capital of "MacLeod", "McCarthy", "DeShawn" or "O'Brien". */
const NAME_WORD = String.raw`(?:Mc|Mac|De|Di|Da|La|Le|Fitz|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
/** A person's name and nothing else: two to four capitalised words, with the particles names carry. */
const BARE_NAME_RE = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|\p{Lu}\.|de|da|do|dos|van|von|der|del|la|al-\p{L}+)){1,3}$`, 'u');

/**
 * Words that open a site's prompt or section, never a name: "Your Shout", "Our View", "Every Vote";
 * and a byline's label set in title case ("Written By Ellie Maddox").
 */
const PROMPT_OPENER = /^(?:your|my|our|their|his|its|this|these|those|every|each|any|have|get|join|read|see|written|posted|by)\s/i;
/** A writer's page on a news site ("/author/NAME/", "/profile/author/NAME-2117/", "/autor/NAME", "/autors/NAME") or a blog platform's profile ("/@NAME"). */
export const AUTHOR_HREF = /\/@[\w.-]{2,}(?:[/?#]|$)|\/(?:authors?|autor(?:es|en|s|i)?|auteurs?|journalists?|reporters?|writers?|redakteur(?:e|in)?|firmas?)\/[^/?#]+/i;

/** Whether a line is a person's name alone ("Noa Ben-Ami"), not a desk, a place or a phrase. */
export function bareName(line: string): boolean {
  return line.length <= 50 && BARE_NAME_RE.test(line) && !PROMPT_OPENER.test(line) && isPersonName(line) &&
    !line.split(/\s+/).some((w) => isStopWord(w) && w.length > 3);
}

/** Where a reporter is: "in Paris", "at the Emirates Stadium" (a reporter at the ground). */
const REPORTER_PLACE = / (?:in|at(?: the)?) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?=,| and |$)/gu;

/**
 * "Claire Lemaire in Paris and Erik Lund in Stockholm" → "Claire Lemaire and Erik Lund"; null for
 * any other line. With `placeOptional`, people named without a place ("Karen Leung and Jiaxin Zhou")
 * are read too.
 */
export function namesInPlaces(line: string, placeOptional = false): string | null {
  if (line.length > 100 || (!placeOptional && !/ (?:in|at(?: the)?) \p{Lu}/u.test(line))) return null;
  const names = line.replace(REPORTER_PLACE, '').split(/,\s*|\s+and\s+/);
  if (names.length > 4 || !names.every((n) => bareName(n))) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/**
 * A wire story's closing credit: "(Reporting by Karen Leung and Jiaxin Zhou in Hong Kong; Editing by
 * Martin Pryce)", "Reporting: Dinuka Wickramasinghe in Colombo; additional reporting: ...", and the
 * same set in bold or italics in Markdown ("**Reporting by Nadia Labiche; Editing by …**").
 */
const REPORTING_CREDIT = /(?:^|[(>\n])[ \t]*[*_]{0,3}[Rr]eporting(?: [Bb]y|:) ([^;()<>\n*_]{3,100}?)[ \t]*(?:[;)*_]|(?<=\p{Ll})\.(?=\s|$)|$)/gmu;

/**
 * A credit for the words alone on its line, under a story the desk signed ("Por Redacção"): "Texto: Amélia dos Santos
 * Muiambo", "Text: …", "Testo di …", or for the words and the pictures: "Texte et photos : Mathilde Vergnes", "Text und Fotos: …".
 */
const TEXT_CREDIT = new RegExp(String.raw`^[ \t]*[*_]{0,3}(?:Texto|Textos|Text|Texte|Testo|Tekst|Words)${AND_PICTURES}(?:\s*:|\s+(?:von|de|di|by|van|av|af))\s+([^;()<>\n*_:]{3,80}?)[ \t]*[*_]{0,3}[ \t]*$`, 'gmu');

/**
 * The reporters a wire story names only in its closing credit, for a page whose byline gives the
 * agency or nothing; an "Additional reporting by" credit is not read: it names helpers. So does a
 * credit for the words alone on its line.
 */
export function reportersInCredit(text: string): string | null {
  for (const m of text.matchAll(REPORTING_CREDIT)) {
    // "(Reporting by Adrian Croft, Editing by Luke Baker)": the next role may follow a comma.
    const names = namesInPlaces(normalizeSpace(m[1]!.split(/[,.]\s*(?:editing|edited|writing|additional|graphics|compiled) (?:by\b|reporting\b)/i)[0]!), true);
    if (names) return names;
  }
  for (const m of text.matchAll(TEXT_CREDIT)) {
    const names = namesInPlaces(normalizeSpace(m[1]!.split(/\s*[|·•,]\s*(?:fotos?|photos?|bilder?|foto|zdjęcia)\b/iu)[0]!), true);
    if (names) return names;
  }
  return null;
}

/**
 * The author of a date line once its date is taken out: a byline ("By Jordan Pike"), or a name alone
 * before the desk ("Noa Ben-Ami · Science & Space" from "Noa Ben-Ami · Science & Space · 6 Aug 2025").
 */
export function authorBesideDate(rest: string, site: string | null): string | null {
  // (Italian names the writer after the day with "da": "Pubblicato il 6 ottobre 2026 da Marianna Cembalo".)
  const t = normalizeSpace(rest).replace(/^[\s*_|·•,–—-]+|[\s*_|·•,–—-]+$/g, '').replace(/^(?:pubblicato\s+(?:il\s+)?)?da\s+(?=\p{Lu})/iu, 'di ');
  const byline = bylineAuthor(t, site);
  if (byline) return byline;
  // ("January 6, 2026 · 5 min · 1061 words · Ryan Vandersluis": a theme's reading time and word count come first.)
  const first = metaParts(t).map((part) => part.trim()).find((part) => !READ_LENGTH.test(part)) ?? '';
  return bareName(first) ? first : null;
}

/** A post's reading time or length beside its date: "5 min", "6 min read", "1061 words", "3 minutes de lecture". */
const READ_LENGTH = /^(?:\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti|minut)\.?(?:\s+(?:read|de lecture|de lectura|di lettura|de leitura|lesezeit|leestijd))?|[\d,.\s]+\s*(?:words|mots|palabras|wörter|parole|palavras|woorden|ord|słów))$/iu;

/** Longest line read as a byline or a date line; longer text is a biography or prose. */
const MAX_BYLINE_LINE = 100;
/** A byline box longer than this is not read line by line: it holds more than a credit and a date. */
const MAX_BYLINE_BOX = 300;
/** Class names of an element holding only the time a page was updated. */
const UPDATE_MARK = /(?:^|\s)(?:updated|date-?modified|modified-date|last-modified|rich-snippet-hidden)(?:\s|$)/i;
/** Elements that start a new line of a byline box. */
const LINE_BREAKS = new Set(['BR', 'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'SECTION', 'HEADER', 'FOOTER', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The lines of a byline box, split where the markup breaks them (<br>, block children): "Par Claire
 * Dubois<br>Publié le 14 mars 2025" is a name and a date, which read as one string would run together.
 * Lines longer than a byline are left out; a box longer than a credit and a date gives none.
 */
export function bylineLines(el: DomElement): string[] {
  const whole = normalizeSpace(el.textContent ?? '');
  if (!whole || whole.length > MAX_BYLINE_BOX) return [];
  const lines: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = normalizeSpace(buf);
    if (t && t.length <= MAX_BYLINE_LINE) lines.push(t);
    buf = '';
  };
  // [node, exiting]: a walk without recursion (the text is short, the nesting need not be).
  const work: Array<[DomNode, boolean]> = [];
  for (let i = el.childNodes.length - 1; i >= 0; i--) work.push([el.childNodes[i]!, false]);
  // Whether a tag stands between the text read so far and the next: "<a>Elif Karaağaç</a><span>Muhabir</span>"
  // is a name and a job that the page's style sets apart, not one word "KaraağaçMuhabir".
  let tagBetween = false;
  while (work.length) {
    const [node, exiting] = work.pop()!;
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (tagBetween && /\p{Ll}$/u.test(buf) && /^\s*\p{Lu}/u.test(text)) flush();
      buf += text;
      // The white space between two tags of the markup's layout stands between them as the tags do.
      if (text.trim()) tagBetween = false;
    }
    if (node.nodeType !== 1) continue;
    tagBetween = true;
    const child = node as DomElement;
    if (LINE_BREAKS.has(child.tagName)) flush();
    if (exiting) continue;
    // A theme's hidden copy of the update time beside the printed date ("<span class="updated
    // rich-snippet-hidden">2026-04-12T09:10:44+02:00</span>"): the reader sees only the printed one.
    if (UPDATE_MARK.test(child.getAttribute('class') ?? '')) continue;
    work.push([child, true]);
    for (let i = child.childNodes.length - 1; i >= 0; i--) work.push([child.childNodes[i]!, false]);
  }
  flush();
  return lines;
}

/** What names a page's web editor before the name: "Editor: Liu Min", "(Editor: …)", "Edited by …". */
const EDITOR_BEFORE = /(?:\beditors?(?: in charge)?|\bedited by|\bweb editor|责任编辑|編輯)\s*[:：]?\s*$/iu;
/** What names a writer before the name: "By …", "Author: …", "Reporter: …", "Written by …". */
const WRITER_BEFORE = /(?:\bby|\bauthor|\breporter|\bwriter|\bcorrespondent)\s*[:：]?\s*$/iu;

/**
 * Whether `author` is named on the page as its editor and never as its writer: a news site's CMS
 * often puts the web editor in the author field ("Editor: Liu Min" under a Xinhua story), and the
 * editor did not write the story.
 */
export function namedOnlyAsEditor(author: string, text: string): boolean {
  let editor = false;
  for (let at = text.indexOf(author); at >= 0; at = text.indexOf(author, at + author.length)) {
    const before = text.slice(Math.max(0, at - 30), at);
    if (EDITOR_BEFORE.test(before)) editor = true;
    else if (WRITER_BEFORE.test(before)) return false;
  }
  return editor;
}

/** A reporter's title written after the name in Korean and Japanese, or before it in Chinese: "김도윤 기자", "山岸翔太記者", "记者 王鹏". */
const REPORTER_TITLE = /\s*(?:기자|특파원|선임기자|記者|特派員|编辑)$|^(?:记者|本报记者|通讯员)\s*/u;

/** The writer's name without the reporter's title the byline writes beside it. */
export function withoutReporterTitle(author: string): string {
  const name = author.replace(REPORTER_TITLE, '');
  return name.length >= 2 ? name : author;
}

/**
 * The writer's name, a dash and their post for the story, where they filed from: "Chiara Iannotta – inviata a Formia",
 * "Marc Dubois — envoyé spécial à Kyiv", "Ana Ruiz – corresponsal en Lima".
 */
const CORRESPONDENT_SIGNATURE = /^(\p{Lu}[\p{L}'’. -]{2,60}?)\s+[–—-]\s+(?:(?:il |la |le |el |our |notre |nostr[oa] |nuestr[oa] )?(?:inviat[oa](?: speciale)?|corrispondente|envoyée? spéciale?|correspondante?|enviad[oa] especial|corresponsal|korrespondent(?:in)?|(?:special |foreign )?correspondent|reporting))(?:\s+(?:a|à|in|en|em|from|aus|de|da|dal|dalla|desde)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})?\.?$/u;

/** The place a signature says the story was filed from, after the name: " in Negombo", ", Koidu City". */
const SIGNED_FROM = String.raw`(?:\s+in|,)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}`;
/** A dash and the writer's name signing the story, with the place it was filed from: "– Dilhani Fernandopulle in Negombo", "— Finda Kamanda, Koidu City". */
const DASH_SIGNATURE = new RegExp(String.raw`^[–—]\s*(\p{Lu}[\p{L}'’. -]{2,60}?)(?:${SIGNED_FROM})?$`, 'u');
/** The writer's name in capitals and the place it was filed from, signing the story: "SEREANA VUNIBOLA, Levuka". */
const CAPITALS_SIGNATURE = new RegExp(String.raw`^(\p{Lu}[\p{Lu}'’. -]{2,60}?)(?=,\s+\p{Lu}\p{Ll})${SIGNED_FROM}\.?$`, 'u');

/** The name a signature of one of those shapes gives (its first group, when a person's name alone), or null. */
const signedName = (signature: RegExp) => (line: string): string | null => {
  const name = signature.exec(line.trim())?.[1]?.trim();
  return name !== undefined && bareName(name) ? name : null;
};
export const correspondentSigned = signedName(CORRESPONDENT_SIGNATURE);
export const dashSigned = signedName(DASH_SIGNATURE);
/**
 * The name a signature in capitals gives, as a name is written ("Sereana Vunibola"), or null. It holds
 * a given name the lists know: a wire dateline has the same shape ("PORT MORESBY, Papua New Guinea").
 */
export function capitalsSigned(line: string): string | null {
  const name = CAPITALS_SIGNATURE.exec(line.trim())?.[1]?.trim();
  const cased = name === undefined ? undefined : nameCase(name);
  return cased !== undefined && bareName(cased) && cased.split(' ').some((word) => GIVEN_NAMES.has(norm(word))) ? cased : null;
}
