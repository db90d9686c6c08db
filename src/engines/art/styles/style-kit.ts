/**
 * What every style renderer receives, and helpers several styles share (luma layers for
 * cut-paper looks, nearest-pixel sampling).
 */
import type { Rng } from '../../core/index.ts';
import type { Col } from '../color.ts';
import type { Palette } from '../palette.ts';
import type { Canvas } from '../raster-ops.ts';

export interface StyleContext {
  /** The composed, mood-adjusted picture. */
  readonly base: Canvas;
  readonly pal: Palette;
  readonly rng: Rng;
  /** min(width, height) / 512: textures scale with the picture so previews look like finals. */
  readonly scale: number;
}

/** A style renderer: returns a new canvas of the same size. */
export type StyleRenderer = (ctx: StyleContext) => Canvas;

/**
 * Splits the picture into `k` layers by lightness (equal shares of pixels, darkest = 0),
 * from a luma plane. Used for paper cut and collage.
 */
export function lumaLayers(luma: Float32Array, k: number): Uint8Array {
  const hist = new Uint32Array(256);
  for (let i = 0; i < luma.length; i++) hist[Math.min(255, Math.max(0, (luma[i]! * 255) | 0))]!++; // keys below 0 share the first bin
  const cuts: number[] = [];
  let acc = 0;
  let next = 1;
  for (let b = 0; b < 256 && next < k; b++) {
    acc += hist[b]!;
    while (next < k && acc >= (luma.length * next) / k) {
      cuts.push(b / 255);
      next++;
    }
  }
  const out = new Uint8Array(luma.length);
  for (let i = 0; i < luma.length; i++) {
    let l = 0;
    while (l < cuts.length && luma[i]! > cuts[l]!) l++;
    out[i] = l;
  }
  return out;
}

/**
 * The value cut-paper styles sort pixels into layers by: lightness, minus a share of
 * saturation so a yellow sun and a pale sky of the same lightness land on different sheets.
 */
export function layerKey(base: Canvas): Float32Array {
  const n = base.width * base.height;
  const s = base.rgb;
  const out = new Float32Array(n);
  for (let p = 0, i = 0; p < n; p++, i += 3) {
    const r = s[i]!,
      g = s[i + 1]!,
      b = s[i + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    out[p] = 0.299 * r + 0.587 * g + 0.114 * b - 0.35 * (max - min);
  }
  return out;
}

/** Mean colour of each layer. */
export function layerColours(base: Canvas, layers: Uint8Array, k: number): Col[] {
  const sum = new Float64Array(k * 4);
  const s = base.rgb;
  for (let p = 0; p < layers.length; p++) {
    const l = layers[p]! * 4;
    sum[l]! += s[p * 3]!;
    sum[l + 1]! += s[p * 3 + 1]!;
    sum[l + 2]! += s[p * 3 + 2]!;
    sum[l + 3]!++;
  }
  const out: Col[] = [];
  for (let l = 0; l < k; l++) {
    const c = Math.max(1, sum[l * 4 + 3]!);
    out.push([sum[l * 4]! / c, sum[l * 4 + 1]! / c, sum[l * 4 + 2]! / c]);
  }
  return out;
}

/** Writes a colour into an interleaved RGB buffer at pixel p. */
export function put(rgb: Float32Array, p: number, r: number, g: number, b: number): void {
  const i = p * 3;
  rgb[i] = r;
  rgb[i + 1] = g;
  rgb[i + 2] = b;
}

/**
 * Splits the picture into `k` flat colour sheets: starts from lightness bands (lumaLayers on
 * `key`), refines the sheet colours with a few k-means steps on a sample of pixels, then gives
 * every pixel the nearest sheet. Sheets are numbered darkest (0) to lightest.
 */
export function colourLayers(base: Canvas, key: Float32Array, k: number): { layers: Uint8Array; colours: Col[] } {
  const n = base.width * base.height;
  const s = base.rgb;
  const cen = new Float64Array(k * 3);
  layerColours(base, lumaLayers(key, k), k).forEach((c, i) => cen.set(c, i * 3));
  const nearest = (i: number): number => {
    let best = 0;
    let bd = Infinity;
    const r = s[i]!,
      g = s[i + 1]!,
      b = s[i + 2]!;
    for (let c = 0; c < k; c++) {
      const dr = r - cen[c * 3]!,
        dg = g - cen[c * 3 + 1]!,
        db = b - cen[c * 3 + 2]!;
      const d = dr * dr + dg * dg + db * db;
      if (d < bd) {
        bd = d;
        best = c;
      }
    }
    return best;
  };
  const stride = Math.max(1, Math.floor(n / 6000));
  for (let iter = 0; iter < 6; iter++) {
    const acc = new Float64Array(k * 4);
    for (let p = 0; p < n; p += stride) {
      const c = nearest(p * 3);
      acc[c * 4]! += s[p * 3]!;
      acc[c * 4 + 1]! += s[p * 3 + 1]!;
      acc[c * 4 + 2]! += s[p * 3 + 2]!;
      acc[c * 4 + 3]!++;
    }
    for (let c = 0; c < k; c++) {
      const m = acc[c * 4 + 3]!;
      if (m > 0) cen.set([acc[c * 4]! / m, acc[c * 4 + 1]! / m, acc[c * 4 + 2]! / m], c * 3);
    }
  }
  const order = Array.from({ length: k }, (_, i) => ({ i, l: 0.299 * cen[i * 3]! + 0.587 * cen[i * 3 + 1]! + 0.114 * cen[i * 3 + 2]! })).sort(
    (a, b) => a.l - b.l || a.i - b.i,
  );
  const rank = new Uint8Array(k);
  order.forEach((o, r) => (rank[o.i] = r));
  const layers = new Uint8Array(n);
  for (let p = 0; p < n; p++) layers[p] = rank[nearest(p * 3)]!;
  return { layers, colours: order.map((o) => [cen[o.i * 3]!, cen[o.i * 3 + 1]!, cen[o.i * 3 + 2]!] as const) };
}
