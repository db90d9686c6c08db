import type { PixelPlanes } from './planes.ts';

/** How much line and detail an artwork has. */
export interface EdgeFeatures {
  /** Share of interior pixels whose lightness gradient exceeds the edge threshold, 0..1. */
  readonly edgeDensity: number;
  /** Mean Sobel gradient magnitude of lightness, normalised to 0..1 (1 = black/white everywhere). */
  readonly meanGradient: number;
}

export interface EdgeOptions {
  /** Normalised gradient (0..1) above which a pixel counts as an edge. 0.1 ≈ a step of ~0.3 in L*. */
  threshold: number;
}

export const edgeDefaults = (): EdgeOptions => ({ threshold: 0.1 });

/** Largest Sobel magnitude on a 0..1 plane (a black/white step along both axes): 4·√2. */
const SOBEL_MAX = 4 * Math.SQRT2;

/**
 * Sobel edges on the lightness plane. Images narrower or shorter than 3 px have no interior and
 * report zero edges.
 */
export function edgesFromPlanes(planes: PixelPlanes, options: Partial<EdgeOptions> = {}): EdgeFeatures {
  const { threshold } = { ...edgeDefaults(), ...options };
  const { width: w, height: h, lightness: L } = planes;
  if (w < 3 || h < 3) return { edgeDensity: 0, meanGradient: 0 };
  let edges = 0;
  let sum = 0;
  const cut = threshold * SOBEL_MAX;
  for (let y = 1; y < h - 1; y++) {
    const up = (y - 1) * w, mid = y * w, down = (y + 1) * w;
    for (let x = 1; x < w - 1; x++) {
      const a = L[up + x - 1]!, b = L[up + x]!, c = L[up + x + 1]!;
      const d = L[mid + x - 1]!, f = L[mid + x + 1]!;
      const g = L[down + x - 1]!, hh = L[down + x]!, i = L[down + x + 1]!;
      const gx = c + 2 * f + i - a - 2 * d - g;
      const gy = g + 2 * hh + i - a - 2 * b - c;
      const m = Math.sqrt(gx * gx + gy * gy);
      sum += m;
      if (m > cut) edges++;
    }
  }
  const interior = (w - 2) * (h - 2);
  return { edgeDensity: edges / interior, meanGradient: sum / interior / SOBEL_MAX };
}
