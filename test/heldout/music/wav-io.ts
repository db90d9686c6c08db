/**
 * Minimal 16-bit PCM WAV reading and writing for mixing the sox and espeak-ng parts of held-out
 * clips (the engine's own decoder is what the evaluation measures, so it is not used here).
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Pcm {
  readonly rate: number;
  /** Planar channels, −1..1. */
  readonly channels: Float32Array[];
}

/** Reads a 16-bit PCM WAV file (mono or stereo). */
export function readWav16(path: string): Pcm {
  const b = readFileSync(path);
  if (b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${path}: not a WAV file`);
  let o = 12;
  let rate = 0;
  let count = 0;
  let bits = 0;
  while (o + 8 <= b.length) {
    const id = b.toString('ascii', o, o + 4);
    let size = b.readUInt32LE(o + 4);
    if (id === 'fmt ') {
      count = b.readUInt16LE(o + 10);
      rate = b.readUInt32LE(o + 12);
      bits = b.readUInt16LE(o + 22);
    } else if (id === 'data') {
      if (bits !== 16) throw new Error(`${path}: ${bits}-bit WAV, expected 16-bit`);
      if (size === 0xffffffff || o + 8 + size > b.length) size = b.length - o - 8;
      const frames = Math.floor(size / (2 * count));
      const channels = Array.from({ length: count }, () => new Float32Array(frames));
      for (let i = 0; i < frames; i++) for (let c = 0; c < count; c++) channels[c]![i] = b.readInt16LE(o + 8 + (i * count + c) * 2) / 32768;
      return { rate, channels };
    }
    o += 8 + size + (size & 1);
  }
  throw new Error(`${path}: no data chunk`);
}

/** Writes planar channels as a 16-bit PCM WAV file (TPDF-free plain rounding: deterministic). */
export function writeWav16(path: string, pcm: Pcm): void {
  const count = pcm.channels.length;
  const frames = pcm.channels[0]!.length;
  const b = Buffer.alloc(44 + frames * count * 2);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + frames * count * 2, 4);
  b.write('WAVEfmt ', 8, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(count, 22);
  b.writeUInt32LE(pcm.rate, 24);
  b.writeUInt32LE(pcm.rate * count * 2, 28);
  b.writeUInt16LE(count * 2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(frames * count * 2, 40);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < count; c++) {
      const v = Math.max(-1, Math.min(1, pcm.channels[c]![i]!));
      b.writeInt16LE(Math.round(v * 32767), 44 + (i * count + c) * 2);
    }
  }
  writeFileSync(path, b);
}

/** Root-mean-square level of all channels. */
export function rms(channels: readonly Float32Array[]): number {
  let s = 0;
  let n = 0;
  for (const ch of channels) for (const v of ch) {
    s += v * v;
    n++;
  }
  return n === 0 ? 0 : Math.sqrt(s / n);
}

/** Scales all channels so the highest absolute sample is `peak`. */
export function normalisePeak(channels: Float32Array[], peak: number): void {
  let max = 0;
  for (const ch of channels) for (const v of ch) max = Math.max(max, Math.abs(v));
  if (max === 0) return;
  const g = peak / max;
  for (const ch of channels) for (let i = 0; i < ch.length; i++) ch[i] = ch[i]! * g;
}
