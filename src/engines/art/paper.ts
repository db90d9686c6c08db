/**
 * A photo of paper art → the paper alone, straightened (what a scanning app does with a sheet
 * photographed on a table):
 *
 * 1. find the sheet on a small copy: bright, low-saturation pixels (Otsu on lightness less
 *    colourfulness), closed so the drawing's lines do not cut it, the largest connected region,
 *    its convex hull reduced to the four corners that keep the most area;
 * 2. refine each side on the full photo: along the side, the strongest bright-to-dark step across
 *    it, a robust straight-line fit, corners where the lines meet;
 * 3. refuse when unsure: a region under 25 % of the photo, a side on the photo's border (the
 *    sheet runs out of the frame, or the photo is all paper), a side without a clear step, a
 *    quadrilateral that is not convex or whose angles are far from square;
 * 4. the sheet's aspect from the longer of each pair of opposite sides (the nearer side is the
 *    least foreshortened), snapped to A-series, letter, 4:3, 3:2 or square when within 2.5 %;
 * 5. a homography from the output rectangle to the corners, sampled bilinearly, a little inside
 *    the sheet's edge so no table is left, then the paper's uneven light divided out.
 *
 * Pure and deterministic: no Node or DOM imports.
 */
import type { RgbaImage } from '../core/index.ts';
import { backgroundLevel } from './background-level.ts';
import { largestBrightRegion, otsu } from './raster-ops.ts';

/** A point in photo pixels (x right, y down). */
export type Pt = readonly [number, number];
/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Pt, Pt, Pt, Pt];

/** Why no sheet was taken from a photo. */
export type PaperMiss = 'no-sheet' | 'too-small' | 'fills-photo' | 'weak-edges' | 'not-a-rectangle';

export type PaperResult =
  | {
      readonly found: true;
      /** The sheet's corners in the photo (px). */
      readonly corners: Quad;
      /** 0..1: how clearly the four sides stand out (the weakest side). */
      readonly confidence: number;
      /** width / height of the sheet itself. */
      readonly aspect: number;
      /** The standard shape the aspect was snapped to, if any. */
      readonly format: string | null;
    }
  | { readonly found: false; readonly reason: PaperMiss; readonly confidence: number };

export interface StraightenOptions {
  /** Longest side of the straightened sheet (px, default 2048). */
  readonly maxSide?: number;
  /** Largest straightened sheet (pixels, default 4 194 304). */
  readonly maxPixels?: number;
}

export interface Straightened {
  readonly image: RgbaImage;
  /** The photo's area the image shows (the sheet less a thin edge), in photo px. */
  readonly corners: Quad;
  readonly paper: PaperResult & { found: true };
}

// ---- small geometry ------------------------------------------------------------------------------

/** The 3×3 projective map (row-major, h[8] = 1) taking the four `src` points to the four `dst` points. */
export function homography(src: Quad, dst: Quad): Float64Array {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const pivot = a[c]![c]!;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const h = new Float64Array(9);
  for (let i = 0; i < 8; i++) h[i] = a[i]![8]! / a[i]![i]!;
  h[8] = 1;
  return h;
}

/** A point through a homography. */
export function mapPoint(h: Float64Array, x: number, y: number): Pt {
  const d = h[6]! * x + h[7]! * y + h[8]!;
  return [(h[0]! * x + h[1]! * y + h[2]!) / d, (h[3]! * x + h[4]! * y + h[5]!) / d];
}

