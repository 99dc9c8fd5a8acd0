/** Bylines, writers and sources as plain-text pages print them above or under the story. */
import { AUTHOR_CONJUNCTIONS, BY_PHRASE_WORDS, BYLINE_LABELS, BYLINE_WORDS, CORRESPONDENT_PHRASES, isPersonName, STORY_BY_PHRASES, VON_PHRASE_NOUNS, withoutLeadingPictographs } from './boilerplate.js';
import { isStopWord } from './lines.js';
import { AUTHOR_SPLIT } from './author-bio.js';
import { bareName, correspondentFrom, nameBesideAddress, TRAILING_JOB } from './byline.js';
import { eitherCase, NAMES_END_STOP, nameCase, normalizeSpace } from './text-utils.js';
import { DATE_LABEL_RE, isDateWord } from './text-dates.js';

/** "by", "By", "von", "Von": the byline words as a line opens with them. */
export const BYLINE_LEAD = BYLINE_WORDS.map(eitherCase).join('|');
/** "Written by", "Story By:"; German nouns are capitalised ("Ein Bericht von"). */
export const BY_PHRASE = `(?:${BY_PHRASE_WORDS.map(eitherCase).join('|')}) [Bb]y:?`;
export const VON_PHRASE = `(?:[Ee]in |[Ee]ine )?(?:${VON_PHRASE_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')}) von`;
/** "dal nostro inviato", "De notre envoyé spécial": a correspondent's byline, either case at its start. */
export const CORRESPONDENT = CORRESPONDENT_PHRASES.map(eitherCase).join('|');
export const BYLINE_NAME = String.raw`[\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|de|van|von|der|da|al-[\p{L}]+|d['’]\p{Lu}[\p{L}'’-]+)){1,4}`;
/**
 * "Historia de Juan Camilo Ríos", either case at its start; and the Romanian "de Radu Moldovan", only
 * in lower case (a capitalised "De" opens names: "De Gaulle").
 */
const STORY_BY = `${STORY_BY_PHRASES.map(eitherCase).join('|')}|de(?=\\s+\\p{Lu}\\p{Ll})`;
export const AUTHOR_AND = `(?:${AUTHOR_CONJUNCTIONS.join('|')})`;
/** A reporter and the town filed from, as the Nigerian and Ghanaian press head a story: "From Nenfort Gyang, Jos". */
const FROM_WRITER = String.raw`From(?=\s+[^,]{3,40},\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$)(?![^,]*\b(?:State|City|County|Province|Region|District|Government|Desk|Bureau|Office|Team|Archives?)\b)`;
/** A name and where its writer filed from: "Chinedu Okafor (Awka)". */
export const NAME_AND_PLACE = String.raw`${BYLINE_NAME}(?:\s*\([^()]{1,40}\))?`;
/** The photographer's credit after the writer's on the byline's line: "Text: Henrik Ståhlberg   Foto: Emma Wikander". */
const PICTURES_CREDIT = String.raw`(?:[Ff]oto|FOTO|[Pp]hotos?|PHOTOS?|[Bb]ild(?:er)?|[Zz]djęci[ea]|[Ff]otografie) ?:`;
// Two or more authors are one byline: "By A and B", "Par A, B et C", "Von A und B", "De notre correspondante, Hélène Jabol".
export const BYLINE_RE = new RegExp(
  // ("Gan / By Carys Meredudd": a bilingual page's two byline words.)
  String.raw`^(?:(?:${BYLINE_LEAD})\s*/\s*)?(?:${BYLINE_LEAD}|BY|${FROM_WRITER}|${BY_PHRASE}|${STORY_BY}|${VON_PHRASE}|${CORRESPONDENT}|[Ww]ords:|[Rr]eport:|[Ss]tory:|[Aa]uthor:?|[Aa]utor(?:ka|ica)?:?|[Aa]uteur:?|[Tt]ext[eo]?(?: (?:et|and|und|y|e|en|og|och|i|&) (?:[Pp]hotos?|[Ff]otos?|[Bb]ilder|[Ff]oto))? ?:|[Tt]esto ?:|[Tt]ekst ?:|Автор:?|Yazar:?|Yazan:|Συντάκτης:?|Συντάκτρια:?|Penulis:?|Reporter:?|[Ww]riter:|WRITER:|Skribent:?|${BYLINE_LABELS.map((label) => `${eitherCase(label)}:`).join('|')})[:,]?\s+(${NAME_AND_PLACE}(?:(?:\s*,\s*${NAME_AND_PLACE})*\s+${AUTHOR_AND}\s+${BYLINE_NAME})?)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|y|yr|de|la|of|the)){0,3})?(?:\s*\([^()]{1,80}\))?(?:\s*[,|–—·•;/-]\s*(.*)|\s+on\s+(?=\p{Lu}|\d)(.*)|\s+(?=${PICTURES_CREDIT})(.*))?$`,
  'u',
);

