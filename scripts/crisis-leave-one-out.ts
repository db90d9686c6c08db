/**
 * Leave-one-set-out for the crisis classifier's training material (round 8, issue #14):
 *
 *   npx tsx scripts/crisis-leave-one-out.ts [crisis6 crisis7] [--materials=round7,round8,round9,round10,all]
 *
 * For each named used set S, trains the statistical layer WITHOUT S on each material — round 7's
 * (the corpus and the older labelled sets), round 8's (the same plus the used held-out and dev sets
 * up to crisis6 and crisis-dev5), round 9's (also crisis7, crisis-dev6 and crisis-dev7) and `all` (every
 * used set now: round 10 adds crisis8 and the new dev sets, `round10` is that material; round 11 adds
 * crisis9 and the sets written during it; `all` is the default) — choosing the thresholds by the same out-of-fold search as
 * scripts/train-crisis-classifier.ts, then runs the whole screen (rules + that model) on S and prints
 * recall / FPR / urgent exact / urgent scored none. That says whether other writers' texts help on
 * writers the model never read. The rules are the same in both rows (they were tuned with crisis4 and
 * crisis5 in view, so those two are development figures for the rules; crisis6 was not read for them).
 *
 * The trained model is put into the screen's live model object (statistical.ts MODEL and THRESHOLDS)
 * for the run: this process only, never written anywhere.
 */
import { join } from 'node:path';
import { chooseThresholds, outOfFold, ROUND10_SETS, ROUND8_SETS, ROUND9_SETS, rulesVerdict, trainingSet, USED_SETS, usedSet } from './crisis-classifier-data.ts';
import type { CorpusItem, RulesVerdict, UsedSet } from './crisis-classifier-data.ts';
import { DEFAULT_TRAIN_OPTIONS, trainClassifier, vectorise } from '../src/engines/safety/classifier-train.ts';
import type { ClassifierModel } from '../src/engines/safety/classifier.ts';
import { explainText } from '../src/engines/safety/index.ts';
import { MODEL, THRESHOLDS } from '../src/engines/safety/statistical.ts';
import type { StatisticalThresholds } from '../src/engines/safety/statistical.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type LiveModel = Mutable<ClassifierModel & { readsForm: boolean }>;

const root = join(import.meta.dirname, '..');
// `--forms` / `--no-forms`: train with or without the texts' forms (round 11), whatever the default.
const opts = process.argv.includes('--forms') ? { ...DEFAULT_TRAIN_OPTIONS, forms: true } : process.argv.includes('--no-forms') ? { ...DEFAULT_TRAIN_OPTIONS, forms: false } : DEFAULT_TRAIN_OPTIONS;
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const held = (args.length ? args : ['crisis6', 'crisis7']) as UsedSet[];
const MATERIALS = ['round 7', 'round 8', 'round 9', 'round 10', 'all'] as const;
const materialArg = process.argv.find((a) => a.startsWith('--materials='))?.slice('--materials='.length);
const materials = materialArg ? MATERIALS.filter((m) => materialArg.split(',').includes(m.replace(' ', ''))) : (['all'] as const);
for (const s of held) if (!USED_SETS.includes(s)) throw new Error(`not a used set: ${s} (sealed sets are never read here)`);

const all = trainingSet(root);
const setOf = (it: CorpusItem): string | null => (USED_SETS as readonly string[]).find((s) => it.category.startsWith(`${s}/`)) ?? null;
const sets = all.map(setOf);
const vectors = vectorise(all, opts.bits, true, opts.forms === true);
// The rule layer's verdicts do not depend on the model (as in the training script).
// `--one-threshold`: round 8's search (one threshold beside the rules' discount), for comparison.
const oneThreshold = process.argv.includes('--one-threshold');
// `--no-urgent-alone`: without round 10's flag on P(urgent) alone, for comparison.
const noUrgentAlone = process.argv.includes('--no-urgent-alone');
// `--no-form-context`: the screen is not told each text's form (as before round 11: no `title` stratum).
const formContext = !process.argv.includes('--no-form-context');
// `--fpr-budget=0.03`: the false alarms the layer may add over the rules' own (default 0.05), for comparison.
const budgetArg = process.argv.find((a) => a.startsWith('--fpr-budget='));
const fprBudget = budgetArg ? Number(budgetArg.slice('--fpr-budget='.length)) : undefined;
const rules: RulesVerdict[] = all.map((it) => {
  const v = rulesVerdict(it.text, formContext ? it.form : undefined);
  return oneThreshold ? { ...v, stratum: v.discounted ? 'discounted' : 'anchored' } : v;
});

