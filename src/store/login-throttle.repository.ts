/**
 * Counting failed sign-ins, in the database so every app node sees the same counts. An attempt is
 * charged before the password is checked (so parallel guesses are all counted) and cleared again
 * when it succeeds; a key that is blocked is not charged and not checked. Keys are HMAC-SHA256
 * under a key derived from the master key: the table never holds an email or an address.
 */
import { createHmac } from 'node:crypto';
import type { Db, Queryable } from './db.ts';

/** How one kind of key is throttled. */
export type ThrottleRule =
  /** Exponential backoff: after `free` failures, each further one blocks for base·2^(n−free−1), at most `maxMs`; forgotten after `resetMs` without failures. */
  | { kind: 'backoff'; free: number; baseMs: number; maxMs: number; resetMs: number }
  /** At most `max` failures per fixed window of `windowMs`. */
  | { kind: 'window'; max: number; windowMs: number };

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

interface Row {
  key: string;
  failures: number;
  window_start: Date;
  last_failure_at: Date;
  blocked_until: Date | null;
}

/** Rows with no failure for this long and no block are deleted. */
const KEEP_MS = 24 * 60 * 60_000;

export class LoginThrottleRepository {
  private hmacKey: Buffer;
  constructor(
    private readonly db: Db,
    master: Uint8Array,
  ) {
    this.hmacKey = createHmac('sha256', master).update('hearth:login-throttle v1').digest();
  }

  /** The stored key for an account (by normalised email) or a client address. */
  keyFor(kind: 'account' | 'address', subject: string): string {
    return `${kind}:${createHmac('sha256', this.hmacKey).update(subject).digest('hex')}`;
  }

  /**
   * Charges one attempt to every key, unless one of them is blocked at `now`: then nothing is
   * charged and the answer is how long to wait (ms).
   */
  async charge(keys: ThrottleKey[], now: Date): Promise<{ waitMs: number } | { waitMs: 0 }> {
    return this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM login_throttle WHERE last_failure_at < $1 AND (blocked_until IS NULL OR blocked_until < $2)', [
        new Date(now.getTime() - KEEP_MS),
        now,
      ]);
      const rows = await tx.query<Row>('SELECT * FROM login_throttle WHERE key = ANY($1) FOR UPDATE', [keys.map((k) => k.key)]);
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const waitMs = Math.max(0, ...rows.map((r) => (r.blocked_until ? new Date(r.blocked_until).getTime() - now.getTime() : 0)));
      if (waitMs > 0) return { waitMs };
      for (const { key, rule } of keys) await this.chargeOne(tx, key, rule, byKey.get(key), now);
      return { waitMs: 0 };
    });
  }

  private async chargeOne(q: Queryable, key: string, rule: ThrottleRule, row: Row | undefined, now: Date): Promise<void> {
    const t = now.getTime();
    let failures: number;
    let windowStart: Date;
    let blockedUntil: Date | null = null;
    if (rule.kind === 'backoff') {
      const fresh = !row || t - new Date(row.last_failure_at).getTime() >= rule.resetMs;
      failures = fresh ? 1 : row.failures + 1;
      windowStart = fresh ? now : new Date(row.window_start);
      if (failures > rule.free) blockedUntil = new Date(t + Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(30, failures - rule.free - 1)));
    } else {
      const fresh = !row || t - new Date(row.window_start).getTime() >= rule.windowMs;
      failures = fresh ? 1 : row.failures + 1;
      windowStart = fresh ? now : new Date(row.window_start);
      if (failures >= rule.max) blockedUntil = new Date(windowStart.getTime() + rule.windowMs);
    }
    await q.query(
      `INSERT INTO login_throttle (key, failures, window_start, last_failure_at, blocked_until) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (key) DO UPDATE SET failures = $2, window_start = $3, last_failure_at = $4, blocked_until = $5`,
      [key, failures, windowStart, now, blockedUntil],
    );
  }

  /** A successful sign-in: backoff keys (the account) are cleared; window keys (the address) get back the attempt they were charged. */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    for (const { key, rule } of keys) {
      if (rule.kind === 'backoff') await this.db.query('DELETE FROM login_throttle WHERE key = $1', [key]);
      else
        await this.db.query(
          'UPDATE login_throttle SET failures = GREATEST(failures - 1, 0), blocked_until = CASE WHEN failures - 1 >= $2 THEN blocked_until ELSE NULL END WHERE key = $1',
          [key, rule.max],
        );
    }
  }
}
