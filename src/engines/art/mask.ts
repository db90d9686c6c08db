/**
 * Masks for refining: reading a painted mask (white = repaint, black = keep) and feathering
 * its edge inward, so the repainted area blends softly while every pixel outside the mask
 * stays exactly as it was.
 */
import type { GrayImage, RgbaImage } from '../core/index.ts';

/** Below this mask value a pixel is kept untouched. */
export const KEEP_BELOW = 0.02;

/** Mask value per pixel, 0 (keep) … 1 (repaint); RGBA masks use luma × alpha. */
export function maskValues(mask: RgbaImage | GrayImage): Float32Array {
  const n = mask.width * mask.height;
  if (mask.data instanceof Float32Array) return Float32Array.from(mask.data, (v) => (v < 0 ? 0 : v > 1 ? 1 : v));
  const d = mask.data;
  const out = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const i = p * 4;
    out[p] = ((0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!) / 255) * (d[i + 3]! / 255);
  }
  return out;
}

/** A pixel rectangle [x0, x1] × [y0, y1], inclusive. */
export interface PixelRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The smallest rectangle holding every repaint pixel, or undefined when the mask keeps all. */
export function maskBounds(values: Float32Array, width: number, height: number): PixelRect | undefined {
  let x0 = width,
    y0 = height,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (values[row + x]! < KEEP_BELOW) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? undefined : { x0, y0, x1, y1 };
}

/**
 * Chamfer distance (px, 3-4 metric) from each repaint pixel to the nearest kept pixel, computed
 * inside `rect` (which must hold every repaint pixel); kept pixels are 0, and the picture's
 * edge does not count as kept. Pixels outside the rect are left at 0.
 */
export function distanceToKeep(values: Float32Array, width: number, height: number, rect: PixelRect): Float32Array {
  const INF = 1e9;
  const d = new Float32Array(values.length);
  const { x0, y0, x1, y1 } = rect;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) d[y * width + x] = values[y * width + x]! < KEEP_BELOW ? 0 : INF;
  // Neighbours outside the rect are kept pixels (distance 0), except beyond the picture's edge.
  const get = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? INF : d[y * width + x]!);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const p = y * width + x;
      if (d[p] === 0) continue;
      let m = d[p]!;
      const a = get(x - 1, y) + 3,
        b = get(x, y - 1) + 3,
        c = get(x - 1, y - 1) + 4,
        e = get(x + 1, y - 1) + 4;
      if (a < m) m = a;
      if (b < m) m = b;
      if (c < m) m = c;
      if (e < m) m = e;
      d[p] = m;
    }
  }
  for (let y = y1; y >= y0; y--) {
    for (let x = x1; x >= x0; x--) {
      const p = y * width + x;
      if (d[p] === 0) continue;
      let m = d[p]!;
      const a = get(x + 1, y) + 3,
        b = get(x, y + 1) + 3,
        c = get(x + 1, y + 1) + 4,
        e = get(x - 1, y + 1) + 4;
      if (a < m) m = a;
      if (b < m) m = b;
      if (c < m) m = c;
      if (e < m) m = e;
      d[p] = m;
    }
  }
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const p = y * width + x;
      d[p] = d[p]! >= INF ? 1e6 : d[p]! / 3;
    }
  return d;
}

/**
 * Blend weight per pixel: the mask value, ramped smoothly from 0 at the mask's edge to full
 * strength `feather` px inside it. Pixels the mask keeps get exactly 0.
 */
export function featheredAlpha(values: Float32Array, width: number, height: number, feather: number): Float32Array {
  const out = new Float32Array(values.length);
  const rect = maskBounds(values, width, height);
  if (!rect) return out;
  if (feather <= 0) {
    for (let p = 0; p < out.length; p++) out[p] = values[p]! < KEEP_BELOW ? 0 : values[p]!;
    return out;
  }
  const dist = distanceToKeep(values, width, height, rect);
  for (let y = rect.y0; y <= rect.y1; y++) {
    for (let x = rect.x0; x <= rect.x1; x++) {
      const p = y * width + x;
      const v = values[p]!;
      if (v < KEEP_BELOW) continue;
      const t = Math.min(1, dist[p]! / (feather + 1));
      out[p] = v * t * t * (3 - 2 * t);
    }
  }
  return out;
}
