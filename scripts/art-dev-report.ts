/**
 * The development set in one table: per sketch, what each word became (* = painted on the
 * client's own drawing) and what was added; last line: drawn words painted from the sketch.
 *
 *   npx tsx scripts/art-dev-report.ts
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { hashString } from '../src/engines/core/index.ts';
import { generateWithDetails, linesFromPhoto, sizeForAspect } from '../src/engines/art/index.ts';
const dir = new URL('../test/fixtures/art-dev/', import.meta.url).pathname;
const items = (
  JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as {
    items: { id: string; file: string; kind: string; prompt: string; drawn: { word: string; kind: string; box: [number, number, number, number] }[] }[];
  }
).items;
let ok = 0,
  strict = 0,
  all = 0;
for (const it of items) {
  const { data, info } = await sharp(dir + it.file)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const img = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  const sk = it.kind === 'photo' ? linesFromPhoto(img) : img;
  const r = generateWithDetails({ prompt: it.prompt, sketch: sk, sketchStrength: 0.7, seed: hashString(it.id), ...sizeForAspect(img.width / img.height, 512) });
  const added = r.placements.map((p) => p.word);
  const words = r.report.words.map((w) => `${w.word}:${w.as}${w.fromSketch ? '*' : ''}`);
  const { width: W, height: H } = r.report;
  const loose: string[] = [];
  for (const d of it.drawn) {
    all++;
    const w = r.report.words.find((x) => x.word === d.word);
    if (!w?.fromSketch) continue;
    // Strict: the painted box covers most of the drawn thing (all tents, not one), and a standing
    // figure is not labelled lying.
    const t = { x: d.box[0] * W, y: d.box[1] * H, w: (d.box[2] - d.box[0]) * W, h: (d.box[3] - d.box[1]) * H };
    const b = w.where?.[0]?.box;
    const ix = b ? Math.max(0, Math.min(b.x + b.w, t.x + t.w) - Math.max(b.x, t.x)) : 0;
    const iy = b ? Math.max(0, Math.min(b.y + b.h, t.y + t.h) - Math.max(b.y, t.y)) : 0;
    const pose = d.kind !== 'figure' || /lying/.test(it.prompt) === /lying/.test(w.drawn ?? '');
    if ((ix * iy) / (t.w * t.h) > 0.5 && pose) strict++;
    else loose.push(d.word);
    ok++;
  }
  console.log(it.id.padEnd(18), words.join(' '), '| added:', added.join(','), loose.length ? `| not covering / wrong pose: ${loose.join(',')}` : '');
}
console.log(`drawn words painted from the sketch: ${ok}/${all}; covering the drawn thing (and pose right): ${strict}/${all}`);