const cross = (o: Pt, a: Pt, b: Pt): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const dist = (a: Pt, b: Pt): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Convex hull (monotone chain), counter-clockwise in y-down pixels = clockwise on screen. */
function hull(points: Pt[]): Pt[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const lower: Pt[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Pt[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** A convex polygon reduced to four vertices, each time dropping the one whose loss costs least area. */
function fourCorners(poly: Pt[]): Pt[] {
  const v = [...poly];
  while (v.length > 4) {
    let best = 0;
    let bestArea = Infinity;
    for (let i = 0; i < v.length; i++) {
      const area = Math.abs(cross(v[(i + v.length - 1) % v.length]!, v[i]!, v[(i + 1) % v.length]!));
      if (area < bestArea) [bestArea, best] = [area, i];
    }
    v.splice(best, 1);
  }
  return v;
}

/** Four points put in order top-left, top-right, bottom-right, bottom-left (clockwise on screen). */
function ordered(pts: readonly Pt[]): Quad {
  const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const byAngle = [...pts].sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
  // Start at the corner nearest the top-left (smallest x + y), then clockwise on screen.
  let start = 0;
  byAngle.forEach((p, i) => {
    if (p[0] + p[1] < byAngle[start]![0] + byAngle[start]![1]) start = i;
  });
  const q = [0, 1, 2, 3].map((k) => byAngle[(start + k) % 4]!);
  return [q[0]!, q[1]!, q[2]!, q[3]!];
}

function polygonArea(q: readonly Pt[]): number {
  let a = 0;
  for (let i = 0; i < q.length; i++) {
    const p = q[i]!;
    const r = q[(i + 1) % q.length]!;
    a += p[0] * r[1] - r[0] * p[1];
  }
  return Math.abs(a) / 2;
}

// ---- finding the sheet ---------------------------------------------------------------------------

/** Lightness (0..1) of every pixel (transparent = white paper). */
function luminance(image: RgbaImage): Float32Array {
  const n = image.width * image.height;
  const d = image.data;
  const out = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const a = d[p * 4 + 3]! / 255;
    out[p] = 1 - a + (a * (0.299 * d[p * 4]! + 0.587 * d[p * 4 + 1]! + 0.114 * d[p * 4 + 2]!)) / 255;
  }
  return out;
}

/** "Paper-like" score on a small copy (mean of each block): lightness less colourfulness. */
function paperScore(image: RgbaImage, step: number): { score: Float32Array; w: number; h: number } {
  const w = Math.floor(image.width / step);
  const h = Math.floor(image.height / step);
  const score = new Float32Array(w * h);
  const d = image.data;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let yy = y * step; yy < (y + 1) * step; yy++)
        for (let xx = x * step; xx < (x + 1) * step; xx++) {
          const i = (yy * image.width + xx) * 4;
          const a = d[i + 3]! / 255;
          r += 255 * (1 - a) + a * d[i]!;
          g += 255 * (1 - a) + a * d[i + 1]!;
          b += 255 * (1 - a) + a * d[i + 2]!;
        }
      const k = 1 / (255 * step * step);
      r *= k;
      g *= k;
      b *= k;
      const lum = 0.299 * r + 0.587 * g + 0.114 * b;
      score[y * w + x] = lum - 0.8 * (Math.max(r, g, b) - Math.min(r, g, b));
    }
  return { score, w, h };
}

/** The largest bright region's outline points on the small copy (row ends), and its area. */
function brightRegion(score: Float32Array, w: number, h: number): { points: Pt[]; area: number } | undefined {
  const r = Math.max(1, Math.round(Math.min(w, h) * 0.01));
  const { comp, id: bestId } = largestBrightRegion(score, otsu(score), w, h, r);
  if (bestId < 0) return undefined;
  const points: Pt[] = [];
  let area = 0;
  for (let y = 0; y < h; y++) {
    let x0 = -1;
    let x1 = -1;
    for (let x = 0; x < w; x++)
      if (comp[y * w + x] === bestId) {
        if (x0 < 0) x0 = x;
        x1 = x;
      }
    if (x0 < 0) continue;
    area += x1 - x0 + 1;
    points.push([x0, y], [x1 + 1, y], [x0, y + 1], [x1 + 1, y + 1]);
  }
  return { points, area };
}

/** Bilinear sample of a plane (clamped to its edge). */
function sample(v: Float32Array, w: number, h: number, x: number, y: number): number {
  const fx = Math.min(w - 1.001, Math.max(0, x - 0.5));
  const fy = Math.min(h - 1.001, Math.max(0, y - 0.5));
  const x0 = fx | 0;
  const y0 = fy | 0;
  const tx = fx - x0;
  const ty = fy - y0;
  const p = y0 * w + x0;
  const top = v[p]! + (v[p + 1]! - v[p]!) * tx;
  const bot = v[p + w]! + (v[p + w + 1]! - v[p + w]!) * tx;
  return top + (bot - top) * ty;
}

/** A line n·p = c with unit normal n pointing out of the sheet. */
interface Line {
  readonly nx: number;
  readonly ny: number;
  readonly c: number;
}

/**
 * One side refined on the full photo: at points along the rough side, the strongest drop in
 * lightness going outwards (paper → table), then a straight line through them with the stray
 * ones (a pencil line reaching the edge) dropped. Also the median height of the step.
 */
