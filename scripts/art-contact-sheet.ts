/**
 * Held-out contact sheet: runs the built-in engine on the first 16 items of
 * test/heldout/art/manifest.json (in manifest order, none picked or skipped) exactly as the studio
 * would — photos through linesFromPhoto, the sketch's aspect kept (longer side 512), seed from the
 * item id, sketch strength 0.7, the style the words name or the default — and writes
 * docs/art-contact-sheet.png (input beside output, prompt as caption) and
 * docs/art-heldout-reports.json (what each word became, per item). Nothing here feeds back into
 * the engine: the items are never tuned on (test/heldout/art/README.md).
 *
 *   npx tsx scripts/art-contact-sheet.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { hashString } from '../src/engines/core/index.ts';
import type { RgbaImage } from '../src/engines/core/index.ts';
import { generateWithDetails, linesFromPhoto, sizeForAspect } from '../src/engines/art/index.ts';

const root = new URL('../', import.meta.url);
const dir = new URL('test/heldout/art/', root);
interface Item {
  id: string;
  file: string;
  kind: string;
  prompt: string;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { items: Item[] };
const items = manifest.items.slice(0, 16);
const CELL_H = 300;
const CAP = 44;

async function rgbaOf(path: URL): Promise<RgbaImage> {
  const { data, info } = await sharp(path.pathname).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}
const png = (img: RgbaImage, h: number): Promise<Buffer> =>
  sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length), { raw: { width: img.width, height: img.height, channels: 4 } })
    .resize({ height: h })
    .png()
    .toBuffer();
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cells: { buf: Buffer; w: number }[] = [];
const reports: Record<string, unknown> = {};
for (const it of items) {
  const input = await rgbaOf(new URL(it.file, dir));
  const sketch = it.kind === 'photo' ? linesFromPhoto(input) : input;
  const size = sizeForAspect(input.width / input.height, 512);
  const t = performance.now();
  const r = generateWithDetails({ prompt: it.prompt, sketch, sketchStrength: 0.7, seed: hashString(it.id), ...size });
  const ms = performance.now() - t;
  reports[it.id] = { prompt: it.prompt, ms: Math.round(ms), ...r.report };
  const inW = Math.round((CELL_H * input.width) / input.height);
  const w = inW * 2 + 12;
  const caption = Buffer.from(
    `<svg width="${w}" height="${CAP}" xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#ffffff"/>` +
      `<text x="6" y="17" font-family="DejaVu Sans, sans-serif" font-size="14" fill="#222">${esc(`${it.id} (${it.kind})`)}</text>` +
      `<text x="6" y="36" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#444">${esc(`“${it.prompt}”`.slice(0, Math.floor(w / 7.2)))}</text></svg>`,
  );
  const cell = await sharp({ create: { width: w, height: CELL_H + CAP, channels: 4, background: '#ffffff' } })
    .composite([
      { input: await png(input, CELL_H), left: 0, top: 0 },
      { input: await png(r.image, CELL_H), left: inW + 12, top: 0 },
      { input: caption, left: 0, top: CELL_H },
    ])
    .png()
    .toBuffer();
  cells.push({ buf: cell, w });
  console.log(it.id, `${size.width}×${size.height}`, `${Math.round(ms)} ms`, r.report.words.map((x) => `${x.word}→${x.drawn ?? x.as}`).join(', '));
}
// Two columns, rows as tall as a cell.
const colW = Math.max(...cells.map((c) => c.w));
const rows = Math.ceil(cells.length / 2);
const sheet = await sharp({ create: { width: colW * 2 + 30, height: rows * (CELL_H + CAP + 16) + 10, channels: 4, background: '#eeeeee' } })
  .composite(cells.map((c, i) => ({ input: c.buf, left: 10 + (i % 2) * (colW + 10), top: 10 + Math.floor(i / 2) * (CELL_H + CAP + 16) })))
  .png()
  .toBuffer();
writeFileSync(new URL('docs/art-contact-sheet.png', root), sheet);
writeFileSync(new URL('docs/art-heldout-reports.json', root), JSON.stringify(reports, null, 1) + '\n');
console.log('wrote docs/art-contact-sheet.png and docs/art-heldout-reports.json');
