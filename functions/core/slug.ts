/**
 * URL slug for a topic or entity name: lowercase ASCII words joined by `-`
 * ("Sci/Tech" → "sci-tech", "François Hollande" → "francois-hollande").
 * Stable: feeds and subscriptions are keyed on it.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
