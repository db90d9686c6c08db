/**
 * Round 5 of reading the client's drawing (issue #13), on new synthetic sketches: sun rays are
 * not birds, plural words take every matching drawn thing, a standing person with raised arms is
 * standing, a drawn flower takes its species' colour, and a mountain word follows a drawn
 * zig-zag ground line (never a small flag).
 */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { birdStrokes, drawnFigures, matchSketch } from './sketch-match.ts';
import { sketchLayout } from './sketch.ts';
import { readSketch } from './sketch-read.ts';
import { thingsOfPrompt } from './scene-words.ts';
import { describeImage } from './generate.ts';
import { rgbToHsl } from './color.ts';

const W = 320;
const H = 240;
type P = [number, number];

/** White paper with 3px black polylines. */
function draw(polys: readonly (readonly P[])[]): RgbaImage {
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
const ring = (cx: number, cy: number, rx: number, ry = rx): P[] =>
  Array.from({ length: 61 }, (_, k) => [cx + rx * Math.cos((k / 60) * 2 * Math.PI), cy + ry * Math.sin((k / 60) * 2 * Math.PI)]);
const flat: P[] = [
  [0, 200],
  [W - 1, 200],
];
/** A sun: a circle and n straight rays starting a gap away from it. */
const sun = (cx: number, cy: number, r: number, gap: number, len: number, n = 8, turn = 0.2): P[][] => [
  ring(cx, cy, r),
  ...Array.from({ length: n }, (_, k): P[] => {
    const a = (k / n) * Math.PI * 2 + turn;
    return [
      [cx + (r + gap) * Math.cos(a), cy + (r + gap) * Math.sin(a)],
      [cx + (r + gap + len) * Math.cos(a), cy + (r + gap + len) * Math.sin(a)],
    ];
  }),
];
const vBird = (cx: number, cy: number, s: number): P[] => [
  [cx - s, cy - s * 0.45],
  [cx, cy],
  [cx + s, cy - s * 0.45],
];
const tent = (cx: number, base: number, s: number): P[][] => [
  [
    [cx - s * 0.6, base],
    [cx, base - s],
    [cx + s * 0.6, base],
    [cx - s * 0.6, base],
  ],
  [
    [cx, base - s],
    [cx, base],
  ],
];

describe('sun rays are not birds', () => {
  it('short straight strokes radiating from a circle belong to the sun; a "v" beside it is the only bird', () => {
    for (const [gap, len, turn] of [
      [8, 14, 0.2],
      [12, 18, 0.5],
      [6, 12, 0.05],
    ] as const) {
      const img = draw([flat, ...sun(230, 70, 22, gap, len, 8, turn), vBird(70, 60, 14)]);
      const layout = sketchLayout(img, W, H);
      const birds = birdStrokes(layout, W, H, 200);
      expect(birds, `gap ${gap}, len ${len}`).toHaveLength(1);
      expect(Math.abs(birds[0]!.x + birds[0]!.w / 2 - 70)).toBeLessThan(6);
    }
    // With no bird drawn, "a bird" takes none of the rays.
    const img = draw([flat, ...sun(160, 70, 24, 9, 16, 12, 0.13)]);
    const r = describeImage({ prompt: 'a bird and the sun over the hill', sketch: img, seed: 5, width: W, height: H });
    expect(r.words.find((w) => w.word === 'bird')!.fromSketch).toBeFalsy();
  });
});

describe('plural words take every matching drawn thing', () => {
  it('"tents" (no number) takes all three drawn tents, "carpas" too', () => {
    const img = draw([flat, ...tent(60, 200, 60), ...tent(160, 200, 70), ...tent(260, 200, 55)]);
    for (const prompt of ['tents in the field', 'carpas en el campo']) {
      const r = describeImage({ prompt, sketch: img, seed: 2, width: W, height: H });
      const w = r.words.find((x) => x.as === 'thing')!;
      expect(w.fromSketch, prompt).toBe(true);
      // Round 7: one place per drawn tent; together they span all three.
      expect(w.where!.length, prompt).toBe(3);
      expect(Math.min(...w.where!.map((p) => p.box.x)), prompt).toBeLessThan(30);
      expect(Math.max(...w.where!.map((p) => p.box.x + p.box.w)), prompt).toBeGreaterThan(285);
    }
  });
});

describe('pose from the figure', () => {
  it('a standing woman with arms raised around her head is standing, not lying; a lying man stays lying', () => {
    const img = draw([
      flat,
      ring(160, 60, 13),
      // arms: from the shoulders out and up beside the head, hands over it
      [
        [160, 78],
        [125, 80],
        [128, 50],
        [150, 42],
      ],
      [
        [160, 78],
        [195, 80],
        [192, 50],
        [170, 42],
      ],
      // a dress: neck to a wide hem
      [
        [152, 76],
        [168, 76],
        [185, 160],
        [135, 160],
        [152, 76],
      ],
      [
        [148, 160],
        [148, 200],
      ],
      [
        [172, 160],
        [172, 200],
      ],
    ]);
    const l = sketchLayout(img, W, H);
    const f = drawnFigures(l, W, H, readSketch(img, l, W, H).horizon);
    expect(f).toHaveLength(1);
    expect(f[0]!.lying).toBe(false);
    expect(f[0]!.box.h).toBeGreaterThan(f[0]!.box.w);
    const r = describeImage({ prompt: 'a woman holding her head', sketch: img, seed: 4, width: W, height: H });
    const woman = r.words.find((w) => w.word === 'woman')!;
    expect(woman.drawn).not.toMatch(/lying/);
    const lying = draw([
      flat,
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
    expect(drawnFigures(l2, W, H, 200).map((x) => x.lying)).toEqual([true]);
  });
});

describe('a drawn flower in its colour', () => {
  it('a lotus is painted pink (its species’ colour, not the library shape’s leaves); "a yellow lotus" yellow', () => {
    // Three petals side by side, touching, above a flat ground.
    const img = draw([flat, ring(140, 160, 14, 26), ring(160, 152, 14, 34), ring(180, 160, 14, 26)]);
    const layout = sketchLayout(img, W, H);
    const reading = readSketch(img, layout, W, H);
    const petal = layout.labels[150 * W + 160]!;
    const hueOf = (prompt: string): [number, number] => {
      const m = matchSketch(layout, W, H, reading.horizon, thingsOfPrompt(prompt).uses, reading.regionColours, [0.8, 0.75, 0.7]);
      expect(m.matched.length, prompt).toBeGreaterThan(0);
      const c = m.colours.get(petal)!;
      const [h, s] = rgbToHsl(c[0], c[1], c[2]);
      return [h, s];
    };
    const [pink, ps] = hueOf('a lotus flower');
    expect(ps).toBeGreaterThan(0.2);
    expect(pink > 290 || pink < 15).toBe(true);
    const [yellow] = hueOf('a yellow lotus');
    expect(yellow).toBeGreaterThan(40);
    expect(yellow).toBeLessThan(70);
  });
});

describe('mountain words on a drawn zig-zag ground line', () => {
  it('"Bergen" follows the zig-zag line, not the small flag on a peak', () => {
    const zig: P[] = [
      [0, 190],
      [60, 110],
      [110, 170],
      [170, 80],
      [230, 165],
      [280, 120],
      [319, 175],
    ];
    const flag: P[][] = [
      [
        [170, 80],
        [170, 55],
      ],
      [
        [170, 55],
        [188, 61],
        [170, 67],
      ],
    ];
    const img = draw([zig, ...flag]);
    const r = describeImage({ prompt: 'ein Boot vor den Bergen', sketch: img, seed: 6, width: W, height: H });
    const berg = r.words.find((w) => w.word === 'bergen')!;
    expect(berg.fromSketch).toBe(true);
    const box = berg.where![0]!.box;
    expect(box.w).toBeGreaterThan(W * 0.8);
    expect(box.y).toBeLessThan(100);
  });
});

describe('the mountains motif on a drawn ridge', () => {
  it('"the mountains" named over a drawn zig-zag ridge is the ridge (reported as drawn, not painted again); a flat line is not a ridge', () => {
    const zig: P[] = [
      [0, 170],
      [50, 90],
      [100, 150],
      [160, 70],
      [220, 150],
      [270, 100],
      [319, 160],
    ];
    const r = describeImage({ prompt: 'the mountains in the evening', sketch: draw([zig]), seed: 8, width: W, height: H });
    const m = r.words.find((w) => w.word === 'mountains')!;
    expect(m.fromSketch).toBe(true);
    expect(m.where![0]!.box.w).toBeGreaterThan(W * 0.9);
    expect(r.horizon.drawn).toBe(true);
    expect(Math.abs(r.horizon.y - 120)).toBeLessThan(25);
    const flatR = describeImage({ prompt: 'the mountains in the evening', sketch: draw([flat]), seed: 8, width: W, height: H });
    expect(flatR.words.find((w) => w.word === 'mountains')!.fromSketch).toBeFalsy();
  });
});

describe('size adjectives are not things', () => {
  it('"kleines", "großes", "grande" describe the house; they add no airplane or cloud', () => {
    for (const p of ['ein kleines Haus vor den Bergen', 'ein großes Haus', 'una casa grande'])
      expect(
        thingsOfPrompt(p)
          .uses.filter((u) => u.as === 'thing')
          .map((u) => u.word),
        p,
      ).toEqual(p.includes('Bergen') ? ['haus', 'bergen'] : p.includes('casa') ? ['casa'] : ['haus']);
  });
});
