/**
 * Scores the built-in picture engine on the second held-out sketch set, as a user runs it:
 *
 *   npx tsx test/heldout/art2/evaluate.ts [--sheet FILE.png] [--out DIR] [--only ID] [--no-straighten]
 *   npx tsx test/heldout/art2/evaluate.ts --validate-only [--sheet FILE.png]   (no engine run; the sheet shows the inputs only)
 *
 * For every item it runs `node bin/hearth.js generate --sketch images/<id>.png --prompt "…"
 * --seed <seedOf(id)> --json --out DIR/<id>.png` and scores from the `--json` report only:
 *   (a) drawn things found — a drawn, named thing counts when the report places its word on a
 *       region overlapping the expected box (IoU ≥ 0.3, or the region's centre inside the box);
 *       regions and boxes are paired one to one;
 *   (b) painted twice — regions of a drawn word beyond the number of times it is drawn;
 *   (c) notDrawn words painted — words the sketch lacks that the report places somewhere;
 *   (d) negated words not painted;
 *   (e) aspect ratio kept — the report's width/height within 1 % of the input's; for a photo whose
 *       report says the paper was found and straightened (`report.paper.corners`, the photo's area
 *       the picture shows), within 2 % of the paper's (the manifest's `canvas`), and every region
 *       is first mapped back into the photo through those corners (a homography) before (a)–(d).
 * `--no-straighten` passes the same to the CLI (photos used whole, as before paper straightening).
 * Prints a JSON summary (per item and in total). `--sheet` writes a contact sheet: each input
 * beside its output with the prompt and scores below, 4 items a row. See README.md: sealed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OverlayOptions } from 'sharp';
import sharp from 'sharp';
import { seedOf } from '../seed.ts';
import type { Item, ItemScore, Report } from './score.ts';
import { fold, sameWord, score } from './score.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');

function loadManifest(): Item[] {
  const m = JSON.parse(readFileSync(join(HERE, 'manifest.json'), 'utf8')) as { items: Item[] };
  return m.items;
}

/** Runs the CLI on one item as a user would; returns the report or the reason it failed. */
function generate(item: Item, outDir: string, wholePhoto: boolean): { report: Report | null; out: string; error?: string } {
  const out = join(outDir, `${item.id}.png`);
  const seed = seedOf(item.id) & 0x7fffffff;
  const r = spawnSync(process.execPath, [
    join(ROOT, 'bin/hearth.js'), 'generate', '--sketch', join(HERE, item.file), '--prompt', item.prompt,
    '--seed', String(seed), '--json', '--out', out, ...(wholePhoto ? ['--no-straighten'] : []),
  ], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.error || r.status !== 0) return { report: null, out, error: `generate failed (${r.status ?? r.error?.message}): ${(r.stderr || '').slice(0, 300)}` };
  try {
    const json = JSON.parse(r.stdout) as { files?: { report?: Report }[] };
    const report = json.files?.[0]?.report;
    if (!report) return { report: null, out, error: 'no report in --json output' };
    return { report, out };
  } catch (e) {
    return { report: null, out, error: `--json output is not JSON: ${(e as Error).message}` };
  }
}

