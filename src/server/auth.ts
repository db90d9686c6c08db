/**
 * Cookie sessions. The cookie holds a random 256-bit token; the database keeps only its sha256.
 * Sessions end after an idle timeout and an absolute lifetime, rotate on every login, and carry
 * a CSRF token that state-changing requests must echo in `x-csrf-token`.
 */
import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { newToken, sha256 } from '../services/account/tokens.ts';
import { mustEnrolTwoFactor } from '../services/practice/practice.service.ts';
import type { Clock, Store, UserRecord } from '../store/index.ts';
import type { ServerConfig } from './config.ts';
import type { AuditNote } from './context.ts';
import { em, HttpError } from './errors.ts';

export const SESSION_COOKIE = 'hearth_session';
/** Sent by the web app's background polls; such requests do not count as activity. */
export const BACKGROUND_HEADER = 'x-hearth-background';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a therapist who must enrol in two-factor may still reach (everything else answers 403). */
const ENROLMENT_ROUTES = new Set([
  '/api/auth/me',
  '/api/auth/logout',
  '/api/auth/reauth',
  '/api/account/security',
  '/api/account/2fa/begin',
  '/api/account/2fa/confirm',
]);

/** Starts a new session for `user`, ending the one this request came with (rotation). */
export async function startSession(
  store: Store,
  config: ServerConfig,
  clock: Clock,
  req: FastifyRequest,
  reply: FastifyReply,
  user: UserRecord,
): Promise<{ csrfToken: string }> {
  const old = req.cookies[SESSION_COOKIE];
  if (old) await store.authSessions.delete(sha256(old));
  const token = newToken();
  const now = clock();
  const csrfToken = newToken();
  await store.authSessions.create({
    id: sha256(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.absoluteLifetimeMs),
    // Control characters (NUL above all) cannot be stored, and are no use in a device label.
    userAgent:
      [...(req.headers['user-agent'] ?? '')]
        .filter((c) => c >= ' ' && c !== '\u007f')
        .join('')
        .slice(0, 300) || null,
  });
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    maxAge: Math.floor(config.absoluteLifetimeMs / 1000),
  });
  return { csrfToken };
}

export async function endSession(store: Store, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = req.cookies[SESSION_COOKIE];
  if (token) await store.authSessions.delete(sha256(token));
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * The origin this server answers as: the configured public origin (behind a proxy), else the
 * scheme the request came over (https when cookies are Secure) with its Host header.
 */
function expectedOrigin(config: ServerConfig, req: FastifyRequest): string | undefined {
  if (config.publicOrigin) return config.publicOrigin;
  const host = req.headers.host;
  return host ? `${config.secureCookies ? 'https' : req.protocol}://${host}` : undefined;
}

/** Exact scheme + host + port (default ports normalised); `null`, opaque or malformed origins never match. */
export function sameOrigin(origin: string, expected: string | undefined): boolean {
  if (!expected) return false;
  try {
    const a = new URL(origin);
    const b = new URL(expected);
    return a.origin !== 'null' && a.origin === b.origin;
  } catch {
    return false;
  }
}

/** Resolves the actor of every /api request, and enforces same-origin and CSRF on writes. */
export function installAuth(app: FastifyInstance, store: Store, config: ServerConfig, clock: Clock): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);
  app.decorateRequest('subject', null);
  app.decorateRequest('auditNote', null as unknown as AuditNote);
  app.addHook('onRequest', async (req) => {
    req.auditNote = {};
  });

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const unsafe = !SAFE_METHODS.has(req.method);
    if (unsafe) {
      const origin = req.headers.origin;
      if (origin !== undefined && !sameOrigin(origin, expectedOrigin(config, req)))
        throw new HttpError('csrf_failed', em('errors:server.crossSiteRequestRefused'));
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    // Session, account and (for a client) their record's status in one read, cached for seconds
    // and dropped the moment any of them changes (store/principals.ts).
    const id = hash('sha256', token, 'hex'); // = sha256(token), one-shot (no Hash object per request)
    const now = clock();
    const live = (s: { expiresAt: Date; lastSeenAt: Date }): boolean => s.expiresAt > now && now.getTime() - s.lastSeenAt.getTime() <= config.idleTimeoutMs;
    let found = await store.principals.bySessionId(id);
    // Another node may have marked it used since it was cached: ask the database before ending it.
    if (found && !live(found.session)) found = await store.principals.bySessionId(id, { fresh: true });
    if (!found || !live(found.session)) {
      if (found) await store.authSessions.delete(found.session.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    const { session, user } = found;
    if (!user || user.disabledAt) return;
    // An archived client's account is paused: a session that outlived the archiving ends here.
    if (user.role === 'client' && found.client?.status !== 'active') {
      await store.authSessions.delete(session.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    if (unsafe && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError('csrf_failed', em('errors:server.requestMissingSecurityToken'));
    }
    req.authSession = session;
    // As actorFor builds it, from what the principal already holds.
    req.actor = { userId: user.id, role: user.role, displayName: user.displayName, email: user.email, clientId: found.client?.id ?? null, locale: user.locale };
    const policy = req.routeOptions.config?.access;
    if (policy && !('public' in policy) && !ENROLMENT_ROUTES.has(req.routeOptions.url ?? '') && (await mustEnrolTwoFactor(store, req.actor))) {
      throw new HttpError('two_factor_required', em('errors:server.practiceAsksTherapistsTurn'));
    }
    // A page's own background checks (alert badge, session watch) say so: they must not keep an
    // unattended session alive past its idle timeout.
    const background = req.headers[BACKGROUND_HEADER] === '1';
    if (!background && now.getTime() - session.lastSeenAt.getTime() > 15_000) {
      await store.authSessions.touch(session.id, now);
      store.principals.touched(session.id, now);
    }
  });
}
