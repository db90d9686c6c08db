/**
 * Round 8 of reading the client's drawing (issue #13): scene motifs the client drew get their
 * word's box on those marks (a peak, waves under a boat, rain under clouds), a window drawn
 * inside a house is its own region, a moon drawn in a window's pane is the moon and leaves the
 * window to its word, people drawn as heads and shoulders round a table are the people (none
 * added), and a parent and a child drawn at different heights are each their own figure.
 */
import { describe, expect, it } from 'vitest';
import { drawLines, ringPath as ring, stickFigure } from './test-helpers.ts';
import type { RgbaImage } from '../core/index.ts';
import { describeImage } from './generate.ts';
import type { GenerateReport } from './generate.ts';

type P = readonly [number, number];
type B = { x: number; y: number; w: number; h: number };

/** White paper (w × h) with black polylines 3 px thick (test-helpers.ts). */
const draw = drawLines;
const rect = (x0: number, y0: number, x1: number, y1: number): P[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
/** A wavy line from x0 to x1 at y (amplitude a, period p). */
const wave = (x0: number, x1: number, y: number, a = 4, p = 24): P[] =>
  Array.from({ length: Math.round((x1 - x0) / 2) + 1 }, (_, k): P => [x0 + k * 2, y + a * Math.sin(((k * 2) / p) * 2 * Math.PI)]);
const inBox = (b: B, [x, y]: P): boolean => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
const where = (r: GenerateReport, word: string): B[] => (r.words.find((w) => w.word === word)?.where ?? []).map((w) => w.box);
const describe2 = (sketch: RgbaImage, prompt: string, seed = 3): GenerateReport =>
  describeImage({ prompt, sketch, sketchStrength: 0.7, seed, width: sketch.width, height: sketch.height });

const W = 320;
const H = 240;

describe('scene motifs the client drew get their word on those marks', () => {
  it('one tall peak is the mountain: its word gets the box of the peak', () => {
    const peak: P[] = [
      [60, 210],
      [160, 40],
      [260, 210],
    ];
    const r = describe2(draw(W, H, [peak, [[0, 212], [W - 1, 212]]]), 'a tall mountain');
    const b = where(r, 'mountain');
    expect(b.length).toBe(1);
    // The box is the drawn peak: it reaches the summit and spans most of the slopes.
    expect(b[0]!.y).toBeLessThan(50);
    expect(b[0]!.w).toBeGreaterThan(150);
    expect(r.words.find((w) => w.word === 'mountain')?.fromSketch).toBe(true);
  });

  it('wavy lines under a boat are the sea', () => {
    const boat: P[] = [
      [110, 120],
      [210, 120],
      [190, 140],
      [130, 140],
      [110, 120],
    ];
    const mast: P[] = [
      [160, 120],
      [160, 70],
      [195, 115],
      [160, 115],
    ];
    const waves = [wave(20, 300, 160), wave(20, 300, 185), wave(20, 300, 210)];
    const r = describe2(draw(W, H, [[[0, 100], [W - 1, 100]], boat, mast, ...waves]), 'a small boat on the sea');
    const sea = where(r, 'sea');
    expect(sea.length).toBe(1);
    // On the waves (with the shore line above them): it covers all three and spans them.
    for (const y of [160, 185, 210]) expect(inBox(sea[0]!, [160, y])).toBe(true);
    expect(sea[0]!.w).toBeGreaterThan(200);
    // The boat is still the boat, not the waves.
    const boatBox = where(r, 'boat')[0]!;
    expect(inBox(boatBox, [160, 130])).toBe(true);
  });

  it('streaks under two clouds are the rain, and each cloud is a cloud', () => {
    const cloud = (cx: number): P[] => ring(cx, 45, 50, 20);
    const streaks: P[][] = [];
    for (let i = 0; i < 8; i++) {
      const x = 50 + i * 30;
      streaks.push([
        [x, 90 + (i % 2) * 10],
        [x - 4, 110 + (i % 2) * 10],
      ]);
    }
    const r = describe2(draw(W, H, [cloud(90), cloud(230), ...streaks, [[0, 215], [W - 1, 215]]]), 'rain falling from the clouds');
    const rain = where(r, 'rain');
    expect(rain.length).toBe(1);
    expect(inBox(rain[0]!, [140, 105])).toBe(true);
    const clouds = where(r, 'clouds');
    expect(clouds.length).toBe(2);
    expect(clouds.some((b) => inBox(b, [90, 45]))).toBe(true);
    expect(clouds.some((b) => inBox(b, [230, 45]))).toBe(true);
  });
});

describe('parts inside a drawn thing are their own regions', () => {
  it('a window drawn inside a house outline is the window, and the house stays the house', () => {
    const house = [rect(100, 100, 220, 200), [[95, 100], [160, 50], [225, 100]] as P[], rect(120, 120, 150, 145), rect(170, 150, 195, 200)];
    const r = describe2(draw(W, H, [...house, [[0, 200], [W - 1, 200]]]), 'a house with a window');
    const win = where(r, 'window');
    expect(win.length).toBeGreaterThanOrEqual(1);
    expect(win.some((b) => inBox(b, [135, 132]) && b.w < 60)).toBe(true);
    expect(r.words.find((w) => w.word === 'window')?.fromSketch).toBe(true);
    expect(inBox(where(r, 'house')[0]!, [160, 170])).toBe(true);
  });

  it('a moon drawn in a window pane is the moon; the window is the window', () => {
    const crescent = ring(212, 45, 11);
    const window = [rect(180, 20, 300, 120), [[240, 20], [240, 120]] as P[], [[180, 70], [300, 70]] as P[], crescent];
    const bed = [rect(20, 150, 170, 210), ring(50, 140, 18, 8)];
    const r = describe2(draw(W, H, [...window, ...bed, [[0, 212], [W - 1, 212]]]), 'a bed by the window and a crescent moon outside');
    const moon = where(r, 'crescent moon');
    expect(moon.length).toBe(1);
    expect(inBox(moon[0]!, [212, 45])).toBe(true);
    expect(moon[0]!.w).toBeLessThan(40);
    const win = where(r, 'window');
    expect(win.length).toBe(1);
    expect(win[0]!.w).toBeGreaterThan(90);
  });
});

describe('people of every size are found, none added', () => {
  it('three heads with shoulders behind a round table are three people, each in its own place', () => {
    const polys: P[][] = [];
    for (const cx of [90, 160, 230]) {
      polys.push(ring(cx, 60, 16));
      // shoulders: an arc from the table top up under the chin and down again
      polys.push(Array.from({ length: 31 }, (_, k): P => [cx - 30 + k * 2, 118 - 38 * Math.sin((k / 30) * Math.PI)]));
    }
    polys.push(ring(160, 128, 150, 12));
    polys.push([
      [160, 144],
      [160, 220],
    ]);
    const r = describe2(draw(W, H, polys), 'three people sitting at a round table');
    const people = where(r, 'people');
    expect(people.length).toBe(3);
    for (const cx of [90, 160, 230]) expect(people.filter((b) => inBox(b, [cx, 60])).length).toBe(1);
    expect(r.words.find((w) => w.word === 'people')?.fromSketch).toBe(true);
  });

  it('a tall parent and a small child are each their own figure, and no big person is added', () => {
    const person = stickFigure;
    const r = describe2(draw(W, H, [...person(110, 40, 36), ...person(220, 130, 20), [[0, 222], [W - 1, 222]]]), 'a parent and a child holding hands');
    const parent = where(r, 'parent');
    const child = where(r, 'child');
    expect(parent.length).toBe(1);
    expect(child.length).toBe(1);
    expect(inBox(parent[0]!, [110, 58])).toBe(true);
    expect(inBox(child[0]!, [220, 140])).toBe(true);
    expect(r.words.filter((w) => w.as === 'figure').every((w) => w.fromSketch === true)).toBe(true);
  });
});
