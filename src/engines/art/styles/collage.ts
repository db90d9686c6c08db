/**
 * Collage: the picture is rebuilt from torn pieces of found paper — plain coloured paper,
 * stripes, polka dots, newsprint, squared paper — one kind per main colour, each piece
 * slightly out of register, with the white core of the paper showing along torn edges.
 */
import { boxBlur, createCanvas, hash2, noiseField } from '../raster-ops.ts';
import { colourLayers, layerKey } from './style-kit.ts';
import type { Canvas } from '../raster-ops.ts';
import type { StyleRenderer } from './style-kit.ts';

const LAYERS = 6;

export const collage: StyleRenderer = ({ base, rng, scale }) => {
  const { width: w, height: h } = base;
  const soft: Canvas = { width: w, height: h, rgb: boxBlur(base.rgb, w, h, 3, 4 * scale, 1) };
  const { layers, colours: cols } = colourLayers(soft, layerKey(soft), LAYERS);
  const tear = noiseField(w, h, 6 * scale, 2, rng);
  const seed = (rng.next() * 4294967296) >>> 0;
  const kinds = [0, 1, 2, 3, 4, 5];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const u = Math.max(2, 4 * scale);
  const fringe = Math.max(1, Math.round(2.5 * scale));
  const out = createCanvas(w, h);
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      const l = layers[p]!;
      // Torn edge: the neighbouring piece (offset by the tear noise) differs → white fibre.
      const t = Math.round((tear[p]! - 0.5) * 4 * fringe);
      const nx = Math.min(w - 1, Math.max(0, x + fringe + t));
      const ny = Math.min(h - 1, Math.max(0, y + fringe - t));
      const o = p * 3;
      if (layers[ny * w + nx]! > l) {
        out.rgb[o] = 0.97;
        out.rgb[o + 1] = 0.96;
        out.rgb[o + 2] = 0.93;
        continue;
      }
      const c = cols[l]!;
      let k = 1;
      let mixWhite = 0;
      switch (kinds[l]) {
        case 0: // plain paper with fibre
          k = 0.96 + 0.06 * hash2(x >> 1, y >> 1, seed);
          break;
        case 1: // diagonal stripes
          mixWhite = ((x + y) / (2.5 * u)) % 2 < 1 ? 0.45 : 0;
          break;
        case 2: { // polka dots
          const dx = (x % (3 * u)) - 1.5 * u;
          const dy = (y % (3 * u)) - 1.5 * u;
          mixWhite = dx * dx + dy * dy < u * u * 0.8 ? 0.55 : 0;
          break;
        }
        case 3: { // newsprint: rows of "words"
          const row = (y / (1.6 * u)) | 0;
          const inLine = y % (1.6 * u) < 0.7 * u;
          const word = hash2((x / (3 * u)) | 0, row, seed) < 0.8;
          k = inLine && word ? 0.55 : 1.05;
          break;
        }
        case 4: // squared paper
          k = x % (3 * u) < 1 || y % (3 * u) < 1 ? 0.7 : 1.02;
          break;
        default: // kraft paper: warm and blotchy
          k = 0.9 + 0.15 * hash2(x >> 2, y >> 2, seed);
          mixWhite = -0.1;
      }
      for (let ch = 0; ch < 3; ch++) out.rgb[o + ch] = (c[ch]! + (1 - c[ch]!) * mixWhite) * k;
    }
  }
  return out;
};
