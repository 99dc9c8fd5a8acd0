import { describe, expect, it } from 'vitest';
import { matcher } from '../../functions/core/clean/pattern-matcher.js';

describe('a list of line patterns tried as one', () => {
  const patterns = [
    /^(?:sponsored|promoted|paid (?:content|post))\s*[·|:]\s*\S.{0,200}$/i,
    /^(czytaj (także|też)|zobacz (też|także)|läs (också|mer)|čtěte také)\s*:?$/iu,
    /^(?!.*\b(?:said|says)\b)(?:\p{Lu}\p{L}*\s*[:—–]\s+)?(?:fly|book|shop)\s[^.!?]{0,90}\bfrom\s+\p{Sc}?\d/iu,
    /^[Aa]dvertisement\s+\p{Lu}/u,
    /^\d{1,2}:\d\d\s*\/\s*\d{1,2}:\d\d$/,
    /^(?:a|b)+x$/,
    /^📷\s*\p{Lu}/u,
    /\b(?:this|the) page (?:will )?refresh(?:es)?\b/i,
    /^[\W_]*(?:live|en direct)[\W_]*$/iu,
    /^(?:most read|les plus lus|meistgelesen)$/iu,
  ];
  const lines = [
    'Sponsored · Is your incident response ready?',
    'PAID POST: a new way to bank',
    'Czytaj także:',
    'Läs mer',
    'Čtěte také',
    'Air Astana: fly Almaty to Dubai from $289.',
    'Book a table today from £20',
    'The minister said she would book flights from $300.',
    'Advertisement Watch every match live',
    'advertisement watch every match live',
    '3:14 / 27:05',
    'bbax',
    'abx',
    'ba',
    '📷 Reuters',
    '📷 reuters',
    'This page will refresh every 60 seconds.',
    'Residents said the page refreshes slowly.',
    '● LIVE',
    'Live coverage continues after the break.',
    'Meistgelesen',
    'Most read stories this week',
    '',
    'Zobacz też',
    'Összes cikk',
  ];

  it('matches exactly the lines one of the patterns matches', () => {
    const matches = matcher(patterns);
    for (const line of lines) expect([line, matches(line)]).toEqual([line, patterns.some((re) => re.test(line))]);
  });

  it('reads a pattern with a negated case class as written, under its own flags', () => {
    const patterns = [/^\P{Lu}+ section$/iu, /^[^\p{Lu}]\w+ only$/iu];
    const matches = matcher(patterns);
    for (const line of ['world section', 'WORLD SECTION', 'xfoo only', 'XFOO ONLY', 'Xfoo only']) expect([line, matches(line)]).toEqual([line, patterns.some((re) => re.test(line))]);
  });
});
