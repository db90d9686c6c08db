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
import { TEXT_FORMS } from '../src/engines/safety/index.ts';
import type { CrisisLevel, TextForm } from '../src/engines/safety/index.ts';
import { readText } from '../src/engines/safety/compose.ts';
import { tooShortToJudge } from '../src/engines/safety/crisis-screen.ts';
import { explainText } from '../src/engines/safety/index.ts';
import { flags } from '../src/engines/safety/statistical.ts';
import type { StatisticalThresholds, Stratum } from '../src/engines/safety/statistical.ts';

export interface CorpusItem extends LabelledText {
  readonly category: string;
  readonly language: string;
}

/**
 * Round 8: the used held-out and dev sets — written by people who never saw the screen, each run once
 * sealed (or written as a dev set) and read since — join the training material, read from their own
 * folders (never copied) with their own labels. The sealed set in the making (crisis10 and later) is
 * refused here as in scripts/evaluate-crisis-dev.ts. Round 9 adds crisis7 (run once sealed on round 8)
 * and crisis-dev6 (written for training by another writer); the lead added crisis-dev7 (a second
 * writer, 599 texts, screened once before training: recall 0.798, FPR 0.127, 10 urgent scored none).
 * Round 10 adds crisis8 (run once sealed on round 9; USED since) and four new writers' training sets,
 * each screened once before training (docs/crisis-screen.md, round 10): crisis-dev8 (regional German),
 * crisis-dev9 (Spanish varieties, titles, homework), crisis-dev10 (English varieties, burden, NSSI,
 * overdose, attempt; negated and resolved-past negatives), crisis-dev11 (art and music studio texts).
 * Round 11 adds crisis9 (run once sealed on round 10; USED since) and two new writers' training sets,
 * each screened once before training: crisis-dev12 (Spanish-heavy, half hard negatives) and
 * crisis-dev13 (means named by daily things, preparation, hopelessness, burden, eating disorders,
 * titles and prompts). crisis10 and later are refused.
 */
export const USED_SETS = [
  'crisis', 'crisis2', 'crisis3', 'crisis4', 'crisis5', 'crisis6', 'crisis7', 'crisis8', 'crisis9',
  'crisis-dev3', 'crisis-dev4', 'crisis-dev5', 'crisis-dev6', 'crisis-dev7', 'crisis-dev8', 'crisis-dev9', 'crisis-dev10', 'crisis-dev11',
  'crisis-dev12', 'crisis-dev13',
] as const;
/** Round 8's material (every used set but crisis7): the leave-one-out baseline. */
export const ROUND8_SETS: readonly UsedSet[] = ['crisis', 'crisis2', 'crisis3', 'crisis4', 'crisis5', 'crisis6', 'crisis-dev3', 'crisis-dev4', 'crisis-dev5'];
/** Round 9's material (every used set before round 10). */
export const ROUND9_SETS: readonly UsedSet[] = [...ROUND8_SETS, 'crisis7', 'crisis-dev6', 'crisis-dev7'];
/** Round 10's material (every used set before round 11). */
export const ROUND10_SETS: readonly UsedSet[] = [...ROUND9_SETS, 'crisis8', 'crisis-dev8', 'crisis-dev9', 'crisis-dev10', 'crisis-dev11'];
export type UsedSet = (typeof USED_SETS)[number];

