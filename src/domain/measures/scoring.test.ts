import { describe, expect, it } from 'vitest';
import { GAD7 } from './gad7.ts';
import { PHQ9 } from './phq9.ts';
import { bandForTotal, MeasureAnswerError, scoreMeasure, validateMeasureAnswers } from './scoring.ts';

describe('PHQ-9 and GAD-7 definitions', () => {
  it('have the published number of items, options and LOINC codes', () => {
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.loinc).toBe('44249-1');
    expect(GAD7.loinc).toBe('69737-5');
    expect(PHQ9.options.map((o) => o.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(PHQ9.items[8]!.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(GAD7.items[1]!.text).toBe('Not being able to stop or control worrying');
  });

  it('have bands that cover the whole range without gaps or overlaps', () => {
    for (const def of [PHQ9, GAD7]) {
      const max = def.items.length * 3;
      for (let t = 0; t <= max; t++) expect(def.bands.filter((b) => t >= b.min && t <= b.max)).toHaveLength(1);
    }
  });
});

describe('scoreMeasure', () => {
  it('sums items and bands PHQ-9 totals at every edge (5/10/15/20)', () => {
    const edges: [number, string][] = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'moderately-severe'],
      [19, 'moderately-severe'],
      [20, 'severe'],
      [27, 'severe'],
    ];
    for (const [total, band] of edges) expect(bandForTotal('phq9', total).id).toBe(band);
    const s = scoreMeasure('phq9', [1, 2, 0, 3, 1, 0, 2, 1, 0]);
    expect(s).toMatchObject({ total: 10, maxTotal: 27, safetyFlag: false, safetyReason: null });
    expect(s.band.label).toBe('Moderate');
  });

  it('bands GAD-7 totals at every edge (5/10/15)', () => {
    const edges: [number, string][] = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'severe'],
      [21, 'severe'],
    ];
    for (const [total, band] of edges) expect(bandForTotal('gad7', total).id).toBe(band);
    expect(scoreMeasure('gad7', [3, 3, 3, 3, 3, 3, 3])).toMatchObject({ total: 21, maxTotal: 21, safetyFlag: false });
    expect(scoreMeasure('gad7', [0, 1, 1, 1, 1, 0, 0]).band.id).toBe('minimal');
    expect(scoreMeasure('gad7', [0, 1, 1, 1, 1, 1, 0]).band.id).toBe('mild');
  });

  it('raises the safety flag whenever PHQ-9 item 9 is above 0, even with a minimal total', () => {
    const s = scoreMeasure('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(s.total).toBe(1);
    expect(s.band.id).toBe('minimal');
    expect(s.safetyFlag).toBe(true);
    expect(s.safetyReason).toBe('PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered "Several days"');
    expect(scoreMeasure('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]).safetyFlag).toBe(false);
  });

  it('rejects anything but exactly 9 / 7 integers 0–3, naming the problem', () => {
    expect(validateMeasureAnswers('phq9', [0, 0, 0])).toEqual({ ok: false, error: 'PHQ-9 needs exactly 9 answers, got 3' });
    expect(validateMeasureAnswers('gad7', 'x')).toEqual({ ok: false, error: 'GAD-7 answers must be a list of 7 numbers' });
    expect(validateMeasureAnswers('gad7', [0, 1, 2, 3, 4, 0, 0])).toEqual({ ok: false, error: 'GAD-7 item 5 must be a whole number from 0 to 3, got 4' });
    expect(validateMeasureAnswers('gad7', [0, 1, 2, 1.5, 0, 0, 0]).ok).toBe(false);
    expect(validateMeasureAnswers('gad7', [0, 1, 2, '1', 0, 0, 0]).ok).toBe(false);
    expect(validateMeasureAnswers('gad7', [0, 1, 2, null, 0, 0, 0])).toEqual({ ok: false, error: 'GAD-7 item 4 must be a whole number from 0 to 3, got null' });
    expect(validateMeasureAnswers('gad7', [0, 1, 2, Number.NaN, 0, 0, 0]).ok).toBe(false);
    expect(validateMeasureAnswers('gad7', [-1, 1, 2, 0, 0, 0, 0]).ok).toBe(false);
    expect(() => scoreMeasure('phq9', [1, 1, 1, 1, 1, 1, 1, 1])).toThrow(MeasureAnswerError);
  });
});
