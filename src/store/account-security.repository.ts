/**
 * Account security records: each user's TOTP secret (sealed with the master key, bound to the
 * user id), their hashed single-use recovery codes, the pending logins between password and
 * code, and password changes.
 */
import { createHash } from 'node:crypto';
import { open, seal } from './crypto/sealing.ts';
import type { Db, Queryable } from './db.ts';

export interface TotpRecord {
  userId: string;
  secret: Uint8Array;
  createdAt: Date;
  enabledAt: Date | null;
  lastStep: bigint;
  failures: number;
  failuresSince: Date | null;
}

export interface LoginChallengeRecord {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  attempts: number;
}

interface TotpRow {
  user_id: string;
  secret_sealed: string;
  created_at: Date;
  enabled_at: Date | null;
  last_step: string | number | bigint;
  failures: number;
  failures_since: Date | null;
}

const totpAad = (userId: string) => `hearth:totp:${userId}`;

/** Recovery codes are compared by hash: normalised (case, spaces and dashes ignored), salted with the user id. */
export const recoveryCodeHash = (userId: string, code: string): string =>
  createHash('sha256')
    .update(`${userId}:${code.replace(/[\s-]/g, '').toUpperCase()}`)
    .digest('hex');

export class AccountSecurityRepository {
  constructor(
    private readonly db: Db,
    private master: Uint8Array,
  ) {}

  async totp(userId: string): Promise<TotpRecord | undefined> {
    const rows = await this.db.query<TotpRow>('SELECT * FROM user_totp WHERE user_id = $1', [userId]);
    const r = rows[0];
    if (!r) return undefined;
    return {
      userId: r.user_id,
      secret: open(this.master, Buffer.from(r.secret_sealed, 'base64'), totpAad(r.user_id)),
      createdAt: new Date(r.created_at),
      enabledAt: r.enabled_at ? new Date(r.enabled_at) : null,
      lastStep: BigInt(r.last_step),
      failures: r.failures,
      failuresSince: r.failures_since ? new Date(r.failures_since) : null,
    };
  }

  async twoFactorEnabled(userId: string): Promise<boolean> {
    const rows = await this.db.query('SELECT 1 FROM user_totp WHERE user_id = $1 AND enabled_at IS NOT NULL', [userId]);
    return rows.length > 0;
  }

  /** Starts (or restarts) enrolment with a new secret; refused by the caller when 2FA is already on. */
  async beginEnrolment(userId: string, secret: Uint8Array, at: Date): Promise<void> {
    const sealed = Buffer.from(seal(this.master, secret, totpAad(userId))).toString('base64');
    await this.db.query(
      `INSERT INTO user_totp (user_id, secret_sealed, created_at) VALUES ($1,$2,$3)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed, created_at = EXCLUDED.created_at, enabled_at = NULL, last_step = 0, failures = 0, failures_since = NULL
       WHERE user_totp.enabled_at IS NULL`,
      [userId, sealed, at],
    );
  }

  /**
   * Records `step` as used, only if it is newer than the last one used (atomic, so two requests
   * with the same code cannot both pass). Returns whether the step was accepted.
   */
  async useStep(userId: string, step: bigint, enableAt?: Date): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE user_totp SET last_step = $2, failures = 0, failures_since = NULL, enabled_at = COALESCE(enabled_at, $3) WHERE user_id = $1 AND last_step < $2 RETURNING user_id`,
      [userId, step.toString(), enableAt ?? null],
    );
    return rows.length > 0;
  }

  /** Counts a wrong code; failures older than `windowMs` are forgotten. Returns the count in the window. */
  async recordFailure(userId: string, at: Date, windowMs: number): Promise<number> {
    const rows = await this.db.query<{ failures: number }>(
      `UPDATE user_totp SET failures = CASE WHEN failures_since IS NULL OR failures_since < $3 THEN 1 ELSE failures + 1 END,
         failures_since = CASE WHEN failures_since IS NULL OR failures_since < $3 THEN $2 ELSE failures_since END
       WHERE user_id = $1 RETURNING failures`,
      [userId, at, new Date(at.getTime() - windowMs)],
    );
    return rows[0]?.failures ?? 0;
  }

  async disable(userId: string, q: Queryable = this.db): Promise<void> {
    await q.query('DELETE FROM user_totp WHERE user_id = $1', [userId]);
    await q.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
  }

  /** Replaces the user's recovery codes with these (given in plain text, stored hashed). */
  async replaceRecoveryCodes(userId: string, codes: string[], at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
      for (const c of codes)
        await tx.query('INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1,$2,$3)', [userId, recoveryCodeHash(userId, c), at]);
    });
  }

  /** Uses a recovery code once: true only the first time an unused code is given. */
  async useRecoveryCode(userId: string, code: string, at: Date): Promise<boolean> {
    const rows = await this.db.query('UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING user_id', [
      userId,
      recoveryCodeHash(userId, code),
      at,
    ]);
    return rows.length > 0;
  }

  async recoveryCodesLeft(userId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL', [userId]);
    return rows[0]?.n ?? 0;
  }

  async createChallenge(c: Omit<LoginChallengeRecord, 'attempts'>): Promise<void> {
    await this.db.query('DELETE FROM login_challenges WHERE expires_at < $1', [c.createdAt]);
    await this.db.query('INSERT INTO login_challenges (id, user_id, created_at, expires_at) VALUES ($1,$2,$3,$4)', [c.id, c.userId, c.createdAt, c.expiresAt]);
  }

  /** Counts one attempt on a pending login and returns it (after counting), or undefined. */
  async attemptChallenge(id: string): Promise<LoginChallengeRecord | undefined> {
    const rows = await this.db.query<{ id: string; user_id: string; created_at: Date; expires_at: Date; attempts: number }>(
      'UPDATE login_challenges SET attempts = attempts + 1 WHERE id = $1 RETURNING *',
      [id],
    );
    const r = rows[0];
    return r && { id: r.id, userId: r.user_id, createdAt: new Date(r.created_at), expiresAt: new Date(r.expires_at), attempts: r.attempts };
  }

  async deleteChallenge(id: string): Promise<void> {
    await this.db.query('DELETE FROM login_challenges WHERE id = $1', [id]);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
  }

  /** Re-seals every TOTP secret under a new master key (call alongside `vault.rotateMaster`; pass `outer` to do it inside that transaction). */
  async rotateMaster(next: Uint8Array, outer?: Queryable): Promise<number> {
    const run = async (tx: Queryable): Promise<number> => {
      const rows = await tx.query<{ user_id: string; secret_sealed: string }>('SELECT user_id, secret_sealed FROM user_totp FOR UPDATE');
      for (const r of rows) {
        const secret = open(this.master, Buffer.from(r.secret_sealed, 'base64'), totpAad(r.user_id));
        await tx.query('UPDATE user_totp SET secret_sealed = $2 WHERE user_id = $1', [
          r.user_id,
          Buffer.from(seal(next, secret, totpAad(r.user_id))).toString('base64'),
        ]);
      }
      return rows.length;
    };
    const n = outer ? await run(outer) : await this.db.transaction(run);
    this.master = next;
    return n;
  }
}
