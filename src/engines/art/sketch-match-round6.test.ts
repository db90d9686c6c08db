/**
 * Round 6 of reading the client's drawing (issue #13), on new synthetic sketches: thin lines on a
 * large canvas stay unbroken when shrunk (a photographed ridge, a faint moon), a stroke that stops
 * short of another line still closes its shape (a wobbly crown, a wall under overhanging eaves),
 * a door on the ground line is not a head, a bird drawn large on a branch is the bird, the
 * heart-shaped outline is the heart (the hands holding it are the client's lines), and a verb
 * that is also a thing ("a bird flies") is not a second thing.
 */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { drawnFigures, zigzagRidge } from './sketch-match.ts';
import { sketchLayout } from './sketch.ts';
import { thingsOfPrompt } from './scene-words.ts';
import { describeImage } from './generate.ts';

type P = [number, number];

/** White paper (w × h) with black polylines `t` px thick (t = 1: one pixel, the thinnest pen). */
function draw(w: number, h: number, polys: readonly (readonly P[])[], t = 3): RgbaImage {
  const img = createRgba(w, h);
  const lo = -Math.floor((t - 1) / 2);
  const hi = lo + t - 1;
  const dot = (x: number, y: number): void => {
    for (let dy = lo; dy <= hi; dy++)
      for (let dx = lo; dx <= hi; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < w && Y < h) img.data.fill(0, (Y * w + X) * 4, (Y * w + X) * 4 + 3);
      }
  };
  for (const poly of polys)
    for (let k = 1; k < poly.length; k++) {
      const [ax, ay] = poly[k - 1]!;
      const [bx, by] = poly[k]!;
      const n = Math.ceil(Math.hypot(bx - ax, by - ay) * 2);
      for (let s = 0; s <= n; s++) dot(ax + ((bx - ax) * s) / n, ay + ((by - ay) * s) / n);
    }
  return img;
}
/** An ellipse, optionally leaving out `gap` radians at angle `at` (a ring that does not close). */
const ring = (cx: number, cy: number, rx: number, ry = rx, gap = 0, at = 0): P[] =>
  Array.from({ length: 121 }, (_, k): P => {
    const a = at + gap / 2 + (k / 120) * (2 * Math.PI - gap);
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });

describe('thin lines on a large canvas', () => {
  it('a box and a zig-zag ridge drawn 1 px wide on 1280×960 stay closed and unbroken at 512×384', () => {
    // Even rows and columns: sampling one source pixel per output pixel (every second) misses them all.
    const box: P[] = [
      [500, 600],
      [700, 600],
      [700, 800],
      [500, 800],
      [500, 600],
    ];
    const ridge: P[] = [
      [100, 400],
      [300, 200],
      [500, 400],
      [700, 180],
      [900, 400],
      [1100, 220],
      [1200, 400],
    ];
    const img = draw(1280, 960, [box, ridge], 1);
    const layout = sketchLayout(img, 512, 384);
    const inBox = layout.enclosed.find((r) => r.x0 > 190 && r.x1 < 290 && r.y0 > 230 && r.y1 < 330);
    expect(inBox).toBeDefined();
    expect(inBox!.area).toBeGreaterThan(70 * 70);
    const z = zigzagRidge(layout.lines, 512, 384);
    expect(z).toBeDefined();
    expect(z!.box.w).toBeGreaterThan(512 * 0.8);
  });
});

describe('a stroke that stops short of another line', () => {
  it('a crown whose outline leaves a gap over its trunk is still the tree, and a house with overhanging eaves is the house', () => {
    const W = 320;
    const H = 240;
    const hill: P[] = [
      [0, 200],
      [W - 1, 200],
    ];
    // Crown: a ring open by ~7 px at its upper right; trunk below.
    const crown = ring(100, 90, 40, 36, 0.2, -0.8);
    const trunk: P[][] = [
      [
        [94, 125],
        [94, 200],
      ],
      [
        [106, 125],
        [106, 200],
      ],
    ];
    const tree = draw(W, H, [hill, crown, ...trunk]);
    const t = describeImage({ prompt: 'a tree on the hill', sketch: tree, seed: 3, width: W, height: H });
    expect(t.words.find((w) => w.word === 'tree')!.fromSketch).toBe(true);
    // House: the roof's eaves run past the wall's top corners; the walls start 6 px under the top line.
    const house = draw(W, H, [
      hill,
      [
        [150, 112],
        [210, 70],
        [270, 112],
      ],
      [
        [165, 105],
        [255, 105],
      ],
      [
        [165, 112],
        [165, 200],
      ],
      [
        [255, 112],
        [255, 200],
      ],
      [
        [195, 140],
        [215, 140],
        [215, 160],
        [195, 160],
        [195, 140],
      ],
    ]);
    const h = describeImage({ prompt: 'a house', sketch: house, seed: 3, width: W, height: H });
    const hw = h.words.find((w) => w.word === 'house')!;
    expect(hw.fromSketch).toBe(true);
    expect(hw.where![0]!.box.x).toBeGreaterThan(140);
  });
});

