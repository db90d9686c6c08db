/**
 * Gradient-domain blending (Pérez, Gangnet & Blake 2003, "Poisson image editing"): the new
 * content keeps its own gradients inside the region while its edge takes the picture's values,
 * so no step, pale rectangle or halo remains where the two meet.
 *
 * With guidance field v = ∇g the solution is f = g + h, where h is the membrane (harmonic)
 * function with h = picture − g on the region's edge. h is solved by a cascadic multigrid:
 * the problem is halved until it is small, solved there with many successive over-relaxation
 * sweeps, and each finer grid starts from the coarser answer and needs only a few sweeps.
 */

import { boxBlur } from './raster-ops.ts';

export interface PoissonOptions {
  /** SOR sweeps on each grid finer than the coarsest (default 12). */
  readonly sweeps?: number;
  /** Over-relaxation factor, 1 = Gauss–Seidel (default 1.8). */
  readonly omega?: number;
  /**
   * Radius (px) over which the edge differences are averaged along the edge (default 3). The
   * blend then corrects colour and light offsets but does not carry pixel noise (the picture's
   * grain against the fill's) into the region.
   */
  readonly edgeSmoothing?: number;
}

/** Grid cell kinds. */
const FIXED = 1,
  FREE = 2; // 0: outside the problem

/**
 * Blends `guide` into `target` over `region` (1 = solve here), in place on `guide`:
 * afterwards guide[p] = guide[p] + h[p] for region pixels. `target` gives the fixed values on
 * the region's edge (its 4-neighbours outside the region); `edgeGuide` the guide's own values
 * there. Interleaved RGB planes of the same size. Neighbours beyond the picture's edge are
 * left out (a free edge).
 */
export function poissonBlend(
  guide: Float32Array,
  target: Float32Array,
  edgeGuide: Float32Array,
  region: Uint8Array,
  width: number,
  height: number,
  opts: PoissonOptions = {},
): void {
  const n = width * height;
  const kind = new Uint8Array(n);
  const h = new Float32Array(n * 3);
  let fixed = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (region[p]) {
        kind[p] = FREE;
        continue;
      }
      const touches = (x > 0 && region[p - 1]) || (x < width - 1 && region[p + 1]) || (y > 0 && region[p - width]) || (y < height - 1 && region[p + width]);
      if (!touches) continue;
      kind[p] = FIXED;
      fixed++;
      for (let j = 0; j < 3; j++) h[p * 3 + j] = target[p * 3 + j]! - edgeGuide[p * 3 + j]!;
    }
  if (fixed === 0) return; // the region fills the picture: nothing to match
  smoothAlongEdge(h, kind, width, height, opts.edgeSmoothing ?? 0);
  solve(h, kind, width, height, opts.sweeps ?? 40, opts.omega ?? 1.8);
  for (let p = 0; p < n; p++) if (kind[p] === FREE) for (let j = 0; j < 3; j++) guide[p * 3 + j] = guide[p * 3 + j]! + h[p * 3 + j]!;
}

/** Replaces each FIXED value by the mean of the FIXED values within `radius` (box), in place. */
function smoothAlongEdge(h: Float32Array, kind: Uint8Array, w: number, hgt: number, radius: number): void {
  if (radius <= 0) return;
  // Only the edge's bounding box needs the blur.
  let x0 = w,
    y0 = hgt,
    x1 = -1,
    y1 = -1;
  for (let p = 0; p < w * hgt; p++) {
    if (kind[p] !== FIXED) continue;
    const x = p % w,
      y = (p - x) / w;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const bw = x1 - x0 + 1,
    bh = y1 - y0 + 1;
  const num = new Float32Array(bw * bh * 3),
    den = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++)
    for (let x = 0; x < bw; x++) {
      const p = (y + y0) * w + x + x0,
        q = y * bw + x;
      if (kind[p] !== FIXED) continue;
      den[q] = 1;
      for (let j = 0; j < 3; j++) num[q * 3 + j] = h[p * 3 + j]!;
    }
  const sn = boxBlur(num, bw, bh, 3, radius, 1),
    sd = boxBlur(den, bw, bh, 1, radius, 1);
  for (let y = 0; y < bh; y++)
    for (let x = 0; x < bw; x++) {
      const p = (y + y0) * w + x + x0,
        q = y * bw + x;
      if (kind[p] === FIXED && sd[q]! > 0) for (let j = 0; j < 3; j++) h[p * 3 + j] = sn[q * 3 + j]! / sd[q]!;
    }
}

