/**
 * Scene grammar: where each named thing and figure goes and how large it is.
 *
 * - Depth layers: the first thing named is the subject (near, large, on a thirds line); the
 *   next ones stand in the middle ground, the rest further back. Size falls with distance
 *   (scale = 0.4 + 0.6·depth) and the sky's haze rises (paint-thing.ts).
 * - Ground contact: a thing's base sits on the ground at its depth (horizon … bottom edge).
 * - Sky things (birds, planes, weather) go in the upper band; boats and sea creatures on water.
 * - Rule of thirds: the subject on x = 1/3 or 2/3 (the seed chooses), others on the remaining
 *   thirds/sixths, never on top of each other, and away from the client's own lines.
 * - One light: the seed picks its side and height; every thing is shaded and casts its shadow
 *   from it, and a named sun or moon is put on that side.
 */
import type { Rng } from '../core/index.ts';
import type { Pose } from './shapes/thing-words.ts';
import { shapeAt } from './shapes/shape-library.ts';
import type { WordUse } from './scene-words.ts';
import { poseHeight, poseWidth } from './figures.ts';

/** A box in canvas pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export type Layer = 'sky' | 'far' | 'middle' | 'near' | 'water';

/** One thing placed by the grammar. */
export interface Placement {
  /** The word that asked for it. */
  readonly word: string;
  readonly kind: 'thing' | 'figure';
  /** Library index (things) or the pose (figures). */
  readonly shape?: number;
  readonly pose?: Pose;
  readonly child?: boolean;
  readonly hair?: 'long' | 'short';
  /** A colour the words give it ("a red bird"), 0..1. */
  readonly colour?: readonly [number, number, number];
  /** Where its base stands (x centre, y bottom) and how tall it is, px. */
  readonly cx: number;
  readonly bottom: number;
  readonly height: number;
  /** 0 at the horizon … 1 at the front edge (sky things: 0.3). */
  readonly depth: number;
  readonly layer: Layer;
  readonly mirror: boolean;
  /** The box it was planned into (for the report and the tests). */
  readonly box: Box;
}

export interface PlanInput {
  readonly uses: readonly WordUse[];
  readonly pose: Pose;
  readonly width: number;
  readonly height: number;
  /** y of the horizon, px. */
  readonly horizon: number;
  /** True when water is in the picture (sea, lake): water things float on it. */
  readonly water: boolean;
  /** The client's line coverage at the output size, if any (things keep off the lines). */
  readonly lines?: Float32Array;
  /** The client's drawing on a grid (drawnCells): things go only where none of it is. Default: from `lines`. */
  readonly cells?: DrawnCells;
  /** The sketch already shows people: person words are drawn by the client's own figures. */
  readonly sketchHasFigures?: boolean;
  readonly rng: Rng;
  /** Words whose thing found no free space off the client's drawing (filled in by planScene). */
  readonly noRoom?: string[];
}

/** Cells (side `cell` px) holding the client's ink or the inside of a drawn shape, grown by one cell, as a summed-area table. */
export interface DrawnCells {
  readonly cell: number;
  readonly gw: number;
  readonly gh: number;
  /** (gw+1)×(gh+1) summed-area table of occupied cells. */
  readonly sum: Int32Array;
}

/** The client's drawing on a coarse grid (ink > 0.2, or inside an enclosed shape), one cell of margin round it. */
export function drawnCells(
  lines: Float32Array,
  W: number,
  H: number,
  drawn?: { readonly labels: Int32Array; readonly enclosed: readonly { readonly label: number }[] },
  groundProfile?: Float32Array,
): DrawnCells {
  const cell = Math.max(2, Math.round(Math.min(W, H) / 96));
  const gw = Math.ceil(W / cell);
  const gh = Math.ceil(H / cell);
  const occ = new Uint8Array(gw * gh);
  let inside: Uint8Array | undefined;
  if (drawn && drawn.enclosed.length) {
    let max = 0;
    for (const r of drawn.enclosed) max = Math.max(max, r.label);
    inside = new Uint8Array(max + 1);
    for (const r of drawn.enclosed) inside[r.label] = 1;
  }
  const band = cell * 1.5;
  const cellX = new Int32Array(W);
  for (let x = 0; x < W; x++) cellX[x] = (x / cell) | 0;
  const labels = drawn?.labels;
  for (let y = 0; y < H; y++) {
    const row = y * W;
    const gy = ((y / cell) | 0) * gw;
    for (let x = 0; x < W; x++) {
      const g = gy + cellX[x]!;
      if (occ[g] === 1) continue;
      const p = row + x;
      let on = lines[p]! > 0.2;
      // The drawn ground line is where things stand, not a drawn object they would cover.
      if (on && groundProfile && Math.abs(y - groundProfile[x]!) <= band) on = false;
      if (!on && inside) {
        const l = labels![p]!;
        on = l > 0 && l < inside.length && inside[l] === 1;
      }
      if (on) occ[g] = 1;
    }
  }
  // Gaps between strokes of one drawn object (a spiral's turns, hatching) are the object too: a
  // closing of four cells (dilate, then erode) fills them without growing the drawing's outline.
  const closed = erode(dilate(occ, gw, gh, 4), gw, gh, 4);
  for (let i = 0; i < occ.length; i++) closed[i] = closed[i]! | occ[i]!;
  // One cell of margin, so a thing does not touch the drawing either.
  const grown = new Uint8Array(gw * gh);
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      if (!closed[gy * gw + gx]) continue;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = gy + dy;
          const xx = gx + dx;
          if (yy >= 0 && yy < gh && xx >= 0 && xx < gw) grown[yy * gw + xx] = 1;
        }
    }
  const sum = new Int32Array((gw + 1) * (gh + 1));
  for (let gy = 0; gy < gh; gy++) {
    let run = 0;
    for (let gx = 0; gx < gw; gx++) {
      run += grown[gy * gw + gx]!;
      sum[(gy + 1) * (gw + 1) + gx + 1] = sum[gy * (gw + 1) + gx + 1]! + run;
    }
  }
  return { cell, gw, gh, sum };
}

