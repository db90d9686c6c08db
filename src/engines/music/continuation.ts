/**
 * Continuation from an uploaded sample: measure its tempo and beats, key and mode, colour,
 * melody and loudness; re-plan in them; play the sample; crossfade into new music that starts on
 * the sample's beat grid; and, once the crossfade is over, let the sample's own melodic motif
 * return on that grid, so the continuation keeps the client's harmony, pulse, sound and tune.
 *
 * When the analysis is unsure it falls back rather than guesses: a recording in free time (no
 * steady pulse) is not locked to a beat grid and keeps the plan's tempo; the key is always the
 * analyser's best reading, so the recording's mode is kept; a dense mix with no lead line quotes
 * no motif.
 */
import type { Hz } from '../core/index.ts';
import { assert, seconds } from '../core/index.ts';
import type { AudioAnalysis } from './analyze.ts';
import { analyzeAudio } from './analyze.ts';
import type { MelodyNote } from './pitch.ts';
import type { Instrument, MusicPlan } from './plan.ts';
import { INSTRUMENTS } from './plan.ts';
import type { PlanRenderOptions } from './render.ts';
import { renderPlan } from './render.ts';
import { resample } from './resample.ts';
import { brightnessOf } from './timbre.ts';

/** A short decoded sample (planar channels, mono or stereo). */
export interface AudioClip {
  channels: readonly Float32Array[];
  sampleRate: number;
}

/**
 * Typical spectral centroid (Hz) of each voice, for matching a recording's colour: dark voices
 * (bass, pad) low, plucked and bowed voices in the middle, flute and bells high. Voices not listed
 * count as 1 kHz.
 */
const VOICE_CENTROID_HZ: Readonly<Record<string, number>> = {
  bass: 250, pad: 450, choir: 700, strings: 800, cello: 500, guitar: 1000, piano: 1000, harp: 1200, violin: 1400, flute: 1500, bells: 2500,
};
const centroidOfVoice = (name: string): number => VOICE_CENTROID_HZ[name] ?? 1000;

/** The plan's instruments with the one closest in colour to the recording first (it leads). */
export function instrumentsByColour(instruments: readonly Instrument[], centroidHz: number): Instrument[] {
  if (!(centroidHz > 0) || instruments.length < 2) return [...instruments];
  const target = brightnessOf(centroidHz);
  const distance = (i: Instrument): number => Math.abs(brightnessOf(centroidOfVoice(i)) - target);
  let best = 0;
  instruments.forEach((inst, i) => {
    if (distance(inst) < distance(instruments[best]!)) best = i;
  });
  return [instruments[best]!, ...instruments.filter((_, i) => i !== best)];
}

/** The tempo the sample ends in (a drifting recording goes on at its closing tempo, not its mean). */
const endTempo = (analysis: AudioAnalysis): number => (analysis.tempo.endBpm > 0 ? analysis.tempo.endBpm : analysis.bpm);

/**
 * The beat the join is anchored to: the last tracked beat (so a drifting recording's grid is right
 * where the music starts), else the first beat.
 */
const anchorBeat = (analysis: AudioAnalysis): number => analysis.tempo.beats[analysis.tempo.beats.length - 1] ?? analysis.beatOffset;

/**
 * The voices of a continuation: words that named instruments are kept (the closest in colour leads);
 * voices the mood chose give the lead to the engine voice closest in colour to the recording, so a
 * violin recording is not carried on by a dark pad.
 */
function voicesForColour(plan: MusicPlan, centroidHz: number): Instrument[] {
  if (plan.explicit.instruments) return instrumentsByColour(plan.instruments, centroidHz);
  const lead = instrumentsByColour([...INSTRUMENTS], centroidHz)[0]!;
  return [lead, ...plan.instruments.filter((i) => i !== lead)];
}

/** Whether the sample has a pulse steady enough to lock the continuation to. */
const steady = (analysis: AudioAnalysis): boolean => analysis.bpm > 0 && analysis.tempo.pulse === 'steady';

/**
 * The plan adjusted to continue a sample: its key and mode, its tempo (when steady), its colour
 * (lead voice and brightness) and loudness replace the plan's.
 */
export function planForContinuation(plan: MusicPlan, analysis: AudioAnalysis): MusicPlan {
  const locked = steady(analysis);
  const hasColour = analysis.timbre.centroidHz > 0;
  return {
    ...plan,
    key: analysis.key,
    mode: analysis.mode,
    bpm: locked ? Math.max(30, Math.min(240, endTempo(analysis))) : plan.bpm,
    instruments: hasColour ? voicesForColour(plan, analysis.timbre.centroidHz) : plan.instruments,
    brightness: hasColour ? Math.round(analysis.timbre.brightness * 100) / 100 : plan.brightness,
    targetLufs: Number.isFinite(analysis.lufs) ? Math.max(-30, Math.min(-12, analysis.lufs)) : plan.targetLufs,
    explicit: { ...plan.explicit, key: true, mode: true, bpm: locked },
  };
}

/** Where the new music starts and how long the crossfade is, in output frames (bpm 0 = free time). */
export function continuationJoin(sampleFrames: number, sampleRate: number, bpm: number, beatOffset: number): { start: number; crossfade: number } {
  const xf = Math.min(3 * sampleRate, Math.floor(sampleFrames / 2));
  const latest = sampleFrames - xf;
  if (bpm <= 0) return { start: latest, crossfade: xf };
  const period = (60 * sampleRate) / bpm;
  const first = beatOffset * sampleRate;
  let k = Math.floor((latest - first) / period);
  let start = Math.round(first + k * period);
  while (start < 0) start = Math.round(first + ++k * period);
  if (start >= sampleFrames) return { start: latest, crossfade: xf };
  return { start, crossfade: sampleFrames - start };
}

