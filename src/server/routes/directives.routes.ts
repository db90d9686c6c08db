import { DirectiveParams, IdParams } from '../../domain/api/schemas.ts';
import {
  AttachDirectiveBody,
  DirectiveInput,
  DirectiveSearchQuery,
  DirectiveUpdate,
  SessionDirectiveList,
  SessionDirectiveParams,
  WorkspaceDirective,
  WorkspaceDirectiveList,
} from '../../domain/api/workspace.schemas.ts';
import {
  createDirective,
  duplicateDirective,
  planDirective,
  readDirective,
  searchDirectiveCatalogue,
  sessionDirectives,
  unplanDirective,
  updateDirective,
} from '../../services/directives/directives.service.ts';
import { requireActor, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const SESSION = { roles: ['therapist'] as const, scope: 'session' as const, param: 'id' };

/** The directive catalogue, therapists' own directives, and directives planned for a session. */
export function directiveRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/directives',
    {
      config: { access: { roles: ['therapist'] } },
      schema: {
        tags: ['directives'],
        summary: 'Search the catalogue and my own directives',
        querystring: DirectiveSearchQuery,
        response: { 200: WorkspaceDirectiveList },
      },
    },
    async (req) => ({
      directives: await searchDirectiveCatalogue(deps, requireActor(req.actor), req.query),
    }),
  );

  app.get(
    '/api/directives/:directiveId',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: { tags: ['directives'], summary: 'One directive', params: DirectiveParams, response: { 200: WorkspaceDirective } },
    },
    async (req) => readDirective(deps, requireActor(req.actor), req.params.directiveId),
  );

  app.post(
    '/api/directives',
    {
      config: { access: { roles: ['therapist'] } },
      schema: { tags: ['directives'], summary: 'Write my own directive (private to me)', body: DirectiveInput, response: { 201: WorkspaceDirective } },
    },
    async (req, reply) => reply.status(201).send(await createDirective(deps, requireActor(req.actor), req.body)),
  );

  app.post(
    '/api/directives/:directiveId/duplicate',
    {
      config: { access: { roles: ['therapist'] } },
      schema: {
        tags: ['directives'],
        summary: 'Copy a directive into my own, editable directives',
        params: DirectiveParams,
        response: { 201: WorkspaceDirective },
      },
    },
    async (req, reply) => reply.status(201).send(await duplicateDirective(deps, requireActor(req.actor), req.params.directiveId)),
  );

  app.patch(
    '/api/directives/:directiveId',
    {
      config: { access: { roles: ['therapist'] } },
      schema: {
        tags: ['directives'],
        summary: 'Edit one of my own directives',
        params: DirectiveParams,
        body: DirectiveUpdate,
        response: { 200: WorkspaceDirective },
      },
    },
    async (req) => updateDirective(deps, requireActor(req.actor), req.params.directiveId, req.body),
  );

  app.get(
    '/api/sessions/:id/directives',
    {
      config: { access: SESSION, audit: 'session.plan.read' },
      schema: { tags: ['directives'], summary: 'Directives planned for this session', params: IdParams, response: { 200: SessionDirectiveList } },
    },
    async (req) => sessionDirectives(deps, requireActor(req.actor), subjectWith(req.subject, 'session')),
  );

  app.post(
    '/api/sessions/:id/directives',
    {
      config: { access: SESSION, audit: 'session.plan' },
      schema: {
        tags: ['directives'],
        summary: 'Plan a directive for this session',
        params: IdParams,
        body: AttachDirectiveBody,
        response: { 201: SessionDirectiveList },
      },
    },
    async (req, reply) => {
      const subject = subjectWith(req.subject, 'session');
      req.auditNote.targetId = subject.session.id;
      return reply.status(201).send(await planDirective(deps, requireActor(req.actor), subject, req.body));
    },
  );

  app.delete(
    '/api/sessions/:id/directives/:directiveId',
    {
      config: { access: SESSION, audit: 'session.plan.remove' },
      schema: {
        tags: ['directives'],
        summary: 'Take a directive off this session’s plan',
        params: SessionDirectiveParams,
        response: { 200: SessionDirectiveList },
      },
    },
    async (req) => unplanDirective(deps, requireActor(req.actor), subjectWith(req.subject, 'session'), req.params.directiveId),
  );
}
