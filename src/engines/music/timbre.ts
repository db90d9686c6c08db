/**
 * Instrument colour of a recording: its spectral centroid (the power-weighted mean frequency of
 * the magnitude spectrum, averaged over frames weighted by their energy) and a 0..1 brightness on
 * a log scale between 250 Hz (a dark bass or pad) and 4 kHz (a bright bell or cymbal).
 */
import { eachSpectrum } from './fft.ts';

/** Timbre summary. */
export interface Timbre {
  /** Spectral centroid, Hz. */
  centroidHz: number;
  /** 0 (dark) … 1 (bright). */
  brightness: number;
}

const DARK_HZ = 250;
const BRIGHT_HZ = 4000;

/** Brightness 0..1 of a centroid in Hz. */
export function brightnessOf(centroidHz: number): number {
  if (!(centroidHz > 0)) return 0;
  return Math.max(0, Math.min(1, Math.log(centroidHz / DARK_HZ) / Math.log(BRIGHT_HZ / DARK_HZ)));
}

/** Spectral centroid and brightness of a mono signal. */
export function timbreOf(mono: Float32Array, sampleRate: number): Timbre {
  const size = 1024;
  let num = 0;
  let den = 0;
  const signal = mono.length >= size ? mono : Float32Array.from({ length: size }, (_, i) => mono[i] ?? 0);
  eachSpectrum(signal, size, size, (_f, mag) => {
    let p = 0;
    let pf = 0;
    for (let k = 1; k <= size / 2; k++) {
      const e = mag[k]! * mag[k]!;
      p += e;
      pf += e * k;
    }
    if (p === 0) return;
    // Frames weigh by energy, so silence between notes does not pull the centroid.
    num += pf;
    den += p;
  });
  const centroidHz = den > 0 ? ((num / den) * sampleRate) / size : 0;
  return { centroidHz: Math.round(centroidHz), brightness: Math.round(brightnessOf(centroidHz) * 100) / 100 };
}
