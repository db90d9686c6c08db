import type { CrisisSign } from './phrase-list.ts';
import type { ScreenContext } from './screen-types.ts';
import type { StatisticalThresholds } from './statistical.ts';

/**
 * How the client's recent context changes the screen. The same words mean more from someone who
 * answered PHQ-9 item 9 above 0 ("thoughts that you would be better off dead, or of hurting
 * yourself") or who had an alert lately:
 * - elevated (item 9 ≥ 1, or a concern/urgent alert in the last 30 days): the statistical layer
 *   flags at lower confidence;
 * - high (item 9 ≥ 2 — more than half the days — or an urgent alert in the last 7 days): a wish
 *   to die, thoughts of suicide, hopelessness or feeling a burden count as urgent, not concern.
 * Values outside their range are ignored rather than thrown on: a screen must always answer.
 */

export interface ContextEffect {
  readonly elevated: boolean;
  readonly high: boolean;
  /** Plain words for the therapist, e.g. "PHQ-9 item 9 was 2 (more than half the days)". */
  readonly why: string;
}

const ELEVATED_DAYS = 30;
const HIGH_DAYS = 7;
const ITEM9_WORDS = ['not at all', 'several days', 'more than half the days', 'nearly every day'];

export function contextEffect(context: ScreenContext | undefined): ContextEffect {
  const none = { elevated: false, high: false, why: '' };
  if (!context) return none;
  const item9 = Number.isInteger(context.phq9Item9) && context.phq9Item9! >= 0 && context.phq9Item9! <= 3 ? context.phq9Item9! : 0;
  const days = Number.isFinite(context.recentAlertDays) && context.recentAlertDays! >= 0 ? context.recentAlertDays! : Infinity;
  const alert = context.recentLevel === 'urgent' || context.recentLevel === 'concern' ? context.recentLevel : null;
  const why: string[] = [];
  if (item9 > 0) why.push(`PHQ-9 item 9 was ${item9} (${ITEM9_WORDS[item9]})`);
  const ago = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${Math.round(days)} days ago`;
  if (alert && days <= ELEVATED_DAYS) why.push(`${alert === 'urgent' ? 'an urgent' : 'a concern'} alert ${ago}`);
  const elevated = item9 >= 1 || (alert !== null && days <= ELEVATED_DAYS);
  const high = item9 >= 2 || (alert === 'urgent' && days <= HIGH_DAYS);
  return elevated ? { elevated, high, why: why.join(' and ') } : none;
}

/** Lower confidence needed by the statistical layer in an elevated context. */
export function contextThresholds(t: StatisticalThresholds, effect: ContextEffect): StatisticalThresholds {
  if (!effect.elevated) return t;
  const lower = (x: number): number => Math.round(x * 0.8 * 1000) / 1000;
  const out: { -readonly [K in keyof StatisticalThresholds]: StatisticalThresholds[K] } = {
    risk: lower(t.risk),
    riskDiscounted: t.riskDiscounted,
    urgent: lower(t.urgent),
  };
  if (t.riskOutlook !== undefined) out.riskOutlook = lower(t.riskOutlook);
  if (t.riskBare !== undefined) out.riskBare = lower(t.riskBare);
  if (t.urgentAlone !== undefined) out.urgentAlone = lower(t.urgentAlone);
  if (t.riskShort !== undefined) out.riskShort = lower(t.riskShort);
  if (t.riskTitle !== undefined) out.riskTitle = lower(t.riskTitle);
  return out;
}

/** Signs a high context lifts from concern to urgent. */
export const LIFTED_BY_CONTEXT: ReadonlySet<CrisisSign> = new Set(['wish-dead', 'active-thoughts', 'hopelessness', 'burden']);