/**
 * The motif to quote: the first run of 3–8 melody notes without a gap longer than a beat (0.6 s
 * in free time). Empty when the melody has no such run.
 */
export function motifOf(melody: readonly MelodyNote[], bpm: number): MelodyNote[] {
  const gap = bpm > 0 ? 60 / bpm : 0.6;
  for (let i = 0; i < melody.length; i++) {
    const run = [melody[i]!];
    for (let j = i + 1; j < melody.length && run.length < 8; j++) {
      const prev = run[run.length - 1]!;
      if (melody[j]!.start - (prev.start + prev.duration) > gap) break;
      run.push(melody[j]!);
    }
    if (run.length >= 3) return run;
  }
  return [];
}

/** The output beat grid: a frame on a beat and the beat period, in frames. */
export interface BeatGrid {
  origin: number;
  period: number;
}

/**
 * Where the quoted motif goes (output frames) and which frames of the sample it copies: the first
 * place at or after `after` that has the motif's own offset from the beat (`phase`, frames after
 * the beat it started on) on the output grid; in free time (no grid) right at `after`. Null when
 * the motif is empty or would not end before `frames`.
 */
export function motifPlacement(
  motif: readonly MelodyNote[], sampleRate: number, after: number, frames: number, grid: BeatGrid | null, phase = 0,
): { from: number; to: number; at: number } | null {
  if (motif.length === 0) return null;
  const first = motif[0]!;
  const last = motif[motif.length - 1]!;
  const from = Math.max(0, Math.round((first.start - 0.03) * sampleRate));
  const to = Math.round((last.start + last.duration + 0.1) * sampleRate);
  let at = after;
  if (grid && grid.period > 0) {
    const base = grid.origin + phase;
    at = Math.round(base + Math.ceil((after - base) / grid.period) * grid.period);
  }
  return at + (to - from) <= frames ? { from, to, at } : null;
}

/** Frames from the last tracked beat at or before `time` (seconds) to `time`; 0 without beats. */
export function phaseAfterBeat(beats: readonly number[], time: number, sampleRate: number): number {
  let beat = -Infinity;
  for (const b of beats) if (b <= time) beat = b;
  return Number.isFinite(beat) ? Math.round((time - beat) * sampleRate) : 0;
}

/** Level of the quoted motif against the sample (−4 dB: it returns as a memory, not on top). */
const QUOTE_GAIN = 10 ** (-4 / 20);
const QUOTE_FADE_S = 0.02;

/** Leaves samples below 0.9 alone and bends louder ones smoothly under 1 (the quote is added after the limiter). */
function softCeiling(x: number): number {
  const a = Math.abs(x);
  if (a <= 0.9) return x;
  return Math.sign(x) * (0.9 + 0.1 * Math.tanh((a - 0.9) / 0.1));
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
  const analysis = analyzeAudio(clip.channels, clip.sampleRate, { melody: true });
  assert(!analysis.silent, 'the conditioning sample is silent');
  const cont = planForContinuation(plan, analysis);
  const left = resample(clip.channels[0]!, clip.sampleRate, sampleRate);
  const right = clip.channels.length > 1 ? resample(clip.channels[1]!, clip.sampleRate, sampleRate) : left;
  const S = left.length;
  assert(frames > S + sampleRate, 'the piece must be at least one second longer than the sample');
  const gridBpm = steady(analysis) ? cont.bpm : 0;
  const join = continuationJoin(S, sampleRate, gridBpm, anchorBeat(analysis));
  const G = join.start;
  const X = Math.max(1, join.crossfade);
  const motif = motifOf(analysis.melody, gridBpm);
  const grid = gridBpm > 0 ? { origin: G, period: (60 * sampleRate) / gridBpm } : null;
  const phase = motif.length > 0 ? phaseAfterBeat(analysis.tempo.beats, motif[0]!.start - 0.03, sampleRate) : 0;
  const quote = motifPlacement(motif, sampleRate, S, frames, grid, grid ? phase % grid.period : 0);
  const fade = Math.max(1, Math.round(QUOTE_FADE_S * sampleRate));
  /** The quoted motif's gain at output frame t (0 outside it). */
  const quoteGain = (t: number): number => {
    if (!quote) return 0;
    const u = t - quote.at;
    const len = Math.min(quote.to, S) - quote.from;
    if (u < 0 || u >= len) return 0;
    return QUOTE_GAIN * Math.min(1, u / fade, (len - 1 - u) / fade);
  };
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
      for (let i = 0; i < n; i++) {
        const at = t + i;
        if (at < S) {
          const u = (at - G) / X;
          const g = 0.5 + 0.5 * Math.cos(Math.PI * Math.min(1, u));
          c[2 * i] = c[2 * i]! + left[at]! * g;
          c[2 * i + 1] = c[2 * i + 1]! + right[at]! * g;
        }
        const q = quoteGain(at);
        if (q > 0 && quote) {
          const src = quote.from + (at - quote.at);
          c[2 * i] = softCeiling(c[2 * i]! + left[src]! * q);
          c[2 * i + 1] = softCeiling(c[2 * i + 1]! + right[src]! * q);
        }
      }
      t += n;
      yield c;
    }
  }
  return { plan: cont, analysis, chunks: chunks() };
}
