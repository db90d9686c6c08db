/** Request and response schemas of two-factor sign-in, account security and sessions. */
import { z } from 'zod';
import { Me } from './schemas.ts';

const Code = z.string().trim().min(1, 'Please enter the code.').max(40);
const Password = z.string().min(1).max(128);
const Token = z.string().min(1).max(100);

/** Password accepted, a second factor is needed: send `pendingToken` with a code within five minutes. */
export const TwoFactorChallenge = z.object({ twoFactorRequired: z.literal(true), pendingToken: z.string(), expiresAt: z.iso.datetime() });
export const LoginResult = z.union([Me, TwoFactorChallenge]);
/** A 6-digit authenticator code, or one of the recovery codes. */
export const LoginCodeBody = z.object({ pendingToken: Token, code: Code });

export const TwoFactorBegin = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export const TwoFactorConfirmBody = z.object({ code: Code });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const AccountSession = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const AccountSecurity = z.object({
  twoFactorEnabled: z.boolean(),
  recoveryCodesLeft: z.int(),
  /** The practice requires therapists to use two-factor sign-in. */
  requireTwoFactorForTherapists: z.boolean(),
  /** This account must turn on two-factor before anything else. */
  mustEnrolTwoFactor: z.boolean(),
  /** This account may change the practice setting. */
  mayChangePracticeSetting: z.boolean(),
  sessions: z.array(AccountSession),
});
export const SessionIdParams = z.object({ sessionId: z.string().regex(/^[0-9a-f]{32}$/, 'Expected a session id.') });
export const SessionsEnded = z.object({ ended: z.int() });

export const ChangePasswordBody = z.object({ currentPassword: Password, newPassword: Password });
export const AdminPasswordBody = z.object({ newPassword: Password });
export const UserIdParams = z.object({ userId: z.uuid() });
export const PracticeSecurityBody = z.object({ requireTwoFactorForTherapists: z.boolean() });
export const PracticeSecurity = z.object({ requireTwoFactorForTherapists: z.boolean() });
