/**
 * Round 9 (issue #13): added things never cover the client's drawing. A thing the words name
 * but the sketch lacks goes where the scene grammar finds free paper — none of the drawing's
 * ink nor the inside of a drawn shape under its box — scaled to fit, or is reported
 * "not added: no room". Sketches drawn here.
 */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { generateWithDetails, NO_ROOM } from './generate.ts';
import { lumaAt } from './test-helpers.ts';

const W = 320;
const H = 240;
type Pt = readonly [number, number];

/** White paper with 3px black polylines. */
function draw(polys: readonly (readonly Pt[])[]): RgbaImage {
  const img = createRgba(W, H);
  const dot = (x: number, y: number): void => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < W && Y < H) img.data.set([0, 0, 0, 255], (Y * W + X) * 4);
      }
  };
  for (const poly of polys)
    for (let k = 1; k < poly.length; k++) {
      const [ax, ay] = poly[k - 1]!;
      const [bx, by] = poly[k]!;
      const n = Math.ceil(Math.hypot(bx - ax, by - ay));
      for (let t = 0; t <= n; t++) dot(ax + ((bx - ax) * t) / n, ay + ((by - ay) * t) / n);
    }
  return img;
}

/** An open spiral (no closed shape) and a closed ring: two drawn objects no word names. */
const spiral: Pt[] = Array.from({ length: 400 }, (_, k) => {
  const t = (k / 400) * 3.2 * 2 * Math.PI;
  const r = 6 + 11 * (t / Math.PI);
  return [120 + r * Math.cos(t), 110 + r * Math.sin(t)];
});
const ring: Pt[] = Array.from({ length: 61 }, (_, k) => [245 + 38 * Math.cos((k / 60) * 2 * Math.PI), 90 + 38 * Math.sin((k / 60) * 2 * Math.PI)]);
const sketch = draw([spiral, ring]);

/** Dark sketch pixels (ink) and whether each is inside the ring (the drawn shape's inside counts). */
const isInk = (p: number): boolean => sketch.data[p * 4]! < 128;
const inRing = (x: number, y: number): boolean => Math.hypot(x - 245, y - 90) < 40;

describe('added things keep off the client’s drawing', () => {
  it.each([1, 2, 3, 4])('seed %i: no ink nor drawn shape under an added thing, and the drawing stays visible', (seed) => {
    const res = generateWithDetails({ prompt: 'a balloon, a cat, a bicycle and a bench', sketch, seed, width: W, height: H });
    const added = res.placements;
    expect(added.length).toBeGreaterThan(0);
    // Ink pixels at the middle of a stroke (ink 2 px either side): still darker than the paint beside the stroke.
    let inkTotal = 0;
    let dark = 0;
    for (let y = 6; y < H - 6; y++)
      for (let x = 6; x < W - 6; x++) {
        const p = y * W + x;
        if (!isInk(p) || !isInk(p - 1) || !isInk(p + 1)) continue;
        inkTotal++;
        const beside = Math.max(lumaAt(res.image, p - 5 * W), lumaAt(res.image, p + 5 * W));
        if (lumaAt(res.image, p) < beside - 0.15) dark++;
      }
    for (const pl of added) {
      let under = 0;
      for (let y = Math.max(0, pl.box.y); y < Math.min(H, pl.box.y + pl.box.h); y++)
        for (let x = Math.max(0, pl.box.x); x < Math.min(W, pl.box.x + pl.box.w); x++) if (isInk(y * W + x) || inRing(x, y)) under++;
      expect(under, `${pl.word} at ${JSON.stringify(pl.box)}`).toBe(0);
    }
    // The drawing nobody named keeps its lines: almost every ink pixel is still dark in the picture.
    expect(dark / inkTotal).toBeGreaterThan(0.85);
  });

  it('reports a thing with no free paper as not added rather than painting over the drawing', () => {
    // Vertical strokes every 9 px from edge to edge: no room anywhere, and no closed shape to take the word.
    const bars = Array.from({ length: Math.ceil(W / 9) }, (_, k): Pt[] => [
      [k * 9 + 2, 0],
      [k * 9 + 2, H - 1],
    ]);
    const res = generateWithDetails({ prompt: 'a cat', sketch: draw(bars), seed: 5, width: W, height: H });
    expect(res.placements).toHaveLength(0);
    const cat = res.report.words.find((w) => w.word === 'cat');
    expect(cat?.drawn).toBe(NO_ROOM);
    expect(cat?.fromSketch).toBeUndefined();
  });

  it('still places a named thing on the sketch’s free paper, at the grammar’s size when there is room', () => {
    const res = generateWithDetails({ prompt: 'a bicycle', sketch: draw([ring]), seed: 7, width: W, height: H });
    const bike = res.placements.find((p) => p.word === 'bicycle');
    expect(bike).toBeDefined();
    const alone = generateWithDetails({ prompt: 'a bicycle', seed: 7, width: W, height: H }).placements[0]!;
    expect(bike!.box.h).toBeGreaterThanOrEqual(alone.box.h * 0.5);
  });
});
