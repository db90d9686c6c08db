/**
 * Reading a sketch beyond its lines: the drawn horizon or ground line (a long, flat stroke
 * across the page), shapes in the sky, paths (a region that touches the bottom edge and narrows
 * toward the horizon), figures (a small round head with a stroke below it), and the client's
 * own colours — fills and coloured lines are kept rather than replaced by the palette.
 */
import type { RgbaImage } from '../core/index.ts';
import type { Col } from './color.ts';
import { inkPieces } from './sketch.ts';
import type { Region, SketchLayout } from './sketch.ts';
import { drawnFigures } from './sketch-match.ts';

/** What was found in a sketch, for the report. */
export interface SketchReading {
  /** y of the drawn horizon/ground line (px), or null when none was drawn. */
  readonly horizonY: number | null;
  readonly enclosedShapes: number;
  readonly skyObjects: number;
  readonly paths: number;
  readonly figures: number;
  /** True when the drawing has its own colours (kept in the picture). */
  readonly ownColours: boolean;
}

export interface SketchRead {
  readonly horizon?: number;
  /** Per-column y of the drawn ground line. */
  readonly profile?: Float32Array;
  /** Fill colour per enclosed region label: the client's own, or a role's (path, head, cloud). */
  readonly regionColours: ReadonlyMap<number, Col>;
  /** Regions painted with the path's colour even though they touch the border. */
  readonly pathRegions: readonly Region[];
  /** Own colour of each pixel where the client used colour (rgb, −1 elsewhere). */
  readonly lineColours?: Float32Array;
  readonly colourPlane?: Float32Array;
  readonly summary: SketchReading;
}

const PATH: Col = [0.86, 0.74, 0.55];

/** The sketch's colour at output pixels (nearest sample), −1 where it is paper, grey or black. */
function colourPlaneOf(sketch: RgbaImage, W: number, H: number): { plane: Float32Array; count: number } {
  const plane = new Float32Array(W * H * 3).fill(-1);
  const sx = sketch.width / W;
  const sy = sketch.height / H;
  let count = 0;
  for (let y = 0; y < H; y++) {
    const yy = Math.min(sketch.height - 1, Math.floor((y + 0.5) * sy));
    for (let x = 0; x < W; x++) {
      const xx = Math.min(sketch.width - 1, Math.floor((x + 0.5) * sx));
      const i = (yy * sketch.width + xx) * 4;
      if (sketch.data[i + 3]! < 128) continue;
      const r = sketch.data[i]! / 255;
      const g = sketch.data[i + 1]! / 255;
      const b = sketch.data[i + 2]! / 255;
      const mx = Math.max(r, g, b);
      const mn = Math.min(r, g, b);
      if (mx < 0.15 || (mx - mn) / mx < 0.28 || mx - mn < 0.12) continue;
      const o = (y * W + x) * 3;
      plane[o] = r;
      plane[o + 1] = g;
      plane[o + 2] = b;
      count++;
    }
  }
  return { plane, count };
}

/**
 * The longest flat stroke across the page, as a per-column profile. Strokes attached to it (a
 * path running down from it, a house standing on it) do not hide it: within each connected
 * stroke, the band of rows (±4% of the height) holding most of its pixels is the candidate.
 */
function groundLine(lines: Float32Array, W: number, H: number): { y: number; profile: Float32Array } | undefined {
  const rows = new Int32Array(H);
  const band = Math.max(2, Math.round(H * 0.04));
  let best: { y: number; profile: Float32Array; span: number } | undefined;
  // A broken line (pencil on paper, a stroke lifted and set down again) is still one line.
  for (const pixels of inkPieces(lines, W, H, Math.max(3, Math.round(W * 0.012)))) {
    const count = pixels.length;
    let x0 = W;
    let x1 = 0;
    for (let k = 0; k < count; k++) {
      const x = pixels[k]! % W;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
    }
    if (x1 - x0 + 1 < W * 0.5) continue;
    // The densest band of rows.
    rows.fill(0);
    for (let k = 0; k < count; k++) {
      const r = (pixels[k]! / W) | 0;
      rows[r] = rows[r]! + 1;
    }
    let bandSum = 0;
    for (let y = 0; y < Math.min(H, 2 * band + 1); y++) bandSum += rows[y]!;
    let bestSum = bandSum;
    let centre = band;
    for (let y = band + 1; y + band < H; y++) {
      bandSum += rows[y + band]! - rows[y - band - 1]!;
      if (bandSum > bestSum) [bestSum, centre] = [bandSum, y];
    }
    const sumY = new Float64Array(W);
    const cnt = new Int32Array(W);
    let cols = 0;
    for (let k = 0; k < count; k++) {
      const p = pixels[k]!;
      const y = (p / W) | 0;
      if (Math.abs(y - centre) > band) continue;
      const x = p - y * W;
      if (cnt[x] === 0) cols++;
      sumY[x] = sumY[x]! + y;
      cnt[x] = cnt[x]! + 1;
    }
    if (cols < W * 0.5 || bestSum / cols > Math.max(6, H * 0.05)) continue;
    // The line's mean y per column; gaps filled by interpolation, ends held flat.
    const profile = new Float32Array(W);
    let first = -1;
    let last = -1;
    for (let x = 0; x < W; x++) {
      if (cnt[x]! === 0) continue;
      const y = sumY[x]! / cnt[x]!;
      if (last >= 0 && x - last > 1) for (let k = last + 1; k < x; k++) profile[k] = profile[last]! + ((y - profile[last]!) * (k - last)) / (x - last);
      if (first < 0) first = x;
      profile[x] = y;
      last = x;
    }
    for (let x = 0; x < first; x++) profile[x] = profile[first]!;
    for (let x = last + 1; x < W; x++) profile[x] = profile[last]!;
    let mean = 0;
    for (let x = 0; x < W; x++) mean += profile[x]!;
    mean /= W;
    if (mean < H * 0.15 || mean > H * 0.88) continue;
    if (!best || cols > best.span) best = { y: mean, profile, span: cols };
  }
  return best ? { y: best.y, profile: best.profile } : undefined;
}

