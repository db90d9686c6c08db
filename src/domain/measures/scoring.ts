import type { Result } from '../../engines/core/index.ts';
import { err, ok } from '../../engines/core/index.ts';
import { GAD7 } from './gad7.ts';
import type { MeasureDefinition, MeasureId, ScoreBand } from './measure.ts';
import { PHQ9, PHQ9_SAFETY_ITEM_INDEX } from './phq9.ts';

/** The definition of a measure by id. */
export function measureDefinition(id: MeasureId): MeasureDefinition {
  return id === 'phq9' ? PHQ9 : GAD7;
}

/** Answers that are not exactly the right number of integers 0–3. */
export class MeasureAnswerError extends Error {
  override name = 'MeasureAnswerError';
}

/** A scored administration of a measure. */
export interface MeasureScore {
  readonly measure: MeasureId;
  /** The validated item answers, 0–3 each, in form order. */
  readonly answers: readonly number[];
  /** Sum of the items: PHQ-9 0–27, GAD-7 0–21. */
  readonly total: number;
  readonly maxTotal: number;
  readonly band: ScoreBand;
  /**
   * True when the answers need a clinician's attention now regardless of the total: PHQ-9 item 9
   * (thoughts of being better off dead or of self-harm) above 0. Always false for GAD-7.
   */
  readonly safetyFlag: boolean;
  /** Why the safety flag is set, for the alert. */
  readonly safetyReason: string | null;
}

/**
 * Checks answers without throwing: exactly 9 (PHQ-9) or 7 (GAD-7) integers 0–3. Strings, floats,
 * NaN, nulls and missing items are rejected with a message naming the item.
 */
export function validateMeasureAnswers(id: MeasureId, answers: unknown): Result<number[]> {
  const def = measureDefinition(id);
  const n = def.items.length;
  if (!Array.isArray(answers)) return err(`${def.name} answers must be a list of ${n} numbers`);
  if (answers.length !== n) return err(`${def.name} needs exactly ${n} answers, got ${answers.length}`);
  for (let i = 0; i < n; i++) {
    const a: unknown = answers[i];
    if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 3) {
      return err(`${def.name} item ${i + 1} must be a whole number from 0 to 3, got ${JSON.stringify(a) ?? String(a)}`);
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
 * Scores a completed measure with the standard scoring: the sum of item scores, banded as
 * published. Throws MeasureAnswerError for invalid answers (use validateMeasureAnswers at the
 * boundary to turn that into a 400).
 */
export function scoreMeasure(id: MeasureId, answers: unknown): MeasureScore {
  const v = validateMeasureAnswers(id, answers);
  if (!v.ok) throw new MeasureAnswerError(v.error);
  const def = measureDefinition(id);
  const total = v.value.reduce((s, a) => s + a, 0);
  const item9 = id === 'phq9' ? v.value[PHQ9_SAFETY_ITEM_INDEX]! : 0;
  const safetyFlag = item9 > 0;
  return {
    measure: id,
    answers: v.value,
    total,
    maxTotal: def.items.length * 3,
    band: bandForTotal(id, total),
    safetyFlag,
    safetyReason: safetyFlag
      ? `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered "${def.options[item9]!.label}"`
      : null,
  };
}
