/**
 * In-place iterative radix-2 complex FFT with cached twiddles and bit-reversal tables; the
 * analyser's spectrogram is the only user, so magnitudes of real frames are all it offers.
 */
import { assert } from '../core/index.ts';

interface Plan {
  cos: Float64Array;
  sin: Float64Array;
  rev: Uint32Array;
}

const plans = new Map<number, Plan>();

function planFor(n: number): Plan {
  let p = plans.get(n);
  if (p) return p;
  assert(n >= 2 && (n & (n - 1)) === 0, 'FFT size must be a power of two');
  const cos = new Float64Array(n / 2);
  const sin = new Float64Array(n / 2);
  for (let i = 0; i < n / 2; i++) {
    cos[i] = Math.cos((2 * Math.PI * i) / n);
    sin[i] = -Math.sin((2 * Math.PI * i) / n);
  }
  const rev = new Uint32Array(n);
  const bits = Math.log2(n);
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
    rev[i] = r;
  }
  p = { cos, sin, rev };
  plans.set(n, p);
  return p;
}

/** FFT of (re, im) in place; both arrays have the same power-of-two length. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  const { cos, sin, rev } = planFor(n);
  for (let i = 0; i < n; i++) {
    const j = rev[i]!;
    if (j > i) {
      const tr = re[i]!;
      re[i] = re[j]!;
      re[j] = tr;
      const ti = im[i]!;
      im[i] = im[j]!;
      im[j] = ti;
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const step = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k++) {
        const wr = cos[k * step]!;
        const wi = sin[k * step]!;
        const a = start + k;
        const b = a + half;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
}

/** Hann window of length n. */
export function hann(n: number): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
  return w;
}

/**
 * Magnitude spectra of frames of `signal` (length `size`, every `hop` samples), calling `each`
 * with the frame index and the n/2+1 magnitudes (the array is reused between calls). Frames go
 * through the FFT two at a time — one as the real and one as the imaginary part, separated by
 * conjugate symmetry afterwards — which halves the cost of a real spectrogram.
 */
export function eachSpectrum(signal: Float32Array, size: number, hop: number, each: (frame: number, mag: Float64Array) => void): number {
  const w = hann(size);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const magA = new Float64Array(size / 2 + 1);
  const magB = new Float64Array(size / 2 + 1);
  const count = signal.length >= size ? Math.floor((signal.length - size) / hop) + 1 : 0;
  for (let frame = 0; frame < count; frame += 2) {
    const a = frame * hop;
    const pair = frame + 1 < count;
    const b = a + hop;
    for (let i = 0; i < size; i++) {
      re[i] = signal[a + i]! * w[i]!;
      im[i] = pair ? signal[b + i]! * w[i]! : 0;
    }
    fft(re, im);
    for (let k = 0; k <= size / 2; k++) {
      const j = (size - k) % size;
      // X_A[k] = (Z[k] + conj Z[N−k]) / 2, X_B[k] = (Z[k] − conj Z[N−k]) / 2i.
      const ar = 0.5 * (re[k]! + re[j]!);
      const ai = 0.5 * (im[k]! - im[j]!);
      const br = 0.5 * (im[k]! + im[j]!);
      const bi = 0.5 * (re[j]! - re[k]!);
      magA[k] = Math.sqrt(ar * ar + ai * ai);
      magB[k] = Math.sqrt(br * br + bi * bi);
    }
    each(frame, magA);
    if (pair) each(frame + 1, magB);
  }
  return count;
}
