/**
 * A small hall reverb: two input allpass diffusers into a four-line feedback delay network with
 * a Householder mix and damping in the loop. The renderer runs it at half the output rate (its
 * tail is dark anyway), which halves its cost.
 */

/** Reverb settings: wet level 0..1, decay time T60 in seconds, damping 0..1 (higher = darker). */
export interface ReverbOptions {
  wet: number;
  decaySeconds: number;
  damping: number;
}

const LINE_MS = [29.7, 37.1, 41.1, 43.7];
const DIFFUSER_MS = [4.7, 11.3];

/** Stateful stereo reverb; `process` adds the wet signal in place. */
export class Reverb {
  private readonly lines: Float32Array[];
  private readonly lens: number[];
  private readonly pos = [0, 0, 0, 0];
  private readonly gains: number[];
  private readonly lp = [0, 0, 0, 0];
  private readonly diff: Float32Array[];
  private readonly diffPos = [0, 0];
  private readonly damp: number;

  constructor(
    sampleRate: number,
    private readonly options: ReverbOptions,
  ) {
    this.lens = LINE_MS.map((ms) => Math.round((ms * sampleRate) / 1000));
    this.lines = this.lens.map((n) => new Float32Array(n));
    this.gains = this.lens.map((n) => 10 ** ((-3 * n) / (sampleRate * options.decaySeconds)));
    this.diff = DIFFUSER_MS.map((ms) => new Float32Array(Math.round((ms * sampleRate) / 1000)));
    this.damp = Math.max(0.05, Math.min(0.95, options.damping));
  }

  /** Reads `count` frames of mono input and writes the wet stereo signal (already scaled) to wetL/wetR. */
  process(input: Float32Array, wetL: Float32Array, wetR: Float32Array, count: number): void {
    const [l0, l1, l2, l3] = this.lines as [Float32Array, Float32Array, Float32Array, Float32Array];
    const [n0, n1, n2, n3] = this.lens as [number, number, number, number];
    const [g0, g1, g2, g3] = this.gains as [number, number, number, number];
    const [d0, d1] = this.diff as [Float32Array, Float32Array];
    let [p0, p1, p2, p3] = this.pos as [number, number, number, number];
    let [q0, q1] = this.diffPos as [number, number];
    let [f0, f1, f2, f3] = this.lp as [number, number, number, number];
    const damp = this.damp;
    const wet = this.options.wet * 0.5;
    const ag = 0.6;
    for (let i = 0; i < count; i++) {
      let x = input[i]!;
      // Allpass diffusers.
      let z = d0[q0]!;
      let y = z - ag * x;
      d0[q0] = x + ag * y;
      if (++q0 === d0.length) q0 = 0;
      x = y;
      z = d1[q1]!;
      y = z - ag * x;
      d1[q1] = x + ag * y;
      if (++q1 === d1.length) q1 = 0;
      x = y;
      // Delay outputs, damped.
      f0 += (1 - damp) * (l0[p0]! - f0);
      f1 += (1 - damp) * (l1[p1]! - f1);
      f2 += (1 - damp) * (l2[p2]! - f2);
      f3 += (1 - damp) * (l3[p3]! - f3);
      // Householder reflection: v - (2/N) * sum(v).
      const h = (f0 + f1 + f2 + f3) * 0.5;
      l0[p0] = (f0 - h) * g0 + x;
      l1[p1] = (f1 - h) * g1 + x;
      l2[p2] = (f2 - h) * g2 - x;
      l3[p3] = (f3 - h) * g3 - x;
      if (++p0 === n0) p0 = 0;
      if (++p1 === n1) p1 = 0;
      if (++p2 === n2) p2 = 0;
      if (++p3 === n3) p3 = 0;
      wetL[i] = wet * (f0 + f2);
      wetR[i] = wet * (f1 + f3);
    }
    this.pos.splice(0, 4, p0, p1, p2, p3);
    this.diffPos.splice(0, 2, q0, q1);
    this.lp.splice(0, 4, f0, f1, f2, f3);
  }
}
