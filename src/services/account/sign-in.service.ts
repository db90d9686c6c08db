/**
 * Signing in: the first therapist's setup, email + password, the two-factor code step (an
 * authenticator code or a recovery code), and re-entering the password before sensitive
 * actions. These decide who may start a session; the HTTP layer (server/auth.ts) sets the cookie.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { LoginCodeBody } from '../../domain/api/account.schemas.ts';
import type { LoginBody, ReauthBody, SetupBody } from '../../domain/api/schemas.ts';
import type { ThrottleKey, UserRecord } from '../../store/index.ts';
import type { Actor, StoreDeps } from '../context.ts';
import { em, HttpError } from '../errors.ts';
import { assertPasswordAcceptable } from '../refusals.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { newToken, sha256 } from './tokens.ts';
import { matchTotp } from './totp.ts';

/** How long the step between password and code may take. */
export const PENDING_LOGIN_MS = 5 * 60_000;
/** Wrong codes allowed on one pending login before it is void (the password must be entered again). */
export const CODE_ATTEMPTS_PER_LOGIN = 5;
/** Wrong codes allowed per account within `CODE_FAILURE_WINDOW_MS`, across pending logins. */
export const CODE_FAILURES_PER_ACCOUNT = 10;
export const CODE_FAILURE_WINDOW_MS = 15 * 60_000;

/** Whether the first therapist account still has to be created. */
export async function needsSetup({ store }: StoreDeps): Promise<boolean> {
  return (await store.users.countByRole('therapist')) === 0;
}

/** Creates the first therapist account (first run only; a race between two setups lets one win). */
export async function setupFirstTherapist({ store, clock }: StoreDeps, input: z.output<typeof SetupBody>): Promise<UserRecord> {
  assertPasswordAcceptable(input.password, input, 'body.password');
  const passwordHash = await hashPassword(input.password);
  const user = await store.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7340035)');
    const n = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'therapist'");
    if ((n[0]?.n ?? 0) > 0) throw new HttpError('conflict', em('errors:account.hearthAlreadySetUp'));
    return store.users.create(
      {
        id: randomUUID(),
        role: 'therapist',
        email: input.email,
        displayName: input.displayName,
        passwordHash,
        createdAt: clock(),
        locale: input.locale ?? null,
      },
      tx,
    );
  });
  await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.setup', clientId: null });
  return user;
}

/**
 * A client whose record is archived cannot sign in (checked only after the password was right, so
 * it tells a guesser nothing). Restoring the record restores the account.
 */
async function assertAccountUsable(store: StoreDeps['store'], user: UserRecord): Promise<void> {
  if (user.role === 'client' && !(await store.clients.accountActive(user.id))) {
    await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login_refused_archived', clientId: null });
    throw new HttpError('forbidden', em('errors:account.accountPausedBecauseTherapist'));
  }
}

/** The password step: the user to start a session for, or (with two-factor on) a pending token for the code step. */
export type PasswordOutcome = { user: UserRecord } | { twoFactorRequired: true; pendingToken: string; expiresAt: string };

/** How failed password sign-ins are slowed down (server settings; see `ServerConfig`). */
export interface LoginThrottlePolicy {
  /** Failed sign-ins allowed per client address per minute (successes are not counted). */
  loginAttemptsPerMinute: number;
  /** Failed sign-ins per account before each further one makes the next wait, doubling from `loginBackoffBaseMs`. */
  loginFreeFailuresPerAccount: number;
  loginBackoffBaseMs: number;
  /** The longest an account waits between attempts. */
  loginBackoffMaxMs: number;
}

/** An account's failures are forgotten after a day without one. */
const ACCOUNT_FAILURES_KEPT_MS = 24 * 60 * 60_000;

/** The address's count for one step (password or code: each has its own, as each had its own limit). */
const addressKey = (store: StoreDeps['store'], policy: LoginThrottlePolicy, ip: string, step: 'password' | 'code' = 'password'): ThrottleKey => ({
  key: store.loginThrottle.keyFor('address', step === 'password' ? ip : `code:${ip}`),
  rule: { kind: 'window', max: policy.loginAttemptsPerMinute, windowMs: 60_000 },
});

function throttleKeys(store: StoreDeps['store'], policy: LoginThrottlePolicy, email: string, ip: string): { account: ThrottleKey; address: ThrottleKey } {
  return {
    // Every email is throttled alike, whether or not it has an account (nothing to learn from a 429).
    account: {
      key: store.loginThrottle.keyFor('account', email.trim().toLowerCase()),
      rule: {
        kind: 'backoff',
        free: policy.loginFreeFailuresPerAccount,
        baseMs: policy.loginBackoffBaseMs,
        maxMs: policy.loginBackoffMaxMs,
        resetMs: ACCOUNT_FAILURES_KEPT_MS,
      },
    },
    address: addressKey(store, policy, ip),
  };
}

