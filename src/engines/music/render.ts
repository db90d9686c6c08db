/**
 * Plan → stereo PCM as a stream of chunks. The score is generated a bar ahead of the audio,
 * notes are played by the sampled instruments (when a sound bank is given) or the additive
 * fallback, and the music runs through a look-ahead loudness leveller (±1.5 s of K-weighted
 * power, so the piece lands on its LUFS target, which follows the piece's arc, without pumping).
 * The nature bed joins after the leveller at a fixed level under the target, so it never rises
 * when the music thins or ends. Then fades and a true-peak-safe limiter. Memory stays constant
 * whatever the length: at most 17 blocks of 100 ms are in flight.
 */
import type { Hz, Seconds } from '../core/index.ts';
import { assert, assertRange, createRng } from '../core/index.ts';
import { AdditiveSound } from './additive-sound.ts';
import type { Shape, Steering } from './arc.ts';
import { glide, NO_STEERING, shapeAt } from './arc.ts';
import type { NoteEvent } from './composer.ts';
import { Composer } from './composer.ts';
import { KWeighter, lufsFromPower } from './loudness.ts';
import { Limiter } from './limiter.ts';
import { NatureBed, natureLufs } from './nature.ts';
import type { MusicPlan } from './plan.ts';
import type { SoundBank } from './sampled-sound.ts';
import { SampledSound } from './sampled-sound.ts';

/** Options for rendering a plan. */
export interface PlanRenderOptions {
  frames: number;
  sampleRate: Hz;
  seed: number;
  /** Fade-in length; defaults to min(2 s, 10 % of the piece). */
  fadeIn?: Seconds;
  /** Fade-out length; defaults to min(6 s, 15 % of the piece). */
  fadeOut?: Seconds;
  /** A General MIDI bank: version 2 plans play on it; without one they use the additive voices. */
  soundBank?: SoundBank;
  /**
   * Live steering, read once per 100 ms block as it is synthesised (1.5 s ahead of the output);
   * the stream glides to it with a ~1 s time constant.
   */
  steering?: () => Steering;
}

