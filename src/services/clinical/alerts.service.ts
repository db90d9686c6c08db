/** Crisis alerts across a therapist's caseload: the list, the header badge's count, acknowledgement with a note. */
import type { z } from 'zod';
import type { AcknowledgeAlertBody, AcknowledgedAlert, AlertCount } from '../../domain/api/workspace.schemas.ts';
import type { AlertRecord, ClientRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, With } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { announceAlerts } from '../jobs/alert-events.ts';
import type { EventBus } from '../jobs/event-bus.ts';

type AlertDto = z.infer<typeof AcknowledgedAlert>;

async function alertDtos({ store }: Pick<StoreDeps, 'store'>, alerts: readonly AlertRecord[]): Promise<AlertDto[]> {
  const names = new Map<string, string>();
  const out: AlertDto[] = [];
  for (const a of alerts) {
    if (!names.has(a.clientId)) names.set(a.clientId, (await store.clients.byId(a.clientId))?.displayName ?? '');
    out.push({
      id: a.id,
      clientId: a.clientId,
      clientName: names.get(a.clientId)!,
      source: a.source,
      level: a.level,
      categories: a.categories,
      reasons: a.reasons,
      createdAt: iso(a.createdAt),
      acknowledgedAt: a.acknowledgedAt ? iso(a.acknowledgedAt) : null,
      acknowledgedNote: a.acknowledgedNote,
    });
  }
  return out;
}

/** The therapist's alerts, open ones first (all of them, acknowledged too, with `all`). */
export async function listAlerts(deps: StoreDeps, actor: Actor, input: { all: boolean }): Promise<AlertDto[]> {
  return alertDtos(deps, await deps.store.clinical.alertsForTherapist(actor.userId, input.all));
}

/** One client's alerts, acknowledged too (for their record's export). */
export async function alertsForClient(deps: StoreDeps, actor: Actor, client: ClientRecord): Promise<AlertDto[]> {
  return (await listAlerts(deps, actor, { all: true })).filter((a) => a.clientId === client.id);
}

/** Counts only, no client data (the header badge polls it). */
export async function openAlertCount({ store }: StoreDeps, actor: Actor): Promise<z.infer<typeof AlertCount>> {
  return store.clinical.openAlertCount(actor.userId);
}

export async function acknowledgeAlert(
  deps: StoreDeps & { bus?: EventBus },
  actor: Actor,
  { alert }: With<'alert'>,
  input: z.output<typeof AcknowledgeAlertBody> | undefined,
): Promise<AlertDto> {
  if (alert.acknowledgedAt) throw new HttpError('conflict', em('errors:clinical.alertAlreadyAcknowledged'));
  await deps.store.clinical.acknowledgeAlert(alert.id, actor.userId, deps.clock(), input?.note || null);
  announceAlerts(deps, alert.clientId);
  const [dto] = await alertDtos(deps, [(await deps.store.clinical.alertById(alert.id))!]);
  return dto!;
}
