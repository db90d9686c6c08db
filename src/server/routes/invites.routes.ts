import { randomUUID } from 'node:crypto';
import { AcceptInviteBody, IdParams, Invite, InviteList, InvitePeek, InviteTokenParams, Me, Ok } from '../../domain/api/schemas.ts';
import { passwordProblem } from '../../domain/index.ts';
import { actorFor, newToken, sha256, startSession } from '../auth.ts';
import { requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { inviteDto, inviteStatus } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { hashPassword } from '../passwords.ts';

const WHY: Record<string, string> = {
  used: 'This invite link has already been used. If that was you, please sign in.',
  revoked: 'This invite link was withdrawn. Please ask your therapist for a new one.',
  expired: 'This invite link has expired. Please ask your therapist for a new one.',
  missing: 'This invite link is not valid. Please check it, or ask your therapist for a new one.',
  taken: 'This client already has an account. Please sign in.',
};

/** Single-use, expiring invite links through which clients join. */
export function inviteRoutes(app: App, { store, config, clock }: Deps): void {
  app.post(
    '/api/clients/:id/invites',
    {
      config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'invite.create' },
      schema: { tags: ['invites'], summary: 'Create a single-use invite link for this client (shown once)', params: IdParams, response: { 201: Invite } },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      if (client.userId) throw new HttpError('conflict', `${client.displayName} already has an account.`);
      const token = newToken();
      const now = clock();
      const invite = await store.invites.create({ id: randomUUID(), tokenHash: sha256(token), clientId: client.id, createdBy: req.actor!.userId, createdAt: now, expiresAt: new Date(now.getTime() + config.inviteTtlMs) });
      req.auditNote.targetId = invite.id;
      const origin = `${req.protocol}://${req.headers.host ?? '127.0.0.1'}`;
      return reply.status(201).send(inviteDto(invite, now, `${origin}/join/${token}`));
    },
  );

  app.get(
    '/api/clients/:id/invites',
    { config: { access: { roles: ['therapist'], scope: 'client', param: 'id' }, audit: 'invite.list' }, schema: { tags: ['invites'], summary: "This client's invites", params: IdParams, response: { 200: InviteList } } },
    async (req) => {
      const now = clock();
      return { invites: (await store.invites.listForClient(requireSubject(req.subject).client.id)).map((i) => inviteDto(i, now)) };
    },
  );

  app.delete(
    '/api/invites/:id',
    { config: { access: { roles: ['therapist'], scope: 'invite', param: 'id' }, audit: 'invite.revoke' }, schema: { tags: ['invites'], summary: 'Withdraw an unused invite', params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await store.invites.revoke(requireSubject(req.subject).invite!.id, clock());
      return { ok: true as const };
    },
  );

  const lookup = async (token: string) => {
    const invite = await store.invites.byTokenHash(sha256(token));
    if (!invite) return { invite: undefined, why: 'missing' };
    const status = inviteStatus(invite, clock());
    return { invite, why: status === 'open' ? undefined : status };
  };

  app.get(
    '/api/invites/by-token/:token',
    { config: { access: { public: true } }, schema: { tags: ['invites'], summary: 'Check an invite link before joining', params: InviteTokenParams, response: { 200: InvitePeek } } },
    async (req) => {
      const { invite, why } = await lookup(req.params.token);
      if (!invite || why) return { valid: false, reason: WHY[why ?? 'missing'] };
      const client = await store.clients.byId(invite.clientId);
      const therapist = client && (await store.users.byId(client.therapistId));
      if (!client || client.userId) return { valid: false, reason: WHY.taken };
      return { valid: true, clientName: client.displayName, therapistName: therapist?.displayName ?? '' };
    },
  );

  app.post(
    '/api/invites/by-token/:token/accept',
    {
      config: { access: { public: true }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['invites'], summary: 'Join through an invite: create the client account and sign in', params: InviteTokenParams, body: AcceptInviteBody, response: { 201: Me } },
    },
    async (req, reply) => {
      const { invite, why } = await lookup(req.params.token);
      if (!invite || why) throw new HttpError('invite_invalid', WHY[why ?? 'missing']!);
      const client = await store.clients.byId(invite.clientId);
      if (!client || client.userId) throw new HttpError('invite_invalid', WHY.taken!);
      const displayName = req.body.displayName ?? client.displayName;
      const problem = passwordProblem(req.body.password, { email: req.body.email, displayName });
      if (problem) throw new HttpError('invalid_request', problem, [{ path: 'body.password', message: problem }]);
      if (await store.users.byEmail(req.body.email)) throw new HttpError('conflict', 'An account with this email already exists. Please use another email, or sign in.');
      const passwordHash = await hashPassword(req.body.password);
      const now = clock();
      const user = await store.db.transaction(async (tx) => {
        if (!(await store.invites.consume(invite.id, now, tx))) throw new HttpError('invite_invalid', WHY.used!);
        const u = await store.users.create({ id: randomUUID(), role: 'client', email: req.body.email, displayName, passwordHash, createdAt: now }, tx);
        await store.clients.linkUser(client.id, u.id, now, tx);
        return u;
      });
      await store.audit.append({ actorId: user.id, actorRole: 'client', action: 'invite.accept', clientId: client.id, targetType: 'invite', targetId: invite.id });
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      return reply.status(201).send({ ...(await actorFor(store, user)), csrfToken });
    },
  );
}
