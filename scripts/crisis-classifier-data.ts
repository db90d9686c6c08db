/**
 * Data and output helpers for scripts/train-crisis-classifier.ts (shared with the test that checks
 * the committed weights against a retrain).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../src/engines/core/index.ts';
import { classProbabilities, encodeWeights } from '../src/engines/safety/classifier.ts';
import type { ClassifierModel, ClassProbabilities, FeatureVector } from '../src/engines/safety/classifier.ts';
import { trainClassifier } from '../src/engines/safety/classifier-train.ts';
import type { LabelledText, TrainOptions } from '../src/engines/safety/classifier-train.ts';
import { HELD_OUT_TEXTS } from '../src/engines/safety/crisis-screen.heldout.ts';
import { HELD_OUT_2_TEXTS } from '../src/engines/safety/crisis-screen.heldout2.ts';
import { LABELLED_TEXTS } from '../src/engines/safety/crisis-screen.labelled.ts';
import type { CrisisLevel } from '../src/engines/safety/index.ts';
import type { StatisticalThresholds } from '../src/engines/safety/statistical.ts';

export interface CorpusItem extends LabelledText {
  readonly category: string;
  readonly language: string;
}

/**
 * Round 8: the used held-out and dev sets — written by people who never saw the screen, each run once
 * sealed (or written as a dev set) and read since — join the training material, read from their own
 * folders (never copied) with their own labels. The sealed set in the making (crisis7 and later) is
 * refused here as in scripts/evaluate-crisis-dev.ts.
 */
export const USED_SETS = ['crisis', 'crisis2', 'crisis3', 'crisis4', 'crisis5', 'crisis6', 'crisis-dev3', 'crisis-dev4', 'crisis-dev5'] as const;
export type UsedSet = (typeof USED_SETS)[number];

