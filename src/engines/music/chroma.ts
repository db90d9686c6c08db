/**
 * Pitch-class evidence for key finding, per analysis frame. Each long FFT frame is reduced to its
 * spectral peaks (parabolic interpolation, within 40 dB of the frame's strongest). A peak on the
 * 3rd, 5th, 6th, 7th, 9th or 10th harmonic of a lower peak, and no louder than that note's partial
 * would be in a 1/h spectrum, is explained away as a partial (so the 5th partial of a low D does
 * not pose as an F#); a louder one is a note in its own right and counts whole. (Subtracting the
 * 1/h share from every such peak instead, as round 1 did, thinned the third of every chord over
 * its own root in the bass: 31 of 48 development clips right against 36.) Octave partials keep
 * their pitch class. The recording's tuning (its deviation from A = 440 Hz, as an
 * amplitude-weighted circular mean of the peaks' offsets from the equal-tempered grid) is
 * estimated first and every peak is read against the corrected grid, so a piano tuned to 432 Hz
 * or a voice sung a third of a semitone flat still lands in the right bins. Each frame also names
 * its bass: the lowest clear peak (≤ 600 Hz).
 */
import { eachSpectrum } from './fft.ts';

const PEAK_FLOOR_DB = 40;
const BASS_MIN_SHARE = 0.05;
const BASS_MAX_HZ = 600;
const HARMONIC_TOLERANCE = 0.015;

/** One analysis frame: harmonic-weighted chroma, and its bass pitch class with its weight. */
export interface ChromaFrame {
  /** Seconds from the start to the frame centre. */
  time: number;
  chroma: Float64Array;
  bassPc: number;
  bassWeight: number;
}

/** Frames of a signal and the estimated tuning offset (cents from A440, −50..50). */
export interface Chromagram {
  frames: ChromaFrame[];
  tuningCents: number;
}

const OFF_CLASS = (h: number): boolean => h >= 3 && h <= 10 && h !== 4 && h !== 8;

interface Peak {
  f: number;
  a: number;
}

/** Spectral peaks of every frame (ascending frequency), with the partials of lower peaks discounted. */
function framePeaks(mono: Float32Array, sampleRate: number, size: number, hop: number): Peak[][] {
  const binHz = sampleRate / size;
  const lo = Math.max(1, Math.ceil(40 / binHz));
  const hi = Math.min(size / 2 - 1, Math.floor(2000 / binHz));
  const floor = 10 ** (-PEAK_FLOOR_DB / 20);
  const out: Peak[][] = [];
  eachSpectrum(mono, size, hop, (_f, mag) => {
    let max = 0;
    for (let k = lo; k <= hi; k++) if (mag[k]! > max) max = mag[k]!;
    const peaks: Peak[] = [];
    out.push(peaks);
    if (max === 0) return;
    const threshold = max * floor;
    for (let k = lo; k <= hi; k++) {
      const m = mag[k]!;
      if (m < threshold || m <= mag[k - 1]! || m < mag[k + 1]!) continue;
      const a = Math.log(mag[k - 1]! + 1e-12);
      const b = Math.log(m);
      const c = Math.log(mag[k + 1]! + 1e-12);
      const den = a - 2 * b + c;
      const d = den < 0 ? (0.5 * (a - c)) / den : 0;
      peaks.push({ f: (k + d) * binHz, a: Math.exp(b - 0.25 * (a - c) * d) });
    }
    for (let i = 1; i < peaks.length; i++) {
      const pi = peaks[i]!;
      for (let j = 0; j < i && peaks[j]!.f * 3 <= pi.f * (1 + HARMONIC_TOLERANCE); j++) {
        const h = pi.f / peaks[j]!.f;
        const hr = Math.round(h);
        if (!OFF_CLASS(hr) || Math.abs(h / hr - 1) > HARMONIC_TOLERANCE) continue;
        if (pi.a <= peaks[j]!.a / hr) pi.a = 0;
      }
    }
  });
  return out;
}

/** Tuning offset in cents: the circular mean of peak offsets from the A440 semitone grid. */
function tuningOf(frames: readonly Peak[][]): number {
  let s = 0;
  let c = 0;
  for (const peaks of frames) {
    for (const p of peaks) {
      if (p.f < 80) continue; // low bins are too coarse to place a peak within a few cents
      const midi = 69 + 12 * Math.log2(p.f / 440);
      const phase = 2 * Math.PI * (midi - Math.round(midi));
      const w = Math.sqrt(p.a);
      s += w * Math.sin(phase);
      c += w * Math.cos(phase);
    }
  }
  if (s === 0 && c === 0) return 0;
  return (Math.atan2(s, c) / (2 * Math.PI)) * 100;
}

/** The chromagram of a mono signal (≈ 0.37 s frames, half-overlapping, at the analysis rate). */
export function chromagram(mono: Float32Array, sampleRate: number): Chromagram {
  const size = sampleRate > 16000 ? 8192 : 4096;
  const hop = size / 2;
  const signal = mono.length >= size ? mono : Float32Array.from({ length: size }, (_, i) => mono[i] ?? 0);
  const peaksByFrame = framePeaks(signal, sampleRate, size, hop);
  const tuningCents = tuningOf(peaksByFrame);
  const shift = tuningCents / 100;
  const frames = peaksByFrame.map((peaks, index): ChromaFrame => {
    const chroma = new Float64Array(12);
    let max = 0;
    for (const p of peaks) max = Math.max(max, p.a);
    let bassPc = -1;
    let bassWeight = 0;
    for (const p of peaks) {
      const midi = 69 + 12 * Math.log2(p.f / 440) - shift;
      const r = Math.round(midi);
      const pc = ((r % 12) + 12) % 12;
      const e = Math.sqrt(p.a * Math.max(0, 1 - 2 * Math.abs(midi - r)));
      if (p.f >= 55) chroma[pc] = chroma[pc]! + e;
      if (bassPc < 0 && p.f <= BASS_MAX_HZ && p.a > max * BASS_MIN_SHARE) {
        bassPc = pc;
        bassWeight = e;
      }
    }
    return { time: (index * hop + size / 2) / sampleRate, chroma, bassPc: Math.max(0, bassPc), bassWeight };
  });
  return { frames, tuningCents: Math.round(tuningCents * 10) / 10 };
}
