/**
 * Synthesised nature beds: rain (filtered hiss plus droplets), sea (swelling low-passed surf),
 * wind (a wandering band-pass) and birds (short pitch-swept chirps in phrases). All noise comes
 * from a seeded xorshift so beds are deterministic.
 */
import type { Rng } from '../core/index.ts';
import type { NatureTexture } from './plan.ts';
import { TABLE_SIZE, wavetable } from './wavetables.ts';

const TWO_PI = 2 * Math.PI;
const SIZE: number = TABLE_SIZE;

/** A stereo bed of the requested textures; `render` adds into L/R. */
export class NatureBed {
  private seed: number;
  private readonly has: Record<NatureTexture, boolean>;
  private readonly sine = wavetable('sine');
  // rain
  private rainHpL = 0;
  private rainLpL = 0;
  private rainHpR = 0;
  private rainLpR = 0;
  private prevL = 0;
  private prevR = 0;
  private dropAmp = 0;
  private dropPhase = 0;
  private dropInc = 0;
  private dropPan = 0.5;
  // sea
  private seaL = 0;
  private seaR = 0;
  private seaT = 0;
  private seaPeriod = 9;
  // wind (state-variable band-pass)
  private wLow = 0;
  private wBand = 0;
  private wCentre = 500;
  private wAmp = 0.5;
  // birds
  private birdWait: number;
  private chirpLeft = 0;
  private chirpLen = 1;
  private chirpsInPhrase = 0;
  private chirpF0 = 3000;
  private chirpF1 = 4000;
  private chirpPhase = 0;
  private chirpPan = 0.5;

  constructor(
    textures: readonly NatureTexture[],
    private readonly sr: number,
    private readonly rng: Rng,
  ) {
    this.seed = (rng.int(1, 0x7ffffffe) | 0) || 1;
    this.has = { rain: textures.includes('rain'), sea: textures.includes('sea'), wind: textures.includes('wind'), birds: textures.includes('birds') };
    this.birdWait = Math.round(sr * rng.range(0.5, 2));
    this.seaPeriod = rng.range(7, 11);
  }

  get active(): boolean {
    return this.has.rain || this.has.sea || this.has.wind || this.has.birds;
  }

  private noise(): number {
    let s = this.seed;
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    this.seed = s;
    return s / 2147483648;
  }

  /** Adds `count` frames of the bed into L/R. */
  render(L: Float32Array, R: Float32Array, count: number): void {
    if (this.has.rain) this.rain(L, R, count);
    if (this.has.sea) this.sea(L, R, count);
    if (this.has.wind) this.wind(L, R, count);
    if (this.has.birds) this.birds(L, R, count);
  }

  private rain(L: Float32Array, R: Float32Array, count: number): void {
    const hp = Math.exp((-TWO_PI * 900) / this.sr);
    const lp = 1 - Math.exp((-TWO_PI * 5000) / this.sr);
    // A drop starts when a noise word falls under this threshold and is even (about six a second).
    const dropThreshold = -2147483648 + (12 / this.sr) * 4294967296;
    const dropDecay = Math.exp(-1 / (0.012 * this.sr));
    const sine = this.sine;
    let seed = this.seed;
    let hpL = this.rainHpL;
    let hpR = this.rainHpR;
    let lpL = this.rainLpL;
    let lpR = this.rainLpR;
    let prevL = this.prevL;
    let prevR = this.prevR;
    let dropAmp = this.dropAmp;
    let dropPhase = this.dropPhase;
    let dropInc = this.dropInc;
    let dropPan = this.dropPan;
    for (let i = 0; i < count; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      const nl = seed / 2147483648;
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      const nr = seed / 2147483648;
      hpL = hp * (hpL + nl - prevL);
      hpR = hp * (hpR + nr - prevR);
      prevL = nl;
      prevR = nr;
      lpL += lp * (hpL - lpL);
      lpR += lp * (hpR - lpR);
      if (seed < dropThreshold && (seed & 1) === 0) {
        const u = ((seed >>> 8) & 0xffff) / 65536;
        dropAmp = 0.006 + 0.008 * u;
        dropInc = ((1800 + 2500 * (((seed >>> 4) & 0xff) / 256)) * SIZE) / this.sr;
        dropPan = ((seed >>> 12) & 0xff) / 256;
      }
      let drop = 0;
      if (dropAmp > 1e-5) {
        drop = dropAmp * sine[dropPhase | 0]!;
        dropPhase += dropInc;
        if (dropPhase >= SIZE) dropPhase -= SIZE;
        dropInc *= 0.99993;
        dropAmp *= dropDecay;
      }
      L[i] = L[i]! + 0.022 * lpL + drop * (1 - dropPan);
      R[i] = R[i]! + 0.022 * lpR + drop * dropPan;
    }
    this.seed = seed;
    Object.assign(this, { rainHpL: hpL, rainHpR: hpR, rainLpL: lpL, rainLpR: lpR, prevL, prevR, dropAmp, dropPhase, dropInc, dropPan });
  }

