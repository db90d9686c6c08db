/**
 * Content-aware fill: the hole is painted with patches of the picture around it (Barnes et al.
 * 2009, PatchMatch, inside the multi-scale completion of Wexler et al. 2007).
 *
 * At every scale, coarse to fine, each patch that overlaps the hole looks for the most similar
 * patch lying wholly outside it: random start (or the coarser scale's answer), propagation of
 * good matches from the neighbours, random search in shrinking circles around the best so far.
 * Each hole pixel then becomes the similarity-weighted vote of the matches of every patch that
 * covers it. The coarsest scale starts from an onion-peel fill (the hole filled ring by ring
 * from its edge inward, each pixel from the best exhaustive match of what is already known
 * around it), so structure is settled where the hole is small and texture where it is large.
 * Deterministic for a given RNG.
 */
import type { Rng } from '../core/index.ts';

export interface PatchMatchOptions {
  /** Patch radius in px (patch = (2r+1)²); default 2. */
  readonly radius?: number;
  /** Stop adding coarser scales when the hole's larger side is at most this (px); default 16. */
  readonly coarsest?: number;
}

export interface PatchMatchResult {
  /** Interleaved RGB (0..1): the input outside the hole, the fill inside it. */
  readonly rgb: Float32Array;
  /**
   * For every hole pixel, the pixel of the picture (index y·width + x, outside the hole) its
   * colour was copied from; −1 elsewhere. The copied pixel's own neighbours say what the fill
   * "expects" just across the hole's edge: the guidance for gradient-domain blending.
   */
  readonly source: Int32Array;
}

interface Level {
  readonly w: number;
  readonly h: number;
  readonly rgb: Float32Array;
  readonly hole: Uint8Array;
}

/** Fills `hole` (1 = unknown) in the interleaved RGB plane from patches outside it. */
export function patchMatchFill(rgb: Float32Array, hole: Uint8Array, width: number, height: number, rng: Rng, opts: PatchMatchOptions = {}): PatchMatchResult {
  const r = opts.radius ?? 2;
  const levels: Level[] = [{ w: width, h: height, rgb: Float32Array.from(rgb), hole: Uint8Array.from(hole) }];
  // Nothing outside the hole to copy from (it covers the picture): the picture stays as it is.
  if (geometry(levels[0]!, r).sources.length === 0) return { rgb: levels[0]!.rgb, source: new Int32Array(width * height).fill(-1) };
  while (true) {
    const top = levels[levels.length - 1]!;
    const span = holeSpan(top);
    if (span <= (opts.coarsest ?? 8) || Math.min(top.w, top.h) < 4 * (2 * r + 1)) break;
    const next = downsample(top);
    if (geometry(next, r).sources.length === 0) break;
    levels.push(next);
  }
  onionFill(levels[levels.length - 1]!, r);
  let nnf: Int32Array | undefined;
  let prev: Level | undefined;
  let source: Int32Array = new Int32Array(0);
  for (let l = levels.length - 1; l >= 0; l--) {
    const lv = levels[l]!;
    if (prev) upsampleFill(prev, lv);
    const geo = geometry(lv, r);
    nnf = prev && nnf ? upsampleNnf(nnf, prev, lv, geo, rng) : randomNnf(lv, geo, rng);
    // The coarsest scale searches the whole picture; finer ones refine the match they inherit.
    const top = l === levels.length - 1;
    const rounds = top ? 8 : l === 0 ? 1 : 3;
    for (let it = 0; it < rounds; it++) {
      const cost = improve(lv, geo, nnf, r, rng, top && it === 0 ? 3 : l === 0 ? 2 : 1, it, top ? Infinity : 8);
      // Averaging votes settles structure; the finest picture copies from the best match so
      // the texture stays as sharp as the picture's own.
      if (l === 0 && it === rounds - 1) source = bestOf(lv, geo, nnf, cost, r);
      else vote(lv, geo, nnf, cost, r);
    }
    prev = lv;
  }
  return { rgb: levels[0]!.rgb, source };
}

/**
 * Fills the hole ring by ring from its edge: each pixel of a ring takes the centre of the
 * source patch that best matches the pixels already known around it (exhaustive search, so
 * only used at the coarsest scale, where the picture is small).
 */
