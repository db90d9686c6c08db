/**
 * Scores the built-in picture engine on the art-train2 training sketch set, as a user runs it:
 *
 *   npx tsx test/heldout/art-train2/evaluate.ts [--sheet FILE.png] [--out DIR] [--only ID] [--no-straighten]
 *   npx tsx test/heldout/art-train2/evaluate.ts --validate-only [--sheet FILE.png]   (no engine run; the sheet shows the inputs only)
 *
 * Runs `node bin/hearth.js generate` on every item and scores from the `--json` report only with the
 * second set's scorer (../art2/score.ts), through ../art-evaluate.ts, so it is run and scored as art2–art4
 * are; photos whose paper the report says it straightened are counted (`straightened`).
 * See README.md: training material — screened once by the lead, then trained on.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Want } from '../art-evaluate.ts';
import { evaluateSet, validateManifest } from '../art-evaluate.ts';

/** What the brief for this set asks of it (README.md, "What the set holds"). */
const WANT: Want = {
  items: 48, en: 24, es: 12, de: 12, drawing: 26, coloured: 11, photo: 11, threeNamed: 20, notDrawn: 8, negated: 4, plurals: 12, unnamed: 6, colours: 11,
};

await evaluateSet({
  dir: dirname(fileURLToPath(import.meta.url)), set: 'test/heldout/art-train2', straighten: true,
  validate: (items, dir) => validateManifest(items, dir, WANT),
});