function refineSide(lum: Float32Array, w: number, h: number, a: Pt, b: Pt, reach: number): { line: Line; step: number; support: number } | undefined {
  const len = dist(a, b);
  // Outward normal: the quad is clockwise on screen (y down), so outward is (dy, -dx)/len.
  const nx = (b[1] - a[1]) / len;
  const ny = -(b[0] - a[0]) / len;
  const pts: Pt[] = [];
  const steps: number[] = [];
  const samples = 48;
  for (let i = 0; i < samples; i++) {
    const t = 0.08 + (0.84 * (i + 0.5)) / samples;
    const px = a[0] + (b[0] - a[0]) * t;
    const py = a[1] + (b[1] - a[1]) * t;
    let best = 0;
    let bestS = 0;
    for (let s = -reach; s <= reach; s += reach > 8 ? 1 : 0.5) {
      // Means over a few px each side: a thin pencil line near the edge is no step.
      let drop = 0;
      for (const o of [1.5, 3, 5]) drop += sample(lum, w, h, px + nx * (s - o), py + ny * (s - o)) - sample(lum, w, h, px + nx * (s + o), py + ny * (s + o));
      drop /= 3;
      if (drop > best) [best, bestS] = [drop, s];
    }
    steps.push(best);
    if (best > 0.06) pts.push([px + nx * bestS, py + ny * bestS]);
  }
  steps.sort((x, y) => x - y);
  const step = steps[steps.length >> 1]!;
  if (pts.length < samples * 0.4) return undefined;
  let keep = pts;
  let line: Line | undefined;
  for (let round = 0; round < 3; round++) {
    const mx = keep.reduce((s, p) => s + p[0], 0) / keep.length;
    const my = keep.reduce((s, p) => s + p[1], 0) / keep.length;
    let sxx = 0;
    let sxy = 0;
    let syy = 0;
    for (const [x, y] of keep) {
      sxx += (x - mx) ** 2;
      sxy += (x - mx) * (y - my);
      syy += (y - my) ** 2;
    }
    // The line's direction is the covariance's main axis; its normal the other one.
    const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    let lx = -Math.sin(theta);
    let ly = Math.cos(theta);
    if (lx * nx + ly * ny < 0) [lx, ly] = [-lx, -ly];
    line = { nx: lx, ny: ly, c: lx * mx + ly * my };
    const res = keep.map(([x, y]) => Math.abs(lx * x + ly * y - line!.c));
    const sorted = [...res].sort((x, y) => x - y);
    const limit = Math.max(1.5, 2.5 * sorted[sorted.length >> 1]!);
    const next = keep.filter((_, i) => res[i]! <= limit);
    if (next.length === keep.length || next.length < samples * 0.3) break;
    keep = next;
  }
  return { line: line!, step, support: keep.length / samples };
}

function meet(l: Line, m: Line): Pt | undefined {
  const det = l.nx * m.ny - l.ny * m.nx;
  if (Math.abs(det) < 1e-6) return undefined;
  return [(l.c * m.ny - l.ny * m.c) / det, (l.nx * m.c - l.c * m.nx) / det];
}

/** Standard sheet shapes (width / height ≥ 1), snapped to when the estimate is within 2.5 %. */
const FORMATS: readonly (readonly [string, number])[] = [
  ['square', 1],
  ['A-series', Math.SQRT2],
  ['letter', 11 / 8.5],
  ['4:3', 4 / 3],
  ['3:2', 3 / 2],
];

function snapAspect(raw: number): { aspect: number; format: string | null } {
  const long = raw >= 1 ? raw : 1 / raw;
  let best: { aspect: number; format: string | null } = { aspect: raw, format: null };
  let bestErr = 0.025;
  for (const [name, a] of FORMATS) {
    const err = Math.abs(long / a - 1);
    if (err < bestErr) {
      bestErr = err;
      best = { aspect: raw >= 1 ? a : 1 / a, format: a === 1 ? name : `${name} ${raw >= 1 ? 'landscape' : 'portrait'}` };
    }
  }
  return best;
}

/**
 * Finds the sheet of paper in a photo (see the header). Corners are in photo pixels; `found:
 * false` says why the photo is better used whole.
 */
