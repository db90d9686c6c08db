/**
 * The used held-out sketch sets (test/heldout/art, art2, art3, art4 — all USED — and the training set art-train1, development material)
 * loaded the way the CLI reads them: a photo of paper is straightened and turned into lines
 * (`hearth generate` does the same), then sized like `generate --sketch` at 512. Shared by
 * scripts/art-dev-art2.ts (in-process scores) and scripts/train-sketch-scorer.ts (training).
 * Never a sealed set: only the names below are accepted.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { linesFromPhoto, sizeForAspect, straightenPaper } from '../src/engines/art/index.ts';
import type { RgbaImage } from '../src/engines/core/raster.ts';
import { seedOf } from '../test/heldout/seed.ts';
import type { Item, PaperReport } from '../test/heldout/art2/score.ts';

export const SETS = ['art', 'art2', 'art3', 'art4', 'art-train1', 'art-train2'] as const;
export type SetName = (typeof SETS)[number];

export interface LoadedItem {
  readonly set: SetName;
  readonly item: Item;
  /** What the engine is given (a photo: the straightened sheet as lines). */
  readonly sketch: RgbaImage;
  readonly width: number;
  readonly height: number;
  readonly seed: number;
  readonly paper?: PaperReport;
}

export function setName(s: string | undefined): SetName {
  const n = s ?? 'art2';
  if (!(SETS as readonly string[]).includes(n)) throw new Error(`--set must be one of ${SETS.join(', ')}`);
  return n as SetName;
}

export async function loadSet(set: SetName, only?: string): Promise<LoadedItem[]> {
  const dir = new URL(`../test/heldout/${set}/`, import.meta.url).pathname;
  const items = (JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as { items: Item[] }).items.filter((it) => !only || it.id === only);
  const out: LoadedItem[] = [];
  for (const item of items) {
    const { data, info } = await sharp(dir + item.file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const photo: RgbaImage = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
    let sketch = photo;
    let paper: PaperReport | undefined;
    if (item.kind === 'photo') {
      const r = straightenPaper(photo);
      if (r.result && r.paper.found) {
        sketch = linesFromPhoto(r.result.image);
        paper = { straightened: true, corners: r.result.corners };
      } else paper = { straightened: false };
    }
    const size = sizeForAspect(sketch.width / sketch.height, 512);
    out.push({ set, item, sketch, ...size, seed: seedOf(item.id) & 0x7fffffff, paper });
  }
  return out;
}
