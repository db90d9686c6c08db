/**
 * Account and security: two-factor enrolment and recovery codes, the list of one's sessions with
 * remote sign-out, password changes (which end every other session) and an operator's password
 * reset (which ends them all).
 */
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { z } from 'zod';
import type {
  AccountSecurity,
  AdminPasswordBody,
  ChangePasswordBody,
  RecoveryCodes,
  TwoFactorBegin,
  TwoFactorConfirmBody,
} from '../../domain/api/account.schemas.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { iso } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { assertPasswordAcceptable } from '../refusals.ts';
import { isPracticeOwner, mustEnrolTwoFactor, practiceSecurity } from '../practice/practice.service.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { sessionHandle } from './tokens.ts';
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from './totp.ts';

const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: easy to copy by hand

/** Ten codes of 16 characters (80 bits each), shown as XXXX-XXXX-XXXX-XXXX. */
function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: n }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b & 31]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

const audit = ({ store }: Pick<StoreDeps, 'store'>, actor: Actor, action: string, detail?: Record<string, unknown>) =>
  store.audit.append({ actorId: actor.userId, actorRole: actor.role, action, clientId: null, ...(detail ? { detail } : {}) });

/** The caller's two-factor status, recovery codes left and active sessions (`currentSessionId`: the one asking). */
export async function accountSecurity({ store }: StoreDeps, actor: Actor, currentSessionId: string): Promise<z.infer<typeof AccountSecurity>> {
  const sessions = await store.authSessions.listForUser(actor.userId);
  return {
    twoFactorEnabled: await store.accountSecurity.twoFactorEnabled(actor.userId),
    recoveryCodesLeft: await store.accountSecurity.recoveryCodesLeft(actor.userId),
    requireTwoFactorForTherapists: (await practiceSecurity(store)).requireTwoFactorForTherapists,
    mustEnrolTwoFactor: await mustEnrolTwoFactor(store, actor),
    mayChangePracticeSetting: await isPracticeOwner(store, actor),
    sessions: sessions.map((s) => ({
      id: sessionHandle(s.id),
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      userAgent: s.userAgent,
      current: s.id === currentSessionId,
    })),
  };
}

export async function beginTwoFactor({ store, clock }: StoreDeps, actor: Actor): Promise<z.infer<typeof TwoFactorBegin>> {
  if (await store.accountSecurity.twoFactorEnabled(actor.userId)) throw new HttpError('conflict', em('errors:account.twoStepSignAlready'));
  const secret = newTotpSecret();
  await store.accountSecurity.beginEnrolment(actor.userId, secret, clock());
  const uri = otpauthUri(secret, actor.email);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret: base32Encode(secret), otpauthUri: uri, qrSvg };
}

/** Finishes enrolment with a code from the app; answers with ten recovery codes, shown once. */
export async function confirmTwoFactor(deps: StoreDeps, actor: Actor, input: z.output<typeof TwoFactorConfirmBody>): Promise<z.infer<typeof RecoveryCodes>> {
  const { store, clock } = deps;
  const totp = await store.accountSecurity.totp(actor.userId);
  if (!totp) throw new HttpError('conflict', em('errors:account.startSettingUpTwo'));
  if (totp.enabledAt) throw new HttpError('conflict', em('errors:account.twoStepSignAlready2'));
  const now = clock();
  const step = matchTotp(totp.secret, input.code.replace(/\s/g, ''), now);
  if (step === null || !(await store.accountSecurity.useStep(actor.userId, step, now))) {
    throw new HttpError('invalid_request', em('errors:account.codeRightCheckTime'), [{ path: 'body.code', message: 'That code is not right.' }]);
  }
  const codes = newRecoveryCodes();
  await store.accountSecurity.replaceRecoveryCodes(actor.userId, codes, now);
  await audit(deps, actor, 'auth.2fa_enabled');
  return { recoveryCodes: codes };
}

