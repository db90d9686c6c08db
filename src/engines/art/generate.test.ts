import { describe, expect, it } from 'vitest';
import { createRgba } from '../core/index.ts';
import type { RgbaImage } from '../core/index.ts';
import { STYLE_IDS } from '../affect/index.ts';
import { generateImage, generateWithDetails } from './generate.ts';
import { STYLES } from './styles.ts';
import { MOTIF_ORDER } from './scene.ts';
import { MOTIF_IDS } from '../affect/index.ts';
import { countHue, imageStats, lumaAt, sameBytes } from './test-helpers.ts';

const S = 96;
const gen = (prompt: string, extra: Partial<Parameters<typeof generateImage>[0]> = {}): RgbaImage =>
  generateImage({ prompt, seed: 11, width: S, height: S, ...extra });

/** A white sketch with a circle and a square drawn in 3px black lines. */
function sketch(size: number): { img: RgbaImage; line: Uint8Array } {
  const img = createRgba(size, size);
  const line = new Uint8Array(size * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c * 0.6, y - c);
      const onCircle = Math.abs(r - size * 0.2) < 1.5;
      const inSquare = x > size * 0.62 && x < size * 0.9 && y > size * 0.3 && y < size * 0.7;
      const onSquare = inSquare && (x < size * 0.62 + 3 || x > size * 0.9 - 3 || y < size * 0.3 + 3 || y > size * 0.7 - 3);
      if (onCircle || onSquare) {
        line[y * size + x] = 1;
        img.data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
      }
    }
  }
  return { img, line };
}

