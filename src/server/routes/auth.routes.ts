import { LoginCodeBody, LoginResult } from '../../domain/api/account.schemas.ts';
import { LoginBody, Me, Ok, ReauthBody, SetupBody, SetupStatus } from '../../domain/api/schemas.ts';
import { SessionCheck } from '../../domain/api/session-check.schemas.ts';
import { needsSetup, reauthenticate, setupFirstTherapist, signInWithCode, signInWithPassword } from '../../services/account/sign-in.service.ts';
import { actorFor } from '../../services/account/actor.ts';
import { endSession, startSession } from '../auth.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';

/** Setup, sign-in (password, then the two-factor code when it is on), sign-out and who is signed in. */
export function authRoutes(app: App, deps: Deps): void {
  const { store, config, clock } = deps;
  const limited = { max: config.loginAttemptsPerMinute, timeWindow: 60_000 };

  app.get(
    '/api/setup',
    {
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'Whether the first therapist account still has to be created', response: { 200: SetupStatus } },
    },
    async () => ({
      needsSetup: await needsSetup(deps),
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: { public: true }, rateLimit: limited },
      schema: { tags: ['auth'], summary: 'Create the first therapist account (first run only) and sign in', body: SetupBody, response: { 201: Me } },
    },
    async (req, reply) => {
      const user = await setupFirstTherapist(deps, req.body);
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      return reply.status(201).send({ ...(await actorFor(store, user)), csrfToken });
    },
  );

  app.post(
    '/api/auth/login',
    {
      // Throttled in the service: failures per account (backoff) and per address; successes are not counted.
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        summary:
          'Sign in (rotates the session). With two-factor on, answers with a pending token for the code step instead. Failed attempts are throttled per account and per address (429 with Retry-After)',
        body: LoginBody,
        response: { 200: LoginResult },
      },
    },
    async (req, reply) => {
      const out = await signInWithPassword(deps, req.body, req.ip);
      if (!('user' in out)) return out;
      const { csrfToken } = await startSession(store, config, clock, req, reply, out.user);
      return { ...(await actorFor(store, out.user)), csrfToken };
    },
  );

  app.post(
    '/api/auth/login/code',
    {
      // Throttled in the service: failed codes per address, per pending login and per account.
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'Second sign-in step: an authenticator code or a recovery code', body: LoginCodeBody, response: { 200: Me } },
    },
    async (req, reply) => {
      const user = await signInWithCode(deps, req.body, req.ip);
      const { csrfToken } = await startSession(store, config, clock, req, reply, user);
      return { ...(await actorFor(store, user)), csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: { public: true } }, schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok } } },
    async (req, reply) => {
      await endSession(store, req, reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: { roles: ['therapist', 'client', 'admin'] } },
      schema: { tags: ['auth'], summary: 'The signed-in user and their CSRF token', response: { 200: Me } },
    },
    async (req) => ({ ...requireActor(req.actor), csrfToken: req.authSession!.csrfToken }),
  );

  // The app's boot check: a signed-out visitor is an answer, not an error (no 401 in the console).
  app.get(
    '/api/auth/session',
    {
      config: { access: { public: true } },
      schema: { tags: ['auth'], summary: 'Whether someone is signed in, and who (200 either way)', response: { 200: SessionCheck } },
    },
    async (req) =>
      req.actor && req.authSession ? { signedIn: true, me: { ...req.actor, csrfToken: req.authSession.csrfToken } } : { signedIn: false, me: null },
  );
}

/** Re-entering the password before sensitive actions (erasure, export, key changes). */
export function reauthRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/auth/reauth',
    {
      config: { access: { roles: ['therapist', 'client', 'admin'] }, rateLimit: { max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'Confirm your password before a sensitive action (valid for 5 minutes)', body: ReauthBody, response: { 200: Ok } },
    },
    async (req) => {
      await reauthenticate(deps, requireActor(req.actor), req.authSession!.id, req.body);
      return { ok: true as const };
    },
  );
}
