/**
 * An update note opening the story: "UPDATE, 8 October, 3.40pm: This story has been updated with comments from …",
 * "UPDATE 8.40am, Friday 15 May: The rest centre has now closed …", "Updated Sunday 9:40 a.m. with comments from …",
 * or closing it. The desk's note on what changed since the story was first published; not the story. Only the first
 * and the last paragraph are read, and only with a date or a time between the label and its colon (or, without one,
 * saying what the update added; closing it, the only such note of the story, or a paragraph saying the story was
 * updated, with its day or time): a live blog's entries further down are its story.
 */
import { LINE_ELEMENT, withoutElement } from './pull-quotes.js';

const UPDATE_NOTE = /^(?:UPDATE[DS]?|Update[ds]?)\b[ ,]+(?=[^:]{0,50}\d)[^:]{2,50}:\s+\S/u;
/** Longest such note, in words. */
const MAX_NOTE_WORDS = 60;
/** Longest line going on with a closing note under it. */
const MAX_NOTE_TAIL_WORDS = 25;
/** A story of fewer paragraphs is left as it is. */
const MIN_PARAGRAPHS = 3;

/** Under the story, the note must say what it is: "This story was updated to add …". */
const SAYS_UPDATED = /\b(?:story|article|report|piece)\s+(?:was|has\s+been|had\s+been)\s+(?:updated|amended|corrected)\b/iu;

/** Or without a colon, saying what it added: "Updated Sunday 9:40 a.m. with comments from the coach." (opening the story only). */
const UPDATED_WITH = /^(?:UPDATED|Updated)\s+(?=.{0,40}\d).{2,40}?\s(?:with|to add|to include|to reflect|to correct)\s.{3,240}$/u;

/**
 * Or a whole closing paragraph that says so, with its day or time, in the languages read: "Artikeln uppdaterades
 * 18 augusti kl. 14.47 med uppgifter från Sportfiskarna.", "This story was updated at 3pm to include …", "Noticia
 * actualizada a las 21.15 con …", "Aanvulling 4 maart, 9.30 uur: …", "Aktualisiert am 24.06.2026 um 14:20 Uhr: …", "Uppdaterad kl.
 * 14.35: …", "Aktualizováno 2. 9. 2026 v 15:10: …", "Article mis à jour le 13 mars 2026 à 9 h 40 : …", and a correction: "Notícia
 * corrigida às 15h20: …", or what it added: "Atualizado a 10 de junho de 2026, às 9h20, com o número de …".
 */
const CLOSING_UPDATE = /^(?:(?:this |the )?(?:story|article|report|piece) (?:was|has been) (?:updated|amended|corrected)|artikeln (?:uppdaterades|har uppdaterats)|(?:artikkelen|saken) (?:ble|er) oppdatert|artiklen (?:blev|er) opdateret|(?:der |dieser )?(?:artikel|beitrag) wurde .{0,40}?(?:aktualisiert|ergänzt|korrigiert|geändert)|(?:dit |het )?artikel (?:is|werd) (?:bijgewerkt|aangepast)|cet article a été (?:mis à jour|actualisé)|(?:este |el )?artículo (?:fue|ha sido) actualizado|(?:articolo|notizia) aggiornat[ao]|(?:esta )?(?:matéria|reportagem|notícia) (?:foi )?atualizada|artykuł (?:zaktualizowano|został zaktualizowany)|(?:noticia|información|artículo) actualizad[ao]|(?:(?:article|artículo|articolo|artigo|notícia|noticia|matéria|artikel|artikkel|artiklen|artikeln|story|report) )?(?:corrigida|corrigido|corregida|corregido|corrigé|corrigée|corretto|corretta|rettificato|rettificata|korrigiert|gecorrigeerd|corrected|aanvulling|nachtrag|aktualisierung|aktualisiert|mise à jour|mis à jour|aggiornamento|aggiornato|atualização|atualizado|actualizado|actualizada|actualización|opdatering|opdateret|oppdatering|oppdatert|uppdaterad|uppdaterat|bijgewerkt|aktualizacja|zaktualizowano|aktualizováno|aktualizace|päivitetty|frissítve|actualizat|actualizare|ažurirano)\b[^:]{0,40}\d[^:]{0,20}:|(?:atualizado|actualizado|actualizada|aggiornato|mis à jour|updated|aktualisiert|bijgewerkt|oppdatert|opdateret|uppdaterad)\b[^.:]{0,50}\d[^.:]{0,30}\b(?:com|con|with|avec|mit|met|med)(?=\s))(?!\p{L})/iu;

