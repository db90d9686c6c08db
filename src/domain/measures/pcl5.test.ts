/** PCL-5 against the National Center for PTSD's published form and scoring notes. */
import { describe, expect, it } from 'vitest';
import { questionnaireResponseFromScore } from './fhir.ts';
import { PCL5 } from './pcl5.ts';
import { reliableChange } from './reliable-change.ts';
import { bandForTotal, scoreMeasure, validateMeasureAnswers } from './scoring.ts';

describe('PCL-5', () => {
  it('has the 20 published items on the 0–4 scale', () => {
    expect(PCL5.items).toHaveLength(20);
    expect(PCL5.options.map((o) => `${o.value} ${o.label}`)).toEqual(['0 Not at all', '1 A little bit', '2 Moderately', '3 Quite a bit', '4 Extremely']);
    expect(PCL5.items[0]!.text).toBe('Repeated, disturbing, and unwanted memories of the stressful experience?');
    expect(PCL5.items[15]!.text).toBe('Taking too many risks or doing things that could cause you harm?');
    expect(PCL5.items[19]!.text).toBe('Trouble falling or staying asleep?');
  });

  it('sums to 0–80 and places totals against the provisional cut-off of 31–33', () => {
    expect(scoreMeasure('pcl5', Array(20).fill(4))).toMatchObject({ total: 80, maxTotal: 80, safetyFlag: false });
    const answers = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 0, 0, 0, 0]; // 31
    expect(scoreMeasure('pcl5', answers).total).toBe(31);
    expect(bandForTotal('pcl5', 30).id).toBe('below-cutoff');
    expect(bandForTotal('pcl5', 31).id).toBe('at-cutoff');
    expect(bandForTotal('pcl5', 33).id).toBe('at-cutoff');
    expect(bandForTotal('pcl5', 34).id).toBe('above-cutoff');
    expect(validateMeasureAnswers('pcl5', Array(20).fill(5))).toEqual({ ok: false, error: 'PCL-5 item 1 must be a whole number from 0 to 4, got 5' });
    expect(validateMeasureAnswers('pcl5', Array(17).fill(1))).toEqual({ ok: false, error: 'PCL-5 needs exactly 20 answers, got 17' });
  });

  it('counts a fall of 10 points as reliable improvement, 9 as within error', () => {
    expect(reliableChange('pcl5', 45, 35).outcome).toBe('reliable-improvement');
    expect(reliableChange('pcl5', 45, 36).outcome).toBe('no-reliable-change');
    expect(reliableChange('pcl5', 30, 40).outcome).toBe('reliable-deterioration');
    expect(reliableChange('pcl5', 45, 20)).toMatchObject({ leftCaseness: true, reliableRecovery: true });
  });

  it('exports as a FHIR QuestionnaireResponse on Hearth’s questionnaire with the LOINC total code', () => {
    const qr = questionnaireResponseFromScore(scoreMeasure('pcl5', Array(20).fill(1)), { subject: 'Patient/7', authored: '2026-05-01T09:00:00Z' });
    expect(qr.questionnaire).toBe('urn:hearth:fhir:Questionnaire:pcl5');
    expect(qr.item).toHaveLength(21);
    expect(qr.item[0]).toEqual({
      linkId: '1',
      text: PCL5.items[0]!.text,
      answer: [{ valueCoding: { system: 'urn:hearth:fhir:Questionnaire:pcl5:answers', code: '1', display: 'A little bit' } }],
    });
    expect(qr.item[20]).toEqual({ linkId: '101698-9', text: 'PCL-5 total score', answer: [{ valueInteger: 20 }] });
  });
});
