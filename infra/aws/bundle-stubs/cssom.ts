/**
 * Stands in for `@acemir/cssom` in the bundles. linkedom imports its CSS parser only to build a
 * `<style>` element's `.sheet`, which nothing here reads: styles are dropped as chrome, never parsed.
 * Leaving the parser out keeps ~78 KB out of each bundle; reading `.sheet` fails loudly instead.
 */
export function parse(): never {
  throw new Error('CSS style sheets are not parsed in the bundled functions: read the <style> element\'s textContent instead');
}
