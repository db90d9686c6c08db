/**
 * Session reminders inside Hearth (issue 18; never email). The therapist turns them on per session
 * (default: the day before and an hour before). A reminder's due moment is computed on read from
 * the session's current time, so moving a session moves its reminders, cancelling it (or its start)
 * retires them, and a restart loses nothing. The client marks a reminder seen when their home shows
 * it and may dismiss it; the therapist sees which were seen.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DEFAULT_REMINDER_MINUTES } from '../../domain/api/reminders.schemas.ts';
import type { ReminderMarkBody, SessionReminder } from '../../domain/api/reminders.schemas.ts';
import type { SessionReminderRecord, TherapySessionRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { em, HttpError } from '../errors.ts';

const MINUTE_MS = 60_000;

/** When the reminder becomes due. */
export function reminderDueAt(r: Pick<SessionReminderRecord, 'scheduledAt' | 'minutesBefore'>): Date {
  return new Date(r.scheduledAt.getTime() - r.minutesBefore * MINUTE_MS);
}

/** The reminder as the API shows it at `now`. */
export function reminderDto(r: SessionReminderRecord, now: Date): SessionReminder {
  const dueAt = reminderDueAt(r);
  const active = r.sessionStatus === 'scheduled' && now.getTime() < r.scheduledAt.getTime();
  return {
    id: r.id,
    sessionId: r.sessionId,
    minutesBefore: r.minutesBefore,
    scheduledAt: r.scheduledAt.toISOString(),
    dueAt: dueAt.toISOString(),
    due: active && now.getTime() >= dueAt.getTime(),
    active,
    seenAt: r.seenAt?.toISOString() ?? null,
    dismissedAt: r.dismissedAt?.toISOString() ?? null,
  };
}

/** Sets a session's reminders (on create: the default when the therapist said nothing). */
export async function setSessionReminders({ store, clock }: StoreDeps, session: TherapySessionRecord, minutes: readonly number[] | undefined): Promise<void> {
  await store.reminders.replaceForSession(session, minutes ?? DEFAULT_REMINDER_MINUTES, randomUUID, clock());
}

/** After a session's time changed: the reminders follow it, and the client has not seen the new time. */
export async function sessionMoved({ store }: StoreDeps, sessionId: string): Promise<void> {
  await store.reminders.resetForSession(sessionId);
}

/** One session's reminders with their seen/dismissed state (the therapist's view). */
export async function listSessionReminders({ store, clock }: StoreDeps, sessionId: string): Promise<SessionReminder[]> {
  const now = clock();
  return (await store.reminders.listForSession(sessionId)).map((r) => reminderDto(r, now));
}

/**
 * Every reminder of a client's sessions, soonest session first, with `due`/`active` at this moment
 * (the same for the client and the therapist; it is also the export's `reminders` section). The
 * client's home shows those `due` and not dismissed.
 */
export async function listClientReminders({ store, clock }: StoreDeps, _actor: Actor, { client }: Subject): Promise<SessionReminder[]> {
  const now = clock();
  return (await store.reminders.listForClient(client.id)).map((r) => reminderDto(r, now));
}

/** The client saw (or dismissed) one of their reminders. Another client's reminder is not found. */
export async function markReminder(
  deps: StoreDeps,
  _actor: Actor,
  { client }: Subject,
  reminderId: string,
  input: z.output<typeof ReminderMarkBody>,
): Promise<SessionReminder> {
  const r = await deps.store.reminders.byId(reminderId);
  if (!r || r.clientId !== client.id) throw new HttpError('not_found', em('errors:reminders.reminderNotFound'));
  await deps.store.reminders.mark(r.id, input.state, deps.clock());
  return reminderDto((await deps.store.reminders.byId(r.id))!, deps.clock());
}
