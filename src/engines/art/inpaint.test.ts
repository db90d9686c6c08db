import { describe, expect, it } from 'vitest';
import { sameBytes } from './test-helpers.ts';
import { createGray, createRgba } from '../core/index.ts';
import { generateImage } from './generate.ts';
import { inpaintImage } from './inpaint.ts';
import { featheredAlpha, maskValues } from './mask.ts';

const W = 96;
const picture = generateImage({ prompt: 'a calm sea at dusk', seed: 5, width: W, height: W });

/** White square (repaint) at [x0, x1) × [y0, y1) on black (keep). */
function squareMask(x0: number, y0: number, x1: number, y1: number) {
  const m = createRgba(W, W, [0, 0, 0, 255]);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m.data.fill(255, (y * W + x) * 4, (y * W + x) * 4 + 3);
  return m;
}

describe('inpaintImage', () => {
  const mask = squareMask(30, 20, 70, 60);
  const opts = { image: picture, mask, prompt: 'a bright yellow sun', seed: 9, feather: 6 };

  it('leaves every pixel outside the mask byte-identical and changes the inside', () => {
    const out = inpaintImage(opts);
    let changedInside = 0;
    for (let y = 0; y < W; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const inside = x >= 30 && x < 70 && y >= 20 && y < 60;
        const same = out.data[i] === picture.data[i] && out.data[i + 1] === picture.data[i + 1] && out.data[i + 2] === picture.data[i + 2] && out.data[i + 3] === picture.data[i + 3];
        if (!inside) expect(same).toBe(true);
        else if (!same) changedInside++;
      }
    }
    expect(changedInside).toBeGreaterThan(40 * 40 * 0.7);
  });

  it('is deterministic, and a different seed gives a different refinement', () => {
    const a = inpaintImage(opts);
    expect(sameBytes(inpaintImage(opts), a)).toBe(true);
    expect(sameBytes(inpaintImage({ ...opts, seed: 10 }), a)).toBe(false);
  });

  it('feathers the edge: change grows from the mask border to its centre', () => {
    const out = inpaintImage(opts);
    const delta = (x: number, y: number): number => {
      const i = (y * W + x) * 4;
      return Math.abs(out.data[i]! - picture.data[i]!) + Math.abs(out.data[i + 1]! - picture.data[i + 1]!) + Math.abs(out.data[i + 2]! - picture.data[i + 2]!);
    };
    let edge = 0, centre = 0;
    for (let y = 25; y < 55; y++) {
      edge += delta(30, y);
      centre += delta(50, y);
    }
    expect(centre).toBeGreaterThan(edge * 2);
    const alpha = featheredAlpha(maskValues(mask), W, W, 6);
    expect(alpha[40 * W + 30]!).toBeLessThan(0.1);
    expect(alpha[40 * W + 50]!).toBe(1);
    expect(alpha[40 * W + 29]!).toBe(0);
  });

  it('takes a float mask, and an all-black mask changes nothing', () => {
    const gray = createGray(W, W);
    expect(sameBytes(inpaintImage({ ...opts, mask: gray }), picture)).toBe(true);
    gray.data.fill(1);
    const all = inpaintImage({ ...opts, mask: gray, feather: 0 });
    expect(sameBytes(all, picture)).toBe(false);
  });

  it('puts the named motif inside the mask', () => {
    const out = inpaintImage({ ...opts, prompt: 'a warm sun', style: 'watercolour' });
    let warm = 0;
    for (let y = 20; y < 60; y++) {
      for (let x = 30; x < 70; x++) {
        const i = (y * W + x) * 4;
        if (out.data[i]! > 180 && out.data[i]! - out.data[i + 2]! > 50) warm++;
      }
    }
    expect(warm).toBeGreaterThan(40);
  });
});
