/**
 * Account and security: two-factor enrolment and recovery codes, the list of one's sessions with
 * remote sign-out, password changes, an operator's password reset, and the practice setting that
 * requires two-factor for therapists. The rules are in services/account and services/practice.
 */
import {
  AccountSecurity,
  AdminPasswordBody,
  ChangePasswordBody,
  PracticeSecurity,
  PracticeSecurityBody,
  RecoveryCodes,
  SessionIdParams,
  SessionsEnded,
  TwoFactorBegin,
  TwoFactorConfirmBody,
  UserIdParams,
} from '../../domain/api/account.schemas.ts';
import { LocaleBody, LocaleResult, Ok } from '../../domain/api/schemas.ts';
import { setOwnLocale } from '../../services/account/locale.service.ts';
import {
  accountSecurity,
  beginTwoFactor,
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  endOtherSessions,
  endOwnSession,
  replaceRecoveryCodes,
  resetPassword,
} from '../../services/account/account.service.ts';
import { setPracticeSecurity } from '../../services/practice/practice.service.ts';
import type { AuthSessionRecord } from '../../store/index.ts';
import { SESSION_COOKIE } from '../auth.ts';
import { requireActor } from '../context.ts';
import type { App, Deps } from '../deps.ts';

const ALL = ['therapist', 'client', 'admin'] as const;

const sessionOf = (s: AuthSessionRecord | null): string => {
  if (!s) throw new Error('account route reached without a session');
  return s.id;
};

export function accountRoutes(app: App, deps: Deps): void {
  const limited = { max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000 };

  app.get(
    '/api/account/security',
    {
      config: { access: { roles: ALL } },
      schema: { tags: ['account'], summary: 'Your two-factor status, recovery codes left and active sessions', response: { 200: AccountSecurity } },
    },
    async (req) => accountSecurity(deps, requireActor(req.actor), sessionOf(req.authSession)),
  );

  app.put(
    '/api/account/locale',
    {
      config: { access: { roles: ALL } },
      schema: {
        tags: ['account'],
        summary: 'Choose the language Hearth speaks to you (null: follow the browser); used for the app, PDFs and exports',
        body: LocaleBody,
        response: { 200: LocaleResult },
      },
    },
    async (req) => setOwnLocale(deps, requireActor(req.actor), req.body),
  );

  app.post(
    '/api/account/2fa/begin',
    {
      config: { access: { roles: ALL }, rateLimit: limited },
      schema: {
        tags: ['account'],
        summary: 'Start two-factor enrolment: a new secret, its otpauth:// URI and a QR code (SVG)',
        response: { 200: TwoFactorBegin },
      },
    },
    async (req) => beginTwoFactor(deps, requireActor(req.actor)),
  );

  app.post(
    '/api/account/2fa/confirm',
    {
      config: { access: { roles: ALL }, rateLimit: limited },
      schema: {
        tags: ['account'],
        summary: 'Finish enrolment with a code from the app; answers with ten recovery codes, shown once',
        body: TwoFactorConfirmBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (req) => confirmTwoFactor(deps, requireActor(req.actor), req.body),
  );

  app.post(
    '/api/account/2fa/disable',
    {
      config: { access: { roles: ALL }, reauth: true },
      schema: { tags: ['account'], summary: 'Turn two-step sign-in off (password re-entered first)', response: { 200: Ok } },
    },
    async (req) => {
      await disableTwoFactor(deps, requireActor(req.actor));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/2fa/recovery-codes',
    {
      config: { access: { roles: ALL }, reauth: true },
      schema: { tags: ['account'], summary: 'Replace your recovery codes with ten new ones (the old ones stop working)', response: { 200: RecoveryCodes } },
    },
    async (req) => replaceRecoveryCodes(deps, requireActor(req.actor)),
  );

  app.delete(
    '/api/account/sessions/:sessionId',
    {
      config: { access: { roles: ALL } },
      schema: {
        tags: ['account'],
        summary: 'Sign out one of your sessions (another device, or this one)',
        params: SessionIdParams,
        response: { 200: SessionsEnded },
      },
    },
    async (req, reply) => {
      const out = await endOwnSession(deps, requireActor(req.actor), req.params.sessionId, sessionOf(req.authSession));
      if (out.endedCurrent) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended: out.ended };
    },
  );

  app.post(
    '/api/account/sessions/end-others',
    { config: { access: { roles: ALL } }, schema: { tags: ['account'], summary: 'Sign out every other session of yours', response: { 200: SessionsEnded } } },
    async (req) => endOtherSessions(deps, requireActor(req.actor), sessionOf(req.authSession)),
  );

  app.post(
    '/api/account/password',
    {
      config: { access: { roles: ALL }, rateLimit: limited },
      schema: {
        tags: ['account'],
        summary: 'Change your password (current one required); signs out every other session',
        body: ChangePasswordBody,
        response: { 200: SessionsEnded },
      },
    },
    async (req) => changePassword(deps, requireActor(req.actor), sessionOf(req.authSession), req.body),
  );

  app.post(
    '/api/admin/users/:userId/password',
    {
      config: { access: { roles: ['admin'] }, reauth: true },
      schema: {
        tags: ['admin'],
        summary: 'Set a new password for an account (ends all of its sessions)',
        params: UserIdParams,
        body: AdminPasswordBody,
        response: { 200: SessionsEnded },
      },
    },
    async (req) => resetPassword(deps, requireActor(req.actor), req.params.userId, req.body),
  );

  app.put(
    '/api/practice/security',
    {
      config: { access: { roles: ['therapist', 'admin'] }, reauth: true },
      schema: {
        tags: ['account'],
        summary: 'Practice setting: require two-step sign-in for therapists (the practice owner or an operator)',
        body: PracticeSecurityBody,
        response: { 200: PracticeSecurity },
      },
    },
    async (req) => setPracticeSecurity(deps, requireActor(req.actor), req.body),
  );
}