/** The writer a text line names: a byline, or a name with the writer's address ("Nomvula Mkhonta | nomvula.mkhonta@…"). */
export function writerOnLine(line: string): string | null {
  return bylineLineAuthors(line) ?? nameBesideAddress(line) ?? correspondentFrom(line);
}

/** A name and the town filed from after a bar, the whole line: "Laia Montané | La Seu d’Urgell". */
const NAME_AND_TOWN = /^(\p{Lu}[^|·•]{2,60}?)\s*\|\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|d['’]\p{Lu}[\p{L}'’-]*|de|del|la|le|les|do|da|dos|di|van|von|am|upon|sur|en)){0,3})$/u;

/**
 * The writer a line names with their town after a bar, when neither reads as a publication or a
 * section ("Local News | Dublin"). Read only right over the headline: elsewhere in a page's chrome
 * two words either side of a bar are as often its buttons ("Giriş Yap | Kayıt Ol").
 */
export function nameBesideTown(line: string): string | null {
  const m = NAME_AND_TOWN.exec(normalizeSpace(line));
  if (!m) return null;
  const name = m[1]!;
  const town = m[2]!;
  return bareName(name) && !PUBLICATION_WORD_RE.test(name) && !ARTICLE_WORD_RE.test(name) && !PUBLICATION_WORD_RE.test(town) ? name : null;
}

/** The author named by a byline line, as written ("Maya Okafor and Daniel Reyes"), when every name is a person's. */
export function bylineLineAuthors(line: string): string | null {
  // "By Jordi Puig. Barcelona": a full stop after a word of two letters or more ends the names.
  // "By DANNY HOLLOWAY FOR MAILSPORT", "By Jane Doe for The Guardian": the outlet after "for" is no
  // name, nor the agency after the names ("By DIEGO QUISPE and ANA REYES Associated Press").
  // A chat post's byline opens with a pictograph: "✍️ Por Camilo Zuluaga". A semicolon ends the names
  // ("Reported by Nandini Ravichandran; edited by Arjun Mehrotra").
  // "Por Larissa Knust*": a footnote's star after the name points at a note under the story ("*Estagiária sob supervisão …").
  const unstarred = line.startsWith('*') ? line : line.replace(/(?<=\p{L})\*{1,3}$/u, '');
  const names = BYLINE_RE.exec(withoutLeadingPictographs(unstarred).replace(TRAILING_JOB, ''))?.[1]?.replace(/\s*\([^()]*\)/gu, '').split(NAMES_END_STOP)[0]?.split(/\s*;\s*|\s+for\s+/iu)[0]?.replace(TRAILING_AGENCY_RE, '');
  if (!names) return null;
  const people = names.split(AUTHOR_SPLIT);
  if (!people.every((n) => isPersonName(n))) return null;
  // Each name in its own case: "JANE DOE and JOHN ROE" → "Jane Doe and John Roe".
  return people.reduce((out, n) => out.replace(n, nameCase(n)), names);
}

/** A credit shared with an agency or a colleague, in parentheses after the writer: "(com Lusa)", "(with AP)". */
export const SHARED_CREDIT_RE = /\s*\((?:com|with|avec|con|mit|met|e|and|et|y|und)\s+[^()]{1,40}\)$/i;
/** The writer's handle after their name: "Hallur Joensen (@hallurjoensen)", "Jane Doe @janedoe". */
export const HANDLE_AFTER_RE = /\s+\(?@[\w.]{2,30}\)?$/u;
/** A wire service written after the names of a byline without a comma. */
export const TRAILING_AGENCY_RE = /\s+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg)$/i;
/** News agencies named after a byline ("Anna Berger, dpa"). */
export const AGENCY_RE = /^(AP|AFP|dpa|epd|KNA|APA|SDA|ATS|EFE|ANSA|ANP|Belga|Lusa|Reuters|Bloomberg|PA|UPI|Europa Press)$/i;