function onionFill(lv: Level, r: number): void {
  const { w, h, rgb } = lv;
  const geo = geometry(lv, r);
  const known = Uint8Array.from(lv.hole, (v) => 1 - v);
  let left = 0;
  for (let p = 0; p < w * h; p++) if (!known[p]) left++;
  while (left > 0) {
    const front: number[] = [];
    for (let p = 0; p < w * h; p++) {
      if (known[p]) continue;
      const x = p % w,
        y = (p - x) / w;
      let touches = false;
      for (let dy = -1; dy <= 1 && !touches; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx,
            yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h && known[yy * w + xx]) {
            touches = true;
            break;
          }
        }
      if (touches) front.push(p);
    }
    if (front.length === 0) break; // no known pixel at all: leave the rest as it is
    for (const p of front) {
      const x = p % w,
        y = (p - x) / w;
      let best = -1,
        bestCost = Infinity;
      for (const q of geo.sources) {
        let d = 0,
          n = 0;
        for (let dy = -r; dy <= r; dy++) {
          const ty = y + dy;
          if (ty < 0 || ty >= h) continue;
          for (let dx = -r; dx <= r; dx++) {
            const tx = x + dx;
            if (tx < 0 || tx >= w || !known[ty * w + tx]) continue;
            const a = (ty * w + tx) * 3,
              b = (q + dy * w + dx) * 3;
            const e0 = rgb[a]! - rgb[b]!,
              e1 = rgb[a + 1]! - rgb[b + 1]!,
              e2 = rgb[a + 2]! - rgb[b + 2]!;
            d += e0 * e0 + e1 * e1 + e2 * e2;
            n++;
          }
        }
        if (n > 0 && d / n < bestCost) {
          bestCost = d / n;
          best = q;
        }
      }
      if (best >= 0) for (let j = 0; j < 3; j++) rgb[p * 3 + j] = rgb[best * 3 + j]!;
    }
    for (const p of front) known[p] = 1;
    left -= front.length;
  }
}

/** The larger side of the hole's bounding box. */
function holeSpan(lv: Level): number {
  let x0 = lv.w,
    y0 = lv.h,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < lv.h; y++)
    for (let x = 0; x < lv.w; x++) {
      if (!lv.hole[y * lv.w + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return x1 < 0 ? 0 : Math.max(x1 - x0 + 1, y1 - y0 + 1);
}

/** Half size: colours averaged over known children; a pixel is a hole if any child is. */
function downsample(lv: Level): Level {
  const w = Math.ceil(lv.w / 2),
    h = Math.ceil(lv.h / 2);
  const rgb = new Float32Array(w * h * 3);
  const hole = new Uint8Array(w * h);
  const n = new Float32Array(w * h);
  for (let y = 0; y < lv.h; y++)
    for (let x = 0; x < lv.w; x++) {
      const p = y * lv.w + x;
      const q = (y >> 1) * w + (x >> 1);
      if (lv.hole[p]) {
        hole[q] = 1;
        continue;
      }
      n[q]! += 1;
      for (let j = 0; j < 3; j++) rgb[q * 3 + j]! += lv.rgb[p * 3 + j]!;
    }
  for (let q = 0; q < w * h; q++) if (n[q]! > 0) for (let j = 0; j < 3; j++) rgb[q * 3 + j]! /= n[q]!;
  return { w, h, rgb, hole };
}

interface Geometry {
  /** 1 where a whole patch centred here lies inside the picture and outside the hole. */
  readonly valid: Uint8Array;
  /** Every valid centre, for random picks. */
  readonly sources: Int32Array;
  /** Centres of patches that touch the hole (the pixels that get a match), in scan order. */
  readonly targets: Int32Array;
  /** 1 for pixels in `targets`. */
  readonly isTarget: Uint8Array;
}

function geometry(lv: Level, r: number): Geometry {
  const { w, h, hole } = lv;
  // Summed-area table of the hole: a window holds a hole pixel iff its sum > 0.
  const sat = new Int32Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += hole[y * w + x]!;
      sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1]! + row;
    }
  }
  const holes = (x0: number, y0: number, x1: number, y1: number): number =>
    sat[(y1 + 1) * (w + 1) + x1 + 1]! - sat[y0 * (w + 1) + x1 + 1]! - sat[(y1 + 1) * (w + 1) + x0]! + sat[y0 * (w + 1) + x0]!;
  const valid = new Uint8Array(w * h);
  const isTarget = new Uint8Array(w * h);
  const sources: number[] = [];
  const targets: number[] = [];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const n = holes(Math.max(0, x - r), Math.max(0, y - r), Math.min(w - 1, x + r), Math.min(h - 1, y + r));
      if (n > 0) {
        isTarget[p] = 1;
        targets.push(p);
      } else if (x >= r && y >= r && x < w - r && y < h - r) {
        valid[p] = 1;
        sources.push(p);
      }
    }
  return { valid, sources: Int32Array.from(sources), targets: Int32Array.from(targets), isTarget };
}

