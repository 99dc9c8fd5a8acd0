import { describe, expect, it } from 'vitest';
import { slavicCaseFormOf, slavicCaseFormsOfOnePlace } from '../../functions/core/classify/entities/slavic-case.js';

describe('slavicCaseFormOf', () => {
  it('knows a surname with a case ending, the fleeting "e" dropped', () => {
    expect(slavicCaseFormOf('kowalczyka', 'kowalczyk')).toBe(true);
    expect(slavicCaseFormOf('berga', 'berg')).toBe(true);
    expect(slavicCaseFormOf('wojtaszka', 'wojtaszek')).toBe(true);
    expect(slavicCaseFormOf('novákovi', 'novák')).toBe(true);
  });

  it('knows the forms of a name ending in "a" and of a surname shaped as an adjective', () => {
    expect(slavicCaseFormOf('marty', 'marta')).toBe(true);
    expect(slavicCaseFormOf('sowy', 'sowa')).toBe(true);
    expect(slavicCaseFormOf('annie', 'anna')).toBe(true);
    expect(slavicCaseFormOf('wiśniewskiego', 'wiśniewski')).toBe(true);
    expect(slavicCaseFormOf('hrubého', 'hrubý')).toBe(true);
    expect(slavicCaseFormOf('zielińskiej', 'zielińska')).toBe(true);
    expect(slavicCaseFormOf('novákovou', 'nováková')).toBe(true);
    // The nominative is not a form of its own case form.
    expect(slavicCaseFormOf('marta', 'marty')).toBe(false);
    expect(slavicCaseFormOf('wiśniewski', 'wiśniewskiego')).toBe(false);
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
