import type { Db } from './db.ts';
import { TOUCH_SQL } from './db-watch.ts';

export interface AuthSessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  reauthAt?: Date | null;
}

interface Row {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
  reauth_at?: Date | null;
}

/** A session from its row (also read by `Principals`, which joins it with the account). */
export const sessionFromRow = (r: Row): AuthSessionRecord => ({
  id: r.id,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  createdAt: new Date(r.created_at),
  lastSeenAt: new Date(r.last_seen_at),
  expiresAt: new Date(r.expires_at),
  userAgent: r.user_agent,
  reauthAt: r.reauth_at ? new Date(r.reauth_at) : null,
});

/** Login sessions, keyed by the sha256 of the cookie token. */
export class AuthSessionsRepository {
  constructor(private readonly db: Db) {}

  async create(s: AuthSessionRecord): Promise<void> {
    await this.db.query(`INSERT INTO auth_sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at, user_agent) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
      s.id,
      s.userId,
      s.csrfToken,
      s.createdAt,
      s.lastSeenAt,
      s.expiresAt,
      s.userAgent,
    ]);
  }

  async byId(id: string): Promise<AuthSessionRecord | undefined> {
    const rows = await this.db.query<Row>('SELECT * FROM auth_sessions WHERE id = $1', [id]);
    return rows[0] && sessionFromRow(rows[0]);
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.query(TOUCH_SQL, [id, at]);
  }

  async markReauthenticated(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE auth_sessions SET reauth_at = $2 WHERE id = $1', [id, at]);
  }

  async delete(id: string): Promise<void> {
    await this.db.query('DELETE FROM auth_sessions WHERE id = $1', [id]);
  }

  /** Ends every session of the user; returns how many ended. */
  async deleteForUser(userId: string): Promise<number> {
    const rows = await this.db.query('DELETE FROM auth_sessions WHERE user_id = $1 RETURNING id', [userId]);
    return rows.length;
  }

  /** The user's sessions, most recently used first. */
  async listForUser(userId: string): Promise<AuthSessionRecord[]> {
    const rows = await this.db.query<Row>('SELECT * FROM auth_sessions WHERE user_id = $1 ORDER BY last_seen_at DESC, created_at DESC', [userId]);
    return rows.map(sessionFromRow);
  }

  /** Ends every session of the user except `keepId`; returns how many ended. */
  async deleteOthersForUser(userId: string, keepId: string): Promise<number> {
    const rows = await this.db.query('DELETE FROM auth_sessions WHERE user_id = $1 AND id <> $2 RETURNING id', [userId, keepId]);
    return rows.length;
  }

  async deleteExpired(now: Date, idleMs: number): Promise<void> {
    await this.db.query('DELETE FROM auth_sessions WHERE expires_at < $1 OR last_seen_at < $2', [now, new Date(now.getTime() - idleMs)]);
  }
}
