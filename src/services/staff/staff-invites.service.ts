/**
 * Staff join by single-use link: the owner names an email and a role (therapist, supervisor,
 * operator), Hearth makes a link valid for 72 hours and keeps only its hash; the invitee opens it,
 * chooses a name and password and is signed in (and, where the practice requires it, asked to
 * turn on two-step sign-in before anything else). Open invites are listed and can be withdrawn.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AcceptStaffInviteBody, CreateStaffInviteBody, StaffInvite, StaffInvitePeek } from '../../domain/api/practice.schemas.ts';
import type { StaffInviteRecord, UserRecord } from '../../store/index.ts';
import { hashPassword } from '../account/passwords.ts';
import { newToken, sha256 } from '../account/tokens.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { em, errorTextIn, HttpError } from '../errors.ts';
import type { Locale } from '../../domain/i18n/index.ts';
import { assertPasswordAcceptable } from '../refusals.ts';
import { practiceOwnerId, practiceSecurity, requireOwner } from '../practice/practice.service.ts';

/** How long a staff invite link works. */
export const STAFF_INVITE_TTL_MS = 72 * 60 * 60_000;

const WHY = {
  used: em('errors:staff.linkUsed'),
  revoked: em('errors:staff.linkRevoked'),
  expired: em('errors:staff.linkExpired'),
  missing: em('errors:staff.linkMissing'),
} as const;

function statusOf(i: StaffInviteRecord, now: Date): 'open' | 'used' | 'revoked' | 'expired' {
  if (i.usedAt) return 'used';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt <= now ? 'expired' : 'open';
}

function dto(i: StaffInviteRecord, now: Date, url?: string): z.infer<typeof StaffInvite> {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: statusOf(i, now) === 'open' ? 'open' : 'expired',
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    ...(url ? { url } : {}),
  };
}

/** A new link for `email` to join as `role`; `origin` is where the app is reached. The link is in this answer only. */
export async function createStaffInvite(
  { store, clock }: StoreDeps,
  actor: Actor,
  input: z.output<typeof CreateStaffInviteBody> & { origin: string },
): Promise<z.infer<typeof StaffInvite>> {
  await requireOwner(store, actor);
  if (await store.users.byEmail(input.email)) throw new HttpError('conflict', em('errors:staff.accountEmailAlreadyExists'));
  const token = newToken();
  const now = clock();
  const invite = await store.practice.createInvite({
    id: randomUUID(),
    tokenHash: sha256(token),
    role: input.role,
    email: input.email,
    createdBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + STAFF_INVITE_TTL_MS),
  });
  return dto(invite, now, `${input.origin.replace(/\/+$/, '')}/staff-join/${token}`);
}

/** Invites not used or withdrawn yet, newest first (lapsed ones marked expired). */
export async function listStaffInvites({ store, clock }: StoreDeps): Promise<z.infer<typeof StaffInvite>[]> {
  const now = clock();
  return (await store.practice.openInvites()).map((i) => dto(i, now));
}

export async function revokeStaffInvite({ store, clock }: StoreDeps, actor: Actor, inviteId: string): Promise<void> {
  await requireOwner(store, actor);
  if (!(await store.practice.revokeInvite(inviteId, clock()))) throw new HttpError('not_found', em('errors:staff.inviteOpen'));
}

async function lookup({ store, clock }: StoreDeps, token: string) {
  const invite = await store.practice.inviteByTokenHash(sha256(token));
  if (!invite) return { invite: undefined, why: 'missing' as const };
  const status = statusOf(invite, clock());
  return { invite, why: status === 'open' ? undefined : status };
}

/** What the join page shows before the invitee chooses a password. */
/** `locale`: the language the refusal reason is written in (the page's, before anyone signs in). */
export async function peekStaffInvite(deps: StoreDeps, token: string, locale: Locale = 'en'): Promise<z.infer<typeof StaffInvitePeek>> {
  const { invite, why } = await lookup(deps, token);
  if (!invite || why) return { valid: false, reason: errorTextIn(WHY[why ?? 'missing'], locale) };
  const ownerId = await practiceOwnerId(deps.store);
  const owner = ownerId ? await deps.store.users.byId(ownerId) : undefined;
  const twoFactorRequired = invite.role !== 'operator' && (await practiceSecurity(deps.store)).requireTwoFactorForTherapists;
  return { valid: true, role: invite.role, email: invite.email, ownerName: owner?.displayName ?? '', twoFactorRequired };
}

/** Joins through a staff invite: the account is created with the invite's email and role; the caller signs them in. */
export async function acceptStaffInvite(deps: StoreDeps, token: string, input: z.output<typeof AcceptStaffInviteBody>): Promise<UserRecord> {
  const { store, clock } = deps;
  const { invite, why } = await lookup(deps, token);
  if (!invite || why) throw new HttpError('invite_invalid', WHY[why ?? 'missing']);
  assertPasswordAcceptable(input.password, { email: invite.email, displayName: input.displayName }, 'body.password');
  if (await store.users.byEmail(invite.email)) throw new HttpError('conflict', em('errors:staff.accountEmailAlreadyExists2'));
  const passwordHash = await hashPassword(input.password);
  const now = clock();
  const role = invite.role === 'operator' ? 'admin' : 'therapist';
  const user = await store.db.transaction(async (tx) => {
    const u = await store.users.create({ id: randomUUID(), role, email: invite.email, displayName: input.displayName, passwordHash, createdAt: now }, tx);
    if (!(await store.practice.consumeInvite(invite.id, u.id, now, tx))) throw new HttpError('invite_invalid', WHY.used);
    if (invite.role === 'supervisor') await store.practice.setTitle(u.id, 'supervisor', tx);
    return u;
  });
  await store.audit.append({
    actorId: user.id,
    actorRole: role,
    action: 'practice.staff_joined',
    clientId: null,
    targetType: 'staff_invite',
    targetId: invite.id,
    detail: { role: invite.role },
  });
  return user;
}
