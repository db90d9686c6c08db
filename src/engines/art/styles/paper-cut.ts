/**
 * Paper cut: the picture is cut from six sheets of flat coloured paper (its main colours),
 * stacked with the darkest in front; each sheet casts a soft shadow on the ones
 * behind it, and the paper has a faint fibre.
 */
import { boxBlur, createCanvas, hash2 } from '../raster-ops.ts';
import { colourLayers, layerKey } from './style-kit.ts';
import type { Canvas } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const LAYERS = 6;

export const paperCut: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const n = w * h;
  const soft: Canvas = { width: w, height: h, rgb: boxBlur(base.rgb, w, h, 3, 3 * scale, 2) };
  const { layers, colours } = colourLayers(soft, layerKey(soft), LAYERS);
  const cols = colours.map((c) => {
    const l = (c[0] + c[1] + c[2]) / 3;
    return [l + (c[0] - l) * 1.25, l + (c[1] - l) * 1.25, l + (c[2] - l) * 1.25] as const;
  });
  const off = Math.max(2, Math.round(4 * scale));
  const seed = (rng.next() * 4294967296) >>> 0;
  const out = createCanvas(w, h);
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      const l = layers[p]!;
      // Light from the top left: a sheet in front (darker layer) up-left of us casts shadow here.
      let shadow = 1;
      for (const d of [off, off >> 1]) {
        const q = p - d * w - d;
        if (x >= d && y >= d && q >= 0 && q < n && layers[q]! < l) shadow = Math.min(shadow, d === off ? 0.78 : 0.68);
      }
      const fibre = 1 - 0.04 * hash2(x >> 1, y, seed);
      const c = cols[l]!;
      const o = p * 3;
      out.rgb[o] = c[0] * shadow * fibre;
      out.rgb[o + 1] = c[1] * shadow * fibre;
      out.rgb[o + 2] = c[2] * shadow * fibre;
    }
  }
  return out;
};