/** An update's label and its day or time alone on a line, over the note: "Actualizare, 7 aprilie 2026, ora 17:30", "UPDATE 3.40pm". */
const UPDATE_LABEL_ALONE = /^(?:update[ds]?|actualizare|aktualisierung|nachtrag|mise à jour|actualización|aggiornamento|atualização|aanvulling|oppdatering|opdatering|uppdatering|aktualizacja|aktualizace|päivitys)\b[ ,:–—-]+(?=[^.!?]{0,50}\d)[^.!?]{2,50}$/iu;

const short = (p: string): boolean => p.split(/\s+/).length <= MAX_NOTE_WORDS;
const isNote = (p: string): boolean => UPDATE_NOTE.test(p) && short(p);
const opensAsNote = (p: string): boolean => (UPDATE_NOTE.test(p) || UPDATED_WITH.test(p)) && short(p);

/**
 * The story without an update note opening it, or closing it when the note says the story was updated ("UPDATE,
 * Friday 14 August: This story was updated to add …"), from the text and from the markup.
 */
export function withoutUpdateNotes(paragraphs: string[], bodyHtml: string | null): { paragraphs: string[]; bodyHtml: string | null } {
  if (paragraphs.length < MIN_PARAGRAPHS) return { paragraphs, bodyHtml };
  let kept = paragraphs;
  let html = bodyHtml;
  if (opensAsNote(kept[0]!)) {
    html = html === null ? null : withoutElement(html, kept[0]!, LINE_ELEMENT);
    kept = kept.slice(1);
  }
  const last = kept[kept.length - 1]!;
  // A note closing the story alone ("UPDATE Monday 29 June, 10am: The A684 is open in both directions.") is the desk's
  // too; among others of its kind it is a live blog's oldest entry.
  const onlyNote = isNote(last) && !paragraphs.slice(0, -1).some((p) => UPDATE_NOTE.test(p));
  if (kept.length >= MIN_PARAGRAPHS && ((isNote(last) && (SAYS_UPDATED.test(last) || onlyNote)) || (short(last) && /\d/.test(last) && CLOSING_UPDATE.test(last)))) {
    html = html === null ? null : withoutElement(html, last, LINE_ELEMENT);
    kept = kept.slice(0, -1);
  } else if (kept.length > MIN_PARAGRAPHS && isNote(kept[kept.length - 2]!) && last.split(/\s+/).length <= MAX_NOTE_TAIL_WORDS && !kept.slice(0, -2).some((p) => UPDATE_NOTE.test(p))) {
    // The story's only note over a short line that goes on with it: "Update, 16.40 Uhr: Die Sperre wurde verlängert." /
    // "Die Räumung läuft laut Land planmäßig."
    for (const p of kept.slice(-2)) html = html === null ? null : withoutElement(html, p, LINE_ELEMENT);
    kept = kept.slice(0, -2);
  } else if (kept.length > MIN_PARAGRAPHS && short(last) && UPDATE_LABEL_ALONE.test(kept[kept.length - 2]!)) {
    // The label and its day on a line of their own over the note: "Actualizare, 7 aprilie 2026, ora 17:30" / "Prima cursă …".
    for (const p of kept.slice(-2)) html = html === null ? null : withoutElement(html, p, LINE_ELEMENT);
    kept = kept.slice(0, -2);
  }
  return { paragraphs: kept, bodyHtml: html };
}
