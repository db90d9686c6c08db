/**
 * One sounding note: up to three wavetable oscillators → amplitude envelope → one-pole low-pass
 * with a decaying cutoff → constant-power pan. Written as tight loops over typed arrays because
 * this is where nearly all render time goes.
 */
import { assert } from '../core/index.ts';
import { TABLE_SIZE } from './wavetables.ts';

/** Oscillator partial: a table played at `ratio` × the note frequency. */
export interface Partial {
  table: Float32Array;
  ratio: number;
  amp: number;
  /** Extra per-second decay of this partial (bells: upper partials die first), 0 = none. */
  decayPerSecond?: number;
}

/** Shape of a voice, in seconds and 0..1 levels. */
export interface VoiceShape {
  partials: readonly Partial[];
  attack: number;
  /** Time constant of the fall from peak toward `sustain`. */
  decay: number;
  sustain: number;
  /** Time for the release to fall 60 dB, in seconds. */
  release: number;
  /** Vibrato depth as a frequency ratio (0.003 ≈ 5 cents) and its rate in Hz. */
  vibratoDepth?: number;
  vibratoRate?: number;
  /** Low-pass cutoff at the start and the end of its decay, in Hz, and the decay time constant. */
  cutoffStart: number;
  cutoffEnd: number;
  cutoffDecay: number;
  /** Pitch glide: starts at `glide` × frequency and settles with time constant `glideTime`. */
  glide?: number;
  glideTime?: number;
}

const SEG = 64;
/** Local copy: imported bindings can be slow getters under some loaders, and this is the hot loop. */
const SIZE: number = TABLE_SIZE;

/** A note being rendered. `render` mixes into the stereo buffers and reports whether it still sounds. */
export class Voice {
  private readonly tables: Float32Array[];
  private phase: Float64Array;
  private incs: Float64Array;
  private amps: Float64Array;
  private ampMul: Float64Array;
  private ampSeg: Float64Array;
  private level = 0;
  private stage = 0; // 0 attack, 1 decay/sustain, 2 release
  private age = 0;
  private lp = 0;
  private a: number;
  private readonly aEnd: number;
  private readonly aMul: number;
  private vib = 0;
  private glideNow: number;
  private readonly glideMul: number;
  private readonly attackInc: number;
  private readonly decayMul: number;
  private readonly releaseMul: number;
  private readonly decaySeg: number;
  private readonly releaseSeg: number;
  private readonly gainL: number;
  private readonly gainR: number;
  private readonly vibInc: number;
  private readonly vibDepth: number;

