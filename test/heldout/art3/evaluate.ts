/**
 * Scores the built-in picture engine on the third held-out sketch set, as a user runs it:
 *
 *   npx tsx test/heldout/art3/evaluate.ts [--sheet FILE.png] [--out DIR] [--only ID]
 *   npx tsx test/heldout/art3/evaluate.ts --validate-only [--sheet FILE.png]   (no engine run; the sheet shows the inputs only)
 *
 * For every item it runs `node bin/hearth.js generate --sketch images/<id>.png --prompt "…"
 * --seed <seedOf(id)> --json --out DIR/<id>.png` and scores from the `--json` report only, with the
 * second set's scorer (../art2/score.ts, imported, so both sets are scored the same way):
 *   (a) drawn things found — a drawn, named thing counts when the report places its word on a
 *       region overlapping the expected box (IoU ≥ 0.3, or the region's centre inside the box);
 *       regions and boxes are paired one to one;
 *   (b) painted twice — regions of a drawn word beyond the number of times it is drawn;
 *   (c) notDrawn words painted — words the sketch lacks that the report places somewhere;
 *   (d) negated words not painted;
 *   (e) aspect ratio kept — the report's width/height within 1 % of the input's.
 * Prints a JSON summary (per item and in total). `--sheet` writes a contact sheet: each input
 * beside its output with the prompt and scores below, 4 items a row. See README.md: sealed.
 * The run, the scores' totals and the sheet are ../art-evaluate.ts (shared by the art sets).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Want } from '../art-evaluate.ts';
import { evaluateSet, validateManifest } from '../art-evaluate.ts';

/** What the brief for this set asks of it (README.md, "What the set holds"). */
const WANT: Want = {
  items: 32, en: 16, es: 8, de: 8, drawing: 18, coloured: 7, photo: 7, threeNamed: 8, notDrawn: 8, negated: 3, plurals: 4, unnamed: 2, colours: 3,
};

await evaluateSet({ dir: dirname(fileURLToPath(import.meta.url)), set: 'test/heldout/art3', validate: (items, dir) => validateManifest(items, dir, WANT) });
