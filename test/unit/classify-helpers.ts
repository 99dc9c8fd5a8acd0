import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SeedExpectation {
  file: string;
  title: string;
  topic: string;
  language: string;
  people: string[];
  places: string[];
  organizations: string[];
}

export const seedExpectations = JSON.parse(
  readFileSync(join(root, 'test/fixtures/classify-seeds-expected.json'), 'utf8'),
) as SeedExpectation[];

/**
 * The seed text with the scraper junk removed by line patterns: a fixed stand-in for the cleaner,
 * so these tests exercise classification alone.
 */
export function seedText(e: SeedExpectation): { title: string; body: string } {
  const raw = readFileSync(join(root, 'seeds', e.file), 'utf8');
  const body = raw
    .split('\n')
    .slice(1)
    .filter((l) => !/string\(\d+\)|\{.*\}|^\s*(?:p\.p\d|span\.)|^0 \d+$|Subscribe|Sign up|Leave a Reply|Like Us on|Make CT|Real Time Analytics|replies$|CHINA TOPIX|\d\d\/\d\d\/\d{4}/.test(l))
    .filter((l) => l.trim() !== e.title.trim())
    .join('\n');
  return { title: e.title, body };
}