describe('generateImage', () => {
  it('is deterministic for a seed, and seeds give different variations', () => {
    const a = gen('a house by a river under the moon');
    const b = gen('a house by a river under the moon');
    const c = gen('a house by a river under the moon', { seed: 12 });
    expect(sameBytes(a, b)).toBe(true);
    let diff = 0;
    for (let i = 0; i < a.data.length; i++) diff += Math.abs(a.data[i]! - c.data[i]!);
    expect(diff / a.data.length).toBeGreaterThan(3);
  });

  it('follows the words: calm blue sea vs angry red fire differ in hue, saturation and contrast as documented', () => {
    const calm = imageStats(gen('a calm blue sea'));
    const angry = imageStats(gen('angry red fire'));
    expect(calm.hue).toBeGreaterThan(180);
    expect(calm.hue).toBeLessThan(260);
    expect(angry.hue < 45 || angry.hue > 330).toBe(true);
    expect(angry.saturation).toBeGreaterThan(calm.saturation);
    expect(angry.contrast).toBeGreaterThan(calm.contrast);
  });

  it('keeps a negated or negative-prompt colour out of the picture', () => {
    expect(countHue(gen('a garden of red flowers under a red sky'), 0, 18)).toBeGreaterThan(100);
    expect(countHue(gen('a garden of flowers under the sky, no red'), 0, 18)).toBe(0);
    expect(countHue(gen('a calm blue sea', { negativePrompt: 'blue' }), 222, 30)).toBe(0);
    expect(countHue(gen('a calm blue sea'), 222, 30)).toBeGreaterThan(S * S * 0.3);
    expect(countHue(gen('a calm sea, no blue'), 222, 30)).toBe(0);
  });

  it('lightens the picture for "not dark"', () => {
    const dark = imageStats(gen('a dark forest'));
    const notDark = imageStats(gen('a forest, not dark'));
    expect(notDark.lightness).toBeGreaterThan(dark.lightness + 0.1);
  });

  it('draws recognisable motifs: the sun is a bright warm disc in the upper half', () => {
    const warmBright = (img: RgbaImage, y0: number, y1: number): number => {
      let n = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = 0; x < S; x++) {
          const p = (y * S + x) * 4;
          if (lumaAt(img, y * S + x) > 0.72 && img.data[p]! - img.data[p + 2]! > 40) n++;
        }
      }
      return n;
    };
    const without = gen('a quiet meadow');
    const withSun = gen('a quiet meadow with the sun');
    expect(warmBright(withSun, 0, S / 2)).toBeGreaterThan(warmBright(without, 0, S / 2) + 60);
    expect(warmBright(withSun, 0, S / 2)).toBeGreaterThan(warmBright(withSun, S / 2, S) * 3);
  });

  it('draws a heart as a red shape in the centre and the moon and stars in a night sky', () => {
    const heart = gen('a heart');
    const centre = imageStats({ width: S, height: S / 4, data: heart.data.subarray(((S * 3 * S) / 8) * 4, ((S * 5 * S) / 8) * 4) });
    expect(centre.hue < 20 || centre.hue > 330).toBe(true);
    expect(countHue(heart, 350, 25, 0.4)).toBeGreaterThan(S * S * 0.08);
    const night = gen('the moon and stars');
    const sky = imageStats(night, 0, S / 2);
    const day = imageStats(gen('the sun and clouds'), 0, S / 2);
    expect(sky.lightness).toBeLessThan(day.lightness - 0.15);
    let bright = 0;
    for (let p = 0; p < (S * S) / 2; p++) if (lumaAt(night, p) > 0.75) bright++;
    expect(bright).toBeGreaterThan(30);
  });

  it('keeps the sketch lines at strength 1, much less at 0.2, and fills the enclosed shapes', () => {
    const { img, line } = sketch(128);
    const overlap = (out: RgbaImage): number => {
      let hit = 0,
        total = 0;
      for (let p = 0; p < line.length; p++) {
        if (!line[p]) continue;
        total++;
        if (lumaAt(out, p) < 0.3) hit++;
      }
      return hit / total;
    };
    const opts = { seed: 3, width: 128, height: 128, sketch: img };
    const strong = generateImage({ prompt: 'a bright happy meadow', ...opts, sketchStrength: 1 });
    const weak = generateImage({ prompt: 'a bright happy meadow', ...opts, sketchStrength: 0.2 });
    expect(overlap(strong)).toBeGreaterThan(0.9);
    expect(overlap(weak)).toBeLessThan(overlap(strong) * 0.3);
    // Inside the circle differs from just outside it (the enclosed region is filled).
    const inside = lumaAt(strong, 64 * 128 + 38) * 255;
    const px = (x: number, y: number): number[] => [...strong.data.subarray((y * 128 + x) * 4, (y * 128 + x) * 4 + 3)];
    const a = px(38, 64);
    const b = px(38, 20);
    expect(Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!)).toBeGreaterThan(40);
    expect(inside).toBeGreaterThan(0);
  });

  it('renders every style, each measurably distinct from every other', () => {
    expect(STYLES.length).toBeGreaterThanOrEqual(10);
    expect(STYLES.map((s) => s.id).sort()).toEqual([...STYLE_IDS].sort());
    const stats = STYLES.map((s) => {
      const img = gen('a calm sea with a boat under the sun, a house and trees', { style: s.id });
      expect(img.width).toBe(S);
      expect(s.label.length).toBeGreaterThan(2);
      expect(s.description.length).toBeGreaterThan(20);
      return { id: s.id, st: imageStats(img) };
    });
    // Tolerances: how far two styles must be apart on at least one statistic.
    const tol = { saturation: 0.04, lightness: 0.04, contrast: 0.03, dark: 0.03, texture: 0.012, colours: 0.04 } as const;
    for (let i = 0; i < stats.length; i++) {
      for (let j = i + 1; j < stats.length; j++) {
        const a = stats[i]!.st;
        const b = stats[j]!.st;
        const apart = (Object.keys(tol) as (keyof typeof tol)[]).filter((k) => Math.abs(a[k] - b[k]) > tol[k]);
        expect(apart.length, `${stats[i]!.id} vs ${stats[j]!.id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('picks the style named in the prompt and reports progress', () => {
    const steps: number[] = [];
    const r = generateWithDetails({ prompt: 'a lighthouse in stained glass', seed: 1, width: 32, height: 32, onProgress: (f) => steps.push(f) });
    expect(r.style).toBe('stained-glass');
    expect(steps[steps.length - 1]).toBe(1);
    expect([...steps].sort((x, y) => x - y)).toEqual(steps);
  });

  it('paints every motif in a defined order', () => {
    expect([...MOTIF_ORDER].sort()).toEqual([...MOTIF_IDS].sort());
    const plain = gen('a quiet place', { width: 48, height: 48 });
    for (const m of MOTIF_IDS) {
      const withMotif = gen(`a quiet place with a ${m}`, { width: 48, height: 48 });
      const other = gen(`a quiet place with a ${m === 'stone' ? 'leaf' : 'stone'}`, { width: 48, height: 48 });
      expect(sameBytes(other, withMotif), m).toBe(false);
      if (m !== 'hill') expect(sameBytes(plain, withMotif), m).toBe(false);
    }
  });
});
