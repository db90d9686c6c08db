/**
 * The art engine on its development set (test/fixtures/art-dev, drawn by scripts/art-dev-set.ts):
 * what the client drew is painted, not added a second time; words found only in tags are not
 * drawn; a photo of paper on a table gives no frame; the same seed gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashString } from '../../src/engines/core/index.ts';
import type { RgbaImage } from '../../src/engines/core/index.ts';
import { generateWithDetails, linesFromPhoto, sizeForAspect } from '../../src/engines/art/index.ts';
import type { GenerateResult } from '../../src/engines/art/index.ts';

interface Drawn {
  word: string;
  kind: 'thing' | 'figure';
  box: [number, number, number, number];
}
interface Item {
  id: string;
  file: string;
  kind: 'drawing' | 'photo';
  prompt: string;
  drawn: Drawn[];
  notThings?: string[];
}
const dir = new URL('../fixtures/art-dev/', import.meta.url);
const items = (JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { items: Item[] }).items;

async function load(file: string): Promise<RgbaImage> {
  const { data, info } = await sharp(new URL(file, dir).pathname).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}

const inputs = new Map<string, RgbaImage>();
const sketches = new Map<string, RgbaImage>();
const run = (it: Item, prompt = it.prompt, seed = hashString(it.id)): GenerateResult => {
  const input = inputs.get(it.id)!;
  return generateWithDetails({ prompt, sketch: sketches.get(it.id)!, sketchStrength: 0.7, seed, ...sizeForAspect(input.width / input.height, 512) });
};
/** Intersection over the smaller box's area (boxes as x, y, w, h). */
function cover(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return (ix * iy) / Math.min(a.w * a.h, b.w * b.h);
}

beforeAll(async () => {
  for (const it of items) {
    const img = await load(it.file);
    inputs.set(it.id, img);
    sketches.set(it.id, it.kind === 'photo' ? linesFromPhoto(img) : img);
  }
}, 120_000);

