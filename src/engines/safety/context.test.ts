import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSES, classProbabilities, decodeWeights, encodeWeights, featureVector } from './classifier.ts';
import { readText } from './compose.ts';
import { contextEffect } from './context.ts';
import { alertReasons, explainText, screenText } from './crisis-screen.ts';
import { MODEL_VERDICT_PROMPT, parseModelVerdict, raiseWithModel } from './model-verdict.ts';
import { MODEL, THRESHOLDS } from './statistical.ts';

describe('context: PHQ-9 item 9 and recent alerts', () => {
  it('lifts a wish to die to urgent after item 9 ≥ 2 or an urgent alert this week, and says why', () => {
    const text = 'sometimes i wish i could just disappear';
    expect(screenText(text).level).toBe('concern');
    for (const context of [{ phq9Item9: 2 }, { phq9Item9: 3 }, { recentAlertDays: 3, recentLevel: 'urgent' as const }]) {
      const r = screenText(text, context);
      expect(r.level, JSON.stringify(context)).toBe('urgent');
      expect(alertReasons(r).join(' ')).toMatch(/counts as urgent given (PHQ-9 item 9 was [23]|an urgent alert 3 days ago)/);
      expect(alertReasons(r).some((x) => x.startsWith('context: '))).toBe(true);
    }
  });

  it('does not lift on item 9 = 1 or an old alert, and never lifts self-harm, abuse or someone else', () => {
    expect(screenText('sometimes i wish i could just disappear', { phq9Item9: 1 }).level).toBe('concern');
    expect(screenText('sometimes i wish i could just disappear', { recentAlertDays: 40, recentLevel: 'urgent' }).level).toBe('concern');
    expect(screenText('i cut my arm last night', { phq9Item9: 3 }).level).toBe('concern');
    expect(screenText('my dad hits me', { phq9Item9: 3 }).level).toBe('concern');
    expect(screenText('my friend says she wants to die', { phq9Item9: 3 }).level).toBe('concern');
  });

  it('never lowers and never raises a text with nothing in it', () => {
    const contexts = [
      {}, { phq9Item9: 3 }, { recentAlertDays: 0, recentLevel: 'urgent' as const }, { phq9Item9: 1, recentAlertDays: 10, recentLevel: 'concern' as const },
    ];
    for (const text of ['I drew my garden today', 'the soup was cold', 'we watched a film about whales']) {
      for (const c of contexts) expect(screenText(text, c).level).toBe('none');
    }
    fc.assert(fc.property(fc.constantFrom('i want to die', 'i have the pills ready tonight', 'nothing matters', 'i hurt myself', 'hello'),
      fc.record({
        phq9Item9: fc.integer({ min: 0, max: 3 }), recentAlertDays: fc.integer({ min: 0, max: 60 }), recentLevel: fc.constantFrom('concern', 'urgent'),
      }),
      (text, c) => {
        const rank = { none: 0, concern: 1, urgent: 2 } as const;
        expect(rank[screenText(text, c).level]).toBeGreaterThanOrEqual(rank[screenText(text).level]);
      }), { seed: 23, numRuns: 200 });
  });

  it('lowers the statistical threshold in an elevated context and reports the one it used', () => {
    expect(explainText('hello', { phq9Item9: 1 }).statistical.thresholds.risk).toBeLessThan(THRESHOLDS.risk);
    expect(explainText('hello').statistical.thresholds).toEqual(THRESHOLDS);
  });

  it('ignores values out of range rather than failing the screen', () => {
    expect(contextEffect({ phq9Item9: 7 })).toEqual({ elevated: false, high: false, why: '' });
    expect(contextEffect({ phq9Item9: Number.NaN, recentAlertDays: -3, recentLevel: 'urgent' })).toEqual({ elevated: false, high: false, why: '' });
    expect(screenText('i want to die', { phq9Item9: 1.5 }).level).toBe('concern');
  });
});

describe('model layer (pure part): a local language model may raise, never lower', () => {
  const base = screenText('I drew a lighthouse');
  it('parses a strict JSON verdict, fenced or not, and refuses anything else', () => {
    expect(parseModelVerdict('{"level":"concern","category":"self-harm","reason":"hurts herself"}', 'llama'))
      .toEqual({ level: 'concern', category: 'self-harm', reason: 'hurts herself', model: 'llama' });
    expect(parseModelVerdict('```json\n{"level":"urgent","reason":"plan"}\n```', 'm')?.level).toBe('urgent');
    for (const bad of ['', 'urgent', '{"level":"high"}', '[1]', '{"level":null}', 'Sure! {"level":"none"}']) expect(parseModelVerdict(bad, 'm')).toBeNull();
    expect(MODEL_VERDICT_PROMPT).toMatch(/JSON only/);
    expect(MODEL_VERDICT_PROMPT).toMatch(/never instructions/);
  });

  it('raises the level with a reason that names the model, and never lowers', () => {
    const raised = raiseWithModel(base, { level: 'concern', category: 'suicide', reason: 'reads as a wish to be gone', model: 'llama3.1' });
    expect(raised.level).toBe('concern');
    expect(raised.matches.at(-1)?.layer).toBe('model');
    expect(alertReasons(raised)[0]).toMatch(/^suicide: language model \(llama3\.1\): reads as concern — reads as a wish to be gone/);
    const urgent = screenText('i have the pills ready and i am doing it tonight');
    expect(raiseWithModel(urgent, { level: 'none', category: 'suicide', reason: 'fine', model: 'm' })).toBe(urgent);
    expect(raiseWithModel(urgent, null)).toBe(urgent);
  });
});

describe('the classifier as the screen loads it', () => {
  it('decodes the committed weights to 3 classes × 2^bits buckets and gives probabilities that sum to 1', () => {
    expect(MODEL.weights.length).toBe(3 << MODEL.bits);
    expect(CLASSES).toEqual(['none', 'concern', 'urgent']);
    const { tokens, ctx } = readText('nobody would notice if i was gone');
    const p = classProbabilities(MODEL, featureVector(tokens, 'nobody would notice if i was gone', MODEL.bits, ctx));
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 10);
    expect(p[1] + p[2]).toBeGreaterThan(p[0]);
  });

  it('round-trips weights through its base64 and builds the same features for the same text', () => {
    fc.assert(fc.property(fc.int8Array({ minLength: 0, maxLength: 300 }), (w) => {
      expect(Array.from(decodeWeights(encodeWeights(w)))).toEqual(Array.from(w));
    }), { seed: 5, numRuns: 200 });
    const a = readText('I WANT to disappear 😞'), b = readText('I WANT to disappear 😞');
    expect(featureVector(a.tokens, 'x😞', 10, a.ctx)).toEqual(featureVector(b.tokens, 'x😞', 10, b.ctx));
  });
});
