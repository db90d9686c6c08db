/**
 * What the held-out sketch sets' evaluate.ts share (art2, art3, art4): run the built-in picture
 * engine through the CLI on each item of a set's manifest.json, score from the `--json` report
 * only with ../art2/score.ts, print a JSON summary, and draw a contact sheet. Nothing runs on
 * import: each set's evaluate.ts calls `evaluateSet` with its folder and its own checks.
 *
 * For every item: `node bin/hearth.js generate --sketch images/<id>.png --prompt "…"
 * --seed <seedOf(id), 31 bits> --json --out DIR/<id>.png`, then
 *   (a) drawn things found — a drawn, named thing counts when the report places its word on a
 *       region overlapping the expected box (IoU ≥ 0.3, or the region's centre inside the box);
 *       regions and boxes are paired one to one;
 *   (b) painted twice — regions of a drawn word beyond the number of times it is drawn;
 *   (c) notDrawn words painted — words the sketch lacks that the report places somewhere;
 *   (d) negated words not painted;
 *   (e) aspect ratio kept — see score.ts (a straightened photo is compared with its paper).
 * Flags: `--validate-only` (check the manifest, no engine run; with `--sheet` the inputs only),
 * `--sheet FILE.png`, `--out DIR`, `--only ID`, and for sets that count straightened photos
 * `--no-straighten` (passed on to the CLI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OverlayOptions } from 'sharp';
import sharp from 'sharp';
import type { Item, ItemScore, Report } from './art2/score.ts';
import { fold, sameWord, score } from './art2/score.ts';
import { seedOf } from './seed.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface EvaluateOptions {
  /** The set's folder (manifest.json and the images it names). */
  readonly dir: string;
  /** The set's name in the summary, e.g. `test/heldout/art3`. */
  readonly set: string;
  /** The set's own checks of its manifest: the problems found (none: valid). */
  readonly validate: (items: readonly Item[], dir: string) => Promise<string[]>;
  /** Count straightened photos (summary `straightened`, a note on the sheet) and accept `--no-straighten`. */
  readonly straighten?: boolean;
}

function loadManifest(dir: string): Item[] {
  return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { items: Item[] }).items;
}

