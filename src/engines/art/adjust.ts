/**
 * Global mood adjustments (contrast, saturation, brightness, warmth — see palette.ts for how
 * feelings set them) and the final guard that keeps excluded colours and tones out.
 */
import { hueDelta } from './color.ts';
import type { Palette } from './palette.ts';
import type { Canvas } from './raster-ops.ts';

/**
 * Applies the palette's contrast (around mid-grey 0.5), saturation (around each pixel's luma),
 * brightness shift and warmth (red up / blue down) to the canvas, in place.
 */
export function applyMood(c: Canvas, pal: Palette): void {
  const { contrast, saturation, brightness, warmth } = pal;
  const rgb = c.rgb;
  const wr = 0.06 * warmth;
  for (let i = 0; i < rgb.length; i += 3) {
    let r = rgb[i]!;
    let g = rgb[i + 1]!;
    let b = rgb[i + 2]!;
    const l = 0.299 * r + 0.587 * g + 0.114 * b;
    r = l + (r - l) * saturation;
    g = l + (g - l) * saturation;
    b = l + (b - l) * saturation;
    r = (r - 0.5) * contrast + 0.5 + brightness + wr;
    g = (g - 0.5) * contrast + 0.5 + brightness;
    b = (b - 0.5) * contrast + 0.5 + brightness - wr;
    rgb[i] = r < 0 ? 0 : r > 1 ? 1 : r;
    rgb[i + 1] = g < 0 ? 0 : g > 1 ? 1 : g;
    rgb[i + 2] = b < 0 ? 0 : b > 1 ? 1 : b;
  }
}

/** True when the guard has anything to do for this palette. */
export const needsGuard = (pal: Palette): boolean => pal.excludedHues.length > 0 || pal.floor > 0 || pal.ceiling < 1;

/**
 * Final pass over 8-bit RGBA pixels (in place, only pixels with `weight` > 0 when given):
 * pixels whose hue falls in an excluded family lose their colour (turned to grey of the same
 * lightness, so nothing of that hue survives mixing or texture); lightness is lifted above the
 * floor ("not dark") and kept under the ceiling ("no white").
 */
export function guardColours(data: Uint8ClampedArray, pal: Palette, weight?: Float32Array): void {
  if (!needsGuard(pal)) return;
  const ranges = pal.excludedHues;
  const floor = pal.floor * 255;
  const span = pal.ceiling - pal.floor;
  for (let p = 0, i = 0; i < data.length; p++, i += 4) {
    if (weight && weight[p]! <= 0) continue;
    let r = data[i]!;
    let g = data[i + 1]!;
    let b = data[i + 2]!;
    if (ranges.length > 0) {
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const d = max - min;
      if (d > 14) {
        let h: number;
        if (max === r) h = (((g - b) / d + 6) % 6) * 60;
        else if (max === g) h = ((b - r) / d + 2) * 60;
        else h = ((r - g) / d + 4) * 60;
        for (const range of ranges) {
          const dist = Math.abs(hueDelta(h, range.centre));
          if (dist < range.halfWidth + 6) {
            const l = 0.299 * r + 0.587 * g + 0.114 * b;
            r = g = b = l;
            break;
          }
        }
      }
    }
    if (pal.floor > 0 || pal.ceiling < 1) {
      r = floor + r * span;
      g = floor + g * span;
      b = floor + b * span;
    }
    data[i] = r;
    data[i + 1] = g;
    data[i + 2] = b;
  }
}