/** A newsroom job after a byline's name: "Chief Football Reporter", "Local Democracy Reporter", "City Editor", a desk ("Visayas Bureau"). */
export const JOB_TITLE_RE =
  /\b(reporter|editor|correspondent|writer|columnist|critic|contributor|producer|analyst|journalist|photographer|presenter|commentator|reviewer|blogger|freelancer?|intern|chief|senior|staff|director|manager|officer|bureau|desk)s?\b/i;

/** Words that open a page's tools ("Print This Article", "Email Story"), never a name. */
export const PAGE_TOOL_RE = /^(?:print|email|e-mail|share|save|follow|subscribe|comment|download|listen)\s/i;

/**
 * "Sarah Lindqvist, Riverton Gazette" or "Tom Hale | Garden Notes" beside the date line: a person
 * and the publication they write for. Place names ("Paris, TX") fail the person test or the source test.
 */
export function nameAndSource(line: string): { author: string; source: string | null } | null {
  // "By Ciarán Brennan, Rugby Correspondent": the same line with its "By".
  const unlabelled = line.replace(/^by\s+(?=\p{Lu})/iu, '');
  const m = /^([^,|]{3,60}?)\s*[,|]\s*([^,|]{2,60})$/u.exec(unlabelled) ?? /^([^,|]{3,60}?)\s+[-–—]\s+([^,|\s]{4,60})$/u.exec(unlabelled);
  // A name in lower case is not a byline's ("by Mariam Saleh" is read as a byline).
  if (!m?.[1] || !m[2] || !/^\p{Lu}/u.test(m[1]) || /[/\d:]/.test(m[1]) || !isPersonName(m[1])) return null;
  // "Print This Article | Single Page": a page's tools, not a name.
  if (PAGE_TOOL_RE.test(m[1]) || m[1].split(/\s+/).some((w) => isStopWord(w) && w.length > 3)) return null;
  // "Quantiva Labs, Inc.": a company under "News provided by".
  if (/^(inc|ltd|llc|plc|corp|co|gmbh|ag|sa|nv|bv|ab|as|oy|pty|limited|incorporated)\.?$/i.test(m[2].trim())) return null;
  // "Simon Kent, Chief Football Reporter": the writer's job, not a publication.
  if (JOB_TITLE_RE.test(m[2])) return { author: nameCase(m[1]), source: null };
  // "Rizky Pratama - example.co.id": the site's domain.
  if (/^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(m[2])) return { author: m[1], source: m[2] };
  // A wire service may be written in lower case ("dpa"); other two- and three-letter capitals are
  // more often a state or country ("New York, NY").
  const source = AGENCY_RE.test(m[2]) ? m[2] : sourceFromRest(m[2]);
  if (!source || (/^\p{Lu}{1,3}\.?$/u.test(source) && !AGENCY_RE.test(source))) return null;
  return { author: m[1], source };
}

/**
 * A writer's line without a date: "Shakil Ahmed Chowdhury, Staff Correspondent", "Dilan Jayawardena
 * reporting from Pallekele".
 */
export function writerWithJob(line: string, overDate = false): string | null {
  if (line.length > 80) return null;
  // "Dilan Jayawardena reporting from Pallekele"; "Ross O'Donnell at Tannadice", the writer at the
  // ground, only over the date (a menu's "Never Lose at UTIII" is not a byline).
  // "INGRID TULLOCH reports from Unst": a name in capitals is the same name.
  const from = (overDate ? WRITER_FROM_OR_AT : WRITER_FROM).exec(line)?.[1];
  if (from !== undefined) {
    const name = nameCase(from);
    return bareName(name) ? name : null;
  }
  // "Kristín Ósk Hauksdóttir skrifar": the press formula of a name and "writes".
  const writes = WRITES_AFTER_RE.exec(line)?.[1];
  if (writes !== undefined) return bareName(writes) ? writes : null;
  const m = /^([^,|]{3,50}?)\s*[,|]\s*([^,|]{3,40})$/u.exec(line);
  return m?.[1] && m[2] && bareName(m[1]) && isJobLine(m[2]) ? m[1] : null;
}

