/**
 * Round 9 of matching words to the client's drawing (issue #13): the learnt (word, drawn object)
 * scorer (sketch-learnt.ts) takes the words the class rules leave, on sketches drawn here. A word
 * whose thing the sketch lacks does not take a drawn object of another thing; a thing with no
 * class rule (a lighthouse) takes the drawn object that fits it; a window's panes are one window.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeImage } from './generate.ts';
import { FEATURE_COUNT, useSketchScorer } from './sketch-learnt.ts';
import { SKETCH_SCORER } from './sketch-learnt-weights.ts';
import { drawLines, rectPath, ringPath } from './test-helpers.ts';

const W = 320;
const H = 240;
const inside = (b: { x: number; y: number; w: number; h: number }, x: number, y: number): boolean => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
const ground: [number, number][] = [
  [0, 190],
  [W, 190],
];

afterEach(() => {
  useSketchScorer(SKETCH_SCORER);
});

describe('the learnt scorer', () => {
  it('is committed: one weight, mean and scale per feature, finite, a threshold between 0 and 1, and rules first', () => {
    expect(SKETCH_SCORER).not.toBeNull();
    for (const a of [SKETCH_SCORER!.weights, SKETCH_SCORER!.mean, SKETCH_SCORER!.scale]) {
      expect(a).toHaveLength(FEATURE_COUNT);
      expect(a.every(Number.isFinite)).toBe(true);
    }
    expect(SKETCH_SCORER!.scale.every((s) => s > 0)).toBe(true);
    expect(SKETCH_SCORER!.threshold).toBeGreaterThan(0);
    expect(SKETCH_SCORER!.threshold).toBeLessThan(1);
  });

  it('a thing with no class rule (a lighthouse) is the tall drawn tower, not added a second time', () => {
    // A tall tower with a lamp room on top standing on the ground line, and a small rock beside it.
    const sketch = drawLines(W, H, [ground, rectPath(140, 70, 170, 190), rectPath(134, 50, 176, 70), ringPath(230, 180, 14, 8)]);
    const r = describeImage({ prompt: 'a lighthouse by the sea', sketch, seed: 3, width: W, height: H });
    const lh = r.words.find((w) => w.word === 'lighthouse')!;
    expect(lh.fromSketch).toBe(true);
    expect(lh.where).toHaveLength(1);
    expect(inside(lh.where![0]!.box, 155, 120)).toBe(true);
    expect(inside(lh.where![0]!.box, 230, 180)).toBe(false);
  });

  it('a word whose thing is not drawn does not take a drawn tree nobody named', () => {
    // A tree: a round crown on a narrow trunk standing on the ground line; nothing in the sky.
    const sketch = drawLines(W, H, [ground, ringPath(160, 95, 45, 40), rectPath(150, 134, 170, 190)]);
    for (const prompt of ['a star', 'the sun', 'a guitar', 'ein Stern', 'una guitarra']) {
      const r = describeImage({ prompt, sketch, seed: 5, width: W, height: H });
      for (const w of r.words) if (w.fromSketch) for (const p of w.where ?? []) expect(inside(p.box, 160, 95), `${prompt}: ${w.word}`).toBe(false);
    }
  });

  it('words the class rules match keep the rules\' drawn object (rules first): a house, a tree and a sun the same with and without the scorer', () => {
    const roof: [number, number][] = [
      [30, 120],
      [80, 80],
      [130, 120],
    ];
    const tree = [ringPath(230, 110, 35, 30), rectPath(222, 140, 238, 190)];
    const sketch = drawLines(W, H, [ground, rectPath(40, 120, 120, 190), roof, ...tree, ringPath(270, 35, 16)]);
    const words = (): unknown => describeImage({ prompt: 'a house, a tree and the sun', sketch, seed: 9, width: W, height: H }).words.map((w) => [w.word, w.fromSketch, w.where]);
    const learnt = words();
    expect(describeImage({ prompt: 'a house, a tree and the sun', sketch, seed: 9, width: W, height: H }).words.filter((w) => w.fromSketch).map((w) => w.word)).toEqual(
      expect.arrayContaining(['house', 'tree']),
    );
    useSketchScorer(null);
    expect(words()).toEqual(learnt);
  });
});

describe('window words', () => {
  it('four drawn windows, each split into panes by its cross, are four windows', () => {
    const win = (x: number, y: number): (readonly (readonly [number, number])[])[] => [
      rectPath(x, y, x + 30, y + 30),
      [
        [x + 15, y],
        [x + 15, y + 30],
      ],
      [
        [x, y + 15],
        [x + 30, y + 15],
      ],
    ];
    const sketch = drawLines(W, H, [
      ground,
      rectPath(80, 80, 240, 190),
      [
        [70, 80],
        [160, 25],
        [250, 80],
      ],
      ...win(95, 95),
      ...win(195, 95),
      ...win(95, 140),
      ...win(195, 140),
    ]);
    const r = describeImage({ prompt: 'a house with four windows', sketch, seed: 7, width: W, height: H });
    const windows = r.words.find((w) => w.word === 'windows')!;
    expect(windows.where).toHaveLength(4);
    for (const [x, y] of [
      [110, 110],
      [210, 110],
      [110, 155],
      [210, 155],
    ] as const)
      expect(windows.where!.some((p) => inside(p.box, x, y))).toBe(true);
  });
});
