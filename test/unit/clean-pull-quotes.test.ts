import { describe, expect, it } from 'vitest';
import { withoutPullQuotes } from '../../functions/core/clean/pull-quotes.js';

const story = [
  'Rangers walked the Waitākere tracks with drones for three weeks in January.',
  '“Once you can see dieback on a kauri, it is usually too late,” said the ecologist who led the survey. “The drones let us see it years earlier.”',
  '"Once you can see dieback on a kauri, it is usually too late."',
  'The council will close two more tracks in March.',
];

describe('a pull quote', () => {
  it('goes from the text and the markup when a paragraph of the story holds it', () => {
    const html = `<p>${story[0]}</p><p>${story[1]}</p><blockquote><p>${story[2]}</p></blockquote><p>${story[3]}</p>`;
    const { paragraphs, bodyHtml } = withoutPullQuotes(story, html);
    expect(paragraphs).toEqual([story[0], story[1], story[3]]);
    expect(bodyHtml).toBe(`<p>${story[0]}</p><p>${story[1]}</p><p>${story[3]}</p>`);
  });

  it('takes the line crediting it with it, from the text and the markup', () => {
    const credit = '— Rangers’ lead ecologist, Auckland Council';
    const paragraphs = [story[0]!, story[1]!, story[2]!, credit, story[3]!];
    const html = `<p>${story[0]}</p><p>${story[1]}</p><blockquote><p>${story[2]}</p><p>${credit}</p></blockquote><p>${story[3]}</p>`;
    const out = withoutPullQuotes(paragraphs, html);
    expect(out.paragraphs).toEqual([story[0], story[1], story[3]]);
    expect(out.bodyHtml).toBe(`<p>${story[0]}</p><p>${story[1]}</p><p>${story[3]}</p>`);
    // A dashed line after a paragraph that is no pull quote stays.
    expect(withoutPullQuotes([story[0]!, credit, story[3]!], null).paragraphs).toEqual([story[0], credit, story[3]]);
  });

  it('leaves short lines, headings and list items that a longer line repeats', () => {
    const recipe = ['Breakfast: oats, 1 cup blueberries and a boiled egg.', 'Oats, 1 cup blueberries and a boiled egg', 'Quiet start.', 'It was a quiet start.'];
    expect(withoutPullQuotes(recipe, null).paragraphs).toEqual(recipe);
  });
});
