/**
 * Woodcut / linocut: black ink and paper only. Tones are carved as parallel lines whose
 * width follows the darkness (thick in shadow, gone in light), swelling gently like wood grain; outlines of shapes are left standing in black.
 */
import { boxBlur, createCanvas, hash2, lumaPlane, noiseField, sobel } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const PAPER = [0.95, 0.92, 0.84] as const;
const INK = [0.08, 0.07, 0.07] as const;

export const woodcut: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const n = w * h;
  const lum = boxBlur(lumaPlane(base), w, h, 1, 1.2 * scale, 2);
  const edges = sobel(lum, w, h);
  const flow = noiseField(w, h, 90 * scale, 2, rng);
  const period = Math.max(3, 6 * scale);
  const seed = (rng.next() * 4294967296) >>> 0;
  // Stretch the tonal range so every picture has true blacks and whites.
  let lo = 1, hi = 0;
  for (let p = 0; p < n; p += 7) {
    lo = Math.min(lo, lum[p]!);
    hi = Math.max(hi, lum[p]!);
  }
  const span = Math.max(0.1, hi - lo);
  const out = createCanvas(w, h);
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      const l = (lum[p]! - lo) / span;
      // Near-horizontal gouge lines that swell gently, like an engraver's parallel hatching.
      const phase = (y + 0.12 * x + Math.sin(x / (28 * scale)) * 2.5 * scale) / period + (flow[p]! - 0.5) * 0.6;
      const v = Math.abs(phase - Math.floor(phase) - 0.5) * 2; // 0 at a line's centre, 1 between
      const ink = l < 0.12 || v > l * 1.15 + 0.05 || edges[p]! > 0.3;
      const nick = hash2(x, y, seed) < 0.03;
      const o = p * 3;
      const c = ink && !nick ? INK : PAPER;
      out.rgb[o] = c[0];
      out.rgb[o + 1] = c[1];
      out.rgb[o + 2] = c[2];
    }
  }
  return out;
};
