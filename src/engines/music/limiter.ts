/**
 * A look-ahead peak limiter. The gain is the running minimum of the required gain over the
 * look-ahead window, released slowly, then smoothed by a moving average of the same length; the
 * average of values that are all ≤ the requirement can never exceed it, so the output stays
 * under the ceiling without ever stepping the gain (no clicks). The ceiling sits a little under
 * −1 dBFS so that inter-sample (true) peaks of gentle material also stay under −1 dBTP.
 */

/** Default sample-peak ceiling: −1.7 dBFS leaves margin for inter-sample overs. */
export const LIMITER_CEILING_DB = -1.7;

/** Stateful stereo limiter with `lookahead` frames of delay. */
export class Limiter {
  private readonly n: number;
  private readonly ceiling: number;
  private readonly releaseCoef: number;
  // Sliding-minimum deque over required gains (values and their input indices).
  private readonly dqVal: Float64Array;
  private readonly dqIdx: Float64Array;
  private head = 0;
  private tail = 0;
  private env = 1;
  // Moving average of the envelope.
  private readonly box: Float64Array;
  private boxPos = 0;
  private boxSum: number;
  // Delay lines for the signal.
  private readonly dl: Float32Array;
  private readonly dr: Float32Array;
  private dPos = 0;
  private t = 0;

  constructor(sampleRate: number, ceilingDb = LIMITER_CEILING_DB, lookaheadSeconds = 0.003, releaseSeconds = 0.25) {
    this.n = Math.max(2, Math.round(lookaheadSeconds * sampleRate));
    this.ceiling = 10 ** (ceilingDb / 20);
    this.releaseCoef = 1 - Math.exp(-1 / (releaseSeconds * sampleRate));
    this.dqVal = new Float64Array(this.n + 2);
    this.dqIdx = new Float64Array(this.n + 2);
    this.box = new Float64Array(this.n).fill(1);
    this.boxSum = this.n;
    this.dl = new Float32Array(this.n);
    this.dr = new Float32Array(this.n);
  }

  /** The number of frames the output lags the input. */
  get latency(): number {
    return this.n;
  }

  /**
   * Limits `count` frames of L/R into `out` as interleaved stereo (output delayed by `latency`).
   * `blockPeak`, when the caller already knows max |sample| of the block, saves a scan.
   */
  process(L: Float32Array, R: Float32Array, count: number, out: Float32Array, blockPeak?: number): void {
    const n = this.n;
    const cap = n + 2;
    const c = this.ceiling;
    if (this.idle(L, R, count, blockPeak)) {
      // Nothing to limit and no gain reduction pending: only the delay applies.
      const dl = this.dl;
      const dr = this.dr;
      let dp = this.dPos;
      for (let i = 0; i < count; i++) {
        const l = L[i]!;
        const r = R[i]!;
        out[2 * i] = dl[dp]!;
        out[2 * i + 1] = dr[dp]!;
        dl[dp] = l;
        dr[dp] = r;
        if (++dp === n) dp = 0;
      }
      this.dPos = dp;
      this.t += count;
      this.box.fill(1);
      this.boxSum = n;
      this.head = 0;
      this.tail = 1;
      this.dqVal[0] = 1;
      this.dqIdx[0] = this.t - 1;
      return;
    }
    // Locals in the loop; state is written back once per call.
    const dqVal = this.dqVal;
    const dqIdx = this.dqIdx;
    const box = this.box;
    const dl = this.dl;
    const dr = this.dr;
    const rel = this.releaseCoef;
    let head = this.head;
    let tail = this.tail;
    let env = this.env;
    let boxSum = this.boxSum;
    let boxPos = this.boxPos;
    let dp = this.dPos;
    let t = this.t;
    for (let i = 0; i < count; i++, t++) {
      const l = L[i]!;
      const r = R[i]!;
      const p = Math.max(Math.abs(l), Math.abs(r));
      const need = p > c ? c / p : 1;
      // Push into the monotonic deque (increasing values from head to tail).
      while (tail !== head) {
        const last = tail === 0 ? cap - 1 : tail - 1;
        if (dqVal[last]! >= need) tail = last;
        else break;
      }
      dqVal[tail] = need;
      dqIdx[tail] = t;
      if (++tail === cap) tail = 0;
      while (dqIdx[head]! <= t - n - 1) if (++head === cap) head = 0;
      const hold = dqVal[head]!;
      env = hold < env ? hold : env + (hold - env) * rel;
      if (hold === 1 && env > 1 - 1e-7) env = 1;
      boxSum += env - box[boxPos]!;
      box[boxPos] = env;
      if (++boxPos === n) boxPos = 0;
      const g = Math.min(1, boxSum / n);
      // The hold covers inputs t−n..t, so every gain in the average is ≤ the need of input t−n.
      const outL = dl[dp]!;
      const outR = dr[dp]!;
      dl[dp] = l;
      dr[dp] = r;
      if (++dp === n) dp = 0;
      out[2 * i] = outL * g;
      out[2 * i + 1] = outR * g;
    }
    this.head = head;
    this.tail = tail;
    this.env = env;
    this.boxSum = boxSum;
    this.boxPos = boxPos;
    this.dPos = dp;
    this.t = t;
  }

  /** True when the block is under the ceiling and the gain is fully recovered. */
  private idle(L: Float32Array, R: Float32Array, count: number, blockPeak: number | undefined): boolean {
    if (this.env !== 1 || this.boxSum < this.n - 1e-5 || (this.head !== this.tail && this.dqVal[this.head]! < 1)) return false;
    const c = this.ceiling;
    if (blockPeak !== undefined) return blockPeak <= c;
    for (let i = 0; i < count; i++) if (L[i]! > c || L[i]! < -c || R[i]! > c || R[i]! < -c) return false;
    return true;
  }
}
