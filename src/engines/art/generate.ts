/**
 * generateImage: words (+ an optional sketch) → a styled picture, deterministic for a seed.
 *
 * Pipeline: read the words (affect) → palette and mood adjustments (palette.ts) → compose the
 * mood background and the named motifs (scene.ts) → fill the regions the client's lines
 * enclose (sketch.ts) → mood contrast/saturation (adjust.ts) → the chosen style
 * (styles/) → the client's lines drawn on top in the style's ink → excluded colours removed.
 */
import { assert, assertRange, createRng } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { isStyleId, readAffect } from '../affect/index.ts';
import type { AffectReading, StyleId } from '../affect/index.ts';
import { applyMood, guardColours } from './adjust.ts';
import { paletteFromAffect } from './palette.ts';
import type { Palette } from './palette.ts';
import { createCanvas } from './raster-ops.ts';
import type { Canvas } from './raster-ops.ts';
import { paintScene } from './scene.ts';
import { fillRegions, roundRegionInSky, sketchLayout } from './sketch.ts';
import type { Col } from './color.ts';
import type { MotifId } from '../affect/index.ts';
import { styleDef } from './styles.ts';

/** Called with progress 0..1 and the stage name, for the UI. */
export type ProgressFn = (fraction: number, stage: string) => void;

export interface GenerateOptions {
  readonly prompt: string;
  readonly negativePrompt?: string;
  /** The client's drawing (any size; resampled). Dark marks on light paper are the lines. */
  readonly sketch?: RgbaImage;
  /** How closely the result follows the sketch, 0..1 (default 0.7). */
  readonly sketchStrength?: number;
  /** A style id; default: a style named in the prompt, else watercolour. */
  readonly style?: string;
  /** Any integer; same inputs + seed → identical bytes. */
  readonly seed: number;
  /** Output size in px, 16..4096. */
  readonly width: number;
  readonly height: number;
  readonly onProgress?: ProgressFn;
}

/** Default style when neither the options nor the prompt name one. */
export const DEFAULT_STYLE: StyleId = 'watercolour';

/** The style an explicit choice or the prompt selects. */
export function resolveStyle(style: string | undefined, affect: AffectReading): StyleId {
  if (style !== undefined) {
    assert(isStyleId(style), `unknown style "${style}"`);
    return style;
  }
  return affect.styles[0] ?? DEFAULT_STYLE;
}

/** Float canvas → 8-bit opaque RGBA (Uint8ClampedArray clamps and rounds, ties to even). */
export function toRgba(c: Canvas): RgbaImage {
  const n = c.width * c.height;
  const data = new Uint8ClampedArray(n * 4);
  const s = c.rgb;
  for (let p = 0, i = 0, j = 0; p < n; p++, i += 4, j += 3) {
    data[i] = s[j]! * 255;
    data[i + 1] = s[j + 1]! * 255;
    data[i + 2] = s[j + 2]! * 255;
    data[i + 3] = 255;
  }
  return { width: c.width, height: c.height, data };
}

/** Draws line coverage × opacity in the ink colour over the canvas. */
export function overlayLines(c: Canvas, lines: Float32Array, ink: readonly [number, number, number], opacity: number): void {
  const s = c.rgb;
  for (let p = 0; p < lines.length; p++) {
    const a = lines[p]! * opacity;
    if (a <= 0) continue;
    const i = p * 3;
    s[i] = s[i]! + (ink[0] - s[i]!) * a;
    s[i + 1] = s[i + 1]! + (ink[1] - s[i + 1]!) * a;
    s[i + 2] = s[i + 2]! + (ink[2] - s[i + 2]!) * a;
  }
}

/** Everything generateImage decided, for `--json` output and the version tree. */
export interface GenerateResult {
  readonly image: RgbaImage;
  readonly style: StyleId;
  readonly affect: AffectReading;
  readonly palette: Palette;
}

/** Like generateImage, also returning the reading, palette and style used. */
export function generateWithDetails(opts: GenerateOptions): GenerateResult {
  const { width, height, seed } = opts;
  assert(Number.isInteger(width) && Number.isInteger(height), 'width and height must be integers');
  assertRange(width, 16, 4096, 'width');
  assertRange(height, 16, 4096, 'height');
  assert(Number.isFinite(seed), 'seed must be a finite number');
  const strength = opts.sketchStrength ?? 0.7;
  assertRange(strength, 0, 1, 'sketchStrength');
  const progress = opts.onProgress ?? (() => {});
  const affect = readAffect(opts.prompt, opts.negativePrompt);
  const style = resolveStyle(opts.style, affect);
  const pal = paletteFromAffect(affect);
  const rng = createRng(seed);
  progress(0.05, 'reading');
  const canvas = createCanvas(width, height);
  const layout = opts.sketch ? sketchLayout(opts.sketch, width, height) : undefined;
  // With a sketch, the client's shapes lead: a circle drawn in the sky becomes the sun or moon
  // the words name, and other objects fade back as the sketch strength rises.
  const skip: MotifId[] = [];
  const special = new Map<number, Col>();
  const disc = layout && strength >= 0.5 ? roundRegionInSky(layout, height) : undefined;
  const sky = affect.motifs.find((m) => m === 'sun' || m === 'moon');
  if (disc && sky) {
    skip.push(sky);
    special.set(disc.label, pal.motifColours[sky] ?? (sky === 'sun' ? [1, 0.84, 0.42] : [0.97, 0.95, 0.82]));
  }
  paintScene(canvas, affect, pal, rng.fork('scene'), { skip, objectOpacity: layout ? 1 - 0.75 * strength : 1 });
  progress(0.35, 'composing');
  const lines = layout?.lines;
  if (layout) fillRegions(canvas, layout, pal.accents, strength, rng.fork('regions'), special);
  applyMood(canvas, pal);
  progress(0.5, 'styling');
  const def = styleDef(style);
  const styled = def.render({ base: canvas, pal, rng: rng.fork(`style:${style}`), scale: Math.min(width, height) / 512 });
  // The client's lines: fully there at strength 1, a faint trace at 0.2.
  if (lines) overlayLines(styled, lines, def.ink, Math.pow(strength, 1.5));
  const image = toRgba(styled);
  guardColours(image.data, pal);
  progress(1, 'done');
  return { image, style, affect, palette: pal };
}

/** Generates a picture from words and an optional sketch (see GenerateOptions). */
export function generateImage(opts: GenerateOptions): RgbaImage {
  return generateWithDetails(opts).image;
}
