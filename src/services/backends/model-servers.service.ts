/**
 * Model servers (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible: src/domain/backend-kinds.ts)
 * the clinic configures. Only addresses saved here are ever contacted — "test connection" takes
 * a saved id, never a URL — and credentials are write-only: sealed at rest, never sent back.
 *
 * Each server has an owner. A therapist sees, tests and uses their own servers and the
 * practice-wide ones (which only the practice owner or an operator may add or remove); anyone
 * else's are not there for them (404). A client is offered only what their own therapist may use.
 * Operators see and manage every server.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { createImageBackend } from '../../backends/index.ts';
import type { RemoteImageBackendConfig } from '../../backends/index.ts';
import type { BackendInfo, BackendList, BackendTest, CreateBackendBody } from '../../domain/api/backends.schemas.ts';
import type { StudioBackends } from '../../domain/api/jobs.schemas.ts';
import { modelServerKind } from '../../domain/backend-kinds.ts';
import type { ModelFileKey } from '../../domain/backend-kinds.ts';
import type { BackendRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { isPracticeOwner } from '../practice/practice.service.ts';
import type { ImageBackendDeps } from '../studio/image-backend-choice.ts';

type ServerDto = z.infer<typeof BackendInfo>;

/** The model files a server runs: its own names, else the kind's defaults (the showcase's). */
function filesOf(b: Pick<BackendRecord, 'kind' | 'modelFiles'>): Partial<Record<ModelFileKey, string | null>> {
  return Object.fromEntries(modelServerKind(b.kind).files.map((f) => [f.key, b.modelFiles[f.key] ?? f.default]));
}
/** The names to send: only those the server's settings chose (the adapters default to the showcase's). */
const chosenFiles = (b: Pick<BackendRecord, 'modelFiles'>) => ({ ...b.modelFiles });

const serverDto = (b: BackendRecord, editable: boolean): ServerDto => ({
  id: b.id,
  kind: b.kind,
  label: b.label,
  url: b.url,
  model: b.model,
  files: filesOf(b),
  hasCredentials: b.hasSecrets,
  createdAt: iso(b.createdAt),
  practiceWide: b.practiceWide,
  editable,
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a saved server (credentials opened) for `ConfiguredBackends`; unknown ids give undefined. */
export function modelServerLoader(store: Store): (id: string) => Promise<RemoteImageBackendConfig | undefined> {
  return async (id) => {
    if (!UUID.test(id)) return undefined;
    const rec = await store.backends.byId(id);
    if (!rec) return undefined;
    // Every saved server counts as external AI for consent, even on this machine: it is a separate
    // service Hearth does not control (it may keep prompts and pictures).
    return { kind: rec.kind, url: rec.url, model: rec.model ?? undefined, files: chosenFiles(rec), external: true, ...(await store.backends.secrets(rec.id)) };
  };
}

/** Whether a client of `therapistId` may have pictures made by this server: their therapist's own, or practice-wide. */
export const serverUsableFor = (b: BackendRecord, therapistId: string): boolean => b.practiceWide || b.ownerId === therapistId;

/** Whether the actor sees this server at all (everyone else gets "not configured"). */
function visibleTo(actor: Actor, b: BackendRecord, practiceOwner: boolean): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'therapist') return false;
  // A server without an owner (its owner is gone) is looked after by the practice owner.
  return serverUsableFor(b, actor.userId) || (b.ownerId === null && practiceOwner);
}

/** Whether the actor may remove it: its owner; for practice-wide or ownerless servers the practice owner; operators always. */
function editableBy(actor: Actor, b: BackendRecord, practiceOwner: boolean): boolean {
  if (actor.role === 'admin') return true;
  if (b.ownerId === actor.userId) return true;
  return (b.practiceWide || b.ownerId === null) && practiceOwner;
}

const notConfigured = () => new HttpError('not_found', em('errors:backends.modelServerConfigured'));

/** A saved server the actor may see, or 404 exactly like an id that does not exist. */
async function visibleServer(store: Store, actor: Actor, id: string): Promise<{ rec: BackendRecord; practiceOwner: boolean }> {
  const rec = UUID.test(id) ? await store.backends.byId(id) : undefined;
  const practiceOwner = await isPracticeOwner(store, actor);
  if (!rec || !visibleTo(actor, rec, practiceOwner)) throw notConfigured();
  return { rec, practiceOwner };
}

