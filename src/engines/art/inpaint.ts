/**
 * inpaintImage: repaint only the masked part of a picture from new words.
 *
 * Mask: white = repaint, black = keep (grey = partly). The refined area is first filled from
 * the picture itself (PatchMatch, patchmatch.ts), dark lines that run into it are carried on
 * through it (line-continuation.ts), and the fill is blended in the gradient domain
 * (poisson.ts) so its edge takes the surrounding values with no step. The things the words
 * name are then painted in the chosen style, sized to the mask's bounding box
 * (refine-things.ts). The result is blended in with a weight that ramps up over `feather` px
 * inside the mask edge; every pixel the mask keeps is copied byte for byte.
 */
import { assert, assertRange, createRng } from '../core/index.ts';
import type { GrayImage, RgbaImage } from '../core/index.ts';
import { readAffect } from '../affect/index.ts';
import { applyMood, guardColours } from './adjust.ts';
import { resolveStyle } from './generate.ts';
import type { ProgressFn } from './generate.ts';
import { lineEnds, lineStrokes, paintLineStrokes } from './line-continuation.ts';
import { distanceToKeep, featheredAlpha, KEEP_BELOW, maskBounds, maskValues } from './mask.ts';
import { paletteFromAffect } from './palette.ts';
import type { Palette } from './palette.ts';
import { patchMatchFill } from './patchmatch.ts';
import { poissonBlend } from './poisson.ts';
import { boxBlur } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import { thingsInBox } from './refine-things.ts';
import type { ThingLayer } from './refine-things.ts';
import { styleDef } from './styles.ts';
import type { StyleId } from '../affect/index.ts';
import type { Rng } from '../core/index.ts';

export interface InpaintOptions {
  readonly image: RgbaImage;
  /** Same size as the image. White (1) = repaint, black (0) = keep. */
  readonly mask: RgbaImage | GrayImage;
  readonly prompt: string;
  readonly negativePrompt?: string;
  /** A style id; default: named in the prompt, else watercolour. */
  readonly style?: string;
  readonly seed: number;
  /** Width in px of the soft edge inside the mask (default 8, 0 = hard edge). */
  readonly feather?: number;
  readonly onProgress?: ProgressFn;
}

/** Repaints the masked area of an image (see the header). Returns a new image. */
export function inpaintImage(opts: InpaintOptions): RgbaImage {
  const { image, mask } = opts;
  const { width: W, height: H } = image;
  assert(mask.width === W && mask.height === H, `mask is ${mask.width}×${mask.height}, image is ${W}×${H}`);
  const feather = opts.feather ?? 8;
  assertRange(feather, 0, 512, 'feather');
  const progress = opts.onProgress ?? (() => {});
  const values = maskValues(mask);
  const out = new Uint8ClampedArray(image.data);
  const bounds = maskBounds(values, W, H);
  if (!bounds) return { width: W, height: H, data: out };
  const { x0, y0, x1, y1 } = bounds;
  const alphaFull = featheredAlpha(values, W, H, feather);
  progress(0.05, 'mask');

  // Work on the mask's bounding box plus enough of the picture around it to copy from.
  const bw = x1 - x0 + 1,
    bh = y1 - y0 + 1;
  const pad = Math.max(16, Math.round(0.6 * Math.max(bw, bh)));
  const cx0 = Math.max(0, x0 - pad),
    cy0 = Math.max(0, y0 - pad);
  const cw = Math.min(W, x1 + pad + 1) - cx0,
    ch = Math.min(H, y1 + pad + 1) - cy0;
  const orig = new Float32Array(cw * ch * 3);
  const hole = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const p = y * cw + x;
      const s = ((y + cy0) * W + x + cx0) * 4;
      for (let j = 0; j < 3; j++) orig[p * 3 + j] = image.data[s + j]! / 255;
      hole[p] = values[(y + cy0) * W + x + cx0]! >= KEEP_BELOW ? 1 : 0;
    }
  }
  const rng = createRng(opts.seed);
  const fill = patchMatchFill(orig, hole, cw, ch, rng.fork('fill'));
  progress(0.5, 'continuing lines');
  const scale = Math.min(W, H) / 512;
  const g: Canvas = { width: cw, height: ch, rgb: fill.rgb };
  const edge: Canvas = { width: cw, height: ch, rgb: edgeGuide(orig, fill.source, hole, cw, ch) };
  const strokes = lineStrokes(lineEnds(orig, hole, cw, ch, scale), Math.max(6, 0.3 * Math.min(bw, bh)), Math.hypot(bw, bh));
  paintLineStrokes(g, strokes);
  paintLineStrokes(edge, strokes);
  poissonBlend(g.rgb, orig, edge.rgb, hole, cw, ch);
  progress(0.7, 'composing');

  const affect = readAffect(opts.prompt, opts.negativePrompt);
  const style = resolveStyle(opts.style, affect);
  const pal = paletteFromAffect(affect);
  const box = { x: x0 - cx0, y: y0 - cy0, w: bw, h: bh };
  const things = thingsInBox(affect, opts.prompt, opts.negativePrompt ?? '', pal, rng.fork('scene'), box, cw, ch);
  if (things) {
    // The things' glows and haze (faint coverage) fade out well inside the mask, so the box
    // never shows; solid parts keep their shape (the feather softens the mask's edge).
    const dist = distanceToKeep(values, W, H, bounds);
    const hazeRamp = Math.max(8, 0.45 * Math.min(bw, bh));
    for (let y = 0; y < ch; y++)
      for (let x = 0; x < cw; x++) {
        const p = y * cw + x;
        if (things.alpha[p] === 0) continue;
        const ramp = things.alpha[p]! >= 0.5 ? 1e-6 : hazeRamp;
        const t = hole[p] ? Math.min(1, dist[(y + cy0) * W + x + cx0]! / ramp) : 0;
        things.alpha[p] = things.alpha[p]! * t * t * (3 - 2 * t);
      }
    paintThings(g, things, pal, style, rng.fork(`style:${style}`), scale);
  }
  progress(0.9, 'blending');

  const weight = new Float32Array(W * H);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const P = (y + cy0) * W + x + cx0;
      const a = alphaFull[P]!;
      if (a <= 0) continue;
      weight[P] = a;
      const p = (y * cw + x) * 3;
      const o = P * 4;
      // Uint8ClampedArray rounds (ties to even) and clamps on store.
      for (let j = 0; j < 3; j++) out[o + j] = image.data[o + j]! + (g.rgb[p + j]! * 255 - image.data[o + j]!) * a;
      out[o + 3] = image.data[o + 3]! + (255 - image.data[o + 3]!) * a;
    }
  }
  guardColours(out, pal, weight);
  progress(1, 'done');
  return { width: W, height: H, data: out };
}

