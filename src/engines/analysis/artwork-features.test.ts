import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import { artworkFeaturesFromImage, artworkFeatureVector, ARTWORK_FEATURE_KEYS } from './artwork-features.ts';
import { paint } from './test-images.ts';

const W = 64;
const halfBlackWhite = paint(W, W, (x) => (x < W / 2 ? [0, 0, 0] : [255, 255, 255]));

describe('artworkFeaturesFromImage', () => {
  it('reads a half-black half-white page as brightness 0.5, left-right asymmetric, top-bottom symmetric', () => {
    const f = artworkFeaturesFromImage(halfBlackWhite);
    expect(f.tone.brightness).toBeCloseTo(0.5, 5);
    expect(f.tone.contrast).toBeCloseTo(0.5, 5);
    expect(f.symmetry.leftRight).toBeLessThan(0.05);
    expect(f.symmetry.topBottom).toBeCloseTo(1, 5);
    expect(f.tone.saturation).toBe(0);
    expect(f.tone.warmCoolBalance).toBe(0);
    expect(f.tone.colourfulness).toBeCloseTo(0, 5);
    expect(f.palette.map((c) => c.hex).sort()).toEqual(['#000000', '#ffffff']);
    expect(f.palette[0]!.share).toBeCloseTo(0.5, 5);
    // Only the two columns either side of the boundary are edges.
    expect(f.edges.edgeDensity).toBeCloseTo(2 / (W - 2), 5);
  });

  it('reads a pure red page as warm, saturated and colourful', () => {
    const f = artworkFeaturesFromImage(createRgba(32, 32, [255, 0, 0, 255]));
    expect(f.tone.warmShare).toBe(1);
    expect(f.tone.coolShare).toBe(0);
    expect(f.tone.warmCoolBalance).toBe(1);
    expect(f.tone.saturation).toBe(1);
    // Hasler–Süsstrunk on a flat colour: 0.3·√(255² + 127.5²).
    expect(f.tone.colourfulness).toBeCloseTo(0.3 * Math.hypot(255, 127.5), 3);
    expect(f.palette).toEqual([{ rgb: [255, 0, 0], hex: '#ff0000', share: 1 }]);
    expect(f.edges.edgeDensity).toBe(0);
  });

  it('reads a pure blue page as cool', () => {
    const f = artworkFeaturesFromImage(createRgba(16, 16, [20, 40, 220, 255]));
    expect(f.tone.warmCoolBalance).toBe(-1);
    expect(f.tone.coolShare).toBe(1);
  });

  it('treats a transparent canvas as blank white paper', () => {
    const f = artworkFeaturesFromImage(createRgba(20, 20, [0, 0, 0, 0]));
    expect(f.tone.brightness).toBeCloseTo(1, 5);
    expect(f.space.inkCoverage).toBe(0);
    expect(f.space.boundingBox).toBeNull();
    expect(f.space.margins).toEqual({ top: 1, right: 1, bottom: 1, left: 1 });
  });

  it('measures ink coverage, bounding box, centre of mass and margins of a square in the top-left', () => {
    // 100×100 white page, black square x 10..29, y 20..39.
    const img = paint(100, 100, (x, y) => (x >= 10 && x < 30 && y >= 20 && y < 40 ? [0, 0, 0] : [255, 255, 255]));
    const s = artworkFeaturesFromImage(img).space;
    expect(s.background).toBe('#ffffff');
    expect(s.inkCoverage).toBeCloseTo(0.04, 10);
    expect(s.boundingBox).toEqual({ x0: 0.1, y0: 0.2, x1: 0.3, y1: 0.4 });
    expect(s.centreOfMass!.x).toBeCloseTo(0.2, 10);
    expect(s.centreOfMass!.y).toBeCloseTo(0.3, 10);
    expect(s.margins.left).toBeCloseTo(0.1, 10);
    expect(s.margins.right).toBeCloseTo(0.7, 10);
    expect(s.margins.top).toBeCloseTo(0.2, 10);
    expect(s.margins.bottom).toBeCloseTo(0.6, 10);
  });

  it('measures ink against coloured paper, not against white', () => {
    const img = paint(50, 50, (x, y) => (x > 20 && x < 30 && y > 20 && y < 30 ? [250, 250, 250] : [200, 180, 120]));
    const s = artworkFeaturesFromImage(img).space;
    expect(s.background).toBe('#c8b478');
    expect(s.inkCoverage).toBeCloseTo(81 / 2500, 10);
  });

  it('finds a symmetric mandala-like pattern symmetric both ways', () => {
    const img = paint(80, 80, (x, y) => (Math.hypot(x - 39.5, y - 39.5) % 12 < 4 ? [30, 60, 200] : [255, 255, 255]));
    const f = artworkFeaturesFromImage(img);
    expect(f.symmetry.leftRight).toBeGreaterThan(0.99);
    expect(f.symmetry.topBottom).toBeGreaterThan(0.99);
    expect(f.edges.edgeDensity).toBeGreaterThan(0.1);
  });

  it('finds k dominant colours with shares summing to 1, largest first, deterministically', () => {
    const colours = [[230, 30, 30], [30, 200, 40], [20, 20, 220], [250, 240, 20]] as const;
    const img = paint(60, 40, (x, y) => colours[(x < 30 ? 0 : 1) + (y < 10 ? 0 : 2)]!);
    const a = artworkFeaturesFromImage(img, { palette: { k: 4 } });
    const b = artworkFeaturesFromImage(img, { palette: { k: 4 } });
    expect(a.palette).toEqual(b.palette);
    expect(a.palette).toHaveLength(4);
    expect(a.palette.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 10);
    expect(a.palette.map((c) => c.share)).toEqual([0.375, 0.375, 0.125, 0.125]);
    expect(a.palette.map((c) => c.hex).sort()).toEqual(['#1414dc', '#1ec828', '#e61e1e', '#faf014']);
  });

  it('gives more edges to a busier picture', () => {
    const calm = paint(64, 64, (x) => (x < 32 ? [40, 40, 40] : [220, 220, 220]));
    const busy = paint(64, 64, (x, y) => ((x >> 2) + (y >> 2)) % 2 ? [40, 40, 40] : [220, 220, 220]);
    expect(artworkFeaturesFromImage(busy).edges.edgeDensity).toBeGreaterThan(artworkFeaturesFromImage(calm).edges.edgeDensity * 5);
  });

  it('flattens to every tracked key as a finite number', () => {
    const v = artworkFeatureVector(artworkFeaturesFromImage(halfBlackWhite));
    expect(Object.keys(v).sort()).toEqual([...ARTWORK_FEATURE_KEYS].sort());
    for (const n of Object.values(v)) expect(Number.isFinite(n)).toBe(true);
    expect(v.paletteSize).toBe(2);
  });

  it('handles a 1×1 image', () => {
    const f = artworkFeaturesFromImage(createRgba(1, 1, [10, 20, 30, 255]));
    expect(f.symmetry).toEqual({ leftRight: 1, topBottom: 1 });
    expect(f.edges.edgeDensity).toBe(0);
  });
});
