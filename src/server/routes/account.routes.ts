/**
 * Account and security: two-factor enrolment and recovery codes, the list of one's sessions with
 * remote sign-out, password changes (which end every other session), an operator's password
 * reset (which ends them all), and the practice setting that requires two-factor for therapists.
 */
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
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
import { Ok } from '../../domain/api/schemas.ts';
import { passwordProblem } from '../../domain/index.ts';
import type { Actor } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import { PRACTICE_SECURITY_KEY, SESSION_COOKIE, mustEnrolTwoFactor, practiceSecurity, sessionHandle } from '../auth.ts';
import type { App, Deps } from '../deps.ts';
import { iso } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from '../totp.ts';

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: easy to copy by hand

/** Ten codes of 16 characters (80 bits each), shown as XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: n }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b & 31]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

const ALL = ['therapist', 'client', 'admin'] as const;

/** The practice owner: the therapist who set Hearth up (the earliest therapist account). */
async function isPracticeOwner(store: Store, actor: Actor): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'therapist') return false;
  const first = (await store.users.list()).find((u) => u.role === 'therapist');
  return first?.id === actor.userId;
}

export function accountRoutes(app: App, { store, config, clock }: Deps): void {
  const audit = (actor: Actor, action: string, detail?: Record<string, unknown>) =>
    store.audit.append({ actorId: actor.userId, actorRole: actor.role, action, clientId: null, ...(detail ? { detail } : {}) });

  app.get(
    '/api/account/security',
    { config: { access: { roles: ALL } }, schema: { tags: ['account'], summary: 'Your two-factor status, recovery codes left and active sessions', response: { 200: AccountSecurity } } },
    async (req) => {
      const actor = req.actor!;
      const current = req.authSession!.id;
      const sessions = await store.authSessions.listForUser(actor.userId);
      return {
        twoFactorEnabled: await store.accountSecurity.twoFactorEnabled(actor.userId),
        recoveryCodesLeft: await store.accountSecurity.recoveryCodesLeft(actor.userId),
        requireTwoFactorForTherapists: (await practiceSecurity(store)).requireTwoFactorForTherapists,
        mustEnrolTwoFactor: await mustEnrolTwoFactor(store, actor),
        mayChangePracticeSetting: await isPracticeOwner(store, actor),
        sessions: sessions.map((s) => ({ id: sessionHandle(s.id), createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), userAgent: s.userAgent, current: s.id === current })),
      };
    },
  );

  app.post(
    '/api/account/2fa/begin',
    { config: { access: { roles: ALL }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } }, schema: { tags: ['account'], summary: 'Start two-factor enrolment: a new secret, its otpauth:// URI and a QR code (SVG)', response: { 200: TwoFactorBegin } } },
    async (req) => {
      const actor = req.actor!;
      if (await store.accountSecurity.twoFactorEnabled(actor.userId)) throw new HttpError('conflict', 'Two-step sign-in is already on. Turn it off first to set up a new device.');
      const secret = newTotpSecret();
      await store.accountSecurity.beginEnrolment(actor.userId, secret, clock());
      const uri = otpauthUri(secret, actor.email);
      const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return { secret: base32Encode(secret), otpauthUri: uri, qrSvg };
    },
  );

  app.post(
    '/api/account/2fa/confirm',
    { config: { access: { roles: ALL }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } }, schema: { tags: ['account'], summary: 'Finish enrolment with a code from the app; answers with ten recovery codes, shown once', body: TwoFactorConfirmBody, response: { 200: RecoveryCodes } } },
    async (req) => {
      const actor = req.actor!;
      const totp = await store.accountSecurity.totp(actor.userId);
      if (!totp) throw new HttpError('conflict', 'Start setting up two-step sign-in first.');
      if (totp.enabledAt) throw new HttpError('conflict', 'Two-step sign-in is already on.');
      const now = clock();
      const step = matchTotp(totp.secret, req.body.code.replace(/\s/g, ''), now);
      if (step === null || !(await store.accountSecurity.useStep(actor.userId, step, now))) {
        throw new HttpError('invalid_request', 'That code is not right. Check that the time on your device is correct and enter the newest code.', [{ path: 'body.code', message: 'That code is not right.' }]);
      }
      const codes = newRecoveryCodes();
      await store.accountSecurity.replaceRecoveryCodes(actor.userId, codes, now);
      await audit(actor, 'auth.2fa_enabled');
      return { recoveryCodes: codes };
    },
  );

  app.post(
    '/api/account/2fa/disable',
    { config: { access: { roles: ALL }, reauth: true }, schema: { tags: ['account'], summary: 'Turn two-step sign-in off (password re-entered first)', response: { 200: Ok } } },
    async (req) => {
      const actor = req.actor!;
      if (!(await store.accountSecurity.twoFactorEnabled(actor.userId))) throw new HttpError('conflict', 'Two-step sign-in is not on.');
      if (actor.role === 'therapist' && (await practiceSecurity(store)).requireTwoFactorForTherapists) {
        throw new HttpError('conflict', 'Your practice requires two-step sign-in for therapists, so it cannot be turned off.');
      }
      await store.accountSecurity.disable(actor.userId);
      await audit(actor, 'auth.2fa_disabled');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/2fa/recovery-codes',
    { config: { access: { roles: ALL }, reauth: true }, schema: { tags: ['account'], summary: 'Replace your recovery codes with ten new ones (the old ones stop working)', response: { 200: RecoveryCodes } } },
    async (req) => {
      const actor = req.actor!;
      if (!(await store.accountSecurity.twoFactorEnabled(actor.userId))) throw new HttpError('conflict', 'Turn on two-step sign-in first.');
      const codes = newRecoveryCodes();
      await store.accountSecurity.replaceRecoveryCodes(actor.userId, codes, clock());
      await audit(actor, 'auth.recovery_codes_replaced');
      return { recoveryCodes: codes };
    },
  );

  app.delete(
    '/api/account/sessions/:sessionId',
    { config: { access: { roles: ALL } }, schema: { tags: ['account'], summary: 'Sign out one of your sessions (another device, or this one)', params: SessionIdParams, response: { 200: SessionsEnded } } },
    async (req, reply) => {
      const actor = req.actor!;
      const target = (await store.authSessions.listForUser(actor.userId)).find((s) => sessionHandle(s.id) === req.params.sessionId);
      if (!target) throw new HttpError('not_found', 'That session was not found. It may have ended already.');
      await store.authSessions.delete(target.id);
      if (target.id === req.authSession!.id) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      await audit(actor, 'auth.session_ended', { session: req.params.sessionId });
      return { ended: 1 };
    },
  );

  app.post(
    '/api/account/sessions/end-others',
    { config: { access: { roles: ALL } }, schema: { tags: ['account'], summary: 'Sign out every other session of yours', response: { 200: SessionsEnded } } },
    async (req) => {
      const actor = req.actor!;
      const ended = await store.authSessions.deleteOthersForUser(actor.userId, req.authSession!.id);
      await audit(actor, 'auth.sessions_ended', { ended });
      return { ended };
    },
  );

  app.post(
    '/api/account/password',
    { config: { access: { roles: ALL }, rateLimit: { max: config.loginAttemptsPerMinute, timeWindow: 60_000 } }, schema: { tags: ['account'], summary: 'Change your password (current one required); signs out every other session', body: ChangePasswordBody, response: { 200: SessionsEnded } } },
    async (req) => {
      const actor = req.actor!;
      const user = await store.users.byId(actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, req.body.currentPassword))) {
        await audit(actor, 'auth.password_change_failed');
        throw new HttpError('bad_credentials', 'Your current password is not right.', [{ path: 'body.currentPassword', message: 'Your current password is not right.' }]);
      }
      const problem = passwordProblem(req.body.newPassword, { email: user.email, displayName: user.displayName });
      if (problem) throw new HttpError('invalid_request', problem, [{ path: 'body.newPassword', message: problem }]);
      await store.accountSecurity.setPasswordHash(user.id, await hashPassword(req.body.newPassword));
      const ended = await store.authSessions.deleteOthersForUser(user.id, req.authSession!.id);
      await audit(actor, 'auth.password_changed', { sessionsEnded: ended });
      return { ended };
    },
  );

  app.post(
    '/api/admin/users/:userId/password',
    { config: { access: { roles: ['admin'] }, reauth: true }, schema: { tags: ['admin'], summary: 'Set a new password for an account (ends all of its sessions)', params: UserIdParams, body: AdminPasswordBody, response: { 200: SessionsEnded } } },
    async (req) => {
      const actor = req.actor!;
      const user = await store.users.byId(req.params.userId);
      if (!user) throw new HttpError('not_found', 'That account was not found.');
      const problem = passwordProblem(req.body.newPassword, { email: user.email, displayName: user.displayName });
      if (problem) throw new HttpError('invalid_request', problem, [{ path: 'body.newPassword', message: problem }]);
      await store.accountSecurity.setPasswordHash(user.id, await hashPassword(req.body.newPassword));
      const ended = await store.authSessions.deleteForUser(user.id);
      await store.audit.append({ actorId: actor.userId, actorRole: actor.role, action: 'auth.password_reset', clientId: null, targetType: 'user', targetId: user.id, detail: { sessionsEnded: ended } });
      return { ended };
    },
  );

  app.put(
    '/api/practice/security',
    { config: { access: { roles: ['therapist', 'admin'] }, reauth: true }, schema: { tags: ['account'], summary: 'Practice setting: require two-step sign-in for therapists (the practice owner or an operator)', body: PracticeSecurityBody, response: { 200: PracticeSecurity } } },
    async (req) => {
      const actor = req.actor!;
      if (!(await isPracticeOwner(store, actor))) throw new HttpError('forbidden', 'Only the therapist who set up this practice, or an operator, can change this.');
      const next = { requireTwoFactorForTherapists: req.body.requireTwoFactorForTherapists };
      if (next.requireTwoFactorForTherapists && actor.role === 'therapist' && !(await store.accountSecurity.twoFactorEnabled(actor.userId))) {
        throw new HttpError('conflict', 'Turn on two-step sign-in for your own account first.');
      }
      await store.settings.set(PRACTICE_SECURITY_KEY, next);
      await audit(actor, 'practice.security_changed', next);
      return next;
    },
  );
}
