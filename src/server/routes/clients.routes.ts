import { AuditList, CaseloadQuery, Client, ClientList, CreateClientBody, EraseBody, IdParams, Ok, UpdateClientBody } from '../../domain/api/schemas.ts';
import { accessHistory, addClient, archiveClient, caseload, eraseClient, readClient, updateClient } from '../../services/clients/clients.service.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** The caseload: a therapist's clients. Clients read their own record. */
export function clientRoutes(app: App, deps: Deps): void {
  const THERAPIST = { roles: ['therapist'] as const, scope: 'client' as const, param: 'id' };
  const BOTH = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };

  app.get(
    '/api/clients',
    {
      config: { access: { roles: ['therapist'] }, audit: 'caseload.list' },
      schema: { tags: ['clients'], summary: "The signed-in therapist's caseload", querystring: CaseloadQuery, response: { 200: ClientList } },
    },
    async (req) => {
      const clients = await caseload(deps, requireActor(req.actor), { archived: req.query.archived === 'true' });
      req.auditNote.detail = { clientIds: clients.map((c) => c.id) };
      return { clients };
    },
  );

  app.post(
    '/api/clients',
    {
      config: { access: { roles: ['therapist'] }, audit: 'client.create' },
      schema: { tags: ['clients'], summary: 'Add a client to the caseload', body: CreateClientBody, response: { 201: Client } },
    },
    async (req, reply) => {
      const { dto, record } = await addClient(deps, requireActor(req.actor), req.body);
      req.subject = { client: record };
      req.auditNote.targetId = dto.id;
      return reply.status(201).send(dto);
    },
  );

  app.get(
    '/api/clients/:id',
    {
      config: { access: BOTH, audit: 'client.read' },
      schema: { tags: ['clients'], summary: 'One client record', params: IdParams, response: { 200: Client } },
    },
    async (req) => readClient(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.patch(
    '/api/clients/:id',
    {
      config: { access: THERAPIST, audit: 'client.update' },
      schema: {
        tags: ['clients'],
        summary: 'Change name, pronouns, goals, or archive/restore',
        params: IdParams,
        body: UpdateClientBody,
        response: { 200: Client },
      },
    },
    async (req) => {
      req.auditNote.detail = { fields: Object.keys(req.body) };
      return updateClient(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
    },
  );

  app.delete(
    '/api/clients/:id',
    {
      config: { access: THERAPIST, audit: 'client.archive' },
      schema: {
        tags: ['clients'],
        summary: 'Archive a client (their record and work are kept; restore with PATCH status=active)',
        params: IdParams,
        response: { 200: Client },
      },
    },
    async (req) => archiveClient(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.post(
    '/api/clients/:id/erase',
    {
      config: { access: THERAPIST, reauth: true },
      schema: {
        tags: ['clients'],
        summary: 'Erase a client for good: their data key is destroyed, then their records, files and login are deleted',
        params: IdParams,
        body: EraseBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await eraseClient(deps, requireActor(req.actor), requireSubject(req.subject), req.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:id/audit',
    {
      config: { access: BOTH, audit: 'audit.read' },
      schema: { tags: ['clients'], summary: "Who accessed this client's record, newest first", params: IdParams, response: { 200: AuditList } },
    },
    async (req) => ({ entries: await accessHistory(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );
}
