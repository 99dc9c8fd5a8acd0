/**
 * Credit lines of a raw document: who took the photo, which agency the text came from or was
 * translated from. The cleaner drops them from the body; their names still say which news
 * organisations the article draws on.
 */
const CREDIT_WORD = String.raw`(?:photos?|images?|pictures?|photograph|photo credit|credits?|sources?|via|foto|fotos|bild|quelle|fuente|fonte|bron|crédits?|illustration)`;
const CREDIT_LINE = new RegExp(String.raw`^[\s([]*${CREDIT_WORD}\s*:\s*(.{2,120}?)[\s)\].]*$`, 'iu');
/** A credit in brackets inside a caption line: "(Photo : Reuters/RIA Novosti) Russian President …". */
const BRACKETED_CREDIT = new RegExp(String.raw`[([]${CREDIT_WORD}\s*:\s*([^()[\]\n]{2,100})[)\]]`, 'iu');
/** A credit closing a caption: "The bridge on Monday. Photo: Reuters". */
const TRAILING_CREDIT = new RegExp(String.raw`(?:^|[.;|–—-]\s*)${CREDIT_WORD}\s*:\s*([^:]{2,80}?)[\s.]*$`, 'iu');
const TRANSLATED_FROM = /^\s*(.{2,60}?)\s+[–—-]\s+(?:translated|traduit|übersetzt|traducido|tradotto|traduzido|vertaald)\b/iu;
/** Longest run of the document read for credits; they sit around the headline and under photos. */
const MAX_CREDIT_SCAN_CHARS = 200_000;
/** Most credit lines kept: a gallery page repeats them. */
const MAX_CREDITS = 20;

/**
 * The credits of a page's captions and credit elements: credit lines inside a caption, and the
 * whole text of a short element the page marks as a credit ("<span class=credit>AFP</span>").
 */
export function captionCredits(captions: readonly { text: string; isCredit: boolean }[]): string[] {
  const credits: string[] = [];
  for (const { text, isCredit } of captions) {
    const lines = creditLines(text);
    const trailing = lines.length === 0 ? TRAILING_CREDIT.exec(text)?.[1] : undefined;
    if (lines.length > 0) credits.push(...lines);
    else if (trailing) credits.push(trailing);
    else if (isCredit && text.trim().length <= 80) credits.push(text.replace(/^[\s©]*(?:\(c\)|copyright)?\s*/iu, '').trim());
    if (credits.length >= MAX_CREDITS) break;
  }
  return credits.slice(0, MAX_CREDITS);
}

/** The named part of each credit line of a document (text, Markdown or the text of a page). */
export function creditLines(text: string): string[] {
  const credits: string[] = [];
  for (const line of text.slice(0, MAX_CREDIT_SCAN_CHARS).split('\n')) {
    // A bracketed credit first: it may open a longer caption line that the whole-line reading would swallow.
    const named = BRACKETED_CREDIT.exec(line)?.[1] ?? (line.length <= 160 ? (CREDIT_LINE.exec(line)?.[1] ?? TRANSLATED_FROM.exec(line)?.[1]) : undefined);
    if (named) credits.push(named);
    if (credits.length >= MAX_CREDITS) break;
  }
  return credits;
}
