import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { decodeDocument } from '../../functions/core/decode/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const classifier = loadDefaultClassifier();
const PARAGRAPHS = [
  'Fibre-optic cables wrapped around the trunks of date palms picked up the sound of weevil larvae chewing inside the trees months before any damage could be seen, according to a two-year field trial published on Wednesday.',
  'The researchers said the cables could watch thousands of trees at once, and that growers would be told which palms to treat before the pests spread to the rest of the farm.',
  'The ministry said it would test the system on more farms next year if the cost of the cables came down.',
];

async function cleanText(text: string) {
  return cleanDocument(decodeDocument(new TextEncoder().encode(text), { key: 'incoming/story.txt' }), { now: NOW });
}

describe('the place of a wire dateline', () => {
  it('takes a dateline with a country of two words off the first paragraph and keeps its place', async () => {
    const a = await cleanText(['Sensors hear palm pests months early', '', 'By Huda Al-Otaibi', '3 May 2026', '', `THUWAL, Saudi Arabia — ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1], '', PARAGRAPHS[2], ''].join('\n'));
    expect(a.paragraphs[0]).toBe(PARAGRAPHS[0]);
    expect(a.dateline).toBe('THUWAL, Saudi Arabia');
  });

  it('keeps the place of a dateline on a line of its own above the text', async () => {
    const a = await cleanText(['Sensors hear palm pests months early', '', 'By Huda Al-Otaibi', '3 May 2026', '', 'RIYADH, 2 May (SPA) -', PARAGRAPHS[0], '', PARAGRAPHS[1], '', PARAGRAPHS[2], ''].join('\n'));
    expect(a.paragraphs[0]).toBe(PARAGRAPHS[0]);
    expect(a.dateline).toBe('RIYADH');
    expect(a.source).toBe('SPA');
  });

  it('gives the classifier the places the body no longer names: the town a list knows, the region after it, an abbreviated state', () => {
    const body = PARAGRAPHS.join('\n\n');
    const seoul = classifier.classify({ title: 'Chip exports rise', body, dateline: 'SEOUL, South Korea' });
    expect(seoul.entities.places).toEqual(expect.arrayContaining(['Seoul', 'South Korea']));
    const hohoe = classifier.classify({ title: 'Tourism falls', body, dateline: 'HOHOE, Volta Region' });
    expect(hohoe.entities.places).toContain('Volta Region');
    const biloxi = classifier.classify({ title: 'Arrests made', body, dateline: 'BILOXI, Miss.' });
    expect(biloxi.entities.places).toEqual(expect.arrayContaining(['Biloxi', 'Mississippi']));
    expect(biloxi.entities.places).not.toContain('Miss.');
    // No dateline, no added place.
    expect(classifier.classify({ title: 'Tourism falls', body }).entities.places).not.toContain('Volta Region');
  });

  it('names the town once where a Slavic article writes it only in another case ("w Ostrołęce" under "Ostrołęka")', () => {
    const body = 'Ranni trafili do szpitala w Ostrołęce. Jedna osoba nie żyje, a czternaście zostało rannych po nocnej nawałnicy.\n\nStrażacy interweniowali od północy ponad tysiąc razy, a drogi były zablokowane przez drzewa.';
    const places = classifier.classify({ title: 'Nawałnica', body, dateline: 'Ostrołęka' }).entities.places;
    expect(places).toContain('Ostrołęka');
    expect(places).not.toContain('Ostrołęce');
  });
});
