/**
 * The interface music generators sit behind: the built-in engine by default; a MusicGen server
 * adapter later. Pieces are described by a plan (what the words became) and rendered as a
 * stream of interleaved stereo float chunks, so long pieces never sit whole in memory.
 */
import { INSTRUMENTS, NATURE_TEXTURES, SUPPORTED_RATES, planFromDescription, renderMusic } from '../engines/music/index.ts';
import type { AudioClip, MoodPoint, MusicPlan, SoundBank, SteerCommand, SteeringEvent } from '../engines/music/index.ts';

export interface MusicRender {
  sampleRate: number;
  channels: 2;
  frames: number;
  chunks: Iterable<Float32Array>;
  /**
   * Steers the piece while it renders (the built-in engine; a backend without live steering
   * leaves it out). Returns the moment of the piece (seconds) the command took effect at.
   */
  steer?(command: SteerCommand): { atSeconds: number; command: SteerCommand };
}

export interface MusicBackend {
  readonly capabilities: {
    id: string;
    label: string;
    external: boolean;
    instruments: readonly string[];
    textures: readonly string[];
    sampleRates: readonly number[];
    maxSeconds: number;
  };
  /** Words (and optionally the current mood) → a plan; explicit words win. */
  plan(description: string, mood?: MoodPoint, overrides?: Partial<Pick<MusicPlan, 'bpm' | 'mode' | 'instruments'>>): MusicPlan;
  /**
   * Resolves once the backend can render (e.g. its sound bank is loaded); call before `render`.
   * Loading on first use keeps start-up and processes that never play music light.
   */
  ready(): Promise<void>;
  /**
   * Same plan + seconds + rate + seed (+ the same recording to continue, + the same `steering`
   * replayed at the same moments) → the same samples.
   */
  render(plan: MusicPlan, opts: { seconds: number; sampleRate: number; seed: number; condition?: AudioClip; steering?: readonly SteeringEvent[] }): MusicRender;
}

/**
 * Options for the built-in engine: a parsed General MIDI bank for sampled instruments, or a
 * loader called once on the first `ready()` (see music-soundbank.ts). Without one: additive voices.
 */
export interface BuiltinMusicOptions {
  soundBank?: SoundBank | (() => Promise<SoundBank | undefined>);
}

export function createBuiltinMusicBackend(options: BuiltinMusicOptions = {}): MusicBackend {
  const source = options.soundBank;
  let bank: SoundBank | undefined = typeof source === 'function' ? undefined : source;
  let loading: Promise<void> | undefined = typeof source === 'function' ? undefined : Promise.resolve();
  let settled = typeof source !== 'function';
  return {
    get capabilities() {
      const label = bank ? `Hearth built-in, sampled instruments (${bank.name})` : 'Hearth built-in (on this machine)';
      return { id: 'builtin', label, external: false, instruments: INSTRUMENTS, textures: NATURE_TEXTURES, sampleRates: SUPPORTED_RATES, maxSeconds: 3600 };
    },
    plan: (description, mood, overrides) => planFromDescription(description, { mood, overrides }),
    ready() {
      loading ??= (source as () => Promise<SoundBank | undefined>)().then((b) => {
        bank = b;
        settled = true;
      });
      return loading;
    },
    render(plan, opts) {
      // A piece must not sound different depending on whether the bank happened to be loaded yet.
      if (!settled) throw new Error('music backend: await ready() before render()');
      const stream = renderMusic(plan, { ...opts, soundBank: bank });
      return { sampleRate: stream.sampleRate, channels: 2, frames: stream.frames, chunks: stream, steer: (command) => stream.steer(command) };
    },
  };
}
