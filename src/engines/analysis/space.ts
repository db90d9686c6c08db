import type { PixelPlanes } from './planes.ts';

/** A rectangle in fractions of the image, 0..1, x to the right and y down. */
export interface NormalizedBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** How an artwork uses the page. */
export interface SpaceFeatures {
  /** The background colour ink is measured against (`#rrggbb`): the commonest border colour. */
  readonly background: string;
  /** Share of pixels that differ visibly from the background, 0..1. */
  readonly inkCoverage: number;
  /** Bounding box of the ink, or null on an empty page. */
  readonly boundingBox: NormalizedBox | null;
  /** Ink centre of mass in fractions of the page (0.5, 0.5 = centred), or null on an empty page. */
  readonly centreOfMass: { readonly x: number; readonly y: number } | null;
  /** Empty space between the ink and each edge, fractions of the page; all 1 on an empty page. */
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export interface SpaceOptions {
  /** Euclidean RGB distance (0..441) from the background above which a pixel is ink. */
  inkDistance: number;
}

export const spaceDefaults = (): SpaceOptions => ({ inkDistance: 48 });

/**
 * Ink coverage, bounding box, centre of mass and margins. The background is the commonest colour
 * along the border (quantised to 4 bits per channel, then averaged), so a drawing on coloured
 * paper is measured against its paper, not against white.
 */
export function spaceFromPlanes(planes: PixelPlanes, options: Partial<SpaceOptions> = {}): SpaceFeatures {
  const { inkDistance } = { ...spaceDefaults(), ...options };
  const { width: w, height: h, rgb } = planes;
  const bg = borderBackground(planes);
  const cut2 = inkDistance * inkDistance;
  let ink = 0, sx = 0, sy = 0;
  let minX = w, minY = h, maxX = -1, maxY = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = (y * w + x) * 3;
      const dr = rgb[k]! - bg[0], dg = rgb[k + 1]! - bg[1], db = rgb[k + 2]! - bg[2];
      if (dr * dr + dg * dg + db * db <= cut2) continue;
      ink++;
      sx += x + 0.5;
      sy += y + 0.5;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  const background = `#${bg.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  if (ink === 0) {
    return { background, inkCoverage: 0, boundingBox: null, centreOfMass: null, margins: { top: 1, right: 1, bottom: 1, left: 1 } };
  }
  const box = { x0: minX / w, y0: minY / h, x1: (maxX + 1) / w, y1: (maxY + 1) / h };
  return {
    background,
    inkCoverage: ink / (w * h),
    boundingBox: box,
    centreOfMass: { x: sx / ink / w, y: sy / ink / h },
    margins: { top: box.y0, right: 1 - box.x1, bottom: 1 - box.y1, left: box.x0 },
  };
}

function borderBackground(planes: PixelPlanes): [number, number, number] {
  const { width: w, height: h, rgb } = planes;
  const counts = new Map<number, { n: number; r: number; g: number; b: number }>();
  const visit = (x: number, y: number): void => {
    const k = (y * w + x) * 3;
    const r = rgb[k]!, g = rgb[k + 1]!, b = rgb[k + 2]!;
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    const e = counts.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    e.n++;
    e.r += r;
    e.g += g;
    e.b += b;
    counts.set(key, e);
  };
  for (let x = 0; x < w; x++) {
    visit(x, 0);
    if (h > 1) visit(x, h - 1);
  }
  for (let y = 1; y < h - 1; y++) {
    visit(0, y);
    if (w > 1) visit(w - 1, y);
  }
  let best = { n: 0, r: 255, g: 255, b: 255 };
  // Ties go to the lighter colour: paper is usually lighter than ink.
  for (const e of counts.values()) {
    if (e.n > best.n || (e.n === best.n && e.r + e.g + e.b > (best.r + best.g + best.b))) best = e;
  }
  if (best.n === 0) return [255, 255, 255];
  return [Math.round(best.r / best.n), Math.round(best.g / best.n), Math.round(best.b / best.n)];
}
