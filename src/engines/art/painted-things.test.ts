/**
 * Painted, not pasted (round 8): what a drawn person, tree, window and crayon fill look like in
 * the picture — properties of colours measured where the test's own sketch put each part.
 */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { rgbToHsl } from './color.ts';
import { describeImage, generateImage } from './generate.ts';
import { materialOf, textured } from './materials.ts';
import { sameBytes } from './test-helpers.ts';

const W = 320;
const H = 240;
type Pt = readonly [number, number];

/** White paper with 3px black polylines; `fills` are crayon-coloured discs drawn first. */
function draw(polys: readonly (readonly Pt[])[], fills: readonly { cx: number; cy: number; r: number; rgb: [number, number, number] }[] = []): RgbaImage {
  const img = createRgba(W, H);
  for (const f of fills)
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++)
        if (Math.hypot(x - f.cx, y - f.cy) < f.r) img.data.set([...f.rgb, 255], (y * W + x) * 4);
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
const ring = (cx: number, cy: number, r: number): Pt[] =>
  Array.from({ length: 61 }, (_, k) => [cx + r * Math.cos((k / 60) * 2 * Math.PI), cy + r * Math.sin((k / 60) * 2 * Math.PI)]);

/** Mean colour (0..1) of the pixels in a box, and its hue, saturation and lightness. */
function meanIn(img: RgbaImage, x0: number, y0: number, x1: number, y1: number): { rgb: [number, number, number]; h: number; s: number; l: number } {
  const m: [number, number, number] = [0, 0, 0];
  let n = 0;
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      const i = (y * img.width + x) * 4;
      m[0] += img.data[i]! / 255;
      m[1] += img.data[i + 1]! / 255;
      m[2] += img.data[i + 2]! / 255;
      n++;
    }
  const rgb: [number, number, number] = [m[0] / n, m[1] / n, m[2] / n];
  const [h, s, l] = rgbToHsl(...rgb);
  return { rgb, h, s, l };
}
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

// A stick figure standing on a ground line: head, torso, two arms, two legs.
const stick: Pt[][] = [
  ring(160, 70, 16),
  [
    [160, 87],
    [160, 145],
  ],
  [
    [160, 102],
    [132, 128],
  ],
  [
    [160, 102],
    [188, 128],
  ],
  [
    [160, 145],
    [143, 200],
  ],
  [
    [160, 145],
    [177, 200],
  ],
  [
    [0, 200],
    [W - 1, 200],
  ],
];

