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
import { announceAlerts } from '../jobs/alert-events.ts';
import type { EventBus } from '../jobs/event-bus.ts';
import { randomUUID } from 'node:crypto';
import type { AlertSource } from '../../domain/index.ts';
import { DEFAULT_CRISIS_RESOURCES } from '../../domain/crisis-resources.ts';
import type { CrisisResources } from '../../domain/crisis-resources.ts';
import { isMeasureId, measureDefinition } from '../../domain/measures/index.ts';
import { alertReasons, screenText } from '../../engines/safety/index.ts';
import type { CrisisLevel, CrisisScreen, ScreenContext } from '../../engines/safety/index.ts';
import { screenWithModel } from '../../backends/crisis-model.backend.ts';
import type { CrisisModel } from '../../backends/crisis-model.backend.ts';
import type { ClientRecord } from '../../store/index.ts';
import type { StoreDeps } from '../context.ts';
import { crisisResourcesFor } from '../practice/crisis-resources.service.ts';

/** What the client is shown at once after a positive screen (the API's `crisis` field). */
export interface CrisisNotice {
  level: Exclude<CrisisLevel, 'none'>;
  heading: string;
  message: string;
  contacts: { label: string; detail: string }[];
}

/** The crisis notice for a level, with the given crisis resources (the client's region's: `crisisResourcesFor`). */
export function crisisNotice(level: CrisisNotice['level'], resources: CrisisResources = DEFAULT_CRISIS_RESOURCES): CrisisNotice {
  return {
    level,
    heading: resources.heading,
    message: resources.message,
    contacts: resources.contacts.map((c) => ({ ...c })),
  };
}

/**
 * What the screen weighs besides the words: the client's recent answers to a measure's safety
 * item (PHQ-9 item 9) and their recent alerts. Built here, at the one call site, so the engine
 * stays pure; the engine turns it into plain-words reasons ("PHQ-9 item 9 was 2 …").
 */
export interface ScreeningContext {
  /** Safety-item answers above 0 in the last `CONTEXT_DAYS`, newest first. */
  recentSafetyAnswers: { measure: string; answer: number; at: Date }[];
  /** Alerts raised for this client in the last `CONTEXT_DAYS`. */
  recentAlerts: number;
  /** What the engine reads (`screenText(text, context)`). */
  engine: ScreenContext;
}

/** The engine's own window for "a recent alert" is 30 days (7 for "high"); look as far back. */
const CONTEXT_DAYS = 30;

