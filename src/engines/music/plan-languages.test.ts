import { describe, expect, it } from 'vitest';
import { LANGUAGE_CASES, LANGUAGE_HELDOUT } from './plan-language-cases.ts';
import type { LanguageCase } from './plan-language-cases.ts';
import { planFromDescription } from './plan-from-description.ts';

const bandOf = (bpm: number): LanguageCase['band'] => (bpm < 66 ? 'slow' : bpm < 90 ? 'moderate' : 'lively');

/** What is wrong with the plan for one labelled case (empty when it matches every label). */
function misses(c: LanguageCase): string[] {
  const p = planFromDescription(c.text);
  const out: string[] = [];
  if (c.band && bandOf(p.bpm) !== c.band) out.push(`tempo ${p.bpm} BPM is not ${c.band}`);
  if (c.instruments && [...p.instruments].sort().join() !== [...c.instruments].sort().join()) out.push(`instruments ${p.instruments.join('+')}`);
  if (c.textures && [...p.textures].sort().join() !== [...c.textures].sort().join()) out.push(`textures ${p.textures.join('+') || 'none'}`);
  if (c.arc && p.arc?.kind !== c.arc) out.push(`arc ${p.arc?.kind ?? 'none'}`);
  return out;
}

/** Accuracy measured when the cases were written, before the planner read Spanish and German. */
const BEFORE = { en: 21 / 23, es: 4 / 23, de: 4 / 23 };

describe('planFromDescription in three languages', () => {
  for (const lang of ['en', 'es', 'de'] as const) {
    it(`plans ${lang} descriptions as labelled`, () => {
      const cases = LANGUAGE_CASES[lang];
      expect(cases.length).toBeGreaterThanOrEqual(20);
      const wrong = cases.map((c) => ({ text: c.text, misses: misses(c) })).filter((r) => r.misses.length > 0);
      const accuracy = (cases.length - wrong.length) / cases.length;
      console.log(`${lang}: ${(accuracy * 100).toFixed(0)}% (before ${(BEFORE[lang] * 100).toFixed(0)}%)`, wrong);
      // Every language at least 90% of its labelled cases, and never below what it was.
      expect(accuracy).toBeGreaterThanOrEqual(Math.max(0.9, BEFORE[lang]));
    });
  }

  it('plans held-out descriptions it was not tuned on, in every language', () => {
    for (const lang of ['en', 'es', 'de'] as const) {
      const cases = LANGUAGE_HELDOUT[lang];
      const wrong = cases.map((c) => ({ text: c.text, misses: misses(c) })).filter((r) => r.misses.length > 0);
      const accuracy = (cases.length - wrong.length) / cases.length;
      console.log(`held-out ${lang}: ${(accuracy * 100).toFixed(0)}%`, wrong);
      expect(accuracy).toBeGreaterThanOrEqual(0.7);
    }
  });
});
