import { describe, expect, it } from 'vitest';
import { DIRECTIVE_CATALOGUE } from '../../domain/directives/index.ts';
import type { Directive } from '../../domain/directives/index.ts';
import { builtinWording, reasonText, suggestDirectives } from './suggest.ts';

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

describe('learning from what helped and from recent works', () => {
  const byId = (id: string) => DIRECTIVE_CATALOGUE.find((d) => d.id === id)!;
  const rank = (out: { directive: Directive }[], id: string) => out.findIndex((s) => s.directive.id === id);

  it('lifts directives like homework after which the client felt better, names it, and lowers those like one after which they felt worse', () => {
    const goalTexts = ['Feel less anxious'];
    const base = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts }, 100);
    // A directive sharing no tag with the anxiety goal but with an eased check-in afterwards.
    const eased = DIRECTIVE_CATALOGUE.find((d) => d.goalTags.includes('grief-and-loss'))!;
    const withEase = suggestDirectives(
      DIRECTIVE_CATALOGUE,
      { goalTexts, homeworkOutcomes: [{ directiveId: eased.id, goalTags: eased.goalTags, distressChange: -4 }] },
      100,
    );
    const kin = withEase.find((s) => s.directive.id !== eased.id && s.directive.goalTags.some((t) => eased.goalTags.includes(t)))!;
    expect(kin.reason).toContain(eased.title);
    expect(kin.reason).toMatch(/eased by 4 points/);
    const beforeScore = base.find((s) => s.directive.id === kin.directive.id)?.score ?? 0;
    expect(kin.score).toBeGreaterThan(beforeScore);
    // The top one done twice with distress going up both times goes down, and says nothing of helping.
    const top = base[0]!.directive;
    const raised = { directiveId: top.id, goalTags: top.goalTags, distressChange: 4 };
    const worse = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts, homeworkOutcomes: [raised, raised] }, 100);
    const after = worse.find((s) => s.directive.id === top.id);
    expect(after === undefined || (after.score < base[0]!.score && rank(worse, top.id) > 0 && !/eased/.test(after.reason))).toBe(true);
    // A homework without both check-ins teaches nothing.
    expect(suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts, homeworkOutcomes: [{ directiveId: top.id, goalTags: top.goalTags }] }, 100)).toEqual(base);
  });

  it('lifts music directives when listening has eased distress, and not when it has not', () => {
    const goalTexts = ['stress at work'];
    const base = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts }, 100);
    const helps = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts, music: { meanDistressChange: -2.5, listenings: 4, tempo: 'slow' } }, 100);
    const firstMusic = (xs: typeof base) => xs.findIndex((s) => s.directive.mode === 'music');
    expect(firstMusic(helps)).toBeGreaterThanOrEqual(0);
    expect(firstMusic(helps)).toBeLessThan(firstMusic(base) < 0 ? Infinity : firstMusic(base));
    expect(helps[firstMusic(helps)]!.reason).toMatch(/^Listening has eased .* by 2\.5 points .* 4 listenings/);
    expect(suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts, music: { meanDistressChange: 1, listenings: 4, tempo: 'slow' } }, 100)).toEqual(base);
  });

  it('answers a run of works less colourful than the client’s own usual with expressive directives, said as what is on the page', () => {
    const base = suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'] }, 100);
    const out = suggestDirectives(
      DIRECTIVE_CATALOGUE,
      { goalTexts: ['anxiety'], trends: [{ feature: 'colourfulness', direction: 'lower', runLength: 3 }] },
      100,
    );
    const expressive = out.find((s) => s.directive.goalTags.includes('emotional-expression'))!;
    expect(expressive.reason).toMatch(/fewer and softer colours than usual \(the last 3 works/);
    expect(rank(out, expressive.directive.id)).toBeLessThan(rank(base, expressive.directive.id) < 0 ? Infinity : rank(base, expressive.directive.id));
    // Never a diagnosis: no clinical words in a trend reason.
    for (const s of out) expect(s.reason).not.toMatch(/depress|disorder|symptom|diagnos/i);
    // A trend in a feature no rule reads changes nothing.
    expect(
      suggestDirectives(DIRECTIVE_CATALOGUE, { goalTexts: ['anxiety'], trends: [{ feature: 'symmetryLeftRight', direction: 'higher', runLength: 3 }] }, 100),
    ).toEqual(base);
    expect(byId(expressive.directive.id)).toBeDefined();
  });

  it('says every reason in Spanish and German, with no English left in', () => {
    const out = suggestDirectives(
      DIRECTIVE_CATALOGUE,
      {
        goalTexts: ['anxiety and grief'],
        gad7: { total: 15, severity: 3, band: 'Severe' },
        trends: [{ feature: 'brightness', direction: 'lower', runLength: 2 }],
        music: { meanDistressChange: -2, listenings: 3, tempo: 'slow' },
        traditions: [
          { name: 'Celtic and Irish', names: { en: 'Celtic and Irish', es: 'Celta e irlandés', de: 'Keltisch und irisch' }, directiveIds: ['lifeline'] },
        ],
      },
      30,
    );
    for (const s of out) {
      const es = reasonText(s, 'es');
      const de = reasonText(s, 'de');
      expect(es).not.toBe(s.reason);
      expect(de).not.toBe(s.reason);
      expect(`${es} ${de}`).not.toMatch(/\b(fits|the goal|usual range|listening|chose)\b/);
      expect(es.length).toBeLessThan(300);
    }
    expect(out.map((s) => reasonText(s, 'de')).join(' ')).toMatch(/Angst/);
  });
});
