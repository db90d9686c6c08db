import { describe, expect, it } from 'vitest';
import { sameBytes } from './test-helpers.ts';
import { createRng } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { linesFromPhoto } from './lines.ts';

/**
 * A synthetic "photo of a pencil drawing": grey pencil strokes (circle, zigzag, lines) on
 * paper, lit by a strong gradient from one corner (brightness 0.35 → 1) with a soft shadow
 * blob, plus Gaussian sensor noise and a few dust specks.
 */
function syntheticPhoto(size: number, seed: number): { photo: RgbaImage; truth: Uint8Array } {
  const rng = createRng(seed);
  const truth = new Uint8Array(size * size);
  const mark = (x: number, y: number, r: number): void => {
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        const xx = Math.round(x + dx),
          yy = Math.round(y + dy);
        if (xx >= 0 && yy >= 0 && xx < size && yy < size && dx * dx + dy * dy <= r * r) truth[yy * size + xx] = 1;
      }
  };
  for (let t = 0; t < 2 * Math.PI; t += 0.005) mark(size * 0.35 + Math.cos(t) * size * 0.2, size * 0.4 + Math.sin(t) * size * 0.2, 1);
  for (let x = size * 0.1; x < size * 0.9; x += 0.5) mark(x, size * 0.8 + Math.abs(((x / 12) % 2) - 1) * size * 0.08, 1);
  for (let y = size * 0.1; y < size * 0.7; y += 0.5) mark(size * 0.75, y, 1);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p = y * size + x;
      const light = 0.35 + 0.65 * ((x + y) / (2 * size)) - 0.15 * Math.exp(-((x - size * 0.8) ** 2 + (y - size * 0.2) ** 2) / (2 * (size * 0.15) ** 2));
      const ink = truth[p] ? 0.45 : 1; // pencil reflects 45% of the paper's light
      const v = light * ink * 0.95 + rng.gaussian() * 0.02;
      const dust = rng.next() < 0.002 ? -0.25 : 0;
      const b = Math.round(Math.min(1, Math.max(0, v + dust)) * 255);
      data.set([b, Math.round(b * 0.97), Math.round(b * 0.9), 255], p * 4);
    }
  }
  return { photo: { width: size, height: size, data }, truth };
}

describe('linesFromPhoto', () => {
  it('recovers the drawn lines from an unevenly lit, noisy photo with good precision and recall', () => {
    const size = 200;
    const { photo, truth } = syntheticPhoto(size, 4);
    const out = linesFromPhoto(photo);
    const isLine = (p: number): boolean => out.data[p * 4]! < 128;
    const near = (mask: (p: number) => boolean, p: number): boolean => {
      const x = p % size,
        y = (p - x) / size;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx,
            yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < size && yy < size && mask(yy * size + xx)) return true;
        }
      return false;
    };
    let tp = 0,
      fp = 0,
      found = 0,
      total = 0;
    for (let p = 0; p < size * size; p++) {
      if (isLine(p)) {
        if (near((q) => truth[q] === 1, p)) tp++;
        else fp++;
      }
      if (truth[p]) {
        total++;
        if (near(isLine, p)) found++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = found / total;
    expect(precision).toBeGreaterThan(0.9);
    expect(recall).toBeGreaterThan(0.9);
  });

  it('gives white paper with dark lines only (no lighting left over)', () => {
    const { photo } = syntheticPhoto(120, 2);
    const out = linesFromPhoto(photo);
    let white = 0,
      darkLine = 0,
      between = 0;
    for (let p = 0; p < 120 * 120; p++) {
      const v = out.data[p * 4]!;
      if (v === 255) white++;
      else if (v < 120) darkLine++;
      else between++;
      expect(out.data[p * 4 + 3]).toBe(255);
    }
    expect(white).toBeGreaterThan(120 * 120 * 0.8);
    expect(darkLine).toBeGreaterThan(500);
    expect(between).toBe(0);
  });

  it('is deterministic', () => {
    const { photo } = syntheticPhoto(64, 1);
    expect(sameBytes(linesFromPhoto(photo), linesFromPhoto(photo))).toBe(true);
  });
});
