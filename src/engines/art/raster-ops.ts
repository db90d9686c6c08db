/**
 * Low-level raster operations on float planes: the working canvas (interleaved RGB floats),
 * separable box blur, Sobel edges, value noise and per-pixel hash noise. All O(pixels) so a
 * 512×512 picture stays interactive.
 */
import type { Rng } from '../core/index.ts';
import type { Col } from './color.ts';

/** The engine's working picture: interleaved RGB floats in 0..1, row-major. */
export interface Canvas {
  readonly width: number;
  readonly height: number;
  readonly rgb: Float32Array;
}

export function createCanvas(width: number, height: number, fill: Col = [1, 1, 1]): Canvas {
  const rgb = new Float32Array(width * height * 3);
  for (let i = 0; i < rgb.length; i += 3) {
    rgb[i] = fill[0];
    rgb[i + 1] = fill[1];
    rgb[i + 2] = fill[2];
  }
  return { width, height, rgb };
}

/**
 * Box blur of a plane with `channels` interleaved channels (radius in px, running sums, edges
 * clamped). `passes` = 2–3 approximates a Gaussian. Both passes walk memory row by row.
 */
export function boxBlur(src: Float32Array, width: number, height: number, channels: number, radius: number, passes = 1): Float32Array {
  const r = Math.max(0, Math.round(radius));
  const a = src.slice();
  if (r === 0) return a;
  const b = new Float32Array(src.length);
  const norm = 1 / (2 * r + 1);
  const rowLen = width * channels;
  const sums = new Float64Array(rowLen);
  const sumsC = new Float64Array(channels);
  for (let p = 0; p < passes; p++) {
    // Horizontal: a → b. One and three channels (the common planes) keep their sums in locals —
    // the same double-precision sums in the same order as the general loop, so the same bytes.
    if (channels === 1) blurRows1(a, b, width, height, r, norm);
    else if (channels === 3) blurRows3(a, b, width, height, r, norm);
    else for (let y = 0; y < height; y++) {
      const row = y * rowLen;
      for (let c = 0; c < channels; c++) sumsC[c] = 0;
      for (let k = -r; k <= r; k++) {
        const x = k < 0 ? 0 : k >= width ? width - 1 : k;
        for (let c = 0; c < channels; c++) sumsC[c]! += a[row + x * channels + c]!;
      }
      for (let x = 0; x < width; x++) {
        const add = x + r + 1 < width ? x + r + 1 : width - 1;
        const sub = x - r > 0 ? x - r : 0;
        const o = row + x * channels;
        const ai = row + add * channels;
        const si = row + sub * channels;
        for (let c = 0; c < channels; c++) {
          b[o + c] = sumsC[c]! * norm;
          sumsC[c]! += a[ai + c]! - a[si + c]!;
        }
      }
    }
    // Vertical: b → a, one running sum per column.
    sums.fill(0);
    for (let k = -r; k <= r; k++) {
      const yy = k < 0 ? 0 : k >= height ? height - 1 : k;
      const row = yy * rowLen;
      for (let i = 0; i < rowLen; i++) sums[i]! += b[row + i]!;
    }
    for (let y = 0; y < height; y++) {
      const out = y * rowLen;
      const add = (y + r + 1 < height ? y + r + 1 : height - 1) * rowLen;
      const sub = (y - r > 0 ? y - r : 0) * rowLen;
      for (let i = 0; i < rowLen; i++) {
        a[out + i] = sums[i]! * norm;
        sums[i]! += b[add + i]! - b[sub + i]!;
      }
    }
  }
  return a;
}

/** boxBlur's horizontal pass for one channel. */
function blurRows1(a: Float32Array, b: Float32Array, width: number, height: number, r: number, norm: number): void {
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let s0 = 0;
    for (let k = -r; k <= r; k++) s0 += a[row + (k < 0 ? 0 : k >= width ? width - 1 : k)]!;
    for (let x = 0; x < width; x++) {
      const add = x + r + 1 < width ? x + r + 1 : width - 1;
      const sub = x - r > 0 ? x - r : 0;
      b[row + x] = s0 * norm;
      s0 += a[row + add]! - a[row + sub]!;
    }
  }
}

/** boxBlur's horizontal pass for three interleaved channels. */
function blurRows3(a: Float32Array, b: Float32Array, width: number, height: number, r: number, norm: number): void {
  const rowLen = width * 3;
  for (let y = 0; y < height; y++) {
    const row = y * rowLen;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = -r; k <= r; k++) {
      const i = row + (k < 0 ? 0 : k >= width ? width - 1 : k) * 3;
      s0 += a[i]!;
      s1 += a[i + 1]!;
      s2 += a[i + 2]!;
    }
    for (let x = 0; x < width; x++) {
      const ai = row + (x + r + 1 < width ? x + r + 1 : width - 1) * 3;
      const si = row + (x - r > 0 ? x - r : 0) * 3;
      const o = row + x * 3;
      b[o] = s0 * norm;
      b[o + 1] = s1 * norm;
      b[o + 2] = s2 * norm;
      s0 += a[ai]! - a[si]!;
      s1 += a[ai + 1]! - a[si + 1]!;
      s2 += a[ai + 2]! - a[si + 2]!;
    }
  }
}

