import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beatPeriod, onsetRate } from '../../../test/helpers/audio-measures.ts';
import { analyzeAudio, decodeWav, encodeWav, planFromDescription, renderMusic } from '../../engines/music/index.ts';
import type { CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { musicCommand } from './music.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-music-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function invoke(values: CliInvocation['values'], positionals: string[] = []): { run: Promise<number>; out: () => string } {
  let out = '';
  const io = { out: (t: string) => void (out += t), err: () => undefined };
  return { run: musicCommand.run({ values, positionals, io }), out: () => out };
}

describe('hearth music', () => {
  it('writes a streamed WAV that matches the prompt and prints the plan as JSON', async () => {
    const out = join(dir, 'violin.wav');
    const call = invoke({ prompt: 'nostalgic violin in G minor at 70 bpm', seconds: '20', seed: '7', rate: '32000', out, json: true });
    expect(await call.run).toBe(0);
    const json = JSON.parse(call.out()) as {
      plan: { key: string; mode: string; bpm: number };
      sampleRate: number;
      seed: number;
      frames: number;
      sampled: boolean;
    };
    expect([json.plan.key, json.plan.mode, json.plan.bpm, json.sampleRate, json.seed, json.frames]).toEqual(['G', 'minor', 70, 32000, 7, 640000]);
    const wav = decodeWav(readFileSync(out));
    expect(wav.ok).toBe(true);
    if (!wav.ok) return;
    expect(wav.value.sampleRate).toBe(32000);
    expect(wav.value.frames).toBe(640000);
    const a = analyzeAudio(wav.value.channels, 32000);
    expect([a.key, a.mode]).toEqual(['G', 'minor']);
    expect(Math.abs(a.bpm - 70)).toBeLessThan(2.1);
    expect(json.sampled).toBe(true); // the bundled bank: a sampled violin over a string section
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('regenerates byte-identically from the same prompt, seed and rate', async () => {
    const a = join(dir, 'a.wav');
    const b = join(dir, 'b.wav');
    for (const out of [a, b]) expect(await invoke({ prompt: 'calm piano with rain', seconds: '5', seed: '3', rate: '48000', out }).run).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('continues a WAV sample in its key and tempo', async () => {
    const sr = 44100;
    const { left, right } = (() => {
      const s = renderMusic(planFromDescription('gentle guitar in D major at 84 bpm'), { seconds: 8, sampleRate: sr, seed: 2 });
      const l: number[] = [];
      const r: number[] = [];
      for (const c of s) {
        for (let i = 0; i < c.length; i += 2) {
          l.push(c[i]!);
          r.push(c[i + 1]!);
        }
      }
      return { left: Float32Array.from(l), right: Float32Array.from(r) };
    })();
    const sample = join(dir, 'sample.wav');
    writeFileSync(sample, encodeWav([left, right], sr, 'float32'));
    const out = join(dir, 'cont.wav');
    const call = invoke({ prompt: 'soft piano', seconds: '24', rate: '32000', condition: sample, out, json: true });
    expect(await call.run).toBe(0);
    const json = JSON.parse(call.out()) as { plan: { key: string; mode: string; bpm: number }; condition: { key: string } };
    expect([json.plan.key, json.plan.mode, json.condition.key]).toEqual(['D', 'major', 'D']);
    expect(Math.abs(json.plan.bpm - 84)).toBeLessThan(2.5);
  });

  it('steers with --steer "SECONDS:COMMAND,…": the audio before the first command is the unsteered piece, after it the tempo and density drop', async () => {
    const plainOut = join(dir, 'plain.wav');
    const steeredOut = join(dir, 'steered.wav');
    const args = { prompt: 'flowing piano at 96 bpm', seconds: '36', seed: '4', rate: '32000' };
    expect(await invoke({ ...args, out: plainOut }).run).toBe(0);
    const call = invoke({ ...args, out: steeredOut, steer: '12:slower, 12:slower,12:calmer,12:fewer', json: true });
    expect(await call.run).toBe(0);
    const json = JSON.parse(call.out()) as { steering: { atSeconds: number; command: string }[] };
    expect(json.steering.map((e) => e.command)).toEqual(['slower', 'slower', 'calmer', 'fewer']);
    const mono = (path: string): Float32Array => {
      const w = decodeWav(readFileSync(path));
      if (!w.ok) throw new Error(w.error);
      const [l, r] = w.value.channels as [Float32Array, Float32Array];
      return l.map((v, i) => 0.5 * (v + r[i]!));
    };
    const plain = mono(plainOut);
    const steered = mono(steeredOut);
    const SR = 32000;
    let firstDiff = 0;
    while (firstDiff < plain.length && plain[firstDiff] === steered[firstDiff]) firstDiff++;
    expect(firstDiff / SR).toBeGreaterThan(11.5); // not before
    expect(firstDiff / SR).toBeLessThan(12.5);
    const bpm = (x: Float32Array, a: number, b: number) => 60 / beatPeriod(x.subarray(a * SR, b * SR), SR, 0.35, 1.3);
    const before = bpm(steered, 1, 12);
    const after = bpm(steered, 18, 35);
    const plainAfter = bpm(plain, 18, 35);
    const density = onsetRate(steered.subarray(18 * SR, 35 * SR), SR);
    const plainDensity = onsetRate(plain.subarray(18 * SR, 35 * SR), SR);
    console.info(
      'cli steer bpm',
      before.toFixed(1),
      '→',
      after.toFixed(1),
      '(unsteered',
      plainAfter.toFixed(1),
      '); onsets/s',
      plainDensity.toFixed(2),
      '→',
      density.toFixed(2),
    );
    expect(after).toBeLessThan(before * 0.8);
    expect(after).toBeLessThan(plainAfter * 0.8);
    expect(density).toBeLessThan(plainDensity);
  }, 120_000);

  it('rejects bad input with a one-line CliError', async () => {
    const out = join(dir, 'x.wav');
    const notWav = join(dir, 'note.txt');
    writeFileSync(notWav, 'not audio');
    const silent = join(dir, 'silent.wav');
    writeFileSync(silent, encodeWav([new Float32Array(16000)], 16000, 'pcm16'));
    const bad: Array<[CliInvocation['values'], RegExp]> = [
      [{ out }, /--prompt is required/],
      [{ prompt: 'calm' }, /--out is required/],
      [{ prompt: '  ', out }, /must not be empty/],
      [{ prompt: 'calm', out: join(dir, 'x.mp3') }, /\.wav/],
      [{ prompt: 'calm', out, rate: '22050' }, /--rate must be one of/],
      [{ prompt: 'calm', out, seconds: '0' }, /--seconds/],
      [{ prompt: 'calm', out, seconds: 'ten' }, /--seconds must be a number/],
      [{ prompt: 'calm', out, condition: notWav }, /not a WAV/],
      [{ prompt: 'calm', out, condition: join(dir, 'missing.wav') }, /cannot read/],
      [{ prompt: 'calm', out, condition: silent }, /silent/],
      [{ prompt: 'calm', out, seconds: '20', steer: '10-slower' }, /SECONDS:COMMAND/],
      [{ prompt: 'calm', out, seconds: '20', steer: '10:sleepier' }, /not one of calmer/],
      [{ prompt: 'calm', out, seconds: '20', steer: '25:slower' }, /not within the piece/],
      [{ prompt: 'calm', out, seconds: '20', steer: ' , ' }, /at least one/],
    ];
    for (const [values, reason] of bad) {
      const err = await invoke(values).run.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).message).toMatch(reason);
      expect((err as CliError).message).not.toContain('\n');
    }
  });

  it('streams a 10-minute piece with bounded extra memory and stays in key and tempo throughout', () => {
    const plan = planFromDescription('peaceful meditation background with sea');
    const sr = 32000;
    const stream = renderMusic(plan, { seconds: 600, sampleRate: sr, seed: 1 });
    const before = process.memoryUsage();
    let peak = 0;
    let chunks = 0;
    let biggest = 0;
    let frame = 0;
    // Two 20-second windows, early and late, kept for analysis.
    const windows = [120, 480].map((start) => ({ start: start * sr, left: new Float32Array(20 * sr), right: new Float32Array(20 * sr) }));
    for (const c of stream) {
      for (const w of windows) {
        for (let i = 0; i < c.length / 2; i++) {
          const k = frame + i - w.start;
          if (k >= 0 && k < w.left.length) {
            w.left[k] = c[2 * i]!;
            w.right[k] = c[2 * i + 1]!;
          }
        }
      }
      frame += c.length / 2;
      biggest = Math.max(biggest, c.length);
      if (++chunks % 200 === 0) {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
      }
    }
    // The whole piece would be 600 s × 32 kHz × 2 ch × 4 B ≈ 154 MB. The peak counts garbage the
    // collector has not reclaimed yet (the one-second chunk slabs), which varies with its timing
    // between 12 and 55 MB on a loaded machine; a renderer that kept the piece would pass 154 MB.
    expect(chunks).toBe(6000);
    expect(biggest).toBeLessThanOrEqual(6400);
    expect(peak).toBeLessThan(72 * 1024 * 1024);
    for (const w of windows) {
      const a = analyzeAudio([w.left, w.right], sr);
      expect([a.key, a.mode]).toEqual([plan.key, plan.mode]);
      expect(Math.abs(a.bpm / plan.bpm - 1)).toBeLessThan(0.03);
      expect(Math.abs(a.lufs - plan.targetLufs)).toBeLessThan(1);
    }
  });
});
