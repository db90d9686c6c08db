/**
 * linesFromPhoto: clean dark lines on white from a photo of a pencil or pen drawing on paper,
 * even with uneven light (the job a learned edge detector such as PiDiNet does in GPU
 * pipelines, here done with classic steps):
 *
 * 1. luminance, lightly smoothed;
 * 2. divide by the estimated paper brightness (background-level.ts) → lighting removed;
 * 3. darkness = how much darker than its paper each pixel is;
 * 4. thresholds set from the measured noise of the photo (robust quantile spread);
 * 5. hysteresis: faint pixels count only when connected to clearly dark ones, and connected
 *    marks smaller than a speck are dropped (dust, paper grain, sensor noise);
 * 6. lines drawn dark (darker where the pencil pressed harder) on pure white;
 * 7. only on the paper: when the photo shows the table around the sheet, the sheet (the largest
 *    bright region, filled out row- and column-wise like the quadrilateral it is, less a small
 *    margin) is found first and everything outside it — the paper's edge, the table — is blank.
 */
import { assertRange } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { backgroundLevel } from './background-level.ts';
import { boxBlur, largestBrightRegion, otsu } from './raster-ops.ts';

export interface LinesOptions {
  /** 0..1, default 0.5: higher keeps fainter marks. */
  readonly sensitivity?: number;
  /** Connected marks with fewer pixels are dropped (default scales with the image). */
  readonly minSpeck?: number;
}

/** Value at quantile q (0..1) of a plane, from a 2048-bin histogram over [-1, 1]. */
function quantile(values: Float32Array, q: number): number {
  const hist = new Uint32Array(2048);
  let count = 0;
  for (let i = 0; i < values.length; i += 3) {
    hist[Math.min(2047, Math.max(0, Math.round((values[i]! + 1) * 1023.5)))]!++;
    count++;
  }
  let acc = 0;
  for (let b = 0; b < 2048; b++) {
    acc += hist[b]!;
    if (acc >= count * q) return b / 1023.5 - 1;
  }
  return 1;
}

/**
 * The sheet of paper in a photo (1 = on the paper), or undefined when the paper fills the photo
 * or no clearly brighter region stands out from its surroundings.
 */
export function paperMask(lum: Float32Array, w: number, h: number): Uint8Array | undefined {
  const n = w * h;
  // Bright pixels, closed so the drawing's lines do not cut the sheet apart; the largest region.
  const r = Math.max(3, Math.round(Math.min(w, h) * 0.012));
  const { comp, id: bestId, size: bestSize } = largestBrightRegion(lum, otsu(lum), w, h, r);
  if (bestSize < n * 0.15) return undefined;
  // Filled out: inside the region's span in its row and in its column (a quadrilateral is convex).
  const rx0 = new Int32Array(h).fill(w);
  const rx1 = new Int32Array(h).fill(-1);
  const cy0 = new Int32Array(w).fill(h);
  const cy1 = new Int32Array(w).fill(-1);
  for (let p = 0; p < n; p++) {
    if (comp[p] !== bestId) continue;
    const x = p % w;
    const y = (p - x) / w;
    if (x < rx0[y]!) rx0[y] = x;
    if (x > rx1[y]!) rx1[y] = x;
    if (y < cy0[x]!) cy0[x] = y;
    if (y > cy1[x]!) cy1[x] = y;
  }
  const margin = Math.max(2, Math.round(Math.min(w, h) * 0.012));
  const mask = new Uint8Array(n);
  const maskF = new Float32Array(n);
  let inside = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (x >= rx0[y]! + margin && x <= rx1[y]! - margin && y >= cy0[x]! + margin && y <= cy1[x]! - margin) {
        mask[p] = 1;
        maskF[p] = 1;
        inside++;
      }
    }
  if (inside > n * 0.9 || inside < n * 0.15) return undefined;
  // A sheet has a sharp edge: just outside the mask (the table) is clearly darker than just inside.
  // A lighting gradient across a photo that is all paper has no such step.
  const near = boxBlur(maskF, w, h, 1, margin * 3, 1);
  let sIn = 0;
  let nIn = 0;
  let sOut = 0;
  let nOut = 0;
  for (let p = 0; p < n; p++) {
    const v = near[p]!;
    if (v <= 0 || v >= 1) continue;
    if (mask[p]) {
      sIn += lum[p]!;
      nIn++;
    } else {
      sOut += lum[p]!;
      nOut++;
    }
  }
  if (nIn === 0 || nOut === 0 || sIn / nIn - sOut / nOut < 0.15) return undefined;
  return mask;
}

