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
  JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as { items: { id: string; file: string; kind: string; prompt: string; drawn: { word: string }[] }[] }
).items;
let ok = 0,
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
  for (const d of it.drawn) {
    all++;
    if (r.report.words.find((w) => w.word === d.word)?.fromSketch) ok++;
  }
  console.log(it.id.padEnd(18), words.join(' '), '| added:', added.join(','));
}
console.log(`drawn words painted from the sketch: ${ok}/${all}`);
