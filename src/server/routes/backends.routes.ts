import type { z } from 'zod';
import { createImageBackend } from '../../backends/index.ts';
import type { RemoteImageBackendConfig } from '../../backends/index.ts';
import { StudioBackends } from '../../domain/api/jobs.schemas.ts';
import { BackendInfo, BackendList, BackendTest, CreateBackendBody } from '../../domain/api/backends.schemas.ts';
import { IdParams, Ok } from '../../domain/api/schemas.ts';
import type { BackendRecord, Store } from '../../store/index.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';

const dto = (b: BackendRecord): z.infer<typeof BackendInfo> => ({ id: b.id, kind: b.kind, label: b.label, url: b.url, model: b.model, hasCredentials: b.hasSecrets, createdAt: iso(b.createdAt) });

/** Reads a saved server (credentials opened) for `ConfiguredBackends`; unknown ids give undefined. */
export function backendConfigLoader(store: Store): (id: string) => Promise<RemoteImageBackendConfig | undefined> {
  return async (id) => {
    if (!z4uuid.test(id)) return undefined;
    const rec = await store.backends.byId(id);
    if (!rec) return undefined;
    // Every saved server counts as external AI for consent, even on this machine: it is a separate
    // service Hearth does not control (it may keep prompts and pictures).
    return { kind: rec.kind, url: rec.url, model: rec.model ?? undefined, external: true, ...(await store.backends.secrets(rec.id)) };
  };
}
const z4uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Model servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible) the clinic configures. Only
 * addresses saved here are ever contacted — "test connection" takes a saved id, never a URL —
 * and credentials are write-only: sealed at rest, never sent back.
 */
export function backendRoutes(app: App, { store, clock, imageBackend, modelServers }: Deps): void {
  const STAFF = { roles: ['therapist', 'admin'] } as const;

  app.get('/api/backends', { config: { access: STAFF }, schema: { tags: ['backends'], summary: 'Model servers configured for this clinic (credentials are never shown)', response: { 200: BackendList } } }, async () => ({
    backends: (await store.backends.list()).map(dto),
  }));

  app.get(
    '/api/studio/backends',
    { config: { access: { roles: ['therapist', 'client'] } }, schema: { tags: ['studio'], summary: 'Who can make a picture ("Made by"): the built-in engine, then each configured model server (no addresses or credentials)', response: { 200: StudioBackends } } },
    async () => ({
      backends: [
        { id: 'builtin', label: imageBackend.capabilities.label, kind: imageBackend.capabilities.id, external: imageBackend.capabilities.external },
        ...(await store.backends.list()).map((b) => ({ id: b.id, label: b.label, kind: b.kind, external: true })),
      ],
    }),
  );

  app.post(
    '/api/backends',
    { config: { access: STAFF, audit: 'backend.create', reauth: true }, schema: { tags: ['backends'], summary: 'Add a model server; its credentials are sealed with the master key', body: CreateBackendBody, response: { 201: BackendInfo } } },
    async (req, reply) => {
      const b = req.body;
      const id = crypto.randomUUID();
      const rec = await store.backends.create(
        { id, kind: b.kind, label: b.label, url: b.url.replace(/\/+$/, ''), model: b.model ?? null, createdBy: requireActor(req.actor).userId, createdAt: clock() },
        { user: b.user || undefined, password: b.password || undefined, apiKey: b.apiKey || undefined },
      );
      req.auditNote.targetId = id;
      req.auditNote.detail = { kind: b.kind, host: new URL(b.url).host };
      return reply.status(201).send(dto(rec));
    },
  );

  app.delete(
    '/api/backends/:id',
    { config: { access: STAFF, audit: 'backend.delete', reauth: true }, schema: { tags: ['backends'], summary: 'Remove a model server', params: IdParams, response: { 200: Ok } } },
    async (req) => {
      if (!(await store.backends.remove(req.params.id))) throw new HttpError('not_found', 'That model server is not configured.');
      modelServers.forget(req.params.id);
      req.auditNote.targetId = req.params.id;
      return { ok: true as const };
    },
  );

  app.post(
    '/api/backends/:id/test',
    { config: { access: STAFF, audit: 'backend.test' }, schema: { tags: ['backends'], summary: 'Test connection: ask the saved server whether it is ready and has the nodes and models Hearth needs', params: IdParams, response: { 200: BackendTest } } },
    async (req) => {
      const rec = await store.backends.byId(req.params.id);
      if (!rec) throw new HttpError('not_found', 'That model server is not configured.');
      const secrets = await store.backends.secrets(rec.id);
      const backend = createImageBackend({ kind: rec.kind, url: rec.url, model: rec.model ?? undefined, external: true, ...secrets });
      const health = await backend.health();
      req.auditNote.targetId = rec.id;
      req.auditNote.detail = { ok: health.ok };
      return health;
    },
  );
}
