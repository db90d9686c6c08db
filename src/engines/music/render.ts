/**
 * Plan → stereo PCM as a stream of chunks. The score is generated a bar ahead of the audio,
 * notes become voices, and the mix runs through reverb, a look-ahead loudness leveller (±1.5 s of
 * K-weighted power, so the piece lands on its LUFS target without pumping), fades and a
 * true-peak-safe limiter. Memory stays constant whatever the length: at most 31 blocks of
 * 100 ms are in flight.
 */
import type { Hz, Seconds } from '../core/index.ts';
import { assert, assertRange, createRng } from '../core/index.ts';
import type { NoteEvent } from './composer.ts';
import { Composer } from './composer.ts';
import { topFrequency, VOICE_GAIN, voiceShape } from './instruments.ts';
import { KWeighter, lufsFromPower } from './loudness.ts';
import { Limiter } from './limiter.ts';
import { NatureBed } from './nature.ts';
import type { MusicPlan } from './plan.ts';
import { Reverb } from './reverb.ts';
import { midiToHz } from './theory.ts';
import { Voice } from './voice.ts';

/** Options for rendering a plan. */
export interface PlanRenderOptions {
  frames: number;
  sampleRate: Hz;
  seed: number;
  /** Fade-in length; defaults to min(2 s, 10 % of the piece). */
  fadeIn?: Seconds;
  /** Fade-out length; defaults to min(6 s, 15 % of the piece). */
  fadeOut?: Seconds;
}

const pairsOf = (n: number): number => n >> 1;

/** Blocks of look-ahead (and look-behind) for the loudness leveller: 15 × 100 ms. */
const LEVEL_WINDOW = 15;

