/**
 * The built-in music engine on the bundled General MIDI bank: the words pick real instruments,
 * the sound differs as those instruments do, tempo follows the piece's arc, steering changes a
 * playing piece, and everything stays deterministic. Measured on the audio with independent
 * detectors (test/helpers/audio-measures.ts), never read from the engine's own plan or score.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { beatPeriod, envelope, levelDb, onsetRate } from '../../test/helpers/audio-measures.ts';
import type { SoundBank } from '../engines/music/index.ts';
import { analyzeAudio, planFromDescription, renderMusic, VOICES } from '../engines/music/index.ts';
import { eachSpectrum } from '../engines/music/fft.ts';
import { collect } from '../engines/music/test-signals.ts';
import { createBuiltinMusicBackend } from './music-backend.ts';
import { defaultSoundBankPath, soundBankFromEnv, soundBankFromFile } from './music-soundbank.ts';

const SR = 32000;
let bank: SoundBank;

beforeAll(async () => {
  bank = await soundBankFromFile(defaultSoundBankPath());
}, 180_000);

const mono = (l: Float32Array, r: Float32Array): Float32Array => l.map((v, i) => 0.5 * (v + r[i]!));

/** Mean spectral centroid (Hz) of frames above −50 dBFS. */
function centroid(x: Float32Array, sr: number): number {
  let sum = 0;
  let n = 0;
  eachSpectrum(x, 2048, 2048, (_f, mag) => {
    let num = 0;
    let den = 0;
    for (let k = 1; k < mag.length; k++) {
      num += k * mag[k]!;
      den += mag[k]!;
    }
    if (den > 1) {
      sum += ((num / den) * sr) / 2048;
      n++;
    }
  });
  return sum / Math.max(1, n);
}

/**
 * How a sound holds: the median level (dB) of each 50 ms frame against the loudest frame of the
 * second before it. Bowed and sung notes hold near 0 dB; struck and plucked notes decay.
 */
function sustainDb(x: Float32Array, sr: number): number {
  const env = envelope(x, sr, 0.05);
  const v: number[] = [];
  for (let f = 20; f < env.length; f++) {
    let max = 0;
    for (let k = f - 20; k <= f; k++) max = Math.max(max, env[k]!);
    if (max > 1e-4) v.push(20 * Math.log10(env[f]! / max + 1e-9));
  }
  v.sort((p, q) => p - q);
  return v[Math.floor(v.length / 2)]!;
}