/** Sum of squared differences between the patches at p and q, stopping once above `limit`. */
function patchDistance(lv: Level, p: number, q: number, r: number, limit: number): number {
  const { w, h, rgb } = lv;
  const px = p % w,
    py = (p - px) / w;
  let d = 0;
  if (px >= r && py >= r && px < w - r && py < h - r) {
    // Both patches wholly inside (sources always are): no bounds checks.
    const row = (w - 2 * r - 1) * 3;
    let a = (p - r * w - r) * 3,
      b = (q - r * w - r) * 3;
    for (let dy = -r; dy <= r; dy++, a += row, b += row) {
      for (let dx = -r; dx <= r; dx++, a += 3, b += 3) {
        const e0 = rgb[a]! - rgb[b]!,
          e1 = rgb[a + 1]! - rgb[b + 1]!,
          e2 = rgb[a + 2]! - rgb[b + 2]!;
        d += e0 * e0 + e1 * e1 + e2 * e2;
      }
      if (d > limit) return d;
    }
    return d;
  }
  const qx = q % w,
    qy = (q - qx) / w;
  for (let dy = -r; dy <= r; dy++) {
    const ty = py + dy;
    if (ty < 0 || ty >= h) continue;
    const sy = qy + dy;
    for (let dx = -r; dx <= r; dx++) {
      const tx = px + dx;
      if (tx < 0 || tx >= w) continue;
      const a = (ty * w + tx) * 3,
        b = (sy * w + qx + dx) * 3;
      const e0 = rgb[a]! - rgb[b]!,
        e1 = rgb[a + 1]! - rgb[b + 1]!,
        e2 = rgb[a + 2]! - rgb[b + 2]!;
      d += e0 * e0 + e1 * e1 + e2 * e2;
    }
    if (d > limit) return d;
  }
  return d;
}

function randomNnf(lv: Level, geo: Geometry, rng: Rng): Int32Array {
  const nnf = new Int32Array(lv.w * lv.h).fill(-1);
  for (const p of geo.targets) nnf[p] = geo.sources[Math.floor(rng.next() * geo.sources.length)]!;
  return nnf;
}

/** A coarse match (x, y) → (2x + x&1, 2y + y&1) at the finer scale, random where that is not a valid source. */
function upsampleNnf(coarse: Int32Array, cl: Level, lv: Level, geo: Geometry, rng: Rng): Int32Array {
  const nnf = new Int32Array(lv.w * lv.h).fill(-1);
  for (const p of geo.targets) {
    const x = p % lv.w,
      y = (p - x) / lv.w;
    const c = coarse[Math.min(cl.h - 1, y >> 1) * cl.w + Math.min(cl.w - 1, x >> 1)]!;
    let q = -1;
    if (c >= 0) {
      const cx = c % cl.w,
        cy = (c - cx) / cl.w;
      const sx = 2 * cx + (x & 1),
        sy = 2 * cy + (y & 1);
      if (sx < lv.w && sy < lv.h && geo.valid[sy * lv.w + sx]) q = sy * lv.w + sx;
    }
    nnf[p] = q >= 0 ? q : geo.sources[Math.floor(rng.next() * geo.sources.length)]!;
  }
  return nnf;
}

/** Hole pixels of the finer scale start from the coarser scale's fill (nearest parent). */
function upsampleFill(cl: Level, lv: Level): void {
  for (let y = 0; y < lv.h; y++)
    for (let x = 0; x < lv.w; x++) {
      const p = y * lv.w + x;
      if (!lv.hole[p]) continue;
      const q = Math.min(cl.h - 1, y >> 1) * cl.w + Math.min(cl.w - 1, x >> 1);
      for (let j = 0; j < 3; j++) lv.rgb[p * 3 + j] = cl.rgb[q * 3 + j]!;
    }
}