export async function screeningContext({ store, clock }: StoreDeps, client: ClientRecord): Promise<ScreeningContext> {
  const now = clock().getTime();
  const since = new Date(now - CONTEXT_DAYS * 86_400_000);
  const [measures, recent] = await Promise.all([store.clinical.measures(client.id, since), store.clinical.alertLevelsSince(client.id, since)]);
  const recentSafetyAnswers = measures
    .filter((m) => isMeasureId(m.measure))
    .flatMap((m) => {
      const item = measureDefinition(m.measure).safetyItem;
      const answer = item ? m.answers[item.index] : undefined;
      return item && answer !== undefined && answer > item.above ? [{ measure: m.measure, answer, at: m.createdAt }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  // The most telling recent alert: the latest urgent one if any, else the latest concern (`recent` is newest first).
  const telling = recent.find((a) => a.level === 'urgent') ?? recent.find((a) => a.level === 'concern');
  const phq9 = recentSafetyAnswers.filter((a) => a.measure === 'phq9').map((a) => a.answer);
  const engine: ScreenContext = {
    ...(phq9.length > 0 ? { phq9Item9: Math.max(...phq9) } : {}),
    ...(telling ? { recentLevel: telling.level, recentAlertDays: Math.max(0, Math.floor((now - telling.createdAt.getTime()) / 86_400_000)) } : {}),
  };
  return { recentSafetyAnswers, recentAlerts: recent.length, engine };
}

/** The deps of a screen: the store, the clock and, when the clinic configured one, its crisis model. */
export interface ScreeningDeps extends StoreDeps {
  /** Where a new alert is announced to badges on every node (absent: nobody is told at once). */
  bus?: EventBus;
  /** The clinic's language model (HEARTH_CRISIS_MODEL=on): may raise a level, never lower one. */
  crisisModel?: CrisisModel | null;
}

const modelScreens = new Set<Promise<void>>();

/** Waits for the crisis-model reads still running in the background (tests, clean shutdown). */
export async function settleModelScreens(): Promise<void> {
  while (modelScreens.size > 0) await Promise.all([...modelScreens]);
}

const LEVEL_RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, urgent: 2 };

/**
 * Screens the words one write stored for a client (`texts`: the fields of that write; empty and
 * missing ones are skipped), with the client's recent context. A positive screen stores ONE alert
 * for the record (`source`, `sourceId`) with the highest level, every category and every reason,
 * and returns the notice to show at once; otherwise null.
 *
 * With a crisis model configured and the client's external-AI consent, the model then reads each
 * text in the background (the rule and statistical alert never waits for it); where it reads more
 * risk than the screen did, a second alert records the model's level and reason.
 */
export async function screenClientText(
  deps: ScreeningDeps,
  client: ClientRecord,
  source: AlertSource,
  sourceId: string,
  texts: readonly (string | null | undefined)[],
): Promise<CrisisNotice | null> {
  const words = texts.filter((t): t is string => typeof t === 'string' && t.trim().length > 0);
  if (words.length === 0) return null;
  const { engine } = await screeningContext(deps, client);
  const screens = words.map((text) => ({ text, screen: screenText(text, engine) }));
  const positive = screens.map((s) => s.screen).filter((r) => r.level !== 'none');
  const level: CrisisLevel = positive.some((r) => r.level === 'urgent') ? 'urgent' : positive.length > 0 ? 'concern' : 'none';
  if (positive.length > 0) {
    const categories = [...new Set(positive.flatMap((r) => [...r.categories]))];
    const reasons = [...new Set(positive.flatMap((r) => alertReasons(r)))];
    await deps.store.clinical.addAlert({
      id: randomUUID(),
      clientId: client.id,
      source,
      sourceId,
      level: level as CrisisNotice['level'],
      categories,
      reasons,
      createdAt: deps.clock(),
    });
    announceAlerts(deps, client.id);
  }
  if (deps.crisisModel && level !== 'urgent') {
    const task = raiseByModel(deps, client, source, sourceId, screens, level).catch(() => undefined);
    modelScreens.add(task);
    void task.finally(() => modelScreens.delete(task));
  }
  return level === 'none' ? null : crisisNotice(level, await crisisResourcesFor(deps.store, client.id));
}

async function raiseByModel(
  deps: ScreeningDeps,
  client: ClientRecord,
  source: AlertSource,
  sourceId: string,
  screens: readonly { text: string; screen: CrisisScreen }[],
  level: CrisisLevel,
): Promise<void> {
  const externalAiConsent = await deps.store.consents.has(client.id, 'external_ai');
  if (!externalAiConsent) return;
  const raised = await Promise.all(screens.map((s) => screenWithModel(s.screen, s.text, { model: deps.crisisModel ?? null, externalAiConsent })));
  const higher = raised.filter((r) => LEVEL_RANK[r.level] > LEVEL_RANK[level]);
  if (higher.length === 0) return;
  const top: CrisisNotice['level'] = higher.some((r) => r.level === 'urgent') ? 'urgent' : 'concern';
  const categories = [...new Set(higher.flatMap((r) => [...r.categories]))];
  const reasons = [...new Set(higher.flatMap((r) => alertReasons(r)))];
  await deps.store.clinical.addAlert({ id: randomUUID(), clientId: client.id, source, sourceId, level: top, categories, reasons, createdAt: deps.clock() });
  announceAlerts(deps, client.id);
}

/** Raises the urgent alert for a measure's safety item (PHQ-9 item 9 above 0) and returns the notice. */
export async function raiseSafetyItemAlert(
  deps: Pick<StoreDeps, 'store'> & { bus?: EventBus },
  client: ClientRecord,
  responseId: string,
  reason: string,
  at: Date,
): Promise<CrisisNotice> {
  const { store } = deps;
  await store.clinical.addAlert({
    id: randomUUID(),
    clientId: client.id,
    source: 'measure',
    sourceId: responseId,
    level: 'urgent',
    categories: ['suicide'],
    reasons: [reason],
    createdAt: at,
  });
  announceAlerts(deps, client.id);
  return crisisNotice('urgent', await crisisResourcesFor(store, client.id));
}
