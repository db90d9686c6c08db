import { describe, expect, it } from 'vitest';
import { DIRECTIVE_CATALOGUE } from '../../domain/directives/index.ts';
import type { Directive } from '../../domain/directives/index.ts';
import { builtinWording, suggestDirectives } from './suggest.ts';

const activating = (d: Directive) =>
  /energi/i.test(`${d.title} ${d.goal}`) || (d.goalTags.includes('play') && !d.goalTags.some((t) => t === 'calming' || t === 'grounding'));
const calming = (d: Directive) => d.goalTags.some((t) => t === 'calming' || t === 'grounding') && !activating(d);

describe('suggestDirectives', () => {
  it('ranks calming/grounding directives above activating ones for an anxiety goal and a high GAD-7, with a reason that says so', () => {
    const out = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['Feel less anxious at work'], gad7: { total: 16, severity: 3, band: 'Severe' } }, 50);
    expect(out.length).toBeGreaterThan(3);
    expect(calming(out[0]!.directive)).toBe(true);
    expect(out[0]!.reason).toMatch(/anxi|GAD-7/);
    // Every calming suggestion ranks above every activating one.
    const firstActivating = out.findIndex((s) => activating(s.directive));
    const lastCalming = out.map((s) => calming(s.directive)).lastIndexOf(true);
    expect(firstActivating).toBeGreaterThan(0);
    expect(lastCalming).toBeLessThan(firstActivating);
  });

  it('reads goals in Spanish and German', () => {
    for (const g of ['Quiero manejar mi ansiedad', 'Weniger Angst im Alltag']) {
      const out = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: [g] });
      expect(calming(out[0]!.directive), g).toBe(true);
      expect(out[0]!.reason).toMatch(/anxiety/);
    }
  });

  it('suggests grief directives for a grief goal, and hope for a high PHQ-9', () => {
    const grief = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['Living with the loss of my father'] });
    expect(grief[0]!.directive.goalTags).toContain('grief-and-loss');
    const low = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: [], phq9: { total: 18, severity: 3, band: 'Moderately severe' } });
    expect(low[0]!.directive.goalTags.some((t) => ['hope', 'self-compassion', 'strengths'].includes(t))).toBe(true);
    expect(low[0]!.reason).toMatch(/PHQ-9/);
  });

  it('leaves out directives unsuitable in crisis when PHQ-9 item 9 is flagged', () => {
    const out = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'], phq9: { total: 20, severity: 4, band: 'Severe', safetyFlag: true } }, 100);
    expect(out.some((s) => s.directive.unsuitableFor.some((u) => /crisis/i.test(u)))).toBe(false);
  });

  it('puts something new before a directive the client already did, and is deterministic', () => {
    const base = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'] });
    const again = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'], completedDirectiveIds: [base[0]!.directive.id] });
    expect(again[0]!.directive.id).not.toBe(base[0]!.directive.id);
    expect(suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'] })).toEqual(base);
  });

  it('suggests nothing when nothing is known', () => {
    expect(suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: [] })).toEqual([]);
  });
});

describe('traditions', () => {
  it('lifts a directive that adapts to the client’s own tradition, and says so', () => {
    const base = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'] }, 50);
    const pick = base[base.length - 1]!.directive.id;
    const out = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'], traditions: [{ name: 'Celtic and Irish', directiveIds: [pick] }] }, 50);
    const before = base.findIndex((s) => s.directive.id === pick);
    const after = out.findIndex((s) => s.directive.id === pick);
    expect(after).toBeLessThanOrEqual(before);
    expect(out[after]!.score).toBeGreaterThan(base[before]!.score);
    expect(out[after]!.reason).toMatch(/Celtic and Irish/);
  });
});

describe('builtinWording', () => {
  it('keeps the ranked reasons as they are', async () => {
    const out = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'] });
    expect(await builtinWording.reword(out, 'en')).toEqual(out.map((s) => s.reason));
  });
});
