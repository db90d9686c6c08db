import { describe, expect, it } from 'vitest';
import { createRgba, createRng } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { readAffect } from '../affect/index.ts';
import { describeImage, generateWithDetails, sizeForAspect } from './generate.ts';
import type { GenerateResult } from './generate.ts';
import { thingsOfPrompt } from './scene-words.ts';
import { shapeAt, shapesForWord, SHAPE_COUNT, SHAPE_WORD_COUNT } from './shapes/shape-library.ts';
import { rasterShape } from './shapes/sprite.ts';
import { THING_SYNONYMS } from './shapes/thing-words.ts';
import { paletteFromAffect } from './palette.ts';
import { paintScene } from './scene.ts';
import { createCanvas } from './raster-ops.ts';
import { sameBytes } from './test-helpers.ts';

const W = 320;
const H = 240;
const gen = (prompt: string, seed = 3, extra: object = {}): GenerateResult => generateWithDetails({ prompt, seed, width: W, height: H, ...extra });

/** Mean colour of the image over pixels where pick(x, y) holds. */
function meanRgb(img: RgbaImage, pick: (x: number, y: number) => boolean): [number, number, number, number] {
  const s = [0, 0, 0, 0] as [number, number, number, number];
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if (!pick(x, y)) continue;
      const i = (y * img.width + x) * 4;
      s[0] += img.data[i]!;
      s[1] += img.data[i + 1]!;
      s[2] += img.data[i + 2]!;
      s[3]++;
    }
  return [s[0] / s[3], s[1] / s[3], s[2] / s[3], s[3]];
}

