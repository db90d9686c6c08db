import type { RgbaImage } from '../core/index.ts';
import { assert } from '../core/index.ts';

/**
 * An artwork prepared for measurement: every pixel composited over white paper (a transparent
 * canvas reads as blank paper, which is what the client saw) and its CIE lightness.
 */
export interface PixelPlanes {
  readonly width: number;
  readonly height: number;
  /** Composited sRGB, 3 bytes per pixel, 0..255. */
  readonly rgb: Uint8Array;
  /** CIE L* / 100 per pixel, 0 (black) .. 1 (white): perceptual lightness. */
  readonly lightness: Float32Array;
}

/** sRGB byte → linear light, precomputed. */
const LINEAR = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const c = i / 255;
  LINEAR[i] = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** CIE L* ÷ 100 from relative luminance Y in 0..1. */
export function lightnessFromLuminance(y: number): number {
  const f = y > 216 / 24389 ? Math.cbrt(y) : (24389 / 27 * y + 16) / 116;
  return Math.min(1, Math.max(0, (116 * f - 16) / 100));
}

/** Composites an RGBA image over white and computes its lightness plane. */
export function planesFromImage(image: RgbaImage): PixelPlanes {
  const { width, height, data } = image;
  assert(width > 0 && height > 0, 'image must have at least one pixel');
  assert(data.length === width * height * 4, 'image data must be width × height × 4 bytes');
  const n = width * height;
  const rgb = new Uint8Array(n * 3);
  const lightness = new Float32Array(n);
  // Lightness depends only on the composited colour; cache by 24-bit key would be large, so
  // compute directly (cbrt is cheap enough: ~10 ms per megapixel).
  for (let i = 0, j = 0, k = 0; i < n; i++, j += 4, k += 3) {
    const a = data[j + 3]! / 255;
    const r = Math.round(data[j]! * a + 255 * (1 - a));
    const g = Math.round(data[j + 1]! * a + 255 * (1 - a));
    const b = Math.round(data[j + 2]! * a + 255 * (1 - a));
    rgb[k] = r;
    rgb[k + 1] = g;
    rgb[k + 2] = b;
    const y = 0.2126 * LINEAR[r]! + 0.7152 * LINEAR[g]! + 0.0722 * LINEAR[b]!;
    lightness[i] = lightnessFromLuminance(y);
  }
  return { width, height, rgb, lightness };
}