/** Max (dilate) or min (erode) over a (2r+1)² square of a 0/1 grid; outside the grid counts as 0. */
function squareFilter(src: Uint8Array, gw: number, gh: number, r: number, max: boolean): Uint8Array {
  const tmp = new Uint8Array(gw * gh);
  const out = new Uint8Array(gw * gh);
  const pick = (a: number, b: number): number => (max ? a | b : a & b);
  for (let y = 0; y < gh; y++)
    for (let x = 0; x < gw; x++) {
      let v = max ? 0 : 1;
      for (let d = -r; d <= r; d++) {
        const xx = x + d;
        v = pick(v, xx >= 0 && xx < gw ? src[y * gw + xx]! : 0);
      }
      tmp[y * gw + x] = v;
    }
  for (let y = 0; y < gh; y++)
    for (let x = 0; x < gw; x++) {
      let v = max ? 0 : 1;
      for (let d = -r; d <= r; d++) {
        const yy = y + d;
        v = pick(v, yy >= 0 && yy < gh ? tmp[yy * gw + x]! : 0);
      }
      out[y * gw + x] = v;
    }
  return out;
}
const dilate = (g: Uint8Array, gw: number, gh: number, r: number): Uint8Array => squareFilter(g, gw, gh, r, true);
const erode = (g: Uint8Array, gw: number, gh: number, r: number): Uint8Array => squareFilter(g, gw, gh, r, false);

/**
 * 1 where the picture is free of the client's drawing, 0 on it (and a cell round it), soft between:
 * the clip for scene motifs (a sun, a spiral) so they never paint over the drawing.
 */
export function freeMask(d: DrawnCells, W: number, H: number): Float32Array {
  const out = new Float32Array(W * H);
  const W1 = d.gw + 1;
  // The grown occupancy per cell, padded by one cell each side (clamped), then bilinear per pixel.
  const pw = d.gw + 2;
  const occ = new Float32Array(pw * (d.gh + 2));
  for (let gy = -1; gy <= d.gh; gy++)
    for (let gx = -1; gx <= d.gw; gx++) {
      const x = gx < 0 ? 0 : gx >= d.gw ? d.gw - 1 : gx;
      const y = gy < 0 ? 0 : gy >= d.gh ? d.gh - 1 : gy;
      occ[(gy + 1) * pw + gx + 1] = d.sum[(y + 1) * W1 + x + 1]! - d.sum[y * W1 + x + 1]! - d.sum[(y + 1) * W1 + x]! + d.sum[y * W1 + x]!;
    }
  const inv = 1 / d.cell;
  const gxs = new Int32Array(W);
  const txs = new Float32Array(W);
  for (let x = 0; x < W; x++) {
    const fx = (x + 0.5) * inv - 0.5;
    const gx = Math.floor(fx);
    gxs[x] = gx + 1;
    txs[x] = fx - gx;
  }
  for (let y = 0; y < H; y++) {
    const fy = (y + 0.5) * inv - 0.5;
    const gy = Math.floor(fy);
    const ty = fy - gy;
    const r0 = (gy + 1) * pw;
    const r1 = r0 + pw;
    const row = y * W;
    for (let x = 0; x < W; x++) {
      const g = gxs[x]!;
      const tx = txs[x]!;
      const a = occ[r0 + g]! + (occ[r0 + g + 1]! - occ[r0 + g]!) * tx;
      const b = occ[r1 + g]! + (occ[r1 + g + 1]! - occ[r1 + g]!) * tx;
      out[row + x] = 1 - (a + (b - a) * ty);
    }
  }
  return out;
}

