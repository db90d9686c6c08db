import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { patchMatchFill } from './patchmatch.ts';
import { poissonBlend } from './poisson.ts';

const W = 96,
  H = 80;

/** Vertical stripes 6 px wide (period 12) over a horizontal split: blue-grey above, sand below. */
function texture(): Float32Array {
  const rgb = new Float32Array(W * H * 3);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const stripe = Math.floor(x / 6) % 2 === 0 ? 0.15 : 0;
      const top = y < 40;
      rgb.set(top ? [0.5 + stripe, 0.6 + stripe, 0.8] : [0.8 + stripe, 0.7, 0.5 + stripe], (y * W + x) * 3);
    }
  return rgb;
}

function boxHole(x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const hole = new Uint8Array(W * H);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) hole[y * W + x] = 1;
  return hole;
}

describe('patchMatchFill', () => {
  const rgb = texture();
  const hole = boxHole(30, 24, 66, 56);

  it('keeps every pixel outside the hole and continues the texture and the split inside it', () => {
    const { rgb: out, source } = patchMatchFill(rgb, hole, W, H, createRng(1));
    let wrong = 0,
      inside = 0;
    for (let p = 0; p < W * H; p++) {
      if (!hole[p]) {
        for (let j = 0; j < 3; j++) expect(out[p * 3 + j]).toBe(rgb[p * 3 + j]);
        expect(source[p]).toBe(-1);
        continue;
      }
      inside++;
      // Every filled pixel was copied from outside the hole, from the same side of the split.
      const s = source[p]!;
      expect(hole[s]).toBe(0);
      const y = Math.floor(p / W);
      if (y < 40 !== Math.floor(s / W) < 40) wrong++;
    }
    // Pixels on the split's own row may come from either side.
    expect(wrong / inside).toBeLessThan(0.1);
    // The stripes keep their period: a pixel 12 px to the right looks the same far more often than one 6 px over.
    let same12 = 0,
      same6 = 0;
    for (let y = 26; y < 54; y++)
      for (let x = 32; x < 52; x++) {
        const p = y * W + x;
        if (Math.abs(out[p * 3]! - out[(p + 12) * 3]!) < 0.05) same12++;
        if (Math.abs(out[p * 3]! - out[(p + 6) * 3]!) < 0.05) same6++;
      }
    expect(same12).toBeGreaterThan(2 * same6);
  });

  it('is deterministic for a seed', () => {
    const a = patchMatchFill(rgb, hole, W, H, createRng(7));
    const b = patchMatchFill(rgb, hole, W, H, createRng(7));
    expect(a.rgb).toEqual(b.rgb);
    expect(a.source).toEqual(b.source);
  });
});

describe('poissonBlend', () => {
  it('removes a constant offset so the region meets its surroundings, keeping the inner gradients', () => {
    const target = new Float32Array(W * H * 3);
    const guide = new Float32Array(W * H * 3);
    const region = boxHole(20, 20, 70, 60);
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const p = y * W + x;
        for (let j = 0; j < 3; j++) {
          target[p * 3 + j] = 0.3 + 0.004 * x;
          // The new content: a vertical ramp, 0.35 brighter than the picture.
          guide[p * 3 + j] = 0.65 + 0.004 * x + 0.002 * y;
        }
      }
    const before = guide[(40 * W + 20) * 3]! - target[(40 * W + 19) * 3]!;
    poissonBlend(guide, target, Float32Array.from(guide), region, W, H);
    const after = guide[(40 * W + 20) * 3]! - target[(40 * W + 19) * 3]!;
    expect(before).toBeGreaterThan(0.3);
    expect(Math.abs(after)).toBeLessThan(0.02);
    // The edge all round matches within 0.02.
    for (let x = 20; x < 70; x++) {
      expect(Math.abs(guide[(20 * W + x) * 3]! - target[(19 * W + x) * 3]!)).toBeLessThan(0.02);
      expect(Math.abs(guide[(59 * W + x) * 3]! - target[(60 * W + x) * 3]!)).toBeLessThan(0.03);
    }
    // Outside the region nothing changed.
    expect(guide[(10 * W + 10) * 3]).toBeCloseTo(0.65 + 0.04 + 0.02, 5);
  });
});