export async function disableTwoFactor(deps: StoreDeps, actor: Actor): Promise<void> {
  const { store } = deps;
  if (!(await store.accountSecurity.twoFactorEnabled(actor.userId))) throw new HttpError('conflict', em('errors:account.twoStepSign'));
  if (actor.role === 'therapist' && (await practiceSecurity(store)).requireTwoFactorForTherapists) {
    throw new HttpError('conflict', em('errors:account.practiceRequiresTwoStep'));
  }
  await store.accountSecurity.disable(actor.userId);
  await audit(deps, actor, 'auth.2fa_disabled');
}

/** Ten new recovery codes; the old ones stop working. */
export async function replaceRecoveryCodes(deps: StoreDeps, actor: Actor): Promise<z.infer<typeof RecoveryCodes>> {
  if (!(await deps.store.accountSecurity.twoFactorEnabled(actor.userId))) throw new HttpError('conflict', em('errors:account.turnTwoStepSign'));
  const codes = newRecoveryCodes();
  await deps.store.accountSecurity.replaceRecoveryCodes(actor.userId, codes, deps.clock());
  await audit(deps, actor, 'auth.recovery_codes_replaced');
  return { recoveryCodes: codes };
}

/** Signs out one of the caller's sessions by its handle; says whether it was the one asking. */
export async function endOwnSession(
  deps: StoreDeps,
  actor: Actor,
  handle: string,
  currentSessionId: string,
): Promise<{ ended: number; endedCurrent: boolean }> {
  const target = (await deps.store.authSessions.listForUser(actor.userId)).find((s) => sessionHandle(s.id) === handle);
  if (!target) throw new HttpError('not_found', em('errors:account.sessionFoundMayEnded'));
  await deps.store.authSessions.delete(target.id);
  await audit(deps, actor, 'auth.session_ended', { session: handle });
  return { ended: 1, endedCurrent: target.id === currentSessionId };
}

export async function endOtherSessions(deps: StoreDeps, actor: Actor, currentSessionId: string): Promise<{ ended: number }> {
  const ended = await deps.store.authSessions.deleteOthersForUser(actor.userId, currentSessionId);
  await audit(deps, actor, 'auth.sessions_ended', { ended });
  return { ended };
}

/** Changes the caller's password (the current one required) and signs out every other session. */
export async function changePassword(
  deps: StoreDeps,
  actor: Actor,
  currentSessionId: string,
  input: z.output<typeof ChangePasswordBody>,
): Promise<{ ended: number }> {
  const { store } = deps;
  const user = await store.users.byId(actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await audit(deps, actor, 'auth.password_change_failed');
    throw new HttpError('bad_credentials', em('errors:account.currentPasswordRight'), [
      { path: 'body.currentPassword', message: 'Your current password is not right.' },
    ]);
  }
  assertPasswordAcceptable(input.newPassword, { email: user.email, displayName: user.displayName }, 'body.newPassword');
  await store.accountSecurity.setPasswordHash(user.id, await hashPassword(input.newPassword));
  const ended = await store.authSessions.deleteOthersForUser(user.id, currentSessionId);
  await audit(deps, actor, 'auth.password_changed', { sessionsEnded: ended });
  return { ended };
}

/** An operator sets a new password for an account, ending all of its sessions. */
export async function resetPassword({ store }: StoreDeps, actor: Actor, userId: string, input: z.output<typeof AdminPasswordBody>): Promise<{ ended: number }> {
  const user = await store.users.byId(userId);
  if (!user) throw new HttpError('not_found', em('errors:account.accountFound'));
  assertPasswordAcceptable(input.newPassword, { email: user.email, displayName: user.displayName }, 'body.newPassword');
  await store.accountSecurity.setPasswordHash(user.id, await hashPassword(input.newPassword));
  const ended = await store.authSessions.deleteForUser(user.id);
  await store.audit.append({
    actorId: actor.userId,
    actorRole: actor.role,
    action: 'auth.password_reset',
    clientId: null,
    targetType: 'user',
    targetId: user.id,
    detail: { sessionsEnded: ended },
  });
  return { ended };
}
