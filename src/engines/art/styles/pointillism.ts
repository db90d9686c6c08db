/**
 * Pointillism (Seurat, Signac): the picture is built from separate dots of pure colour on a
 * cream ground; neighbouring dots vary in hue so the eye mixes them.
 */
import { createCanvas, hash2 } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const GROUND = [0.96, 0.94, 0.88] as const;

export const pointillism: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const cell = Math.max(3, 5 * scale);
  const radius = 3.4 * scale + 0.4;
  const r2 = radius * radius;
  const seed = (rng.next() * 4294967296) >>> 0;
  const out = createCanvas(w, h, GROUND);
  const s = base.rgb;
  const gw = Math.ceil(w / cell) + 1;
  for (let y = 0, p = 0; y < h; y++) {
    const cj = (y / cell) | 0;
    for (let x = 0; x < w; x++, p++) {
      const ci = (x / cell) | 0;
      let best = Infinity;
      let bi = 0;
      let bj = 0;
      for (let j = cj - 1; j <= cj + 1; j++) {
        for (let i = ci - 1; i <= ci + 1; i++) {
          const id = j * gw + i;
          const dx = x - (i + hash2(id, 1, seed)) * cell;
          const dy = y - (j + hash2(id, 2, seed)) * cell;
          const d = dx * dx + dy * dy;
          // Later dots overlap earlier ones: rank by distance scaled by a per-dot size.
          const scaled = d / (0.75 + 0.5 * hash2(id, 3, seed));
          if (scaled < best) {
            best = scaled;
            bi = i;
            bj = j;
          }
        }
      }
      if (best > r2) continue;
      const id = bj * gw + bi;
      const cx = Math.min(w - 1, Math.max(0, ((bi + hash2(id, 1, seed)) * cell) | 0));
      const cy = Math.min(h - 1, Math.max(0, ((bj + hash2(id, 2, seed)) * cell) | 0));
      const q = (cy * w + cx) * 3;
      const o = p * 3;
      const l = (s[q]! + s[q + 1]! + s[q + 2]!) / 3;
      for (let k = 0; k < 3; k++) {
        const flick = (hash2(id, 10 + k, seed) - 0.5) * 0.14;
        out.rgb[o + k] = l + (s[q + k]! - l) * 1.35 + flick;
      }
    }
  }
  return out;
};
