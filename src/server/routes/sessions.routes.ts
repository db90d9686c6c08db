import { randomUUID } from 'node:crypto';
import { CreateSessionBody, IdParams, TherapySession, TherapySessionList, UpdateSessionBody } from '../../domain/api/schemas.ts';
import { canMoveSession, sessionTransitionError } from '../../domain/index.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { sessionDto } from '../dto.ts';
import { HttpError } from '../errors.ts';

/** Therapy sessions: scheduled → in progress → completed (or cancelled). */
export function sessionRoutes(app: App, { store, clock }: Deps): void {
  app.get(
    '/api/clients/:id/sessions',
    { config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'session.list' }, schema: { tags: ['sessions'], summary: "A client's sessions, newest first", params: IdParams, response: { 200: TherapySessionList } } },
    async (req) => ({ sessions: (await store.therapySessions.listForClient(requireSubject(req.subject).client.id)).map(sessionDto) }),
  );

  app.post(
    '/api/clients/:id/sessions',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'session.create' },
      schema: { tags: ['sessions'], summary: 'Schedule a session', params: IdParams, body: CreateSessionBody, response: { 201: TherapySession } },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      if (client.status === 'archived') throw new HttpError('conflict', `${client.displayName} is archived; restore them before scheduling.`);
      const s = await store.therapySessions.create({
        id: randomUUID(),
        clientId: client.id,
        therapistId: req.actor!.userId,
        kind: req.body.kind ?? 'individual',
        title: req.body.title ?? '',
        scheduledAt: new Date(req.body.scheduledAt),
        createdAt: clock(),
      });
      req.auditNote.targetId = s.id;
      return reply.status(201).send(sessionDto(s));
    },
  );

  app.get(
    '/api/sessions/:id',
    { config: { access: { roles: ['therapist', 'client'], scope: 'session', param: 'id' }, audit: 'session.read' }, schema: { tags: ['sessions'], summary: 'One session', params: IdParams, response: { 200: TherapySession } } },
    async (req) => sessionDto(requireSubject(req.subject).session!),
  );

  app.patch(
    '/api/sessions/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'session', param: 'id' }, audit: 'session.update' },
      schema: { tags: ['sessions'], summary: 'Start, complete, cancel or reschedule a session', params: IdParams, body: UpdateSessionBody, response: { 200: TherapySession } },
    },
    async (req) => {
      const current = requireSubject(req.subject).session!;
      if (req.body.status && !canMoveSession(current.status, req.body.status)) throw new HttpError('conflict', sessionTransitionError(current.status, req.body.status));
      const updated = await store.therapySessions.update(current.id, { status: req.body.status, title: req.body.title, scheduledAt: req.body.scheduledAt ? new Date(req.body.scheduledAt) : undefined }, clock());
      req.auditNote.detail = { from: current.status, to: updated.status };
      return sessionDto(updated);
    },
  );
}