describe('sampled instruments', () => {
  it('"grief, a slow cello" plays the cello program and sounds unlike a piano (held notes, fewer attacks, brighter overtones)', () => {
    const cello = planFromDescription('grief, a slow cello');
    expect(cello.voices?.strings).toBe('cello');
    expect(VOICES.cello.program).toBe(42);
    const piano = planFromDescription('grief, a slow piano');
    const c = collect(renderMusic(cello, { seconds: 20, sampleRate: SR, seed: 2, soundBank: bank }));
    const p = collect(renderMusic(piano, { seconds: 20, sampleRate: SR, seed: 2, soundBank: bank }));
    const cm = mono(c.left, c.right).subarray(2 * SR);
    const pm = mono(p.left, p.right).subarray(2 * SR);
    const holdCello = sustainDb(cm, SR);
    const holdPiano = sustainDb(pm, SR);
    const ratePiano = onsetRate(pm, SR);
    const rateCello = onsetRate(cm, SR);
    console.info('cello vs piano', { holdCello, holdPiano, rateCello, ratePiano, centroidCello: centroid(cm, SR), centroidPiano: centroid(pm, SR) });
    // The cello holds its notes (nearer the last second's peak); the piano decays, strikes more
    // often, and its spectrum sits lower than the bowed string's rich overtones.
    expect(holdCello).toBeGreaterThan(holdPiano + 2);
    expect(centroid(cm, SR)).toBeGreaterThan(1.2 * centroid(pm, SR));
    expect(ratePiano).toBeGreaterThan(1.5 * rateCello);
  }, 120_000);

  it('is deterministic per seed on the bank, and differs from the additive fallback', () => {
    const plan = planFromDescription('calm piano and strings with a flute');
    const digest = (seed: number, withBank: boolean): string => {
      let h = 0x811c9dc5;
      for (const ch of renderMusic(plan, { seconds: 5, sampleRate: SR, seed, soundBank: withBank ? bank : undefined })) {
        const u = new Uint32Array(ch.buffer, ch.byteOffset, ch.length);
        for (let i = 0; i < u.length; i++) h = Math.imul(h ^ u[i]!, 0x01000193);
      }
      return (h >>> 0).toString(16);
    };
    const a = digest(7, true);
    expect(digest(7, true)).toBe(a);
    expect(digest(8, true)).not.toBe(a);
    expect(digest(7, false)).not.toBe(a);
  }, 120_000);

  it('falls back to the additive voices without a bank (and says so)', () => {
    const backend = createBuiltinMusicBackend();
    const plan = backend.plan('grief, a slow cello');
    const r = backend.render(plan, { seconds: 4, sampleRate: SR, seed: 1 });
    const { left } = collect(r.chunks);
    expect(levelDb(left, SR, 1, 3)).toBeGreaterThan(-40);
    expect(renderMusic(plan, { seconds: 2, sampleRate: SR }).sampled).toBe(false);
    expect(renderMusic(plan, { seconds: 2, sampleRate: SR, soundBank: bank }).sampled).toBe(true);
  });

  it('a lazily loaded bank: render refuses until ready(), then plays sampled; a failed load falls back', async () => {
    let loads = 0;
    const lazy = createBuiltinMusicBackend({ soundBank: async () => (loads++, bank) });
    const plan = lazy.plan('a slow cello');
    expect(() => lazy.render(plan, { seconds: 2, sampleRate: SR, seed: 1 })).toThrow(/ready/);
    await Promise.all([lazy.ready(), lazy.ready()]);
    expect(loads).toBe(1);
    expect(lazy.capabilities.label).toMatch(/sampled/);
    const a = collect(lazy.render(plan, { seconds: 2, sampleRate: SR, seed: 1 }).chunks).left;
    const b = collect(renderMusic(plan, { seconds: 2, sampleRate: SR, seed: 1, soundBank: bank })).left;
    expect(a).toEqual(b);
    const broken = createBuiltinMusicBackend({ soundBank: () => soundBankFromEnv({ HEARTH_SOUNDBANK: '/nonexistent/bank.sf3' }) });
    await broken.ready();
    const c = collect(broken.render(plan, { seconds: 2, sampleRate: SR, seed: 1 }).chunks).left;
    expect(c).toEqual(collect(renderMusic(plan, { seconds: 2, sampleRate: SR, seed: 1 })).left);
  });

  it('keeps the key and tempo asked for', () => {
    const plan = planFromDescription('gentle cello and harp in D minor at 72 bpm');
    expect([plan.key, plan.mode, plan.bpm]).toEqual(['D', 'minor', 72]);
    const { left, right } = collect(renderMusic(plan, { seconds: 40, sampleRate: SR, seed: 3, soundBank: bank }));
    const a = analyzeAudio([left.subarray(4 * SR, 34 * SR), right.subarray(4 * SR, 34 * SR)], SR);
    expect(`${a.key} ${a.mode}`).toBe('D minor');
    const period = beatPeriod(mono(left, right).subarray(4 * SR, 34 * SR), SR, 0.4, 1.6);
    const bpm = 60 / period;
    // The beat or its half/double (a detector may lock to either), within 4 %.
    const err = Math.min(...[bpm, bpm * 2, bpm / 2].map((b) => Math.abs(b - 72) / 72));
    console.info('asked 72 bpm, heard', bpm.toFixed(1));
    expect(err).toBeLessThan(0.04);
  }, 120_000);

  it('slows down in one piece when asked "anxious to calm: start fast and slow down", and rises for "slowly wake me up"', () => {
    const down = planFromDescription('anxious to calm: start fast and slow down, piano');
    expect(down.arc?.kind).toBe('calm-down');
    const up = planFromDescription('slowly wake me up with piano');
    expect(up.arc?.kind).toBe('wake-up');
    const periodAt = (plan: typeof down, from: number, to: number, audio: Float32Array): number =>
      beatPeriod(audio.subarray(from * SR, to * SR), SR, 0.35, 1.3);
    const d = collect(renderMusic(down, { seconds: 120, sampleRate: SR, seed: 1, soundBank: bank }));
    const dm = mono(d.left, d.right);
    const dStart = 60 / periodAt(down, 3, 23, dm);
    const dEnd = 60 / periodAt(down, 92, 112, dm);
    const u = collect(renderMusic(up, { seconds: 120, sampleRate: SR, seed: 1, soundBank: bank }));
    const um = mono(u.left, u.right);
    const uStart = 60 / periodAt(up, 3, 23, um);
    const uEnd = 60 / periodAt(up, 92, 112, um);
    console.info('calm-down bpm', dStart.toFixed(1), '→', dEnd.toFixed(1), '; wake-up bpm', uStart.toFixed(1), '→', uEnd.toFixed(1));
    expect(dEnd).toBeLessThan(dStart * 0.8);
    expect(uEnd).toBeGreaterThan(uStart * 1.25);
  }, 240_000);

  it('steers a playing piece: "slower" and "calmer" at 20 s lower the tempo within seconds; a replay gives the same bytes', () => {
    const plan = planFromDescription('flowing piano at 96 bpm');
    const live = renderMusic(plan, { seconds: 60, sampleRate: SR, seed: 4, soundBank: bank });
    const parts: Float32Array[] = [];
    let t = 0;
    for (const c of live) {
      parts.push(c);
      t += c.length / 2;
      if (Math.abs(t - 20 * SR) < SR / 20) {
        live.steer('slower');
        live.steer('calmer');
      }
    }
    expect(live.steeringLog.map((e) => e.command)).toEqual(['slower', 'calmer']);
    const all = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    const m = new Float32Array(all.length / 2);
    for (let i = 0; i < m.length; i++) m[i] = 0.5 * (all[2 * i]! + all[2 * i + 1]!);
    const before = 60 / beatPeriod(m.subarray(4 * SR, 19 * SR), SR, 0.35, 1.3);
    const after = 60 / beatPeriod(m.subarray(27 * SR, 52 * SR), SR, 0.35, 1.3);
    console.info('steered bpm', before.toFixed(1), '→', after.toFixed(1));
    expect(after).toBeLessThan(before * 0.85);
    // Smooth: around the change, level steps between 2-second windows stay within the unsteered
    // piece's own largest step over the same stretch (+1.5 dB): no jump, a glide.
    const plain = collect(renderMusic(plan, { seconds: 60, sampleRate: SR, seed: 4, soundBank: bank }));
    const pm = mono(plain.left, plain.right);
    const maxStep = (x: Float32Array): number => {
      let worst = 0;
      for (let s = 16; s < 32; s++) worst = Math.max(worst, Math.abs(levelDb(x, SR, s + 1, s + 3) - levelDb(x, SR, s - 1, s + 1)));
      return worst;
    };
    console.info('largest 2 s level step, steered vs not (dB)', maxStep(m).toFixed(2), maxStep(pm).toFixed(2));
    expect(maxStep(m)).toBeLessThan(maxStep(pm) + 1.5);
    const replay = collect(renderMusic(plan, { seconds: 60, sampleRate: SR, seed: 4, soundBank: bank, steering: live.steeringLog }));
    let same = true;
    for (let i = 0; i < replay.left.length && same; i++) same = replay.left[i] === all[2 * i];
    expect(same).toBe(true);
  }, 240_000);
});