/** PatchMatch passes (propagation + random search) over every target; returns each match's cost. */
function improve(lv: Level, geo: Geometry, nnf: Int32Array, r: number, rng: Rng, passes: number, round: number, searchRadius: number): Float32Array {
  const { w, h } = lv;
  const cost = new Float32Array(w * h);
  for (const p of geo.targets) cost[p] = patchDistance(lv, p, nnf[p]!, r, Infinity);
  const maxR = Math.min(searchRadius, Math.max(w, h));
  const n = geo.targets.length;
  for (let pass = 0; pass < passes; pass++) {
    const backward = (pass + round) % 2 === 1;
    const step = backward ? -1 : 1;
    for (let k = backward ? n - 1 : 0; k >= 0 && k < n; k += step) {
      const p = geo.targets[k]!;
      const x = p % w,
        y = (p - x) / w;
      let best = nnf[p]!,
        bestCost = cost[p]!;
      // Propagation: the neighbour before us in scan order, its match shifted by one.
      const nx = x - step,
        ny = y - step;
      if (nx >= 0 && nx < w && geo.isTarget[y * w + nx]) {
        const q = nnf[y * w + nx]! + step;
        if (q >= 0 && q < w * h && geo.valid[q] && q !== best) {
          const d = patchDistance(lv, p, q, r, bestCost);
          if (d < bestCost) {
            best = q;
            bestCost = d;
          }
        }
      }
      if (ny >= 0 && ny < h && geo.isTarget[ny * w + x]) {
        const q = nnf[ny * w + x]! + step * w;
        if (q >= 0 && q < w * h && geo.valid[q] && q !== best) {
          const d = patchDistance(lv, p, q, r, bestCost);
          if (d < bestCost) {
            best = q;
            bestCost = d;
          }
        }
      }
      // Random search around the best match in windows halving from maxR.
      for (let R = maxR; R >= 1; R >>= 1) {
        const bx = best % w,
          by = (best - bx) / w;
        const sx = bx + Math.round((rng.next() * 2 - 1) * R),
          sy = by + Math.round((rng.next() * 2 - 1) * R);
        if (sx < 0 || sy < 0 || sx >= w || sy >= h) continue;
        const q = sy * w + sx;
        if (!geo.valid[q] || q === best) continue;
        const d = patchDistance(lv, p, q, r, bestCost);
        if (d < bestCost) {
          best = q;
          bestCost = d;
        }
      }
      nnf[p] = best;
      cost[p] = bestCost;
    }
  }
  return cost;
}

/**
 * Every hole pixel becomes the weighted mean of what the matches of the patches covering it
 * say it is (weight falls with the match's cost); written back into the level's hole.
 */
function vote(lv: Level, geo: Geometry, nnf: Int32Array, cost: Float32Array, r: number): void {
  const { w, h, rgb, hole } = lv;
  const area = (2 * r + 1) * (2 * r + 1);
  // A typical good match differs by ~0.06 per channel per pixel.
  const scale = 1 / (area * 3 * 0.06 * 0.06);
  const acc = new Float32Array(w * h * 3);
  const wsum = new Float32Array(w * h);
  for (const q of geo.targets) {
    const m = nnf[q]!;
    const wt = Math.exp(-cost[q]! * scale) + 1e-6;
    const qx = q % w,
      qy = (q - qx) / w,
      mx = m % w,
      my = (m - mx) / w;
    for (let dy = -r; dy <= r; dy++) {
      const ty = qy + dy;
      if (ty < 0 || ty >= h) continue;
      for (let dx = -r; dx <= r; dx++) {
        const tx = qx + dx;
        if (tx < 0 || tx >= w) continue;
        const t = ty * w + tx;
        const s = ((my + dy) * w + mx + dx) * 3;
        acc[t * 3]! += rgb[s]! * wt;
        acc[t * 3 + 1]! += rgb[s + 1]! * wt;
        acc[t * 3 + 2]! += rgb[s + 2]! * wt;
        wsum[t]! += wt;
      }
    }
  }
  for (let p = 0; p < w * h; p++) if (hole[p] && wsum[p]! > 0) for (let j = 0; j < 3; j++) rgb[p * 3 + j] = acc[p * 3 + j]! / wsum[p]!;
}

/**
 * Every hole pixel takes the colour its best covering patch's match gives it (the covering
 * patch with the lowest cost), so the texture stays as sharp as the picture's own. Returns
 * where each hole pixel's colour came from (−1 elsewhere).
 */
function bestOf(lv: Level, geo: Geometry, nnf: Int32Array, cost: Float32Array, r: number): Int32Array {
  const { w, h, rgb, hole } = lv;
  const source = new Int32Array(w * h).fill(-1);
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    const x = p % w,
      y = (p - x) / w;
    let best = -1,
      bestCost = Infinity;
    for (let dy = -r; dy <= r; dy++) {
      const qy = y + dy;
      if (qy < 0 || qy >= h) continue;
      for (let dx = -r; dx <= r; dx++) {
        const qx = x + dx;
        if (qx < 0 || qx >= w) continue;
        const q = qy * w + qx;
        if (geo.isTarget[q] && cost[q]! < bestCost) {
          bestCost = cost[q]!;
          best = q;
        }
      }
    }
    if (best >= 0) source[p] = nnf[best]! + (p - best);
  }
  for (let p = 0; p < w * h; p++) if (source[p]! >= 0) for (let j = 0; j < 3; j++) rgb[p * 3 + j] = rgb[source[p]! * 3 + j]!;
  return source;
}