/** Renders `frames` stereo frames of a plan as interleaved L/R Float32Array chunks of 100 ms. */
export function* renderPlan(plan: MusicPlan, options: PlanRenderOptions): Generator<Float32Array, void, undefined> {
  const sr = options.sampleRate;
  const frames = Math.floor(options.frames);
  assertRange(sr, 8000, 192000, 'sampleRate');
  assert(frames > 0, 'frames must be positive');
  const step = Math.round(sr / 10);
  const nBlocks = Math.ceil(frames / step);
  const root = createRng(options.seed);
  const scoreRng = root.fork('score');
  const nature = new NatureBed(plan.textures, sr, root.fork('nature'));
  const fpBar = (plan.beatsPerBar * sr * 60) / plan.bpm;
  const fadeOutFrames = Math.round(sr * (options.fadeOut ?? Math.min(6, (frames / sr) * 0.15)));
  const fadeInFrames = Math.max(1, Math.round(sr * (options.fadeIn ?? Math.min(2, (frames / sr) * 0.1))));
  const totalBars = Math.max(1, Math.floor((frames - fadeOutFrames * 0.5) / fpBar));
  const composer = new Composer(plan, sr, scoreRng, totalBars);
  const reverb = new Reverb(sr / 2, { wet: plan.reverb, decaySeconds: 2.2 + 2 * plan.reverb, damping: 0.55 - 0.3 * plan.brightness });
  const limiter = new Limiter(sr);
  const kwL = new KWeighter(sr / 2);
  const kwR = new KWeighter(sr / 2);
  const target = plan.targetLufs;

  const pending: NoteEvent[] = [];
  let bars = 0;
  const active: Voice[] = [];
  const activeHalf: Voice[] = [];
  let noteCount = 0;
  const wetR = new Float32Array(Math.ceil(step / 2));
  // Half-rate buses: notes whose partials all sit under a fifth of the output rate render at
  // half rate (half the cost), as does the reverb; both are upsampled once per block.
  const halfStep = Math.ceil(step / 2);
  const hL = new Float32Array(halfStep);
  const hR = new Float32Array(halfStep);
  const revIn = new Float32Array(halfStep);
  let carryL = 0;
  let carryR = 0;
  const power = new Float64Array(nBlocks);
  const ringL: Float32Array[] = [];
  const ringR: Float32Array[] = [];
  const ringSize = LEVEL_WINDOW + 2;
  for (let i = 0; i < ringSize; i++) {
    ringL.push(new Float32Array(step));
    ringR.push(new Float32Array(step));
  }

  /** Renders every voice in `list`, dropping the silent ones in place (no per-block allocation). */
  const renderAll = (list: Voice[], bl: Float32Array, br: Float32Array, count: number): void => {
    let w = 0;
    for (let r = 0; r < list.length; r++) {
      const v = list[r]!;
      if (v.render(bl, br, 0, count)) list[w++] = v;
    }
    list.length = w;
  };

  const synth = (j: number): void => {
    const L = ringL[j % ringSize]!;
    const R = ringR[j % ringSize]!;
    L.fill(0);
    R.fill(0);
    const b0 = j * step;
    const n = Math.min(step, frames - b0);
    const b1 = b0 + n;
    while (bars < totalBars && composer.barStart(bars) < b1) {
      const notes = composer.nextBar().sort((a, b) => a.start - b.start);
      bars++;
      pending.push(...notes);
    }
    const hn = Math.ceil(n / 2);
    hL.fill(0);
    hR.fill(0);
    renderAll(active, L, R, n);
    renderAll(activeHalf, hL, hR, hn);
    let k = 0;
    while (k < pending.length && pending[k]!.start < b1) {
      const e = pending[k++]!;
      const shape = voiceShape(e.kind, e.midi, plan.brightness, e.detached === true);
      const half = topFrequency(e.kind, e.midi) * (shape.glide ?? 1) < 0.2 * sr;
      const rate = half ? sr / 2 : sr;
      const dur = half ? Math.round(e.dur / 2) : e.dur;
      const v = new Voice(shape, midiToHz(e.midi), dur, e.vel * VOICE_GAIN[e.kind], e.pan, rate, (noteCount++ * 0.7548776662) % 1);
      const off = Math.max(0, e.start - b0);
      if (half) {
        const ho = Math.min(hn - 1, off >> 1);
        if (v.render(hL, hR, ho, hn - ho)) activeHalf.push(v);
      } else if (v.render(L, R, off, n - off)) active.push(v);
    }
    if (k > 0) pending.splice(0, k);
    if (nature.active) nature.render(L, R, n);
    // Reverb input: half-rate buses plus the full-rate mix decimated by pair averaging.
    for (let h = 0; h < pairsOf(n); h++) {
      const i = 2 * h;
      revIn[h] = 0.5 * (hL[h]! + hR[h]!) + 0.25 * (L[i]! + R[i]! + L[i + 1]! + R[i + 1]!);
    }
    if (n & 1) revIn[hn - 1] = 0.5 * (hL[hn - 1]! + hR[hn - 1]! + L[n - 1]! + R[n - 1]!);
    reverb.process(revIn, revIn, wetR, hn);
    // Upsample (half-rate dry + wet) with linear interpolation, one half-sample late. Locals,
    // not the captured carries, in the loop: captured doubles would be boxed on every write.
    let cl = carryL;
    let cr = carryR;
    const pairs = n >> 1;
    for (let h = 0; h < pairs; h++) {
      const wl = hL[h]! + revIn[h]!;
      const wr = hR[h]! + wetR[h]!;
      const i = 2 * h;
      L[i] = L[i]! + 0.5 * (cl + wl);
      R[i] = R[i]! + 0.5 * (cr + wr);
      L[i + 1] = L[i + 1]! + wl;
      R[i + 1] = R[i + 1]! + wr;
      cl = wl;
      cr = wr;
    }
    if (hn > pairs) {
      const wl = hL[pairs]! + revIn[pairs]!;
      const wr = hR[pairs]! + wetR[pairs]!;
      L[n - 1] = L[n - 1]! + 0.5 * (cl + wl);
      R[n - 1] = R[n - 1]! + 0.5 * (cr + wr);
      cl = wl;
      cr = wr;
    }
    carryL = cl;
    carryR = cr;
    power[j] = (kwL.sumSquares(L, 0, n, true) + kwR.sumSquares(R, 0, n, true)) / Math.ceil(n / 2);
  };

  let made = 0;
  let gPrev = NaN;
  let slab = new Float32Array(0);
  let slabUsed = 0;
  for (let j = 0; j < nBlocks; j++) {
    while (made < nBlocks && made <= j + LEVEL_WINDOW) synth(made++);
    let sum = 0;
    let cnt = 0;
    for (let w = Math.max(0, j - LEVEL_WINDOW); w < Math.min(made, j + LEVEL_WINDOW + 1); w++) {
      sum += power[w]!;
      cnt++;
    }
    const loud = lufsFromPower(sum / Math.max(1, cnt));
    const gainDb = Number.isFinite(loud) ? Math.max(-20, Math.min(20, target - loud)) : 0;
    const g = 10 ** (gainDb / 20);
    if (Number.isNaN(gPrev)) gPrev = g;
    const L = ringL[j % ringSize]!;
    const R = ringR[j % ringSize]!;
    const b0 = j * step;
    const n = Math.min(step, frames - b0);
    const peak = applyGain(L, R, n, b0, gPrev, g, frames, fadeInFrames, fadeOutFrames);
    gPrev = g;
    // Chunks are views into a one-second slab that is never reused, so a consumer may keep
    // them; one allocation per ten chunks keeps the garbage collector quiet.
    if (slabUsed + n * 2 > slab.length) {
      slab = new Float32Array(Math.max(n * 2, step * 2 * 10));
      slabUsed = 0;
    }
    const out = slab.subarray(slabUsed, slabUsed + n * 2);
    slabUsed += n * 2;
    limiter.process(L, R, n, out, peak);
    yield out;
  }
}

/**
 * Ramps the leveller gain from `g0` to `g1` across the block, applies the raised-cosine fades and
 * returns the block's peak. A plain function, not part of the generator, so the engine optimises
 * this per-sample loop (generator bodies can stay in slower tiers that box every double).
 */
function applyGain(L: Float32Array, R: Float32Array, n: number, b0: number, g0: number, g1: number, frames: number, fadeIn: number, fadeOut: number): number {
  const dg = (g1 - g0) / n;
  const fading = b0 < fadeIn || b0 + n > frames - fadeOut;
  let gain = g0;
  let peak = 0;
  for (let i = 0; i < n; i++) {
    gain += dg;
    let f = gain;
    if (fading) {
      const t = b0 + i;
      if (t < fadeIn) f *= 0.5 - 0.5 * Math.cos((Math.PI * t) / fadeIn);
      const toEnd = frames - 1 - t;
      if (toEnd < fadeOut) f *= 0.5 - 0.5 * Math.cos((Math.PI * toEnd) / fadeOut);
    }
    const l = L[i]! * f;
    const r = R[i]! * f;
    L[i] = l;
    R[i] = r;
    const m = l > r ? (l > -r ? l : -r) : r > -l ? r : -l;
    if (m > peak) peak = m;
  }
  return peak;
}
