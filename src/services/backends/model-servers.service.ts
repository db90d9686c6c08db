/**
 * Model servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible: src/domain/backend-kinds.ts)
 * the clinic configures. Only addresses saved here are ever contacted — "test connection" takes
 * a saved id, never a URL — and credentials are write-only: sealed at rest, never sent back.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { createImageBackend } from '../../backends/index.ts';
import type { RemoteImageBackendConfig } from '../../backends/index.ts';
import type { BackendInfo, BackendTest, CreateBackendBody } from '../../domain/api/backends.schemas.ts';
import type { StudioBackends } from '../../domain/api/jobs.schemas.ts';
import type { BackendRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';
import type { ImageBackendDeps } from '../studio/image-backend-choice.ts';

type ServerDto = z.infer<typeof BackendInfo>;

const serverDto = (b: BackendRecord): ServerDto => ({ id: b.id, kind: b.kind, label: b.label, url: b.url, model: b.model, hasCredentials: b.hasSecrets, createdAt: iso(b.createdAt) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a saved server (credentials opened) for `ConfiguredBackends`; unknown ids give undefined. */
export function modelServerLoader(store: Store): (id: string) => Promise<RemoteImageBackendConfig | undefined> {
  return async (id) => {
    if (!UUID.test(id)) return undefined;
    const rec = await store.backends.byId(id);
    if (!rec) return undefined;
    // Every saved server counts as external AI for consent, even on this machine: it is a separate
    // service Hearth does not control (it may keep prompts and pictures).
    return { kind: rec.kind, url: rec.url, model: rec.model ?? undefined, external: true, ...(await store.backends.secrets(rec.id)) };
  };
}

export async function listModelServers({ store }: StoreDeps): Promise<ServerDto[]> {
  return (await store.backends.list()).map(serverDto);
}

/** Who can make a picture ("Made by"): the built-in engine, then each configured server (no addresses or credentials). */
export async function studioBackends({ store, imageBackend }: ImageBackendDeps): Promise<z.infer<typeof StudioBackends>['backends']> {
  const c = imageBackend.capabilities;
  return [{ id: 'builtin', label: c.label, kind: c.id, external: c.external }, ...(await store.backends.list()).map((b) => ({ id: b.id, label: b.label, kind: b.kind, external: true }))];
}

export async function addModelServer({ store, clock }: StoreDeps, actor: Actor, b: z.output<typeof CreateBackendBody>): Promise<ServerDto> {
  const rec = await store.backends.create(
    { id: randomUUID(), kind: b.kind, label: b.label, url: b.url.replace(/\/+$/, ''), model: b.model ?? null, createdBy: actor.userId, createdAt: clock() },
    { user: b.user || undefined, password: b.password || undefined, apiKey: b.apiKey || undefined },
  );
  return serverDto(rec);
}

export async function removeModelServer({ store, modelServers }: Pick<ImageBackendDeps, 'store' | 'modelServers'>, _actor: Actor, id: string): Promise<void> {
  if (!(await store.backends.remove(id))) throw new HttpError('not_found', 'That model server is not configured.');
  modelServers.forget(id);
}

/** Test connection: asks the saved server whether it is ready and has the nodes and models Hearth needs. */
export async function testModelServer({ store }: StoreDeps, _actor: Actor, id: string): Promise<z.infer<typeof BackendTest>> {
  const rec = await store.backends.byId(id);
  if (!rec) throw new HttpError('not_found', 'That model server is not configured.');
  const backend = createImageBackend({ kind: rec.kind, url: rec.url, model: rec.model ?? undefined, external: true, ...(await store.backends.secrets(rec.id)) });
  return backend.health();
}