/** Blocks of look-ahead (and look-behind) for the loudness leveller: 15 × 100 ms. */
const LEVEL_WINDOW = 15;
/** The nature bed sits this far under the loudness target. */
const NATURE_UNDER_DB = 17;
/** The leveller does not lift blocks quieter than this under the target (silence, tails). */
const LEVEL_GATE_DB = 20;

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
  const v2 = plan.version === 2;
  const fpBar = (plan.beatsPerBar * sr * 60) / plan.bpm;
  const fadeOutFrames = Math.round(sr * (options.fadeOut ?? Math.min(6, (frames / sr) * 0.15)));
  const fadeInFrames = Math.max(1, Math.round(sr * (options.fadeIn ?? Math.min(2, (frames / sr) * 0.1))));
  const totalBars = Math.max(1, Math.floor((frames - fadeOutFrames * 0.5) / fpBar));
  const steerTarget = options.steering ?? ((): Steering => NO_STEERING);
  let steerNow: Steering = steerTarget();
  const humanRng = root.fork('human');
  const composer = new Composer(
    plan,
    sr,
    scoreRng,
    totalBars,
    v2 ? { frames, endFrame: frames - fadeOutFrames * 0.5, steering: () => steerNow, humanRng } : undefined,
  );
  const sampled = v2 && options.soundBank ? new SampledSound(plan, sr, options.soundBank, step) : undefined;
  const additive = sampled ? undefined : new AdditiveSound(plan, sr, step);
  const limiter = new Limiter(sr);
  const kwL = new KWeighter(sr / 2);
  const kwR = new KWeighter(sr / 2);
  // Paced breathing: the music swells ±3 dB with each breath (in-breath rising from the start of
  // the piece), after the leveller so it cannot level the breath away. Tempo steering is ignored.
  const arcNow = v2 && plan.arc ? plan.arc : undefined;
  const breathFrames = arcNow?.kind === 'breathing' ? (60 / (arcNow.breathsPerMinute ?? 6)) * sr : 0;
  const breath = (t: number): number => (breathFrames > 0 ? 10 ** ((-3 * Math.cos((2 * Math.PI * t) / breathFrames)) / 20) : 1);
  const natureGain = nature.active ? 10 ** ((plan.targetLufs - NATURE_UNDER_DB - natureLufs(plan.textures)) / 20) : 0;

  const pending: NoteEvent[] = [];
  const power = new Float64Array(nBlocks);
  const targets = new Float32Array(nBlocks);
  const ringSize = LEVEL_WINDOW + 2;
  const ring = (): Float32Array[] => Array.from({ length: ringSize }, () => new Float32Array(step));
  const ringL = ring();
  const ringR = ring();
  const natL = nature.active ? ring() : [];
  const natR = nature.active ? ring() : [];
  const natGainAt = new Float32Array(ringSize);
  const blockEvents: NoteEvent[] = [];
  const glideK = 1 - Math.exp(-0.1 / 1.0);

  const synth = (j: number): void => {
    const L = ringL[j % ringSize]!;
    const R = ringR[j % ringSize]!;
    L.fill(0);
    R.fill(0);
    const b0 = j * step;
    const n = Math.min(step, frames - b0);
    const b1 = b0 + n;
    const wanted = steerTarget();
    if (wanted !== NO_STEERING || steerNow !== NO_STEERING) steerNow = glide(steerNow, breathFrames > 0 ? { ...wanted, tempo: 1 } : wanted, glideK);
    while (!composer.done) {
      const bar = composer.barStart(composer.barsMade);
      if (bar >= b1) break;
      const notes = composer.nextBar().sort((a, b) => a.start - b.start);
      if (sampled) sampled.bar(bar);
      pending.push(...notes);
    }
    if (pending.length > 1 && v2) pending.sort((a, b) => a.start - b.start);
    let k = 0;
    blockEvents.length = 0;
    while (k < pending.length && pending[k]!.start < b1) blockEvents.push(pending[k++]!);
    if (k > 0) pending.splice(0, k);
    const shape: Shape | undefined = v2 ? shapeAt(plan, b0 / frames, steerNow) : undefined;
    const brightness = shape ? shape.brightness : plan.brightness;
    if (sampled) sampled.block(L, R, b0, n, blockEvents, brightness);
    else additive!.block(L, R, b0, n, blockEvents, v2 ? brightness : plan.brightness);
    power[j] = (kwL.sumSquares(L, 0, n, true) + kwR.sumSquares(R, 0, n, true)) / Math.ceil(n / 2);
    targets[j] = plan.targetLufs + (shape ? shape.gainDb : 0);
    if (nature.active) {
      const nl = natL[j % ringSize]!;
      const nr = natR[j % ringSize]!;
      nl.fill(0);
      nr.fill(0);
      nature.render(nl, nr, n);
      // The bed follows only the listener's own "quieter/louder", never the music's level.
      natGainAt[j % ringSize] = natureGain * 10 ** (Math.min(0, steerNow.gainDb) / 20);
    }
  };

  let made = 0;
  let gPrev = NaN;
  let slab = new Float32Array(0);
  let slabUsed = 0;
  for (let j = 0; j < nBlocks; j++) {
    // Version 2 starts streaming after 0.4 s of look-ahead and widens it to 1.5 s over the first
    // second (inside the fade-in), so the first audio leaves sooner.
    const ahead = v2 ? Math.min(LEVEL_WINDOW, 3 + j) : LEVEL_WINDOW;
    while (made < nBlocks && made <= j + ahead) synth(made++);
    let sum = 0;
    let cnt = 0;
    for (let w = Math.max(0, j - LEVEL_WINDOW); w < Math.min(made, j + LEVEL_WINDOW + 1); w++) {
      sum += power[w]!;
      cnt++;
    }
    const loud = lufsFromPower(sum / Math.max(1, cnt));
    const target = targets[j]!;
    const prevDb = Number.isNaN(gPrev) ? 0 : 20 * Math.log10(gPrev);
    let gainDb: number;
    if (!Number.isFinite(loud)) gainDb = prevDb;
    else if (v2 && loud < target - LEVEL_GATE_DB) gainDb = Math.min(prevDb, Math.max(-20, Math.min(20, target - loud)));
    else gainDb = Math.max(-20, Math.min(20, target - loud));
    const g = 10 ** (gainDb / 20);
    if (Number.isNaN(gPrev)) gPrev = g;
    const L = ringL[j % ringSize]!;
    const R = ringR[j % ringSize]!;
    const b0 = j * step;
    const n = Math.min(step, frames - b0);
    const ng = nature.active ? natGainAt[j % ringSize]! : 0;
    const peak = applyGain(
      L,
      R,
      n,
      b0,
      gPrev * breath(b0),
      g * breath(b0 + n),
      frames,
      fadeInFrames,
      fadeOutFrames,
      natL[j % ringSize],
      natR[j % ringSize],
      ng,
    );
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
function applyGain(
  L: Float32Array,
  R: Float32Array,
  n: number,
  b0: number,
  g0: number,
  g1: number,
  frames: number,
  fadeIn: number,
  fadeOut: number,
  natL: Float32Array | undefined,
  natR: Float32Array | undefined,
  natGain: number,
): number {
  const dg = (g1 - g0) / n;
  const fading = b0 < fadeIn || b0 + n > frames - fadeOut;
  let gain = g0;
  let peak = 0;
  for (let i = 0; i < n; i++) {
    gain += dg;
    let fade = 1;
    if (fading) {
      const t = b0 + i;
      if (t < fadeIn) fade *= 0.5 - 0.5 * Math.cos((Math.PI * t) / fadeIn);
      const toEnd = frames - 1 - t;
      if (toEnd < fadeOut) fade *= 0.5 - 0.5 * Math.cos((Math.PI * toEnd) / fadeOut);
    }
    const f = gain * fade;
    const nf = natGain * fade;
    const l = L[i]! * f + (natL ? natL[i]! * nf : 0);
    const r = R[i]! * f + (natR ? natR[i]! * nf : 0);
    L[i] = l;
    R[i] = r;
    const m = l > r ? (l > -r ? l : -r) : r > -l ? r : -l;
    if (m > peak) peak = m;
  }
  return peak;
}
