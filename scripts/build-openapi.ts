/**
 * Regenerates functions/feed/openapi.ts from docs/openapi.yaml, so the feed function serves the
 * document without reading files or parsing YAML at run time. `--check` exits 1 when the module is
 * out of date instead of writing it.
 *
 *   npx tsx scripts/build-openapi.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const yamlPath = fileURLToPath(new URL('../docs/openapi.yaml', import.meta.url));
const modulePath = fileURLToPath(new URL('../functions/feed/openapi.ts', import.meta.url));

/** The TS module's full text for a YAML document: deterministic, so a check can compare bytes. */
export function openApiModuleSource(yamlText: string): string {
  // maxAliasCount: the shared header map is an alias used on every 200 response.
  const document: unknown = parse(yamlText, { maxAliasCount: 1000 });
  return [
    '// Generated from docs/openapi.yaml by scripts/build-openapi.ts; edit the YAML and rerun the script.',
    '',
    '/** The OpenAPI 3.1 description of the feed function, served at `/api/openapi.json`. */',
    `export const openApiDocument = ${JSON.stringify(document, null, 2)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = openApiModuleSource(readFileSync(yamlPath, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = readFileSync(modulePath, 'utf8');
    if (current !== source) {
      console.error('functions/feed/openapi.ts is out of date: run npx tsx scripts/build-openapi.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(modulePath, source);
    console.log(`wrote ${modulePath} (${source.length} bytes)`);
  }
}
