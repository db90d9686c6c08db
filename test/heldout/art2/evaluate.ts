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
 * The run, the scores' totals and the sheet are ../art-evaluate.ts (shared by the art sets).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkItem, evaluateSet } from '../art-evaluate.ts';
import type { Item } from './score.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---- validation of the manifest (this set's own checks; the run is ../art-evaluate.ts) ------------

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
  for (const i of items) problems.push(...await checkItem(i, HERE, { sizeRange: false, colourOf: false }));
  return problems;
}

await evaluateSet({ dir: HERE, set: 'test/heldout/art2', validate, straighten: true });