/** Occupied cells under a box (px). */
export function drawnUnder(d: DrawnCells, b: Box): number {
  const x0 = Math.max(0, Math.floor(b.x / d.cell));
  const y0 = Math.max(0, Math.floor(b.y / d.cell));
  const x1 = Math.min(d.gw, Math.ceil((b.x + b.w) / d.cell));
  const y1 = Math.min(d.gh, Math.ceil((b.y + b.h) / d.cell));
  if (x1 <= x0 || y1 <= y0) return 0;
  const W1 = d.gw + 1;
  return d.sum[y1 * W1 + x1]! - d.sum[y0 * W1 + x1]! - d.sum[y1 * W1 + x0]! + d.sum[y0 * W1 + x0]!;
}

/** Places every thing and figure the words ask for (see the header). Back to front. */
export function planScene(inp: PlanInput): Placement[] {
  const { width: W, height: H, horizon, rng } = inp;
  const groundH = H - horizon;
  const flip = rng.next() < 0.5;
  const slotsX = flip ? [2 / 3, 1 / 3, 0.5, 5 / 6, 1 / 6, 0.42, 0.58, 0.25, 0.75] : [1 / 3, 2 / 3, 0.5, 1 / 6, 5 / 6, 0.58, 0.42, 0.75, 0.25];
  const items: { use: WordUse; shape?: number; n: number }[] = [];
  for (const u of inp.uses) {
    if (u.as === 'thing') {
      // Several shapes for one word are a group (festival → tent, flags, balloons).
      u.shapes.forEach((s, k) => items.push({ use: u, shape: s, n: k === 0 ? u.count : 1 }));
    } else if (u.as === 'figure' && !inp.sketchHasFigures) items.push({ use: u, n: inp.pose === 'embracing' ? 1 : Math.min(3, u.count) });
  }
  const hasBig = items.some((it) => it.shape !== undefined && shapeAt(it.shape).place === 'G');
  const hasFigure = items.some((it) => it.use.as === 'figure');
  const placed: Placement[] = [];
  const cells = inp.cells ?? (inp.lines ? drawnCells(inp.lines, W, H) : undefined);
  let slot = 0;
  let groundRank = 0;
  const overlap = (b: Box): number => {
    let o = 0;
    for (const p of placed) {
      const ix = Math.max(0, Math.min(b.x + b.w, p.box.x + p.box.w) - Math.max(b.x, p.box.x));
      const iy = Math.max(0, Math.min(b.y + b.h, p.box.y + p.box.h) - Math.max(b.y, p.box.y));
      o += (ix * iy) / Math.max(1, Math.min(b.w * b.h, p.box.w * p.box.h));
    }
    return o;
  };
  const ink = (b: Box): number => {
    const L = inp.lines;
    if (!L) return 0;
    let s = 0;
    let n = 0;
    const step = Math.max(2, Math.floor(Math.min(b.w, b.h) / 12));
    for (let y = Math.max(0, Math.floor(b.y)); y < Math.min(H, b.y + b.h); y += step)
      for (let x = Math.max(0, Math.floor(b.x)); x < Math.min(W, b.x + b.w); x += step) {
        s += L[y * W + x]!;
        n++;
      }
    return n ? s / n : 0;
  };
  /** The nearest place at this size (then smaller) whose box holds none of the drawing, or undefined. */
  const freeSpot = (d: DrawnCells, cx0: number, bottom0: number, h0: number, w0: number, band: 'sky' | 'water' | 'ground') => {
    const minH = Math.max(10, 0.06 * Math.min(W, H));
    const step = d.cell;
    for (const scale of [1, 0.8, 0.64, 0.5, 0.4, 0.32, 0.25]) {
      const h = h0 * scale;
      const w = w0 * scale;
      if (h < minH && scale < 1) break;
      // Bottoms: sky things above the horizon, ground things from the horizon down, water from the horizon.
      const bLo = band === 'sky' ? h + 2 : Math.max(h + 2, horizon + (band === 'water' ? h * 0.2 : 2));
      const bHi = band === 'sky' ? Math.max(h + 2, horizon - 2) : H - 2;
      if (bHi < bLo) continue;
      let bestSpot: { cx: number; bottom: number; scale: number } | undefined;
      let bestCost = Infinity;
      for (let bottom = bLo; bottom <= bHi; bottom += step)
        for (let x = w / 2 + 2; x <= W - w / 2 - 2; x += step) {
          const box = { x: x - w / 2, y: bottom - h, w, h };
          if (drawnUnder(d, box) > 0) continue;
          const cost = Math.hypot((x - cx0) / W, (bottom - bottom0 + (h0 - h) * 0.5) / H) + overlap(box) * 2;
          if (cost < bestCost) [bestCost, bestSpot] = [cost, { cx: x, bottom, scale }];
        }
      if (bestSpot && bestCost < 2) return bestSpot;
    }
    return undefined;
  };
  for (const it of items) {
    for (let copy = 0; copy < it.n; copy++) {
      const u = it.use;
      const place = u.as === 'thing' && u.place ? u.place : it.shape !== undefined ? shapeAt(it.shape).place : 'g';
      const sky = place === 's';
      const onWater = place === 'w' && inp.water;
      let depth: number;
      let layer: Layer;
      if (sky) {
        depth = 0.3;
        layer = 'sky';
      } else if (onWater) {
        depth = rng.range(0.2, 0.5);
        layer = 'water';
      } else {
        const rank = groundRank++;
        depth = rank === 0 ? rng.range(0.62, 0.85) : rank === 1 ? rng.range(0.38, 0.6) : rng.range(0.15, 0.45);
        layer = depth > 0.6 ? 'near' : depth > 0.33 ? 'middle' : 'far';
      }
      const scale = 0.4 + 0.6 * depth;
      let hFrac: number;
      let wFrac: number;
      if (u.as === 'figure') {
        hFrac = 0.62 * scale * poseHeight(inp.pose);
        wFrac = poseWidth(inp.pose) / poseHeight(inp.pose);
      } else {
        const sh = shapeAt(it.shape!);
        wFrac = (sh.bounds.x1 - sh.bounds.x0) / Math.max(0.5, sh.bounds.y1 - sh.bounds.y0);
        hFrac = sky ? 0.13 : onWater ? 0.2 * scale : place === 'G' ? 0.5 * scale : !hasBig && !hasFigure && placed.length === 0 ? 0.46 : 0.3 * scale;
        if (copy > 0) hFrac *= rng.range(0.7, 0.9);
      }
      let hPx = hFrac * H;
      if (hPx * wFrac > 0.45 * W) hPx = (0.45 * W) / wFrac;
      const wPx = hPx * wFrac;
      // Try the next free thirds slots; keep the one with least overlap and least of the client's ink.
      let best: { cx: number; cost: number; bottom: number } | undefined;
      for (let t = 0; t < 5; t++) {
        const sx = slotsX[(slot + t) % slotsX.length]! + rng.range(-0.035, 0.035);
        const cx = Math.min(W - wPx / 2 - 2, Math.max(wPx / 2 + 2, sx * W));
        const bottom = sky
          ? rng.range(0.1, 0.3) * horizon + hPx
          : Math.min(H - 2, horizon + groundH * depth + (copy > 0 ? rng.range(-0.04, 0.04) * groundH : 0));
        const box = { x: cx - wPx / 2, y: bottom - hPx, w: wPx, h: hPx };
        const cost = overlap(box) * 2 + ink(box) * 3 + t * 0.05;
        if (!best || cost < best.cost) best = { cx, cost, bottom };
      }
      slot++;
      let { cx, bottom } = best!;
      if (cells) {
        // Never over the client's drawing: the nearest free place at this size, else smaller, else none.
        const spot = freeSpot(cells, cx, bottom, hPx, wPx, sky ? 'sky' : onWater ? 'water' : 'ground');
        if (!spot) {
          if (!inp.noRoom?.includes(u.word)) inp.noRoom?.push(u.word);
          continue;
        }
        ({ cx, bottom } = spot);
        hPx *= spot.scale;
      }
      const wPx2 = hPx * wFrac;
      placed.push({
        word: u.word,
        kind: u.as === 'figure' ? 'figure' : 'thing',
        shape: it.shape,
        pose: u.as === 'figure' ? inp.pose : undefined,
        child: u.as === 'figure' ? u.child : undefined,
        hair: u.as === 'figure' ? u.hair : undefined,
        colour: u.as === 'thing' && u.colour ? [u.colour.rgb[0] / 255, u.colour.rgb[1] / 255, u.colour.rgb[2] / 255] : undefined,
        cx,
        bottom,
        height: hPx,
        depth,
        layer,
        mirror: rng.next() < 0.3 && u.as !== 'figure',
        box: { x: Math.round(cx - wPx2 / 2), y: Math.round(bottom - hPx), w: Math.round(wPx2), h: Math.round(hPx) },
      });
    }
  }
  // Paint back to front: sky, then the ground from the horizon forward.
  return placed.sort((a, b) => (a.layer === 'sky' ? -1 : 0) - (b.layer === 'sky' ? -1 : 0) || a.bottom - b.bottom);
}
