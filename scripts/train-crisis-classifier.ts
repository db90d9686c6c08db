/**
 * Trains the crisis screen's statistical layer and writes src/engines/safety/classifier-weights.ts.
 *
 *   npx tsx scripts/train-crisis-classifier.ts [--check] [--cv]
 *
 * Data: the round-2 corpus (src/engines/safety/corpus/*.jsonl) and the older labelled sets in
 * src/engines/safety (crisis-screen.labelled.ts, .heldout.ts, .heldout2.ts — all fair to train
 * on), and since round 8 the used held-out and dev sets (test/heldout/crisis … crisis9,
 * crisis-dev3 … crisis-dev11 and later, read from their folders; never crisis10 or later). Same data + options → the same file, byte for byte: `--check`
 * retrains and exits 1 if the committed file differs. `--cv` also prints 5-fold out-of-fold
 * figures of the classifier alone (the honest estimate of the layer on its own) and of the screen
 * with the thresholds chosen. The thresholds depend on the rule layer too (they are chosen beside
 * its verdicts), so change the lists, then retrain.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseThresholds, crossValidate, outOfFold, rulesVerdict, trainingSet, USED_SETS, weightsFile } from './crisis-classifier-data.ts';
import { DEFAULT_TRAIN_OPTIONS, trainClassifier, vectorise } from '../src/engines/safety/classifier-train.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'src', 'engines', 'safety', 'classifier-weights.ts');
const items = trainingSet(root);
const opts = DEFAULT_TRAIN_OPTIONS;
const dataHash = createHash('sha256').update(JSON.stringify({ items, opts })).digest('hex');
const vectors = vectorise(items, opts.bits, true, opts.forms === true);
// Thresholds from 5-fold out-of-fold probabilities beside the rule layer's own verdicts.
const probs = outOfFold(items, vectors, opts);
const rules = items.map((it) => rulesVerdict(it.text, it.form));
const { recall, fpr, ...thresholds } = chooseThresholds(items, probs, rules);
if (process.argv.includes('--cv')) {
  console.log(JSON.stringify({ classifierAlone: crossValidate(items, probs), combinedOutOfFold: { thresholds, recall, fpr } }, null, 2));
}
const model = trainClassifier(items, vectors, opts);
const text = weightsFile(model, opts, dataHash, items.length, thresholds, USED_SETS);
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(same ? 'classifier-weights.ts matches a retrain' : 'classifier-weights.ts differs from a retrain: run scripts/train-crisis-classifier.ts');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out} (${items.length} texts, ${text.length} bytes, data sha256 ${dataHash.slice(0, 12)})`);
