import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../functions/core/clean/text.js';

const now = new Date('2030-01-01T00:00:00Z');

describe('hard-wrapped text', () => {
  const wrapped = [
    'Harbour Board Approves New Ferry Terminal',
    'By Jane Doe',
    'March 5, 2024',
    '',
    'The harbour board approved plans for a new ferry terminal on Tuesday,',
    'ending a two-year dispute with residents who had argued that the',
    'building would block views of the old lighthouse from the promenade.',
    '',
    'The terminal will cost about 40 million pounds and is expected to open',
    'in the spring of 2026, the board said in a statement. Construction will',
    'begin after the summer season so that tourist traffic is not disrupted.',
  ].join('\n');

  it('joins wrapped lines back into paragraphs and keeps title, byline and date apart', () => {
    const r = extractFromText(wrapped, now);
    expect(r.title).toBe('Harbour Board Approves New Ferry Terminal');
    expect(r.author).toBe('Jane Doe');
    expect(r.published).toBe('2024-03-05');
    expect(r.paragraphs).toHaveLength(2);
    expect(r.paragraphs[0]).toMatch(/^The harbour board .* from the promenade\.$/);
  });

  it('joins German prose wrapped before capitalised nouns', () => {
    const text = [
      'Stadtrat beschließt neuen Radweg',
      '',
      'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen',
      'Radwegs entlang der Hauptstraße beschlossen. Die Arbeiten sollen im',
      'Frühjahr beginnen und etwa acht Monate dauern, teilte die Verwaltung mit.',
    ].join('\n');
    expect(extractFromText(text, now).paragraphs).toEqual([
      'Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang der Hauptstraße beschlossen. ' +
        'Die Arbeiten sollen im Frühjahr beginnen und etwa acht Monate dauern, teilte die Verwaltung mit.',
    ]);
  });

  it('does not join a list of headlines of similar width', () => {
    const text = [
      'Top Stories',
      'Senate passes stopgap bill hours before shutdown deadline',
      'Wildfire smoke drifts across the northern border again',
      'Central bank holds rates steady, signals patience',
      '',
      'Drought forces Panama Canal to cut daily crossings again',
      'By Elena Vargas',
      'Published August 9, 2023',
      '',
      'The Panama Canal Authority said on Wednesday it would cut the number of daily ship crossings to 32 from 36, the second reduction this summer.',
      '',
      'Gatun Lake, which supplies the fresh water used to raise and lower ships through the locks, stood at 24.5 metres this week.',
      '',
      'Most Popular',
      'Inflation slows for a third straight month as fuel prices ease',
      'Tech shares slide after two chipmakers miss earnings forecasts',
      'The best beaches in Central America you have never heard of',
    ].join('\n');
    const r = extractFromText(text, now);
    expect(r.title).toBe('Drought forces Panama Canal to cut daily crossings again');
    expect(r.author).toBe('Elena Vargas');
    expect(r.published).toBe('2023-08-09');
    expect(r.paragraphs.join('\n')).not.toMatch(/Senate passes|Inflation slows/);
  });
});
