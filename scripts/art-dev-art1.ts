/**
 * The first held-out set (test/heldout/art, USED: development material) from `describeImage`:
 * per item what each word became (* = on the client's drawing, + = added by the scene), and in
 * total how many words were painted on the drawing and how many things or people were added.
 *
 *   npx tsx scripts/art-dev-art1.ts
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describeImage, sizeForAspect } from '../src/engines/art/index.ts';
import { seedOf } from '../test/heldout/seed.ts';

const dir = new URL('../test/heldout/art/', import.meta.url).pathname;
const items = (JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as { items: { id: string; file: string; prompt: string }[] }).items;
let drawn = 0;
let added = 0;
for (const it of items) {
  const { data, info } = await sharp(dir + it.file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const img = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  const size = sizeForAspect(img.width / img.height, 512);
  const r = describeImage({ prompt: it.prompt, sketch: img, sketchStrength: 0.7, seed: seedOf(it.id) & 0x7fffffff, ...size });
  const words = r.words.map((w) => {
    const mark = w.fromSketch ? '*' : w.where?.length && (w.as === 'thing' || w.as === 'figure') ? '+' : '';
    if (mark === '*') drawn++;
    if (mark === '+') added++;
    return `${w.word}:${w.as}${mark}`;
  });
  console.log(it.id.padEnd(24), words.join(' '));
}
console.log(`words on the client's drawing: ${drawn}; things or people added: ${added}`);
