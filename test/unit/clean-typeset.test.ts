import { describe, expect, it } from 'vitest';
import { typesetMarksRestorer, withPlainMarks } from '../../functions/core/one-byte.js';
import { clean } from './clean-report-fixture.js';

/** A scraped page with a paywall counter over its headline, a prompt inside its story and quotes. */
const page = (apostrophe: string, open: string, close: string): string =>
  [
    'BAY CHRONICLE',
    'Tauranga | Western Bay | Rotorua | Sport | Opinion',
    `Kia ora. You${apostrophe}ve read 3 of 5 free articles this month. Become a supporter to keep reading. [Support us]`,
    'Zespri lifts SunGold returns forecast as record crop strains Bay packhouses',
    'By Mere Tautahi-Kingi',
    `Kiwifruit marketer Zespri has lifted its forecast for SunGold returns after a record crop, but growers say the Bay${apostrophe}s packhouses are struggling to keep up with the volume.`,
    `Don${apostrophe}t miss out on the latest news and information.`,
    `${open}We have never packed this much fruit in one season,${close} said packhouse manager Tom Hale, who runs two night shifts at Te Puke and expects to keep them until the end of July.`,
    `The company said the higher returns reflected strong demand in Asia and Europe, and that it would review its growers${apostrophe} payments in the new year once the last of the crop was sold.`,
  ].join('\n');

describe('a typeset page', () => {
  it('is read as its twin with plain quotes is, prompts and all, and keeps its marks as typeset', async () => {
    const plain = await clean(page("'", '"', '"'), 'plain.txt');
    const typeset = await clean(page('’', '“', '”'), 'typeset.txt');
    expect(plain.title).toBe('Zespri lifts SunGold returns forecast as record crop strains Bay packhouses');
    expect(typeset.title).toBe(plain.title);
    expect(typeset.author).toBe(plain.author);
    expect(typeset.paragraphs.map((p) => p.replace(/[’]/gu, "'").replace(/[“”]/gu, '"'))).toEqual(plain.paragraphs);
    expect(typeset.paragraphs[1]).toMatch(/^“We have never packed this much fruit in one season,” said/u);
    expect(typeset.paragraphs.join(' ')).not.toMatch(/['"]|miss out/u);
  });
});

describe('marks given back to what was read with plain ones', () => {
  const typeset = 'He said: “It’s done.”\nThe mayor’s office –\nand the ‘yes’ side – agreed. A well-known "plain" one.';
  const plain = withPlainMarks(typeset, { dashes: false });
  const restore = typesetMarksRestorer(plain, typeset);

  it('takes a stretch of the page as it is', () => {
    expect(restore('“It’s done.”'.replace(/[’]/gu, "'").replace(/[“”]/gu, '"'))).toBe('“It’s done.”');
  });

  it('finds each mark by what surrounds it when lines were joined or spaces changed', () => {
    expect(restore("The mayor's office – and the 'yes' side")).toBe('The mayor’s office – and the ‘yes’ side');
    expect(restore('He said:  "It\'s done."')).toBe('He said:  “It’s done.”');
  });

  it('leaves plain the marks the page wrote plain, and a hyphen a hyphen', () => {
    expect(restore('A well-known  "plain" one.')).toBe('A well-known  "plain" one.');
  });
});
