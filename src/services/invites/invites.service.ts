/** Single-use, expiring invite links through which clients join (the link is shown once; only its hash is kept). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AcceptInviteBody, Invite, InvitePeek } from '../../domain/api/schemas.ts';
import type { Locale } from '../../domain/index.ts';
import type { UserRecord } from '../../store/index.ts';
import { hashPassword } from '../account/passwords.ts';
import { newToken, sha256 } from '../account/tokens.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { inviteDto, inviteStatus } from '../dto.ts';
import { em, errorTextIn, HttpError } from '../errors.ts';
import { assertPasswordAcceptable } from '../refusals.ts';

export interface InvitesDeps extends StoreDeps {
  config: { inviteTtlMs: number };
}

const WHY = {
  used: em('errors:invites.linkUsed'),
  revoked: em('errors:invites.linkRevoked'),
  expired: em('errors:invites.linkExpired'),
  missing: em('errors:invites.linkMissing'),
  taken: em('errors:invites.linkTaken'),
  archived: em('errors:invites.linkArchived'),
} as const;

/** A new link for a client without an account; `origin` is where the app is reached (e.g. http://127.0.0.1:8080). */
export async function createInvite(
  { store, clock, config }: InvitesDeps,
  actor: Actor,
  { client }: Subject,
  input: { origin: string; locale?: Locale | undefined },
): Promise<z.infer<typeof Invite>> {
  if (client.userId) throw new HttpError('conflict', em('errors:invites.alreadyAccount', { displayName: client.displayName }));
  const token = newToken();
  const now = clock();
  const invite = await store.invites.create({
    id: randomUUID(),
    tokenHash: sha256(token),
    clientId: client.id,
    createdBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + config.inviteTtlMs),
    locale: input.locale ?? null,
  });
  return inviteDto(invite, now, `${input.origin}/join/${token}`);
}

export async function listInvites({ store, clock }: StoreDeps, _actor: Actor, { client }: Subject): Promise<z.infer<typeof Invite>[]> {
  const now = clock();
  return (await store.invites.listForClient(client.id)).map((i) => inviteDto(i, now));
}

export async function revokeInvite({ store, clock }: StoreDeps, _actor: Actor, { invite }: With<'invite'>): Promise<void> {
  await store.invites.revoke(invite.id, clock());
}

async function lookup({ store, clock }: StoreDeps, token: string) {
  const invite = await store.invites.byTokenHash(sha256(token));
  if (!invite) return { invite: undefined, why: 'missing' as const };
  const status = inviteStatus(invite, clock());
  return { invite, why: status === 'open' ? undefined : status };
}

/** What the join page shows before the client chooses a password. */
/** `locale`: the language the refusal reason is written in (the page's, before anyone signs in). */
export async function peekInvite(deps: StoreDeps, token: string, locale: Locale = 'en'): Promise<z.infer<typeof InvitePeek>> {
  const { invite, why } = await lookup(deps, token);
  if (!invite || why) return { valid: false, reason: errorTextIn(WHY[why ?? 'missing'], locale) };
  const client = await deps.store.clients.byId(invite.clientId);
  const therapist = client && (await deps.store.users.byId(client.therapistId));
  if (!client || client.userId) return { valid: false, reason: errorTextIn(WHY.taken, locale) };
  if (client.status === 'archived') return { valid: false, reason: errorTextIn(WHY.archived, locale) };
  return { valid: true, clientName: client.displayName, therapistName: therapist?.displayName ?? '', locale: invite.locale ?? therapist?.locale ?? null };
}

/** Joins through an invite: the client's account is created and linked to their record; the caller signs them in. */
export async function acceptInvite(deps: StoreDeps, token: string, input: z.output<typeof AcceptInviteBody>): Promise<UserRecord> {
  const { store, clock } = deps;
  const { invite, why } = await lookup(deps, token);
  if (!invite || why) throw new HttpError('invite_invalid', WHY[why ?? 'missing']);
  const client = await store.clients.byId(invite.clientId);
  if (!client || client.userId) throw new HttpError('invite_invalid', WHY.taken);
  if (client.status === 'archived') throw new HttpError('invite_invalid', WHY.archived);
  const displayName = input.displayName ?? client.displayName;
  assertPasswordAcceptable(input.password, { email: input.email, displayName }, 'body.password');
  if (await store.users.byEmail(input.email)) throw new HttpError('conflict', em('errors:invites.accountEmailAlreadyExists'));
  const passwordHash = await hashPassword(input.password);
  const now = clock();
  // The new client starts in the invite's language, else their therapist's, else the browser's (null).
  const locale = invite.locale ?? (await store.users.byId(client.therapistId))?.locale ?? null;
  const user = await store.db.transaction(async (tx) => {
    if (!(await store.invites.consume(invite.id, now, tx))) throw new HttpError('invite_invalid', WHY.used);
    const u = await store.users.create({ id: randomUUID(), role: 'client', email: input.email, displayName, passwordHash, createdAt: now, locale }, tx);
    await store.clients.linkUser(client.id, u.id, now, tx);
    return u;
  });
  await store.audit.append({ actorId: user.id, actorRole: 'client', action: 'invite.accept', clientId: client.id, targetType: 'invite', targetId: invite.id });
  return user;
}
