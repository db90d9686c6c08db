/**
 * Loudness per ITU-R BS.1770-4: K-weighting (a +4 dB high shelf and a 38 Hz high-pass, derived
 * for any sample rate with the bilinear transform as libebur128 does), mean square over 400 ms
 * blocks with 75 % overlap, an absolute gate at −70 LUFS and a relative gate 10 LU below.
 * Channel weights are 1 for L/R and mono (a mono file counts as one channel).
 */

/** Biquad coefficients, normalised so a0 = 1. */
interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The two K-weighting stages for a sample rate. */
export function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let K = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  const Q1 = 0.7071752369554196;
  const Vh = 10 ** (3.999843853973347 / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q1 + K * K;
  const shelf: Biquad = {
    b0: (Vh + (Vb * K) / Q1 + K * K) / a0,
    b1: (2 * (K * K - Vh)) / a0,
    b2: (Vh - (Vb * K) / Q1 + K * K) / a0,
    a1: (2 * (K * K - 1)) / a0,
    a2: (1 - K / Q1 + K * K) / a0,
  };
  K = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  const Q2 = 0.5003270373238773;
  a0 = 1 + K / Q2 + K * K;
  const highpass: Biquad = { b0: 1, b1: -2, b2: 1, a1: (2 * (K * K - 1)) / a0, a2: (1 - K / Q2 + K * K) / a0 };
  return [shelf, highpass];
}

/** A stateful K-weighting filter for one channel that returns sums of squares. */
export class KWeighter {
  private readonly s: Biquad;
  private readonly h: Biquad;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  private z1 = 0;
  private z2 = 0;

  constructor(sampleRate: number) {
    [this.s, this.h] = kWeighting(sampleRate);
  }

  /**
   * Sum of squares of the K-weighted samples data[from..to). With `pairs`, each pair of samples
   * is averaged first and the filter must have been built for half the rate: a cheaper estimate
   * (within a few tenths of a dB for music) used by the render-time loudness leveller.
   */
  sumSquares(data: Float32Array, from: number, to: number, pairs = false): number {
    const { b0, b1, b2, a1, a2 } = this.s;
    const h = this.h;
    let { x1, x2, y1, y2, z1, z2 } = this;
    let acc = 0;
    const stride = pairs ? 2 : 1;
    const end = pairs ? from + ((to - from) & ~1) : to;
    for (let i = from; i < end; i += stride) {
      const x = pairs ? 0.5 * (data[i]! + data[i + 1]!) : data[i]!;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x;
      // High-pass stage in direct form I with b = [1, −2, 1]; its input history is y1/y2.
      const z = y - 2 * y1 + y2 - h.a1 * z1 - h.a2 * z2;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      acc += z * z;
    }
    Object.assign(this, { x1, x2, y1, y2, z1, z2 });
    return acc;
  }
}

/** Loudness in LUFS of a mean square summed over channels. */
export const lufsFromPower = (power: number): number => (power > 0 ? -0.691 + 10 * Math.log10(power) : -Infinity);

/**
 * Gated integrated loudness from per-100 ms power (sum over channels of mean squares). Blocks
 * are 400 ms (four consecutive entries). −Infinity for silence or material shorter than 400 ms.
 */
export function gatedLoudness(subPower: ArrayLike<number>): number {
  const blocks: number[] = [];
  for (let i = 0; i + 4 <= subPower.length; i++) {
    blocks.push((subPower[i]! + subPower[i + 1]! + subPower[i + 2]! + subPower[i + 3]!) / 4);
  }
  const abs = blocks.filter((p) => lufsFromPower(p) > -70);
  if (abs.length === 0) return -Infinity;
  const rel = lufsFromPower(abs.reduce((a, b) => a + b, 0) / abs.length) - 10;
  const kept = abs.filter((p) => lufsFromPower(p) > rel);
  return lufsFromPower(kept.reduce((a, b) => a + b, 0) / kept.length);
}

/** Integrated loudness (LUFS) of planar channels. */
export function integratedLoudness(channels: readonly Float32Array[], sampleRate: number): number {
  const step = Math.round(sampleRate / 10);
  const frames = channels[0]?.length ?? 0;
  const n = Math.floor(frames / step);
  const power = new Float64Array(n);
  for (const ch of channels) {
    const kw = new KWeighter(sampleRate);
    for (let j = 0; j < n; j++) power[j] = power[j]! + kw.sumSquares(ch, j * step, (j + 1) * step) / step;
  }
  return gatedLoudness(power);
}
