import { afterAll, describe, expect, it } from 'vitest';
import { createBuiltinMusicBackend } from '../../backends/music-backend.ts';
import { analyzeAudio, planFromDescription, wavStream } from '../../engines/music/index.ts';
import { MusicThread } from './music-thread.ts';

// The thread builds its own backend from the environment: the additive voices here (no bank file read).
const savedSoundbank = process.env.HEARTH_SOUNDBANK;
process.env.HEARTH_SOUNDBANK = 'off';
afterAll(() => {
  if (savedSoundbank === undefined) delete process.env.HEARTH_SOUNDBANK;
  else process.env.HEARTH_SOUNDBANK = savedSoundbank;
});

const plan = planFromDescription('slow calm piano and strings');
const piece = { plan, seconds: 30, sampleRate: 32000, seed: 11 };

/** The same piece rendered on this thread, as the server did before. */
async function inProcess(): Promise<Buffer> {
  const backend = createBuiltinMusicBackend({ soundBank: async () => undefined });
  await backend.ready();
  const r = backend.render(plan, piece);
  return Buffer.concat([...wavStream({ sampleRate: r.sampleRate, channels: 2, format: 'pcm16', frames: r.frames }, r.chunks)]);
}

async function collect(it: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of it) parts.push(Buffer.from(b));
  return Buffer.concat(parts);
}

describe('the music thread', () => {
  const thread = new MusicThread();
  afterAll(() => thread.close());

  it('renders the same bytes as in-process, whole and by range, and answers health checks meanwhile', async () => {
    expect(thread.running).toBe(false); // started on first use only
    const expected = await inProcess();
    // The event loop stays free while the thread renders: a timer every 10 ms keeps firing.
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    const whole = await collect(thread.wav(piece, 0, expected.length - 1));
    clearInterval(timer);
    expect(thread.running).toBe(true);
    expect(whole.length).toBe(expected.length);
    expect(whole.equals(expected)).toBe(true);
    expect(worst).toBeLessThan(250);
    const start = 100_001;
    const end = 700_000;
    const part = await collect(thread.wav(piece, start, end));
    expect(part.equals(expected.subarray(start, end + 1))).toBe(true);
  }, 120_000);

  it('stops a render the listener left, and serves the next one', async () => {
    let got = 0;
    for await (const b of thread.wav({ ...piece, seconds: 600 }, 0, 600 * 32000 * 4 + 43)) {
      got += b.length;
      if (got > 300_000) break;
    }
    expect(got).toBeLessThan(2_000_000);
    const again = await collect(thread.wav(piece, 0, 43));
    expect(again.subarray(0, 4).toString('latin1')).toBe('RIFF');
  }, 120_000);

  it('analyses a recording as the engine does in-process', async () => {
    const sr = 22050;
    const tone = new Float32Array(sr * 4).map((_, i) => 0.3 * Math.sin((2 * Math.PI * 220 * i) / sr) * (i % (sr / 2) < sr / 8 ? 1 : 0.2));
    const a = await thread.analyze({ channels: [tone], sampleRate: sr });
    expect(a).toEqual(analyzeAudio([tone], sr));
  }, 180_000);
});
