/**
 * Scores the built-in picture engine on the first training sketch set, as a user runs it:
 *
 *   npx tsx test/heldout/art-train1/evaluate.ts [--sheet FILE.png] [--out DIR] [--only ID] [--no-straighten]
 *   npx tsx test/heldout/art-train1/evaluate.ts --validate-only [--sheet FILE.png]   (no engine run; the sheet shows the inputs only)
 *
 * Runs `node bin/hearth.js generate` on every item and scores from the `--json` report only with the
 * second set's scorer (../art2/score.ts), through ../art-evaluate.ts, so this set is run and scored like
 * art2–art4. See README.md: training material — screened once as it is (an unseen-sketcher figure),
 * then trained on.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Want } from '../art-evaluate.ts';
import { evaluateSet, validateManifest } from '../art-evaluate.ts';

/** What the brief for this set asks of it (README.md, "What the set holds"). */
const WANT: Want = {
  items: 44, en: 22, es: 11, de: 11, drawing: 24, coloured: 10, photo: 10, threeNamed: 26, notDrawn: 8, negated: 4, plurals: 12, unnamed: 6, colours: 10,
};

await evaluateSet({
  dir: dirname(fileURLToPath(import.meta.url)), set: 'test/heldout/art-train1', straighten: true,
  validate: (items, dir) => validateManifest(items, dir, WANT),
});
