/**
 * The practice's staff, run by its owner: who is who (owner, therapist, supervisor, operator),
 * supervision grants, handing ownership on, and deactivating an account (its sessions end at
 * once; its clients must have moved to another therapist first).
 */
import type { z } from 'zod';
import type { PracticeMe, PracticeRole, Staff, StaffMember, SuperviseesBody } from '../../domain/api/practice.schemas.ts';
import type { UserRecord } from '../../store/index.ts';
import type { Actor, Store, StoreDeps } from '../context.ts';
import { em, HttpError } from '../errors.ts';
import { practiceOwnerId, requireOwner } from '../practice/practice.service.ts';
import { listStaffInvites } from './staff-invites.service.ts';
import { transferDtos } from './transfer.service.ts';

type Role = z.infer<typeof PracticeRole>;

/** The practice role of an account (clients have none). */
export function practiceRoleOf(user: Pick<UserRecord, 'id' | 'role'>, ownerId: string | undefined, titles: Map<string, 'supervisor'>): Role | undefined {
  if (user.role === 'admin') return 'operator';
  if (user.role !== 'therapist') return undefined;
  if (user.id === ownerId) return 'owner';
  return titles.get(user.id) ?? 'therapist';
}

const staffUsers = async (store: Store) => (await store.users.list()).filter((u) => u.role !== 'client');

/** Every staff account with its role, caseload (names only) and supervisees, and the open staff invites. */
export async function listStaff(deps: StoreDeps, actor: Actor): Promise<z.infer<typeof Staff>> {
  const { store } = deps;
  await requireOwner(store, actor);
  const [users, ownerId, titles, grants] = await Promise.all([
    staffUsers(store),
    practiceOwnerId(store),
    store.practice.titles(),
    store.practice.supervisions(),
  ]);
  const staff: z.infer<typeof StaffMember>[] = [];
  for (const u of users) {
    const clients = u.role === 'therapist' ? await store.clients.listForTherapist(u.id, true) : [];
    staff.push({
      userId: u.id,
      displayName: u.displayName,
      email: u.email,
      role: practiceRoleOf(u, ownerId, titles) ?? 'therapist',
      active: u.disabledAt === null,
      clients: clients.map((c) => ({ id: c.id, displayName: c.displayName, status: c.status })),
      superviseeIds: grants.filter((g) => g.supervisorId === u.id).map((g) => g.superviseeId),
    });
  }
  return { staff, invites: await listStaffInvites(deps) };
}

/** An active therapist account (the only kind that can hold a caseload, supervise or own the practice), or 404. */
export async function activeTherapist(store: Store, userId: string): Promise<UserRecord> {
  const u = await store.users.byId(userId);
  if (!u || u.role !== 'therapist' || u.disabledAt) throw new HttpError('not_found', em('errors:staff.therapistFoundPractice'));
  return u;
}

/** Gives a therapist read-only access to exactly these therapists' caseloads (an empty list ends supervision). */
export async function setSupervisees(
  { store, clock }: StoreDeps,
  actor: Actor,
  supervisorId: string,
  input: z.output<typeof SuperviseesBody>,
): Promise<string[]> {
  await requireOwner(store, actor);
  await activeTherapist(store, supervisorId);
  const ids = [...new Set(input.superviseeIds)];
  if (ids.includes(supervisorId)) throw new HttpError('invalid_request', em('errors:staff.therapistSuperviseTheirOwn'));
  for (const id of ids) await activeTherapist(store, id);
  const before = await store.practice.superviseesOf(supervisorId);
  await store.practice.setSupervisees(supervisorId, ids, actor.userId, clock());
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'practice.supervision_changed',
    clientId: null,
    targetType: 'user',
    targetId: supervisorId,
    detail: { added: ids.filter((i) => !before.includes(i)), removed: before.filter((i) => !ids.includes(i)) },
  });
  return ids;
}

/** Hands the practice to another active therapist; the route asked the current owner for a fresh password. */
export async function handOverOwnership({ store, clock }: StoreDeps, actor: Actor, userId: string): Promise<void> {
  await requireOwner(store, actor);
  if (userId === actor.userId) throw new HttpError('invalid_request', em('errors:staff.alreadyOwnPractice'));
  await activeTherapist(store, userId);
  await store.practice.setOwner(userId, clock());
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'practice.owner_changed',
    clientId: null,
    targetType: 'user',
    targetId: userId,
    detail: { from: actor.userId, to: userId },
  });
}

