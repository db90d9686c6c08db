/**
 * The additive (wavetable) instruments: the tiny fallback when no sound bank is loaded, and the
 * sound of version 1 plans. Voices whose partials sit under a fifth of the output rate render at
 * half rate, as does the FDN reverb; both are upsampled once per block.
 */
import type { NoteEvent } from './composer.ts';
import { topFrequency, VOICE_GAIN, voiceShape } from './instruments.ts';
import type { MusicPlan } from './plan.ts';
import { Reverb } from './reverb.ts';
import { midiToHz } from './theory.ts';
import { Voice } from './voice.ts';

const pairsOf = (n: number): number => n >> 1;

/** Plays a score on the additive voices, block by block. */
export class AdditiveSound {
  private readonly active: Voice[] = [];
  private readonly activeHalf: Voice[] = [];
  private noteCount = 0;
  private readonly reverb: Reverb;
  private readonly wetR: Float32Array;
  private readonly hL: Float32Array;
  private readonly hR: Float32Array;
  private readonly revIn: Float32Array;
  private carryL = 0;
  private carryR = 0;

  constructor(
    private readonly plan: MusicPlan,
    private readonly sr: number,
    maxBlock: number,
  ) {
    this.reverb = new Reverb(sr / 2, { wet: plan.reverb, decaySeconds: 2.2 + 2 * plan.reverb, damping: 0.55 - 0.3 * plan.brightness });
    const halfStep = Math.ceil(maxBlock / 2);
    this.wetR = new Float32Array(halfStep);
    this.hL = new Float32Array(halfStep);
    this.hR = new Float32Array(halfStep);
    this.revIn = new Float32Array(halfStep);
  }

  /** Renders frames [b0, b0 + n) with the notes that start there into L/R (zeroed by the caller). */
  block(L: Float32Array, R: Float32Array, b0: number, n: number, events: readonly NoteEvent[], brightness: number): void {
    const { hL, hR, revIn, wetR, sr } = this;
    const hn = Math.ceil(n / 2);
    hL.fill(0);
    hR.fill(0);
    renderAll(this.active, L, R, n);
    renderAll(this.activeHalf, hL, hR, hn);
    for (const e of events) {
      const shape = voiceShape(e.kind, e.midi, brightness, e.detached === true);
      const half = topFrequency(e.kind, e.midi) * (shape.glide ?? 1) < 0.2 * sr;
      const rate = half ? sr / 2 : sr;
      const dur = half ? Math.round(e.dur / 2) : e.dur;
      const v = new Voice(shape, midiToHz(e.midi), dur, e.vel * VOICE_GAIN[e.kind], e.pan, rate, (this.noteCount++ * 0.7548776662) % 1);
      const off = Math.max(0, e.start - b0);
      if (half) {
        const ho = Math.min(hn - 1, off >> 1);
        if (v.render(hL, hR, ho, hn - ho)) this.activeHalf.push(v);
      } else if (v.render(L, R, off, n - off)) this.active.push(v);
    }
    // Reverb input: half-rate buses plus the full-rate mix decimated by pair averaging.
    for (let h = 0; h < pairsOf(n); h++) {
      const i = 2 * h;
      revIn[h] = 0.5 * (hL[h]! + hR[h]!) + 0.25 * (L[i]! + R[i]! + L[i + 1]! + R[i + 1]!);
    }
    if (n & 1) revIn[hn - 1] = 0.5 * (hL[hn - 1]! + hR[hn - 1]! + L[n - 1]! + R[n - 1]!);
    this.reverb.process(revIn, revIn, wetR, hn);
    this.carryL = upsampleInto(L, hL, revIn, n, hn, this.carryL);
    this.carryR = upsampleInto(R, hR, wetR, n, hn, this.carryR);
  }
}

/** Renders every voice in `list`, dropping the silent ones in place (no per-block allocation). */
function renderAll(list: Voice[], bl: Float32Array, br: Float32Array, count: number): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const v = list[r]!;
    if (v.render(bl, br, 0, count)) list[w++] = v;
  }
  list.length = w;
}

/** Upsamples one channel (half-rate dry + wet) with linear interpolation, one half-sample late; returns the carry. */
function upsampleInto(out: Float32Array, dry: Float32Array, wet: Float32Array, n: number, hn: number, carry: number): number {
  let c = carry;
  const pairs = n >> 1;
  for (let h = 0; h < pairs; h++) {
    const w = dry[h]! + wet[h]!;
    const i = 2 * h;
    out[i] = out[i]! + 0.5 * (c + w);
    out[i + 1] = out[i + 1]! + w;
    c = w;
  }
  if (hn > pairs) {
    const w = dry[pairs]! + wet[pairs]!;
    out[n - 1] = out[n - 1]! + 0.5 * (c + w);
    c = w;
  }
  return c;
}
