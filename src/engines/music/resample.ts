/**
 * Sample-rate conversion for analysis and for continuing an uploaded sample: a cascaded
 * Butterworth low-pass against aliasing when going down, then cubic (Catmull-Rom) interpolation.
 */

/** Mono mix of planar channels. */
export function monoMix(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const n = channels[0]!.length;
  const out = new Float32Array(n);
  const g = 1 / channels.length;
  for (const ch of channels) for (let i = 0; i < n; i++) out[i] = out[i]! + ch[i]! * g;
  return out;
}

/** Fourth-order Butterworth low-pass (two biquads) at `cutoff` Hz, returning a new array. */
export function lowpass(x: Float32Array, sampleRate: number, cutoff: number): Float32Array {
  const out = new Float32Array(x);
  for (const q of [0.5412, 1.3066]) {
    const w = (2 * Math.PI * cutoff) / sampleRate;
    const alpha = Math.sin(w) / (2 * q);
    const cw = Math.cos(w);
    const a0 = 1 + alpha;
    const b0 = (1 - cw) / 2 / a0;
    const b1 = (1 - cw) / a0;
    const a1 = (-2 * cw) / a0;
    const a2 = (1 - alpha) / a0;
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < out.length; i++) {
      const xi = out[i]!;
      const y = b0 * xi + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = xi;
      y2 = y1;
      y1 = y;
      out[i] = y;
    }
  }
  return out;
}

/** Resamples one channel from `from` Hz to `to` Hz. */
export function resample(x: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return x;
  const src = to < from ? lowpass(x, from, 0.45 * to) : x;
  const n = Math.max(1, Math.floor((x.length * to) / from));
  const out = new Float32Array(n);
  const ratio = from / to;
  const last = src.length - 1;
  for (let i = 0; i < n; i++) {
    const pos = i * ratio;
    const k = Math.floor(pos);
    const t = pos - k;
    const y0 = src[Math.max(0, k - 1)]!;
    const y1 = src[Math.min(last, k)]!;
    const y2 = src[Math.min(last, k + 1)]!;
    const y3 = src[Math.min(last, k + 2)]!;
    out[i] = y1 + 0.5 * t * (y2 - y0 + t * (2 * y0 - 5 * y1 + 4 * y2 - y3 + t * (3 * (y1 - y2) + y3 - y0)));
  }
  return out;
}
