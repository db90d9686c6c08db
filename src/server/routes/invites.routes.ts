import { AcceptInviteBody, IdParams, Invite, InviteList, InvitePeek, InviteQuery, InviteTokenParams, Me, Ok } from '../../domain/api/schemas.ts';
import { acceptInvite, createInvite, listInvites, peekInvite, revokeInvite } from '../../services/invites/invites.service.ts';
import { actorFor } from '../../services/account/actor.ts';
import { startSession } from '../auth.ts';
import { requestLocale } from '../errors.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Single-use, expiring invite links through which clients join. */
export function inviteRoutes(app: App, deps: Deps): void {
  const THERAPIST = { roles: ['therapist'] as const, scope: 'client' as const, param: 'id' };

  app.post(
    '/api/clients/:id/invites',
    {
      config: { access: THERAPIST, audit: 'invite.create' },
      schema: {
        tags: ['invites'],
        summary: 'Create a single-use invite link for this client (shown once); `locale` is the language they start in',
        params: IdParams,
        querystring: InviteQuery,
        response: { 201: Invite },
      },
    },
    async (req, reply) => {
      const invite = await createInvite(deps, requireActor(req.actor), requireSubject(req.subject), {
        origin: deps.config.publicOrigin ?? `${req.protocol}://${req.headers.host ?? '127.0.0.1'}`,
        locale: req.query.locale,
      });
      req.auditNote.targetId = invite.id;
      return reply.status(201).send(invite);
    },
  );

  app.get(
    '/api/clients/:id/invites',
    {
      config: { access: THERAPIST, audit: 'invite.list' },
      schema: { tags: ['invites'], summary: "This client's invites", params: IdParams, response: { 200: InviteList } },
    },
    async (req) => ({ invites: await listInvites(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );

  app.delete(
    '/api/invites/:id',
    {
      config: { access: { roles: ['therapist'], scope: 'invite', param: 'id' }, audit: 'invite.revoke' },
      schema: { tags: ['invites'], summary: 'Withdraw an unused invite', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await revokeInvite(deps, requireActor(req.actor), subjectWith(req.subject, 'invite'));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/invites/by-token/:token',
    {
      config: { access: { public: true } },
      schema: { tags: ['invites'], summary: 'Check an invite link before joining', params: InviteTokenParams, response: { 200: InvitePeek } },
    },
    async (req) => peekInvite(deps, req.params.token, requestLocale(req)),
  );

  app.post(
    '/api/invites/by-token/:token/accept',
    {
      config: { access: { public: true }, rateLimit: { max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['invites'],
        summary: 'Join through an invite: create the client account and sign in',
        params: InviteTokenParams,
        body: AcceptInviteBody,
        response: { 201: Me },
      },
    },
    async (req, reply) => {
      const user = await acceptInvite(deps, req.params.token, req.body);
      const { csrfToken } = await startSession(deps.store, deps.config, deps.clock, req, reply, user);
      return reply.status(201).send({ ...(await actorFor(deps.store, user)), csrfToken });
    },
  );
}
