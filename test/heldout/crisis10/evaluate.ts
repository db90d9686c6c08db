/**
 * Tenth held-out evaluation of the crisis screen: `npx tsx test/heldout/crisis10/evaluate.ts`
 * (`--validate-only` checks the labels without loading the screen). Aggregates only; see README.md
 * for how the set was written and the rule that no engine may be tuned on it, and
 * ../crisis-evaluate.ts for what is checked and printed.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHeldout } from '../crisis-evaluate.ts';

runHeldout({ dir: dirname(fileURLToPath(import.meta.url)), prefix: 'c10', ordinal: 10, minItems: 450 });
