import type { MeasureId } from './measure.ts';
import { measureDefinition } from './scoring.ts';

/**
 * Reliable change between two administrations of the same measure.
 *
 * Approach (one, chosen deliberately): the published fixed thresholds used by NHS Talking
 * Therapies for anxiety and depression (formerly IAPT; see its Manual, "reliable improvement" and
 * "reliable recovery" definitions): a change of at least 6 points on the PHQ-9 or at least 4
 * points on the GAD-7 is larger than the measurement error of the scale. Caseness thresholds
 * from the same source: PHQ-9 ≥ 10, GAD-7 ≥ 8.
 *
 * Why not a per-clinic Jacobson–Truax RCI: it needs a reference SD and test–retest reliability,
 * which vary by sample, so two services would flag the same change differently. The fixed
 * thresholds are what services report against and are easy to explain to clients.
 * `jacobsonTruaxIndex` is still provided for research use with values you cite yourself.
 */
export const RELIABLE_CHANGE_THRESHOLD: Readonly<Record<MeasureId, number>> = { phq9: 6, gad7: 4 };

/** Lowest total counted as clinical "caseness" (NHS Talking Therapies). */
export const CASENESS_THRESHOLD: Readonly<Record<MeasureId, number>> = { phq9: 10, gad7: 8 };

export type ReliableChangeOutcome = 'reliable-improvement' | 'reliable-deterioration' | 'no-reliable-change';

export interface ReliableChange {
  readonly measure: MeasureId;
  readonly before: number;
  readonly after: number;
  /** after − before (negative = fewer symptoms reported). */
  readonly change: number;
  /** Points needed for a reliable change on this measure. */
  readonly threshold: number;
  readonly outcome: ReliableChangeOutcome;
  /** before ≥ caseness and after < caseness. */
  readonly movedBelowCaseness: boolean;
  /** Reliable improvement that also moved below caseness. */
  readonly reliableRecovery: boolean;
}

/**
 * Compares two totals. Lower is better on both measures, so a fall of at least the threshold is
 * an improvement and a rise of at least the threshold a deterioration.
 */
export function reliableChange(measure: MeasureId, before: number, after: number): ReliableChange {
  const max = measureDefinition(measure).items.length * 3;
  for (const [name, v] of [['before', before], ['after', after]] as const) {
    if (!Number.isInteger(v) || v < 0 || v > max) throw new RangeError(`${name} must be a total from 0 to ${max}, got ${v}`);
  }
  const threshold = RELIABLE_CHANGE_THRESHOLD[measure];
  const change = after - before;
  const outcome: ReliableChangeOutcome =
    change <= -threshold ? 'reliable-improvement' : change >= threshold ? 'reliable-deterioration' : 'no-reliable-change';
  const caseness = CASENESS_THRESHOLD[measure];
  const movedBelowCaseness = before >= caseness && after < caseness;
  return { measure, before, after, change, threshold, outcome, movedBelowCaseness, reliableRecovery: movedBelowCaseness && outcome === 'reliable-improvement' };
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
