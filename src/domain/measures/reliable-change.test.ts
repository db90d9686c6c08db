import { describe, expect, it } from 'vitest';
import { jacobsonTruaxIndex, reliableChange } from './reliable-change.ts';

describe('reliableChange', () => {
  it('uses the PHQ-9 threshold of 6 points', () => {
    expect(reliableChange('phq9', 16, 10).outcome).toBe('reliable-improvement');
    expect(reliableChange('phq9', 16, 11).outcome).toBe('no-reliable-change');
    expect(reliableChange('phq9', 4, 10).outcome).toBe('reliable-deterioration');
    expect(reliableChange('phq9', 4, 9).outcome).toBe('no-reliable-change');
  });

  it('uses the GAD-7 threshold of 4 points and reports reliable recovery across caseness (8)', () => {
    const r = reliableChange('gad7', 12, 7);
    expect(r).toMatchObject({ change: -5, threshold: 4, outcome: 'reliable-improvement', movedBelowCaseness: true, reliableRecovery: true });
    expect(reliableChange('gad7', 9, 7)).toMatchObject({ outcome: 'no-reliable-change', movedBelowCaseness: true, reliableRecovery: false });
    expect(reliableChange('gad7', 7, 11).outcome).toBe('reliable-deterioration');
    expect(reliableChange('gad7', 7, 10).outcome).toBe('no-reliable-change');
  });

  it('rejects totals outside the measure', () => {
    expect(() => reliableChange('gad7', 22, 3)).toThrow(RangeError);
    expect(() => reliableChange('phq9', 3.5, 3)).toThrow(RangeError);
  });

  it('computes the Jacobson–Truax index', () => {
    // SD 5, r .84 → S_diff = √2 · 5 · 0.4 = 2.828…; a 6-point fall gives −2.12.
    expect(jacobsonTruaxIndex(16, 10, 5, 0.84)).toBeCloseTo(-6 / (Math.SQRT2 * 2), 10);
    expect(() => jacobsonTruaxIndex(1, 2, 0, 0.8)).toThrow(RangeError);
  });
});