/** The place a writer reports from, after "reporting from" or "at": "Pallekele", "Tannadice Park". */
const WRITER_PLACE = String.raw`\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$`;
const WRITER_FROM = new RegExp(String.raw`^(.+?)\s+(?:(?:reporting|reports)\s+from)${WRITER_PLACE}`, 'u');
const WRITER_FROM_OR_AT = new RegExp(String.raw`^(.+?)\s+(?:(?:reporting|reports)\s+from|at)${WRITER_PLACE}`, 'u');

/** A name and "writes" after it, in the languages whose pages print the writer so. */
const WRITES_AFTER_RE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})\s+(?:writes|skrifar|skriver|skrev|kirjoittaa|schreibt|écrit|escribe|scrive|pisze|píše|piše|γράφει)$/u;

/** A newsroom job alone on its line: "Local Democracy Reporter", "Senior Correspondent". */
export function isJobLine(line: string): boolean {
  // "Sports Reporter · ngaio.kereama@bayherald.co.nz": the job may carry the writer's address.
  const job = line.replace(CONTACT_AFTER, '');
  // "Business Reporter, Ohakune", "Hurling Correspondent at O’Moore Park": the job, then where it is done.
  const titled = job.replace(WHERE_AFTER_JOB, '');
  return job.length <= 50 && ((JOB_TITLE_RE.test(job) && (TITLE_CASE_JOB.test(job) || (JOB_TITLE_RE.test(titled) && TITLE_CASE_JOB.test(titled)) || JOB_AT_DESK.test(job))) || JOB_IN_OWN_WORDS.test(job) || JOB_COMPOUND.test(job) || OUTLET_JOB.test(job));
}

/** A job in title case: "Business Reporter", "Editor of the Herald". */
const TITLE_CASE_JOB = /^(\p{Lu}[\p{L}'’-]*|of|and|for|the|&)(\s+(\p{Lu}[\p{L}'’-]*|of|and|for|the|&))*$/u;
/** Where a job is done, after it: ", Ohakune", " at O’Moore Park". */
const WHERE_AFTER_JOB = /(?:,\s+|\s+(?:at|in)\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The outlet's name, then a writer's job written small: "Rattler journalist", "Herald reporter". */
const OUTLET_JOB = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:journalist|reporter|correspondent)$/u;

/** A desk's job written as one word, as Germanic languages compound it: "Vetenskapsreporter", "Wirtschaftsredakteurin", "Wetenschapsredacteur". */
const JOB_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:reporter(?:in)?|redaktör|redaktør|redakteur(?:in)?|redacteur|journalist(?:in)?|korrespondent(?:in)?|verslaggever|toimittaja)$/u;

