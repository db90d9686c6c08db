/**
 * Trains the learnt matcher of round 9 (src/engines/art/sketch-learnt.ts) and writes its weights
 * to src/engines/art/sketch-learnt-weights.ts.
 *
 *   npx tsx scripts/train-sketch-scorer.ts [--check] [--loso [--diff] [--dry]] [--all-learnt | --rules-first]
 *
 * Data: every (thing word, drawn object) pair the matcher can score on the used held-out sets that
 * have measured boxes (test/heldout/art2, art3, art4; the first set, art, has none) and the training
 * set art-train1 (round 10), read the way
 * `hearth generate` reads them (scripts/art-sets.ts). A pair is meant when the sets' scorer
 * (test/heldout/art2/score.ts) would count the object's box for a drawn thing of that word.
 * Logistic regression on standardised features, L2 (20), full-batch gradient descent from zero (no
 * randomness); the threshold is the one of 0.3 … 0.8 with the best found − painted twice −
 * 2 × notDrawn painted on the training items, run end to end through describeImage.
 * `--check` retrains and exits 1 if the committed weights differ. `--loso` prints the
 * leave-one-set-out figures (train on the other sets, score the one left out) beside the rules alone
 * (`--diff`: the items that changed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeImage } from '../src/engines/art/index.ts';
import { FEATURE_COUNT, FEATURE_NAMES, observePairs, useSketchScorer } from '../src/engines/art/sketch-learnt.ts';
import type { ScorerWeights } from '../src/engines/art/sketch-learnt.ts';
import { iou, overlaps, sameWord, score, squareToQuad } from '../test/heldout/art2/score.ts';
import type { Box, Report } from '../test/heldout/art2/score.ts';
import { loadSet } from './art-sets.ts';
import type { LoadedItem, SetName } from './art-sets.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'src', 'engines', 'art', 'sketch-learnt-weights.ts');
const BOXED: readonly SetName[] = ['art2', 'art3', 'art4', 'art-train1'];
const L2 = 20;
const STEPS = 3000;
const RATE = 0.3;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

interface Row {
  readonly set: SetName;
  readonly id: string;
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

const describe = (it: LoadedItem): Report =>
  ({
    ...(describeImage({
      prompt: it.item.prompt, sketch: it.sketch, sketchStrength: 0.7, seed: it.seed, width: it.width, height: it.height,
    }) as unknown as Report),
    paper: it.paper,
  }) as Report;

/** A box in the picture's px → fractions of the input image (through the sheet's corners for a straightened photo). */
function toItem(it: LoadedItem, b: Box): Box {
  let f = { x: b.x / it.width, y: b.y / it.height, w: b.w / it.width, h: b.h / it.height };
  const c = it.paper?.straightened ? it.paper.corners : undefined;
  if (c) {
    const q = squareToQuad(c);
    const pts = [q(f.x, f.y), q(f.x + f.w, f.y), q(f.x + f.w, f.y + f.h), q(f.x, f.y + f.h)];
    const xs = pts.map((p) => p[0] / it.item.width);
    const ys = pts.map((p) => p[1] / it.item.height);
    f = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  }
  return f;
}

/**
 * Every scored pair of the items, labelled. The scorer observes without taking anything (threshold
 * above 1), placed before the rules (`rulesFirst` false): every thing word meets every drawn object,
 * so it learns from all of them (231 pairs rather than the 28 the words left over would give).
 */
