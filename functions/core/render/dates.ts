/**
 * Date formatting for feeds. Inputs are the article model's strings; nothing here reads a clock.
 */

/** The fallback instant for an empty feed, so an empty feed's bytes never change. */
export const EPOCH = '1970-01-01T00:00:00Z';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an article date: `YYYY-MM-DD` means 00:00:00 UTC that day; anything else must be an ISO
 * 8601 date-time (an offset is honoured). Returns null when the value is absent or not a real date.
 */
export function parseArticleDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const v = value.trim();
  const dateOnly = DATE_ONLY.exec(v);
  const ms = dateOnly ? Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(ms)) return null;
  const date = new Date(ms);
  // Date.UTC silently rolls 2024-02-31 over into March; a date that does not round-trip is bogus.
  if (dateOnly && date.toISOString().slice(0, 10) !== v) return null;
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date : null;
}

/** RFC 3339 in UTC, whole seconds: `2026-11-21T16:06:18Z`. */
export function toRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** RFC 822 (as RSS 2.0 uses it, four-digit year) in UTC: `Sat, 21 Nov 2026 16:06:18 +0000`. */
export function toRfc822(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${pad(date.getUTCFullYear(), 4)} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

/** The article's `updated`, or the epoch when it is unreadable (the model promises RFC 3339). */
export function updatedDate(article: { updated: string }): Date {
  return parseArticleDate(article.updated) ?? new Date(0);
}

/** Publication date shown to readers: `published` when it is a real date, else `updated`. */
export function publishedDate(article: { published: string | null; updated: string }): Date {
  return parseArticleDate(article.published) ?? updatedDate(article);
}

/** The newest `updated` among the articles, or the epoch when there are none. */
export function newestUpdated(articles: readonly { updated: string }[]): Date {
  let newest = new Date(EPOCH);
  for (const a of articles) {
    const d = updatedDate(a);
    if (d.getTime() > newest.getTime()) newest = d;
  }
  return newest;
}
