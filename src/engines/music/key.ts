/**
 * Key and mode from a mono signal at the analysis rate: a chromagram from long FFT frames
 * (55 Hz – 2 kHz, triangular weighting around each semitone), correlated with the 24 rotated
 * Krumhansl–Kessler key profiles, plus a bonus for the tonic in the bass register, which is what
 * separates relative keys (C major vs A minor) when the harmony alone is ambiguous.
 */
import { eachSpectrum } from './fft.ts';
import type { Mode, PitchName } from './theory.ts';
import { pitchName } from './theory.ts';

const MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];

/** Result of key estimation. */
export interface KeyEstimate {
  key: PitchName;
  mode: Mode;
  /** Correlation of the winning profile (−1..1). */
  confidence: number;
}

/** 12-bin chroma of the whole signal and of its bass register (40–220 Hz). */
export function chroma(mono: Float32Array, sampleRate: number): { full: Float64Array; bass: Float64Array } {
  const size = sampleRate > 16000 ? 8192 : 4096;
  const full = new Float64Array(12);
  const bass = new Float64Array(12);
  const binHz = sampleRate / size;
  const lo = Math.ceil(40 / binHz);
  const hi = Math.min(size / 2, Math.floor(2000 / binHz));
  const pcs = new Int8Array(hi + 1);
  const wts = new Float64Array(hi + 1);
  for (let k = lo; k <= hi; k++) {
    const midi = 69 + 12 * Math.log2((k * binHz) / 440);
    const r = Math.round(midi);
    pcs[k] = ((r % 12) + 12) % 12;
    wts[k] = Math.max(0, 1 - 2 * Math.abs(midi - r));
  }
  const signal = mono.length >= size ? mono : Float32Array.from({ length: size }, (_, i) => mono[i] ?? 0);
  eachSpectrum(signal, size, size, (_f, mag) => {
    for (let k = lo; k <= hi; k++) {
      const f = k * binHz;
      const e = mag[k]! * wts[k]!;
      if (e === 0) continue;
      const pc = pcs[k]!;
      if (f >= 55) full[pc] = full[pc]! + Math.sqrt(e);
      if (f <= 220) bass[pc] = bass[pc]! + Math.sqrt(e);
    }
  });
  return { full, bass };
}

function correlate(x: ArrayLike<number>, profile: readonly number[], shift: number): number {
  let mx = 0;
  let mp = 0;
  for (let i = 0; i < 12; i++) {
    mx += x[i]!;
    mp += profile[i]!;
  }
  mx /= 12;
  mp /= 12;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < 12; i++) {
    const a = x[(i + shift) % 12]! - mx;
    const b = profile[i]! - mp;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Estimates the key and mode of a mono signal. */
export function estimateKey(mono: Float32Array, sampleRate: number): KeyEstimate {
  const { full, bass } = chroma(mono, sampleRate);
  let bassTotal = 0;
  for (let i = 0; i < 12; i++) bassTotal += bass[i]!;
  let best: KeyEstimate = { key: 'C', mode: 'major', confidence: 0 };
  let bestScore = -Infinity;
  for (let tonic = 0; tonic < 12; tonic++) {
    for (const mode of ['major', 'minor'] as const) {
      const r = correlate(full, mode === 'major' ? MAJOR : MINOR, tonic);
      const bassTonic = bassTotal > 0 ? bass[tonic]! / bassTotal : 0;
      const s = r + 0.6 * bassTonic;
      if (s > bestScore) {
        bestScore = s;
        best = { key: pitchName(tonic), mode, confidence: r };
      }
    }
  }
  return best;
}
