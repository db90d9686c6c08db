/**
 * Colour helpers for the art engine. Colours are sRGB triples in 0..1 (the engine paints in
 * float and converts to bytes once at the end).
 */

/** An sRGB colour with channels in 0..1. */
export type Col = readonly [number, number, number];

/** 0..255 bytes → 0..1 colour. */
export const fromBytes = (rgb: readonly [number, number, number]): Col => [rgb[0] / 255, rgb[1] / 255, rgb[2] / 255];

/** Linear interpolation between two colours, t in 0..1. */
export const mix = (a: Col, b: Col, t: number): Col => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

/** Multiplies the colour's lightness (keeps hue roughly). */
export const shade = (c: Col, k: number): Col => [clamp01(c[0] * k), clamp01(c[1] * k), clamp01(c[2] * k)];

/** Moves a colour toward white by t. */
export const tint = (c: Col, t: number): Col => mix(c, [1, 1, 1], t);

export const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Rec. 601 luma, 0..1. */
export const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;

/** RGB (0..1) → [hue degrees 0..360, saturation 0..1, lightness 0..1]. */
export function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d < 1e-6) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1) + 1e-6);
  let h: number;
  if (max === r) h = ((g - b) / d + 6) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h * 60, Math.min(1, s), l];
}

/** HSL → RGB (0..1). Hue in degrees (any value, wrapped). */
export function hslToRgb(h: number, s: number, l: number): Col {
  const hh = (((h % 360) + 360) % 360) / 60;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((hh % 2) - 1));
  const m = l - c / 2;
  const i = Math.floor(hh);
  const [r, g, b] = i === 0 ? [c, x, 0] : i === 1 ? [x, c, 0] : i === 2 ? [0, c, x] : i === 3 ? [0, x, c] : i === 4 ? [x, 0, c] : [c, 0, x];
  return [r + m, g + m, b + m];
}

/** Rotates hue by `deg` and scales saturation by `sat`. */
export function adjustHsl(c: Col, deg: number, sat = 1, light = 0): Col {
  const [h, s, l] = rgbToHsl(c[0], c[1], c[2]);
  return hslToRgb(h + deg, clamp01(s * sat), clamp01(l + light));
}

/** Signed smallest difference between two hues in degrees (−180..180). */
export const hueDelta = (a: number, b: number): number => ((((a - b) % 360) + 540) % 360) - 180;
