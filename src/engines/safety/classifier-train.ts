import { createRng } from '../core/index.ts';
import { CLASSES, featureVector } from './classifier.ts';
import type { ClassifierModel, FeatureVector } from './classifier.ts';
import { readText } from './compose.ts';
import { readScoped } from './crisis-screen.ts';
import type { CrisisLevel } from './phrase-list.ts';
import type { TextForm } from './screen-types.ts';

/**
 * Training for the statistical layer (classifier.ts): multinomial logistic regression by
 * stochastic gradient descent with L2 regularisation, a seeded shuffle and a decaying learning
 * rate, then int8 quantisation per class. Same items + options → the same bytes, so the committed
 * weights can be checked against a retrain.
 */

export interface TrainOptions {
  /** log2 of the number of feature buckets (15 → 32,768 buckets × 3 classes). */
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per step, applied to the weights a step touches. */
  readonly l2: number;
  readonly seed: number;
  /** Loss weight per class (none, concern, urgent): a missed risk costs more than a false alarm. */
  readonly classWeights: readonly [number, number, number];
  /** Round 11: whether the model reads the form of each text (classifier.ts `formFeatures`); absent: no. */
  readonly forms?: boolean;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 15, epochs: 25, learningRate: 2, l2: 1e-5, seed: 14, classWeights: [1, 1.2, 1.2] };

export interface LabelledText {
  readonly text: string;
  readonly level: CrisisLevel;
  /** Round 11: the kind of text, where its set says (screen-types.ts `TextForm`). */
  readonly form?: TextForm;
}

/** Feature vectors of labelled texts (computed once, reused across folds). */
export function vectorise(items: readonly LabelledText[], bits: number, withContext = true, forms = false): FeatureVector[] {
  return items.map((it) => {
    if (!withContext) return featureVector(readText(it.text).tokens, it.text, bits);
    const { tokens, ctx } = readScoped(it.text, forms ? it.form : undefined);
    return featureVector(tokens, it.text, bits, ctx);
  });
}

/** Trains on `vectors[i]` labelled `items[i].level` for every i in `use` (all when omitted). */
export function trainClassifier(
  items: readonly LabelledText[], vectors: readonly FeatureVector[], opts: TrainOptions, use?: readonly number[],
): ClassifierModel {
  const steps = trainEpochs(items, vectors, opts, use);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same training, one epoch per step: a caller that must not block its thread for long (a test
 * worker) turns the event loop between epochs. Same bytes as `trainClassifier`.
 */
export async function trainClassifierYielding(
  items: readonly LabelledText[], vectors: readonly FeatureVector[], opts: TrainOptions, use?: readonly number[],
): Promise<ClassifierModel> {
  const steps = trainEpochs(items, vectors, opts, use);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* trainEpochs(
  items: readonly LabelledText[], vectors: readonly FeatureVector[], opts: TrainOptions, use?: readonly number[],
): Generator<number, ClassifierModel> {
  const dim = 1 << opts.bits;
  const w = new Float64Array(dim * 3);
  const bias = [0, 0, 0];
  const order = use ? [...use] : items.map((_, i) => i);
  const rng = createRng(opts.seed);
  const y = items.map((it) => CLASSES.indexOf(it.level as (typeof CLASSES)[number]));
  let t = 0;
  const z = [0, 0, 0];
  const g = [0, 0, 0];
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const fv = vectors[s]!;
      const lr = opts.learningRate / (1 + t++ / order.length);
      for (let c = 0; c < 3; c++) z[c] = bias[c]!;
      for (let k = 0; k < fv.idx.length; k++) {
        const base = fv.idx[k]! * 3, v = fv.val[k]!;
        z[0]! += w[base]! * v;
        z[1]! += w[base + 1]! * v;
        z[2]! += w[base + 2]! * v;
      }
      const m = Math.max(z[0]!, z[1]!, z[2]!);
      const e = z.map((x) => Math.exp(x - m));
      const sum = e[0]! + e[1]! + e[2]!;
      const weight = opts.classWeights[y[s]!]!;
      for (let c = 0; c < 3; c++) g[c] = weight * (e[c]! / sum - (c === y[s] ? 1 : 0));
      for (let k = 0; k < fv.idx.length; k++) {
        const base = fv.idx[k]! * 3, v = fv.val[k]!;
        for (let c = 0; c < 3; c++) w[base + c] = w[base + c]! - lr * (g[c]! * v + opts.l2 * w[base + c]!);
      }
      for (let c = 0; c < 3; c++) bias[c] = bias[c]! - lr * g[c]!;
    }
    yield epoch;
  }
  return quantise(w, bias, opts.bits);
}

/** int8 weights with one scale per class; biases rounded so the written file is stable. */
function quantise(w: Float64Array, bias: readonly number[], bits: number): ClassifierModel {
  const scales: [number, number, number] = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    let max = 0;
    for (let i = c; i < w.length; i += 3) max = Math.max(max, Math.abs(w[i]!));
    scales[c] = round6((max || 1) / 127);
  }
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scales[i % 3]!)));
  return { bits, weights: q, scales, bias: [round6(bias[0]!), round6(bias[1]!), round6(bias[2]!)] };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