/** The servers the actor may see, and whether they may add practice-wide ones. */
export async function listModelServers({ store }: StoreDeps, actor: Actor): Promise<z.infer<typeof BackendList>> {
  const practiceOwner = await isPracticeOwner(store, actor);
  const servers = (await store.backends.list()).filter((b) => visibleTo(actor, b, practiceOwner));
  return { backends: servers.map((b) => serverDto(b, editableBy(actor, b, practiceOwner))), canAddPracticeWide: practiceOwner };
}

/**
 * Who can make a picture ("Made by"): the built-in engine, then each server the client's therapist
 * may use (for a client, their own therapist's; no addresses, credentials or anyone else's labels).
 */
export async function studioBackends({ store, imageBackend }: ImageBackendDeps, actor: Actor): Promise<z.infer<typeof StudioBackends>['backends']> {
  const c = imageBackend.capabilities;
  const builtin = { id: 'builtin', label: c.label, kind: c.id, external: c.external };
  const therapistId = actor.role === 'therapist' ? actor.userId : actor.clientId ? (await store.clients.byId(actor.clientId))?.therapistId : undefined;
  if (!therapistId) return [builtin];
  const usable = (await store.backends.list()).filter((b) => serverUsableFor(b, therapistId));
  return [builtin, ...usable.map((b) => ({ id: b.id, label: b.label, kind: b.kind, external: true }))];
}

export async function addModelServer({ store, clock }: StoreDeps, actor: Actor, b: z.output<typeof CreateBackendBody>): Promise<ServerDto> {
  // An operator's server is for the whole practice unless they say otherwise (operators make no pictures).
  const practiceWide = b.practiceWide ?? actor.role === 'admin';
  if (practiceWide && !(await isPracticeOwner(store, actor))) {
    throw new HttpError('forbidden', em('errors:backends.practiceOwnerOperatorAdd'));
  }
  const kind = modelServerKind(b.kind);
  const files = Object.entries(b.files ?? {}).filter((e): e is [ModelFileKey, string] => typeof e[1] === 'string');
  const unknown = files.filter(([k]) => !kind.files.some((f) => f.key === k));
  if (unknown.length > 0)
    throw new HttpError('invalid_request', em('errors:backends.serverChoose', { label: kind.label, fields: unknown.map(([k]) => k).join(' / ') }));
  if (b.model !== undefined && kind.model === null) throw new HttpError('invalid_request', em('errors:backends.serverModelChoose', { label: kind.label }));
  const rec = await store.backends.create(
    {
      id: randomUUID(),
      kind: b.kind,
      label: b.label,
      url: b.url.replace(/\/+$/, ''),
      model: b.model ?? null,
      modelFiles: Object.fromEntries(files),
      createdBy: actor.userId,
      createdAt: clock(),
      ownerId: actor.userId,
      practiceWide,
    },
    { user: b.user || undefined, password: b.password || undefined, apiKey: b.apiKey || undefined },
  );
  return serverDto(rec, true);
}

export async function removeModelServer({ store, modelServers }: Pick<ImageBackendDeps, 'store' | 'modelServers'>, actor: Actor, id: string): Promise<void> {
  const { rec, practiceOwner } = await visibleServer(store, actor, id);
  if (!editableBy(actor, rec, practiceOwner)) throw new HttpError('forbidden', em('errors:backends.serverSharedWholePractice'));
  if (!(await store.backends.remove(id))) throw notConfigured();
  modelServers.forget(id);
}

/** Test connection: asks the saved server whether it is ready and has the nodes and models Hearth needs. */
export async function testModelServer({ store }: StoreDeps, actor: Actor, id: string): Promise<z.infer<typeof BackendTest>> {
  const { rec } = await visibleServer(store, actor, id);
  const backend = createImageBackend({
    kind: rec.kind,
    url: rec.url,
    model: rec.model ?? undefined,
    files: chosenFiles(rec),
    external: true,
    ...(await store.backends.secrets(rec.id)),
  });
  return backend.health();
}
