/**
 * The public renderer: a plan (and optionally a sample to continue) → a stream of interleaved
 * stereo chunks with the metadata a WAV writer or a player needs up front.
 */
import type { Hz, Samples, Seconds } from '../core/index.ts';
import { assertRange, hz, samples } from '../core/index.ts';
import type { AudioAnalysis } from './analyze.ts';
import type { AudioClip } from './continuation.ts';
import { renderContinuation } from './continuation.ts';
import type { MusicPlan } from './plan.ts';
import { renderPlan } from './render.ts';

/** Options for {@link renderMusic}. */
export interface MusicRenderOptions {
  /** Length in seconds, 1..3600. */
  seconds: Seconds | number;
  /** Output rate; 32000, 44100 (default) or 48000 are the supported choices. */
  sampleRate?: Hz | number;
  /** Performance seed (the plan fixes the musical choices; the seed fixes the notes). Default 1. */
  seed?: number;
  /** A sample to continue: its key, tempo and loudness are kept and it crossfades into the music. */
  condition?: AudioClip;
}

/** A rendered piece as a stream. Iterate it once; each chunk is ≤ 100 ms of interleaved L/R. */
export interface MusicStream extends Iterable<Float32Array> {
  /** The plan actually rendered (after continuation adjustments). */
  readonly plan: MusicPlan;
  readonly sampleRate: Hz;
  readonly frames: Samples;
  readonly channels: 2;
  readonly seed: number;
  /** Analysis of the conditioning sample, when there was one. */
  readonly condition?: AudioAnalysis;
}

/** Sample rates the CLI and the web app offer. */
export const SUPPORTED_RATES = [32000, 44100, 48000] as const;

/** Renders a plan (optionally continuing a sample) as a stream; nothing is computed until iterated. */
export function renderMusic(plan: MusicPlan, options: MusicRenderOptions): MusicStream {
  const sr = hz(options.sampleRate ?? 44100);
  assertRange(sr, 8000, 192000, 'sampleRate');
  assertRange(options.seconds, 1, 3600, 'seconds');
  const frames = samples(Math.round(options.seconds * sr));
  const seed = Math.floor(options.seed ?? 1) >>> 0;
  if (options.condition) {
    const c = renderContinuation(plan, options.condition, frames, sr, seed);
    return { plan: c.plan, sampleRate: sr, frames, channels: 2, seed, condition: c.analysis, [Symbol.iterator]: () => c.chunks[Symbol.iterator]() };
  }
  return { plan, sampleRate: sr, frames, channels: 2, seed, [Symbol.iterator]: () => renderPlan(plan, { frames, sampleRate: sr, seed }) };
}
