/**
 * Estimates the brightness of the bare paper at every pixel of a photographed drawing, so that
 * uneven lighting (a lamp on one side, a shadow from the phone) can be divided out.
 *
 * Method: the brightest value in each block (lines are dark and thin, so the block's maximum is
 * paper), widened to neighbouring blocks so a thick stroke cannot pass for paper, smoothed, and
 * interpolated back to full size. O(pixels).
 */
import { boxBlur } from './raster-ops.ts';

/** Paper brightness (0..1) per pixel of a luminance plane. */
export function backgroundLevel(lum: Float32Array, width: number, height: number): Float32Array {
  const block = Math.max(6, Math.round(Math.min(width, height) / 40));
  const smooth = boxBlur(lum, width, height, 1, 1); // knock down single-pixel noise before the max
  const gw = Math.ceil(width / block);
  const gh = Math.ceil(height / block);
  const grid = new Float32Array(gw * gh);
  for (let y = 0; y < height; y++) {
    const gy = ((y / block) | 0) * gw;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const g = gy + ((x / block) | 0);
      const v = smooth[row + x]!;
      if (v > grid[g]!) grid[g] = v;
    }
  }
  const dilated = new Float32Array(gw * gh);
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < gw && yy < gh) m = Math.max(m, grid[yy * gw + xx]!);
        }
      }
      dilated[y * gw + x] = m;
    }
  }
  const soft = boxBlur(dilated, gw, gh, 1, 1, 2);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(gh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.min(Math.max(0, gh - 2), fy | 0);
    const ty = gh > 1 ? fy - y0 : 0;
    const y1 = Math.min(gh - 1, y0 + 1);
    for (let x = 0; x < width; x++) {
      const fx = Math.min(gw - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.min(Math.max(0, gw - 2), fx | 0);
      const tx = gw > 1 ? fx - x0 : 0;
      const x1 = Math.min(gw - 1, x0 + 1);
      const top = soft[y0 * gw + x0]! + (soft[y0 * gw + x1]! - soft[y0 * gw + x0]!) * tx;
      const bot = soft[y1 * gw + x0]! + (soft[y1 * gw + x1]! - soft[y1 * gw + x0]!) * tx;
      out[y * width + x] = top + (bot - top) * ty;
    }
  }
  return out;
}
