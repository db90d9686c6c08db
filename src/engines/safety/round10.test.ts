import { describe, expect, it } from 'vitest';
import { chooseThresholds } from '../../../scripts/crisis-classifier-data.ts';
import type { RulesVerdict } from '../../../scripts/crisis-classifier-data.ts';
import type { ClassProbabilities } from './classifier.ts';
import { CLASSIFIER_WEIGHTS } from './classifier-weights.ts';
import { contextThresholds } from './context.ts';
import { explainText } from './index.ts';
import { tokenize } from './normalize.ts';
import { flags } from './statistical.ts';
import type { StatisticalThresholds } from './statistical.ts';

const words = (t: string, lang: 'en' | 'es' | 'de' = 'de'): string => tokenize(t, lang).map((x) => x.text).join(' ');

/** Round 10 (issue #14): regional German read as German, and the statistical layer's P(urgent) on its own. */
describe('round 10: regional German', () => {
  it('reads regional negations, pronouns and verbs as standard German', () => {
    expect(words('i mog nimma')).toBe('ich mag nicht mehr');
    expect(words('des isch ned so')).toBe('des ist nicht so');
    expect(words('i hob koa lust')).toBe('ich habe kein lust');
    expect(words('wänn ich nüme wär')).toBe('wann ich nicht mehr war');
    expect(words('dat wird nix')).toBe('das wird nichts');
  });

  it('keeps Swiss "nume" (nur) apart from "nüme" (nicht mehr), and leaves other languages alone', () => {
    expect(words('es isch nume e frog')).toBe('es ist nume e frog');
    expect(words('i need a net', 'en')).toBe('i need a net');
    expect(words('mi casa', 'es')).toBe('mi casa');
  });

  it('gives a regional participle its "ge-" back, also after a separable prefix, and nothing else', () => {
    expect(words('alle gschluckt')).toBe('alle geschluckt');
    expect(words('pulsadern aufgschnitten')).toBe('pulsadern aufgeschnitten');
    expect(words('das gwehr')).toBe('das gewehr');
    expect(words('die gruppe glaubt')).toBe('die gruppe glaubt');
    expect(words('meine gmbh')).toBe('meine gmbh');
  });

  it('reads dialect as German and finds what the rules know in it', () => {
    const e = explainText('i will nimmer leben, i bring mi um');
    expect(e.language).toBe('de');
    expect(e.rules.level).not.toBe('none');
    expect(explainText('ich han nöd a suizid dänkt, gar nöd').rules.level).toBe('none');
  });
});

describe('round 10: P(urgent) alone', () => {
  const t: StatisticalThresholds = { risk: 0.8, riskDiscounted: 0.99, riskOutlook: 0.6, riskBare: 0.7, urgent: 0.3, urgentAlone: 0.6 };
  it('flags on P(urgent) alone under the stratum threshold, and never without the threshold in older weights', () => {
    const p: ClassProbabilities = [0.35, 0.0, 0.65];
    expect(flags(t, 'anchored', p)).toBe(true);
    expect(flags(t, 'discounted', p)).toBe(true);
    expect(flags(t, 'short', p)).toBe(false);
    expect(flags({ ...t, urgentAlone: undefined }, 'anchored', p)).toBe(false);
    expect(flags(t, 'anchored', [0.45, 0.3, 0.25])).toBe(false);
  });

  it('is lowered by the context like every other threshold', () => {
    const lowered = contextThresholds(t, { elevated: true, high: false, why: 'x' });
    expect(lowered.urgentAlone).toBeLessThan(0.6);
  });

  it('is chosen by the out-of-fold search when it finds urgent texts within the false-alarm budget', () => {
    // 20 texts: the rules find nothing; 4 urgent texts sit at P(risk) 0.66 with P(urgent) 0.66, 16 calm ones at P(risk) 0.69 with P(urgent) 0.1.
    const items = [
      ...Array.from({ length: 4 }, (_, i) => ({ text: `u${i}`, level: 'urgent' as const })),
      ...Array.from({ length: 16 }, (_, i) => ({ text: `n${i}`, level: 'none' as const })),
    ];
    const probs: ClassProbabilities[] = items.map((it) => (it.level === 'urgent' ? [0.34, 0, 0.66] : [0.31, 0.59, 0.1]));
    const rules: RulesVerdict[] = items.map(() => ({ level: 'none', discounted: false, stratum: 'anchored' }));
    const th = chooseThresholds(items, probs, rules);
    expect(th.recall).toBe(1);
    expect(th.fpr).toBe(0);
    expect(th.urgentAlone).toBeLessThanOrEqual(0.65);
    expect(th.risk).toBeGreaterThan(0.69);
  });

  it('ships a P(urgent) threshold the search could choose', () => {
    const u = CLASSIFIER_WEIGHTS.thresholds.urgentAlone;
    expect(u).toBeGreaterThanOrEqual(0.3);
    expect(u).toBeLessThanOrEqual(1.01);
  });
});