export function findPaper(image: RgbaImage): PaperResult {
  const { width: W, height: H } = image;
  if (W < 32 || H < 32) return { found: false, reason: 'no-sheet', confidence: 0 };
  const step = Math.max(1, Math.floor(Math.max(W, H) / 320));
  const { score, w, h } = paperScore(image, step);
  const region = brightRegion(score, w, h);
  if (!region) return { found: false, reason: 'no-sheet', confidence: 0 };
  if (region.area < w * h * 0.25) return { found: false, reason: 'too-small', confidence: 0 };
  const rough = fourCorners(hull(region.points)).map(([x, y]): Pt => [x * step, y * step]);
  if (rough.length < 4) return { found: false, reason: 'no-sheet', confidence: 0 };
  const q0 = ordered(rough);
  // A side lying along the photo's border: the paper runs out of the frame (or is the whole photo).
  const edge = Math.max(3, 0.012 * Math.min(W, H)) + step;
  for (let i = 0; i < 4; i++) {
    const a = q0[i]!;
    const b = q0[(i + 1) % 4]!;
    const along = (v: number, lim: number): boolean => v <= edge || v >= lim - edge;
    if ((along(a[0], W) && along(b[0], W) && Math.abs(a[0] - b[0]) < edge * 2) || (along(a[1], H) && along(b[1], H) && Math.abs(a[1] - b[1]) < edge * 2))
      return { found: false, reason: 'fills-photo', confidence: 0 };
  }
  const lum = luminance(image);
  // Twice: first a wide search (a drawing that reaches the edge can cut a corner off the rough
  // outline), then a narrow one along the lines found.
  let quad: Quad = q0;
  let weakest = 1;
  for (const reach of [Math.max(8, 0.04 * Math.min(W, H)), 4]) {
    const sides: Line[] = [];
    weakest = 1;
    for (let i = 0; i < 4; i++) {
      const s = refineSide(lum, W, H, quad[i]!, quad[(i + 1) % 4]!, reach);
      if (!s) return { found: false, reason: 'weak-edges', confidence: 0 };
      sides.push(s.line);
      weakest = Math.min(weakest, Math.min(1, Math.max(0, (s.step - 0.06) / 0.24)) * Math.min(1, s.support / 0.7));
    }
    const pts: Pt[] = [];
    for (let i = 0; i < 4; i++) {
      const p = meet(sides[(i + 3) % 4]!, sides[i]!);
      if (!p) return { found: false, reason: 'not-a-rectangle', confidence: 0 };
      pts.push(p);
    }
    quad = [pts[0]!, pts[1]!, pts[2]!, pts[3]!];
  }
  const corners = quad;
  // Convex, corners not far from square (a sheet seen from above at a modest angle), inside the photo.
  for (let i = 0; i < 4; i++) {
    const prev = corners[(i + 3) % 4]!;
    const cur = corners[i]!;
    const next = corners[(i + 1) % 4]!;
    if (cross(prev, cur, next) <= 0) return { found: false, reason: 'not-a-rectangle', confidence: 0 };
    const ux = prev[0] - cur[0];
    const uy = prev[1] - cur[1];
    const vx = next[0] - cur[0];
    const vy = next[1] - cur[1];
    const cos = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
    if (Math.abs(cos) > 0.5) return { found: false, reason: 'not-a-rectangle', confidence: 0 };
    if (cur[0] < -edge || cur[1] < -edge || cur[0] > W + edge || cur[1] > H + edge) return { found: false, reason: 'fills-photo', confidence: 0 };
  }
  const area = polygonArea(corners);
  if (area < W * H * 0.25) return { found: false, reason: 'too-small', confidence: weakest };
  // The bright region must fill the quadrilateral (not a bright blob that merely has four extreme points).
  if ((region.area * step * step) / area < 0.8) return { found: false, reason: 'not-a-rectangle', confidence: weakest };
  if (weakest < 0.15) return { found: false, reason: 'weak-edges', confidence: weakest };
  const wide = Math.max(dist(corners[0], corners[1]), dist(corners[3], corners[2]));
  const tall = Math.max(dist(corners[0], corners[3]), dist(corners[1], corners[2]));
  const { aspect, format } = snapAspect(wide / tall);
  return { found: true, corners, confidence: Math.round(weakest * 1000) / 1000, aspect, format };
}

// ---- straightening -------------------------------------------------------------------------------

/** Output size for a sheet: about the photo's own resolution along its longer side, within the limits. */
function outputSize(corners: Quad, aspect: number, maxSide: number, maxPixels: number): { width: number; height: number } {
  const wide = Math.max(dist(corners[0], corners[1]), dist(corners[3], corners[2]));
  const tall = Math.max(dist(corners[0], corners[3]), dist(corners[1], corners[2]));
  let long = Math.min(maxSide, Math.max(wide, tall));
  const area = aspect >= 1 ? (long * long) / aspect : long * long * aspect;
  if (area > maxPixels) long *= Math.sqrt(maxPixels / area);
  const width = Math.max(1, Math.round(aspect >= 1 ? long : long * aspect));
  const height = Math.max(1, Math.round(aspect >= 1 ? long / aspect : long));
  return { width, height };
}