/** Extracts the drawing's lines from a photo (see the header). Returns opaque RGBA. */
export function linesFromPhoto(image: RgbaImage, opts: LinesOptions = {}): RgbaImage {
  const { width: w, height: h } = image;
  const n = w * h;
  const sensitivity = opts.sensitivity ?? 0.5;
  assertRange(sensitivity, 0, 1, 'sensitivity');
  const raw = new Float32Array(n);
  const d = image.data;
  for (let p = 0; p < n; p++) {
    const a = d[p * 4 + 3]! / 255;
    raw[p] = 1 - a + (a * (0.299 * d[p * 4]! + 0.587 * d[p * 4 + 1]! + 0.114 * d[p * 4 + 2]!)) / 255;
  }
  const lum = boxBlur(raw, w, h, 1, 1, 1);
  const paper = paperMask(lum, w, h);
  const bg = backgroundLevel(lum, w, h);
  // How much darker than its paper each pixel is, in absolute light (noise is roughly constant
  // in absolute terms) — then centred on the typical paper pixel, since the paper estimate is
  // an upper envelope.
  const diff = new Float32Array(n);
  for (let p = 0; p < n; p++) diff[p] = bg[p]! - lum[p]!;
  const centre = quantile(diff, 0.4);
  // Robust noise: spread of the paper side of the distribution (lines are a dark minority).
  const sigma = Math.max(0.002, (centre - quantile(diff, 0.1)) / 1.0);
  const k = 1.5 - sensitivity; // 1.0 … 1.5 at the default
  const dark = new Float32Array(n);
  const strongAt = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const d = diff[p]! - centre;
    const rel = d / Math.max(0.03, bg[p]!);
    // Weak: 3σ and 6% darker than the paper; strong: 6σ and 12% darker.
    dark[p] = d > 3 * sigma * k && rel > 0.06 * k ? rel : 0;
    strongAt[p] = d > 6 * sigma * k && rel > 0.12 * k ? 1 : 0;
  }
  const high = 0.12 * k;
  const low = 1e-6;
  const minSpeck = opts.minSpeck ?? Math.max(6, Math.round(n / 40000));
  // Hysteresis + speck removal in one labelling pass over the "faint or darker" pixels.
  const keep = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const members: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s] || dark[s]! < low) continue;
    let top = 0;
    stack[top++] = s;
    seen[s] = 1;
    members.length = 0;
    let strong = false;
    while (top > 0) {
      const p = stack[--top]!;
      members.push(p);
      if (strongAt[p]) strong = true;
      const x = p % w;
      const y = (p - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const q = yy * w + xx;
          if (!seen[q] && dark[q]! >= low) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    if (strong && members.length >= minSpeck) for (const p of members) keep[p] = 1;
  }
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    // Kept marks are at most 45% grey, darker where the pencil was darker.
    const v = keep[p] && (!paper || paper[p]) ? 255 * (1 - Math.min(1, 0.55 + dark[p]! / (2 * high))) : 255;
    out[p * 4] = v;
    out[p * 4 + 1] = v;
    out[p * 4 + 2] = v;
    out[p * 4 + 3] = 255;
  }
  return { width: w, height: h, data: out };
}