describe('art engine on its development set', () => {
  it('paints a drawn thing named in the prompt instead of adding it again: placed only on what was drawn, covering it', () => {
    let checked = 0;
    for (const it of items.filter((i) => i.kind === 'drawing')) {
      const r = run(it);
      const { width: W, height: H } = r.report;
      for (const d of it.drawn) {
        const w = r.report.words.find((x) => x.word === d.word);
        if (!w || (w.as !== 'thing' && w.as !== 'figure')) continue; // sun/moon words are motifs
        const truth = { x: d.box[0] * W, y: d.box[1] * H, w: (d.box[2] - d.box[0]) * W, h: (d.box[3] - d.box[1]) * H };
        // A word drawn several times ("two friends" drawn as two people): each place sits on one of them.
        const truths = it.drawn
          .filter((e) => e.word === d.word)
          .map((e) => ({ x: e.box[0] * W, y: e.box[1] * H, w: (e.box[2] - e.box[0]) * W, h: (e.box[3] - e.box[1]) * H }));
        expect(w.fromSketch, `${it.id}: ${d.word}`).toBe(true);
        // One place per drawn object: a plural ("flowers") drawn three times is three places, all of
        // them on the drawing (centre inside the drawn box), and together they cover it.
        const where = w.where ?? [];
        expect(where.length, `${it.id}: ${d.word}`).toBeGreaterThanOrEqual(1);
        if (!d.word.endsWith('s')) expect(where.length, `${it.id}: ${d.word}`).toBe(1);
        for (const p of where) {
          const cx = p.box.x + p.box.w / 2;
          const cy = p.box.y + p.box.h / 2;
          expect(
            truths.some((t) => cx >= t.x && cx <= t.x + t.w && cy >= t.y && cy <= t.y + t.h),
            `${it.id}: ${d.word} place inside`,
          ).toBe(true);
        }
        const x0 = Math.min(...where.map((p) => p.box.x));
        const y0 = Math.min(...where.map((p) => p.box.y));
        const x1 = Math.max(...where.map((p) => p.box.x + p.box.w));
        const y1 = Math.max(...where.map((p) => p.box.y + p.box.h));
        expect(cover({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, truth), `${it.id}: ${d.word}`).toBeGreaterThan(0.7);
        // Nothing was added for it.
        expect(r.placements.filter((p) => p.word === d.word)).toHaveLength(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('paints the drawn house in house colours: the wall is warm and light, not the sky behind it', () => {
    const it = items.find((i) => i.id === 'house-sun')!;
    const r = run(it);
    const d = it.drawn.find((x) => x.word === 'house')!;
    const { width: W, height: H } = r.image;
    // A point on the wall, between the windows and above the door.
    const x = Math.round(((d.box[0] + d.box[2]) / 2) * W);
    const y = Math.round((d.box[1] + (d.box[3] - d.box[1]) * 0.55) * H);
    const px = r.image.data.subarray((y * W + x) * 4, (y * W + x) * 4 + 3);
    expect(px[0]!).toBeGreaterThan(px[2]! + 15);
    const sky = r.image.data.subarray((8 * W + 8) * 4, (8 * W + 8) * 4 + 3);
    expect(Math.abs(px[0]! - sky[0]!) + Math.abs(px[2]! - sky[2]!)).toBeGreaterThan(40);
  }, 180_000);

  it('adds a named thing only when nothing drawn matches it (a cat beside a drawn house is added, the house is not)', () => {
    const it = items.find((i) => i.id === 'house-sun')!;
    const r = run(it, 'a house and a cat');
    expect(r.report.words.find((w) => w.word === 'house')?.fromSketch).toBe(true);
    const cat = r.report.words.find((w) => w.word === 'cat');
    expect(cat?.fromSketch).toBeUndefined();
    expect(r.placements.filter((p) => p.word === 'cat')).toHaveLength(1);
  }, 180_000);

  it('reads a circle drawn high in the sky as the sun even when no word names it, and as the moon when the words say night', () => {
    const at = (r: GenerateResult, fx: number, fy: number): number[] => {
      const { width: W, height: H } = r.image;
      const i = (Math.round(fy * H) * W + Math.round(fx * W)) * 4;
      return [...r.image.data.subarray(i, i + 3)];
    };
    const sunItem = items.find((i) => i.id === 'sun-no-word')!;
    const day = run(sunItem);
    // The disc's centre (drawn at 120, 75 of 480 × 360) is warm yellow: red and green well above blue.
    const [r, g, b] = at(day, 120 / 480, 75 / 360);
    expect(r! - b!, 'sun is yellow').toBeGreaterThan(25);
    expect(g! - b!, 'sun is yellow').toBeGreaterThan(15);
    const night = run(sunItem, 'a quiet night on the hill');
    const [nr, , nb] = at(night, 120 / 480, 75 / 360);
    // The moon is pale: much less yellow than the sun.
    expect(nr! - nb!).toBeLessThan(r! - b! - 10);
  }, 180_000);

  it('a colour word on a thing the client drew recolours their drawing, and nothing is added', () => {
    const it = items.find((i) => i.id === 'heart-gap')!;
    const plain = run(it, 'a heart');
    const blue = run(it, 'a blue heart');
    expect(blue.report.words.find((w) => w.as === 'thing')?.fromSketch).toBe(true);
    expect(blue.placements).toHaveLength(0);
    const { width: W, height: H } = blue.image;
    const i = (Math.round(0.55 * H) * W + Math.round(0.5 * W)) * 4;
    const [r, , b] = blue.image.data.subarray(i, i + 3);
    const [pr, , pb] = plain.image.data.subarray(i, i + 3);
    expect(b! - r!, 'blue heart').toBeGreaterThan(20);
    expect(pr! - pb!, "the plain heart is the library heart's red").toBeGreaterThan(20);
  }, 180_000);

  it('reports words found only in emoji tags, and describing words, as not drawn', () => {
    for (const it of items.filter((i) => i.notThings)) {
      const r = run(it);
      for (const word of it.notThings!) {
        expect(r.report.notDrawn, `${it.id}: ${word}`).toContain(word);
        expect(r.placements.some((p) => p.word === word)).toBe(false);
      }
    }
  }, 180_000);

  it('reads a photo of paper on a table without a frame: no dark lines within 3% of the edge', () => {
    for (const it of items.filter((i) => i.kind === 'photo')) {
      const lines = sketches.get(it.id)!;
      const { width: w, height: h } = lines;
      const m = Math.ceil(Math.max(w, h) * 0.03);
      let dark = 0;
      let inner = 0;
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const isDark = lines.data[(y * w + x) * 4]! < 128;
          if (!isDark) continue;
          if (x < m || y < m || x >= w - m || y >= h - m) dark++;
          else inner++;
        }
      expect(dark, it.id).toBe(0);
      // The drawing itself is still there.
      expect(inner, it.id).toBeGreaterThan(w * h * 0.01);
    }
  });

  it('is deterministic per seed (a drawing and a photo), and the seed matters', () => {
    for (const it of [items[0]!, items.find((i) => i.kind === 'photo')!]) {
      const a = run(it);
      const b = run(it);
      expect(Buffer.from(a.image.data).equals(Buffer.from(b.image.data))).toBe(true);
      expect(Buffer.from(run(it, it.prompt, 99).image.data).equals(Buffer.from(a.image.data))).toBe(false);
    }
  }, 180_000);
});
