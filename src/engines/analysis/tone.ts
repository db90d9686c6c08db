import type { PixelPlanes } from './planes.ts';

/** Brightness, saturation, warm/cool balance and colourfulness of an artwork. */
export interface ToneFeatures {
  /** Mean CIE lightness L* ÷ 100, 0 (all black) .. 1 (all white). */
  readonly brightness: number;
  /** Standard deviation of lightness, 0..0.5: how much light and dark are mixed. */
  readonly contrast: number;
  /** Mean HSV saturation, 0 (greys only) .. 1 (fully saturated colours). */
  readonly saturation: number;
  /** Share of chromatic pixels with warm hues (reds, oranges, yellows), 0..1. */
  readonly warmShare: number;
  /** Share of chromatic pixels with cool hues (cyans, blues, violets), 0..1. */
  readonly coolShare: number;
  /** warmShare − coolShare, −1 (all cool) .. +1 (all warm); 0 when the image has no colour. */
  readonly warmCoolBalance: number;
  /**
   * Hasler & Süsstrunk (2003) colourfulness M on 0..255 channels: σ_rgyb + 0.3·μ_rgyb.
   * Their perceptual anchors: 0 not colourful, 15 slightly, 33 moderately, 45 averagely,
   * 59 quite, 82 highly, 109+ extremely colourful.
   */
  readonly colourfulness: number;
}

/**
 * Minimum HSV chroma ((max − min) / 255) for a pixel to count as having a hue; below it a pixel
 * is a grey and takes no part in the warm/cool balance.
 */
export const CHROMA_FLOOR = 0.12;

/**
 * Hue classes in degrees. Warm: red through yellow (330°..90°); cool: cyan through violet
 * (150°..300°). Yellow-greens and magentas are left neutral because people disagree about them.
 */
export function hueClass(hueDeg: number): 'warm' | 'cool' | 'neutral' {
  if (hueDeg >= 330 || hueDeg < 90) return 'warm';
  if (hueDeg >= 150 && hueDeg < 300) return 'cool';
  return 'neutral';
}

/** One pass over the composited pixels for every tone feature. */
export function toneFromPlanes(planes: PixelPlanes): ToneFeatures {
  const { rgb, lightness } = planes;
  const n = lightness.length;
  let sumL = 0, sumL2 = 0, sumS = 0;
  let warm = 0, cool = 0, chromatic = 0;
  let sRg = 0, sRg2 = 0, sYb = 0, sYb2 = 0;
  for (let i = 0, k = 0; i < n; i++, k += 3) {
    const l = lightness[i]!;
    sumL += l;
    sumL2 += l * l;
    const r = rgb[k]!, g = rgb[k + 1]!, b = rgb[k + 2]!;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const c = max - min;
    if (max > 0) sumS += c / max;
    if (c / 255 >= CHROMA_FLOOR) {
      chromatic++;
      const cls = hueClass(hueDegrees(r, g, b, max, c));
      if (cls === 'warm') warm++;
      else if (cls === 'cool') cool++;
    }
    const rg = r - g;
    const yb = 0.5 * (r + g) - b;
    sRg += rg;
    sRg2 += rg * rg;
    sYb += yb;
    sYb2 += yb * yb;
  }
  const meanL = sumL / n;
  const mRg = sRg / n, mYb = sYb / n;
  const varRg = Math.max(0, sRg2 / n - mRg * mRg);
  const varYb = Math.max(0, sYb2 / n - mYb * mYb);
  const warmShare = chromatic ? warm / chromatic : 0;
  const coolShare = chromatic ? cool / chromatic : 0;
  return {
    brightness: meanL,
    contrast: Math.sqrt(Math.max(0, sumL2 / n - meanL * meanL)),
    saturation: sumS / n,
    warmShare,
    coolShare,
    warmCoolBalance: warmShare - coolShare,
    colourfulness: Math.sqrt(varRg + varYb) + 0.3 * Math.sqrt(mRg * mRg + mYb * mYb),
  };
}

/** HSV hue in degrees [0, 360) given max and chroma (> 0). */
function hueDegrees(r: number, g: number, b: number, max: number, c: number): number {
  let h: number;
  if (max === r) h = ((g - b) / c) % 6;
  else if (max === g) h = (b - r) / c + 2;
  else h = (r - g) / c + 4;
  h *= 60;
  return h < 0 ? h + 360 : h;
}