function pairsOf(items: readonly LoadedItem[], rulesFirst: boolean, pairsFirst: boolean): Row[] {
  const rows: Row[] = [];
  const zeros = new Array<number>(FEATURE_COUNT).fill(0);
  const observing: ScorerWeights = { rulesFirst, pairsFirst, weights: zeros, mean: zeros, scale: zeros.map(() => 1), threshold: 2 };
  const prev = useSketchScorer(observing);
  for (const it of items) {
    const things = it.item.expect.things.filter((t) => t.word !== null);
    observePairs((rec) => {
      const b = toItem(it, rec.box);
      // Meant: the scorer counts it, and it is the thing rather than a box round it and more (at most 2.5 × its box).
      const y = things.some((t) => sameWord(rec.word, t.word!) && overlaps(b, t.box) && (iou(b, t.box) >= 0.3 || b.w * b.h <= 2.5 * t.box.w * t.box.h)) ? 1 : 0;
      rows.push({ set: it.set, id: it.item.id, x: rec.x, y });
    });
    describe(it);
  }
  observePairs(undefined);
  useSketchScorer(prev);
  return rows;
}

function train(rows: readonly Row[]): Omit<ScorerWeights, 'threshold'> {
  const d = FEATURE_COUNT;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(1);
  for (let j = 1; j < d; j++) {
    let s = 0;
    for (const r of rows) s += r.x[j]!;
    mean[j] = s / n;
    let v = 0;
    for (const r of rows) v += (r.x[j]! - mean[j]!) ** 2;
    scale[j] = Math.sqrt(v / n) || 1;
  }
  const xs = rows.map((r) => r.x.map((v, j) => (j === 0 ? 1 : (v - mean[j]!) / scale[j]!)));
  const pos = rows.filter((r) => r.y === 1).length;
  // Meant pairs are rare (one per drawn thing among every object × word): weighted to half the loss.
  const wPos = n / (2 * Math.max(1, pos));
  const wNeg = n / (2 * Math.max(1, n - pos));
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - rows[i]!.y) * (rows[i]!.y ? wPos : wNeg);
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= (RATE * (g[j]! / n + (j === 0 ? 0 : (L2 * w[j]!) / n)));
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return { weights: w.map(round), mean: mean.map(round), scale: scale.map(round) };
}

interface Totals {
  drawn: number; found: number; all: number; twice: number; nd: number; ndp: number; neg: number; negOk: number; items: number;
  /** Per item: its score and the words that went somewhere. */
  per: Map<string, string>;
}

function evaluate(items: readonly LoadedItem[], w: ScorerWeights | null): Totals {
  const prev = useSketchScorer(w);
  const t: Totals = { drawn: 0, found: 0, all: 0, twice: 0, nd: 0, ndp: 0, neg: 0, negOk: 0, items: items.length, per: new Map() };
  for (const it of items) {
    const r = describe(it);
    const s = score(it.item, r);
    t.per.set(it.item.id, `${s.found}/${s.drawn} twice ${s.paintedTwice}: ${(r.words ?? []).filter((w) => w.where?.length).map((w) => `${w.word}:${w.as}`).join(' ')}`);
    t.drawn += s.drawn;
    t.found += s.found;
    t.all += s.found === s.drawn ? 1 : 0;
    t.twice += s.paintedTwice;
    t.nd += s.notDrawn;
    t.ndp += s.notDrawnPainted;
    t.neg += s.negated;
    t.negOk += s.negatedNotPainted;
  }
  useSketchScorer(prev);
  return t;
}

const objective = (t: Totals): number => t.found - t.twice - 2 * t.ndp;

/** Trained weights with the threshold chosen end to end on the training items. */
function fit(items: readonly LoadedItem[], rows: readonly Row[], rulesFirst: boolean, pairsFirst: boolean): ScorerWeights {
  const base = { ...train(rows), ...(rulesFirst ? { rulesFirst } : {}), ...(pairsFirst ? { pairsFirst } : {}) };
  let best: ScorerWeights | undefined;
  let bestScore = -Infinity;
  for (const threshold of THRESHOLDS) {
    const w = { ...base, threshold };
    const v = objective(evaluate(items, w));
    if (v > bestScore) [best, bestScore] = [w, v];
  }
  return best!;
}

