/** Therapy sessions: scheduled → in progress → completed (or cancelled). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreateSessionBody, TherapySession, UpdateSessionBody } from '../../domain/api/schemas.ts';
import { canMoveSession } from '../../domain/index.ts';
import { sessionTransitionText } from '../refusals.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { sessionDto } from '../dto.ts';
import { em, HttpError } from '../errors.ts';

type SessionDto = z.infer<typeof TherapySession>;

export async function listSessions({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<SessionDto[]> {
  return (await store.therapySessions.listForClient(client.id)).map(sessionDto);
}

export async function scheduleSession(
  { store, clock }: StoreDeps,
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof CreateSessionBody>,
): Promise<SessionDto> {
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
  return sessionDto(s);
}

/** Start, complete, cancel or reschedule; `from`/`to` for the audit entry. */
export async function updateSession(
  { store, clock }: StoreDeps,
  _actor: Actor,
  { session }: With<'session'>,
  input: z.output<typeof UpdateSessionBody>,
): Promise<{ session: SessionDto; from: string; to: string }> {
  if (input.status && !canMoveSession(session.status, input.status)) throw new HttpError('conflict', sessionTransitionText(session.status, input.status));
  const updated = await store.therapySessions.update(
    session.id,
    { status: input.status, title: input.title, scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined },
    clock(),
  );
  return { session: sessionDto(updated), from: session.status, to: updated.status };
}

export function readSession(_deps: StoreDeps, _actor: Actor, { session }: With<'session'>): SessionDto {
  return sessionDto(session);
}
