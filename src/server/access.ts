/**
 * Access control, checked before any handler runs (so before any side effect): each /api
 * route's declared policy is enforced here, client-owned records are resolved and checked
 * against the actor, and successful reads and writes of client data are audited.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mayAccessClient } from '../domain/index.ts';
import type { Actor } from '../domain/index.ts';
import { consentRefusalText } from '../services/refusals.ts';
import type { ConsentScope } from '../domain/consent.ts';
import type { ClientRecord, Store } from '../store/index.ts';
import type { AccessPolicy, Subject } from './context.ts';
import { em, HttpError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every route the app registered, with its policy (for the authorization-matrix test). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: AccessPolicy;
  audit?: string;
  reauth?: boolean;
  /** The client's consent scope the route needs, if any. */
  consent?: ConsentScope;
}

async function resolveSubject(store: Store, policy: Extract<AccessPolicy, { scope: string }>, id: string): Promise<Subject | undefined> {
  const withClient = async <T extends { clientId: string }>(
    rec: T | undefined,
    key: 'artwork' | 'session' | 'invite' | 'alert' | 'homework' | 'music' | 'note' | 'plan',
  ): Promise<Subject | undefined> => {
    if (!rec) return undefined;
    const client = await store.clients.byId(rec.clientId);
    return client ? ({ client, [key]: rec } as Subject) : undefined;
  };
  switch (policy.scope) {
    case 'client': {
      // With the count of the client's works in the same read (the record's own page shows it).
      const client: ClientRecord | undefined = await store.clients.byId(id, { withArtworkCount: true });
      return client ? { client } : undefined;
    }
    case 'artwork':
      return withClient(await store.artworks.byId(id), 'artwork');
    case 'session':
      return withClient(await store.therapySessions.byId(id), 'session');
    case 'invite':
      return withClient(await store.invites.byId(id), 'invite');
    case 'alert':
      return withClient(await store.clinical.alertById(id), 'alert');
    case 'homework':
      return withClient(await store.homework.byId(id), 'homework');
    case 'music':
      return withClient(await store.music.byId(id), 'music');
    case 'note':
      return withClient(await store.notes.byId(id), 'note');
    case 'plan':
      return withClient(await store.plans.byId(id), 'plan');
  }
}

/**
 * What a supervisor may do on a supervisee's client record: read it (GET), never write, never
 * download the whole record (the export is the client's and their therapist's).
 */
function supervisorMayRead(req: FastifyRequest): boolean {
  return req.method === 'GET' && !(req.routeOptions.url ?? '').endsWith('/export');
}

/** How recently a password must have been re-entered for a sensitive action. */
export const REAUTH_WINDOW_MS = 5 * 60_000;

export function installAccess(app: FastifyInstance, store: Store, routes: RegisteredRoute[], clock: () => Date): void {
  app.addHook('onRoute', (opts) => {
    const url = opts.url ?? opts.path;
    if (!url.startsWith('/api/')) return;
    const access = opts.config?.access;
    if (!access) throw new Error(`Route ${String(opts.method)} ${url} declares no access policy`);
    const consent = opts.config?.consent;
    if (consent && !('scope' in access && access.scope)) throw new Error(`Route ${String(opts.method)} ${url} needs consent but names no client record`);
    for (const m of [opts.method].flat())
      if (m !== 'HEAD')
        routes.push({ method: m, url, access, audit: opts.config?.audit, reauth: opts.config?.reauth === true, ...(consent ? { consent } : {}) });
  });

  app.addHook('preValidation', async (req: FastifyRequest) => {
    const policy = req.routeOptions.config.access;
    if (!policy || 'public' in policy) return;
    const actor = req.actor;
    if (!actor) throw new HttpError('not_signed_in', em('errors:server.signFirst'));
    if (!policy.roles.includes(actor.role)) throw new HttpError('forbidden', em('errors:server.availableAccount', { role: actor.role }));
    if (!policy.scope) return requireRecentReauth(req);
    const id = (req.params as Record<string, string | undefined>)[policy.param];
    // Made only when thrown: an error's stack costs more than the rest of a permitted check.
    const notFound = (): HttpError => new HttpError('not_found', em('errors:server.notFound', { scope: policy.scope }));
    if (!id || !UUID.test(id)) throw notFound();
    const subject = await resolveSubject(store, policy, id.toLowerCase());
    const supervisor = !!subject && !mayAccessClient(actor, subject.client) && (await supervises(actor, subject.client.therapistId));
    if (supervisor && !supervisorMayRead(req)) {
      await store.audit.append({
        actorId: actor.userId,
        actorRole: 'supervisor',
        action: 'access.denied',
        clientId: subject.client.id,
        targetType: policy.scope,
        targetId: id,
        detail: { route: `${req.method} ${req.routeOptions.url}`, supervisor: true },
      });
      throw new HttpError('forbidden', em('errors:server.supervisionReadReadRecord'));
    }
    if (supervisor) req.auditNote.asSupervisor = true;
    else if (!subject || !mayAccessClient(actor, subject.client)) {
      if (subject) {
        await store.audit.append({
          actorId: actor.userId,
          actorRole: actor.role,
          action: 'access.denied',
          clientId: subject.client.id,
          targetType: policy.scope,
          targetId: id,
          detail: { route: `${req.method} ${req.routeOptions.url}` },
        });
      }
      throw notFound();
    }
    req.subject = subject;
    // Consent gates the feature for everyone, the therapist too: refused before any side effect.
    const scope = req.routeOptions.config.consent;
    if (scope && !(await store.consents.has(subject.client.id, scope))) {
      throw new HttpError('consent_required', consentRefusalText(subject.client.displayName, scope), { scope });
    }
    requireRecentReauth(req);
  });

  /** Whether the actor supervises the caseload of `therapistId` (read-only access to it). */
  async function supervises(actor: Actor, therapistId: string): Promise<boolean> {
    return actor.role === 'therapist' && store.practice.supervises(actor.userId, therapistId);
  }

  function requireRecentReauth(req: FastifyRequest): void {
    if (!req.routeOptions.config.reauth) return;
    const at = req.authSession?.reauthAt;
    if (!at || clock().getTime() - at.getTime() > REAUTH_WINDOW_MS) {
      throw new HttpError('reauth_required', em('errors:server.safetyEnterPasswordAgain'));
    }
  }

  // Recorded before the response leaves: a read that cannot be audited is not served.
  app.addHook('onSend', async (req, reply, payload) => {
    const supervisor = req.auditNote.asSupervisor === true;
    // Every supervisor read is recorded, on routes that audit nothing for the record's own therapist too.
    const action = req.routeOptions.config?.audit ?? (supervisor ? 'supervisor.read' : undefined);
    if (!action || reply.statusCode >= 400 || !req.actor || req.auditNote.skip) return payload;
    const params = req.params as Record<string, string | undefined>;
    await store.audit.append({
      actorId: req.actor.userId,
      actorRole: supervisor ? 'supervisor' : req.actor.role,
      action,
      clientId: req.subject?.client.id ?? null,
      targetType: action.split('.')[0] ?? null,
      targetId: req.auditNote.targetId ?? params.id ?? null,
      detail: { method: req.method, route: req.routeOptions.url, ...req.auditNote.detail, ...(supervisor ? { supervisor: true } : {}) },
    });
    return payload;
  });
}
