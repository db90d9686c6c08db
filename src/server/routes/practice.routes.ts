/**
 * The practice of several therapists (issue #15): its owner runs staff (invites by single-use link,
 * supervision, deactivation, ownership) and transfers clients' care; staff read their own view;
 * the crisis contacts clients are shown, per region. Rules in services/staff and services/practice.
 */
import {
  AcceptStaffInviteBody,
  CareHistory,
  CareTransfer,
  CreateStaffInviteBody,
  CrisisRegion,
  CrisisRegionBody,
  CrisisResourcesBody,
  CrisisResourcesSettings,
  OwnerBody,
  PracticeMe,
  RecordAccess,
  Staff,
  StaffInvite,
  StaffInviteIdParams,
  StaffInvitePeek,
  StaffInviteTokenParams,
  SuperviseesBody,
  TransferBody,
  UserIdParams,
} from '../../domain/api/practice.schemas.ts';
import { IdParams, Me, Ok } from '../../domain/api/schemas.ts';
import { z } from 'zod';
import { actorFor } from '../../services/account/actor.ts';
import { clientCrisisRegion, crisisResourcesSettings, setClientCrisisRegion, setCrisisResources } from '../../services/practice/crisis-resources.service.ts';
import { requestLocale } from '../errors.ts';
import { acceptStaffInvite, createStaffInvite, peekStaffInvite, revokeStaffInvite } from '../../services/staff/staff-invites.service.ts';
import { deactivateStaff, handOverOwnership, listStaff, practiceMe, reactivateStaff, setSupervisees } from '../../services/staff/staff.service.ts';
import { careHistory, recordAccess, transferClient } from '../../services/staff/transfer.service.ts';
import { startSession } from '../auth.ts';
import { requireActor, requireSubject } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const T = ['therapist'] as const;