/** Runs the CLI on one item as a user would; returns the report or the reason it failed. */
function generate(dir: string, item: Item, outDir: string, wholePhoto: boolean): { report: Report | null; out: string; error?: string } {
  const out = join(outDir, `${item.id}.png`);
  const seed = seedOf(item.id) & 0x7fffffff;
  const r = spawnSync(process.execPath, [
    join(ROOT, 'bin/hearth.js'), 'generate', '--sketch', join(dir, item.file), '--prompt', item.prompt,
    '--seed', String(seed), '--json', '--out', out, ...(wholePhoto ? ['--no-straighten'] : []),
  ], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.error || r.status !== 0) return { report: null, out, error: `generate failed (${r.status ?? r.error?.message}): ${(r.stderr || '').slice(0, 300)}` };
  try {
    const report = (JSON.parse(r.stdout) as { files?: { report?: Report }[] }).files?.[0]?.report;
    return report ? { report, out } : { report: null, out, error: 'no report in --json output' };
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
async function contactSheet(
  dir: string, rows: readonly { item: Item; out: string | null; s: ItemScore | null }[], file: string, straighten: boolean,
): Promise<void> {
  const side = 256;
  const gap = 8;
  const cellW = side * 2 + gap * 3;
  const cellH = side + 96;
  const perRow = 4;
  const layers: OverlayOptions[] = [];
  for (const [i, { item, out, s }] of rows.entries()) {
    const x0 = (i % perRow) * cellW;
    const y0 = Math.floor(i / perRow) * cellH;
    for (const [k, path] of [join(dir, item.file), out].entries()) {
      if (path === null || !existsSync(path)) continue;
      const img = await sharp(path).resize(side, side, { fit: 'contain', background: '#ffffff' }).png().toBuffer();
      layers.push({ input: img, left: x0 + gap + k * (side + gap), top: y0 + gap });
    }
    const text = [
      ...wrap(`${item.id} (${item.kind}, ${item.language}): "${item.prompt}"`, 78),
      ...(s === null ? ['(engine not run)'] : [
        `found ${s.found}/${s.drawn}; twice ${s.paintedTwice}; notDrawn painted ${s.notDrawnPainted}/${s.notDrawn}; `
          + `negated kept out ${s.negatedNotPainted}/${s.negated}; aspect ${s.aspectKept ? 'kept' : 'NOT kept'}${straighten && s.straightened ? '; paper straightened' : ''}`,
        ...(s.missing.length ? wrap(`missing: ${s.missing.join('; ')}`, 78) : []),
        ...(s.error ? [`error: ${s.error.slice(0, 70)}`] : []),
      ]),
    ].slice(0, 6);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cellW}" height="${cellH - side - gap}">${text
      .map((l, j) => `<text x="${gap}" y="${14 + j * 14}" font-family="sans-serif" font-size="11" fill="#111">${esc(l)}</text>`).join('')}</svg>`;
    layers.push({ input: Buffer.from(svg), left: x0, top: y0 + side + gap });
  }
  const W = cellW * perRow;
  const H = cellH * Math.ceil(rows.length / perRow);
  await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } }).composite(layers).png().toFile(file);
}

// ---- validation of a manifest --------------------------------------------------------------------

/** What a set promises in its README ("What the set holds"): exact counts by language and kind, minimum counts of the rest. */
export interface Want {
  readonly items: number;
  readonly en: number;
  readonly es: number;
  readonly de: number;
  readonly drawing: number;
  readonly coloured: number;
  readonly photo: number;
  readonly threeNamed: number;
  readonly notDrawn: number;
  readonly negated: number;
  readonly plurals: number;
  readonly unnamed: number;
  readonly colours: number;
}

/**
 * One item's own checks: its image is there at its size (with `sizeRange`, 512–1366 px a side), it
 * names a drawn thing, every box lies inside the image, every word, notDrawn, negated and colour word
 * is in its prompt (with `colourOf`, each colour is of a drawn thing), no notDrawn word is drawn, and
 * the horizon/ground rows lie inside the image.
 */
export async function checkItem(i: Item, dir: string, o: { sizeRange: boolean; colourOf: boolean }): Promise<string[]> {
  const problems: string[] = [];
  const path = join(dir, i.file);
  if (!existsSync(path)) return [`${i.id}: ${i.file} missing`];
  const meta = await sharp(path).metadata();
  if (meta.width !== i.width || meta.height !== i.height) problems.push(`${i.id}: image is ${meta.width}×${meta.height}, manifest says ${i.width}×${i.height}`);
  if (o.sizeRange && (Math.min(i.width, i.height) < 512 || Math.max(i.width, i.height) > 1366)) problems.push(`${i.id}: ${i.width}×${i.height} is outside 512..1366 px a side`);
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
  if (o.colourOf) for (const c of i.expect.colours) if (!i.expect.things.some((t) => t.word === c.of)) problems.push(`${i.id}: colour "${c.word}" is of "${c.of}", which is not drawn`);
  for (const w of i.expect.notDrawn) if (i.expect.things.some((t) => t.word !== null && sameWord(t.word, w))) problems.push(`${i.id}: notDrawn "${w}" is drawn`);
  for (const y of [i.horizonY, i.groundY]) if (y !== null && !(y >= 0 && y < i.height)) problems.push(`${i.id}: horizon/ground row ${y} outside the image`);
  return problems;
}

/** Checks a manifest against what the set promises (the third and later sets' checks); returns the problems found. */
export async function validateManifest(items: readonly Item[], dir: string, want: Want): Promise<string[]> {
  const problems: string[] = [];
  const count = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length;
  const atLeast = (what: string, n: number, min: number): void => {
    if (n < min) problems.push(`${what}: ${n}, expected at least ${min}`);
  };
  if (items.length !== want.items) problems.push(`expected ${want.items} items, found ${items.length}`);
  if (new Set(items.map((i) => i.id)).size !== items.length) problems.push('item ids are not unique');
  for (const lang of ['en', 'es', 'de'] as const) {
    const n = count(items, (i) => i.language === lang);
    if (n !== want[lang]) problems.push(`${n} ${lang} prompts, expected ${want[lang]}`);
  }
  for (const kind of ['drawing', 'coloured', 'photo'] as const) {
    const n = count(items, (i) => i.kind === kind);
    if (n !== want[kind]) problems.push(`${n} items of kind ${kind}, expected ${want[kind]}`);
  }
  const namedWords = (i: Item): Set<string> => new Set(i.expect.things.flatMap((t) => (t.word === null ? [] : [fold(t.word)])));
  atLeast('items naming 3+ drawn things', count(items, (i) => namedWords(i).size >= 3), want.threeNamed);
  atLeast('items with notDrawn words', count(items, (i) => i.expect.notDrawn.length > 0), want.notDrawn);
  atLeast('items with a negation', count(items, (i) => i.expect.negated.length > 0), want.negated);
  atLeast('items with a plural drawn several times',
    count(items, (i) => i.expect.things.some((t) => t.word !== null && count(i.expect.things, (u) => u.word === t.word) >= 2)), want.plurals);
  atLeast('items showing something the prompt does not name', count(items, (i) => i.expect.things.some((t) => t.word === null)), want.unnamed);
  atLeast('items with colour words', count(items, (i) => i.expect.colours.length > 0), want.colours);
  if (!items.some((i) => i.height > i.width)) problems.push('no portrait item');
  for (const i of items) problems.push(...await checkItem(i, dir, { sizeRange: true, colourOf: true }));
  return problems;
}

// ---- the run -------------------------------------------------------------------------------------

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Validates the set's manifest, then (unless `--validate-only`) runs the engine on its items and prints the scores. */
export async function evaluateSet(o: EvaluateOptions): Promise<void> {
  const straighten = o.straighten ?? false;
  const all = loadManifest(o.dir);
  const problems = await o.validate(all, o.dir);
  if (process.argv.includes('--validate-only')) {
    const sheet = arg('--sheet');
    if (sheet) await contactSheet(o.dir, all.map((item) => ({ item, out: null, s: null })), resolve(sheet), straighten);
    console.log(JSON.stringify({ items: all.length, valid: problems.length === 0, problems }, null, 2));
    process.exit(problems.length === 0 ? 0 : 1);
  }
  if (problems.length > 0) throw new Error(`manifest invalid: ${problems.join('; ')}`);
  const only = arg('--only');
  const items = only ? all.filter((i) => i.id === only) : all;
  if (items.length === 0) throw new Error(`no item ${only}`);
  const outDir = resolve(arg('--out') ?? join(tmpdir(), `hearth-heldout-${basename(o.set)}`));
  mkdirSync(outDir, { recursive: true });
  const wholePhoto = straighten && process.argv.includes('--no-straighten');
  const rows: { item: Item; out: string; s: ItemScore }[] = [];
  for (const item of items) {
    const g = generate(o.dir, item, outDir, wholePhoto);
    rows.push({ item, out: g.out, s: score(item, g.report, g.error) });
  }
  const sum = (f: (s: ItemScore) => number): number => rows.reduce((n, r) => n + f(r.s), 0);
  const rate = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  const [drawn, found] = [sum((s) => s.drawn), sum((s) => s.found)];
  const [notDrawn, notDrawnPainted] = [sum((s) => s.notDrawn), sum((s) => s.notDrawnPainted)];
  const summary = {
    set: o.set, items: rows.length, outDir, errors: sum((s) => (s.error ? 1 : 0)),
    total: {
      drawnFound: `${found}/${drawn}`, drawnFoundRate: rate(found, drawn),
      paintedTwice: sum((s) => s.paintedTwice), itemsWithPaintedTwice: sum((s) => (s.paintedTwice > 0 ? 1 : 0)),
      notDrawnPainted: `${notDrawnPainted}/${notDrawn}`, notDrawnPaintedRate: rate(notDrawnPainted, notDrawn),
      negatedNotPainted: `${sum((s) => s.negatedNotPainted)}/${sum((s) => s.negated)}`,
      aspectKept: `${sum((s) => (s.aspectKept ? 1 : 0))}/${rows.length}`,
      ...(straighten ? { straightened: sum((s) => (s.straightened ? 1 : 0)) } : {}),
      itemsAllDrawnFound: sum((s) => (s.drawn > 0 && s.found === s.drawn ? 1 : 0)),
    },
    perItem: rows.map((r) => r.s),
  };
  const sheet = arg('--sheet');
  if (sheet) await contactSheet(o.dir, rows, resolve(sheet), straighten);
  console.log(JSON.stringify(summary, null, 2));
}
