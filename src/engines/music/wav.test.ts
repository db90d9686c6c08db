import { describe, expect, it } from 'vitest';
import type { WavFormat } from './wav.ts';
import { decodeWav, encodeWav, wavHeader, wavStream } from './wav.ts';

const ramp = (n: number, phase: number): Float32Array => Float32Array.from({ length: n }, (_, i) => 0.8 * Math.sin(i * 0.05 + phase));

describe('WAV encode/decode', () => {
  const cases: Array<[WavFormat, 1 | 2, number]> = [
    ['pcm16', 1, 22050],
    ['pcm16', 2, 44100],
    ['float32', 1, 32000],
    ['float32', 2, 48000],
  ];
  for (const [format, channels, rate] of cases) {
    it(`round-trips ${format} ${channels === 1 ? 'mono' : 'stereo'} at ${rate} Hz`, () => {
      const input = Array.from({ length: channels }, (_, c) => ramp(1001, c));
      const bytes = encodeWav(input, rate, format);
      const r = decodeWav(bytes);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.sampleRate).toBe(rate);
      expect(r.value.format).toBe(format);
      expect(r.value.channels.length).toBe(channels);
      expect(r.value.frames).toBe(1001);
      const tol = format === 'pcm16' ? 1 / 32767 : 0;
      for (let c = 0; c < channels; c++) for (let i = 0; i < 1001; i++) expect(Math.abs(r.value.channels[c]![i]! - input[c]![i]!)).toBeLessThanOrEqual(tol);
      // Encoding is pure: same input, same bytes.
      expect(encodeWav(input, rate, format)).toEqual(bytes);
    });
  }

  it('streams a header that matches the chunks that follow', () => {
    const chunks = [new Float32Array([0.1, -0.1, 0.2, -0.2]), new Float32Array([0.3, -0.3])];
    const parts = [...wavStream({ sampleRate: 32000, channels: 2, format: 'pcm16', frames: 3 }, chunks)];
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    expect(parts[0]).toEqual(wavHeader({ sampleRate: 32000, channels: 2, format: 'pcm16', frames: 3 }));
    const r = decodeWav(all);
    expect(r.ok && r.value.frames).toBe(3);
    expect(r.ok && Array.from(r.value.channels[1]!).map((v) => Math.round(v * 10))).toEqual([-1, -2, -3]);
  });

  it('gives one-line reasons for bad files', () => {
    const good = encodeWav([ramp(100, 0)], 16000, 'pcm16');
    const reason = (b: Uint8Array): string => {
      const r = decodeWav(b);
      return r.ok ? 'ok' : r.error;
    };
    expect(reason(new TextEncoder().encode('hello, not audio'))).toMatch(/not a WAV/);
    expect(reason(good.subarray(0, good.length - 50))).toMatch(/truncated/);
    expect(reason(new Uint8Array(4))).toMatch(/not a WAV/);
    const empty = encodeWav([new Float32Array(0)], 16000, 'pcm16');
    expect(reason(empty)).toMatch(/zero length/);
    const eightBit = good.slice();
    new DataView(eightBit.buffer).setUint16(34, 8, true);
    expect(reason(eightBit)).toMatch(/unsupported WAV encoding/);
    const surround = good.slice();
    new DataView(surround.buffer).setUint16(22, 6, true);
    expect(reason(surround)).toMatch(/unsupported|corrupt/);
    for (const r of [reason(good.subarray(0, 30)), reason(eightBit)]) expect(r).not.toContain('\n');
  });
});
