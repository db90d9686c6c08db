import { describe, expect, it } from 'vitest';
import { baselineFromValues, compareToBaseline, deviationFromBaseline, median } from './baseline.ts';
import { describeChange, FEATURE_WORDING } from './feature-wording.ts';
import { observeTrends } from './trends.ts';
import type { FeaturePoint } from './trends.ts';

const series = (values: number[], key = 'brightness'): FeaturePoint[] =>
  values.map((v, i) => ({ id: `w${i}`, at: 1_700_000_000_000 + i * 86_400_000, values: { [key]: v } }));

describe('baselines', () => {
  it('uses the median and a MAD-based spread that one outlier does not move', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const b = baselineFromValues([0.5, 0.52, 0.48, 0.51, 0.49, 0.95]);
    expect(b.median).toBeCloseTo(0.505, 10);
    expect(b.mad).toBeCloseTo(0.015, 10);
    expect(b.spread).toBeCloseTo(1.4826 * 0.015, 10);
    expect(compareToBaseline(0.95, b)).toBe('higher');
    expect(compareToBaseline(0.5, b)).toBe('usual');
    expect(compareToBaseline(0.3, b)).toBe('lower');
    expect(deviationFromBaseline(b.median + 3 * b.spread, b)).toBeCloseTo(3, 10);
  });

  it('floors the spread so identical past values do not flag tiny wobbles', () => {
    const b = baselineFromValues([0.5, 0.5, 0.5, 0.5], { minSpread: 0.03 });
    expect(b.spread).toBe(0.03);
    expect(compareToBaseline(0.52, b)).toBe('usual');
  });
});

describe('observeTrends', () => {
  it('says the last four works use darker palettes than usual', () => {
    const obs = observeTrends(series([0.7, 0.72, 0.68, 0.71, 0.69, 0.7, 0.73, 0.45, 0.42, 0.4, 0.44]));
    expect(obs).toHaveLength(1);
    expect(obs[0]).toMatchObject({ feature: 'brightness', direction: 'lower', runLength: 4, workIds: ['w7', 'w8', 'w9', 'w10'] });
    expect(obs[0]!.sentence).toBe("The last four works use darker palettes than this client's usual.");
    expect(obs[0]!.latestDeviation).toBeLessThan(-2);
  });

  it('reports a single recent work and ignores order of input', () => {
    const s = series([0.2, 0.22, 0.18, 0.21, 0.2, 0.19, 0.6], 'inkCoverage').reverse();
    const obs = observeTrends(s);
    expect(obs[0]!.sentence).toBe("The most recent work covers more of the page than this client's usual.");
  });

  it('stays silent within the usual range and without enough history', () => {
    expect(observeTrends(series([0.7, 0.72, 0.68, 0.71, 0.69, 0.7, 0.71]))).toEqual([]);
    expect(observeTrends(series([0.7, 0.7, 0.7, 0.1]))).toEqual([]);
  });

  it('words process features about drawings', () => {
    const s = series([60_000, 65_000, 58_000, 62_000, 61_000, 200_000, 210_000], 'totalTimeMs');
    expect(observeTrends(s)[0]!.sentence).toBe("The last two drawings took longer to draw than this client's usual.");
  });
});

/**
 * Words that diagnose, pathologise or interpret a person. Sentences describe works, so none of
 * these may appear in any sentence the analysis can produce.
 */
const DIAGNOSTIC_WORDS = [
  'depress', 'anxiety', 'anxious', 'disorder', 'diagnos', 'symptom', 'patholog', 'trauma', 'ptsd',
  'psychot', 'psychos', 'schizo', 'bipolar', 'manic', 'mania', 'suicid', 'self-harm', 'adhd', 'autis',
  'ocd', 'obsessive', 'compulsive', 'borderline', 'narciss', 'paranoi', 'delusion', 'hallucinat',
  'illness', 'ill ', 'sick', 'disturbed', 'abnormal', 'deficit', 'impair', 'dysfunction', 'risk',
  'crisis', 'sad', 'angry', 'happy', 'upset', 'mood', 'feels', 'feeling', 'worse', 'better', 'improv',
  'deteriorat', 'regress', 'relapse', 'concerning', 'worrying', 'alarming', 'warning', 'patient',
];

describe('wording never diagnoses', () => {
  it('no sentence the analysis can produce contains a diagnostic or interpretive word', () => {
    const sentences: string[] = [];
    for (const feature of [...Object.keys(FEATURE_WORDING), 'someNewFeature']) {
      for (const dir of ['higher', 'lower'] as const) {
        for (let n = 1; n <= 15; n++) sentences.push(describeChange(feature, dir, n));
      }
    }
    for (const s of sentences) {
      const lower = ` ${s.toLowerCase()} `;
      for (const w of DIAGNOSTIC_WORDS) expect(lower.includes(w), `"${s}" contains "${w}"`).toBe(false);
      expect(s).toMatch(/^The (most recent|last) .+ than this client's usual\.$/);
    }
    expect(sentences.length).toBeGreaterThan(500);
  });
});
