/**
 * A small learnt scorer for (thing word, drawn object) pairs: how likely the client meant this
 * drawn object when they named this thing. Logistic regression over features any sketch has —
 * the object's size and box, its place against the drawn horizon, its outline (fill, roundness,
 * symmetry, parts), its ink, its size among the other objects, how much it looks like the word's
 * library silhouette, whether the rule of the word's class (sketch-match.ts `fit`) accepts it, and
 * whether word and object agree on sky/ground. Trained by scripts/train-sketch-scorer.ts on the
 * used held-out sets' measured boxes (test/heldout/art2, art3); the weights are
 * sketch-learnt-weights.ts. Pure and cheap: a few box scans per candidate on a coarse grid.
 */
import type { Region, SketchLayout } from './sketch.ts';
import type { Box } from './scene-plan.ts';
import { SKETCH_SCORER } from './sketch-learnt-weights.ts';

/** What the scorer needs of a drawn object (sketch-match.ts DrawnObject). */
export interface Candidate {
  readonly regions: readonly Region[];
  readonly box: Box;
  readonly area: number;
  readonly sky: boolean;
}

/** What the scorer needs of the word. */
export interface WordSide {
  /** The word's class has a rule (sketch-match.ts Kind other than 'none'). */
  readonly hasRule: boolean;
  /** The rule of its class accepts this object (fit > 0). */
  readonly ruleFit: boolean;
  /** The rule of another class (building, tree, animal, tent, pot) accepts it: it already reads as something else. */
  readonly otherFit: boolean;
  /** The library shape belongs in the sky (sun, cloud …). */
  readonly skyThing: boolean;
  /** It may be drawn in the sky though it belongs to the ground (a kite), or high on a wall. */
  readonly flies: boolean;
  /** Outline overlap with the word's library silhouette (0–1). */
  readonly likeness: number;
  /** The word is a plural. */
  readonly plural: boolean;
}

