import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';

/** Test helper: an image painted by a function of (x, y) → [r, g, b, a]. */
export function paint(width: number, height: number, fn: (x: number, y: number) => readonly [number, number, number, number?]): RgbaImage {
  const img = createRgba(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = fn(x, y);
      img.data.set([r, g, b, a], (y * width + x) * 4);
    }
  }
  return img;
}
