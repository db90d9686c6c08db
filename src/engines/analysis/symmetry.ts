import type { PixelPlanes } from './planes.ts';

/** Mirror symmetry of an artwork's light and dark. */
export interface SymmetryFeatures {
  /** 1 − mean |L − mirrored L| across the vertical axis: 1 = mirror-identical left and right. */
  readonly leftRight: number;
  /** The same across the horizontal axis: 1 = top mirrors bottom. */
  readonly topBottom: number;
}

/** Longest side of the grid symmetry is measured on; coarser than pixels so a hand-drawn shape
 * a few pixels off its mirror image still counts as symmetrical. */
const GRID = 96;

/**
 * Symmetry of the lightness plane, measured on a box-averaged grid of at most 96 cells per side.
 * A blank page is perfectly symmetrical (1, 1); a page black on the left and white on the right
 * is (0, 1).
 */
export function symmetryFromPlanes(planes: PixelPlanes): SymmetryFeatures {
  const { grid, gw, gh } = downsample(planes);
  let lr = 0, tb = 0;
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      const v = grid[y * gw + x]!;
      lr += Math.abs(v - grid[y * gw + (gw - 1 - x)]!);
      tb += Math.abs(v - grid[(gh - 1 - y) * gw + x]!);
    }
  }
  const n = gw * gh;
  return { leftRight: 1 - lr / n, topBottom: 1 - tb / n };
}

function downsample(planes: PixelPlanes): { grid: Float32Array; gw: number; gh: number } {
  const { width: w, height: h, lightness } = planes;
  const scale = Math.max(1, Math.max(w, h) / GRID);
  const gw = Math.max(1, Math.round(w / scale));
  const gh = Math.max(1, Math.round(h / scale));
  const sums = new Float64Array(gw * gh);
  const counts = new Float64Array(gw * gh);
  for (let y = 0; y < h; y++) {
    const gy = Math.min(gh - 1, Math.floor((y * gh) / h));
    for (let x = 0; x < w; x++) {
      const gx = Math.min(gw - 1, Math.floor((x * gw) / w));
      sums[gy * gw + gx]! += lightness[y * w + x]!;
      counts[gy * gw + gx]!++;
    }
  }
  const grid = new Float32Array(gw * gh);
  for (let i = 0; i < grid.length; i++) grid[i] = counts[i] ? sums[i]! / counts[i]! : 0;
  return { grid, gw, gh };
}
