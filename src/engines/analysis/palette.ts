import type { PixelPlanes } from './planes.ts';

/** One dominant colour of an artwork. */
export interface PaletteColor {
  /** sRGB 0..255. */
  readonly rgb: readonly [number, number, number];
  /** `#rrggbb`. */
  readonly hex: string;
  /** Share of the image's pixels closest to this colour, 0..1; shares sum to 1. */
  readonly share: number;
}

export interface PaletteOptions {
  /** How many dominant colours to find, 1..16. Fewer are returned if the image has fewer. */
  k: number;
  /** Lloyd iterations over the colour histogram. */
  iterations: number;
}

export const paletteDefaults = (): PaletteOptions => ({ k: 5, iterations: 12 });

const BITS = 5;
const LEVELS = 1 << BITS;
const SHIFT = 8 - BITS;

/**
 * The k dominant colours with their shares. k-means on a 5-bit-per-channel colour histogram,
 * seeded deterministically (heaviest bin first, then weighted farthest-point), so the same image
 * always gives the same palette and the cost does not grow with the number of pixels beyond one
 * histogram pass.
 */
export function paletteFromPlanes(planes: PixelPlanes, options: Partial<PaletteOptions> = {}): PaletteColor[] {
  const { k, iterations } = { ...paletteDefaults(), ...options };
  const counts = new Float64Array(LEVELS ** 3);
  const sums = new Float64Array(LEVELS ** 3 * 3);
  const { rgb } = planes;
  for (let i = 0; i < rgb.length; i += 3) {
    const r = rgb[i]!, g = rgb[i + 1]!, b = rgb[i + 2]!;
    const bin = ((r >> SHIFT) << (2 * BITS)) | ((g >> SHIFT) << BITS) | (b >> SHIFT);
    counts[bin]!++;
    sums[bin * 3]! += r;
    sums[bin * 3 + 1]! += g;
    sums[bin * 3 + 2]! += b;
  }
  // Occupied bins as weighted points (their mean colour).
  const pts: number[] = [];
  const wts: number[] = [];
  for (let bin = 0; bin < counts.length; bin++) {
    const c = counts[bin]!;
    if (c === 0) continue;
    pts.push(sums[bin * 3]! / c, sums[bin * 3 + 1]! / c, sums[bin * 3 + 2]! / c);
    wts.push(c);
  }
  const m = wts.length;
  const kk = Math.max(1, Math.min(Math.floor(k), 16, m));
  const centres = seedCentres(pts, wts, kk);
  const assign = new Int32Array(m);
  for (let it = 0; it < iterations; it++) {
    const acc = new Float64Array(kk * 4);
    for (let p = 0; p < m; p++) {
      const c = nearest(centres, pts[p * 3]!, pts[p * 3 + 1]!, pts[p * 3 + 2]!);
      assign[p] = c;
      const w = wts[p]!;
      acc[c * 4]! += pts[p * 3]! * w;
      acc[c * 4 + 1]! += pts[p * 3 + 1]! * w;
      acc[c * 4 + 2]! += pts[p * 3 + 2]! * w;
      acc[c * 4 + 3]! += w;
    }
    let moved = 0;
    for (let c = 0; c < kk; c++) {
      const w = acc[c * 4 + 3]!;
      if (w === 0) continue;
      for (let ch = 0; ch < 3; ch++) {
        const v = acc[c * 4 + ch]! / w;
        moved += Math.abs(v - centres[c * 3 + ch]!);
        centres[c * 3 + ch] = v;
      }
    }
    if (moved < 0.5) break;
  }
  const total = wts.reduce((s, w) => s + w, 0);
  const shares = new Float64Array(kk);
  for (let p = 0; p < m; p++) shares[nearest(centres, pts[p * 3]!, pts[p * 3 + 1]!, pts[p * 3 + 2]!)]! += wts[p]!;
  const out: PaletteColor[] = [];
  for (let c = 0; c < kk; c++) {
    if (shares[c] === 0) continue;
    const col = [0, 1, 2].map((ch) => Math.round(centres[c * 3 + ch]!)) as [number, number, number];
    out.push({ rgb: col, hex: hexFromRgb(col), share: shares[c]! / total });
  }
  return out.sort((a, b) => b.share - a.share);
}

function seedCentres(pts: number[], wts: number[], k: number): Float64Array {
  const m = wts.length;
  const centres = new Float64Array(k * 3);
  let first = 0;
  for (let p = 1; p < m; p++) if (wts[p]! > wts[first]!) first = p;
  centres.set([pts[first * 3]!, pts[first * 3 + 1]!, pts[first * 3 + 2]!], 0);
  const d2 = new Float64Array(m).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let best = -1;
    let bestScore = -1;
    for (let p = 0; p < m; p++) {
      const dr = pts[p * 3]! - centres[(c - 1) * 3]!;
      const dg = pts[p * 3 + 1]! - centres[(c - 1) * 3 + 1]!;
      const db = pts[p * 3 + 2]! - centres[(c - 1) * 3 + 2]!;
      d2[p] = Math.min(d2[p]!, dr * dr + dg * dg + db * db);
      const score = d2[p]! * wts[p]!;
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    centres.set([pts[best * 3]!, pts[best * 3 + 1]!, pts[best * 3 + 2]!], c * 3);
  }
  return centres;
}

function nearest(centres: Float64Array, r: number, g: number, b: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c * 3 < centres.length; c++) {
    const dr = r - centres[c * 3]!, dg = g - centres[c * 3 + 1]!, db = b - centres[c * 3 + 2]!;
    const d = dr * dr + dg * dg + db * db;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** `#rrggbb` from sRGB bytes. */
export function hexFromRgb(rgb: readonly [number, number, number]): string {
  return `#${rgb.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('')}`;
}
