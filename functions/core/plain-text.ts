/**
 * Removes tag-shaped markup (`<script>`, `</b>`, `<img src=x>`) from a one-line field such as a
 * title or an author. These fields are plain text, yet many feed readers render RSS titles as HTML,
 * so markup in them is either an accident of scraping or an injection attempt. Text such as
 * "x < y" is not tag-shaped and stays.
 */
export function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
