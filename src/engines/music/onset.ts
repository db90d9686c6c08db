/**
 * Onset strength for tempo and beat tracking: log-compressed mel-band spectral flux (Ellis 2007;
 * Böck & Widmer 2013). Each frame's magnitudes are pooled into 40 mel bands (60 Hz – 5 kHz), put on
 * a log scale, and the positive band-wise rises from the frame before are summed. A 0.5 s moving
 * average is subtracted (slow swells are not onsets) and the result is half-wave rectified and
 * scaled to unit standard deviation, so envelopes of loud and quiet recordings compare.
 */
import { eachSpectrum } from './fft.ts';

/** FFT size and hop of the onset analysis at the 11 025 Hz analysis rate (46 ms / 11.6 ms). */
export const ONSET_FRAME = 512;
export const ONSET_HOP = 128;
const BANDS = 40;

/** The onset envelope: one value per hop, and its frame rate (frames per second). */
export interface OnsetEnvelope {
  env: Float64Array;
  rate: number;
  /** Seconds from the start of the signal to the centre of envelope frame 0. */
  offset: number;
}

const mel = (hz: number): number => 2595 * Math.log10(1 + hz / 700);
const melToHz = (m: number): number => 700 * (10 ** (m / 2595) - 1);

/** Triangular mel filters over FFT bins: for each band, its bins and weights. */
function melBank(sampleRate: number, size: number): { start: number; weights: Float64Array }[] {
  const top = Math.min(5000, sampleRate / 2 - 1);
  const m0 = mel(60);
  const m1 = mel(top);
  const edges = Array.from({ length: BANDS + 2 }, (_, i) => (melToHz(m0 + ((m1 - m0) * i) / (BANDS + 1)) * size) / sampleRate);
  const bank: { start: number; weights: Float64Array }[] = [];
  for (let b = 0; b < BANDS; b++) {
    const lo = edges[b]!;
    const mid = edges[b + 1]!;
    const hi = edges[b + 2]!;
    const start = Math.max(1, Math.floor(lo));
    const end = Math.max(start, Math.min(size / 2, Math.ceil(hi)));
    const weights = new Float64Array(end - start + 1);
    for (let k = start; k <= end; k++) {
      const w = k <= mid ? (k - lo) / Math.max(1e-9, mid - lo) : (hi - k) / Math.max(1e-9, hi - mid);
      weights[k - start] = Math.max(0, Math.min(1, w));
    }
    // Narrow low bands may fall between bins: give them their nearest bin.
    if (weights.every((w) => w === 0)) weights[Math.min(weights.length - 1, Math.round(mid) - start)] = 1;
    bank.push({ start, weights });
  }
  return bank;
}

/** Onset strength envelope of a mono signal (best at the 11 025 Hz analysis rate). */
export function onsetEnvelope(mono: Float32Array, sampleRate: number): OnsetEnvelope {
  const bank = melBank(sampleRate, ONSET_FRAME);
  const frames = Math.max(0, Math.floor((mono.length - ONSET_FRAME) / ONSET_HOP) + 1);
  const flux = new Float64Array(frames);
  let prev = new Float64Array(BANDS);
  let cur = new Float64Array(BANDS);
  eachSpectrum(mono, ONSET_FRAME, ONSET_HOP, (f, mag) => {
    let s = 0;
    for (let b = 0; b < BANDS; b++) {
      const { start, weights } = bank[b]!;
      let e = 0;
      for (let i = 0; i < weights.length; i++) e += weights[i]! * mag[start + i]!;
      const v = Math.log1p(1000 * e);
      cur[b] = v;
      const d = v - prev[b]!;
      if (d > 0 && f > 0) s += d;
    }
    flux[f] = s;
    const t = prev;
    prev = cur;
    cur = t;
  });
  const rate = sampleRate / ONSET_HOP;
  const w = Math.max(1, Math.round(rate * 0.25));
  const pre = new Float64Array(frames + 1);
  for (let i = 0; i < frames; i++) pre[i + 1] = pre[i]! + flux[i]!;
  const env = new Float64Array(frames);
  let ss = 0;
  for (let i = 0; i < frames; i++) {
    const a = Math.max(0, i - w);
    const b = Math.min(frames, i + w + 1);
    env[i] = Math.max(0, flux[i]! - (pre[b]! - pre[a]!) / (b - a));
    ss += env[i]! * env[i]!;
  }
  const sd = Math.sqrt(ss / Math.max(1, frames));
  if (sd > 0) for (let i = 0; i < frames; i++) env[i] = env[i]! / sd;
  return { env, rate, offset: ONSET_FRAME / 2 / sampleRate };
}
