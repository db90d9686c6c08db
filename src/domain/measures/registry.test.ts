/** Every registered measure is well-formed: what the forms, charts and exports rely on. */
import { describe, expect, it } from 'vitest';
import { answerRange, maxTotalOf } from './measure.ts';
import { MEASURE_IDS, MEASURES, isMeasureId, measureDefinition } from './registry.ts';
import { scoreMeasure } from './scoring.ts';

describe('the measures registry', () => {
  it('lists PHQ-9, GAD-7, PCL-5 and WHO-5 under unique ids', () => {
    expect(MEASURE_IDS).toEqual(['phq9', 'gad7', 'pcl5', 'who5']);
    expect(new Set(MEASURES.map((m) => m.name)).size).toBe(MEASURES.length);
    expect(isMeasureId('who5')).toBe(true);
    expect(isMeasureId('bdi2')).toBe(false);
    expect(() => measureDefinition('bdi2' as never)).toThrow(RangeError);
  });

  for (const def of MEASURES) {
    describe(def.name, () => {
      it('numbers its items 1…n with distinct wording and has distinct whole-number options', () => {
        expect(def.items.map((i) => i.number)).toEqual(def.items.map((_, i) => i + 1));
        expect(new Set(def.items.map((i) => i.text)).size).toBe(def.items.length);
        const values = def.options.map((o) => o.value);
        expect(new Set(values).size).toBe(values.length);
        for (const v of values) expect(Number.isInteger(v)).toBe(true);
        const { min, max } = answerRange(def);
        expect(values.length).toBe(max - min + 1);
      });

      it('has bands from 0 to the maximum total without gaps or overlaps, each with a severity', () => {
        const max = maxTotalOf(def);
        expect(def.bands[0]!.min).toBe(0);
        expect(def.bands.at(-1)!.max).toBe(max);
        for (let t = 0; t <= max; t++) expect(def.bands.filter((b) => t >= b.min && t <= b.max), `${def.name} total ${t}`).toHaveLength(1);
        expect(new Set(def.bands.map((b) => b.severity)).size).toBe(def.bands.length);
      });

      it('scores the lowest and highest answers to 0 and the maximum', () => {
        const { min, max } = answerRange(def);
        expect(scoreMeasure(def.id as never, def.items.map(() => min)).total).toBe(0);
        expect(scoreMeasure(def.id as never, def.items.map(() => max)).total).toBe(maxTotalOf(def));
      });

      it('names its source, licence and a questionnaire canonical, in English at least', () => {
        expect(def.source.length).toBeGreaterThan(20);
        expect(def.copyright.length).toBeGreaterThan(10);
        expect(def.questionnaire).toMatch(/^(http:\/\/loinc\.org\/q\/\d+-\d|urn:hearth:fhir:Questionnaire:[a-z0-9]+$)/);
        expect(def.languages).toContain('en');
        expect(def.reliableChange.threshold).toBeGreaterThan(0);
        expect(def.reliableChange.caseness).toBeGreaterThan(0);
        expect(def.reliableChange.caseness).toBeLessThan(maxTotalOf(def));
      });
    });
  }
});
