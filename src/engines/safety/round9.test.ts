import { describe, expect, it } from 'vitest';
import { CLASSIFIER_WEIGHTS } from './classifier-weights.ts';
import { contextThresholds } from './context.ts';
import { explainText, screenText } from './index.ts';
import { riskThreshold, THRESHOLDS } from './statistical.ts';

/** Round 9 (issue #14): a statistical threshold per stratum of text, and a relapse named after the behaviour. */
describe('round 9: thresholds per stratum', () => {
  const stratum = (t: string): string => explainText(t).statistical.stratum;

  it('reads a text with a word of death, harm, means, wish or intent as anchored', () => {
    for (const t of ['i want to die', 'ich will mich umbringen', 'quiero cortarme otra vez', 'i bought a rope'])
      expect(stratum(t), t).toBe('anchored');
  });

  it('reads a text with only words of outlook or weight as outlook, and one with neither as bare', () => {
    for (const t of ['nothing has any point for me', 'ich bin nur eine last', 'ya no tengo esperanza']) expect(stratum(t), t).toBe('outlook');
    expect(stratum('a cheerful song for the street party on saturday')).toBe('bare');
    // Round 10: at most eight words with neither is its own stratum, 'short' (threshold riskShort).
    for (const t of ['el lunes llevo a mi abuela al mercado', 'wir grillen am sonntag im garten']) expect(stratum(t), t).toBe('short');
  });

  it('keeps the discounted stratum for risk words a rule took back, at the highest threshold', () => {
    const e = explainText('i would never kill myself, i love my kids too much');
    expect(e.rules.riskDiscounted).toBe(true);
    expect(e.statistical.stratum).toBe('discounted');
    for (const s of ['anchored', 'outlook', 'bare'] as const) expect(riskThreshold(THRESHOLDS, 'discounted')).toBeGreaterThanOrEqual(riskThreshold(THRESHOLDS, s));
  });

  it('ships every stratum threshold as a probability the search could choose, and the context lowers each', () => {
    const t = CLASSIFIER_WEIGHTS.thresholds;
    for (const x of [t.risk, t.riskDiscounted, t.riskOutlook, t.riskBare, t.urgent]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThanOrEqual(1.01);
    }
    const lowered = contextThresholds(THRESHOLDS, { elevated: true, high: false, why: 'test' });
    for (const s of ['anchored', 'outlook', 'bare'] as const) expect(riskThreshold(lowered, s)).toBeLessThan(riskThreshold(THRESHOLDS, s));
  });

  it('falls back to the one risk threshold for weights written before round 9', () => {
    const old = { risk: 0.8, riskDiscounted: 0.99, urgent: 0.4 };
    for (const s of ['anchored', 'outlook', 'bare'] as const) expect(riskThreshold(old, s)).toBe(0.8);
    expect(riskThreshold(old, 'discounted')).toBe(0.99);
  });
});

describe('round 9: a relapse named after the behaviour it ends', () => {
  it('reads a stretch without self-harm ended by a relapse as a concern, and one that goes on as no risk', () => {
    for (const t of ['eighteen months without cutting and last night i relapsed', 'a whole year without burning and then i relapsed'])
      expect(screenText(t).level, t).not.toBe('none');
    expect(screenText('eighteen months without cutting and i have not relapsed once').level).toBe('none');
  });
});