  constructor(
    private readonly shape: VoiceShape,
    freq: number,
    private readonly durFrames: number,
    velocity: number,
    pan: number,
    private readonly sr: number,
    phaseSeed: number,
  ) {
    const n = shape.partials.length;
    assert(n >= 1 && n <= 3, 'a voice has one to three partials');
    this.tables = shape.partials.map((p) => p.table);
    this.phase = new Float64Array(n);
    this.incs = new Float64Array(n);
    this.amps = new Float64Array(n);
    this.ampMul = new Float64Array(n);
    this.ampSeg = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = shape.partials[i]!;
      this.phase[i] = ((phaseSeed * (i + 1) * 0.618) % 1) * SIZE;
      this.incs[i] = (freq * p.ratio * SIZE) / sr;
      this.amps[i] = p.amp;
      this.ampMul[i] = Math.exp(-(p.decayPerSecond ?? 0) / sr);
      this.ampSeg[i] = this.ampMul[i]! ** SEG;
    }
    this.attackInc = 1 / Math.max(1, shape.attack * sr);
    this.decayMul = Math.exp(-1 / Math.max(1, shape.decay * sr));
    // `release` is the time to fall 60 dB, so voices end promptly and few overlap.
    this.releaseMul = Math.exp(-6.9 / Math.max(1, shape.release * sr));
    const coef = (fc: number): number => 1 - Math.exp((-2 * Math.PI * Math.min(fc, sr * 0.45)) / sr);
    this.decaySeg = this.decayMul ** SEG;
    this.releaseSeg = this.releaseMul ** SEG;
    this.a = coef(shape.cutoffStart);
    this.aEnd = coef(shape.cutoffEnd);
    this.aMul = Math.exp(-SEG / Math.max(1, shape.cutoffDecay * sr));
    this.glideNow = shape.glide ?? 1;
    this.glideMul = Math.exp(-SEG / Math.max(1, (shape.glideTime ?? 0.05) * sr));
    const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
    this.gainL = velocity * Math.cos(angle);
    this.gainR = velocity * Math.sin(angle);
    this.vibInc = (2 * Math.PI * (shape.vibratoRate ?? 5) * SEG) / sr;
    this.vibDepth = shape.vibratoDepth ?? 0;
  }

  /**
   * Adds `count` frames into L/R from `offset`; returns false once the voice has faded out.
   * Envelope and filter move in 64-frame linear segments, and each segment is one fused loop
   * (a separate one for one partial, the common case, and for two or three).
   */
  render(L: Float32Array, R: Float32Array, offset: number, count: number): boolean {
    const n = this.phase.length;
    const gl = this.gainL;
    const gr = this.gainR;
    for (let s = 0; s < count; s += SEG) {
      const end = Math.min(count, s + SEG);
      const len = end - s;
      const vf = this.vibDepth > 0 && this.age > this.sr * 0.25 ? 1 + this.vibDepth * Math.sin(this.vib) : 1;
      this.vib += this.vibInc;
      const pitch = vf * this.glideNow;
      this.glideNow = 1 + (this.glideNow - 1) * this.glideMul;
      // Envelope target at the end of this segment.
      const from = this.level;
      let to: number;
      if (this.stage < 2 && this.age >= this.durFrames) this.stage = 2;
      if (this.stage === 0) {
        to = from + this.attackInc * len;
        if (to >= 1) {
          to = 1;
          this.stage = 1;
        }
      } else if (this.stage === 1) {
        to = this.shape.sustain + (from - this.shape.sustain) * (len === SEG ? this.decaySeg : this.decayMul ** len);
      } else {
        to = from * (len === SEG ? this.releaseSeg : this.releaseMul ** len);
      }
      this.level = to;
      this.age += len;
      let env = from;
      const de = (to - from) / len;
      const c = this.a;
      this.a = this.aEnd + (this.a - this.aEnd) * this.aMul;
      let lp = this.lp;
      // Upper partials that have decayed away (bells) drop out, so the fused path takes over.
      let multi = false;
      for (let k = 1; k < n; k++) if (this.amps[k]! > 1e-4) multi = true;
      if (!multi) {
        const t = this.tables[0]!;
        const inc = this.incs[0]! * pitch;
        let ph = this.phase[0]!;
        const amp = this.amps[0]!;
        for (let i = s; i < end; i++) {
          const p = ph | 0;
          const a = t[p]!;
          lp += c * (amp * (a + (ph - p) * (t[p + 1]! - a)) - lp);
          ph += inc;
          if (ph >= SIZE) ph -= SIZE;
          env += de;
          const v = lp * env;
          L[offset + i] = L[offset + i]! + v * gl;
          R[offset + i] = R[offset + i]! + v * gr;
        }
        this.phase[0] = ph;
      } else {
        // Two or three partials in one fused pass (a missing third partial has zero amplitude).
        const t0 = this.tables[0]!;
        const t1 = this.tables[1]!;
        const t2 = this.tables[n > 2 ? 2 : 1]!;
        const i0 = this.incs[0]! * pitch;
        const i1 = this.incs[1]! * pitch;
        const i2 = this.incs[n > 2 ? 2 : 1]! * pitch;
        const a0 = this.amps[0]!;
        const a1 = this.amps[1]!;
        const a2 = n > 2 ? this.amps[2]! : 0;
        let p0 = this.phase[0]!;
        let p1 = this.phase[1]!;
        let p2 = n > 2 ? this.phase[2]! : 0;
        for (let i = s; i < end; i++) {
          const q0 = p0 | 0;
          const q1 = p1 | 0;
          const q2 = p2 | 0;
          const v0 = t0[q0]!;
          const v1 = t1[q1]!;
          const v2 = t2[q2]!;
          const x = a0 * (v0 + (p0 - q0) * (t0[q0 + 1]! - v0)) + a1 * (v1 + (p1 - q1) * (t1[q1 + 1]! - v1)) + a2 * (v2 + (p2 - q2) * (t2[q2 + 1]! - v2));
          p0 += i0;
          p1 += i1;
          p2 += i2;
          if (p0 >= SIZE) p0 -= SIZE;
          if (p1 >= SIZE) p1 -= SIZE;
          if (p2 >= SIZE) p2 -= SIZE;
          lp += c * (x - lp);
          env += de;
          const v = lp * env;
          L[offset + i] = L[offset + i]! + v * gl;
          R[offset + i] = R[offset + i]! + v * gr;
        }
        this.phase[0] = p0;
        this.phase[1] = p1;
        if (n > 2) this.phase[2] = p2;
        for (let k = 1; k < n; k++) this.amps[k] = this.amps[k]! * (len === SEG ? this.ampSeg[k]! : this.ampMul[k]! ** len);
      }
      this.lp = lp;
      if ((this.stage === 2 || this.shape.sustain === 0) && this.stage !== 0 && to < 1e-3) return false;
    }
    return true;
  }
}
