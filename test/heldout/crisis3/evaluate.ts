/**
 * Third held-out evaluation of the crisis screen: `npx tsx test/heldout/crisis3/evaluate.ts`.
 *
 * Screens every text of heldout.jsonl with `screenText` and prints AGGREGATE figures only (JSON on
 * stdout): never a text, an id or a row. A thin wrapper of ../crisis-evaluate.ts since round 10 (the
 * same checks and figures; the set's printed output is unchanged, throughput without the wall-clock
 * note as before); see README.md for how the set was written.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHeldout } from '../crisis-evaluate.ts';

runHeldout({ dir: dirname(fileURLToPath(import.meta.url)), prefix: 'c3', ordinal: 3, minItems: 369, throughputNote: false });
