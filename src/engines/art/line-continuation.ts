/**
 * Lines that cross the edge of a refined area carry on through it. Dark, thin marks that reach
 * the hole's edge are found with their direction (principal axis of the dark pixels just
 * outside), thickness and colour; two ends that point at each other are joined by a smooth
 * cubic curve leaving each end along its own direction, and an end with no partner tapers off.
 */
import type { Col } from './color.ts';
import { Painter } from './painter.ts';
import type { Pt } from './painter.ts';
import { boxBlur } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';

/** Where a line meets the hole: position, unit direction into the hole, thickness and ink. */
export interface LineEnd {
  readonly at: Pt;
  readonly dir: Pt;
  readonly width: number;
  readonly colour: Col;
}

/** A stroke to paint: a polyline with one width, or tapering to nothing when `taper`. */
export interface LineStroke {
  readonly points: readonly Pt[];
  readonly width: number;
  readonly colour: Col;
  readonly taper: boolean;
}

const luma = (rgb: Float32Array, p: number): number => 0.299 * rgb[p * 3]! + 0.587 * rgb[p * 3 + 1]! + 0.114 * rgb[p * 3 + 2]!;

/**
 * Ends of dark lines at the hole's edge. `scale` is the picture's short side / 512 (sizes of
 * what counts as a line grow with it).
 */
export function lineEnds(rgb: Float32Array, hole: Uint8Array, width: number, height: number, scale: number): LineEnd[] {
  const n = width * height;
  const known = new Float32Array(n);
  const lum = new Float32Array(n);
  for (let p = 0; p < n; p++)
    if (!hole[p]) {
      known[p] = 1;
      lum[p] = luma(rgb, p);
    }
  // Local paper/background brightness: a blur over known pixels only (normalised).
  const rBg = Math.max(6, Math.round(10 * scale));
  const num = boxBlur(lum, width, height, 1, rBg, 2);
  const den = boxBlur(known, width, height, 1, rBg, 2);
  const dark = new Uint8Array(n);
  for (let p = 0; p < n; p++) if (known[p] && den[p]! > 1e-3 && num[p]! / den[p]! - lum[p]! > 0.12) dark[p] = 1;
  const maxWidth = Math.max(4, 12 * scale);
  const reach = Math.max(10, Math.round(22 * scale));
  const seen = new Uint8Array(n);
  const ends: LineEnd[] = [];
  // The band of known pixels within 2 px of the hole: a pencil line broken by the paper's
  // tooth still meets it.
  const band = new Uint8Array(n);
  for (let p = 0; p < n; p++)
    if (hole[p])
      forNeighbours(p, width, height, 2, (q) => {
        if (!hole[q]) band[q] = 1;
      });
  const onEdge = (p: number): boolean => band[p] === 1;
  for (let p0 = 0; p0 < n; p0++) {
    if (!dark[p0] || seen[p0] || !onEdge(p0)) continue;
    // The run of dark edge pixels this line makes where it meets the hole.
    const run: number[] = [p0];
    seen[p0] = 1;
    for (let i = 0; i < run.length; i++)
      forNeighbours(run[i]!, width, height, 2, (q) => {
        if (dark[q] && !seen[q] && onEdge(q)) {
          seen[q] = 1;
          run.push(q);
        }
      });
    if (run.length > 3 * maxWidth * 3) continue; // the edge of a dark area, not a line
    let ex = 0,
      ey = 0;
    for (const q of run) {
      ex += q % width;
      ey += Math.floor(q / width);
    }
    ex /= run.length;
    ey /= run.length;
    const end = describeEnd(rgb, dark, width, height, run, [ex, ey], reach, maxWidth);
    if (end) ends.push(end);
  }
  return ends;
}

/** Calls fn for every pixel within `r` (Chebyshev) of p, p itself excluded. */
function forNeighbours(p: number, width: number, height: number, r: number, fn: (q: number) => void): void {
  const x = p % width,
    y = (p - x) / width;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      if ((dx || dy) && x + dx >= 0 && x + dx < width && y + dy >= 0 && y + dy < height) fn(p + dy * width + dx);
    }
}

