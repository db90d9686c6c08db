/**
 * Cookie sessions. The cookie holds a random 256-bit token; the database keeps only its sha256.
 * Sessions end after an idle timeout and an absolute lifetime, rotate on every login, and carry
 * a CSRF token that state-changing requests must echo in `x-csrf-token`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/index.ts';
import type { Clock, Store, UserRecord } from '../store/index.ts';
import type { ServerConfig } from './config.ts';
import type { AuditNote } from './context.ts';
import { HttpError } from './errors.ts';

export const SESSION_COOKIE = 'hearth_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export async function actorFor(store: Store, user: UserRecord): Promise<Actor> {
  const client = user.role === 'client' ? await store.clients.byUserId(user.id) : undefined;
  return { userId: user.id, role: user.role, displayName: user.displayName, email: user.email, clientId: client?.id ?? null };
}

/** Starts a new session for `user`, ending the one this request came with (rotation). */
export async function startSession(store: Store, config: ServerConfig, clock: Clock, req: FastifyRequest, reply: FastifyReply, user: UserRecord): Promise<{ csrfToken: string }> {
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
    userAgent: (req.headers['user-agent'] ?? '').slice(0, 300) || null,
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
      if (origin && origin !== 'null') {
        let host: string | undefined;
        try {
          host = new URL(origin).host;
        } catch {
          host = undefined;
        }
        if (host !== req.headers.host) throw new HttpError('csrf_failed', 'Cross-site request refused.');
      } else if (origin === 'null') {
        throw new HttpError('csrf_failed', 'Cross-site request refused.');
      }
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await store.authSessions.byId(sha256(token));
    const now = clock();
    if (!session || session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > config.idleTimeoutMs) {
      if (session) await store.authSessions.delete(session.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    const user = await store.users.byId(session.userId);
    if (!user || user.disabledAt) return;
    if (unsafe && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpError('csrf_failed', 'This request is missing its security token. Reload the page and try again.');
    }
    req.authSession = session;
    req.actor = await actorFor(store, user);
    if (now.getTime() - session.lastSeenAt.getTime() > 15_000) await store.authSessions.touch(session.id, now);
  });
}