const line = (name: string, t: Totals): string =>
  `${name.padEnd(28)} found ${t.found}/${t.drawn}  all found ${t.all}/${t.items}  painted twice ${t.twice}  notDrawn painted ${t.ndp}/${t.nd}  negations kept out ${t.negOk}/${t.neg}`;

// How the scorer is used (round 9, chosen on the leave-one-set-out figures): the class rules, then
// the drawn outline most like the word's library shape, then the scorer for the words left.
// `--all-learnt` / `--rules-first` try the scorer earlier (for comparison; see docs/art-engine.md).
const RULES_FIRST = !process.argv.includes('--all-learnt');
const PAIRS_FIRST = RULES_FIRST && !process.argv.includes('--rules-first');
const sets = new Map<SetName, LoadedItem[]>();
for (const s of BOXED) sets.set(s, await loadSet(s));
const rowsOf = new Map<SetName, Row[]>();
for (const s of BOXED) rowsOf.set(s, pairsOf(sets.get(s)!, false, false));

if (process.argv.includes('--loso')) {
  for (const held of BOXED) {
    const trainSets = BOXED.filter((s) => s !== held);
    const items = trainSets.flatMap((s) => sets.get(s)!);
    const rows = trainSets.flatMap((s) => rowsOf.get(s)!);
    const w = fit(items, rows, RULES_FIRST, PAIRS_FIRST);
    console.log(`left out ${held} (trained on ${trainSets.join('+')}: ${rows.length} pairs, ${rows.filter((r) => r.y).length} meant; threshold ${w.threshold}${RULES_FIRST ? ', rules first' : ''}${PAIRS_FIRST ? ', pairs first' : ''})`);
    const a = evaluate(sets.get(held)!, null);
    const b = evaluate(sets.get(held)!, w);
    console.log('  ' + line('rules alone', a));
    console.log('  ' + line('rules + learnt', b));
    if (process.argv.includes('--diff'))
      for (const [id, v] of a.per) if (b.per.get(id) !== v) console.log(`    ${id}\n      rules  ${v}\n      learnt ${b.per.get(id)}`);
  }
}

// `--dry`: the leave-one-set-out figures only; the committed weights are left as they are.
if (process.argv.includes('--dry')) process.exit(0);
const allItems = BOXED.flatMap((s) => sets.get(s)!);
const allRows = BOXED.flatMap((s) => rowsOf.get(s)!);
const model = fit(allItems, allRows, RULES_FIRST, PAIRS_FIRST);
// Eight numbers a line, so the generated file keeps the line length.
const fmt = (a: readonly number[]): string => `[\n    ${Array.from({ length: Math.ceil(a.length / 8) }, (_, i) => a.slice(i * 8, i * 8 + 8).join(', ')).join(',\n    ')},\n  ]`;
const text = `// Generated by scripts/train-sketch-scorer.ts — do not edit. Retrain: npx tsx scripts/train-sketch-scorer.ts
// Data: ${allRows.length} (thing word, drawn object) pairs, ${allRows.filter((r) => r.y).length} meant, from ${BOXED.join(', ')} (${allItems.length} items).
// Features: ${FEATURE_NAMES.slice(0, 14).join(', ')},\n//   ${FEATURE_NAMES.slice(14).join(', ')}.
import type { ScorerWeights } from './sketch-learnt.ts';

export const SKETCH_SCORER: ScorerWeights | null = {
  weights: ${fmt(model.weights)},
  mean: ${fmt(model.mean)},
  scale: ${fmt(model.scale)},
  threshold: ${model.threshold},${model.rulesFirst ? '\n  rulesFirst: true,' : ''}${model.pairsFirst ? '\n  pairsFirst: true,' : ''}
};
`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(same ? 'sketch-learnt-weights.ts matches a retrain' : 'sketch-learnt-weights.ts differs from a retrain: run scripts/train-sketch-scorer.ts');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(line('trained on all, training items', evaluate(allItems, model)));
