import type { Result } from '../../engines/core/index.ts';
import { err, ok } from '../../engines/core/index.ts';
import { answerRange, maxTotalOf } from './measure.ts';
import type { ScoreBand } from './measure.ts';
import { measureDefinition } from './registry.ts';
import type { MeasureId } from './registry.ts';

/** Answers that are not exactly the right number of whole numbers on the measure's scale. */
export class MeasureAnswerError extends Error {
  override name = 'MeasureAnswerError';
}

/** A scored administration of a measure. */
export interface MeasureScore {
  readonly measure: MeasureId;
  /** The validated item answers in form order. */
  readonly answers: readonly number[];
  /** Sum of the items before any multiplier (WHO-5: 0–25). */
  readonly raw: number;
  /** The measure's total: the sum times its multiplier (PHQ-9 0–27, GAD-7 0–21, PCL-5 0–80, WHO-5 0–100). */
  readonly total: number;
  readonly maxTotal: number;
  readonly band: ScoreBand;
  /**
   * True when an answer needs a clinician's attention now regardless of the total: the measure's
   * safety item (PHQ-9 item 9, thoughts of being better off dead or of self-harm) above its limit.
   */
  readonly safetyFlag: boolean;
  /** Why the safety flag is set, for the alert. */
  readonly safetyReason: string | null;
}

/**
 * Checks answers without throwing: exactly one whole number per item, within the answer scale.
 * Strings, floats, NaN, nulls and missing items are rejected with a message naming the item.
 */
export function validateMeasureAnswers(id: MeasureId, answers: unknown): Result<number[]> {
  const def = measureDefinition(id);
  const n = def.items.length;
  const { min, max } = answerRange(def);
  if (!Array.isArray(answers)) return err(`${def.name} answers must be a list of ${n} numbers`);
  if (answers.length !== n) return err(`${def.name} needs exactly ${n} answers, got ${answers.length}`);
  for (let i = 0; i < n; i++) {
    const a: unknown = answers[i];
    if (typeof a !== 'number' || !Number.isInteger(a) || a < min || a > max) {
      return err(`${def.name} item ${i + 1} must be a whole number from ${min} to ${max}, got ${JSON.stringify(a) ?? String(a)}`);
    }
  }
  return ok([...(answers as number[])]);
}

/** The band a total falls in. Throws RangeError for totals outside the measure's range. */
export function bandForTotal(id: MeasureId, total: number): ScoreBand {
  const band = measureDefinition(id).bands.find((b) => total >= b.min && total <= b.max);
  if (!band || !Number.isInteger(total)) throw new RangeError(`${measureDefinition(id).name} total must be an integer in range, got ${total}`);
  return band;
}

/**
 * Scores a completed measure with its published scoring: the sum of item scores times the
 * measure's multiplier, banded as published. Throws MeasureAnswerError for invalid answers (use
 * validateMeasureAnswers at the boundary to turn that into a 400).
 */
export function scoreMeasure(id: MeasureId, answers: unknown): MeasureScore {
  const v = validateMeasureAnswers(id, answers);
  if (!v.ok) throw new MeasureAnswerError(v.error);
  const def = measureDefinition(id);
  const raw = v.value.reduce((s, a) => s + a, 0);
  const total = raw * def.multiplier;
  const item = def.safetyItem;
  const answer = item ? v.value[item.index]! : 0;
  const safetyFlag = item !== undefined && answer > item.above;
  const label = def.options.find((o) => o.value === answer)?.label ?? String(answer);
  return {
    measure: id,
    answers: v.value,
    raw,
    total,
    maxTotal: maxTotalOf(def),
    band: bandForTotal(id, total),
    safetyFlag,
    safetyReason: safetyFlag && item ? `${def.name} item ${item.index + 1} (${item.about}) answered "${label}"` : null,
  };
}