/**
 * Deactivates a staff account: it can no longer sign in and every session of it ends at once (its
 * next request answers 401). A therapist's clients must be transferred first, so no record is
 * left without a therapist; the refusal lists them.
 */
export async function deactivateStaff({ store, clock }: StoreDeps, actor: Actor, userId: string): Promise<{ sessionsEnded: number }> {
  await requireOwner(store, actor);
  if (userId === actor.userId) throw new HttpError('invalid_request', em('errors:staff.handPracticeAnotherTherapist'));
  const user = await store.users.byId(userId);
  if (!user || user.role === 'client') throw new HttpError('not_found', em('errors:staff.accountFoundPractice'));
  if (user.disabledAt) throw new HttpError('conflict', em('errors:staff.alreadyDeactivated', { displayName: user.displayName }));
  const clients = user.role === 'therapist' ? await store.clients.listForTherapist(user.id, true) : [];
  if (clients.length > 0) {
    throw new HttpError('conflict', em('errors:staff.transferSAnotherTherapist', { displayName: user.displayName, count: clients.length }), {
      clients: clients.map((c) => ({ id: c.id, displayName: c.displayName })),
    });
  }
  const sessionsEnded = await store.practice.deactivate(user.id, clock());
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'practice.staff_deactivated',
    clientId: null,
    targetType: 'user',
    targetId: user.id,
    detail: { sessionsEnded },
  });
  return { sessionsEnded };
}

/** Lets a deactivated account sign in again (its old sessions stay ended). */
export async function reactivateStaff({ store }: StoreDeps, actor: Actor, userId: string): Promise<void> {
  await requireOwner(store, actor);
  const user = await store.users.byId(userId);
  if (!user || user.role === 'client') throw new HttpError('not_found', em('errors:staff.accountFoundPractice'));
  await store.practice.reactivate(user.id);
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'practice.staff_reactivated',
    clientId: null,
    targetType: 'user',
    targetId: user.id,
  });
}

/**
 * The signed-in staff member's view of the practice: their role, the caseloads they supervise
 * (names only: every record opened from here is a supervisor read, audited on that record), and
 * care moved to or from them. Listing a supervised caseload is itself audited per client.
 */
export async function practiceMe(deps: StoreDeps, actor: Actor): Promise<{ me: z.infer<typeof PracticeMe>; clientIds: string[] }> {
  const { store } = deps;
  const [ownerId, titles] = await Promise.all([practiceOwnerId(store), store.practice.titles()]);
  const owner = ownerId ? await store.users.byId(ownerId) : undefined;
  const supervisees: z.infer<typeof PracticeMe>['supervisees'] = [];
  const clientIds: string[] = [];
  if (actor.role === 'therapist') {
    for (const id of await store.practice.superviseesOf(actor.userId)) {
      const t = await store.users.byId(id);
      if (!t || t.disabledAt) continue;
      const clients = await store.clients.listForTherapist(id);
      clientIds.push(...clients.map((c) => c.id));
      // Seeing a name on a supervised caseload is a supervisor read of that record: it shows in the client's access history.
      for (const c of clients) {
        await store.audit.append({
          actorId: actor.userId,
          actorRole: 'supervisor',
          action: 'supervisor.caseload',
          clientId: c.id,
          targetType: 'client',
          targetId: c.id,
          detail: { supervisee: id },
        });
      }
      supervisees.push({ therapistId: id, therapistName: t.displayName, clients: clients.map((c) => ({ id: c.id, displayName: c.displayName })) });
    }
  }
  const transfers = actor.role === 'therapist' ? await transferDtos(store, await store.practice.transfersInvolving(actor.userId)) : [];
  return {
    me: {
      role: practiceRoleOf({ id: actor.userId, role: actor.role }, ownerId, titles) ?? 'therapist',
      isOwner: ownerId === actor.userId,
      ownerName: owner?.displayName ?? '',
      supervisees,
      transfers,
    },
    clientIds,
  };
}
