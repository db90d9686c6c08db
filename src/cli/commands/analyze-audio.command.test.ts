import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../../engines/music/index.ts';
import type { CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { analyzeAudioCommand } from './analyze-audio.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(positionals: string[], values: CliInvocation['values'] = { json: true }): Promise<string> {
  let out = '';
  const io = { out: (t: string) => void (out += t), err: () => undefined };
  expect(await analyzeAudioCommand.run({ values, positionals, io })).toBe(0);
  return out;
}

/** A 90 BPM A-minor organ pulse at 22 050 Hz, mono 16-bit. */
function pulseInAMinor(sr: number): Float32Array {
  const x = new Float32Array(sr * 12);
  const period = (60 * sr) / 90;
  const chords = [
    [57, 60, 64],
    [62, 65, 69],
    [64, 68, 71],
    [57, 60, 64],
  ];
  for (let b = 0; b * period < x.length; b++) {
    const start = Math.round(b * period);
    for (const m of [...chords[b % 4]!, chords[b % 4]![0]! - 12]) {
      const f = 440 * 2 ** ((m - 69) / 12);
      for (let i = 0; i < period * 0.8 && start + i < x.length; i++) {
        x[start + i] = x[start + i]! + 0.08 * Math.min(1, i / 200) * Math.exp(-i / (sr * 0.4)) * Math.sin((2 * Math.PI * f * i) / sr);
      }
    }
  }
  return x;
}

describe('hearth analyze-audio', () => {
  it('prints bpm, key, mode, lufs, truePeakDb and seconds as JSON, with the evidence behind them', async () => {
    const file = join(dir, 'pulse.wav');
    writeFileSync(file, encodeWav([pulseInAMinor(22050)], 22050, 'pcm16'));
    const json = JSON.parse(await run([file])) as Record<string, unknown> & {
      tempo: { pulse: string; confidence: number; candidates: unknown[] };
      keyDetail: { confidence: number; candidates: unknown[] };
    };
    expect(Object.keys(json).slice(0, 6)).toEqual(['bpm', 'key', 'mode', 'lufs', 'truePeakDb', 'seconds']);
    expect(json.tempo.pulse).toBe('steady');
    expect(json.tempo.candidates.length).toBeGreaterThan(0);
    expect(json.keyDetail.candidates.length).toBeGreaterThan(0);
    expect(json.tempo.confidence).toBeGreaterThanOrEqual(0);
    expect(json).not.toHaveProperty('melody');
    expect([json.key, json.mode]).toEqual(['A', 'minor']);
    expect(Math.abs((json.bpm as number) - 90)).toBeLessThan(2.7);
    expect(json.seconds).toBe(12);
    expect(json.truePeakDb as number).toBeLessThan(0);
  });

  it('measures a −20 dBFS 1 kHz stereo float WAV at −20 LUFS', async () => {
    const sr = 48000;
    const s = Float32Array.from({ length: sr * 5 }, (_, i) => 0.1 * Math.sin((2 * Math.PI * 1000 * i) / sr));
    const file = join(dir, 'sine.wav');
    writeFileSync(file, encodeWav([s, s], sr, 'float32'));
    const json = JSON.parse(await run([file])) as { lufs: number; truePeakDb: number };
    expect(Math.abs(json.lufs + 20)).toBeLessThan(0.5);
    expect(Math.abs(json.truePeakDb + 20)).toBeLessThan(0.2);
    expect(await run([file], {})).toMatch(/LUFS/);
  });

  it('fails with a one-line reason on bad input', async () => {
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'plain text');
    const truncated = join(dir, 't.wav');
    writeFileSync(truncated, encodeWav([new Float32Array(1000).fill(0.1)], 8000, 'pcm16').subarray(0, 500));
    const silent = join(dir, 's.wav');
    writeFileSync(silent, encodeWav([new Float32Array(8000)], 8000, 'pcm16'));
    const short = join(dir, 'short.wav');
    writeFileSync(short, encodeWav([new Float32Array(800).fill(0.2)], 8000, 'pcm16'));
    const empty = join(dir, 'e.wav');
    writeFileSync(empty, encodeWav([new Float32Array(0)], 8000, 'pcm16'));
    const cases: Array<[string[], RegExp]> = [
      [[], /required/],
      [[text], /not a WAV/],
      [[truncated], /truncated/],
      [[silent], /silent/],
      [[empty], /zero length/],
      [[short], /too short or too quiet/],
      [[join(dir, 'nope.wav')], /cannot read/],
    ];
    for (const [positionals, reason] of cases) {
      const io = { out: () => undefined, err: () => undefined };
      const err = await analyzeAudioCommand.run({ values: { json: true }, positionals, io }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).message).toMatch(reason);
      expect((err as CliError).message).not.toContain('\n');
    }
  });
});
