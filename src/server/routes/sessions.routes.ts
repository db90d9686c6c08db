import { CreateSessionBody, IdParams, TherapySession, TherapySessionList, UpdateSessionBody } from '../../domain/api/schemas.ts';
import { listSessions, readSession, scheduleSession, updateSession } from '../../services/sessions/sessions.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Therapy sessions: scheduled → in progress → completed (or cancelled). */
export function sessionRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/clients/:id/sessions',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'session.list' },
      schema: { tags: ['sessions'], summary: "A client's sessions, newest first", params: IdParams, response: { 200: TherapySessionList } },
    },
    async (req) => ({ sessions: await listSessions(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );

  app.post(
    '/api/clients/:id/sessions',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'session.create' },
      schema: { tags: ['sessions'], summary: 'Schedule a session', params: IdParams, body: CreateSessionBody, response: { 201: TherapySession } },
    },
    async (req, reply) => {
      const s = await scheduleSession(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      req.auditNote.targetId = s.id;
      return reply.status(201).send(s);
    },
  );

  app.get(
    '/api/sessions/:id',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'session', param: 'id' }, audit: 'session.read' },
      schema: { tags: ['sessions'], summary: 'One session', params: IdParams, response: { 200: TherapySession } },
    },
    async (req) => readSession(deps, requireActor(req.actor), subjectWith(req.subject, 'session')),
  );

  app.patch(
    '/api/sessions/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'session', param: 'id' }, audit: 'session.update' },
      schema: {
        tags: ['sessions'],
        summary: 'Start, complete, cancel or reschedule a session',
        params: IdParams,
        body: UpdateSessionBody,
        response: { 200: TherapySession },
      },
    },
    async (req) => {
      const out = await updateSession(deps, requireActor(req.actor), subjectWith(req.subject, 'session'), req.body);
      req.auditNote.detail = { from: out.from, to: out.to };
      return out.session;
    },
  );
}
