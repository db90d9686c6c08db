/** WHO-5 against its published scoring: raw 0–25 × 4, higher is better, ≤ 50 poor, ≤ 28 very low. */
import { describe, expect, it } from 'vitest';
import { questionnaireResponseFromScore } from './fhir.ts';
import { reliableChange } from './reliable-change.ts';
import { bandForTotal, scoreMeasure } from './scoring.ts';
import { WHO5 } from './who5.ts';

describe('WHO-5', () => {
  it('has the five published statements with six answers from "All of the time" (5) to "At no time" (0)', () => {
    expect(WHO5.items.map((i) => i.text)).toEqual([
      'I have felt cheerful and in good spirits',
      'I have felt calm and relaxed',
      'I have felt active and vigorous',
      'I woke up feeling fresh and rested',
      'My daily life has been filled with things that interest me',
    ]);
    expect(WHO5.options[0]).toEqual({ value: 5, label: 'All of the time' });
    expect(WHO5.options.at(-1)).toEqual({ value: 0, label: 'At no time' });
  });

  it('multiplies the raw sum by 4 to give a 0–100 percentage', () => {
    expect(scoreMeasure('who5', [5, 5, 5, 5, 5])).toMatchObject({ raw: 25, total: 100, maxTotal: 100 });
    expect(scoreMeasure('who5', [3, 3, 3, 2, 2])).toMatchObject({ raw: 13, total: 52 });
    expect(scoreMeasure('who5', [0, 0, 0, 0, 0]).total).toBe(0);
  });

  it('bands ≤ 28 as very low and ≤ 50 as poor wellbeing', () => {
    expect(scoreMeasure('who5', [2, 2, 1, 1, 1]).band.id).toBe('very-low'); // raw 7 → 28
    expect(scoreMeasure('who5', [2, 2, 2, 1, 1]).band.id).toBe('poor'); // raw 8 → 32
    expect(scoreMeasure('who5', [3, 2, 2, 3, 2]).band.id).toBe('poor'); // raw 12 → 48
    expect(scoreMeasure('who5', [3, 3, 3, 2, 2]).band.id).toBe('above-cutoff'); // raw 13 → 52
    expect(bandForTotal('who5', 50).id).toBe('poor');
  });

  it('reads a rise as improvement: higher is better', () => {
    expect(reliableChange('who5', 40, 52)).toMatchObject({ outcome: 'reliable-improvement', leftCaseness: true, reliableRecovery: true });
    expect(reliableChange('who5', 60, 48)).toMatchObject({ outcome: 'reliable-deterioration', leftCaseness: false });
    expect(reliableChange('who5', 40, 48).outcome).toBe('no-reliable-change');
  });

  it('exports the raw score and the percentage in FHIR', () => {
    const qr = questionnaireResponseFromScore(scoreMeasure('who5', [3, 3, 3, 2, 2]), { subject: 'Patient/7', authored: '2026-05-01T09:00:00Z' });
    expect(qr.questionnaire).toBe('urn:hearth:fhir:Questionnaire:who5');
    expect(qr.item.map((i) => i.linkId)).toEqual(['1', '2', '3', '4', '5', 'raw', 'total']);
    expect(qr.item[0]!.answer[0]).toEqual({
      valueCoding: { system: 'urn:hearth:fhir:Questionnaire:who5:answers', code: '3', display: 'More than half of the time' },
    });
    expect(qr.item.at(-2)!.answer[0]).toEqual({ valueInteger: 13 });
    expect(qr.item.at(-1)!.answer[0]).toEqual({ valueInteger: 52 });
  });
});
