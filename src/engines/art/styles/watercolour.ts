/**
 * Watercolour: transparent washes on white paper. The picture is softened and its shapes
 * gently warped (wet edges), pigment gathers at the edges of each wash (edge darkening),
 * blooms vary the density, granulation and paper grain give the surface.
 */
import { boxBlur, createCanvas, hash2, noiseField, warpRgb } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

export const watercolour: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const n = w * h;
  const fx = noiseField(w, h, 48 * scale, 2, rng);
  // A second, independent-looking field: the first one read at a far offset.
  const fy = new Float32Array(n);
  const shift = (Math.round(h * 0.37) * w + Math.round(w * 0.53)) % n;
  for (let p = 0; p < n; p++) fy[p] = fx[(p + shift) % n]!;
  const bloom = noiseField(w, h, 80 * scale, 2, rng);
  const warped = warpRgb(base, fx, fy, 7 * scale);
  const wash = boxBlur(warped, w, h, 3, 1.5 * scale, 1);
  const wide = boxBlur(wash, w, h, 3, 5 * scale, 1);
  const out = createCanvas(w, h);
  const seed = (rng.next() * 4294967296) >>> 0;
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const grain = hash2(p % w, (p / w) | 0, seed);
    const paper = 0.985 - 0.03 * grain;
    let edge = 0;
    // Pigment pools on the darker side of a wash's edge (so small light shapes keep clean rims).
    for (let k = 0; k < 3; k++) {
      const d = wide[i + k]! - wash[i + k]!;
      edge += d > 0 ? d * 1.4 : -d * 0.3;
    }
    // Density of pigment: blooms ±15%, granulation, and extra pigment at the wash edge.
    const density = Math.min(1, (0.78 + 0.3 * (bloom[p]! - 0.5)) * (0.94 + 0.1 * grain) + 1.6 * edge);
    for (let k = 0; k < 3; k++) out.rgb[i + k] = paper - density * (paper - wash[i + k]!) - 0.25 * edge;
  }
  return out;
};
