/** Therapy sessions: scheduled → in progress → completed (or cancelled). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateSessionBody, TherapySession, UpdateSessionBody } from '../../domain/api/schemas.ts';
import { canMoveSession } from '../../domain/index.ts';
import { sessionTransitionText } from '../refusals.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { sessionDto } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { sessionMoved, setSessionReminders } from '../reminders/reminders.service.ts';

type SessionDto = z.infer<typeof TherapySession>;

export async function listSessions({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<SessionDto[]> {
  return (await store.therapySessions.listForClient(client.id)).map(sessionDto);
}

export async function scheduleSession(deps: StoreDeps, actor: Actor, { client }: Subject, input: z.output<typeof CreateSessionBody>): Promise<SessionDto> {
  const { store, clock } = deps;
  if (client.status === 'archived') throw new HttpError('conflict', em('errors:sessions.archivedRestoreThemBefore', { displayName: client.displayName }));
  const s = await store.therapySessions.create({
    id: randomUUID(),
    clientId: client.id,
    therapistId: actor.userId,
    kind: input.kind ?? 'individual',
    title: input.title ?? '',
    scheduledAt: new Date(input.scheduledAt),
    createdAt: clock(),
  });
  await setSessionReminders(deps, s, input.reminders);
  return sessionDto(s);
}

/** Start, complete, cancel or reschedule; `from`/`to` for the audit entry. */
export async function updateSession(
  deps: StoreDeps,
  _actor: Actor,
  { session }: With<'session'>,
  input: z.output<typeof UpdateSessionBody>,
): Promise<{ session: SessionDto; from: string; to: string }> {
  const { store, clock } = deps;
  if (input.status && !canMoveSession(session.status, input.status)) throw new HttpError('conflict', sessionTransitionText(session.status, input.status));
  const updated = await store.therapySessions.update(
    session.id,
    { status: input.status, title: input.title, scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined },
    clock(),
  );
  // Reminders follow the session's time (computed on read); a new time is news to the client.
  if (input.reminders !== undefined) await setSessionReminders(deps, updated, input.reminders);
  else if (updated.scheduledAt.getTime() !== session.scheduledAt.getTime()) await sessionMoved(deps, session.id);
  return { session: sessionDto(updated), from: session.status, to: updated.status };
}

export function readSession(_deps: StoreDeps, _actor: Actor, { session }: With<'session'>): SessionDto {
  return sessionDto(session);
}
