import { describe, expect, it } from 'vitest';
import { questionnaireResponseFromScore } from './fhir.ts';
import { scoreMeasure } from './scoring.ts';

describe('questionnaireResponseFromScore', () => {
  it('builds a completed PHQ-9 QuestionnaireResponse with LOINC-coded answers and the total', () => {
    const qr = questionnaireResponseFromScore(scoreMeasure('phq9', [0, 1, 2, 3, 0, 1, 2, 3, 1]), {
      subject: 'Patient/42', authored: '2026-03-01T10:15:00Z', author: 'Patient/42', id: 'qr-1', difficulty: 2,
    });
    expect(qr).toMatchObject({ resourceType: 'QuestionnaireResponse', id: 'qr-1', questionnaire: 'http://loinc.org/q/44249-1', status: 'completed',
      subject: { reference: 'Patient/42' }, authored: '2026-03-01T10:15:00Z', author: { reference: 'Patient/42' } });
    expect(qr.item).toHaveLength(11);
    expect(qr.item[0]).toEqual({ linkId: '44250-9', text: 'Little interest or pleasure in doing things',
      answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Not at all' } }] });
    expect(qr.item[8]!.linkId).toBe('44260-8');
    expect(qr.item[8]!.answer[0]).toEqual({ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Several days' } });
    expect(qr.item[9]).toMatchObject({ linkId: '69722-7', answer: [{ valueCoding: { code: 'LA6575-0', display: 'Very difficult' } }] });
    expect(qr.item[10]).toEqual({ linkId: '44261-6', text: 'PHQ-9 total score', answer: [{ valueInteger: 13 }] });
    expect(JSON.parse(JSON.stringify(qr))).toEqual(qr);
  });

  it('builds GAD-7 with its own codes and validates its inputs', () => {
    const score = scoreMeasure('gad7', [1, 1, 1, 1, 1, 1, 1]);
    const qr = questionnaireResponseFromScore(score, { subject: 'Patient/1', authored: '2026-03-01T10:15:00+01:00' });
    expect(qr.questionnaire).toBe('http://loinc.org/q/69737-5');
    expect(qr.item.map((i) => i.linkId)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7', '70274-6']);
    expect('author' in qr).toBe(false);
    expect(() => questionnaireResponseFromScore(score, { subject: 'Patient/1', authored: '2026-03-01' })).toThrow('authored must be a FHIR dateTime');
    expect(() => questionnaireResponseFromScore(score, { subject: 'bob', authored: '2026-03-01T10:15:00Z' })).toThrow('subject must be a reference');
    expect(() => questionnaireResponseFromScore(score, { subject: 'Patient/1', authored: '2026-03-01T10:15:00Z', difficulty: 4 })).toThrow('difficulty');
  });
});
