import { describe, expect, it } from 'vitest';
import { chooseThresholds, formOf, usedSet, USED_SETS } from '../../../scripts/crisis-classifier-data.ts';
import type { RulesVerdict, UsedSet } from '../../../scripts/crisis-classifier-data.ts';
import type { ClassProbabilities } from './classifier.ts';
import { featureVector } from './classifier.ts';
import { contextThresholds } from './context.ts';
import { readScoped } from './crisis-screen.ts';
import { explainText } from './index.ts';
import { flags, MODEL, riskThreshold } from './statistical.ts';
import type { StatisticalThresholds } from './statistical.ts';

/** No folder is read: a sealed name is refused before any path is built. */
const root = '/nowhere';

/** Whether every risk word the scope read in `text` is denied (none left to the writer's present). */
function deniedAll(text: string): boolean {
  const { scope } = readScoped(text);
  return scope.own.length === 0 && scope.away.some((r) => r === 'denied');
}

/** Round 11 (issue #14): crisis9 trained on, denied thoughts, the form of a text. */
describe('round 11: training material', () => {
  it('trains on crisis9 and the two new writers, and refuses crisis10 and later without reading them', () => {
    expect(USED_SETS).toContain('crisis9');
    expect(USED_SETS).toContain('crisis-dev12');
    expect(USED_SETS).toContain('crisis-dev13');
    expect(USED_SETS.some((s) => /^crisis(1\d)$/.test(s))).toBe(false);
    expect(() => usedSet(root, 'crisis10' as UsedSet)).toThrow(/sealed/);
    expect(() => usedSet(root, 'crisis-seal10' as UsedSet)).toThrow(/sealed/);
  });

  it('keeps a set’s form only when the screen knows it', () => {
    expect(formOf('title')).toEqual({ form: 'title' });
    expect(formOf('studio_prompt')).toEqual({ form: 'studio_prompt' });
    expect(formOf('poem')).toEqual({});
    expect(formOf(undefined)).toEqual({});
  });
});

describe('round 11: a denied thought, intention or plan', () => {
  it('scopes away risk words the writer says they have no thoughts, intention or plan of', () => {
    expect(deniedAll('no tengo ningún pensamiento de matarme, solo estoy agotada del trabajo')).toBe(true);
    expect(deniedAll('Selbstmordgedanken habe ich keine, nur Stress mit dem Chef')).toBe(true);
    expect(deniedAll('ich habe keine Absicht, mich umzubringen. ich bin nur müde')).toBe(true);
    expect(explainText('i have no intention of killing myself, i am just worn out').screen.level).toBe('none');
    expect(deniedAll('lo de quitarme la vida ya ni lo pienso, ahora me preocupa el alquiler')).toBe(true);
  });

  it('reads a short spoken "no" after a question or a form field about such thoughts as a denial', () => {
    expect(deniedAll('suizidal? nein, nur kopfweh seit montag')).toBe(true);
    expect(deniedAll('pensamientos de matarme? no. solo cansancio')).toBe(true);
  });

  it('leaves living denied, an exception, another clause and an answer to no question as risk', () => {
    expect(deniedAll('no tengo ganas de vivir')).toBe(false);
    expect(deniedAll('i have no plans to keep living after this week')).toBe(false);
    expect(deniedAll('no thoughts of killing myself except when i am alone at night')).toBe(false);
    expect(deniedAll('ich denke oft an den Tod. Nein, ich halte das nicht mehr aus')).toBe(false);
    const e = explainText('no tengo pensamientos de muerte, pero ayer compré las pastillas para matarme');
    expect(e.screen.level).not.toBe('none');
  });
});

describe('round 11: a household hanging', () => {
  it('silences the statistical layer where the only hanging is of pictures, curtains or washing', () => {
    expect(explainText('male mich, wie ich die vorhänge aufhänge').statistical.silenced).toBe(true);
    expect(explainText('colgando cuadros en la pared del salón con mi hija').statistical.silenced).toBe(true);
    expect(explainText('hanging the washing out, then hanging myself from the beam tonight').statistical.silenced).toBe(false);
  });
});

describe('round 11: the form of a text', () => {
  const t: StatisticalThresholds = { risk: 0.8, riskDiscounted: 0.99, riskShort: 0.99, riskTitle: 0.6, urgent: 0.3, urgentAlone: 0.6 };

  it('gives a short bare title its own stratum, and a studio prompt or an unknown form the short one', () => {
    const text = 'blue lake at dawn again';
    expect(explainText(text, { form: 'title' }).statistical.stratum).toBe('title');
    expect(explainText(text, { form: 'studio_prompt' }).statistical.stratum).toBe('short');
    expect(explainText(text).statistical.stratum).toBe('short');
  });

  it('reads the title threshold, falls back to the short one in older weights, and never flags a title on P(urgent) alone', () => {
    expect(riskThreshold(t, 'title')).toBe(0.6);
    expect(riskThreshold({ ...t, riskTitle: undefined }, 'title')).toBe(0.99);
    expect(flags(t, 'title', [0.5, 0.1, 0.4])).toBe(false);
    expect(flags(t, 'title', [0.35, 0.6, 0.05])).toBe(true);
    expect(contextThresholds(t, { elevated: true, high: false, why: 'x' }).riskTitle).toBeLessThan(0.6);
  });

  it('chooses the title threshold by the out-of-fold search apart from the short one', () => {
    // 20 short bare texts: 5 risky titles at P(risk) 0.7, 5 calm titles at 0.2; 10 calm prompts at 0.9.
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ text: `t${i}`, level: 'concern' as const })),
      ...Array.from({ length: 15 }, (_, i) => ({ text: `n${i}`, level: 'none' as const })),
    ];
    const probs: ClassProbabilities[] = items.map((_, i) => (i < 5 ? [0.3, 0.7, 0] : i < 10 ? [0.8, 0.2, 0] : [0.1, 0.9, 0]));
    const rules: RulesVerdict[] = items.map((_, i) => ({ level: 'none', discounted: false, stratum: i < 10 ? 'title' : 'short' }));
    const th = chooseThresholds(items, probs, rules);
    expect(th.recall).toBe(1);
    expect(th.fpr).toBe(0);
    expect(th.riskTitle).toBeLessThanOrEqual(0.7);
    expect(th.riskTitle).toBeGreaterThan(0.2);
    expect(th.riskShort).toBe(0.99);
  });

  it('adds form features only when given a form, and the shipped model reads the form only if trained with it', () => {
    const { tokens, ctx } = readScoped('me on the beach tonight');
    const plain = featureVector(tokens, 'me on the beach tonight', 12, ctx);
    const titled = featureVector(tokens, 'me on the beach tonight', 12, { ...ctx, form: 'title' });
    expect(titled.idx.length).toBeGreaterThan(plain.idx.length);
    if (!MODEL.readsForm) {
      const a = explainText('me on the beach tonight with my dog', { form: 'message' }).statistical.probabilities;
      const b = explainText('me on the beach tonight with my dog').statistical.probabilities;
      expect(a).toEqual(b);
    }
  });
});
