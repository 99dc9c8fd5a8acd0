import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../functions/core/plain-text.js';

describe('stripMarkup', () => {
  it.each([
    ['Council <script>alert(1)</script> vote', 'Council vote'],
    ['Hello <img src=x onerror=alert(1)> world', 'Hello world'],
    ['<b>Bold</b> claim', 'Bold claim'],
    ['<style>p{color:red}</style>Title', 'Title'],
  ])('removes markup from %j', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it.each(['Why x < y and y > z', 'A <3 B', 'Prices: 5 < 10', 'Tom & Jerry'])('keeps text that is not tag-shaped: %j', (text) => {
    expect(stripMarkup(text)).toBe(text);
  });
});
