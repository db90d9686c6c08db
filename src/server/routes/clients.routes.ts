import { randomUUID } from 'node:crypto';
import { AuditList, CaseloadQuery, Client, ClientList, CreateClientBody, EraseBody, IdParams, Ok, UpdateClientBody } from '../../domain/api/schemas.ts';
import { HttpError } from '../errors.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { clientDto, iso } from '../dto.ts';

/** The caseload: a therapist's clients. Clients read their own record. */
export function clientRoutes(app: App, { store, clock }: Deps): void {
  const withCount = async (c: Parameters<typeof clientDto>[0]) => clientDto(c, await store.artworks.countForClient(c.id));

  app.get(
    '/api/clients',
    {
      config: { access: { roles: ['therapist'] }, audit: 'caseload.list' },
      schema: { tags: ['clients'], summary: "The signed-in therapist's caseload", querystring: CaseloadQuery, response: { 200: ClientList } },
    },
    async (req) => {
      const all = await store.clients.listForTherapist(req.actor!.userId, true);
      const archived = req.query.archived === 'true';
      const clients = all.filter((c) => (archived ? true : c.status === 'active'));
      req.auditNote.detail = { clientIds: clients.map((c) => c.id) };
      return { clients: await Promise.all(clients.map(withCount)) };
    },
  );

  app.post(
    '/api/clients',
    { config: { access: { roles: ['therapist'] }, audit: 'client.create' }, schema: { tags: ['clients'], summary: 'Add a client to the caseload', body: CreateClientBody, response: { 201: Client } } },
    async (req, reply) => {
      const client = await store.clients.create({
        id: randomUUID(),
        therapistId: req.actor!.userId,
        displayName: req.body.displayName,
        pronouns: req.body.pronouns?.trim() || null,
        goals: req.body.goals ?? '',
        createdAt: clock(),
      });
      req.subject = { client };
      req.auditNote.targetId = client.id;
      return reply.status(201).send(clientDto(client, 0));
    },
  );

  app.get(
    '/api/clients/:id',
    { config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'client.read' }, schema: { tags: ['clients'], summary: 'One client record', params: IdParams, response: { 200: Client } } },
    async (req) => withCount(requireSubject(req.subject).client),
  );

  app.patch(
    '/api/clients/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'client.update' },
      schema: { tags: ['clients'], summary: 'Change name, pronouns, goals, or archive/restore', params: IdParams, body: UpdateClientBody, response: { 200: Client } },
    },
    async (req) => {
      const updated = await store.clients.update(requireSubject(req.subject).client.id, req.body, clock());
      req.auditNote.detail = { fields: Object.keys(req.body) };
      return withCount(updated);
    },
  );

  app.delete(
    '/api/clients/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'client.archive' },
      schema: { tags: ['clients'], summary: 'Archive a client (their record and work are kept; restore with PATCH status=active)', params: IdParams, response: { 200: Client } },
    },
    async (req) => withCount(await store.clients.update(requireSubject(req.subject).client.id, { status: 'archived' }, clock())),
  );

  app.post(
    '/api/clients/:id/erase',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, reauth: true },
      schema: { tags: ['clients'], summary: "Erase a client for good: their data key is destroyed, then their records, files and login are deleted", params: IdParams, body: EraseBody, response: { 200: Ok } },
    },
    async (req) => {
      const client = requireSubject(req.subject).client;
      if (req.body.confirmName.trim() !== client.displayName) throw new HttpError('invalid_request', `Type the client's name exactly ("${client.displayName}") to confirm.`);
      const files = await store.clients.erase(client.id, (tx) => store.vault.destroy(client.id, tx));
      await Promise.all(files.map((k) => store.blobs.delete(k).catch(() => undefined)));
      // The audit entry keeps only the pseudonymous id: the client's name is gone with the record.
      await store.audit.append({ actorId: req.actor!.userId, actorRole: req.actor!.role, action: 'client.erase', clientId: client.id, targetType: 'client', targetId: client.id, detail: { files: files.length } });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/clients/:id/audit',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'audit.read' },
      schema: { tags: ['clients'], summary: "Who accessed this client's record, newest first", params: IdParams, response: { 200: AuditList } },
    },
    async (req) => {
      const entries = await store.audit.listForClient(requireSubject(req.subject).client.id);
      const names = new Map<string, string>();
      for (const e of entries) {
        if (e.actorId && !names.has(e.actorId)) names.set(e.actorId, (await store.users.byId(e.actorId))?.displayName ?? 'Unknown user');
      }
      return {
        entries: entries.map((e) => ({
          seq: e.seq,
          at: iso(e.at),
          actorName: e.actorId ? (names.get(e.actorId) ?? 'Unknown user') : 'System',
          actorRole: e.actorRole,
          action: e.action,
          targetType: e.targetType,
          targetId: e.targetId,
        })),
      };
    },
  );
}
