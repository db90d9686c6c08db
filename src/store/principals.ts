/**
 * Who a session cookie belongs to: the session row, its account (identity opened) and, for a
 * client's account, their record's id and status — read in one query, and kept in memory for a
 * few seconds so a signed-in request does not go to the database to learn who is calling.
 *
 * The cache is dropped whole the moment anything it holds may have changed: every write to
 * `users`, `auth_sessions` (except marking a session used, which updates the entry), `clients`
 * or `settings` made through this store (`watchWrites`), and on PostgreSQL every such write by
 * another node or process (triggers NOTIFY `hearth_rows`, migration 032). Without a working
 * listener on PostgreSQL nothing is cached. A fill that raced with a write is not kept (the
 * generation it started under is gone). Entries live `ttlMs` at most and at most `max` are kept.
 */
import type { AuthSessionRecord } from './auth-sessions.repository.ts';
import { sessionFromRow } from './auth-sessions.repository.ts';
import type { Db } from './db.ts';
import type { UserRecord, UsersRepository } from './users.repository.ts';

export interface Principal {
  session: AuthSessionRecord;
  /** The account; null when it no longer exists. */
  user: UserRecord | null;
  /** For a client's account: their record (null when the record is gone). */
  client: { id: string; status: 'active' | 'archived' } | null;
}

export const PRINCIPAL_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

export class Principals {
  private readonly entries = new Map<string, { at: number; value: Principal }>();
  private generation = 0;
  /** False on PostgreSQL until the change listener is connected, and after it fails. */
  enabled: boolean;
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly now: () => number = () => performance.now(),
    private readonly ttlMs = PRINCIPAL_TTL_MS,
  ) {
    this.enabled = db.kind === 'pglite';
  }

  /** Drops everything cached (a watched table changed). */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Turns caching on or off (off drops everything). */
  setEnabled(on: boolean): void {
    this.enabled = on;
    this.invalidate();
  }

  /** The principal of session `id` (the sha256 of the cookie token), or undefined for no such session. */
  async bySessionId(id: string, opts: { fresh?: boolean } = {}): Promise<Principal | undefined> {
    const cached = this.entries.get(id);
    if (cached && !opts.fresh && this.now() - cached.at <= this.ttlMs) {
      this.hits++;
      return cached.value;
    }
    if (cached) this.entries.delete(id);
    this.misses++;
    const generation = this.generation;
    const rows = await this.db.query<
      Record<string, unknown> & { user_row: Record<string, unknown> | null; client_id: string | null; client_status: string | null }
    >(
      `SELECT s.*, to_jsonb(u) AS user_row, c.id AS client_id, c.status AS client_status
         FROM auth_sessions s LEFT JOIN users u ON u.id = s.user_id LEFT JOIN clients c ON c.user_id = s.user_id
        WHERE s.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const value: Principal = {
      session: sessionFromRow(row as never),
      user: row.user_row ? await this.users.hydrate(row.user_row) : null,
      client: row.client_id ? { id: row.client_id, status: row.client_status === 'active' ? 'active' : 'archived' } : null,
    };
    if (this.enabled && generation === this.generation) {
      this.entries.set(id, { at: this.now(), value });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  /** The session was used at `at` (written by `AuthSessionsRepository.touch`): keep the entry, with the new time. */
  touched(id: string, at: Date): void {
    const e = this.entries.get(id);
    if (e) e.value = { ...e.value, session: { ...e.value.session, lastSeenAt: at } };
  }

  /** Forgets one session (it ended). */
  forget(id: string): void {
    this.entries.delete(id);
  }
}