/** Reads horizon, sky objects, paths, figures and own colours (see the header). */
export function readSketch(sketch: RgbaImage, layout: SketchLayout, W: number, H: number): SketchRead {
  const { lines, labels } = layout;
  const ground = groundLine(lines, W, H);
  const horizon = ground?.y;
  const { plane, count } = colourPlaneOf(sketch, W, H);
  const ownColours = count > W * H * 0.002;
  const regionColours = new Map<number, Col>();
  // Own colours per region (the mean of coloured pixels, when they cover a quarter of it).
  if (ownColours) {
    const acc = new Map<number, [number, number, number, number]>();
    for (let p = 0; p < W * H; p++) {
      const l = labels[p]!;
      if (l === 0 || plane[p * 3]! < 0) continue;
      const a = acc.get(l) ?? [0, 0, 0, 0];
      a[0] += plane[p * 3]!;
      a[1] += plane[p * 3 + 1]!;
      a[2] += plane[p * 3 + 2]!;
      a[3]++;
      acc.set(l, a);
    }
    for (const r of layout.enclosed) {
      const a = acc.get(r.label);
      if (a && a[3] > r.area * 0.25) regionColours.set(r.label, [a[0] / a[3], a[1] / a[3], a[2] / a[3]]);
    }
  }
  let skyObjects = 0;
  for (const r of layout.enclosed) {
    // In the sky: clear of the ground line (things standing on it end just above it).
    if (horizon !== undefined && r.y1 < horizon - H * 0.05) {
      skyObjects++;
      continue;
    }
  }
  const figures = drawnFigures(layout, W, H, horizon).length;
  // Paths: open regions below the horizon that reach the bottom edge and narrow toward the top.
  const pathRegions: Region[] = [];
  if (horizon !== undefined) {
    for (const r of layout.all) {
      if (!r.touchesBorder || r.y1 < H - 2 || r.y0 < horizon - H * 0.05 || r.y1 - r.y0 < H * 0.15) continue;
      const widthAt = (y: number): number => {
        let w = 0;
        for (let x = 0; x < W; x++) if (labels[y * W + x] === r.label) w++;
        return w;
      };
      const bottom = widthAt(H - 1);
      const upper = widthAt(Math.round(r.y0 + (r.y1 - r.y0) * 0.2));
      if (bottom > W * 0.06 && bottom < W * 0.75 && upper < bottom * 0.65) pathRegions.push(r);
    }
    for (const r of pathRegions) if (!regionColours.has(r.label)) regionColours.set(r.label, PATH);
  }
  // Coloured lines keep their colour.
  let lineColours: Float32Array | undefined;
  if (ownColours) {
    lineColours = new Float32Array(W * H * 3).fill(-1);
    for (let p = 0; p < W * H; p++) if (lines[p]! > 0 && plane[p * 3]! >= 0) lineColours.set(plane.subarray(p * 3, p * 3 + 3), p * 3);
  }
  return {
    horizon,
    profile: ground?.profile,
    regionColours,
    pathRegions,
    lineColours,
    colourPlane: ownColours ? plane : undefined,
    summary: {
      horizonY: horizon === undefined ? null : Math.round(horizon),
      enclosedShapes: layout.enclosed.length,
      skyObjects,
      paths: pathRegions.length,
      figures,
      ownColours,
    },
  };
}
