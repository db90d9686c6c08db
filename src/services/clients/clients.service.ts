/** The caseload: a therapist's clients (added, changed, archived, erased for good) and who accessed each record. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AuditEntry, Client, CreateClientBody, EraseBody, UpdateClientBody } from '../../domain/api/schemas.ts';
import type { ClientRecord } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { clientDto, iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import type { GroupCanvasHub } from '../groups/canvas-hub.ts';
import { eraseFromGroups } from '../groups/group-erasure.ts';

type ClientDto = z.infer<typeof Client>;

const withCount = async ({ store }: StoreDeps, c: ClientRecord): Promise<ClientDto> => clientDto(c, await store.artworks.countForClient(c.id));

/** The therapist's caseload: active clients, or everyone with `archived`. */
export async function caseload(deps: StoreDeps, actor: Actor, input: { archived: boolean }): Promise<ClientDto[]> {
  const all = await deps.store.clients.listForTherapist(actor.userId, true);
  return Promise.all(all.filter((c) => input.archived || c.status === 'active').map((c) => withCount(deps, c)));
}

export async function addClient(
  { store, clock }: StoreDeps,
  actor: Actor,
  input: z.output<typeof CreateClientBody>,
): Promise<{ dto: ClientDto; record: ClientRecord }> {
  const record = await store.clients.create({
    id: randomUUID(),
    therapistId: actor.userId,
    displayName: input.displayName,
    pronouns: input.pronouns?.trim() || null,
    goals: input.goals ?? '',
    createdAt: clock(),
  });
  return { dto: clientDto(record, 0), record };
}

export async function readClient(deps: StoreDeps, _actor: Actor, { client }: Subject): Promise<ClientDto> {
  // The access check read the record with its count (one query for both).
  return client.artworkCount !== undefined ? clientDto(client, client.artworkCount) : withCount(deps, client);
}

export async function updateClient(deps: StoreDeps, _actor: Actor, { client }: Subject, input: z.output<typeof UpdateClientBody>): Promise<ClientDto> {
  const updated = await deps.store.clients.update(client.id, input, deps.clock());
  if (updated.status === 'archived') await endClientSessions(deps, updated);
  return withCount(deps, updated);
}

/**
 * Archives a client: their record and work are kept; restoring is an update to `active`. Their
 * account is paused with it: every session they have ends now, and they cannot sign in until restored.
 */
export async function archiveClient(deps: StoreDeps, _actor: Actor, { client }: Subject): Promise<ClientDto> {
  const updated = await deps.store.clients.update(client.id, { status: 'archived' }, deps.clock());
  await endClientSessions(deps, updated);
  return withCount(deps, updated);
}

async function endClientSessions({ store }: StoreDeps, client: ClientRecord): Promise<void> {
  if (client.userId) await store.authSessions.deleteForUser(client.userId);
}

/** Erases a client for good: their data key is destroyed, then their records, files and login are deleted. */
export async function eraseClient(
  deps: StoreDeps & { groupCanvas?: GroupCanvasHub },
  actor: Actor,
  { client }: Subject,
  input: z.output<typeof EraseBody>,
): Promise<void> {
  const { store } = deps;
  if (input.confirmName.trim() !== client.displayName)
    throw new HttpError('invalid_request', em('errors:clients.typeClientSName', { displayName: client.displayName }));
  // Their strokes leave every group canvas, round and kept work first (the pieces are re-rendered without them).
  await eraseFromGroups(deps, client.id);
  const files = await store.clients.erase(client.id, (tx) => store.vault.destroy(client.id, tx));
  await Promise.all(files.map((k) => store.blobs.delete(k).catch(() => undefined)));
  // Deleted rows stay on disk (old row versions, indexes, WAL) until rewritten: remove them now.
  const purge = await store.purgeDeleted();
  // The audit entry keeps only the pseudonymous id: the client's name is gone with the record.
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'client.erase',
    clientId: client.id,
    targetType: 'client',
    targetId: client.id,
    detail: { files: files.length, tablesRewritten: purge.tables, walRetired: purge.walRetired },
  });
}

/** Who accessed this client's record, newest first. */
export async function accessHistory({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof AuditEntry>[]> {
  const entries = await store.audit.listForClient(client.id);
  const names = new Map<string, string>();
  for (const e of entries) {
    if (e.actorId && !names.has(e.actorId)) names.set(e.actorId, (await store.users.byId(e.actorId))?.displayName ?? 'Unknown user');
  }
  return entries.map((e) => ({
    seq: e.seq,
    at: iso(e.at),
    actorName: e.actorId ? (names.get(e.actorId) ?? 'Unknown user') : 'System',
    actorRole: e.actorRole,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
  }));
}
