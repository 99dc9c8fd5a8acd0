import { describe, expect, it } from 'vitest';
import { junkKind } from '../../functions/core/clean/boilerplate.js';
import { clean, REPORT } from './clean-report-fixture.js';

const TITLE = 'Hunters beat Norths Devils for a fifth straight win';
const DECK = 'The Hunters stretched their winning run to five games with a comeback in the second half.';

/** A page as a reader app exports it: its metadata list, the page, then the reader's highlights. */
const readerExport = (): string =>
  [
    `# ${TITLE}`,
    '',
    '![rw-book-cover](https://coastsport.example/media/hunters.jpg)',
    '',
    '## Metadata',
    '- Author: [[Coast Sport]]',
    `- Full Title: ${TITLE}`,
    '- Category: #articles',
    `- Summary: ${DECK}`,
    '- URL: https://coastsport.example/rugby/hunters-fifth-win',
    '- Published Date: 2026-07-12',
    '',
    '## Full Document',
    '',
    'RUGBY LEAGUE',
    '',
    DECK,
    '',
    'By [Mele Tonga](https://coastsport.example/writers/mele-tonga)',
    '',
    '12 July 2026',
    '',
    ...REPORT.flatMap((p) => [p, '']),
    '© Coast Sport 2026',
    '',
    '## Highlights',
    '',
    `> ${REPORT[0]}`,
    '',
    '(View Highlight)',
    '',
    'Note: ask the club about the crowd figure',
  ].join('\n');

describe('a page as a reader app exports it', () => {
  it('reads its metadata list, takes the page’s own byline over the site’s name, and leaves the reader’s highlights out', async () => {
    const cleaned = await clean(readerExport(), 'incoming/a.md');
    expect(cleaned.title).toBe(TITLE);
    expect(cleaned.author).toBe('Mele Tonga');
    expect(cleaned.published).toBe('2026-07-12');
    const body = cleaned.paragraphs.join('\n');
    expect(cleaned.paragraphs[0]).toBe(REPORT[0]);
    for (const junk of ['Full Title', 'Category:', 'Full Document', DECK, 'View Highlight', 'ask the club']) expect(body).not.toContain(junk);
  });
});

describe('a newsletter’s sign-up prompt', () => {
  it('is read after any full stop of its set-up, a time’s included', () => {
    expect(junkKind('Få de vigtigste erhvervsnyheder fra Fyn hver morgen kl. 6. Tilmeld dig Fyns Erhvervs nyhedsbrev – det er gratis.')).toBe('boilerplate');
    expect(junkKind('Klubben spiller igen kl. 6. Tilmeldingen til sommerlejren åbner i næste uge.')).toBeNull();
  });
});
