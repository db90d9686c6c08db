/**
 * Continuation from an uploaded sample: measure its tempo, key, mode, loudness and beat phase,
 * re-plan in them, play the sample, and crossfade into new music that starts on the sample's
 * beat grid, so the join keeps both the harmony and the pulse.
 */
import type { Hz } from '../core/index.ts';
import { assert, seconds } from '../core/index.ts';
import type { AudioAnalysis } from './analyze.ts';
import { analyzeAudio } from './analyze.ts';
import type { MusicPlan } from './plan.ts';
import type { PlanRenderOptions } from './render.ts';
import { renderPlan } from './render.ts';
import { resample } from './resample.ts';

/** A short decoded sample (planar channels, mono or stereo). */
export interface AudioClip {
  channels: readonly Float32Array[];
  sampleRate: number;
}

/** The plan adjusted to continue a sample: its key, mode, tempo and loudness replace the plan's. */
export function planForContinuation(plan: MusicPlan, analysis: AudioAnalysis): MusicPlan {
  return {
    ...plan,
    key: analysis.key,
    mode: analysis.mode,
    bpm: analysis.bpm > 0 ? analysis.bpm : plan.bpm,
    targetLufs: Number.isFinite(analysis.lufs) ? Math.max(-30, Math.min(-12, analysis.lufs)) : plan.targetLufs,
    explicit: { ...plan.explicit, key: true, mode: true, bpm: analysis.bpm > 0 },
  };
}

/** Where the new music starts and how long the crossfade is, in output frames. */
export function continuationJoin(sampleFrames: number, sampleRate: number, bpm: number, beatOffset: number): { start: number; crossfade: number } {
  const xf = Math.min(3 * sampleRate, Math.floor(sampleFrames / 2));
  const latest = sampleFrames - xf;
  if (bpm <= 0) return { start: latest, crossfade: xf };
  const period = (60 * sampleRate) / bpm;
  const first = beatOffset * sampleRate;
  let k = Math.floor((latest - first) / period);
  let start = Math.round(first + k * period);
  while (start < 0) start = Math.round(first + ++k * period);
  return { start, crossfade: sampleFrames - start };
}

/**
 * Streams the sample followed by its continuation, `frames` frames in total at `sampleRate`,
 * as interleaved stereo chunks. Returns the plan actually used alongside the stream.
 */
export function renderContinuation(
  plan: MusicPlan,
  clip: AudioClip,
  frames: number,
  sampleRate: Hz,
  seed: number,
  sound: Pick<PlanRenderOptions, 'soundBank' | 'steering'> = {},
): { plan: MusicPlan; analysis: AudioAnalysis; chunks: Iterable<Float32Array> } {
  const analysis = analyzeAudio(clip.channels, clip.sampleRate);
  assert(!analysis.silent, 'the conditioning sample is silent');
  const cont = planForContinuation(plan, analysis);
  const left = resample(clip.channels[0]!, clip.sampleRate, sampleRate);
  const right = clip.channels.length > 1 ? resample(clip.channels[1]!, clip.sampleRate, sampleRate) : left;
  const S = left.length;
  assert(frames > S + sampleRate, 'the piece must be at least one second longer than the sample');
  const join = continuationJoin(S, sampleRate, cont.bpm, analysis.beatOffset);
  const G = join.start;
  const X = Math.max(1, join.crossfade);
  function* chunks(): Generator<Float32Array, void, undefined> {
    const step = Math.round(sampleRate / 10);
    for (let t = 0; t < G; t += step) {
      const n = Math.min(step, G - t);
      const out = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        out[2 * i] = left[t + i]!;
        out[2 * i + 1] = right[t + i]!;
      }
      yield out;
    }
    let t = G;
    for (const c of renderPlan(cont, { frames: frames - G, sampleRate, seed, fadeIn: seconds(X / sampleRate), ...sound })) {
      const n = c.length / 2;
      for (let i = 0; i < n && t + i < S; i++) {
        const u = (t + i - G) / X;
        const g = 0.5 + 0.5 * Math.cos(Math.PI * Math.min(1, u));
        c[2 * i] = c[2 * i]! + left[t + i]! * g;
        c[2 * i + 1] = c[2 * i + 1]! + right[t + i]! * g;
      }
      t += n;
      yield c;
    }
  }
  return { plan: cont, analysis, chunks: chunks() };
}
