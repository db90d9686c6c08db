import { randomUUID } from 'node:crypto';
import { LoginBody, Me, Ok, ReauthBody, SetupBody, SetupStatus } from '../../domain/api/schemas.ts';
import { passwordProblem } from '../../domain/index.ts';
import { actorFor, endSession, startSession } from '../auth.ts';
import type { App, Deps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { dummyHash, hashPassword, verifyPassword } from '../passwords.ts';

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
      schema: { tags: ['auth'], summary: 'Sign in (rotates the session)', body: LoginBody, response: { 200: Me } },
    },
    async (req, reply) => {
      const user = await store.users.byEmail(req.body.email);
      const ok = user && !user.disabledAt ? await verifyPassword(user.passwordHash, req.body.password) : (await verifyPassword(await dummyHash(), req.body.password), false);
      if (!user || !ok) {
        await store.audit.append({ actorId: user?.id ?? null, actorRole: null, action: 'auth.login_failed', clientId: null, detail: { ip: req.ip } });
        throw new HttpError('bad_credentials', 'That email and password do not match an account.');
      }
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login', clientId: null, detail: { ip: req.ip } });
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
}

/** Re-entering the password before sensitive actions (erasure, export, key changes). */
export function reauthRoutes(app: App, { store, clock }: Deps): void {
  app.post(
    '/api/auth/reauth',
    { config: { access: { roles: ['therapist', 'client', 'admin'] }, rateLimit: { max: 10, timeWindow: 60_000 } }, schema: { tags: ['auth'], summary: 'Confirm your password before a sensitive action (valid for 5 minutes)', body: ReauthBody, response: { 200: Ok } } },
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