export const FEATURE_NAMES = [
  'bias',
  'likeness',
  'ruleFit',
  'hasRule',
  'logArea',
  'isLargest',
  'areaRank',
  'boxW',
  'boxH',
  'logAspect',
  'absLogAspect',
  'cy',
  'belowHorizon',
  'skyAgree',
  'skyWordOnGround',
  'fliesInSky',
  'parts',
  'rectFill',
  'ellipseFill',
  'symmetry',
  'ink',
  'huge',
  'tiny',
  'pluralSmall',
  'likenessNoRule',
  'otherFit',
  'otherFitNoLikeness',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

const bw = (r: Region): number => r.x1 - r.x0 + 1;
const bh = (r: Region): number => r.y1 - r.y0 + 1;

/** Word-independent features of one drawn object, computed once per sketch. */
export interface ObjectFeatures {
  readonly logArea: number;
  readonly isLargest: number;
  readonly areaRank: number;
  readonly boxW: number;
  readonly boxH: number;
  readonly logAspect: number;
  readonly cy: number;
  readonly belowHorizon: number;
  readonly parts: number;
  readonly rectFill: number;
  readonly ellipseFill: number;
  readonly symmetry: number;
  readonly ink: number;
}

/**
 * The object's own features. `all` are the sketch's candidates (for its size rank), `horizon`
 * the drawn horizon or ground line when there is one.
 */
export function objectFeatures(
  o: Candidate,
  all: readonly Candidate[],
  layout: SketchLayout,
  W: number,
  H: number,
  horizon: number | undefined,
): ObjectFeatures {
  const main = o.regions.reduce((a, b) => (b.area > a.area ? b : a));
  const rank = all.filter((c) => c.area > o.area).length;
  const set = new Set(o.regions.map((r) => r.label));
  // A coarse grid over the box (about 24 × 24 samples): mirror symmetry of the object's regions
  // and the share of the box that is ink.
  const step = Math.max(1, Math.floor(Math.max(o.box.w, o.box.h) / 24));
  let same = 0;
  let seen = 0;
  let ink = 0;
  let n = 0;
  for (let y = o.box.y; y < o.box.y + o.box.h; y += step)
    for (let x = o.box.x; x < o.box.x + o.box.w; x += step) {
      const i = y * W + x;
      n++;
      ink += layout.lines[i]!;
      const a = set.has(layout.labels[i]!);
      const m = o.box.x + o.box.w - 1 - (x - o.box.x);
      const b = set.has(layout.labels[y * W + m]!);
      if (a || b) {
        seen++;
        if (a && b) same++;
      }
    }
  const hz = horizon ?? H * 0.55;
  return {
    logArea: Math.log(Math.max(1e-5, o.area / (W * H))),
    isLargest: rank === 0 ? 1 : 0,
    areaRank: all.length > 1 ? rank / (all.length - 1) : 0,
    boxW: o.box.w / W,
    boxH: o.box.h / H,
    logAspect: Math.log(o.box.w / o.box.h),
    cy: (o.box.y + o.box.h / 2) / H,
    belowHorizon: (o.box.y + o.box.h - hz) / H,
    parts: Math.log1p(o.regions.length - 1),
    rectFill: main.area / (bw(main) * bh(main)),
    ellipseFill: main.area / ((Math.PI / 4) * bw(main) * bh(main)),
    symmetry: seen ? same / seen : 0,
    ink: n ? ink / n : 0,
  };
}

/** The pair's feature vector (FEATURE_NAMES order). */
export function pairFeatures(f: ObjectFeatures, o: Candidate, w: WordSide): number[] {
  const huge = f.boxW * f.boxH > 0.45 ? 1 : 0;
  return [
    1,
    w.likeness,
    w.ruleFit ? 1 : 0,
    w.hasRule ? 1 : 0,
    f.logArea,
    f.isLargest,
    f.areaRank,
    f.boxW,
    f.boxH,
    f.logAspect,
    Math.abs(f.logAspect),
    f.cy,
    f.belowHorizon,
    w.skyThing === o.sky ? 1 : 0,
    w.skyThing && !o.sky ? 1 : 0,
    w.flies && o.sky ? 1 : 0,
    f.parts,
    f.rectFill,
    f.ellipseFill,
    f.symmetry,
    f.ink,
    huge,
    f.logArea < Math.log(0.002) ? 1 : 0,
    w.plural ? f.areaRank : 0,
    w.hasRule ? 0 : w.likeness,
    w.otherFit ? 1 : 0,
    w.otherFit ? 1 - w.likeness : 0,
  ];
}

/** Weights of the scorer (FEATURE_NAMES order) and the probability above which a pair is taken. */
export interface ScorerWeights {
  readonly weights: readonly number[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly threshold: number;
  /** The class rules match first; the scorer takes the words they leave (and words with no class). */
  readonly rulesFirst?: boolean;
  /** The drawn outline most like the word's library shape (sketch-match.ts) goes before the scorer too. */
  readonly pairsFirst?: boolean;
}

let active: ScorerWeights | null = SKETCH_SCORER;

/**
 * Replaces the scorer's weights (null: the rules alone, as before round 9). For the training
 * script's leave-one-set-out figures only; returns the previous weights.
 */
export function useSketchScorer(w: ScorerWeights | null): ScorerWeights | null {
  const prev = active;
  active = w;
  return prev;
}

/** The scorer in use (null when matching uses the rules alone). */
export const sketchScorer = (): ScorerWeights | null => active;

/** Probability that the pair is meant (logistic on standardised features). */
export function pairScore(x: readonly number[], w: ScorerWeights): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w.weights[i]! * (i === 0 ? 1 : (x[i]! - w.mean[i]!) / w.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

/** Observer of every scored pair (the training script's; never set by the engine). */
export type PairObserver = (rec: { word: string; box: Box; x: readonly number[] }) => void;
let observer: PairObserver | undefined;
export function observePairs(fn: PairObserver | undefined): void {
  observer = fn;
}
export const pairObserver = (): PairObserver | undefined => observer;