/** Charges an attempt, or refuses at once with 429 and how long to wait. */
async function admit(store: StoreDeps['store'], keys: ThrottleKey[], now: Date, ip: string): Promise<void> {
  const charged = await store.loginThrottle.charge(keys, now);
  if (charged.waitMs <= 0) return;
  const seconds = Math.ceil(charged.waitMs / 1000);
  await store.audit.append({ actorId: null, actorRole: null, action: 'auth.login_throttled', clientId: null, detail: { ip } });
  throw new HttpError(
    'rate_limited',
    em('errors:account.tooManySignAttempts', seconds < 90 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) }),
    { retryAfterSeconds: seconds },
  );
}

/**
 * The password step. Failed attempts are throttled per account (exponential backoff, so guessing
 * one account from many addresses is slowed) and per address (a window, so one address cannot try
 * many accounts); successes are not counted and clear the account's failures, so a clinic behind
 * one shared address is not locked out by its own sign-ins. A throttled attempt is refused before
 * the password is looked at, whether or not it is right.
 */
export async function signInWithPassword(
  { store, clock, config }: StoreDeps & { config: LoginThrottlePolicy },
  input: z.output<typeof LoginBody>,
  ip: string,
): Promise<PasswordOutcome> {
  const keys = throttleKeys(store, config, input.email, ip);
  await admit(store, [keys.account, keys.address], clock(), ip);
  const user = await store.users.byEmail(input.email);
  const ok =
    user && !user.disabledAt ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyHash(), input.password), false);
  if (!user || !ok) {
    await store.audit.append({ actorId: user?.id ?? null, actorRole: null, action: 'auth.login_failed', clientId: null, detail: { ip } });
    throw new HttpError('bad_credentials', em('errors:account.emailPasswordDoMatch'));
  }
  await store.loginThrottle.succeeded([keys.account, keys.address]);
  await assertAccountUsable(store, user);
  if (await store.accountSecurity.twoFactorEnabled(user.id)) {
    const pendingToken = newToken();
    const now = clock();
    const expiresAt = new Date(now.getTime() + PENDING_LOGIN_MS);
    await store.accountSecurity.createChallenge({ id: sha256(pendingToken), userId: user.id, createdAt: now, expiresAt });
    await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login_password_ok', clientId: null, detail: { ip } });
    return { twoFactorRequired: true, pendingToken, expiresAt: expiresAt.toISOString() };
  }
  await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login', clientId: null, detail: { ip } });
  return { user };
}

/** The code step: an authenticator code (6 digits) or a recovery code; the user to start a session for. */
export async function signInWithCode(
  { store, clock, config }: StoreDeps & { config: LoginThrottlePolicy },
  input: z.output<typeof LoginCodeBody>,
  ip: string,
): Promise<UserRecord> {
  const now = clock();
  // Failed codes count against the address like failed passwords (successes do not); per login and per account below.
  const address = addressKey(store, config, ip, 'code');
  await admit(store, [address], now, ip);
  const expired = new HttpError('bad_credentials', em('errors:account.signExpiredEnterEmail'), { restart: true });
  const challenge = await store.accountSecurity.attemptChallenge(sha256(input.pendingToken));
  if (!challenge || challenge.expiresAt <= now) throw expired;
  if (challenge.attempts > CODE_ATTEMPTS_PER_LOGIN) {
    await store.accountSecurity.deleteChallenge(challenge.id);
    throw new HttpError('rate_limited', em('errors:account.tooManyWrongCodes'), { restart: true });
  }
  const user = await store.users.byId(challenge.userId);
  const totp = user && !user.disabledAt ? await store.accountSecurity.totp(user.id) : undefined;
  if (!user || !totp?.enabledAt) throw expired;
  if (totp.failures >= CODE_FAILURES_PER_ACCOUNT && totp.failuresSince && now.getTime() - totp.failuresSince.getTime() < CODE_FAILURE_WINDOW_MS) {
    throw new HttpError('rate_limited', em('errors:account.tooManyWrongCodes2'));
  }
  const code = input.code.replace(/\s/g, '');
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
    await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.2fa_failed', clientId: null, detail: { ip, method } });
    throw new HttpError('bad_credentials', method === 'totp' ? em('errors:account.codeUsedOrWrong') : em('errors:account.recoveryCodeUsedOrWrong'));
  }
  await store.accountSecurity.deleteChallenge(challenge.id);
  await store.loginThrottle.succeeded([address]);
  await assertAccountUsable(store, user);
  await store.audit.append({ actorId: user.id, actorRole: user.role, action: 'auth.login', clientId: null, detail: { ip, secondFactor: method } });
  return user;
}

/** Confirms the caller's password before a sensitive action (valid for a few minutes on this session). */
export async function reauthenticate({ store, clock }: StoreDeps, actor: Actor, sessionId: string, input: z.output<typeof ReauthBody>): Promise<void> {
  const user = await store.users.byId(actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    await store.audit.append({ actorId: actor.userId, actorRole: actor.role, action: 'auth.reauth_failed', clientId: null });
    throw new HttpError('bad_credentials', em('errors:account.passwordRight'));
  }
  await store.authSessions.markReauthenticated(sessionId, clock());
}
