import { BackendList, BackendTest, CreateBackendBody, BackendInfo } from '../../domain/api/backends.schemas.ts';
import { StudioBackends } from '../../domain/api/jobs.schemas.ts';
import { IdParams, Ok } from '../../domain/api/schemas.ts';
import { addModelServer, listModelServers, removeModelServer, studioBackends, testModelServer } from '../../services/backends/model-servers.service.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Model servers the clinic configures (services/backends), and the studio's choice of who makes a picture. */
export function backendRoutes(app: App, deps: Deps): void {
  const STAFF = { roles: ['therapist', 'admin'] } as const;

  app.get(
    '/api/backends',
    {
      config: { access: STAFF },
      schema: { tags: ['backends'], summary: 'My model servers and the practice-wide ones (credentials are never shown)', response: { 200: BackendList } },
    },
    async (req) => listModelServers(deps, requireActor(req.actor)),
  );

  app.get(
    '/api/studio/backends',
    {
      config: { access: { roles: ['therapist', 'client'] } },
      schema: {
        tags: ['studio'],
        summary:
          'Who can make a picture ("Made by"): the built-in engine, then each model server the (client’s) therapist may use (no addresses or credentials)',
        response: { 200: StudioBackends },
      },
    },
    async (req) => ({ backends: await studioBackends(deps, requireActor(req.actor)) }),
  );

  app.post(
    '/api/backends',
    {
      config: { access: STAFF, audit: 'backend.create', reauth: true },
      schema: {
        tags: ['backends'],
        summary: 'Add a model server; its credentials are sealed with the master key',
        body: CreateBackendBody,
        response: { 201: BackendInfo },
      },
    },
    async (req, reply) => {
      const server = await addModelServer(deps, requireActor(req.actor), req.body);
      req.auditNote.targetId = server.id;
      req.auditNote.detail = { kind: server.kind, host: new URL(server.url).host };
      return reply.status(201).send(server);
    },
  );

  app.delete(
    '/api/backends/:id',
    {
      config: { access: STAFF, audit: 'backend.delete', reauth: true },
      schema: { tags: ['backends'], summary: 'Remove a model server', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await removeModelServer(deps, requireActor(req.actor), req.params.id);
      req.auditNote.targetId = req.params.id;
      return { ok: true as const };
    },
  );

  app.post(
    '/api/backends/:id/test',
    {
      config: { access: STAFF, audit: 'backend.test' },
      schema: {
        tags: ['backends'],
        summary: 'Test connection: ask the saved server whether it is ready and has the nodes and models Hearth needs',
        params: IdParams,
        response: { 200: BackendTest },
      },
    },
    async (req) => {
      const health = await testModelServer(deps, requireActor(req.actor), req.params.id);
      req.auditNote.targetId = req.params.id;
      req.auditNote.detail = { ok: health.ok };
      return health;
    },
  );
}
