/**
 * inpaintImage: repaint only the masked part of a picture from new words.
 *
 * Mask: white = repaint, black = keep (grey = partly). Inside the mask the picture is first
 * filled with a smooth continuation of its surroundings (push–pull), tinted toward the sky
 * colours of the new words, the motifs the words name are composed into the mask's bounding box, and the
 * result is styled. It is blended in with a weight that ramps up over `feather` px inside the
 * mask edge; every pixel the mask keeps is copied byte for byte.
 */
import { assert, assertRange, createRng } from '../core/index.ts';
import type { GrayImage, RgbaImage } from '../core/index.ts';
import { readAffect } from '../affect/index.ts';
import { applyMood, guardColours } from './adjust.ts';
import { mix } from './color.ts';
import { createCanvas } from './raster-ops.ts';
import { resolveStyle } from './generate.ts';
import type { ProgressFn } from './generate.ts';
import { featheredAlpha, maskBounds, maskValues } from './mask.ts';
import { paletteFromAffect } from './palette.ts';
import { pushPull } from './push-pull.ts';
import type { Canvas } from './raster-ops.ts';
import { paintScene } from './scene.ts';
import { styleDef } from './styles.ts';

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
  progress(0.1, 'mask');

  // Work on the mask's bounding box plus a margin of context.
  const pad = Math.round(8 + Math.min(W, H) / 64);
  const cx0 = Math.max(0, x0 - pad), cy0 = Math.max(0, y0 - pad);
  const cw = Math.min(W, x1 + pad + 1) - cx0, ch = Math.min(H, y1 + pad + 1) - cy0;
  const crop = createCanvas(cw, ch);
  const known = new Float32Array(cw * ch);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const p = y * cw + x;
      const s = ((y + cy0) * W + x + cx0) * 4;
      crop.rgb[p * 3] = image.data[s]! / 255;
      crop.rgb[p * 3 + 1] = image.data[s + 1]! / 255;
      crop.rgb[p * 3 + 2] = image.data[s + 2]! / 255;
      known[p] = 1 - values[(y + cy0) * W + x + cx0]!;
    }
  }
  const affect = readAffect(opts.prompt, opts.negativePrompt);
  const style = resolveStyle(opts.style, affect);
  const pal = paletteFromAffect(affect);
  const rng = createRng(opts.seed);
  const filled = pushPull(crop.rgb, known, cw, ch);
  // The new mood: a 20% tint toward the words' sky colours over the continued surroundings
  // (no horizon of its own, so nothing inside the mask looks cut off).
  const base: Canvas = { width: cw, height: ch, rgb: filled };
  const tint = mix(pal.skyTop, pal.skyHorizon, 0.5);
  for (let p = 0; p < cw * ch; p++) {
    const k = 0.2 * (1 - known[p]!);
    for (let j = 0; j < 3; j++) filled[p * 3 + j] = filled[p * 3 + j]! + (tint[j]! - filled[p * 3 + j]!) * k;
  }
  progress(0.4, 'composing');
  const rect = { x: x0 - cx0, y: y0 - cy0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
  paintScene(base, affect, pal, rng.fork('scene'), { rect, background: false, defaultMotif: false });
  applyMood(base, { ...pal, contrast: 1 + (pal.contrast - 1) * 0.7 }); // gentler: it must sit in an existing picture
  progress(0.6, 'styling');
  const styled = styleDef(style).render({ base, pal, rng: rng.fork(`style:${style}`), scale: Math.min(W, H) / 512 });

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
      for (let j = 0; j < 3; j++) out[o + j] = image.data[o + j]! + (styled.rgb[p + j]! * 255 - image.data[o + j]!) * a;
      out[o + 3] = image.data[o + 3]! + (255 - image.data[o + 3]!) * a;
    }
  }
  guardColours(out, pal, weight);
  progress(1, 'done');
  return { width: W, height: H, data: out };
}