const key = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function train(use: number[]): { model: ClassifierModel; thresholds: StatisticalThresholds; oof: { recall: number; fpr: number } } {
  const items = use.map((i) => all[i]!);
  const vs = use.map((i) => vectors[i]!);
  const probs = outOfFold(items, vs, opts);
  const { recall, fpr, ...chosen } = chooseThresholds(items, probs, use.map((i) => rules[i]!), noUrgentAlone ? [101] : undefined, fprBudget);
  const thresholds = oneThreshold ? { ...chosen, riskOutlook: chosen.risk, riskBare: chosen.risk } : chosen;
  return { model: trainClassifier(items, vs, opts), thresholds, oof: { recall, fpr } };
}

// `--misses`: every urgent text scored none and every false alarm, with its stratum and the
// probabilities the left-out model gave (stderr; used sets only, so their texts may be read).
const misses = process.argv.includes('--misses');

function evaluate(items: readonly CorpusItem[]): { recall: number; fpr: number; urgentExact: number; urgentNone: number } {
  let tp = 0, pos = 0, fp = 0, neg = 0, u = 0, uHit = 0, uNone = 0;
  for (const it of items) {
    const e = explainText(it.text, formContext && it.form ? { form: it.form } : undefined);
    const got = e.screen.level;
    if (misses && ((it.level === 'urgent' && got === 'none') || (it.level === 'none' && got !== 'none'))) {
      const p = e.statistical.probabilities;
      console.error(`  ${it.level}→${got} [${it.category}] ${e.statistical.stratum} rules=${e.rules.level} silenced=${e.statistical.silenced} p=${(p.concern + p.urgent).toFixed(2)}/${p.urgent.toFixed(2)} :: ${it.text}`);
    }
    if (it.level === 'none') {
      neg++;
      if (got !== 'none') fp++;
    } else {
      pos++;
      if (got !== 'none') tp++;
    }
    if (it.level === 'urgent') {
      u++;
      if (got === 'urgent') uHit++;
      if (got === 'none') uNone++;
    }
  }
  return { recall: r3(tp / pos), fpr: r3(fp / neg), urgentExact: r3(uHit / u), urgentNone: uNone };
}

const rows: string[] = ['| left out | n | material (texts) | thresholds risk / urgent / urgent alone | recall | FPR | urgent exact | urgent scored none |', '| --- | ---: | --- | --- | --- | --- | --- | --- |'];
for (const s of held) {
  const test = usedSet(root, s);
  const heldKeys = new Set(test.map((t) => key(t.text)));
  for (const material of materials) {
    // Without S, and without any text of another set identical to one of S (no leak).
    const inMaterial = (set: string | null): boolean =>
      set === null ||
      material === 'all' ||
      (material === 'round 8' && (ROUND8_SETS as readonly string[]).includes(set)) ||
      (material === 'round 9' && (ROUND9_SETS as readonly string[]).includes(set)) ||
      (material === 'round 10' && (ROUND10_SETS as readonly string[]).includes(set));
    const use = all
      .map((_, i) => i)
      .filter((i) => inMaterial(sets[i] ?? null) && sets[i] !== s && !(sets[i] !== null && heldKeys.has(key(all[i]!.text))));
    const { model, thresholds } = train(use);
    const live = MODEL as LiveModel;
    live.weights = model.weights;
    live.scales = model.scales;
    live.bias = model.bias;
    live.readsForm = opts.forms === true;
    Object.assign(THRESHOLDS as Mutable<StatisticalThresholds>, thresholds);
    const f = evaluate(test);
    rows.push(`| ${s} | ${test.length} | ${material} (${use.length}) | ${thresholds.risk} / ${thresholds.urgent} / ${thresholds.urgentAlone ?? '-'} | ${f.recall} | ${f.fpr} | ${f.urgentExact} | ${f.urgentNone} |`);
    console.error(rows[rows.length - 1]);
  }
}
console.log(rows.join('\n'));