describe('a door is not a head', () => {
  it('a rounded box standing on the house’s ground line with the path below it is not a person', () => {
    const W = 320;
    const H = 240;
    const img = draw(W, H, [
      [
        [0, 170],
        [W - 1, 170],
      ],
      [
        [120, 80],
        [220, 80],
        [220, 185],
        [120, 185],
        [120, 80],
      ],
      // door: up from the ground line, an arched top, down again
      [[155, 170], ...Array.from({ length: 13 }, (_, k): P => [170 - 15 * Math.cos((k / 12) * Math.PI), 157 - 15 * Math.sin((k / 12) * Math.PI)]), [185, 170]],
      // the path from the door to the bottom edge
      [
        [158, 185],
        [150, 239],
      ],
      [
        [182, 185],
        [190, 239],
      ],
    ]);
    const layout = sketchLayout(img, W, H);
    expect(drawnFigures(layout, W, H, 170)).toHaveLength(0);
  });
});

describe('a bird drawn large', () => {
  it('a body with a round head at its upper front, on a branch, is the bird: nothing is added', () => {
    const W = 320;
    const H = 320;
    const img = draw(W, H, [
      // branch
      [
        [10, 250],
        [310, 180],
      ],
      ring(150, 180, 55, 35),
      ring(210, 130, 22),
      [
        [230, 125],
        [252, 132],
        [231, 138],
      ],
      [
        [140, 214],
        [140, 232],
      ],
      [
        [165, 214],
        [165, 226],
      ],
    ]);
    for (const prompt of ['a bird on a branch', 'un pájaro en una rama']) {
      const r = describeImage({ prompt, sketch: img, seed: 4, width: W, height: H });
      const bird = r.words.find((w) => w.as === 'thing' && /bird|pájaro/.test(w.word))!;
      expect(bird.fromSketch, prompt).toBe(true);
      const b = bird.where![0]!.box;
      expect(b.x, prompt).toBeLessThan(100);
      expect(b.x + b.w, prompt).toBeGreaterThan(220);
    }
  });
});

describe('the outline that looks like the thing', () => {
  it('"two hands holding a heart": the heart-shaped outline is the heart, the hands stay the client’s lines', () => {
    const W = 320;
    const H = 320;
    const heart: P[] = Array.from({ length: 121 }, (_, k): P => {
      const t = (k / 120) * 2 * Math.PI;
      return [160 + 4.2 * 16 * Math.sin(t) ** 3, 120 - 4.2 * (13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t))];
    });
    // Two hands: closed palms beside it, arms to the bottom edge.
    const palm = (cx: number): P[] => ring(cx, 215, 30, 26);
    const img = draw(W, H, [
      heart,
      palm(48),
      palm(272),
      [
        [48, 241],
        [48, 319],
      ],
      [
        [272, 241],
        [272, 319],
      ],
    ]);
    const r = describeImage({ prompt: 'two hands holding a heart', sketch: img, seed: 9, width: W, height: H });
    const h = r.words.find((w) => w.word === 'heart')!;
    expect(h.fromSketch).toBe(true);
    const b = h.where![0]!.box;
    expect(Math.abs(b.x + b.w / 2 - 160)).toBeLessThan(20);
    expect(b.y + b.h).toBeLessThan(200);
    // No painted hands added beside the drawn ones.
    expect(r.words.find((w) => w.word === 'hands')!.fromSketch).toBe(true);
  });
});

describe('a verb that is also a thing', () => {
  it('"flies" after its subject is the verb; "fliegen" after "Vögel" too; "three flies" are insects', () => {
    const as = (prompt: string, word: string): string | undefined => thingsOfPrompt(prompt).uses.find((u) => u.word === word)?.as;
    expect(as('a bird flies past the sun', 'flies')).toBe('not-drawn');
    expect(as('she waves from the boat', 'waves')).toBe('not-drawn');
    expect(as('die Vögel fliegen über den See', 'fliegen')).toBe('not-drawn');
    expect(as('three flies on a plate', 'flies')).toBe('thing');
    expect(as('the waves of the sea', 'waves')).not.toBe('not-drawn');
  });
});