// ---- contact sheet -------------------------------------------------------------------------------

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/)) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else {
      cur = cur ? `${cur} ${w}` : w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Input beside output, the prompt and the scores below; 4 items a row. */
async function contactSheet(rows: readonly { item: Item; out: string | null; s: ItemScore | null }[], file: string): Promise<void> {
  const side = 256;
  const gap = 8;
  const cellW = side * 2 + gap * 3;
  const cellH = side + 96;
  const perRow = 4;
  const W = cellW * perRow;
  const H = cellH * Math.ceil(rows.length / perRow);
  const layers: OverlayOptions[] = [];
  for (const [i, { item, out, s }] of rows.entries()) {
    const x0 = (i % perRow) * cellW;
    const y0 = Math.floor(i / perRow) * cellH;
    for (const [k, path] of [join(HERE, item.file), out].entries()) {
      if (path === null || !existsSync(path)) continue;
      const img = await sharp(path).resize(side, side, { fit: 'contain', background: '#ffffff' }).png().toBuffer();
      layers.push({ input: img, left: x0 + gap + k * (side + gap), top: y0 + gap });
    }
    const text = [
      ...wrap(`${item.id} (${item.kind}, ${item.language}): "${item.prompt}"`, 78),
      ...(s === null ? ['(engine not run)'] : [
        `found ${s.found}/${s.drawn}; twice ${s.paintedTwice}; notDrawn painted ${s.notDrawnPainted}/${s.notDrawn}; negated kept out ${s.negatedNotPainted}/${s.negated}; aspect ${s.aspectKept ? 'kept' : 'NOT kept'}${s.straightened ? '; paper straightened' : ''}`,
        ...(s.missing.length ? wrap(`missing: ${s.missing.join('; ')}`, 78) : []),
        ...(s.error ? [`error: ${s.error.slice(0, 70)}`] : []),
      ]),
    ].slice(0, 6);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cellW}" height="${cellH - side - gap}">${text
      .map((l, j) => `<text x="${gap}" y="${14 + j * 14}" font-family="sans-serif" font-size="11" fill="#111">${esc(l)}</text>`).join('')}</svg>`;
    layers.push({ input: Buffer.from(svg), left: x0, top: y0 + side + gap });
  }
  await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } }).composite(layers).png().toFile(file);
}

// ---- validation of the manifest ------------------------------------------------------------------

async function validate(items: readonly Item[]): Promise<string[]> {
  const problems: string[] = [];
  const count = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length;
  if (items.length !== 24) problems.push(`expected 24 items, found ${items.length}`);
  if (new Set(items.map((i) => i.id)).size !== items.length) problems.push('item ids are not unique');
  const langs = { en: count(items, (i) => i.language === 'en'), es: count(items, (i) => i.language === 'es'), de: count(items, (i) => i.language === 'de') };
  if (langs.en !== 14 || langs.es !== 5 || langs.de !== 5) problems.push(`languages ${JSON.stringify(langs)}, expected 14 en / 5 es / 5 de`);
  const kinds = { drawing: count(items, (i) => i.kind === 'drawing'), coloured: count(items, (i) => i.kind === 'coloured'), photo: count(items, (i) => i.kind === 'photo') };
  if (kinds.coloured < 4 || kinds.photo < 4 || kinds.drawing < 12) problems.push(`kinds ${JSON.stringify(kinds)}`);
  if (count(items, (i) => i.expect.notDrawn.length > 0) < 6) problems.push('fewer than 6 items with notDrawn words');
  if (count(items, (i) => i.expect.negated.length > 0) < 2) problems.push('fewer than 2 items with a negation');
  if (count(items, (i) => i.expect.things.some((t) => t.word !== null && count(i.expect.things, (u) => u.word === t.word) >= 2)) < 3) problems.push('fewer than 3 items with a plural drawn several times');
  if (count(items, (i) => i.expect.things.some((t) => t.word === null)) < 2) problems.push('fewer than 2 items showing something the prompt does not name');
  if (count(items, (i) => i.expect.colours.length > 0) < 3) problems.push('fewer than 3 items with colour words');
  for (const i of items) {
    const path = join(HERE, i.file);
    if (!existsSync(path)) {
      problems.push(`${i.id}: ${i.file} missing`);
      continue;
    }
    const meta = await sharp(path).metadata();
    if (meta.width !== i.width || meta.height !== i.height) problems.push(`${i.id}: image is ${meta.width}×${meta.height}, manifest says ${i.width}×${i.height}`);
    const prompt = fold(i.prompt);
    const inPrompt = (w: string): boolean => prompt.includes(fold(w));
    if (i.expect.things.filter((t) => t.word !== null).length === 0) problems.push(`${i.id}: no named drawn thing`);
    for (const t of i.expect.things) {
      const b = t.box;
      if (!(b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= 1.0001 && b.y + b.h <= 1.0001)) problems.push(`${i.id}: box of "${t.label}" is not inside 0..1`);
      if (t.word !== null && !inPrompt(t.word)) problems.push(`${i.id}: "${t.word}" is not in the prompt`);
      if (t.named !== (t.word !== null)) problems.push(`${i.id}: "${t.label}" named flag disagrees with its word`);
    }
    for (const w of [...i.expect.notDrawn, ...i.expect.negated, ...i.expect.colours.map((c) => c.word)]) if (!inPrompt(w)) problems.push(`${i.id}: "${w}" is not in the prompt`);
    for (const w of i.expect.notDrawn) if (i.expect.things.some((t) => t.word !== null && sameWord(t.word, w))) problems.push(`${i.id}: notDrawn "${w}" is drawn`);
    for (const y of [i.horizonY, i.groundY]) if (y !== null && !(y >= 0 && y < i.height)) problems.push(`${i.id}: horizon/ground row ${y} outside the image`);
  }
  return problems;
}

// ---- main ----------------------------------------------------------------------------------------

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const all = loadManifest();
  const problems = await validate(all);
  if (process.argv.includes('--validate-only')) {
    const sheet = arg('--sheet');
    if (sheet) await contactSheet(all.map((item) => ({ item, out: null, s: null })), resolve(sheet));
    console.log(JSON.stringify({ items: all.length, valid: problems.length === 0, problems }, null, 2));
    process.exit(problems.length === 0 ? 0 : 1);
  }
  if (problems.length > 0) throw new Error(`manifest invalid: ${problems.join('; ')}`);
  const only = arg('--only');
  const items = only ? all.filter((i) => i.id === only) : all;
  if (items.length === 0) throw new Error(`no item ${only}`);
  const outDir = resolve(arg('--out') ?? join(tmpdir(), 'hearth-heldout-art2'));
  mkdirSync(outDir, { recursive: true });
  const rows: { item: Item; out: string; s: ItemScore }[] = [];
  for (const item of items) {
    const g = generate(item, outDir, process.argv.includes('--no-straighten'));
    rows.push({ item, out: g.out, s: score(item, g.report, g.error) });
  }
  const sum = (f: (s: ItemScore) => number): number => rows.reduce((n, r) => n + f(r.s), 0);
  const rate = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  const drawn = sum((s) => s.drawn);
  const found = sum((s) => s.found);
  const notDrawn = sum((s) => s.notDrawn);
  const notDrawnPainted = sum((s) => s.notDrawnPainted);
  const negated = sum((s) => s.negated);
  const negatedNotPainted = sum((s) => s.negatedNotPainted);
  const aspectKept = sum((s) => (s.aspectKept ? 1 : 0));
  const summary = {
    set: 'test/heldout/art2', items: rows.length, outDir, errors: sum((s) => (s.error ? 1 : 0)),
    total: {
      drawnFound: `${found}/${drawn}`, drawnFoundRate: rate(found, drawn),
      paintedTwice: sum((s) => s.paintedTwice), itemsWithPaintedTwice: sum((s) => (s.paintedTwice > 0 ? 1 : 0)),
      notDrawnPainted: `${notDrawnPainted}/${notDrawn}`, notDrawnPaintedRate: rate(notDrawnPainted, notDrawn),
      negatedNotPainted: `${negatedNotPainted}/${negated}`,
      aspectKept: `${aspectKept}/${rows.length}`,
      straightened: sum((s) => (s.straightened ? 1 : 0)),
      itemsAllDrawnFound: sum((s) => (s.drawn > 0 && s.found === s.drawn ? 1 : 0)),
    },
    perItem: rows.map((r) => r.s),
  };
  const sheet = arg('--sheet');
  if (sheet) await contactSheet(rows, resolve(sheet));
  console.log(JSON.stringify(summary, null, 2));
}

await main();
