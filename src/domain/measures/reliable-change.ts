import { maxTotalOf } from './measure.ts';
import { measureDefinition } from './registry.ts';
import type { MeasureId } from './registry.ts';

/**
 * Reliable change between two administrations of the same measure.
 *
 * Approach (one, chosen deliberately): each measure's published fixed threshold, kept in its
 * definition with the source (`reliableChange`). For PHQ-9 and GAD-7 these are the thresholds
 * NHS Talking Therapies for anxiety and depression (formerly IAPT) reports against: a change of
 * at least 6 points on the PHQ-9 or 4 on the GAD-7 is larger than the scale's measurement error;
 * caseness PHQ-9 ≥ 10, GAD-7 ≥ 8. PCL-5 and WHO-5 carry theirs in their files.
 *
 * Why not a per-clinic Jacobson–Truax RCI: it needs a reference SD and test–retest reliability,
 * which vary by sample, so two services would flag the same change differently. The fixed
 * thresholds are what services report against and are easy to explain to clients.
 * `jacobsonTruaxIndex` is still provided for research use with values you cite yourself.
 */
export type ReliableChangeOutcome = 'reliable-improvement' | 'reliable-deterioration' | 'no-reliable-change';

export interface ReliableChange {
  readonly measure: MeasureId;
  readonly before: number;
  readonly after: number;
  /** after − before (on a symptom measure, negative = fewer symptoms reported). */
  readonly change: number;
  /** Points needed for a reliable change on this measure. */
  readonly threshold: number;
  readonly outcome: ReliableChangeOutcome;
  /** Before in the clinical range, after outside it (symptom measures: from ≥ caseness to below it). */
  readonly leftCaseness: boolean;
  /** The same as `leftCaseness`, under the name symptom measures use. */
  readonly movedBelowCaseness: boolean;
  /** Reliable improvement that also left the clinical range. */
  readonly reliableRecovery: boolean;
}

/**
 * Compares two totals. On a symptom measure (`better: 'lower'`) a fall of at least the threshold
 * is an improvement; on a wellbeing measure (`better: 'higher'`, WHO-5) a rise is.
 */
export function reliableChange(measure: MeasureId, before: number, after: number): ReliableChange {
  const def = measureDefinition(measure);
  const max = maxTotalOf(def);
  for (const [name, v] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`${name} must be a total from 0 to ${max}, got ${v}`);
  }
  const { threshold, caseness } = def.reliableChange;
  const change = after - before;
  const gain = def.better === 'lower' ? -change : change;
  const outcome: ReliableChangeOutcome = gain >= threshold ? 'reliable-improvement' : gain <= -threshold ? 'reliable-deterioration' : 'no-reliable-change';
  const inRange = (v: number) => (def.better === 'lower' ? v >= caseness : v <= caseness);
  const leftCaseness = inRange(before) && !inRange(after);
  return {
    measure,
    before,
    after,
    change,
    threshold,
    outcome,
    leftCaseness,
    movedBelowCaseness: leftCaseness,
    reliableRecovery: leftCaseness && outcome === 'reliable-improvement',
  };
}

/**
 * Jacobson & Truax (1991) reliable change index: (after − before) / S_diff, with
 * S_diff = √2 · SD · √(1 − r). |RCI| > 1.96 is reliable at p < .05. Supply a reference SD and a
 * test–retest reliability r from a source you cite.
 */
export function jacobsonTruaxIndex(before: number, after: number, sd: number, reliability: number): number {
  if (!(sd > 0) || !(reliability >= 0 && reliability < 1)) throw new RangeError('sd must be > 0 and reliability in [0, 1)');
  return (after - before) / (Math.SQRT2 * sd * Math.sqrt(1 - reliability));
}
