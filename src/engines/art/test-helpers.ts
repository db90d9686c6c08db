/**
 * Measurements used by the art engine's tests (and handy for tuning): hue, saturation,
 * contrast and texture statistics of an RGBA image. Not exported from the engine's index.
 */
import type { RgbaImage } from '../core/index.ts';
import { rgbToHsl } from './color.ts';

export interface ImageStats {
  /** Circular mean hue (degrees) of pixels with saturation > 0.15; NaN if none. */
  readonly hue: number;
  readonly saturation: number;
  readonly lightness: number;
  /** Standard deviation of luma (global contrast). */
  readonly contrast: number;
  /** Share of pixels with luma < 0.15. */
  readonly dark: number;
  /** Mean absolute luma difference between horizontal neighbours (fine texture). */
  readonly texture: number;
  /** Share of distinct colours after 5-bit quantisation (flat styles have few). */
  readonly colours: number;
}

/** Luma 0..1 of pixel p. */
export const lumaAt = (img: RgbaImage, p: number): number => (0.299 * img.data[p * 4]! + 0.587 * img.data[p * 4 + 1]! + 0.114 * img.data[p * 4 + 2]!) / 255;

/** Statistics of a whole image (or of the rows y0..y1). */
export function imageStats(img: RgbaImage, y0 = 0, y1 = img.height): ImageStats {
  let hx = 0,
    hy = 0,
    hn = 0,
    sat = 0,
    light = 0,
    sum = 0,
    sum2 = 0,
    dark = 0,
    tex = 0;
  const seen = new Set<number>();
  const d = img.data;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < img.width; x++) {
      const p = y * img.width + x;
      const [h, s, l] = rgbToHsl(d[p * 4]! / 255, d[p * 4 + 1]! / 255, d[p * 4 + 2]! / 255);
      const lum = lumaAt(img, p);
      if (s > 0.15 && l > 0.08 && l < 0.95) {
        hx += Math.cos((h * Math.PI) / 180) * s;
        hy += Math.sin((h * Math.PI) / 180) * s;
        hn++;
      }
      sat += s;
      light += l;
      sum += lum;
      sum2 += lum * lum;
      if (lum < 0.15) dark++;
      if (x > 0) tex += Math.abs(lum - lumaAt(img, p - 1));
      seen.add(((d[p * 4]! >> 3) << 10) | ((d[p * 4 + 1]! >> 3) << 5) | (d[p * 4 + 2]! >> 3));
      n++;
    }
  }
  const mean = sum / n;
  const hue = hn === 0 ? NaN : ((Math.atan2(hy, hx) * 180) / Math.PI + 360) % 360;
  return {
    hue,
    saturation: sat / n,
    lightness: light / n,
    contrast: Math.sqrt(Math.max(0, sum2 / n - mean * mean)),
    dark: dark / n,
    texture: tex / n,
    colours: seen.size / n,
  };
}

/** Number of pixels whose hue is within ±halfWidth of centre with saturation above minSat. */
export function countHue(img: RgbaImage, centre: number, halfWidth: number, minSat = 0.25): number {
  let count = 0;
  for (let p = 0; p < img.width * img.height; p++) {
    const [h, s, l] = rgbToHsl(img.data[p * 4]! / 255, img.data[p * 4 + 1]! / 255, img.data[p * 4 + 2]! / 255);
    const dh = Math.abs(((h - centre + 540) % 360) - 180);
    if (s > minSat && l > 0.1 && l < 0.92 && dh <= halfWidth) count++;
  }
  return count;
}

/** True when two images have identical size and bytes. */
export function sameBytes(a: RgbaImage, b: RgbaImage): boolean {
  if (a.width !== b.width || a.height !== b.height || a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}

type Pt = readonly [number, number];

/** White paper (w × h) with black polylines about 3 px thick: a sketch a test draws itself. */
export function drawLines(w: number, h: number, polys: readonly (readonly Pt[])[]): RgbaImage {
  const img: RgbaImage = { width: w, height: h, data: new Uint8ClampedArray(w * h * 4).fill(255) };
  const dot = (x: number, y: number): void => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < w && Y < h) img.data.fill(0, (Y * w + X) * 4, (Y * w + X) * 4 + 3);
      }
  };
  for (const poly of polys)
    for (let k = 1; k < poly.length; k++) {
      const [ax, ay] = poly[k - 1]!;
      const [bx, by] = poly[k]!;
      const n = Math.ceil(Math.hypot(bx - ax, by - ay) * 2);
      for (let s = 0; s <= n; s++) dot(ax + ((bx - ax) * s) / n, ay + ((by - ay) * s) / n);
    }
  return img;
}

/** A closed box outline. */
export const rectPath = (x0: number, y0: number, x1: number, y1: number): Pt[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** A closed ellipse outline. */
export const ringPath = (cx: number, cy: number, rx: number, ry = rx): Pt[] =>
  Array.from({ length: 121 }, (_, k): Pt => [cx + rx * Math.cos((k / 120) * 2 * Math.PI), cy + ry * Math.sin((k / 120) * 2 * Math.PI)]);

/** A stick figure whose head (diameter d) starts at top, centred at cx: head, body, arms, legs (4.5 d tall). */
export const stickFigure = (cx: number, top: number, d: number): Pt[][] => [
  ringPath(cx, top + d / 2, d / 2),
  [
    [cx, top + d],
    [cx, top + d * 3],
  ],
  [
    [cx - d * 0.8, top + d * 1.6],
    [cx + d * 0.8, top + d * 1.6],
  ],
  [
    [cx - d * 0.6, top + d * 4.5],
    [cx, top + d * 3],
    [cx + d * 0.6, top + d * 4.5],
  ],
];