/** Direction, thickness and colour from the dark pixels connected to the run within `reach`. */
function describeEnd(
  rgb: Float32Array,
  dark: Uint8Array,
  width: number,
  height: number,
  run: number[],
  at: Pt,
  reach: number,
  maxWidth: number,
): LineEnd | undefined {
  const inReach = (q: number): boolean => ((q % width) - at[0]) ** 2 + (Math.floor(q / width) - at[1]) ** 2 <= reach * reach;
  const pix = [...run];
  const mark = new Set(run);
  // Gaps of a px or two (pencil on rough paper) do not stop the walk along the line.
  for (let i = 0; i < pix.length; i++)
    forNeighbours(pix[i]!, width, height, 2, (q) => {
      if (dark[q] && !mark.has(q) && inReach(q)) {
        mark.add(q);
        pix.push(q);
      }
    });
  if (pix.length < 6) return undefined;
  let mx = 0,
    my = 0;
  for (const q of pix) {
    mx += q % width;
    my += Math.floor(q / width);
  }
  mx /= pix.length;
  my /= pix.length;
  let sxx = 0,
    syy = 0,
    sxy = 0;
  for (const q of pix) {
    const dx = (q % width) - mx,
      dy = Math.floor(q / width) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // Principal axis of the 2×2 covariance.
  const tr = sxx + syy,
    det = sxx * syy - sxy * sxy;
  const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
  const l1 = tr / 2 + disc,
    l2 = tr / 2 - disc;
  if (l1 < 4 * Math.max(l2, 1e-6)) return undefined; // a blob, not a line
  let ux = sxy,
    uy = l1 - sxx;
  if (Math.abs(ux) + Math.abs(uy) < 1e-9) [ux, uy] = sxx >= syy ? [1, 0] : [0, 1];
  const len = Math.hypot(ux, uy);
  ux /= len;
  uy /= len;
  // Point it from the line's body outside toward the hole.
  const ox = at[0] - mx,
    oy = at[1] - my;
  if (Math.hypot(ox, oy) < 2) return undefined;
  if (ox * ux + oy * uy < 0) {
    ux = -ux;
    uy = -uy;
  }
  let lo = Infinity,
    hi = -Infinity;
  for (const q of pix) {
    const t = ((q % width) - mx) * ux + (Math.floor(q / width) - my) * uy;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const thickness = pix.length / Math.max(1, hi - lo + 1);
  if (thickness > maxWidth || hi - lo < reach * 0.5) return undefined;
  // The ink: the darker half of the line's pixels (the rest are its anti-aliased edges).
  const lum = (q: number): number => 0.299 * rgb[q * 3]! + 0.587 * rgb[q * 3 + 1]! + 0.114 * rgb[q * 3 + 2]!;
  const core = [...pix].sort((a, b) => lum(a) - lum(b) || a - b).slice(0, Math.max(1, pix.length >> 1));
  const col: [number, number, number] = [0, 0, 0];
  for (const q of core) for (let j = 0; j < 3; j++) col[j]! += rgb[q * 3 + j]! / core.length;
  return { at, dir: [ux, uy], width: Math.max(1, thickness), colour: col };
}

/**
 * Pairs ends that face each other (each end's direction within 40° of the line to the other,
 * similar thickness) into cubic curves, best first: a pair scores by how far each end turns
 * from the chord, how far the two turns are from one circular arc (good continuation), and
 * the chord's length relative to `span`. The other ends taper off over a short length.
 */
export function lineStrokes(ends: readonly LineEnd[], maxTaper: number, span: number): LineStroke[] {
  const pairs: { i: number; j: number; score: number }[] = [];
  const cosMax = Math.cos((40 * Math.PI) / 180);
  for (let i = 0; i < ends.length; i++)
    for (let j = i + 1; j < ends.length; j++) {
      const a = ends[i]!,
        b = ends[j]!;
      const vx = b.at[0] - a.at[0],
        vy = b.at[1] - a.at[1];
      const d = Math.hypot(vx, vy);
      if (d < 2) continue;
      const ux = vx / d,
        uy = vy / d;
      const ca = a.dir[0] * ux + a.dir[1] * uy,
        cb = -(b.dir[0] * ux + b.dir[1] * uy);
      const ratio = Math.max(a.width, b.width) / Math.min(a.width, b.width);
      if (ca < cosMax || cb < cosMax || ratio > 2.5) continue;
      // Turn from the chord at the start, and at the end along the way of travel (−b.dir):
      // on a circular arc they are equal and opposite.
      const sa = ux * a.dir[1] - uy * a.dir[0],
        sb = -(ux * b.dir[1] - uy * b.dir[0]);
      pairs.push({ i, j, score: 2 - ca - cb + Math.abs(sa + sb) + 0.5 * (d / span) + 0.2 * Math.log(ratio) });
    }
  pairs.sort((p, q) => p.score - q.score || p.i - q.i || p.j - q.j);
  const used = new Uint8Array(ends.length);
  const strokes: LineStroke[] = [];
  for (const { i, j } of pairs) {
    if (used[i] || used[j]) continue;
    used[i] = used[j] = 1;
    const a = ends[i]!,
      b = ends[j]!;
    const d = Math.hypot(b.at[0] - a.at[0], b.at[1] - a.at[1]);
    const c1: Pt = [a.at[0] + (a.dir[0] * d) / 3, a.at[1] + (a.dir[1] * d) / 3];
    const c2: Pt = [b.at[0] + (b.dir[0] * d) / 3, b.at[1] + (b.dir[1] * d) / 3];
    // Start a little outside so the new stroke overlaps the old one's end.
    const a0: Pt = [a.at[0] - a.dir[0] * 2, a.at[1] - a.dir[1] * 2];
    const b0: Pt = [b.at[0] - b.dir[0] * 2, b.at[1] - b.dir[1] * 2];
    const steps = Math.max(8, Math.ceil(d / 3));
    const points: Pt[] = [a0];
    for (let s = 0; s <= steps; s++) points.push(cubic(a.at, c1, c2, b.at, s / steps));
    points.push(b0);
    const colour: Col = [(a.colour[0] + b.colour[0]) / 2, (a.colour[1] + b.colour[1]) / 2, (a.colour[2] + b.colour[2]) / 2];
    strokes.push({ points, width: (a.width + b.width) / 2, colour, taper: false });
  }
  ends.forEach((e, i) => {
    if (used[i]) return;
    const len = Math.min(maxTaper, 4 * e.width + 8);
    const points: Pt[] = [];
    for (let s = -2; s <= len; s += 2) points.push([e.at[0] + e.dir[0] * s, e.at[1] + e.dir[1] * s]);
    strokes.push({ points, width: e.width, colour: e.colour, taper: true });
  });
  return strokes;
}

function cubic(a: Pt, b: Pt, c: Pt, d: Pt, t: number): Pt {
  const u = 1 - t;
  const k0 = u * u * u,
    k1 = 3 * u * u * t,
    k2 = 3 * u * t * t,
    k3 = t * t * t;
  return [k0 * a[0] + k1 * b[0] + k2 * c[0] + k3 * d[0], k0 * a[1] + k1 * b[1] + k2 * c[1] + k3 * d[1]];
}

/** Paints the strokes on the canvas (optionally limited to `clip`, 0..1 per pixel). */
export function paintLineStrokes(c: Canvas, strokes: readonly LineStroke[], clip?: Float32Array): void {
  const p = new Painter(c, clip);
  for (const s of strokes) {
    if (!s.taper) {
      p.polyline(s.points, s.width, s.colour);
      continue;
    }
    const last = s.points.length - 1;
    for (let i = 1; i <= last; i++) {
      const t = i / last;
      p.line(s.points[i - 1]!, s.points[i]!, s.width * (1 - 0.8 * t), s.colour, 1 - t * t);
    }
  }
}