describe('painted, not pasted', () => {
  it('paints a stick figure as a person: a clothed torso, a skin-toned head, no cone between the legs', async () => {
    const sketch = draw(stick);
    expect(describeImage({ prompt: 'a person standing', sketch, seed: 3, width: W, height: H }).words.find((w) => w.word === 'person')?.fromSketch).toBe(true);
    for (const seed of [3, 11]) {
      await turn();
      const img = generateImage({ prompt: 'a person standing', sketch, seed, width: W, height: H });
      // Beside the torso's line (the line itself is the client's ink): the shirt.
      const torso = meanIn(img, 163, 110, 167, 138);
      const head = meanIn(img, 152, 62, 168, 78);
      const paper = meanIn(img, 258, 100, 270, 130);
      expect(torso.s).toBeGreaterThan(0.2);
      expect(dist(torso.rgb, paper.rgb)).toBeGreaterThan(0.15);
      expect(dist(torso.rgb, head.rgb)).toBeGreaterThan(0.1);
      // Skin: warm (red over green over blue) and light.
      expect(head.rgb[0]).toBeGreaterThan(head.rgb[1]);
      expect(head.rgb[1]).toBeGreaterThan(head.rgb[2]);
      expect(head.rgb[0] - head.rgb[2]).toBeGreaterThan(0.12);
      expect(head.l).toBeGreaterThan(0.45);
      // Between the legs, just above the ground: paper or sky (in the figure's soft shadow), not
      // a body — nearer the colour beside the figure than the clothes, and light.
      const gap = meanIn(img, 157, 186, 163, 192);
      const beside = meanIn(img, 250, 186, 256, 192);
      const legs = meanIn(img, 171, 184, 175, 190);
      expect(dist(gap.rgb, beside.rgb)).toBeLessThan(dist(gap.rgb, legs.rgb));
      expect(dist(gap.rgb, beside.rgb)).toBeLessThan(dist(gap.rgb, torso.rgb));
      expect(gap.l).toBeGreaterThan(0.45);
    }
  });

  it('is deterministic per seed with drawn people and materials', async () => {
    const sketch = draw(stick);
    const a = generateImage({ prompt: 'a person standing', sketch, seed: 5, width: W, height: H });
    await turn();
    const b = generateImage({ prompt: 'a person standing', sketch, seed: 5, width: W, height: H });
    expect(sameBytes(a, b)).toBe(true);
  });

  it('paints a drawn tree with a green crown and a brown trunk', async () => {
    // A round crown over a narrow trunk standing on the ground.
    const crown = ring(160, 95, 45).filter(([x, y]) => !(y > 130 && Math.abs(x - 160) < 10));
    const sketch = draw([
      crown,
      [
        [151, 135],
        [151, 200],
      ],
      [
        [169, 135],
        [169, 200],
      ],
      [
        [0, 200],
        [W - 1, 200],
      ],
    ]);
    const rep = describeImage({ prompt: 'a tree', sketch, seed: 2, width: W, height: H });
    expect(rep.words.find((w) => w.word === 'tree')?.fromSketch).toBe(true);
    for (const seed of [2, 9]) {
      await turn();
      const img = generateImage({ prompt: 'a tree', sketch, seed, width: W, height: H });
      const c = meanIn(img, 130, 70, 190, 115);
      expect(c.rgb[1]).toBeGreaterThan(c.rgb[0]);
      expect(c.rgb[1]).toBeGreaterThan(c.rgb[2]);
      const t = meanIn(img, 155, 160, 165, 190);
      expect(t.rgb[0]).toBeGreaterThan(t.rgb[1]);
      expect(t.rgb[1]).toBeGreaterThan(t.rgb[2]);
      expect(t.l).toBeLessThan(0.55);
    }
  });

  it('paints a window inside a house as glass, not a saturated random colour', async () => {
    const sketch = draw([
      [
        [100, 120],
        [200, 120],
        [200, 200],
        [100, 200],
        [100, 120],
      ],
      [
        [92, 120],
        [150, 70],
        [208, 120],
        [92, 120],
      ],
      [
        [115, 135],
        [145, 135],
        [145, 160],
        [115, 160],
        [115, 135],
      ],
      [
        [0, 200],
        [W - 1, 200],
      ],
    ]);
    for (const seed of [1, 4, 7]) {
      await turn();
      const img = generateImage({ prompt: 'a house', sketch, seed, width: W, height: H });
      const win = meanIn(img, 120, 140, 140, 155);
      expect(win.l).toBeGreaterThan(0.55);
      // Glass reflects the sky: cool (blue at least red), and not a loud flat colour.
      expect(win.rgb[2]).toBeGreaterThanOrEqual(win.rgb[0] - 0.02);
      expect(win.s).toBeLessThan(0.6);
    }
  });

  it('keeps the colour the client coloured in with crayon', async () => {
    const sketch = draw([ring(160, 110, 40)], [{ cx: 160, cy: 110, r: 38, rgb: [215, 40, 40] }]);
    for (const [prompt, seed] of [
      ['a ball', 1],
      ['a calm evening', 6],
    ] as const) {
      await turn();
      const img = generateImage({ prompt, sketch, seed, width: W, height: H });
      const m = meanIn(img, 145, 95, 175, 125);
      expect(Math.min(m.h, 360 - m.h)).toBeLessThan(20);
      expect(m.s).toBeGreaterThan(0.35);
    }
  });

  it('reads materials from words and keeps textures within the colour range', () => {
    expect(materialOf('deciduous tree')).toBe('foliage');
    expect(materialOf('window')).toBe('glass');
    expect(materialOf('automobile') === 'plain' || materialOf('racing car') === 'metal').toBe(true);
    expect(materialOf('chair')).toBe('wood');
    const out: [number, number, number] = [0, 0, 0];
    const sc = { skyTop: [0.5, 0.7, 0.9], skyHorizon: [0.9, 0.9, 0.95], light: [1, 0.9, 0.8], lx: -0.6, ly: -0.5 } as const;
    for (const m of ['foliage', 'bark', 'wood', 'glass', 'water', 'metal', 'fabric', 'fur', 'stone'] as const)
      for (let k = 0; k < 200; k++) {
        textured(m, [0.4, 0.55, 0.3], k * 7, k * 3, (k % 20) / 10 - 1, (k % 13) / 6.5 - 1, 1, k % 2 === 0, 42, sc, out);
        for (const v of out) expect(v >= 0 && v <= 1).toBe(true);
      }
  });
});
