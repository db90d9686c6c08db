/**
 * Scores the built-in picture engine on the fifth held-out sketch set, as a user runs it:
 *
 *   npx tsx test/heldout/art5/evaluate.ts [--sheet FILE.png] [--out DIR] [--only ID] [--no-straighten]
 *   npx tsx test/heldout/art5/evaluate.ts --validate-only [--sheet FILE.png]   (no engine run; the sheet shows the inputs only)
 *
 * Runs `node bin/hearth.js generate` on every item and scores from the `--json` report only with the
 * second set's scorer (../art2/score.ts), through ../art-evaluate.ts, so art2 to art5 are run and
 * scored the same way; photos whose paper the report says it straightened are counted (`straightened`).
 * See README.md: sealed — the lead runs this once after an engine round.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Want } from '../art-evaluate.ts';
import { evaluateSet, validateManifest } from '../art-evaluate.ts';

/** What the brief for this set asks of it (README.md, "What the set holds"). */
const WANT: Want = {
  items: 32, en: 16, es: 8, de: 8, drawing: 18, coloured: 7, photo: 7, threeNamed: 20, notDrawn: 8, negated: 3, plurals: 8, unnamed: 4, colours: 6,
};

await evaluateSet({
  dir: dirname(fileURLToPath(import.meta.url)), set: 'test/heldout/art5', straighten: true,
  validate: (items, dir) => validateManifest(items, dir, WANT),
});
