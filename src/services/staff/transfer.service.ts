/**
 * Transfer of care: the practice owner moves a client to another therapist. Access follows the
 * record's `therapist_id`, so the new therapist can open it and the old one cannot from the same
 * instant; sessions still to come move with it. Nothing needs re-keying: a client's data key is
 * wrapped by the master key, not by a therapist's, so the sealed record stays as it is. Both
 * therapists see the move: in the record's care history and access history (audit), and in their
 * own practice page.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CareTransfer, RecordAccess, TransferBody } from '../../domain/api/practice.schemas.ts';
import type { CareTransferRecord, Store } from '../../store/index.ts';
import type { Actor, StoreDeps, Subject } from '../context.ts';
import { em, HttpError } from '../errors.ts';
import { requireOwner } from '../practice/practice.service.ts';

/** Transfers as the API shows them (names of the people involved, resolved now). */
export async function transferDtos(store: Store, transfers: readonly CareTransferRecord[]): Promise<z.infer<typeof CareTransfer>[]> {
  const names = new Map<string, string>();
  const nameOf = async (id: string): Promise<string> => {
    if (!names.has(id)) names.set(id, (await store.users.byId(id))?.displayName ?? 'Unknown user');
    return names.get(id)!;
  };
  const out: z.infer<typeof CareTransfer>[] = [];
  for (const t of transfers) {
    const client = await store.clients.byId(t.clientId);
    out.push({
      id: t.id,
      clientId: t.clientId,
      clientName: client?.displayName ?? '',
      fromName: await nameOf(t.fromTherapist),
      toName: await nameOf(t.toTherapist),
      byName: await nameOf(t.byUser),
      at: t.at.toISOString(),
    });
  }
  return out;
}

export async function transferClient({ store, clock }: StoreDeps, actor: Actor, input: z.output<typeof TransferBody>): Promise<z.infer<typeof CareTransfer>> {
  await requireOwner(store, actor);
  const client = await store.clients.byId(input.clientId);
  if (!client) throw new HttpError('not_found', em('errors:staff.clientFound'));
  const to = await store.users.byId(input.toTherapistId);
  if (!to || to.role !== 'therapist' || to.disabledAt) throw new HttpError('not_found', em('errors:staff.therapistFoundPractice'));
  if (client.therapistId === to.id) throw new HttpError('conflict', em('errors:staff.alreadySCare', { client: client.displayName, therapist: to.displayName }));
  const record: CareTransferRecord = {
    id: randomUUID(),
    clientId: client.id,
    fromTherapist: client.therapistId,
    toTherapist: to.id,
    byUser: actor.userId,
    at: clock(),
  };
  await store.practice.transferClient(record);
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'care.transfer',
    clientId: client.id,
    targetType: 'client',
    targetId: client.id,
    detail: { from: record.fromTherapist, to: record.toTherapist, transferId: record.id },
  });
  return (await transferDtos(store, [record]))[0]!;
}

/** The record's transfers of care, newest first (for whoever may read the record). */
export async function careHistory({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof CareTransfer>[]> {
  return transferDtos(store, await store.practice.transfersForClient(client.id));
}

/** How the caller reaches the record (`asSupervisor`: the access layer let a supervisor read it), and whose care it is in. */
export async function recordAccess({ store }: StoreDeps, actor: Actor, { client }: Subject, asSupervisor: boolean): Promise<z.infer<typeof RecordAccess>> {
  const therapist = await store.users.byId(client.therapistId);
  const relation = actor.role === 'client' ? 'client' : asSupervisor ? 'supervisor' : 'therapist';
  return { relation, therapistName: therapist?.displayName ?? '' };
}
