/**
 * Key and mode from a mono signal at the analysis rate. Each long FFT frame is reduced to its
 * spectral peaks (parabolic interpolation, within 40 dB of the frame's strongest). A peak that sits
 * on the 3rd, 5th, 6th, 7th, 9th or 10th harmonic of a lower peak loses the share that lower note
 * explains (amplitude / h), so the partials of rich timbres (the 5th partial of D is an F#) do not
 * pose as chord tones; octave partials keep their pitch class and are left alone. The chroma of the
 * remaining peaks (55 Hz – 2 kHz) is correlated with the 24 rotated Krumhansl–Kessler profiles,
 * plus a bonus for the tonic in the bass: the lowest clear peak of each frame, whatever the
 * register, which is what separates relative keys (C major vs A minor) when the harmony alone is
 * ambiguous.
 */
import { eachSpectrum } from './fft.ts';
import type { Mode, PitchName } from './theory.ts';
import { pitchName } from './theory.ts';

const MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];

/** Peaks weaker than this (dB below the frame's strongest peak) are ignored. */
const PEAK_FLOOR_DB = 40;
/** A bass note must reach this share of the frame's strongest peak (quieter low peaks are reverb or leakage). */
const BASS_MIN_SHARE = 0.05;
/** Highest frequency the bass line of a frame is looked for at (a high-register piece has no lower voice). */
const BASS_MAX_HZ = 600;
/** How far (relative) a peak may sit from an exact harmonic and still count as one (≈ ¼ semitone). */
const HARMONIC_TOLERANCE = 0.015;
/** Weight of the bass-tonic share against the profile correlation. */
const BASS_WEIGHT = 0.6;

/** Result of key estimation. */
export interface KeyEstimate {
  key: PitchName;
  mode: Mode;
  /** Correlation of the winning profile (−1..1). */
  confidence: number;
}

/** Whether harmonic number h maps to another pitch class than the fundamental (not an octave). */
const OFF_CLASS = (h: number): boolean => h >= 3 && h <= 10 && h !== 4 && h !== 8;

/**
 * 12-bin chroma of the whole signal (55 Hz – 2 kHz, harmonic partials discounted) and of its bass
 * line (the lowest clear peak of each frame, 40–600 Hz). Magnitudes are square-root compressed so a
 * few loud notes do not drown the rest of the harmony.
 */
export function chroma(mono: Float32Array, sampleRate: number): { full: Float64Array; bass: Float64Array } {
  const size = sampleRate > 16000 ? 8192 : 4096;
  const full = new Float64Array(12);
  const bass = new Float64Array(12);
  const binHz = sampleRate / size;
  const lo = Math.max(1, Math.ceil(40 / binHz));
  const hi = Math.min(size / 2 - 1, Math.floor(2000 / binHz));
  const floor = 10 ** (-PEAK_FLOOR_DB / 20);
  const freq = new Float64Array(hi - lo + 1);
  const amp = new Float64Array(hi - lo + 1);
  const signal = mono.length >= size ? mono : Float32Array.from({ length: size }, (_, i) => mono[i] ?? 0);
  eachSpectrum(signal, size, size, (_f, mag) => {
    let max = 0;
    for (let k = lo; k <= hi; k++) if (mag[k]! > max) max = mag[k]!;
    if (max === 0) return;
    const threshold = max * floor;
    // Local maxima, refined by a parabola through the log magnitudes (ascending frequency).
    let n = 0;
    for (let k = lo; k <= hi; k++) {
      const m = mag[k]!;
      if (m < threshold || m <= mag[k - 1]! || m < mag[k + 1]!) continue;
      const a = Math.log(mag[k - 1]! + 1e-12);
      const b = Math.log(m);
      const c = Math.log(mag[k + 1]! + 1e-12);
      const den = a - 2 * b + c;
      const d = den < 0 ? (0.5 * (a - c)) / den : 0;
      freq[n] = (k + d) * binHz;
      amp[n++] = Math.exp(b - 0.25 * (a - c) * d);
    }
    // Discount partials a lower note explains (the lower peak's amplitude / h, a generic 1/h
    // spectrum), bottom up so an explained partial explains nothing further; only peaks at most a
    // third of the frequency can be such a fundamental.
    for (let i = 1; i < n; i++) {
      const fi = freq[i]!;
      for (let j = 0; j < i && freq[j]! * 3 <= fi * (1 + HARMONIC_TOLERANCE); j++) {
        const h = fi / freq[j]!;
        const hr = Math.round(h);
        if (!OFF_CLASS(hr) || Math.abs(h / hr - 1) > HARMONIC_TOLERANCE) continue;
        amp[i] = Math.max(0, amp[i]! - amp[j]! / hr);
      }
    }
    let bassFound = false;
    for (let i = 0; i < n; i++) {
      const f = freq[i]!;
      const midi = 69 + 12 * Math.log2(f / 440);
      const r = Math.round(midi);
      const pc = ((r % 12) + 12) % 12;
      const e = Math.sqrt(amp[i]! * Math.max(0, 1 - 2 * Math.abs(midi - r)));
      if (f >= 55) full[pc] = full[pc]! + e;
      if (!bassFound && f <= BASS_MAX_HZ && amp[i]! > max * BASS_MIN_SHARE) {
        bassFound = true;
        bass[pc] = bass[pc]! + e;
      }
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
      const s = r + BASS_WEIGHT * bassTonic;
      if (s > bestScore) {
        bestScore = s;
        best = { key: pitchName(tonic), mode, confidence: r };
      }
    }
  }
  return best;
}
