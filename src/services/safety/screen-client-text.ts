/**
 * The one place client words are screened for crisis language. Every service write that stores
 * words in the client's voice calls `screenClientText` with them: a positive screen stores an
 * alert for the therapist and returns the crisis notice the person at the screen must see at
 * once (shown with, never instead of, the therapist's own plan). `src/services/safety/
 * screening.test.ts` walks every write route of the API and fails for a free-text field that is
 * neither screened here nor exempted with a reason.
 *
 * Whose words are screened: words in the client's voice on the client's record — check-in notes,
 * reflections, homework answers, studio prompts and negative prompts, artwork titles, music
 * descriptions — whoever types them. In a session a therapist often types what the client says
 * (a prompt, a title, a reflection they dictate), so those fields are screened for the
 * therapist too, and the therapist sees the notice. The therapist's own words about the client
 * (session notes, plans, homework notes, alert acknowledgements, directives, the profile) are
 * not the client's words and are not screened.
 */
import { randomUUID } from 'node:crypto';
import type { AlertSource } from '../../domain/index.ts';
import { DEFAULT_CRISIS_RESOURCES } from '../../domain/crisis-resources.ts';
import { isMeasureId, measureDefinition } from '../../domain/measures/index.ts';
import { alertReasons, screenText } from '../../engines/safety/index.ts';
import type { CrisisLevel, CrisisScreen } from '../../engines/safety/index.ts';
import type { ClientRecord } from '../../store/index.ts';
import type { StoreDeps } from '../context.ts';

/** What the client is shown at once after a positive screen (the API's `crisis` field). */
export interface CrisisNotice {
  level: Exclude<CrisisLevel, 'none'>;
  heading: string;
  message: string;
  contacts: { label: string; detail: string }[];
}

/** The crisis notice for a level, with the practice's crisis resources. */
export function crisisNotice(level: CrisisNotice['level']): CrisisNotice {
  return { level, heading: DEFAULT_CRISIS_RESOURCES.heading, message: DEFAULT_CRISIS_RESOURCES.message, contacts: DEFAULT_CRISIS_RESOURCES.contacts.map((c) => ({ ...c })) };
}

/**
 * What the next version of the screen weighs besides the words (src/engines/safety is being
 * extended to take it): the client's recent answers to a measure's safety item (PHQ-9 item 9)
 * and their recent alerts. Built here, at the one call site, so the engine stays pure.
 */
export interface ScreeningContext {
  /** Safety-item answers above 0 in the last `CONTEXT_DAYS`, newest first. */
  recentSafetyAnswers: { measure: string; answer: number; at: Date }[];
  /** Alerts raised for this client in the last `CONTEXT_DAYS`. */
  recentAlerts: number;
}

const CONTEXT_DAYS = 14;

export async function screeningContext({ store, clock }: StoreDeps, client: ClientRecord): Promise<ScreeningContext> {
  const since = clock().getTime() - CONTEXT_DAYS * 86_400_000;
  const [measures, alerts] = await Promise.all([store.clinical.measures(client.id), store.clinical.alertsForTherapist(client.therapistId, true)]);
  const recentSafetyAnswers = measures
    .filter((m) => m.createdAt.getTime() >= since && isMeasureId(m.measure))
    .flatMap((m) => {
      const item = measureDefinition(m.measure).safetyItem;
      const answer = item ? m.answers[item.index] : undefined;
      return item && answer !== undefined && answer > item.above ? [{ measure: m.measure, answer, at: m.createdAt }] : [];
    })
    .reverse();
  return { recentSafetyAnswers, recentAlerts: alerts.filter((a) => a.clientId === client.id && a.createdAt.getTime() >= since).length };
}

/**
 * The single call into the crisis screen. When the engine accepts a context, build it with
 * `screeningContext(deps, client)` here and pass it on; nothing else calls `screenText`.
 */
function screen(text: string): CrisisScreen {
  return screenText(text);
}

/**
 * Screens the words one write stored for a client (`texts`: the fields of that write; empty and
 * missing ones are skipped). A positive screen stores ONE alert for the record (`source`,
 * `sourceId`) with the highest level, every category and every reason, and returns the notice
 * to show at once; otherwise null.
 */
export async function screenClientText(
  { store, clock }: StoreDeps,
  client: ClientRecord,
  source: AlertSource,
  sourceId: string,
  texts: readonly (string | null | undefined)[],
): Promise<CrisisNotice | null> {
  const positive = texts.filter((t): t is string => typeof t === 'string' && t.trim().length > 0).map(screen).filter((r) => r.level !== 'none');
  if (positive.length === 0) return null;
  const level: CrisisNotice['level'] = positive.some((r) => r.level === 'urgent') ? 'urgent' : 'concern';
  const categories = [...new Set(positive.flatMap((r) => [...r.categories]))];
  const reasons = [...new Set(positive.flatMap((r) => alertReasons(r)))];
  await store.clinical.addAlert({ id: randomUUID(), clientId: client.id, source, sourceId, level, categories, reasons, createdAt: clock() });
  return crisisNotice(level);
}

/** Raises the urgent alert for a measure's safety item (PHQ-9 item 9 above 0) and returns the notice. */
export async function raiseSafetyItemAlert({ store }: Pick<StoreDeps, 'store'>, client: ClientRecord, responseId: string, reason: string, at: Date): Promise<CrisisNotice> {
  await store.clinical.addAlert({ id: randomUUID(), clientId: client.id, source: 'measure', sourceId: responseId, level: 'urgent', categories: ['suicide'], reasons: [reason], createdAt: at });
  return crisisNotice('urgent');
}
