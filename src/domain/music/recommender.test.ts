import { describe, expect, it } from 'vitest';
import { createRng } from '../../engines/core/index.ts';
import type { ListeningOutcome, MoodReading } from './index.ts';
import { translator } from '../i18n/index.ts';
import { armOf, explainWhatHelps, helpsText, isoBpm, listeningReward, recommendMusic } from './index.ts';

const calmish: MoodReading = { valence: 0, arousal: -0.1, distress: 6 };

/** A synthetic client for whom slow strings help a lot and everything else a little. */
function simulate(rounds: number, seed: number): { history: ListeningOutcome[]; chosen: string[] } {
  const noise = createRng(seed + 1000);
  const history: ListeningOutcome[] = [];
  const chosen: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const rec = recommendMusic(history, calmish, { seed: seed * 100 + r });
    const arm = rec.arm;
    chosen.push(`${arm.tempo}/${arm.family}`);
    const helps = arm.tempo === 'slow' && arm.family === 'strings';
    const drop = (helps ? 3 : 0.5) + noise.gaussian() * 0.5;
    history.push({
      params: { bpm: rec.bpm, instruments: rec.instruments, mode: rec.mode },
      before: calmish,
      after: {
        valence: calmish.valence + (helps ? 0.3 : 0.05),
        arousal: calmish.arousal - (helps ? 0.3 : 0.05),
        distress: Math.max(0, calmish.distress - drop),
      },
    });
  }
  return { history, chosen };
}

describe('recommendMusic', () => {
  it('learns a planted preference (slow strings) from synthetic outcomes', () => {
    for (const seed of [1, 2, 3]) {
      const { history, chosen } = simulate(40, seed);
      const late = chosen.slice(-15);
      const counts = new Map<string, number>();
      for (const c of late) counts.set(c, (counts.get(c) ?? 0) + 1);
      expect([...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0]).toBe('slow/strings');
      expect(late.filter((c) => c === 'slow/strings').length).toBeGreaterThanOrEqual(9);
      expect(helpsText([explainWhatHelps(history)], translator('en'))).toMatch(
        /^Slower tempos with strings have lowered your distress most \(-\d\.\d on average over \d+ listenings\)\.$/,
      );
    }
  });

  it('is deterministic for a seed and explains an empty history', () => {
    const a = recommendMusic([], calmish, { seed: 9 });
    expect(recommendMusic([], calmish, { seed: 9 })).toEqual(a);
    expect(a.explanation[0]).toEqual({ key: 'helps.why.none', args: {} });
  });

  it('follows the iso principle: starts near current arousal and eases toward calm', () => {
    const tense: MoodReading = { valence: -0.3, arousal: 0.9, distress: 8 };
    for (let s = 0; s < 20; s++) {
      const rec = recommendMusic([], tense, { seed: s });
      expect(rec.arm.tempo).not.toBe('slow');
      expect(rec.tempoPath[0]).toBe(rec.bpm);
      expect(rec.tempoPath[rec.tempoPath.length - 1]!).toBeLessThan(rec.bpm);
      for (let i = 1; i < rec.tempoPath.length; i++) expect(rec.tempoPath[i]!).toBeLessThanOrEqual(rec.tempoPath[i - 1]!);
    }
    const calm = recommendMusic([], { valence: 0.2, arousal: -0.8, distress: 2 }, { seed: 1 });
    expect(calm.arm.tempo).not.toBe('lively');
    expect(isoBpm(0.9)).toBeGreaterThan(isoBpm(0));
    expect(isoBpm(-1)).toBeLessThan(60);
  });

  it('rewards lower distress, calmer arousal and better valence', () => {
    const params = { bpm: 60, instruments: ['piano' as const], mode: 'major' as const };
    const base = { valence: 0, arousal: 0, distress: 5 };
    expect(listeningReward({ params, before: base, after: { ...base, distress: 2 } })).toBeCloseTo(0.3);
    expect(listeningReward({ params, before: base, after: { ...base, arousal: -0.5 } })).toBeGreaterThan(0);
    expect(listeningReward({ params, before: base, after: { ...base, distress: 7 } })).toBeLessThan(0);
    expect(armOf(params)).toEqual({ tempo: 'slow', family: 'piano', mode: 'major' });
  });
});
