/**
 * Push–pull fill: fills unknown pixels with a smooth continuation of the known ones around
 * them (Gortler et al.'s pyramid interpolation). Used so a refined area starts from the colours
 * that surround it, not from what was there.
 */
import { boxBlur } from './raster-ops.ts';

/**
 * Fills an interleaved RGB plane where `known` (0..1 per pixel) is low; returns a new plane.
 */
export function pushPull(rgb: Float32Array, known: Float32Array, width: number, height: number): Float32Array {
  type Level = { w: number; h: number; c: Float32Array; k: Float32Array };
  const levels: Level[] = [];
  let cur: Level = { w: width, h: height, c: new Float32Array(width * height * 3), k: Float32Array.from(known) };
  for (let p = 0; p < width * height; p++) for (let j = 0; j < 3; j++) cur.c[p * 3 + j] = rgb[p * 3 + j]! * known[p]!;
  levels.push(cur);
  while (cur.w > 1 || cur.h > 1) {
    const w = Math.ceil(cur.w / 2);
    const h = Math.ceil(cur.h / 2);
    const next: Level = { w, h, c: new Float32Array(w * h * 3), k: new Float32Array(w * h) };
    for (let y = 0; y < cur.h; y++) {
      for (let x = 0; x < cur.w; x++) {
        const p = y * cur.w + x;
        const q = (y >> 1) * w + (x >> 1);
        next.k[q]! += cur.k[p]! / 4;
        for (let j = 0; j < 3; j++) next.c[q * 3 + j]! += cur.c[p * 3 + j]! / 4;
      }
    }
    // Normalise so a level stays "premultiplied colour with weight ≤ 1".
    for (let q = 0; q < w * h; q++) {
      const k = next.k[q]!;
      if (k > 1e-6) {
        const s = Math.min(1, k * 4) / k;
        next.k[q] = Math.min(1, k * 4);
        for (let j = 0; j < 3; j++) next.c[q * 3 + j]! *= s;
      }
    }
    levels.push(next);
    cur = next;
  }
  for (let l = levels.length - 2; l >= 0; l--) {
    const fine = levels[l]!;
    const coarse = levels[l + 1]!;
    for (let y = 0; y < fine.h; y++) {
      for (let x = 0; x < fine.w; x++) {
        const p = y * fine.w + x;
        const q = (y >> 1) * coarse.w + (x >> 1);
        const ck = coarse.k[q]! || 1e-6;
        const miss = 1 - Math.min(1, fine.k[p]!);
        for (let j = 0; j < 3; j++) fine.c[p * 3 + j]! += (miss * coarse.c[q * 3 + j]!) / ck;
        fine.k[p] = 1;
      }
    }
  }
  const top = levels[0]!;
  const smooth = boxBlur(top.c, width, height, 3, 2, 1);
  const out = new Float32Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    const k = known[p]!;
    for (let j = 0; j < 3; j++) out[p * 3 + j] = rgb[p * 3 + j]! * k + smooth[p * 3 + j]! * (1 - k);
  }
  return out;
}