/** Solves Δh = 0 on FREE cells with FIXED cells as boundary values, in place. */
function solve(h: Float32Array, kind: Uint8Array, w: number, hgt: number, sweeps: number, omega: number): void {
  if (Math.max(w, hgt) > 24) {
    // Coarser grid: a cell is FIXED (mean of its fixed children) if any child is, FREE if any
    // child is free, else outside.
    const cw = Math.ceil(w / 2),
      ch = Math.ceil(hgt / 2);
    const ck = new Uint8Array(cw * ch);
    const chv = new Float32Array(cw * ch * 3);
    const cnt = new Float32Array(cw * ch);
    for (let y = 0; y < hgt; y++)
      for (let x = 0; x < w; x++) {
        const p = y * w + x,
          q = (y >> 1) * cw + (x >> 1);
        if (kind[p] === FIXED) {
          ck[q] = FIXED;
          cnt[q]! += 1;
          for (let j = 0; j < 3; j++) chv[q * 3 + j]! += h[p * 3 + j]!;
        } else if (kind[p] === FREE && ck[q] !== FIXED) ck[q] = FREE;
      }
    for (let q = 0; q < cw * ch; q++) if (cnt[q]! > 0) for (let j = 0; j < 3; j++) chv[q * 3 + j]! /= cnt[q]!;
    solve(chv, ck, cw, ch, sweeps, omega);
    for (let y = 0; y < hgt; y++)
      for (let x = 0; x < w; x++) {
        const p = y * w + x;
        if (kind[p] !== FREE) continue;
        const q = (y >> 1) * cw + (x >> 1);
        for (let j = 0; j < 3; j++) h[p * 3 + j] = chv[q * 3 + j]!;
      }
  } else sweeps = 400;
  relax(h, kind, w, hgt, sweeps, omega);
}

/** SOR sweeps over the FREE cells in scan order. */
function relax(h: Float32Array, kind: Uint8Array, w: number, hgt: number, sweeps: number, omega: number): void {
  const cells: number[] = [];
  const masks: number[] = [];
  for (let p = 0; p < w * hgt; p++) {
    if (kind[p] !== FREE) continue;
    const x = p % w;
    const m = (x > 0 && kind[p - 1] ? 1 : 0) | (x < w - 1 && kind[p + 1] ? 2 : 0) | (p >= w && kind[p - w] ? 4 : 0) | (p + w < w * hgt && kind[p + w] ? 8 : 0);
    if (m === 0) continue;
    cells.push(p);
    masks.push(m);
  }
  const cellArr = Int32Array.from(cells),
    maskArr = Uint8Array.from(masks);
  const inv = [0, 1, 1, 1 / 2, 1, 1 / 2, 1 / 2, 1 / 3, 1, 1 / 2, 1 / 2, 1 / 3, 1 / 2, 1 / 3, 1 / 3, 1 / 4];
  const row = w * 3;
  for (let s = 0; s < sweeps; s++) {
    for (let c = 0; c < cellArr.length; c++) {
      const i = cellArr[c]! * 3,
        m = maskArr[c]!;
      let s0 = 0,
        s1 = 0,
        s2 = 0;
      if (m & 1) {
        s0 += h[i - 3]!;
        s1 += h[i - 2]!;
        s2 += h[i - 1]!;
      }
      if (m & 2) {
        s0 += h[i + 3]!;
        s1 += h[i + 4]!;
        s2 += h[i + 5]!;
      }
      if (m & 4) {
        s0 += h[i - row]!;
        s1 += h[i - row + 1]!;
        s2 += h[i - row + 2]!;
      }
      if (m & 8) {
        s0 += h[i + row]!;
        s1 += h[i + row + 1]!;
        s2 += h[i + row + 2]!;
      }
      const k = inv[m]!;
      h[i] = h[i]! + omega * (s0 * k - h[i]!);
      h[i + 1] = h[i + 1]! + omega * (s1 * k - h[i + 1]!);
      h[i + 2] = h[i + 2]! + omega * (s2 * k - h[i + 2]!);
    }
  }
}
