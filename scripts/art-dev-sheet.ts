/**
 * Renders the development set (test/fixtures/art-dev, made by scripts/art-dev-set.ts) the way the
 * contact sheet renders the held-out items, prints what each word became, and writes
 * /tmp/art-dev/<id>.png for looking at. Tune on these, never on test/heldout/art.
 *
 *   npx tsx scripts/art-dev-sheet.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { hashString } from '../src/engines/core/index.ts';
import type { RgbaImage } from '../src/engines/core/index.ts';
import { generateWithDetails, linesFromPhoto, sizeForAspect } from '../src/engines/art/index.ts';

const dir = new URL('../test/fixtures/art-dev/', import.meta.url);
const items = (JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { items: { id: string; file: string; kind: string; prompt: string }[] })
  .items;
mkdirSync('/tmp/art-dev', { recursive: true });
for (const it of items) {
  const { data, info } = await sharp(new URL(it.file, dir).pathname).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const input: RgbaImage = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  const sketch = it.kind === 'photo' ? linesFromPhoto(input) : input;
  const size = sizeForAspect(input.width / input.height, 512);
  const r = generateWithDetails({ prompt: it.prompt, sketch, sketchStrength: 0.7, seed: hashString(it.id), ...size });
  const words = r.report.words.map((w) => `${w.word}:${w.as}${w.drawn ? `=${w.drawn}` : ''}${w.where ? `×${w.where.length}` : ''}`).join(' | ');
  console.log(`${it.id}: figures=${r.report.sketch?.figures} ${words}`);
  if (it.kind === 'photo')
    await sharp(Buffer.from(sketch.data.buffer), { raw: { width: sketch.width, height: sketch.height, channels: 4 } })
      .png()
      .toFile(`/tmp/art-dev/${it.id}-lines.png`);
  await sharp(Buffer.from(r.image.data.buffer), { raw: { width: r.image.width, height: r.image.height, channels: 4 } })
    .png()
    .toFile(`/tmp/art-dev/${it.id}.png`);
}
