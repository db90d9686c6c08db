import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { drawnFigures, drawnObjects, kindOfShape, matchSketch } from './sketch-match.ts';
import { sketchLayout } from './sketch.ts';
import { readSketch } from './sketch-read.ts';
import { promptLanguage, promptWords, thingForm, thingsOfPrompt } from './scene-words.ts';
import { paperMask } from './lines.ts';
import { describeImage } from './generate.ts';

const W = 320;
const H = 240;

/** White paper with 3px black polylines. */
function draw(polys: readonly (readonly [number, number])[][]): RgbaImage {
  const img = createRgba(W, H);
  const dot = (x: number, y: number): void => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < W && Y < H) img.data.fill(0, (Y * W + X) * 4, (Y * W + X) * 4 + 3);
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
const ring = (cx: number, cy: number, r: number): [number, number][] =>
  Array.from({ length: 61 }, (_, k) => [cx + r * Math.cos((k / 60) * 2 * Math.PI), cy + r * Math.sin((k / 60) * 2 * Math.PI)]);
const ground: [number, number][] = [
  [0, 200],
  [W - 1, 200],
];
const house: [number, number][][] = [
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
    [135, 135],
    [135, 155],
    [115, 155],
    [115, 135],
  ],
];

describe('matching words to what was drawn', () => {
  it('groups a house’s wall, roof and window into one object standing on the ground (not in the sky)', () => {
    const layout = sketchLayout(draw([ground, ...house]), W, H);
    const reading = readSketch(draw([ground, ...house]), layout, W, H);
    const objs = drawnObjects(layout, W, H, reading.horizon);
    expect(objs).toHaveLength(1);
    expect(objs[0]!.regions.length).toBe(3);
    expect(objs[0]!.sky).toBe(false);
  });

  it('paints a drawn house for "house" (roof warmer than the window) and leaves "cat" unmatched', () => {
    const img = draw([ground, ...house]);
    const layout = sketchLayout(img, W, H);
    const reading = readSketch(img, layout, W, H);
    const m = matchSketch(layout, W, H, reading.horizon, thingsOfPrompt('a house and a cat').uses, reading.regionColours, [0.8, 0.75, 0.7]);
    expect(m.matched.map((x) => x.word)).toEqual(['house']);
    const roof = layout.labels[90 * W + 150]!;
    const glass = layout.labels[145 * W + 125]!;
    expect(m.colours.get(roof)![0] - m.colours.get(roof)![2]).toBeGreaterThan(0.2);
    expect(m.colours.get(glass)![2]).toBeGreaterThan(m.colours.get(glass)![0]);
  });

  it('finds standing and lying people, and not a lone circle', () => {
    const standing = draw([
      ground,
      ring(100, 90, 14),
      [
        [100, 104],
        [100, 160],
        [85, 200],
      ],
      [
        [100, 160],
        [115, 200],
      ],
      [
        [80, 125],
        [120, 125],
      ],
    ]);
    const l1 = sketchLayout(standing, W, H);
    expect(drawnFigures(l1, W, H, readSketch(standing, l1, W, H).horizon)).toHaveLength(1);
    const lying = draw([
      ground,
      ring(60, 185, 12),
      [
        [74, 178],
        [200, 180],
      ],
      [
        [74, 194],
        [200, 194],
      ],
    ]);
    const l2 = sketchLayout(lying, W, H);
    const f = drawnFigures(l2, W, H, readSketch(lying, l2, W, H).horizon);
    expect(f.map((x) => x.lying)).toEqual([true]);
    const lone = draw([ring(160, 120, 30)]);
    expect(drawnFigures(sketchLayout(lone, W, H), W, H, undefined)).toHaveLength(0);
  });

  it('keeps a drawn house a house when people stand in front of it (their heads do not join its group)', () => {
    // Two stick people in front of the house: heads drawn over the wall, bodies down to the ground.
    const person = (cx: number): [number, number][][] => [
      ring(cx, 158, 8),
      [
        [cx, 166],
        [cx, 186],
      ],
      [
        [cx, 186],
        [cx - 7, 200],
      ],
      [
        [cx, 186],
        [cx + 7, 200],
      ],
      [
        [cx - 10, 174],
        [cx + 10, 174],
      ],
    ];
    const img = draw([ground, ...house, ...person(160), ...person(182)]);
    const layout = sketchLayout(img, W, H);
    const reading = readSketch(img, layout, W, H);
    const m = matchSketch(layout, W, H, reading.horizon, thingsOfPrompt('a family in front of their house').uses, reading.regionColours, [0.8, 0.75, 0.7]);
    expect(m.figures.length).toBeGreaterThanOrEqual(2);
    const house_ = m.matched.find((x) => x.word === 'house');
    expect(house_, JSON.stringify(m.matched)).toBeDefined();
    expect(house_!.box.w).toBeGreaterThan(90);
    // The heads are skin, the roof is the house's roof colour.
    const head = layout.labels[158 * W + 160]!;
    expect(m.colours.get(head)).toEqual([0.9, 0.72, 0.6]);
    const roof = layout.labels[90 * W + 150]!;
    expect(m.colours.get(roof)![0] - m.colours.get(roof)![2]).toBeGreaterThan(0.2);
  });

  it('classes library shapes by what they are', () => {
    expect(kindOfShape('house with garden', 'G')).toBe('building');
    expect(kindOfShape('deciduous tree', 'G')).toBe('tree');
    expect(kindOfShape('sailboat', 'w')).toBe('boat');
    expect(kindOfShape('sun', 's')).toBe('sky');
    expect(kindOfShape('black cat', 'g')).toBe('animal');
    expect(kindOfShape('bicycle', 'g')).toBe('none');
  });
});

