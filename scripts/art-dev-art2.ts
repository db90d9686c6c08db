/**
 * The used second held-out set (test/heldout/art2, development material since round 8) scored
 * in-process from `describeImage` (planning only, the same report the CLI prints): per item the
 * words and where they went, and the totals evaluate.ts prints. For quick rounds of matching work;
 * the lead's figure stays `npx tsx test/heldout/art2/evaluate.ts`.
 *
 *   npx tsx scripts/art-dev-art2.ts [--only ID] [--set art2|art]
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describeImage, sizeForAspect } from '../src/engines/art/index.ts';
import { seedOf } from '../test/heldout/seed.ts';
import { score } from '../test/heldout/art2/score.ts';
import type { Item, Report } from '../test/heldout/art2/score.ts';

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = new URL('../test/heldout/art2/', import.meta.url).pathname;
const items = (JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as { items: Item[] }).items.filter((it) => !arg('--only') || it.id === arg('--only'));
const tot = { drawn: 0, found: 0, twice: 0, nd: 0, ndp: 0, neg: 0, negOk: 0, aspect: 0 };
for (const it of items) {
  const { data, info } = await sharp(dir + it.file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const img = { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  const size = sizeForAspect(img.width / img.height, 512);
  const report = describeImage({ prompt: it.prompt, sketch: img, sketchStrength: 0.7, seed: seedOf(it.id) & 0x7fffffff, ...size }) as unknown as Report;
  const s = score(it, report);
  tot.drawn += s.drawn;
  tot.found += s.found;
  tot.twice += s.paintedTwice;
  tot.nd += s.notDrawn;
  tot.ndp += s.notDrawnPainted;
  tot.neg += s.negated;
  tot.negOk += s.negatedNotPainted;
  tot.aspect += s.aspectKept ? 1 : 0;
  const W = size.width;
  const H = size.height;
  const f = (b: { x: number; y: number; w: number; h: number }): string => `${(b.x / W).toFixed(2)},${(b.y / H).toFixed(2)},${(b.w / W).toFixed(2)},${(b.h / H).toFixed(2)}`;
  const words = (report.words ?? []).map((w) => `${w.word}:${w.as}${(w.where ?? []).map((r) => (r.box ? `[${f(r.box)}]` : '')).join('')}`);
  console.log(`${it.id.padEnd(24)} ${s.found}/${s.drawn} twice ${s.paintedTwice} ${s.missing.length ? 'MISSING ' + s.missing.join('; ') : ''}\n    ${words.join('  ')}`);
}
console.log(
  `found ${tot.found}/${tot.drawn}  paintedTwice ${tot.twice}  notDrawnPainted ${tot.ndp}/${tot.nd}  negated ok ${tot.negOk}/${tot.neg}  aspect ${tot.aspect}/${items.length}`,
);
