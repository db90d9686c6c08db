/**
 * Ink wash (sumi-e): the picture becomes a few dilutions of black ink on warm rice paper;
 * strong edges become brush lines, the wash bleeds unevenly, and a single warm accent (a red
 * sun, a flame) keeps its colour like a seal.
 */
import { boxBlur, createCanvas, hash2, lumaPlane, noiseField, sobel } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const PAPER = [0.95, 0.93, 0.87] as const;
const INK = [0.07, 0.07, 0.09] as const;

export const inkWash: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const n = w * h;
  const lum = boxBlur(lumaPlane(base), w, h, 1, 1.5 * scale, 2);
  const edges = sobel(lum, w, h);
  const bleed = noiseField(w, h, 30 * scale, 3, rng);
  const seed = (rng.next() * 4294967296) >>> 0;
  const out = createCanvas(w, h);
  const s = base.rgb;
  for (let p = 0; p < n; p++) {
    // Four ink dilutions with soft steps between them.
    const t = Math.min(0.999, Math.max(0, lum[p]!)) * 3;
    const fl = Math.floor(t);
    const f = t - fl;
    const q = (fl + (f < 0.35 ? 0 : f > 0.65 ? 1 : (f - 0.35) / 0.3)) / 3;
    let density = Math.pow(1 - q, 1.25) * (0.8 + 0.4 * bleed[p]!);
    const e = edges[p]!;
    density += e > 0.12 ? Math.min(0.85, (e - 0.12) * 3) : 0;
    density = Math.min(0.97, density);
    const fibre = 1 - 0.035 * hash2(p % w, (p / w) | 0, seed);
    const i = p * 3;
    let r = (PAPER[0] + (INK[0] - PAPER[0]) * density) * fibre;
    let g = (PAPER[1] + (INK[1] - PAPER[1]) * density) * fibre;
    let b = (PAPER[2] + (INK[2] - PAPER[2]) * density) * fibre;
    // The seal: strongly saturated warm colour survives.
    const sr = s[i]!, sg = s[i + 1]!, sb = s[i + 2]!;
    const warm = sr - Math.max(sg * 0.55 + sb * 0.45, sb);
    if (warm > 0.25) {
      const k = Math.min(0.8, (warm - 0.25) * 3);
      r += (sr * 0.9 - r) * k;
      g += (sg * 0.7 - g) * k;
      b += (sb * 0.7 - b) * k;
    }
    out.rgb[i] = r;
    out.rgb[i + 1] = g;
    out.rgb[i + 2] = b;
  }
  return out;
};