describe('word precision', () => {
  it('reads the prompt’s language from its small words', () => {
    expect(promptLanguage(promptWords('una casa con un perro'))).toBe('es');
    expect(promptLanguage(promptWords('eine Katze unter dem Baum'))).toBe('de');
    expect(promptLanguage(promptWords('a cat under the tree'))).toBe('en');
  });

  it('takes a label’s noun or a synonym, not tag-only or describing words', () => {
    // ("branches", the describing word of "lightning branches", became a synonym in round 10: a branch is wood.)
    for (const w of ['looks', 'floating', 'long', 'fluttering']) expect(thingForm(w, 'en'), w).toBeUndefined();
    expect(thingForm('see', 'de')).toBeUndefined();
    expect(thingForm('perro', 'es')).toBe('perro');
    expect(thingForm('katze', 'de')).toBe('katze');
    expect(thingForm('houses', 'en')).toBe('house');
    expect(thingForm('ranunculus', 'en')).toBe('ranunculus');
  });
});

describe('finding the sheet in a photo', () => {
  it('finds a bright sheet on a dark table, and nothing in a photo that is all (unevenly lit) paper', () => {
    const w = 200;
    const h = 150;
    const lum = new Float32Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) lum[y * w + x] = x > 20 && x < 180 && y > 15 && y < 135 ? 0.9 - x * 0.001 : 0.3;
    const mask = paperMask(lum, w, h)!;
    expect(mask).toBeDefined();
    expect(mask[75 * w + 100]).toBe(1);
    expect(mask[5 * w + 5]).toBe(0);
    expect(mask[75 * w + 19]).toBe(0);
    const gradient = new Float32Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) gradient[y * w + x] = 0.35 + (0.6 * (x + y)) / (w + h);
    expect(paperMask(gradient, w, h)).toBeUndefined();
  });
});

describe('the sun drawn in the sky, beside drawn people', () => {
  it('reads the round shape in the sky as the sun, not a small round head below it', () => {
    const sketch = draw([
      ground,
      // A slightly oval sun, and a rounder head: the head must not win.
      Array.from({ length: 61 }, (_, k): [number, number] => [250 + 24 * Math.cos((k / 60) * 2 * Math.PI), 50 + 19 * Math.sin((k / 60) * 2 * Math.PI)]),
      ring(60, 150, 8),
      [
        [60, 158],
        [60, 200],
      ],
      [
        [45, 175],
        [75, 175],
      ],
    ]);
    const r = describeImage({ prompt: 'a woman under the sun', sketch, seed: 3, width: W, height: H });
    const sun = r.words.find((w) => w.word === 'sun')!;
    expect(sun.fromSketch).toBe(true);
    const box = sun.where![0]!.box;
    expect(Math.abs(box.x + box.w / 2 - 250)).toBeLessThan(6);
    expect(Math.abs(box.y + box.h / 2 - 50)).toBeLessThan(6);
  });

  it('closes a small gap in a drawn outline before reading it (a heart left open at the top is one closed shape)', () => {
    const heart: [number, number][] = [];
    for (let k = 6; k <= 114; k++) {
      const t = (k / 120) * Math.PI * 2;
      heart.push([160 + 70 * Math.pow(Math.sin(t), 3), 110 - (70 / 16) * (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))]);
    }
    const l = sketchLayout(draw([heart]), W, H);
    expect(l.enclosed).toHaveLength(1);
    const r = l.enclosed[0]!;
    // The whole heart, not a sliver: its box spans the drawn outline.
    expect(r.x1 - r.x0).toBeGreaterThan(120);
    // Two round heads 6 px apart stay two shapes (no bridge between lines that pass each other).
    const heads = sketchLayout(draw([ring(100, 100, 20), ring(146, 100, 20)]), W, H);
    expect(heads.enclosed).toHaveLength(2);
  });
});