/** The labelled texts of one used set (test/heldout/<name>/heldout.jsonl or devset.jsonl). */
export function usedSet(root: string, name: UsedSet): CorpusItem[] {
  const sealed = /^crisis(\d+)$/.exec(name);
  if (sealed && Number(sealed[1]) >= 7) throw new Error(`${name} is sealed: never train on it`);
  const file = join(root, 'test', 'heldout', name, name.startsWith('crisis-dev') ? 'devset.jsonl' : 'heldout.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((x) => x.trim() !== '')
    .map((x) => JSON.parse(x) as { text: string; level: CrisisLevel; category: string; language: string })
    // language '?': not part of the corpus proper (its own test checks the corpus alone); the set,
    // category and language stay in `category`.
    .map((x) => ({ text: x.text, level: x.level, category: `${name}/${x.category}/${x.language}`, language: '?' }));
}

/**
 * The corpus in a fixed order (en, es, de as written), then the older labelled sets, then the used
 * held-out and dev sets named in `sets` (all of them unless told; `[]` is round 7's material).
 */
export function trainingSet(root: string, sets: readonly UsedSet[] = USED_SETS): CorpusItem[] {
  const corpus = ['en', 'es', 'de'].flatMap((l) =>
    readFileSync(join(root, 'src', 'engines', 'safety', 'corpus', `${l}.jsonl`), 'utf8')
      .split('\n')
      .filter((x) => x.trim() !== '')
      .map((x) => JSON.parse(x) as CorpusItem),
  );
  const older = (name: string, set: readonly (readonly [string, CrisisLevel])[]): CorpusItem[] =>
    set.map(([text, level]) => ({ text, level, category: name, language: '?' }));
  const used = USED_SETS.filter((s) => sets.includes(s)).flatMap((s) => usedSet(root, s));
  return [...corpus, ...older('labelled', LABELLED_TEXTS), ...older('heldout1', HELD_OUT_TEXTS), ...older('heldout2', HELD_OUT_2_TEXTS), ...used];
}

/** Out-of-fold probabilities from k-fold cross-validation (folds by a seeded shuffle). */
export function outOfFold(items: readonly LabelledText[], vectors: readonly FeatureVector[], opts: TrainOptions, k = 5): ClassProbabilities[] {
  const rng = createRng(opts.seed + 1);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const probs: ClassProbabilities[] = new Array(items.length);
  for (let f = 0; f < k; f++) {
    const test = order.filter((_, n) => n % k === f);
    const train = order.filter((_, n) => n % k !== f);
    const model = trainClassifier(items, vectors, opts, train);
    for (const i of test) probs[i] = classProbabilities(model, vectors[i]!);
  }
  return probs;
}

/** What the rule layer said about a text: its level, and whether it discounted risk words. */
export interface RulesVerdict {
  readonly level: CrisisLevel;
  readonly discounted: boolean;
  /** Too short, with no risk word, for the statistical layer to judge (it stays silent). */
  readonly silent?: boolean;
}

/**
 * How many more false alarms the statistical layer may add to the rule layer's own on the training
 * texts (out of fold): the rules already over-read some hard negatives written to trip them, and an
 * absolute budget would then switch the classifier off altogether.
 */
// Round 5: 5 points (round 4: 3): the clause-level rules take back more false alarms than they
// cost, and the held-out sets showed misses, not alarms, as the larger gap.
const FPR_BUDGET = 0.05;

/**
 * Thresholds for the statistical layer, chosen on out-of-fold probabilities combined with the rule
 * layer's verdicts: the highest recall whose false-positive rate stays within FPR_BUDGET (ties: the
 * higher, more cautious threshold; over a rule discount at least as high as elsewhere); then the P(urgent) that best agrees with the labels on the texts
 * only the classifier flags.
 */
export function chooseThresholds(
  items: readonly LabelledText[],
  probs: readonly ClassProbabilities[],
  rules: readonly RulesVerdict[],
): StatisticalThresholds & { recall: number; fpr: number } {
  let best = { risk: 1, riskDiscounted: 1.01, recall: 0, fpr: 0 };
  const negatives = items.filter((it) => it.level === 'none').length;
  const rulesFpr = items.filter((it, i) => it.level === 'none' && rules[i]!.level !== 'none').length / Math.max(1, negatives);
  for (let r = 50; r <= 98; r += 2) {
    // Where the rules judged risk words not to count (negated, a question, the past, someone else
    // described with care), the classifier — which reads words, not grammar — may override only when
    // all but certain, or never.
    // Round 4: over a rule's discount the layer counts only when near certain (0.99, as in round 3) — never
    // lower (a negation after the words, "cutting myself is not something I would do", reads 0.98) and never
    // "never" (a rule's discount can be wrong).
    for (const d of [99]) {
      if (d < r) continue;
      const risk = r / 100,
        riskDiscounted = d / 100;
      let tp = 0,
        fn = 0,
        fp = 0,
        tn = 0;
      items.forEach((it, i) => {
        const p = probs[i]!,
          v = rules[i]!;
        const flagged = v.level !== 'none' || (!v.silent && p[1] + p[2] >= (v.discounted ? riskDiscounted : risk));
        if (it.level !== 'none' && flagged) tp++;
        else if (it.level !== 'none') fn++;
        else if (flagged) fp++;
        else tn++;
      });
      const recall = tp / (tp + fn),
        fpr = fp / (fp + tn);
      if (fpr <= rulesFpr + FPR_BUDGET && recall >= best.recall) best = { risk, riskDiscounted, recall: r3(recall), fpr: r3(fpr) };
    }
  }
  // Round 6: an urgent text read as concern costs twice a concern read as urgent (a missed plan or
  // goodbye waits for the next reading; an over-read concern only asks a person to look now).
  let urgent = 0.5,
    agree = -1;
  for (let u = 20; u <= 90; u += 5) {
    let n = 0;
    items.forEach((it, i) => {
      const p = probs[i]!,
        v = rules[i]!;
      if (v.level !== 'none' || v.silent || p[1] + p[2] < (v.discounted ? best.riskDiscounted : best.risk)) return;
      if ((p[2] >= u / 100 ? 'urgent' : 'concern') === it.level) n += it.level === 'urgent' ? 2 : 1;
    });
    if (n > agree) [urgent, agree] = [u / 100, n];
  }
  return { risk: best.risk, riskDiscounted: best.riskDiscounted, urgent, recall: best.recall, fpr: best.fpr };
}

/** Figures of the classifier alone on out-of-fold probabilities, at a few thresholds. */
export function crossValidate(items: readonly LabelledText[], probs: readonly ClassProbabilities[]): unknown {
  const rows = [];
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    let tp = 0,
      fn = 0,
      fp = 0,
      tn = 0,
      u = 0,
      uHit = 0,
      uNone = 0;
    items.forEach((it, i) => {
      const p = probs[i]!;
      const risk = p[1] + p[2] >= t;
      const level = risk ? (p[2] >= p[1] ? 'urgent' : 'concern') : 'none';
      if (it.level !== 'none' && risk) tp++;
      else if (it.level !== 'none') fn++;
      else if (risk) fp++;
      else tn++;
      if (it.level === 'urgent') {
        u++;
        if (level === 'urgent') uHit++;
        if (level === 'none') uNone++;
      }
    });
    rows.push({ threshold: t, recall: r3(tp / (tp + fn)), fpr: r3(fp / (fp + tn)), urgentExact: r3(uHit / u), urgentScoredNone: uNone });
  }
  return { folds: 5, n: items.length, rows };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The generated TypeScript module holding the weights (lines ≤ 160 characters). */
export function weightsFile(
  model: ClassifierModel, opts: TrainOptions, dataHash: string, n: number, thresholds: StatisticalThresholds, sets: readonly string[] = [],
): string {
  const b64 = encodeWeights(model.weights);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 150) lines.push(`  '${b64.slice(i, i + 150)}',`);
  return [
    '// Generated by scripts/train-crisis-classifier.ts — do not edit; retrain instead.',
    sets.length
      ? `// ${n} texts (corpus, older labelled sets, used test/heldout sets: \`sets\`), sha256 ${dataHash}.`
      : `// ${n} labelled texts (src/engines/safety/corpus + the older labelled sets), sha256 ${dataHash}.`,
    '',
    '/** Quantised weights of the crisis classifier (see classifier.ts). */',
    'export const CLASSIFIER_WEIGHTS = {',
    `  dataSha256: '${dataHash}',`,
    `  texts: ${n},`,
    ...(sets.length ? [`  sets: ${JSON.stringify(sets).replace(/"/g, "'").replace(/,/g, ', ')},`] : []),
    `  options: ${JSON.stringify(opts)},`,
    `  thresholds: ${JSON.stringify(thresholds).replace(/"/g, '').replace(/:/g, ': ').replace(/,/g, ', ')},`,
    `  bits: ${model.bits},`,
    `  scales: [${model.scales.join(', ')}] as const,`,
    `  bias: [${model.bias.join(', ')}] as const,`,
    '  weights: [',
    ...lines,
    "  ].join(''),",
    '};',
    '',
  ].join('\n');
}
