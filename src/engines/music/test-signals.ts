/**
 * Synthetic signals with known answers, shared by the analyser and continuation tests: click
 * tracks, organ-like chord progressions and sines. Test support only (not exported from index).
 */
import { createRng } from '../core/index.ts';
import { midiToHz } from './theory.ts';

/** A click track: short decaying noise bursts every beat. */
export function clickTrack(bpm: number, seconds: number, sampleRate: number, seed = 1): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const rng = createRng(seed);
  const period = (60 * sampleRate) / bpm;
  for (let b = 0; b * period < out.length; b++) {
    const start = Math.round(b * period);
    for (let i = 0; i < sampleRate * 0.03 && start + i < out.length; i++) out[start + i] = 0.5 * (rng.next() * 2 - 1) * Math.exp(-i / (sampleRate * 0.005));
  }
  return out;
}

/**
 * Block chords on an organ-like timbre (odd and even harmonics, no decay), one chord per beat,
 * with the root an octave below as a bass note. `progression` is a list of MIDI chords.
 */
export function chordTrack(progression: readonly (readonly number[])[], bpm: number, seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const period = (60 * sampleRate) / bpm;
  for (let b = 0; b * period < out.length; b++) {
    const chord = progression[b % progression.length]!;
    const start = Math.round(b * period);
    const len = Math.min(Math.round(period * 0.9), out.length - start);
    const notes = [...chord, chord[0]! - 12];
    for (const m of notes) {
      const f = midiToHz(m);
      for (let i = 0; i < len; i++) {
        const env = Math.min(1, i / (sampleRate * 0.01)) * Math.exp(-i / (sampleRate * 0.6));
        const ph = (2 * Math.PI * f * i) / sampleRate;
        out[start + i] = out[start + i]! + 0.06 * env * (Math.sin(ph) + 0.5 * Math.sin(2 * ph) + 0.3 * Math.sin(3 * ph));
      }
    }
  }
  return out;
}

/** A sine of amplitude `amp` (1 = 0 dBFS peak). */
export function sine(freq: number, amp: number, seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = amp * Math.sin((2 * Math.PI * freq * i) / sampleRate);
  return out;
}

/** Collects a stream of interleaved stereo chunks into planar channels (test helper). */
export function collect(chunks: Iterable<Float32Array>): { left: Float32Array; right: Float32Array; sizes: number[] } {
  const parts: Float32Array[] = [];
  const sizes: number[] = [];
  let total = 0;
  for (const c of chunks) {
    parts.push(c);
    sizes.push(c.length / 2);
    total += c.length / 2;
  }
  const left = new Float32Array(total);
  const right = new Float32Array(total);
  let o = 0;
  for (const c of parts) {
    for (let i = 0; i < c.length / 2; i++) {
      left[o] = c[2 * i]!;
      right[o] = c[2 * i + 1]!;
      o++;
    }
  }
  return { left, right, sizes };
}