  private sea(L: Float32Array, R: Float32Array, count: number): void {
    const dt = 1 / this.sr;
    for (let s = 0; s < count; s += 64) {
      const end = Math.min(count, s + 64);
      this.seaT += (end - s) * dt;
      if (this.seaT > this.seaPeriod) {
        this.seaT -= this.seaPeriod;
        this.seaPeriod = this.rng.range(7, 12);
      }
      const swell = 0.5 - 0.5 * Math.cos((TWO_PI * this.seaT) / this.seaPeriod);
      const amp = 0.02 + 0.12 * swell ** 1.5;
      const a = 1 - Math.exp((-TWO_PI * (250 + 1100 * swell)) / this.sr);
      for (let i = s; i < end; i++) {
        this.seaL += a * (this.noise() - this.seaL);
        this.seaR += a * (this.noise() - this.seaR);
        L[i] = L[i]! + amp * this.seaL;
        R[i] = R[i]! + amp * this.seaR;
      }
    }
  }

  private wind(L: Float32Array, R: Float32Array, count: number): void {
    for (let s = 0; s < count; s += 64) {
      const end = Math.min(count, s + 64);
      this.wCentre = Math.min(900, Math.max(220, this.wCentre * (1 + 0.004 * this.noise())));
      this.wAmp = Math.min(1, Math.max(0.15, this.wAmp + 0.003 * this.noise()));
      const f = 2 * Math.sin((Math.PI * this.wCentre) / this.sr);
      const q = 0.35;
      const g = 0.1 * this.wAmp;
      for (let i = s; i < end; i++) {
        const x = this.noise();
        this.wLow += f * this.wBand;
        const high = x - this.wLow - q * this.wBand;
        this.wBand += f * high;
        const v = g * this.wBand;
        L[i] = L[i]! + v;
        R[i] = R[i]! + v * 0.85;
      }
    }
  }

  private birds(L: Float32Array, R: Float32Array, count: number): void {
    let i = 0;
    while (i < count) {
      if (this.chirpLeft <= 0) {
        const skip = Math.min(this.birdWait, count - i);
        this.birdWait -= skip;
        i += skip;
        if (this.birdWait > 0) break;
        if (this.chirpsInPhrase <= 0) this.chirpsInPhrase = this.rng.int(2, 6);
        this.chirpsInPhrase--;
        this.chirpLen = Math.round(this.sr * this.rng.range(0.05, 0.14));
        this.chirpLeft = this.chirpLen;
        this.chirpF0 = this.rng.range(2500, 4500);
        this.chirpF1 = this.chirpF0 * this.rng.range(0.7, 1.5);
        this.chirpPan = this.rng.range(0.15, 0.85);
        this.birdWait = Math.round(this.sr * (this.chirpsInPhrase > 0 ? this.rng.range(0.06, 0.2) : this.rng.range(1.5, 6)));
        continue;
      }
      const n = Math.min(this.chirpLeft, count - i);
      for (let k = 0; k < n; k++, i++) {
        const pos = 1 - this.chirpLeft / this.chirpLen;
        this.chirpLeft--;
        const f = this.chirpF0 + (this.chirpF1 - this.chirpF0) * pos;
        this.chirpPhase += (f * SIZE) / this.sr;
        if (this.chirpPhase >= SIZE) this.chirpPhase -= SIZE;
        const env = this.sine[(pos * SIZE * 0.5) | 0]!;
        const v = 0.035 * env * env * this.sine[this.chirpPhase | 0]!;
        L[i] = L[i]! + v * (1 - this.chirpPan);
        R[i] = R[i]! + v * this.chirpPan;
      }
    }
  }
}

/**
 * Integrated loudness (LUFS, BS.1770) of each texture alone at unit gain, measured once from 60 s
 * of the bed at 44.1 kHz (seed 1; see nature.test.ts). The renderer places the bed relative to the
 * piece's target with these, so its level never depends on the music's.
 */
export const NATURE_UNIT_LUFS: Record<NatureTexture, number> = { rain: -37.9, sea: -30.9, wind: -39.3, birds: -40.2 };

/** Loudness of a combination of textures at unit gain (powers add). */
export function natureLufs(textures: readonly NatureTexture[]): number {
  let p = 0;
  for (const t of textures) p += 10 ** (NATURE_UNIT_LUFS[t] / 10);
  return p > 0 ? 10 * Math.log10(p) : -Infinity;
}
