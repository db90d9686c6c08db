/**
 * Oil / impasto: thick directional brush strokes. Colours are smeared along a swirling flow
 * field (line-integral convolution), the paint surface gets ridges along the strokes and is
 * lit from the top left so the relief shows, colours are rich.
 */
import { createCanvas, hash2, noiseField } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

export const impasto: StyleRenderer = ({ base, rng, scale, pal }) => {
  const { width: w, height: h } = base;
  const n = w * h;
  const angle = noiseField(w, h, 60 * scale, 2, rng);
  const swirl = 2 + 3 * pal.turbulence;
  const dx = new Float32Array(n);
  const dy = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const a = angle[p]! * Math.PI * swirl;
    dx[p] = Math.cos(a);
    dy[p] = Math.sin(a);
  }
  const seed = (rng.next() * 4294967296) >>> 0;
  // Bristle texture: coarse white noise, later smeared along the strokes into ridges.
  const bristle = new Float32Array(n);
  const grain = 1.5 * scale;
  for (let y = 0, p = 0; y < h; y++) for (let x = 0; x < w; x++, p++) bristle[p] = hash2((x / grain) | 0, (y / grain) | 0, seed);
  const taps = 4;
  const step = 1.5 * scale;
  const out = createCanvas(w, h);
  const height = new Float32Array(n);
  const s = base.rgb;
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      let r = 0, g = 0, b = 0, hsum = 0;
      const ux = dx[p]! * step;
      const uy = dy[p]! * step;
      for (let k = -taps; k <= taps; k++) {
        let sx = (x + ux * k + 0.5) | 0;
        let sy = (y + uy * k + 0.5) | 0;
        sx = sx < 0 ? 0 : sx >= w ? w - 1 : sx;
        sy = sy < 0 ? 0 : sy >= h ? h - 1 : sy;
        const q = sy * w + sx;
        r += s[q * 3]!;
        g += s[q * 3 + 1]!;
        b += s[q * 3 + 2]!;
        hsum += bristle[q]!;
      }
      const m = 1 / (2 * taps + 1);
      height[p] = hsum * m;
      const i = p * 3;
      out.rgb[i] = r * m;
      out.rgb[i + 1] = g * m;
      out.rgb[i + 2] = b * m;
    }
  }
  const o = out.rgb;
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      const q = Math.min(n - 1, p + w + 1);
      const relief = (height[p]! - height[q]!) * 4;
      const light = 1 + relief * 0.6;
      const spec = relief > 0.25 ? (relief - 0.25) * 0.5 : 0;
      const i = p * 3;
      for (let k = 0; k < 3; k++) {
        const c = o[i + k]!;
        const l = (o[i]! + o[i + 1]! + o[i + 2]!) / 3;
        o[i + k] = (l + (c - l) * 1.2) * light + spec;
      }
    }
  }
  return out;
};
