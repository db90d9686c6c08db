import { randomUUID } from 'node:crypto';
import { LoginCodeBody, LoginResult } from '../../domain/api/account.schemas.ts';
import { LoginBody, Me, Ok, ReauthBody, SetupBody, SetupStatus } from '../../domain/api/schemas.ts';
import { SessionCheck } from '../../domain/api/session-check.schemas.ts';
import { passwordProblem } from '../../domain/index.ts';
import { actorFor, endSession, newToken, sha256, startSession } from '../auth.ts';
import type { App, Deps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { dummyHash, hashPassword, verifyPassword } from '../passwords.ts';
import { matchTotp } from '../totp.ts';

/** How long the step between password and code may take. */
export const PENDING_LOGIN_MS = 5 * 60_000;
/** Wrong codes allowed on one pending login before it is void (the password must be entered again). */
export const CODE_ATTEMPTS_PER_LOGIN = 5;
/** Wrong codes allowed per account within `CODE_FAILURE_WINDOW_MS`, across pending logins. */
export const CODE_FAILURES_PER_ACCOUNT = 10;
export const CODE_FAILURE_WINDOW_MS = 15 * 60_000;

export function authRoutes(app: App, { store, config, clock }: Deps): void {
  app.get('/api/setup', { config: { access: { public: true } }, schema: { tags: ['auth'], summary: 'Whether the first therapist account still has to be created', response: { 200: SetupStatus } } }, async () => ({
    needsSetup: (await store.users.countByRole('therapist')) === 0,
  }));

  app.post(
    '/api/setup',
    {
      config: { access: { public: true }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'Create the first therapist account (first run only) and sign in', body: SetupBody, response: { 201: Me } },
    },
    async (req, reply) => {
      const problem = passwordProblem(req.body.password, req.body);
      if (problem) throw new HttpError('invalid_request', problem, [{ path: 'body.password', message: problem }]);
      const passwordHash = await hashPassword(req.body.password);
      const user = await store.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(7340035)');
        const n = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'therapist'");
        if ((n[0]?.n ?? 0) > 0) throw new HttpError('conflict', 'Hearth is already set up. Please sign in.');
        return store.users.create({ id: randomUUID(), role: 'therapist', email: req.body.email, displayName: req.body.displayName, passwordHash, createdAt: clock() }, tx);
      });
      await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.setup', clientId: null });
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      return reply.status(201).send({ ...(await actorFor(store, user)), csrfToken });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: { public: true }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'Sign in (rotates the session). With two-factor on, answers with a pending token for the code step instead', body: LoginBody, response: { 200: LoginResult } },
    },
    async (req, reply) => {
      const user = await store.users.byEmail(req.body.email);
      const ok = user && !user.disabledAt ? await verifyPassword(user.passwordHash, req.body.password) : (await verifyPassword(await dummyHash(), req.body.password), false);
      if (!user || !ok) {
        await store.audit.append({ actorId: user?.id ?? null, actorRole: null, action: 'auth.login_failed', clientId: null, detail: { ip: req.ip } });
        throw new HttpError('bad_credentials', 'That email and password do not match an account.');
      }
      if (await store.accountSecurity.twoFactorEnabled(user.id)) {
        const pendingToken = newToken();
        const now = clock();
        const expiresAt = new Date(now.getTime() + PENDING_LOGIN_MS);
        await store.accountSecurity.createChallenge({ id: sha256(pendingToken), userId: user.id, createdAt: now, expiresAt });
        await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login_password_ok', clientId: null, detail: { ip: req.ip } });
        return { twoFactorRequired: true as const, pendingToken, expiresAt: expiresAt.toISOString() };
      }
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login', clientId: null, detail: { ip: req.ip } });
      return { ...(await actorFor(store, user)), csrfToken };
    },
  );

  app.post(
    '/api/auth/login/code',
    {
      config: { access: { public: true }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'Second sign-in step: an authenticator code or a recovery code', body: LoginCodeBody, response: { 200: Me } },
    },
    async (req, reply) => {
      const now = clock();
      const expired = new HttpError('bad_credentials', 'This sign-in has expired. Please enter your email and password again.');
      const challenge = await store.accountSecurity.attemptChallenge(sha256(req.body.pendingToken));
      if (!challenge || challenge.expiresAt <= now) throw expired;
      if (challenge.attempts > CODE_ATTEMPTS_PER_LOGIN) {
        await store.accountSecurity.deleteChallenge(challenge.id);
        throw new HttpError('rate_limited', 'Too many wrong codes. Please enter your email and password again.');
      }
      const user = await store.users.byId(challenge.userId);
      const totp = user && !user.disabledAt ? await store.accountSecurity.totp(user.id) : undefined;
      if (!user || !totp?.enabledAt) throw expired;
      if (totp.failures >= CODE_FAILURES_PER_ACCOUNT && totp.failuresSince && now.getTime() - totp.failuresSince.getTime() < CODE_FAILURE_WINDOW_MS) {
        throw new HttpError('rate_limited', 'Too many wrong codes for this account. Please wait 15 minutes and try again.');
      }
      const code = req.body.code.replace(/\s/g, '');
      let method: 'totp' | 'recovery' = 'totp';
      let ok: boolean;
      if (/^\d{6}$/.test(code)) {
        const step = matchTotp(totp.secret, code, now);
        ok = step !== null && (await store.accountSecurity.useStep(user.id, step));
      } else {
        method = 'recovery';
        ok = await store.accountSecurity.useRecoveryCode(user.id, code, now);
      }
      if (!ok) {
        await store.accountSecurity.recordFailure(user.id, now, CODE_FAILURE_WINDOW_MS);
        await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.2fa_failed', clientId: null, detail: { ip: req.ip, method } });
        throw new HttpError('bad_credentials', method === 'totp' ? 'That code is not right, or was already used. Wait for the next code and try again.' : 'That recovery code is not right, or was already used.');
      }
      await store.accountSecurity.deleteChallenge(challenge.id);
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login', clientId: null, detail: { ip: req.ip, secondFactor: method } });
      return { ...(await actorFor(store, user)), csrfToken };
    },
  );

  app.post('/api/auth/logout', { config: { access: { public: true } }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok } } }, async (req, reply) => {
    await endSession(store, req, reply);
    return { ok: true as const };
  });

  app.get(
    '/api/auth/me',
    { config: { access: { roles: ['therapist', 'client', 'admin'] } }, schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: Me } } },
    async (req) => {
      const actor = req.actor!;
      return { ...actor, csrfToken: req.authSession!.csrfToken };
    },
  );

  // The app's boot check: a signed-out visitor is an answer, not an error (no 401 in the console).
  app.get(
    '/api/auth/session',
    { config: { access: { public: true } }, schema: { tags: ['auth'], summary: 'Whether someone is signed in, and who (200 either way)', response: { 200: SessionCheck } } },
    async (req) => (req.actor && req.authSession ? { signedIn: true, me: { ...req.actor, csrfToken: req.authSession.csrfToken } } : { signedIn: false, me: null }),
  );
}

/** Re-entering the password before sensitive actions (erasure, export, key changes). */
export function reauthRoutes(app: App, { store, config, clock }: Deps): void {
  app.post(
    '/api/auth/reauth',
    { config: { access: { roles: ['therapist', 'client', 'admin'] }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } }, schema: { tags: ['auth'], summary: 'Confirm your password before a sensitive action (valid for 5 minutes)', body: ReauthBody, response: { 200: Ok } } },
    async (req) => {
      const user = await store.users.byId(req.actor!.userId);
      if (!user || !(await verifyPassword(user.passwordHash, req.body.password))) {
        await store.audit.append({ actorId: req.actor!.userId, actorRole: req.actor!.role, action: 'auth.reauth_failed', clientId: null });
        throw new HttpError('bad_credentials', 'That password is not right.');
      }
      await store.authSessions.markReauthenticated(req.authSession!.id, clock());
      return { ok: true as const };
    },
  );
}
