/**
 * Steered playback on the music thread (`MusicThread.steered`): what the listener heard, with
 * commands given while it played, is exactly what the recorded log replays to in-process; leaving
 * the stream early stops the render (a command after that is refused, the thread serves on).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createBuiltinMusicBackend } from '../../backends/music-backend.ts';
import { createRng } from '../../engines/core/index.ts';
import { planFromDescription, STEER_COMMANDS, wavStream } from '../../engines/music/index.ts';
import type { SteerCommand } from '../../engines/music/index.ts';
import { MusicThread } from '../jobs/music-thread.ts';

// The additive voices (no bank file read); put back afterwards: the worker process runs other files next.
const savedSoundbank = process.env.HEARTH_SOUNDBANK;
process.env.HEARTH_SOUNDBANK = 'off';
afterAll(() => {
  if (savedSoundbank === undefined) delete process.env.HEARTH_SOUNDBANK;
  else process.env.HEARTH_SOUNDBANK = savedSoundbank;
});

const SR = 8000;
const piece = { plan: planFromDescription('flowing piano at 96 bpm'), seconds: 5, sampleRate: SR, seed: 5 };
const BYTES = 44 + piece.seconds * SR * 4;

/** The piece with `steering` replayed, rendered on this thread. */
async function replay(steering: { atSeconds: number; command: SteerCommand }[]): Promise<Buffer> {
  const backend = createBuiltinMusicBackend({ soundBank: async () => undefined });
  await backend.ready();
  const r = backend.render(piece.plan, { ...piece, steering });
  return Buffer.concat([...wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)]);
}

describe('a steered playback on the music thread', () => {
  const thread = new MusicThread();
  afterAll(() => thread.close());

  it('replays to the same bytes from its log, for commands given at random moments', async () => {
    for (const seed of [1, 2]) {
      const rng = createRng(seed);
      const rnd = (): number => rng.next();
      // Two or three commands, each after a random share of the bytes has arrived.
      const plan = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => ({
        afterBytes: Math.floor(44 + rnd() * 0.6 * (BYTES - 44)),
        command: STEER_COMMANDS[Math.floor(rnd() * STEER_COMMANDS.length)]!,
      })).sort((a, b) => a.afterBytes - b.afterBytes);
      const playing = thread.steered({ ...piece, steering: [], leadSeconds: 0.5 }, 0, BYTES - 1);
      const parts: Buffer[] = [];
      let got = 0;
      const log: { atSeconds: number; command: SteerCommand }[] = [];
      for await (const b of playing.bytes) {
        parts.push(Buffer.from(b));
        got += b.length;
        while (plan.length > 0 && got >= plan[0]!.afterBytes) {
          const { command } = plan.shift()!;
          const { atSeconds } = await playing.steer(command);
          log.push({ atSeconds, command });
        }
      }
      const heard = Buffer.concat(parts);
      expect(heard.length).toBe(BYTES);
      expect(log.length).toBeGreaterThanOrEqual(2);
      for (const e of log) expect(e.atSeconds).toBeLessThanOrEqual(piece.seconds);
      expect(heard.equals(await replay(log)), `seed ${seed}`).toBe(true);
      // A reconnect with the log so far, from a byte in the middle (a seek), continues the same bytes.
      const from = 44 + 2 * SR * 4 + 12;
      const again: Buffer[] = [];
      for await (const b of thread.steered({ ...piece, steering: log, leadSeconds: 5 }, from, BYTES - 1).bytes) again.push(Buffer.from(b));
      expect(Buffer.concat(again).equals(heard.subarray(from))).toBe(true);
    }
  }, 180_000);

  it('stops when the listener leaves: a later command is refused and the thread serves the next playback', async () => {
    const playing = thread.steered({ ...piece, steering: [], leadSeconds: 0.5 }, 0, BYTES - 1);
    for await (const b of playing.bytes) if (b.length > 0) break;
    await expect(playing.steer('slower')).rejects.toThrow(/ended/);
    let n = 0;
    for await (const b of thread.steered({ ...piece, steering: [], leadSeconds: 10 }, 0, BYTES - 1).bytes) n += b.length;
    expect(n).toBe(BYTES);
  }, 180_000);
});