/** The labelled texts of one used set (test/heldout/<name>/heldout.jsonl or devset.jsonl). */
export function usedSet(root: string, name: UsedSet): CorpusItem[] {
  const sealed = /^crisis(\d+)$|^crisis-seal/.exec(name);
  if (sealed && (sealed[1] === undefined || Number(sealed[1]) >= 10)) throw new Error(`${name} is sealed: never train on it`);
  const file = join(root, 'test', 'heldout', name, name.startsWith('crisis-dev') ? 'devset.jsonl' : 'heldout.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((x) => x.trim() !== '')
    .map((x) => JSON.parse(x) as { text: string; level: CrisisLevel; category: string; language: string; form?: string })
    // language '?': not part of the corpus proper (its own test checks the corpus alone); the set,
    // category and language stay in `category`. Round 11: the form, where the set gives one.
    .map((x) => ({ text: x.text, level: x.level, category: `${name}/${x.category}/${x.language}`, language: '?', ...formOf(x.form) }));
}

/** `{ form }` when `form` is one the screen knows (screen-types.ts `TEXT_FORMS`), else nothing. */
export function formOf(form: string | undefined): { form?: TextForm } {
  return (TEXT_FORMS as readonly (string | undefined)[]).includes(form) ? { form: form as TextForm } : {};
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
  /** Which statistical threshold applies (round 9; `discounted` or `anchored` when absent). */
  readonly stratum?: Stratum;
}

/** The rule layer's verdict on a text, as the threshold search needs it (it does not depend on the model). */
export function rulesVerdict(text: string, form?: TextForm): RulesVerdict {
  const e = explainText(text, form ? { form } : undefined);
  const { tokens, ctx } = readText(text);
  // Silent where the screen would not let the layer flag: a short title, or a text whose risk words are all scoped away.
  const silent = tooShortToJudge(tokens, ctx) || e.statistical.silenced;
  return { level: e.rules.level, discounted: e.rules.riskDiscounted, silent, stratum: e.statistical.stratum };
}

/**
 * How many more false alarms the statistical layer may add to the rule layer's own on the training
 * texts (out of fold): the rules already over-read some hard negatives written to trip them, and an
 * absolute budget would then switch the classifier off altogether.
 */
// Round 5: 5 points (round 4: 3): the clause-level rules take back more false alarms than they
// cost, and the held-out sets showed misses, not alarms, as the larger gap.
const FPR_BUDGET = 0.05;

const STRATA: readonly Stratum[] = ['discounted', 'anchored', 'outlook', 'bare', 'short', 'title'];
/**
 * Thresholds (percent) tried per stratum; 101 is "never". Over a rule's discount the layer counts only
 * when near certain (0.99, since round 4): the discount also covers everyday scenes (a curtain hung, a
 * bath with wine) whose words the model learnt from risk. Searching it (0.90–0.99) was tried in round
 * 9: out of fold it chose 0.90, and "male mich, wie ich die vorhänge aufhänge" (0.98) became a concern.
 */
const GRID: Record<Stratum, readonly number[]> = {
  discounted: [99],
  anchored: range(50, 98, 2),
  outlook: [...range(50, 98, 2), 101],
  bare: [...range(50, 98, 2), 101],
  // Round 10: short texts with no risk or outlook word (titles, prompts) count only when near certain,
  // as over a discount. Searching 0.80–0.99 chose 0.81 and made studio prompts urgent ("paint me on the
  // beach tomorrow" 0.87, "yo en la playa esta noche" 0.98: the layer learnt "me" and "tonight" from
  // risk); farewells and dated titles the rules miss sit at 0.99 and above.
  short: [99],
  // Round 11: a short text its writer gave as a title (studio prompts stay at 'short').
  title: [...range(50, 98, 2), 99, 101],
};
/** Round 10: P(urgent) thresholds tried for flagging on P(urgent) alone; 101 is "never". */
const URGENT_ALONE: readonly number[] = [...range(30, 95, 5), 101];
function range(a: number, b: number, step: number): number[] {
  const out: number[] = [];
  for (let x = a; x <= b; x += step) out.push(x);
  return out;
}

/**
 * Thresholds for the statistical layer, chosen on out-of-fold probabilities combined with the rule
 * layer's verdicts: the highest recall whose false-positive rate stays within FPR_BUDGET over the
 * rules' own. Round 9: one threshold per stratum (statistical.ts `Stratum`: discounted, anchored,
 * outlook, bare), searched jointly — the strata split the texts, so each threshold adds its own
 * true and false flags; ties go to fewer false alarms, then to the higher thresholds. Then the
 * P(urgent) that best agrees with the labels on the texts only the classifier flags.
 */
export function chooseThresholds(
  items: readonly LabelledText[],
  probs: readonly ClassProbabilities[],
  rules: readonly RulesVerdict[],
  urgentAloneGrid: readonly number[] = URGENT_ALONE,
  fprBudget = FPR_BUDGET,
): StatisticalThresholds & { recall: number; fpr: number } {
  const negatives = items.filter((it) => it.level === 'none').length;
  const positives = items.length - negatives;
  let ruleTp = 0,
    ruleFp = 0;
  items.forEach((it, i) => {
    if (rules[i]!.level === 'none') return;
    if (it.level === 'none') ruleFp++;
    else ruleTp++;
  });
  const stratumOf = (v: RulesVerdict): Stratum => v.stratum ?? (v.discounted ? 'discounted' : 'anchored');
  const maxFp = Math.floor((ruleFp / Math.max(1, negatives) + fprBudget) * negatives + 1e-9);
  const never = [...STRATA.map((s) => GRID[s].length - 1), urgentAloneGrid.length - 1];
  let best = { pick: never, tp: -1, fp: 0 };
  // Round 10: beside the strata's thresholds, P(urgent) alone (`urgentAlone`; 101 is "never"): a text
  // counts at a stratum's threshold t when P(risk) ≥ t or P(urgent) ≥ u, so the tables are per u.
  for (let u = 0; u < urgentAloneGrid.length; u++) {
    const alone = urgentAloneGrid[u]! / 100;
    // What the layer adds over the rules in each stratum at each threshold: [true flags, false flags].
    const adds = new Map<Stratum, [number, number][]>(STRATA.map((s) => [s, GRID[s].map((): [number, number] => [0, 0])]));
    items.forEach((it, i) => {
      const v = rules[i]!;
      if (v.level !== 'none' || v.silent) return;
      const p = probs[i]![1] + probs[i]![2];
      const s = stratumOf(v);
      const byUrgent = s !== 'short' && s !== 'title' && probs[i]![2] >= alone;
      GRID[s].forEach((t, k) => {
        if (p < t / 100 && !byUrgent) return;
        adds.get(s)![k]![it.level === 'none' ? 1 : 0]++;
      });
    });
    type Adds = [number, number][];
    const [aD, aA, aO, aB, aS, aT] = STRATA.map((s) => adds.get(s)!) as [Adds, Adds, Adds, Adds, Adds, Adds];
    for (let d = 0; d < aD.length; d++) {
      for (let a = 0; a < aA.length; a++) {
        for (let o = 0; o < aO.length; o++) {
          for (let b = 0; b < aB.length; b++) {
            for (let h = 0; h < aS.length; h++) {
              for (let q = 0; q < aT.length; q++) {
                const fp = aD[d]![1] + aA[a]![1] + aO[o]![1] + aB[b]![1] + aS[h]![1] + aT[q]![1];
                if (ruleFp + fp > maxFp) continue;
                const tp = aD[d]![0] + aA[a]![0] + aO[o]![0] + aB[b]![0] + aS[h]![0] + aT[q]![0];
                const higher = d + a + o + b + h + q + u > best.pick.reduce((x, y) => x + y, 0);
                if (tp > best.tp || (tp === best.tp && (fp < best.fp || (fp === best.fp && higher)))) best = { pick: [d, a, o, b, h, q, u], tp, fp };
              }
            }
          }
        }
      }
    }
  }
  const [d, a, o, b, h, q, u] = best.pick as [number, number, number, number, number, number, number];
  const th = {
    risk: GRID.anchored[a]! / 100, riskDiscounted: GRID.discounted[d]! / 100, riskOutlook: GRID.outlook[o]! / 100, riskBare: GRID.bare[b]! / 100,
    riskShort: GRID.short[h]! / 100, riskTitle: GRID.title[q]! / 100, urgentAlone: urgentAloneGrid[u]! / 100,
  };
  const recall = r3((ruleTp + best.tp) / Math.max(1, positives)),
    fpr = r3((ruleFp + best.fp) / Math.max(1, negatives));
  // Round 6: an urgent text read as concern costs twice a concern read as urgent (a missed plan or
  // goodbye waits for the next reading; an over-read concern only asks a person to look now).
  let urgent = 0.5,
    agree = -1;
  for (let u = 20; u <= 90; u += 5) {
    let n = 0;
    items.forEach((it, i) => {
      const p = probs[i]!,
        v = rules[i]!;
      if (v.level !== 'none' || v.silent || !flags({ ...th, urgent: 1 }, stratumOf(v), p)) return;
      if ((p[2] >= u / 100 ? 'urgent' : 'concern') === it.level) n += it.level === 'urgent' ? 2 : 1;
    });
    if (n > agree) [urgent, agree] = [u / 100, n];
  }
  return { ...th, urgent, recall, fpr };
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
