import { describe, expect, it } from 'vitest';
import { slavicCaseFormOf, slavicCaseFormsOfOnePlace } from '../../functions/core/classify/entities/slavic-case.js';

describe('slavicCaseFormOf', () => {
  it('knows a surname with a case ending, the fleeting "e" dropped', () => {
    expect(slavicCaseFormOf('kowalczyka', 'kowalczyk')).toBe(true);
    expect(slavicCaseFormOf('berga', 'berg')).toBe(true);
    expect(slavicCaseFormOf('wojtaszka', 'wojtaszek')).toBe(true);
    expect(slavicCaseFormOf('novákovi', 'novák')).toBe(true);
  });

  it('refuses another word that starts like the name', () => {
    expect(slavicCaseFormOf('bergman', 'berg')).toBe(false);
    expect(slavicCaseFormOf('kowalczyk', 'kowalczyk')).toBe(false);
    expect(slavicCaseFormOf('aa', 'a')).toBe(false);
  });
});

describe('slavicCaseFormsOfOnePlace', () => {
  it('pairs a place name with its case forms', () => {
    expect(slavicCaseFormsOfOnePlace('Krnov', 'Krnově')).toBe(true);
    expect(slavicCaseFormsOfOnePlace('Chojnice', 'Chojnicach')).toBe(true);
    expect(slavicCaseFormsOfOnePlace('Třeboně', 'Třeboni')).toBe(true);
    expect(slavicCaseFormsOfOnePlace('Tarnów', 'Tarnowie')).toBe(true);
  });

  it('keeps apart towns that only start alike, and names of several words', () => {
    expect(slavicCaseFormsOfOnePlace('Słupsk', 'Słupca')).toBe(false);
    expect(slavicCaseFormsOfOnePlace('Krnov', 'Krnov')).toBe(false);
    expect(slavicCaseFormsOfOnePlace('Nowy Sącz', 'Nowym Sączu')).toBe(false);
  });
});
