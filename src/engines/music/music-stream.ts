/**
 * The public renderer: a plan (and optionally a sample to continue) → a stream of interleaved
 * stereo chunks with the metadata a WAV writer or a player needs up front.
 */
import type { Hz, Samples, Seconds } from '../core/index.ts';
import { assertRange, hz, samples } from '../core/index.ts';
import type { AudioAnalysis } from './analyze.ts';
import type { AudioClip } from './continuation.ts';
import { renderContinuation } from './continuation.ts';
import type { SteerCommand, Steering } from './arc.ts';
import { NO_STEERING, steer, STEER_COMMANDS } from './arc.ts';
import type { MusicPlan } from './plan.ts';
import { renderPlan } from './render.ts';
import type { SoundBank } from './sampled-sound.ts';

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
  /** A General MIDI bank for sampled instruments (version 2 plans); without it, additive voices. */
  soundBank?: SoundBank;
  /**
   * Steering to replay (e.g. from a listening record): each command takes effect when the
   * stream has produced `atSeconds` of audio, exactly as it did live.
   */
  steering?: readonly SteeringEvent[];
}

/** A steering command and when (seconds of output already produced) it was given. */
export interface SteeringEvent {
  atSeconds: number;
  command: SteerCommand;
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
  /** Whether the piece plays on sampled instruments (a bank was given and the plan is version 2). */
  readonly sampled: boolean;
  /**
   * Steers the piece while it plays ("calmer", "brighter", "slower", "fewer"…): the change starts
   * with the audio being synthesised now (≤ 1.5 s ahead of what was yielded) and glides in over
   * a few seconds. Returns the event as recorded (replay it with `options.steering`).
   */
  steer(command: SteerCommand): SteeringEvent;
  /** Every steering command so far, in order. */
  readonly steeringLog: readonly SteeringEvent[];
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
  const log: SteeringEvent[] = [];
  const replay = [...(options.steering ?? [])].sort((a, b) => a.atSeconds - b.atSeconds);
  for (const e of replay) if (!STEER_COMMANDS.includes(e.command)) throw new RangeError(`unknown steering command ${String(e.command)}`);
  let target: Steering = NO_STEERING;
  let yielded = 0;
  const apply = (e: SteeringEvent): void => {
    target = steer(target, e.command);
    log.push(e);
  };
  const steering = (): Steering => {
    while (replay.length > 0 && replay[0]!.atSeconds <= yielded / sr) apply(replay.shift()!);
    return target;
  };
  const counted = function* (chunks: Iterable<Float32Array>): Generator<Float32Array, void, undefined> {
    // Counted before the chunk leaves, so a command given while the listener holds chunk k is
    // stamped with the end of chunk k, and a replay applies it at exactly the same block.
    for (const c of chunks) {
      yielded += c.length / 2;
      yield c;
    }
  };
  const base = {
    sampleRate: sr,
    frames,
    channels: 2 as const,
    seed,
    steeringLog: log,
    steer(command: SteerCommand): SteeringEvent {
      if (!STEER_COMMANDS.includes(command)) throw new RangeError(`unknown steering command ${String(command)}`);
      const e = { atSeconds: yielded / sr, command };
      apply(e);
      return e;
    },
  };
  if (options.condition) {
    const c = renderContinuation(plan, options.condition, frames, sr, seed, { steering, soundBank: options.soundBank });
    const sampled = options.soundBank !== undefined && c.plan.version === 2;
    return { ...base, plan: c.plan, sampled, condition: c.analysis, [Symbol.iterator]: () => counted(c.chunks)[Symbol.iterator]() };
  }
  const opts = { frames, sampleRate: sr, seed, soundBank: options.soundBank, steering };
  return { ...base, plan, sampled: options.soundBank !== undefined && plan.version === 2, [Symbol.iterator]: () => counted(renderPlan(plan, opts)) };
}
