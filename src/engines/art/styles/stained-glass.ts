/**
 * Stained glass: the picture is cut into irregular panes of saturated, glowing glass (brighter
 * at the centre of each pane), held by dark lead cames along the pane borders and along the
 * main shapes of the picture.
 */
import { boxBlur, createCanvas, hash2, lumaPlane, sobel } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const LEAD = [0.08, 0.07, 0.07] as const;

export const stainedGlass: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const cell = Math.max(8, 24 * scale);
  const lead = Math.max(1.2, 2.2 * scale);
  const seed = (rng.next() * 4294967296) >>> 0;
  const edges = sobel(boxBlur(lumaPlane(base), w, h, 1, 1.5 * scale, 2), w, h);
  const out = createCanvas(w, h);
  const s = base.rgb;
  const gw = Math.ceil(w / cell) + 1;
  const gh = Math.ceil(h / cell) + 1;
  const sx = new Float32Array(gw * gh);
  const sy = new Float32Array(gw * gh);
  for (let j = 0; j < gh; j++) {
    for (let i = 0; i < gw; i++) {
      sx[j * gw + i] = (i + 0.15 + 0.7 * hash2(i, j, seed)) * cell;
      sy[j * gw + i] = (j + 0.15 + 0.7 * hash2(i, j, seed ^ 0x5bd1e995)) * cell;
    }
  }
  for (let y = 0, p = 0; y < h; y++) {
    const cj = (y / cell) | 0;
    for (let x = 0; x < w; x++, p++) {
      const ci = (x / cell) | 0;
      let d1 = Infinity;
      let d2 = Infinity;
      let best = 0;
      for (let j = Math.max(0, cj - 1); j <= Math.min(gh - 1, cj + 1); j++) {
        for (let i = Math.max(0, ci - 1); i <= Math.min(gw - 1, ci + 1); i++) {
          const g = j * gw + i;
          const d = (x - sx[g]!) ** 2 + (y - sy[g]!) ** 2;
          if (d < d1) {
            d2 = d1;
            d1 = d;
            best = g;
          } else if (d < d2) d2 = d;
        }
      }
      const o = p * 3;
      const border = Math.sqrt(d2) - Math.sqrt(d1);
      if (border < lead || edges[p]! > 0.35) {
        out.rgb[o] = LEAD[0];
        out.rgb[o + 1] = LEAD[1];
        out.rgb[o + 2] = LEAD[2];
        continue;
      }
      const px = Math.min(w - 1, Math.max(0, sx[best]! | 0));
      const py = Math.min(h - 1, Math.max(0, sy[best]! | 0));
      const q = (py * w + px) * 3;
      const l = (s[q]! + s[q + 1]! + s[q + 2]!) / 3;
      const glow = 1.18 - 0.3 * Math.min(1, Math.sqrt(d1) / cell) + 0.06 * (hash2(x >> 2, y >> 2, seed) - 0.5);
      for (let k = 0; k < 3; k++) out.rgb[o + k] = (l + (s[q + k]! - l) * 1.6) * glow;
    }
  }
  return out;
};