/**
 * Composites the things over the blended fill in the chosen style: the style renders the
 * things' neighbourhood (things over the fill, in the mood), and its pixels are used where the
 * things cover — softened by a px so the style's own edges come along.
 */
function paintThings(g: Canvas, things: ThingLayer, pal: Palette, style: StyleId, rng: Rng, scale: number): void {
  const { width: w, height: h } = g;
  let x0 = w,
    y0 = h,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (things.alpha[y * w + x]! < 0.01) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  if (x1 < 0) return;
  const m = Math.round(12 * Math.max(1, scale));
  x0 = Math.max(0, x0 - m);
  y0 = Math.max(0, y0 - m);
  x1 = Math.min(w - 1, x1 + m);
  y1 = Math.min(h - 1, y1 + m);
  const sw = x1 - x0 + 1,
    sh = y1 - y0 + 1;
  const sub = new Float32Array(sw * sh * 3);
  const cover = new Float32Array(sw * sh);
  for (let y = 0; y < sh; y++)
    for (let x = 0; x < sw; x++) {
      const p = (y + y0) * w + x + x0,
        q = y * sw + x;
      const a = things.alpha[p]!;
      cover[q] = a;
      for (let j = 0; j < 3; j++) sub[q * 3 + j] = g.rgb[p * 3 + j]! + (things.rgb[p * 3 + j]! - g.rgb[p * 3 + j]!) * a;
    }
  const base: Canvas = { width: sw, height: sh, rgb: sub };
  applyMood(base, { ...pal, contrast: 1 + (pal.contrast - 1) * 0.7 }); // gentler: it must sit in an existing picture
  const styled = styleDef(style).render({ base, pal, rng, scale });
  const soft = boxBlur(cover, sw, sh, 1, Math.max(1, Math.round(scale)), 1);
  for (let y = 0; y < sh; y++)
    for (let x = 0; x < sw; x++) {
      const q = y * sw + x,
        p = (y + y0) * w + x + x0;
      const a = Math.min(1, Math.max(cover[q]!, soft[q]!));
      if (a <= 0) continue;
      for (let j = 0; j < 3; j++) g.rgb[p * 3 + j] = g.rgb[p * 3 + j]! + (styled.rgb[q * 3 + j]! - g.rgb[p * 3 + j]!) * a;
    }
}

/**
 * What the fill says each pixel just outside the hole looks like: for each hole neighbour, the
 * neighbour (same side) of the picture pixel that neighbour's colour was copied from; averaged.
 * So the guidance across the edge is the picture's own gradient where the patch came from
 * (Pérez et al.'s v_pq), not a step between two unrelated patches. Elsewhere: the picture.
 */
function edgeGuide(orig: Float32Array, source: Int32Array, hole: Uint8Array, w: number, h: number): Float32Array {
  const out = Float32Array.from(orig);
  for (let q = 0; q < w * h; q++) {
    if (hole[q]) continue;
    const x = q % w;
    let n = 0,
      r = 0,
      g = 0,
      b = 0;
    const y = (q - x) / w;
    for (const p of [x > 0 ? q - 1 : -1, x < w - 1 ? q + 1 : -1, q - w, q + w]) {
      if (p < 0 || p >= w * h || !hole[p] || source[p]! < 0) continue;
      // The source's neighbour on the same side; a source at the picture's edge has none there
      // (stepping off it would read outside the picture or wrap to the other side of a row).
      const sx = (source[p]! % w) + (x - (p % w));
      const sy = Math.floor(source[p]! / w) + (y - Math.floor(p / w));
      if (sx < 0 || sx >= w || sy < 0 || sy >= h) continue;
      const s = (sy * w + sx) * 3;
      r += orig[s]!;
      g += orig[s + 1]!;
      b += orig[s + 2]!;
      n++;
    }
    if (n > 0) {
      out[q * 3] = r / n;
      out[q * 3 + 1] = g / n;
      out[q * 3 + 2] = b / n;
    }
  }
  return out;
}
