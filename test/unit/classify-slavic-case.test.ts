import { describe, expect, it } from 'vitest';
import { slavicCaseFormOf } from '../../functions/core/classify/entities/slavic-case.js';

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