/**
 * Resamples an RGB canvas through a displacement field: pixel (x, y) takes the bilinear colour
 * at (x + (fx − 0.5)·2·amp, y + (fy − 0.5)·2·amp). Used for wet edges and warps.
 */
export function warpRgb(c: Canvas, fx: Float32Array, fy: Float32Array, amp: number): Float32Array {
  const { width: w, height: h, rgb: s } = c;
  const out = new Float32Array(w * h * 3);
  const maxX = w - 1.001;
  const maxY = h - 1.001;
  for (let y = 0, p = 0; y < h; y++) {
    for (let x = 0; x < w; x++, p++) {
      let sx = x + (fx[p]! - 0.5) * 2 * amp;
      let sy = y + (fy[p]! - 0.5) * 2 * amp;
      sx = sx < 0 ? 0 : sx > maxX ? maxX : sx;
      sy = sy < 0 ? 0 : sy > maxY ? maxY : sy;
      const x0 = sx | 0;
      const y0 = sy | 0;
      const tx = sx - x0;
      const ty = sy - y0;
      const i00 = (y0 * w + x0) * 3;
      const i01 = i00 + w * 3;
      const o = p * 3;
      for (let k = 0; k < 3; k++) {
        const top = s[i00 + k]! + (s[i00 + 3 + k]! - s[i00 + k]!) * tx;
        const bot = s[i01 + k]! + (s[i01 + 3 + k]! - s[i01 + k]!) * tx;
        out[o + k] = top + (bot - top) * ty;
      }
    }
  }
  return out;
}

/** Luma plane (0..1) of a canvas. */
export function lumaPlane(c: Canvas): Float32Array {
  const n = c.width * c.height;
  const out = new Float32Array(n);
  const s = c.rgb;
  for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = 0.299 * s[j]! + 0.587 * s[j + 1]! + 0.114 * s[j + 2]!;
  return out;
}

/** Sobel gradient magnitude of a single plane (unnormalised; flat areas → 0). */
export function sobel(plane: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const tl = plane[i - width - 1]!,
        t = plane[i - width]!,
        tr = plane[i - width + 1]!;
      const l = plane[i - 1]!,
        r = plane[i + 1]!;
      const bl = plane[i + width - 1]!,
        b = plane[i + width]!,
        br = plane[i + width + 1]!;
      const gx = tr + 2 * r + br - tl - 2 * l - bl;
      const gy = bl + 2 * b + br - tl - 2 * t - tr;
      out[i] = Math.sqrt(gx * gx + gy * gy);
    }
  }
  return out;
}