/** Sketch: white paper, black 3px strokes from a list of polylines, optional filled discs. */
function drawSketch(
  w: number,
  h: number,
  polys: readonly (readonly [number, number])[][],
  discs: readonly { x: number; y: number; r: number; rgb: [number, number, number] }[] = [],
): RgbaImage {
  const img = createRgba(w, h);
  for (const d of discs) for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (Math.hypot(x - d.x, y - d.y) < d.r) img.data.set(d.rgb, (y * w + x) * 4);
  const dot = (x: number, y: number): void => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const X = Math.round(x) + dx;
        const Y = Math.round(y) + dy;
        if (X >= 0 && Y >= 0 && X < w && Y < h) img.data.fill(0, (Y * w + X) * 4, (Y * w + X) * 4 + 3);
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

const circle = (cx: number, cy: number, r: number): [number, number][] =>
  Array.from({ length: 73 }, (_, k) => [cx + r * Math.cos((k / 72) * 2 * Math.PI), cy + r * Math.sin((k / 72) * 2 * Math.PI)]);

describe('words become things (shape library, en/es/de)', () => {
  it('holds thousands of shapes and words', () => {
    expect(SHAPE_COUNT).toBeGreaterThan(2000);
    expect(SHAPE_WORD_COUNT).toBeGreaterThan(5000);
  });

  it('finds the same thing from English, Spanish and German words', () => {
    const id = (w: string): string | undefined => {
      const s = shapesForWord(w)[0];
      return s === undefined ? undefined : shapeAt(s).id;
    };
    for (const [en, es, de] of [
      ['dog', 'perro', 'hund'],
      ['sunflower', 'girasol', 'sonnenblume'],
      ['bicycle', 'bicicleta', 'fahrrad'],
      ['apple', 'manzana', 'apfel'],
      ['butterfly', 'mariposa', 'schmetterling'],
      ['tree', 'árbol', 'baum'],
    ] as const) {
      expect(id(en), en).toBeDefined();
      expect(id(es), es).toBe(id(en));
      expect(id(de), de).toBe(id(en));
    }
    // Plurals find the singular's thing.
    expect(id('flores')).toBe(id('flor'));
    expect(id('blumen')).toBe(id('blume'));
  });

  it('maps kinds and places to things, and every synonym resolves to a shape', () => {
    for (const [word, targets] of Object.entries(THING_SYNONYMS)) expect(shapesForWord(word).length, word).toBe(targets.length);
    expect(shapeAt(shapesForWord('ranunculus')[0]!).label).toMatch(/rose/);
    expect(shapeAt(shapesForWord('office')[0]!).label).toMatch(/building/);
    expect(
      shapesForWord('festival')
        .map((s) => shapeAt(s).label)
        .join(' '),
    ).toMatch(/tent.*|flag/);
  });

  it('reads people, poses and negation in three languages, and names the words it could not draw', () => {
    const a = thingsOfPrompt('a woman holding her head next to a flower pot');
    expect(a.pose).toBe('head-in-hands');
    expect(a.uses.find((u) => u.as === 'figure')?.word).toBe('woman');
    expect(a.uses.some((u) => u.as === 'thing' && shapeAt(u.shapes[0]!).label === 'potted plant')).toBe(true);
    expect(thingsOfPrompt('dos amigos abrazados bajo un árbol').pose).toBe('embracing');
    expect(thingsOfPrompt('eine Frau mit offenen Armen').pose).toBe('arms-open');
    const es = thingsOfPrompt('una niña sentada junto a un perro');
    expect(es.pose).toBe('sitting');
    expect(es.uses.find((u) => u.as === 'figure')).toMatchObject({ word: 'niña', child: true });
    const de = thingsOfPrompt('ein Garten ohne Hunde, mit einem Fahrrad');
    expect(de.uses.find((u) => u.word === 'hunde')?.as).toBe('left-out');
    expect(de.uses.some((u) => u.as === 'thing' && u.word === 'fahrrad')).toBe(true);
    // Counts and playing are not things; styles are named in Spanish and German too.
    const kids = thingsOfPrompt('zwei Kinder spielen mit einem Ball');
    expect(kids.uses.map((u) => u.as)).toEqual(['figure', 'thing']);
    expect(readAffect('zwei Kinder, Mosaik').styles).toEqual(['mosaic']);
    expect(readAffect('una niña, acuarela').styles).toEqual(['watercolour']);
    const report = describeImage({ prompt: 'a zorblax beside a house', seed: 1, width: 128, height: 128 });
    expect(report.notDrawn).toEqual(['zorblax']);
  });
});

describe('scene grammar', () => {
  it('paints a named thing where the plan put it: its shape mask is non-empty in its box and it stands out there', () => {
    for (const prompt of ['a dog beside a house', 'un gato y un árbol', 'ein Fahrrad vor der Kirche']) {
      const r = gen(prompt);
      const things = r.placements.filter((p) => p.kind === 'thing');
      expect(things.length, prompt).toBeGreaterThanOrEqual(2);
      for (const p of things) {
        const sp = rasterShape(shapeAt(p.shape!), p.cx, p.bottom, p.height, p.mirror);
        const inMask = (x: number, y: number): boolean => {
          const sx = x - sp.x0;
          const sy = y - sp.y0;
          return sx >= 0 && sy >= 0 && sx < sp.w && sy < sp.h && sp.alpha[sy * sp.w + sx]! > 0.6;
        };
        const inside = meanRgb(r.image, inMask);
        expect(inside[3], `${prompt}: ${p.word} mask`).toBeGreaterThan(p.box.w * p.box.h * 0.15);
        // The mask lies within the box the report gives.
        const b = p.box;
        expect(meanRgb(r.image, (x, y) => inMask(x, y) && (x < b.x - 2 || x > b.x + b.w + 2 || y < b.y - 2 || y > b.y + b.h + 2))[3] || 0).toBe(0);
        // Ring around the box: the scene behind the thing. The thing differs from it.
        const ring = meanRgb(
          r.image,
          (x, y) =>
            !inMask(x, y) && x > b.x - 6 && x < b.x + b.w + 6 && y > b.y - 6 && y < b.y + b.h + 6 && !(x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h),
        );
        const d = Math.hypot(inside[0] - ring[0], inside[1] - ring[1], inside[2] - ring[2]);
        expect(d, `${prompt}: ${p.word} contrast`).toBeGreaterThan(12);
      }
    }
  });

  it('stands things on the ground below the horizon, larger in front, the subject on a thirds line', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = gen('a dog, a tree and a bicycle', seed);
      const ground = r.placements.filter((p) => p.layer !== 'sky');
      for (const p of ground) expect(p.bottom).toBeGreaterThan(r.report.horizon.y);
      const byDepth = [...ground].sort((a, b) => a.depth - b.depth);
      // Scale falls with distance for the same kind of thing (here: compare per unit of own size via depth order).
      expect(byDepth[0]!.bottom).toBeLessThanOrEqual(byDepth[byDepth.length - 1]!.bottom);
      const subject = r.placements.find((p) => p.word === 'dog')!;
      const third = Math.min(Math.abs(subject.cx / W - 1 / 3), Math.abs(subject.cx / W - 2 / 3));
      expect(third).toBeLessThan(0.07);
    }
  });

  it('is deterministic per seed, and seeds change the layout, light and horizon — not only colours', () => {
    const a = gen('a woman walking her dog to the lighthouse', 5);
    const b = gen('a woman walking her dog to the lighthouse', 5);
    expect(sameBytes(a.image, b.image)).toBe(true);
    const layouts = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const r = gen('a woman walking her dog to the lighthouse', seed);
      layouts.add(`${Math.round(r.placements[r.placements.length - 1]!.cx / 20)}|${Math.round(r.report.horizon.y / 10)}|${r.report.light}`);
    }
    expect(layouts.size).toBeGreaterThanOrEqual(4);
  });

  it('adds no sea unless water is named: a worried feeling gets no water', () => {
    for (const prompt of ['I feel anxious and restless', 'me siento ansiosa', 'a woman holding her head, anxious']) {
      const affect = readAffect(prompt);
      const motifs = paintScene(createCanvas(64, 48), affect, paletteFromAffect(affect), createRng(1));
      expect(
        motifs.filter((m) => m === 'sea' || m === 'lake' || m === 'river'),
        prompt,
      ).toEqual([]);
    }
    expect(describeImage({ prompt: 'a woman holding her head', seed: 2, width: 200, height: 150 }).words.some((w) => w.as === 'motif')).toBe(false);
  });

  it('colours a thing with the colour word beside it, in English, Spanish and German', () => {
    const hueOf = (prompt: string, word: string): [number, number, number] => {
      const r = gen(prompt, 7);
      const p = r.placements.find((q) => q.word === word)!;
      const sp = rasterShape(shapeAt(p.shape!), p.cx, p.bottom, p.height, p.mirror);
      const [red, green, blue] = meanRgb(r.image, (x, y) => {
        const sx = x - sp.x0;
        const sy = y - sp.y0;
        return sx >= 0 && sy >= 0 && sx < sp.w && sy < sp.h && sp.alpha[sy * sp.w + sx]! > 0.8;
      });
      return [red, green, blue];
    };
    for (const [prompt, word] of [
      ['a blue house', 'house'],
      ['una casa azul', 'casa'],
      ['ein blaues Haus', 'haus'],
    ] as const) {
      const [r, , b] = hueOf(prompt, word);
      expect(b, prompt).toBeGreaterThan(r + 15);
    }
    const [r, , b] = hueOf('a red house', 'house');
    expect(r).toBeGreaterThan(b + 15);
    expect(thingsOfPrompt('rote Blumen').uses.find((u) => u.word === 'blumen')).toMatchObject({ as: 'thing', count: 3 });
  });

  it('reports what each word became and where, the style, seed and size', () => {
    const r = describeImage({ prompt: 'a sunflower and a cat in watercolour, no dogs', seed: 9, width: 300, height: 200 });
    expect(r).toMatchObject({ style: 'watercolour', seed: 9, width: 300, height: 200, leftOut: ['dogs'] });
    const sun = r.words.find((w) => w.word === 'sunflower')!;
    expect(sun).toMatchObject({ as: 'thing', drawn: 'sunflower', shape: 'fluent-emoji-flat:sunflower' });
    expect(sun.where![0]!.box.w).toBeGreaterThan(0);
    expect(r.words.find((w) => w.word === 'cat')?.as).toBe('thing');
  });
});

