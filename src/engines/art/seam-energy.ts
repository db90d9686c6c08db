/**
 * Seam energy: how visible the edge of a refined region is — the mean absolute luma step
 * between each region pixel and its 4-neighbours outside the region. Compared with the same
 * contour moved elsewhere over the original picture, it says whether the edge stands out more
 * than an edge of that shape drawn anywhere in the picture would. Used by the refine tests.
 */
import type { RgbaImage } from '../core/index.ts';

const luma = (img: RgbaImage, x: number, y: number): number => {
  const i = (y * img.width + x) * 4;
  return (0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!) / 255;
};

/**
 * The pairs of 4-neighbours (x, y, x', y') a seam is measured on: with band 0, the pairs across
 * the region's edge; with band b, every pair inside the strip from 1 px outside the edge to
 * b px inside it (where a feathered refine blends old and new).
 */
function edgePairs(region: Uint8Array, w: number, h: number, band: number): Int32Array {
  const out: number[] = [];
  if (band <= 0) {
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        if (region[y * w + x] !== 1) continue;
        for (const [nx, ny] of [
          [x - 1, y],
          [x + 1, y],
          [x, y - 1],
          [x, y + 1],
        ] as const) {
          if (nx >= 0 && ny >= 0 && nx < w && ny < h && region[ny * w + nx] !== 1) out.push(x, y, nx, ny);
        }
      }
    return Int32Array.from(out);
  }
  // Strip: region pixels within `band` (Chebyshev) of an outside pixel, and outside pixels next to the region.
  const strip = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const r = region[p] === 1 ? band : 1;
      let near = false;
      for (let dy = -r; dy <= r && !near; dy++)
        for (let dx = -r; dx <= r; dx++) {
          const xx = x + dx,
            yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h && (region[yy * w + xx] === 1) !== (region[p] === 1)) {
            near = true;
            break;
          }
        }
      if (near) strip[p] = 1;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (!strip[y * w + x]) continue;
      if (x + 1 < w && strip[y * w + x + 1]) out.push(x, y, x + 1, y);
      if (y + 1 < h && strip[(y + 1) * w + x]) out.push(x, y, x, y + 1);
    }
  return Int32Array.from(out);
}

/** Mean luma step over the pairs moved by (dx, dy) that stay in the picture; with how many stayed. */
function stepAt(img: RgbaImage, pairs: Int32Array, dx: number, dy: number): { mean: number; n: number } {
  const { width: w, height: h } = img;
  let sum = 0,
    n = 0;
  for (let i = 0; i < pairs.length; i += 4) {
    const ax = pairs[i]! + dx,
      ay = pairs[i + 1]! + dy,
      bx = pairs[i + 2]! + dx,
      by = pairs[i + 3]! + dy;
    if (ax < 0 || ay < 0 || ax >= w || ay >= h || bx < 0 || by < 0 || bx >= w || by >= h) continue;
    sum += Math.abs(luma(img, ax, ay) - luma(img, bx, by));
    n++;
  }
  return { mean: n === 0 ? NaN : sum / n, n };
}

/**
 * Mean luma step (0..1) across the edge of `region` (1 = inside) in `img` — or, with `band`
 * > 0, over the strip `band` px wide along it; NaN without an edge.
 */
export function seamEnergy(img: RgbaImage, region: Uint8Array, band = 0): number {
  return stepAt(img, edgePairs(region, img.width, img.height, band), 0, 0).mean;
}

/**
 * The seam energy of the region's contour moved over a grid of offsets (every `step` px) in
 * `img`, wherever at least half of the contour stays in the picture: the distribution a
 * refined edge is judged against.
 */
export function contourEnergies(img: RgbaImage, region: Uint8Array, step: number, band = 0): number[] {
  const { width: w, height: h } = img;
  const pairs = edgePairs(region, w, h, band);
  const total = pairs.length / 4;
  const out: number[] = [];
  for (let dy = -h; dy <= h; dy += step)
    for (let dx = -w; dx <= w; dx += step) {
      if (dx === 0 && dy === 0) continue;
      const { mean, n } = stepAt(img, pairs, dx, dy);
      if (n >= total / 2) out.push(mean);
    }
  return out;
}

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