/** Deterministic per-pixel white noise in [0, 1) from integer coordinates and a seed. */
export function hash2(x: number, y: number, seed: number): number {
  let h = (Math.imul(x | 0, 0x27d4eb2d) ^ Math.imul(y | 0, 0x165667b1) ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * Smooth value noise (fractal, `octaves` layers, each half the size) in roughly 0..1.
 * `cell` is the size in px of the largest feature. Values are drawn from `rng`, so the field is
 * seeded.
 */
export function noiseField(width: number, height: number, cell: number, octaves: number, rng: Rng): Float32Array {
  // Smooth noise need not be computed at every pixel: with its finest features ≥ 12 px, a grid
  // every 2–4 px interpolated bilinearly looks the same and costs a fraction.
  const finest = Math.max(2, cell) / 2 ** (octaves - 1);
  const step = Math.max(1, Math.min(4, Math.floor(finest / 6)));
  if (step > 1) {
    const cw = Math.ceil(width / step) + 1;
    const ch = Math.ceil(height / step) + 1;
    return upsample(noiseField(cw, ch, cell / step, octaves, rng), cw, ch, width, height, step);
  }
  const out = new Float32Array(width * height);
  let amp = 1;
  let total = 0;
  let size = Math.max(2, cell);
  for (let o = 0; o < octaves; o++) {
    const gw = Math.ceil(width / size) + 2;
    const gh = Math.ceil(height / size) + 2;
    const grid = new Float32Array(gw * gh);
    for (let i = 0; i < grid.length; i++) grid[i] = rng.next();
    const xi = new Int32Array(width);
    const xf = new Float32Array(width);
    for (let x = 0; x < width; x++) {
      const gx = x / size;
      xi[x] = Math.floor(gx);
      const f = gx - xi[x]!;
      xf[x] = f * f * (3 - 2 * f);
    }
    for (let y = 0; y < height; y++) {
      const gy = y / size;
      const y0 = Math.floor(gy);
      let fy = gy - y0;
      fy = fy * fy * (3 - 2 * fy);
      const r0 = y0 * gw;
      const r1 = r0 + gw;
      const row = y * width;
      for (let x = 0; x < width; x++) {
        const i0 = xi[x]!;
        const f = xf[x]!;
        const top = grid[r0 + i0]! + (grid[r0 + i0 + 1]! - grid[r0 + i0]!) * f;
        const bot = grid[r1 + i0]! + (grid[r1 + i0 + 1]! - grid[r1 + i0]!) * f;
        out[row + x]! += (top + (bot - top) * fy) * amp;
      }
    }
    total += amp;
    amp *= 0.5;
    size = Math.max(2, size / 2);
  }
  for (let i = 0; i < out.length; i++) out[i]! /= total;
  return out;
}

/** Bilinear upsampling of a coarse plane whose samples sit every `step` px. */
function upsample(src: Float32Array, sw: number, sh: number, width: number, height: number, step: number): Float32Array {
  const out = new Float32Array(width * height);
  const inv = 1 / step;
  for (let y = 0; y < height; y++) {
    const gy = y * inv;
    const y0 = Math.min(sh - 2, gy | 0);
    const ty = gy - y0;
    const r0 = y0 * sw;
    const r1 = r0 + sw;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const gx = x * inv;
      const x0 = Math.min(sw - 2, gx | 0);
      const tx = gx - x0;
      const top = src[r0 + x0]! + (src[r0 + x0 + 1]! - src[r0 + x0]!) * tx;
      const bot = src[r1 + x0]! + (src[r1 + x0 + 1]! - src[r1 + x0]!) * tx;
      out[row + x] = top + (bot - top) * ty;
    }
  }
  return out;
}

/** Bilinear sample of an interleaved RGB canvas at a fractional position (clamped). */
export function sampleRgb(c: Canvas, x: number, y: number, out: [number, number, number]): void {
  const w = c.width;
  const h = c.height;
  const fx = x < 0 ? 0 : x > w - 1.001 ? w - 1.001 : x;
  const fy = y < 0 ? 0 : y > h - 1.001 ? h - 1.001 : y;
  const x0 = fx | 0;
  const y0 = fy | 0;
  const tx = fx - x0;
  const ty = fy - y0;
  const i00 = (y0 * w + x0) * 3;
  const i10 = i00 + 3;
  const i01 = i00 + w * 3;
  const i11 = i01 + 3;
  const s = c.rgb;
  for (let k = 0; k < 3; k++) {
    const top = s[i00 + k]! + (s[i10 + k]! - s[i00 + k]!) * tx;
    const bot = s[i01 + k]! + (s[i11 + k]! - s[i01 + k]!) * tx;
    out[k] = top + (bot - top) * ty;
  }
}

/** Otsu's threshold of a 0..1 plane (256 bins). */
export function otsu(v: Float32Array): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < v.length; i++) hist[Math.max(0, Math.min(255, Math.round(v[i]! * 255)))]!++;
  let sum = 0;
  for (let b = 0; b < 256; b++) sum += b * hist[b]!;
  let wB = 0;
  let sumB = 0;
  let best = -1;
  let t = 128;
  for (let b = 0; b < 256; b++) {
    wB += hist[b]!;
    if (wB === 0) continue;
    const wF = v.length - wB;
    if (wF === 0) break;
    sumB += b * hist[b]!;
    const d = sumB / wB - (sum - sumB) / wF;
    const between = wB * wF * d * d;
    if (between > best) [best, t] = [between, b];
  }
  return (t + 0.5) / 255;
}

/**
 * The largest 4-connected region of the pixels of `v` above `t`, after closing them (dilate, then
 * erode, by a box of radius `r`) so that thin dark lines do not cut a bright region apart. `comp`
 * holds each pixel's region id (-1 outside every region); `id` is the largest region's (-1 when
 * there is none) and `size` its pixel count.
 */
export function largestBrightRegion(v: Float32Array, t: number, w: number, h: number, r: number): { comp: Int32Array; id: number; size: number } {
  const n = w * h;
  const bright = new Float32Array(n);
  for (let p = 0; p < n; p++) bright[p] = v[p]! > t ? 1 : 0;
  const grown = boxBlur(bright, w, h, 1, r, 1);
  for (let p = 0; p < n; p++) grown[p] = grown[p]! > 1e-4 ? 1 : 0;
  const closed = boxBlur(grown, w, h, 1, r, 1);
  const on = (p: number): boolean => closed[p]! > 0.9999;
  const comp = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let bestId = -1;
  let bestSize = 0;
  let id = 0;
  for (let s = 0; s < n; s++) {
    if (comp[s] !== -1 || !on(s)) continue;
    let top = 0;
    let size = 0;
    stack[top++] = s;
    comp[s] = id;
    while (top > 0) {
      const p = stack[--top]!;
      size++;
      const x = p % w;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, p - w, p + w]) {
        if (q < 0 || q >= n || comp[q] !== -1 || !on(q)) continue;
        comp[q] = id;
        stack[top++] = q;
      }
    }
    if (size > bestSize) [bestSize, bestId] = [size, id];
    id++;
  }
  return { comp, id: bestId, size: bestSize };
}