export function practiceRoutes(app: App, deps: Deps): void {
  const origin = (req: { protocol: string; headers: { host?: string } }) => deps.config.publicOrigin ?? `${req.protocol}://${req.headers.host ?? '127.0.0.1'}`;

  app.get(
    '/api/practice/me',
    {
      config: { access: { roles: ['therapist', 'admin'] } },
      schema: {
        tags: ['practice'],
        summary: 'Your role in the practice, the caseloads you supervise (each listing audited on the record) and care moved to or from you',
        response: { 200: PracticeMe },
      },
    },
    async (req) => (await practiceMe(deps, requireActor(req.actor))).me,
  );

  app.get(
    '/api/practice/staff',
    {
      config: { access: { roles: T }, audit: 'practice.staff' },
      schema: {
        tags: ['practice'],
        summary: 'Staff, their roles, caseloads and supervisees, and open staff invites (the practice owner)',
        response: { 200: Staff },
      },
    },
    async (req) => listStaff(deps, requireActor(req.actor)),
  );

  app.post(
    '/api/practice/invites',
    {
      config: { access: { roles: T }, audit: 'practice.invite' },
      schema: {
        tags: ['practice'],
        summary: 'Invite a therapist, supervisor or operator: a single-use link valid for 72 hours, shown once (the practice owner)',
        body: CreateStaffInviteBody,
        response: { 201: StaffInvite },
      },
    },
    async (req, reply) => {
      const invite = await createStaffInvite(deps, requireActor(req.actor), { ...req.body, origin: origin(req) });
      req.auditNote.targetId = invite.id;
      req.auditNote.detail = { role: invite.role };
      return reply.status(201).send(invite);
    },
  );

  app.delete(
    '/api/practice/invites/:inviteId',
    {
      config: { access: { roles: T }, audit: 'practice.invite_revoke' },
      schema: { tags: ['practice'], summary: 'Withdraw an open staff invite (the practice owner)', params: StaffInviteIdParams, response: { 200: Ok } },
    },
    async (req) => {
      await revokeStaffInvite(deps, requireActor(req.actor), req.params.inviteId);
      req.auditNote.targetId = req.params.inviteId;
      return { ok: true as const };
    },
  );

  app.get(
    '/api/staff-invites/:token',
    {
      config: { access: { public: true } },
      schema: { tags: ['practice'], summary: 'Check a staff invite link before joining', params: StaffInviteTokenParams, response: { 200: StaffInvitePeek } },
    },
    async (req) => peekStaffInvite(deps, req.params.token, requestLocale(req)),
  );

  app.post(
    '/api/staff-invites/:token/accept',
    {
      config: { access: { public: true }, rateLimit: { max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['practice'],
        summary: 'Join the practice through a staff invite: choose a name and password, and sign in',
        params: StaffInviteTokenParams,
        body: AcceptStaffInviteBody,
        response: { 201: Me },
      },
    },
    async (req, reply) => {
      const user = await acceptStaffInvite(deps, req.params.token, req.body);
      const { csrfToken } = await startSession(deps.store, deps.config, deps.clock, req, reply, user);
      return reply.status(201).send({ ...(await actorFor(deps.store, user)), csrfToken });
    },
  );

  app.put(
    '/api/practice/staff/:userId/supervisees',
    {
      config: { access: { roles: T } },
      schema: {
        tags: ['practice'],
        summary: "Give a therapist read-only access to these therapists' caseloads (an empty list ends it; the practice owner)",
        params: UserIdParams,
        body: SuperviseesBody,
        response: { 200: SuperviseesBody },
      },
    },
    async (req) => ({ superviseeIds: await setSupervisees(deps, requireActor(req.actor), req.params.userId, req.body) }),
  );

  app.post(
    '/api/practice/staff/:userId/deactivate',
    {
      config: { access: { roles: T }, reauth: true },
      schema: {
        tags: ['practice'],
        summary: 'Deactivate a staff account: its sessions end at once and it cannot sign in (its clients must be transferred first; the practice owner)',
        params: UserIdParams,
        response: { 200: z.object({ sessionsEnded: z.number().int() }) },
      },
    },
    async (req) => deactivateStaff(deps, requireActor(req.actor), req.params.userId),
  );

  app.post(
    '/api/practice/staff/:userId/reactivate',
    {
      config: { access: { roles: T }, reauth: true },
      schema: {
        tags: ['practice'],
        summary: 'Let a deactivated staff account sign in again (the practice owner)',
        params: UserIdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await reactivateStaff(deps, requireActor(req.actor), req.params.userId);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/practice/owner',
    {
      config: { access: { roles: T }, reauth: true },
      schema: {
        tags: ['practice'],
        summary: 'Hand the practice to another therapist (the practice owner, password re-entered)',
        body: OwnerBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await handOverOwnership(deps, requireActor(req.actor), req.body.userId);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/practice/transfers',
    {
      config: { access: { roles: T } },
      schema: {
        tags: ['practice'],
        summary: "Transfer a client's care to another therapist: they get access, the previous therapist loses it at once (the practice owner)",
        body: TransferBody,
        response: { 201: CareTransfer },
      },
    },
    async (req, reply) => reply.status(201).send(await transferClient(deps, requireActor(req.actor), req.body)),
  );

  app.get(
    '/api/clients/:id/care-history',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'care.history' },
      schema: { tags: ['practice'], summary: "Transfers of this client's care, newest first", params: IdParams, response: { 200: CareHistory } },
    },
    async (req) => ({ transfers: await careHistory(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );

  app.get(
    '/api/clients/:id/access',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' } },
      schema: {
        tags: ['practice'],
        summary: 'How you reach this record: as its therapist, as a supervisor (read-only), or as the client',
        params: IdParams,
        response: { 200: RecordAccess },
      },
    },
    async (req) => recordAccess(deps, requireActor(req.actor), requireSubject(req.subject), req.auditNote.asSupervisor === true),
  );

  app.get(
    '/api/practice/crisis-resources',
    {
      config: { access: { roles: T } },
      schema: {
        tags: ['practice'],
        summary: "The practice's crisis contacts per region and language (the defaults apply elsewhere)",
        response: { 200: CrisisResourcesSettings },
      },
    },
    async () => crisisResourcesSettings(deps),
  );

  app.put(
    '/api/practice/crisis-resources',
    {
      config: { access: { roles: T }, reauth: true },
      schema: {
        tags: ['practice'],
        summary: 'Replace the crisis contacts clients are shown, per region and language (the practice owner, password re-entered)',
        body: CrisisResourcesBody,
        response: { 200: CrisisResourcesSettings },
      },
    },
    async (req) => setCrisisResources(deps, requireActor(req.actor), req.body),
  );

  app.get(
    '/api/clients/:id/crisis-region',
    {
      config: { access: { roles: T, scope: 'client', param: 'id' } },
      schema: { tags: ['practice'], summary: "Which region's crisis contacts this client is shown", params: IdParams, response: { 200: CrisisRegion } },
    },
    async (req) => clientCrisisRegion(deps, requireActor(req.actor), requireSubject(req.subject)),
  );

  app.put(
    '/api/clients/:id/crisis-region',
    {
      config: { access: { roles: T, scope: 'client', param: 'id' }, audit: 'client.crisis_region' },
      schema: {
        tags: ['practice'],
        summary: "Set which region's crisis contacts (and in which language) this client is shown; null: the defaults",
        params: IdParams,
        body: CrisisRegionBody,
        response: { 200: CrisisRegion },
      },
    },
    async (req) => setClientCrisisRegion(deps, requireActor(req.actor), requireSubject(req.subject), req.body),
  );
}
