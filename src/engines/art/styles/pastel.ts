/**
 * Soft pastel: chalky, light colours on toned paper. Pigment only catches on the paper's
 * tooth, so the paper shows through in fine specks; diagonal strokes of chalk follow the
 * hand; edges are soft.
 */
import { boxBlur, createCanvas, hash2, noiseField } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const PAPER = [0.9, 0.87, 0.8] as const;

export const pastel: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const soft = boxBlur(base.rgb, w, h, 3, 2 * scale, 2);
  const wobble = noiseField(w, h, 40 * scale, 2, rng);
  const seed = (rng.next() * 4294967296) >>> 0;
  const period = 5 * scale;
  const out = createCanvas(w, h);
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      const i = p * 3;
      const tooth = hash2(x, y, seed);
      const stroke = 0.5 + 0.5 * Math.sin(((x + y) / period) * Math.PI + wobble[p]! * 8);
      // Coverage: chalk sits on the tooth peaks, heavier along the strokes.
      const cover = Math.min(1, Math.max(0, (tooth * 0.55 + stroke * 0.35 + 0.2) * 1.4));
      const l = (soft[i]! + soft[i + 1]! + soft[i + 2]!) / 3;
      for (let k = 0; k < 3; k++) {
        const chalk = 0.06 + 0.94 * (l + (soft[i + k]! - l) * 1.1); // lifted a little, chalky
        out.rgb[i + k] = PAPER[k]! + (chalk - PAPER[k]!) * cover;
      }
    }
  }
  return out;
};
