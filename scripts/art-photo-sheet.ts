/**
 * Before/after sheet of paper straightening on the used photos of the art and art2 sets:
 *
 *   npx tsx scripts/art-photo-sheet.ts [--out docs/art-photo-straighten.jpg]
 *
 * Each row: the photo with the sheet's corners found (red), the straightened sheet, the picture
 * `hearth generate` made from the whole photo (--no-straighten, as before) and from the sheet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OverlayOptions } from 'sharp';
import sharp from 'sharp';
import { straightenPaper } from '../src/engines/art/index.ts';
import { seedOf } from '../test/heldout/seed.ts';

const ROOT = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const OUT = resolve(outArg >= 0 ? process.argv[outArg + 1]! : join(ROOT, 'docs/art-photo-straighten.jpg'));
const work = mkdtempSync(join(tmpdir(), 'hearth-photo-sheet-'));
const side = 240;
const gap = 8;
const labelH = 34;
const rows: { set: string; id: string; file: string; prompt: string }[] = [];
for (const set of ['art2', 'art']) {
  const m = JSON.parse(readFileSync(join(ROOT, `test/heldout/${set}/manifest.json`), 'utf8')) as { items: { id: string; file: string; kind: string; prompt: string }[] };
  for (const i of m.items) if (i.kind === 'photo') rows.push({ set, id: i.id, file: join(ROOT, `test/heldout/${set}`, i.file), prompt: i.prompt });
}

const cell = async (input: Buffer | string): Promise<Buffer> => sharp(input).resize(side, side, { fit: 'contain', background: '#ffffff' }).png().toBuffer();
const layers: OverlayOptions[] = [];
const heads = ['photo, corners found', 'straightened sheet', 'picture from the whole photo', 'picture from the sheet'];
heads.forEach((h, k) => layers.push({ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="20"><text x="0" y="14" font-family="sans-serif" font-size="13" fill="#111">${h}</text></svg>`), left: gap + k * (side + gap), top: 4 }));
for (const [r, row] of rows.entries()) {
  const top = 24 + r * (side + labelH + gap);
  const { data, info } = await sharp(row.file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const photo = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  const s = straightenPaper(photo);
  const quad = s.paper.found ? s.paper.corners.map(([x, y]) => `${x},${y}`).join(' ') : '';
  const marked = await sharp(row.file)
    .composite([{ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${info.width}" height="${info.height}"><polygon points="${quad}" fill="none" stroke="#e0201a" stroke-width="${Math.round(info.width / 150)}"/></svg>`) }])
    .png().toBuffer();
  const straight = s.result?.image;
  const sheet = straight
    ? await sharp(Buffer.from(straight.data.buffer), { raw: { width: straight.width, height: straight.height, channels: 4 } }).png().toBuffer()
    : marked;
  const pics: string[] = [];
  for (const extra of [['--no-straighten'], []]) {
    const out = join(work, `${row.id}${extra.length ? '-whole' : ''}.png`);
    const seed = String(seedOf(row.id) & 0x7fffffff);
    const args = [join(ROOT, 'bin/hearth.js'), 'generate', '--sketch', row.file, '--prompt', row.prompt, '--seed', seed, '--out', out, ...extra];
    const g = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(`${row.id}: generate failed: ${g.stderr}`);
    pics.push(out);
  }
  for (const [k, img] of [marked, sheet, pics[0]!, pics[1]!].entries()) layers.push({ input: await cell(img), left: gap + k * (side + gap), top });
  const note = s.result ? `${row.set}/${row.id}: sheet ${s.result.image.width}×${s.result.image.height}${s.paper.found && s.paper.format ? ` (${s.paper.format})` : ''}` : `${row.set}/${row.id}: no sheet found`;
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  layers.push({ input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${4 * (side + gap)}" height="${labelH}"><text x="0" y="13" font-family="sans-serif" font-size="12" fill="#111">${esc(note)}</text><text x="0" y="28" font-family="sans-serif" font-size="11" fill="#555">"${esc(row.prompt)}"</text></svg>`), left: gap, top: top + side + 2 });
}
const W = gap + 4 * (side + gap);
const H = 24 + rows.length * (side + labelH + gap);
await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } }).composite(layers).jpeg({ quality: 82 }).toFile(OUT);
console.log(`wrote ${OUT} (${rows.length} photos)`);
