/**
 * What-helps-this-client: Thompson sampling over tempo band × instrument family × mode, with the
 * iso principle. Rewards are modelled as additive effects of the three factors (each with a
 * Gaussian posterior), which learns from a handful of listenings instead of needing every one of
 * the 36 combinations tried. The iso principle limits the first piece to tempo bands next to the
 * client's current arousal, and the recommended tempo path then steps down toward calm.
 */
import type { Rng } from '../../engines/core/index.ts';
import { createRng } from '../../engines/core/index.ts';
import type { Instrument, Mode } from '../../engines/music/index.ts';
import { explainSuggestion, explainWhatHelps } from './explanation.ts';
import type { HelpsMessage } from './explanation.ts';
import type { InstrumentFamily, ListeningOutcome, MoodReading, MusicArm, TempoBand } from './listening.ts';
import { armOf, INSTRUMENT_FAMILIES, instrumentsFor, listeningReward, TEMPO_BANDS } from './listening.ts';

/** Options for {@link recommendMusic}. */
export interface RecommendOptions {
  /** Seed for the posterior draws (same history + mood + seed → same recommendation). */
  seed: number;
  /** Prior variance of each factor's effect and the reward noise variance. */
  priorVariance?: number;
  noiseVariance?: number;
}

/** The next plan parameters to try, with the reasoning in words. */
export interface MusicRecommendation {
  arm: MusicArm;
  /** Plan overrides for the first piece (feed to planFromDescription's `overrides`). */
  bpm: number;
  instruments: Instrument[];
  mode: Mode;
  /** Iso path: the tempo of each successive piece, from near the current state toward calm. */
  tempoPath: number[];
  /** Posterior mean reward of the chosen arm (−1..1 scale). */
  expectedReward: number;
  /** Why, as message keys with arguments (see explanation.ts `helpsText`). */
  explanation: HelpsMessage[];
}

const BAND_BPM: Record<TempoBand, [number, number]> = { slow: [52, 65], moderate: [66, 89], lively: [90, 108] };
const CALM_BPM = 56;

/** The BPM that matches an arousal level (−1 → 54, 0 → 72, 1 → 100): the iso starting point. */
export function isoBpm(arousal: number): number {
  const a = Math.max(-1, Math.min(1, arousal));
  return Math.round(a < 0 ? 72 + 18 * a : 72 + 28 * a);
}

interface Posterior {
  mean: number;
  variance: number;
}

function posteriors<K extends string>(
  keys: readonly K[],
  history: readonly ListeningOutcome[],
  key: (arm: MusicArm) => K,
  residual: (o: ListeningOutcome) => number,
  p0: number,
  s2: number,
): Record<K, Posterior> {
  const out = {} as Record<K, Posterior>;
  for (const k of keys) {
    let n = 0;
    let sum = 0;
    for (const o of history) {
      if (key(armOf(o.params)) !== k) continue;
      n++;
      sum += residual(o);
    }
    const precision = 1 / p0 + n / s2;
    out[k] = { mean: sum / s2 / precision, variance: 1 / precision };
  }
  return out;
}

const draw = (p: Posterior, rng: Rng): number => p.mean + Math.sqrt(p.variance) * rng.gaussian();

/** Recommends the next piece's parameters from this client's history and current mood. */
export function recommendMusic(history: readonly ListeningOutcome[], current: MoodReading, options: RecommendOptions): MusicRecommendation {
  const rng = createRng(options.seed);
  const p0 = options.priorVariance ?? 0.09;
  const s2 = options.noiseVariance ?? 0.04;
  const rewards = history.map(listeningReward);
  const mean = rewards.length ? rewards.reduce((a, b) => a + b, 0) / rewards.length : 0;
  const centred = (o: ListeningOutcome): number => listeningReward(o) - mean;
  const tempo = posteriors(TEMPO_BANDS, history, (a) => a.tempo, centred, p0, s2);
  const family = posteriors(INSTRUMENT_FAMILIES, history, (a) => a.family, centred, p0, s2);
  const mode = posteriors(['major', 'minor'] as const, history, (a) => a.mode, centred, p0, s2);

  // Iso principle: only bands next to the one matching the current arousal.
  const start = isoBpm(current.arousal);
  const isoBand = TEMPO_BANDS.indexOf(start < 66 ? 'slow' : start < 90 ? 'moderate' : 'lively');
  const allowed = TEMPO_BANDS.filter((_, i) => Math.abs(i - isoBand) <= 1);
  // Low valence may start in minor (meeting the mood), otherwise both modes compete freely.
  const modes: Mode[] = ['major', 'minor'];

  const tDraw = Object.fromEntries(TEMPO_BANDS.map((k) => [k, draw(tempo[k], rng)])) as Record<TempoBand, number>;
  const fDraw = Object.fromEntries(INSTRUMENT_FAMILIES.map((k) => [k, draw(family[k], rng)])) as Record<InstrumentFamily, number>;
  const mDraw = { major: draw(mode.major, rng), minor: draw(mode.minor, rng) + (current.valence < -0.4 ? 0.02 : 0) };
  let best: MusicArm = { tempo: allowed[0]!, family: 'piano', mode: 'major' };
  let bestScore = -Infinity;
  for (const t of allowed) {
    for (const f of INSTRUMENT_FAMILIES) {
      for (const m of modes) {
        const s = tDraw[t] + fDraw[f] + mDraw[m];
        if (s > bestScore) {
          bestScore = s;
          best = { tempo: t, family: f, mode: m };
        }
      }
    }
  }
  const [lo, hi] = BAND_BPM[best.tempo];
  const bpm = Math.max(lo, Math.min(hi, start));
  const calm = Math.min(bpm, Math.max(lo - 4, CALM_BPM));
  const tempoPath = [bpm, Math.round((bpm + calm) / 2), calm].filter((b, i, a) => i === 0 || b !== a[i - 1]);
  const expectedReward = mean + tempo[best.tempo].mean + family[best.family].mean + mode[best.mode].mean;
  const path: HelpsMessage =
    tempoPath.length > 1
      ? { key: 'helps.why.path', args: { from: tempoPath[0]!, to: tempoPath[tempoPath.length - 1]! } }
      : { key: 'helps.why.stay', args: { bpm } };
  return {
    arm: best,
    bpm,
    instruments: instrumentsFor(best.family),
    mode: best.mode,
    tempoPath,
    expectedReward,
    explanation: [explainWhatHelps(history), ...explainSuggestion(history, best, allowed), path],
  };
}