/** The photo inside `corners`, warped to a width × height rectangle (bilinear sampling). */
export function warpQuad(image: RgbaImage, corners: Quad, width: number, height: number): RgbaImage {
  const h = homography([[0, 0], [width, 0], [width, height], [0, height]], corners);
  const out = new Uint8ClampedArray(width * height * 4);
  const { width: W, height: H, data: d } = image;
  const maxX = W - 1.001;
  const maxY = H - 1.001;
  for (let y = 0; y < height; y++) {
    // Homogeneous coordinates step linearly along a row: no allocation per pixel.
    let nx = h[0]! * 0.5 + h[1]! * (y + 0.5) + h[2]!;
    let ny = h[3]! * 0.5 + h[4]! * (y + 0.5) + h[5]!;
    let nz = h[6]! * 0.5 + h[7]! * (y + 0.5) + h[8]!;
    let o = y * width * 4;
    for (let x = 0; x < width; x++, nx += h[0]!, ny += h[3]!, nz += h[6]!, o += 4) {
      let fx = nx / nz - 0.5;
      let fy = ny / nz - 0.5;
      fx = fx < 0 ? 0 : fx > maxX ? maxX : fx;
      fy = fy < 0 ? 0 : fy > maxY ? maxY : fy;
      const x0 = fx | 0;
      const y0 = fy | 0;
      const tx = fx - x0;
      const ty = fy - y0;
      const i00 = (y0 * W + x0) * 4;
      const i01 = i00 + W * 4;
      for (let c = 0; c < 4; c++) {
        const top = d[i00 + c]! + (d[i00 + 4 + c]! - d[i00 + c]!) * tx;
        const bot = d[i01 + c]! + (d[i01 + 4 + c]! - d[i01 + c]!) * tx;
        out[o + c] = top + (bot - top) * ty;
      }
    }
  }
  return { width, height, data: out };
}

/**
 * The paper's uneven light divided out: every pixel scaled by how bright its paper is
 * (background-level.ts) so the bare paper becomes an even, neutral near-white and the marks keep
 * their darkness relative to it. Colours keep their hue.
 */
export function evenLight(image: RgbaImage, white = 0.96): RgbaImage {
  const { width: w, height: h, data: d } = image;
  const n = w * h;
  const lum = luminance(image);
  const bg = backgroundLevel(lum, w, h);
  // The paper's own tint (the brightest tenth of pixels relative to their paper), removed.
  const tint = [0, 0, 0];
  let count = 0;
  for (let p = 0; p < n; p++) {
    if (lum[p]! < 0.97 * bg[p]!) continue;
    tint[0]! += d[p * 4]!;
    tint[1]! += d[p * 4 + 1]!;
    tint[2]! += d[p * 4 + 2]!;
    count++;
  }
  const grey = count > 0 ? (tint[0]! + tint[1]! + tint[2]!) / 3 : 1;
  const gain = tint.map((t) => (count > 0 && t > 0 ? grey / t : 1));
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    const k = white / Math.max(0.08, bg[p]!);
    for (let c = 0; c < 3; c++) out[p * 4 + c] = d[p * 4 + c]! * k * gain[c]!;
    out[p * 4 + 3] = 255;
  }
  return { width: w, height: h, data: out };
}

/**
 * The sheet in a photo, found, straightened and evenly lit — or undefined (with the reason in
 * `paper`) when no sheet was found with confidence and the photo is best used whole.
 */
export function straightenPaper(image: RgbaImage, opts: StraightenOptions = {}): { result?: Straightened; paper: PaperResult } {
  const paper = findPaper(image);
  if (!paper.found) return { paper };
  const { width, height } = outputSize(paper.corners, paper.aspect, opts.maxSide ?? 2048, opts.maxPixels ?? 4_194_304);
  // A thin edge (0.8 % of each side) is left out so no table or paper edge shows.
  const m = 0.008;
  const toSheet = homography([[0, 0], [1, 0], [1, 1], [0, 1]], paper.corners);
  const inner: Quad = [mapPoint(toSheet, m, m), mapPoint(toSheet, 1 - m, m), mapPoint(toSheet, 1 - m, 1 - m), mapPoint(toSheet, m, 1 - m)];
  const round = (p: Pt): Pt => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  const corners: Quad = [round(inner[0]), round(inner[1]), round(inner[2]), round(inner[3])];
  const image2 = evenLight(warpQuad(image, corners, width, height));
  return { result: { image: image2, corners, paper }, paper };
}

/** One plain sentence for the client and the report: what happened to the photo. */
export function paperNote(r: { result?: Straightened; paper: PaperResult }): string {
  if (r.result) {
    const c = r.result.corners.map(([x, y]) => `(${Math.round(x)}, ${Math.round(y)})`).join(', ');
    return `paper found and straightened: corners ${c}, ${r.result.image.width}×${r.result.image.height}`;
  }
  return 'no sheet found: used the whole photo';
}
