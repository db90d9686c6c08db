/**
 * Mosaic (opus tessellatum): small square stone tiles in offset rows, each one colour with a
 * slight variation and a bevelled edge, set in light grout.
 */
import { createCanvas, hash2 } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const GROUT = [0.8, 0.77, 0.71] as const;

export const mosaic: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const tile = Math.max(5, Math.round(11 * scale));
  const gap = Math.max(1, Math.round(1.4 * scale));
  const seed = (rng.next() * 4294967296) >>> 0;
  const out = createCanvas(w, h);
  const s = base.rgb;
  for (let y = 0, p = 0; y < h; y++) {
    const ty = (y / tile) | 0;
    const off = (((ty & 1) * tile) >> 1) + ((hash2(ty, 7, seed) * tile * 0.3) | 0);
    const v = y - ty * tile;
    for (let x = 0; x < w; x++, p++) {
      const xx = x + off;
      const tx = (xx / tile) | 0;
      const u = xx - tx * tile;
      const i = p * 3;
      if (u < gap || v < gap) {
        out.rgb[i] = GROUT[0];
        out.rgb[i + 1] = GROUT[1];
        out.rgb[i + 2] = GROUT[2];
        continue;
      }
      const cx = Math.min(w - 1, Math.max(0, tx * tile + (tile >> 1) - off));
      const cy = Math.min(h - 1, ty * tile + (tile >> 1));
      const q = (cy * w + cx) * 3;
      const jitter = 0.9 + 0.2 * hash2(tx, ty, seed);
      // Bevel: light from the top left.
      const bevel = u < gap + 2 || v < gap + 2 ? 1.12 : u > tile - 3 || v > tile - 3 ? 0.82 : 1;
      const k = jitter * bevel;
      out.rgb[i] = s[q]! * k;
      out.rgb[i + 1] = s[q + 1]! * k;
      out.rgb[i + 2] = s[q + 2]! * k;
    }
  }
  return out;
};
