/**
 * The group's sketch as pixels, for co-creation: the visible strokes of a canvas document drawn
 * as round-capped lines on white paper (dark marks on light paper are what the studio engine
 * reads as lines). Deterministic: the same document gives the same bytes.
 */
import * as Y from 'yjs';
import { createRgba } from '../../engines/core/index.ts';
import type { RgbaImage } from '../../engines/core/index.ts';
import { GROUP_CANVAS, visibleStrokes } from '../../domain/groups/canvas-model.ts';
import type { CanvasStroke } from '../../domain/groups/canvas-model.ts';

/** The strokes of a stored document (a Yjs update), without those of `without` authors. */
export function strokesOfUpdate(update: Uint8Array, without: ReadonlySet<string> = new Set()): CanvasStroke[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const out = visibleStrokes(doc, { without });
  doc.destroy();
  return out;
}

/** Draws strokes at `scale` of the canvas size. */
export function rasterizeStrokes(strokes: readonly CanvasStroke[], scale = 0.5): RgbaImage {
  const w = Math.round(GROUP_CANVAS.width * scale);
  const h = Math.round(GROUP_CANVAS.height * scale);
  const img = createRgba(w, h);
  for (const s of strokes) {
    const r = parseInt(s.color.slice(1, 3), 16);
    const g = parseInt(s.color.slice(3, 5), 16);
    const b = parseInt(s.color.slice(5, 7), 16);
    const radius = Math.max(0.75, (s.size * scale) / 2);
    const pts = s.points;
    for (let i = 0; i + 1 < pts.length; i += 2) {
      const x0 = pts[i]! * scale;
      const y0 = pts[i + 1]! * scale;
      const x1 = (i + 3 < pts.length ? pts[i + 2]! : pts[i]!) * scale;
      const y1 = (i + 3 < pts.length ? pts[i + 3]! : pts[i + 1]!) * scale;
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / Math.max(0.5, radius / 2)));
      for (let k = 0; k <= steps; k++) disc(img, x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps, radius, r, g, b);
    }
  }
  return img;
}

function disc(img: RgbaImage, cx: number, cy: number, radius: number, r: number, g: number, b: number): void {
  const r2 = radius * radius;
  const x0 = Math.max(0, Math.floor(cx - radius));
  const x1 = Math.min(img.width - 1, Math.ceil(cx + radius));
  const y0 = Math.max(0, Math.floor(cy - radius));
  const y1 = Math.min(img.height - 1, Math.ceil(cy + radius));
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      if (dx * dx + dy * dy > r2) continue;
      const o = (y * img.width + x) * 4;
      img.data[o] = r;
      img.data[o + 1] = g;
      img.data[o + 2] = b;
      img.data[o + 3] = 255;
    }
}