describe('sketch understanding', () => {
  it('keeps the sketch’s aspect ratio (895×720 stays 895:720)', () => {
    const size = sizeForAspect(895 / 720, 512);
    expect(size).toEqual({ width: 512, height: 412 });
    expect(sizeForAspect(720 / 895, 1024)).toEqual({ width: 824, height: 1024 });
    expect(sizeForAspect(2, 512, 300)).toEqual({ width: 300, height: 150 });
    const sketch = drawSketch(895, 720, [circle(300, 400, 90)]);
    const r = generateWithDetails({ prompt: 'a flower', seed: 1, sketch, ...size });
    expect(r.image.width / r.image.height).toBeCloseTo(895 / 720, 2);
  });

  it('finds a drawn ground line and puts the horizon there', () => {
    const wave: [number, number][] = Array.from({ length: 33 }, (_, k) => [(k / 32) * W, H * 0.7 + Math.sin(k / 3) * 4]);
    const r = gen('a dog', 2, { sketch: drawSketch(W, H, [wave]) });
    expect(r.report.horizon.drawn).toBe(true);
    expect(Math.abs(r.report.horizon.y - H * 0.7)).toBeLessThan(5);
    expect(gen('a dog', 2, { sketch: drawSketch(W, H, [circle(160, 120, 40)]) }).report.horizon.drawn).toBe(false);
  });

  it('finds a path (two lines narrowing toward the horizon) and a figure (a head over a body stroke)', () => {
    const ground: [number, number][] = [
      [0, H * 0.5],
      [W, H * 0.5],
    ];
    const path: [number, number][][] = [
      [
        [W * 0.3, H],
        [W * 0.46, H * 0.5 + 3],
      ],
      [
        [W * 0.7, H],
        [W * 0.54, H * 0.5 + 3],
      ],
    ];
    const figure: [number, number][][] = [
      circle(W * 0.15, H * 0.62, 9),
      [
        [W * 0.15, H * 0.62 + 10],
        [W * 0.15, H * 0.85],
      ],
    ];
    const r = gen('a walk', 4, { sketch: drawSketch(W, H, [ground, ...path, ...figure]) });
    expect(r.report.sketch).toMatchObject({ paths: 1, figures: 1 });
  });

  it('keeps the colours the client painted with', () => {
    const sketch = drawSketch(W, H, [circle(100, 150, 45)], [{ x: 100, y: 150, r: 44, rgb: [220, 30, 40] }]);
    const r = gen('something', 6, { sketch, sketchStrength: 0.8 });
    const [red, green, blue] = meanRgb(r.image, (x, y) => Math.hypot(x - 100, y - 150) < 30);
    expect(red).toBeGreaterThan(green + 60);
    expect(red).toBeGreaterThan(blue + 50);
    expect(r.report.sketch?.ownColours).toBe(true);
  });
});