/** A newsroom job in the page's language, at a desk or an outlet: "dziennikarz działu sportowego", "Redaktorin Ressort Region", "Periodista de la Universidad de Playa Ancha", "Journaliste de l’Initiative de journalisme local". */
const JOB_IN_OWN_WORDS = /^(?:starszy |starsza |główny |główna |senior )?(?:dziennikar(?:z|ka)|redaktor(?:ka|in)?|reporter(?:ka|in)?|korespondent(?:ka)?|novinář(?:ka)?|redaktör|journaliste|rédact(?:eur|rice)|giornalista|periodista|redactor(?:a)?|jornalista|verslaggever|redacteur|toimittaja|újságíró|novinar(?:ka)?|gazeteci|muhabir|journalist(?:in)?)(?:\s+[\p{L}'’-]+){0,6}$/iu;

/** A job in sentence case at a desk or outlet: "Technology reporter, NBS Scotland", "Senior political correspondent". */
const JOB_AT_DESK = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?:reporter|correspondent|editor|writer|journalist|columnist)(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?$/u;

/** An e-mail address. */
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** An e-mail address, a handle or a phone number after a separator, closing a line. */
export const CONTACT_AFTER = new RegExp(String.raw`\s*[·|•,]\s*(?:${EMAIL}|@\w+|\+?[\d ()-]{7,})\s*$`, 'u');
/** An e-mail address alone on its line. */
export const EMAIL_LINE = new RegExp(`^${EMAIL}$`, 'u');
/** The writer's e-mail link under the name, as its words: "Send an email", "Invia una email", "Envoyer un courriel". */
export const EMAIL_LINK_LINE = /^(?:send (?:an )?e-?mail|e-?mail (?:me|the author)|invia (?:una )?e-?mail|envoyer (?:un )?(?:e-?mail|courriel)|enviar (?:um |un )?(?:e-?mail|correo)|e-?mail senden|stuur (?:een )?e-?mail|send (?:en )?e-?post|skicka (?:e-?post|mejl)|wyślij e-?mail|napsat e-?mail)$/iu;

/** The writer's picture (its alt text) and name, one line under the other: "Avery Dueck" / "Avery Dueck". */
export function namePrintedTwice(line: string, next: string | undefined): boolean {
  return line === next && bareName(line) && !PUBLICATION_WORD_RE.test(line);
}

/** Words that name publications, not people: "Riverton Gazette", "Garden Notes", "Valley Times". */
export const PUBLICATION_WORD_RE =
  /\b(gazette|herald|tribune|ledger|beacon|enquirer|inquirer|advertiser|courant|chronicle|observer|courier|telegraph|guardian|independent|star|sun|mirror|express|review|report|weekly|online|today|insider|wire|bulletin|record|examiner|dispatch|standard|sentinel|mail|echo|globe|monitor|notes|blog|digest|journal|times|post|news|magazine|radio|tv|daily|press|world|media|sports?|business|tech|science|live|newsroom|desk|staff|editors|editorial|team)\b/i;
/** An article opening a name is a title's ("Le Monde", "The Verge", "Die Zeit"). */
export const ARTICLE_WORD_RE = /^(the|le|la|les|el|los|las|il|lo|der|die|das|de|het|een)\s/i;

export function sourceFromRest(rest: string): string | null {
  const t = rest.replace(/^[\s–—|•·,-]+|[\s–—|•·,-]+$/g, '').trim();
  // "Stand:" (a label), "NZST" (the time's zone): no publication.
  if (!t || t.length > 50 || /:$/.test(t) || /^(?:[A-Z]{1,4}[SD]?T|UTC|GMT|Z)$/.test(t)) return null;
  // "1 Sha'ban 1447", "12 Dey 1404": the day in another calendar beside the date, a day, a month and a
  // year; "Oswestry 14°C": the weather.
  if ((/^\d{1,2}\s/u.test(t) && /\s\d{3,4}$/u.test(t)) || /\d\s?°/u.test(t)) return null;
  const words = t.split(/\s+/);
  // "Samedi", "Datum": a weekday or a label left over.
  if (words.every((w) => isDateWord(w) || !w.replace(DATE_LABEL_RE, '').trim())) return null;
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|the|de|la|du|news)$/i.test(w))) return null;
  return JOB_TITLE_RE.test(t) ? null : t;
}

/** Fields of an entry's meta row, parted by bars, dots or slashes ("15. september 2026/1 komentar/v Znanost/avtor Maja Rednak"). */
const META_FIELD_SEPARATOR = /\s*[|•·●/]\s*/u;
/** Fields of a meta row looked through for the byline: the date, the comment count, the section and the writer. */
const MAX_META_FIELDS = 5;
/**
 * A theme's byline labels without their colon, as a field of its meta row words them in the site's
 * language ("avtor Maja Rednak", "autor Jan Novák"): a label only there, beside the date, before a
 * name alone. Read with string tests, for the reason given at SIGNUP_VERBS in boilerplate.ts.
 */
const LABELS_WITHOUT_COLON = [...BYLINE_LABELS, 'autor', 'autorka', 'autorica'].map((label) => `${label} `);

/** The writer a field of an entry's meta row names after the date: "… / 1 Comment / in Science / by Maja Rednak". */
export function bylineInMetaFields(rest: string): string | null {
  for (const field of rest.split(META_FIELD_SEPARATOR).slice(0, MAX_META_FIELDS)) {
    const text = field.trim();
    const byline = bylineLineAuthors(text);
    if (byline) return byline;
    const lower = text.toLowerCase();
    const label = LABELS_WITHOUT_COLON.find((l) => lower.startsWith(l));
    const labelled = label === undefined ? '' : text.slice(label.length).trim();
    if (labelled !== '' && bareName(labelled)) return labelled;
  }
  return null;
}
