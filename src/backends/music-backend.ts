/**
 * The interface music generators sit behind: the built-in engine by default; a MusicGen server
 * adapter later. Pieces are described by a plan (what the words became) and rendered as a
 * stream of interleaved stereo float chunks, so long pieces never sit whole in memory.
 */
import { INSTRUMENTS, NATURE_TEXTURES, SUPPORTED_RATES, planFromDescription, renderMusic } from '../engines/music/index.ts';
import type { AudioClip, MoodPoint, MusicPlan, SoundBank, SteeringEvent } from '../engines/music/index.ts';

export interface MusicRender {
  sampleRate: number;
  channels: 2;
  frames: number;
  chunks: Iterable<Float32Array>;
}

export interface MusicBackend {
  readonly capabilities: { id: string; label: string; external: boolean; instruments: readonly string[]; textures: readonly string[]; sampleRates: readonly number[]; maxSeconds: number };
  /** Words (and optionally the current mood) → a plan; explicit words win. */
  plan(description: string, mood?: MoodPoint, overrides?: Partial<Pick<MusicPlan, 'bpm' | 'mode' | 'instruments'>>): MusicPlan;
  /** Same plan + seconds + rate + seed (+ the same recording to continue) → the same samples. */
  /** `steering`: commands given while it played (replayed at the same moments). */
  render(plan: MusicPlan, opts: { seconds: number; sampleRate: number; seed: number; condition?: AudioClip; steering?: readonly SteeringEvent[] }): MusicRender;
}

/** Options for the built-in engine: a parsed General MIDI bank for sampled instruments (see music-soundbank.ts). */
export interface BuiltinMusicOptions {
  soundBank?: SoundBank;
}

export function createBuiltinMusicBackend(options: BuiltinMusicOptions = {}): MusicBackend {
  const { soundBank } = options;
  const label = soundBank ? `Hearth built-in, sampled instruments (${soundBank.name})` : 'Hearth built-in (on this machine)';
  return {
    capabilities: { id: 'builtin', label, external: false, instruments: INSTRUMENTS, textures: NATURE_TEXTURES, sampleRates: SUPPORTED_RATES, maxSeconds: 3600 },
    plan: (description, mood, overrides) => planFromDescription(description, { mood, overrides }),
    render(plan, opts) {
      const stream = renderMusic(plan, { ...opts, soundBank });
      return { sampleRate: stream.sampleRate, channels: 2, frames: stream.frames, chunks: stream };
    },
  };
}
