/**
 * The interface music generators sit behind: the built-in engine by default; a MusicGen server
 * adapter later. Pieces are described by a plan (what the words became) and rendered as a
 * stream of interleaved stereo float chunks, so long pieces never sit whole in memory.
 */
import { INSTRUMENTS, NATURE_TEXTURES, SUPPORTED_RATES, planFromDescription, renderMusic } from '../engines/music/index.ts';
import type { AudioClip, MoodPoint, MusicPlan } from '../engines/music/index.ts';

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
  render(plan: MusicPlan, opts: { seconds: number; sampleRate: number; seed: number; condition?: AudioClip }): MusicRender;
}

export function createBuiltinMusicBackend(): MusicBackend {
  return {
    capabilities: { id: 'builtin', label: 'Hearth built-in (on this machine)', external: false, instruments: INSTRUMENTS, textures: NATURE_TEXTURES, sampleRates: SUPPORTED_RATES, maxSeconds: 3600 },
    plan: (description, mood, overrides) => planFromDescription(description, { mood, overrides }),
    render(plan, opts) {
      const stream = renderMusic(plan, opts);
      return { sampleRate: stream.sampleRate, channels: 2, frames: stream.frames, chunks: stream };
    },
  };
}
