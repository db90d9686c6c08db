/**
 * Refining leaves no seam, on pictures nobody tuned it on: every drawing, coloured drawing and
 * photograph of paper in the held-out sketch set (test/heldout/art — inputs only, used to
 * evaluate, never to tune) and a picture the engine made.
 *
 * Seam energy = mean luma step between 4-neighbours in the strip where a refine blends the old
 * picture into the new (1 px outside the mask edge to feather + 2 px inside). The refined strip
 * must be no more energetic than the same strip over the original picture, or than the median
 * of that strip moved anywhere else over the original — so the edge stands out no more than
 * what was there, or than an edge of that shape drawn anywhere in the picture. A patch 15%
 * darker blended in the same way must fail the same measure (the measure can fail).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';
import { generateImage, inpaintImage } from '../../src/engines/art/index.ts';
import { featheredAlpha, maskValues } from '../../src/engines/art/mask.ts';
import { contourEnergies, median, seamEnergy } from '../../src/engines/art/seam-energy.ts';
import type { RgbaImage } from '../../src/engines/core/index.ts';

const DIR = fileURLToPath(new URL('../heldout/art/images/', import.meta.url));
const FEATHER = 8;
const BAND = FEATHER + 2;

async function heldout(file: string): Promise<RgbaImage> {
  // Reduced to 320 px wide: the seam is a property of the edge, and it keeps the run short.
  const { data, info } = await sharp(DIR + file).resize({ width: 320 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data) };
}

/** An ellipse joined to a rectangle (not a plain box) over the middle-left of the picture. */
function maskFor(img: RgbaImage): { mask: RgbaImage; region: Uint8Array } {
  const { width: w, height: h } = img;
  const region = new Uint8Array(w * h);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const inside = ((x - w * 0.42) / (w * 0.2)) ** 2 + ((y - h * 0.45) / (h * 0.18)) ** 2 <= 1 || (x >= w * 0.3 && x < w * 0.5 && y >= h * 0.5 && y < h * 0.7);
    const p = y * w + x;
    region[p] = inside ? 1 : 0;
    data.fill(inside ? 255 : 0, p * 4, p * 4 + 3);
    data[p * 4 + 3] = 255;
  }
  return { mask: { width: w, height: h, data }, region };
}

/** The picture with the masked area 15% darker, blended with refine's own feathered weight: a visible patch. */
function shiftedPatch(img: RgbaImage, mask: RgbaImage): RgbaImage {
  const a = featheredAlpha(maskValues(mask), img.width, img.height, FEATHER);
  const data = new Uint8ClampedArray(img.data);
  for (let p = 0; p < a.length; p++) for (let j = 0; j < 3; j++) data[p * 4 + j] = img.data[p * 4 + j]! - 38 * a[p]!;
  return { width: img.width, height: img.height, data };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.png')).sort();

describe('refine leaves no seam', () => {
  it('has held-out pictures to measure on', () => expect(files.length).toBeGreaterThanOrEqual(15));

  const cases: [string, () => Promise<RgbaImage>][] = [
    ...files.map((f): [string, () => Promise<RgbaImage>] => [f, () => heldout(f)]),
    ['an engine picture', async () => generateImage({ prompt: 'a quiet lake between hills under a cloudy sky', seed: 11, width: 320, height: 240 })],
  ];
  it.each(cases)('%s: the refined edge is no more visible than the picture itself', async (_, load) => {
    const img = await load();
    const { mask, region } = maskFor(img);
    const out = inpaintImage({ image: img, mask, prompt: 'make it calmer', seed: 4, feather: FEATHER });
    const reference = Math.max(seamEnergy(img, region, BAND), median(contourEnergies(img, region, Math.round(img.width / 12), BAND)));
    expect(seamEnergy(shiftedPatch(img, mask), region, BAND)).toBeGreaterThan(reference);
    expect(seamEnergy(out, region, BAND)).toBeLessThanOrEqual(reference);
  });
});
