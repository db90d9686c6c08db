/**
 * Watches what this process writes, so in-memory caches of rows (the signed-in principal per
 * session, the audit chain's head, settings) can be dropped the moment the rows change. It wraps
 * a Db: every statement that writes one of the watched tables calls `onWrite(table, sql)` before
 * it runs and, inside a transaction, once more when the transaction ends (committed or rolled
 * back), so a reader that filled a cache from the old rows meanwhile is dropped too. `exec`
 * (migrations, restores, raw SQL) and statements it cannot read are treated as writing everything.
 *
 * Other processes (a second app node, a CLI command) on PostgreSQL are seen through triggers
 * that NOTIFY `hearth_rows` (migration 032): see `listenForChanges`.
 */
import type { Db, Queryable, SqlParam } from './db.ts';

/** Tables whose rows an in-memory cache holds. */
export const WATCHED_TABLES = ['users', 'auth_sessions', 'clients', 'settings', 'audit_log', 'artworks', 'client_keys'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number] | '*';

const WRITE =
  /\b(?:insert\s+into|update|delete\s+from|truncate(?:\s+table)?|alter\s+table|drop\s+table)\s+(?:only\s+)?(?:if\s+exists\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
/** The statement that marks a session as used: it changes nothing a cache must drop (the cache updates itself). */
export const TOUCH_SQL = 'UPDATE auth_sessions SET last_seen_at = $2 WHERE id = $1';

/** The watched tables `sql` writes ('*' when it cannot tell), or none. */
function writtenTables(sql: string): WatchedTable[] {
  if (sql === TOUCH_SQL) return [];
  const out = new Set<WatchedTable>();
  for (const m of sql.matchAll(WRITE)) {
    const t = m[1]!.toLowerCase();
    if ((WATCHED_TABLES as readonly string[]).includes(t)) out.add(t as WatchedTable);
  }
  // A data-modifying statement we cannot attribute (a function call, COPY): assume the worst.
  if (out.size === 0 && /^\s*(?:copy|call|do)\b/i.test(sql)) out.add('*');
  return [...out];
}

export type WriteListener = (table: WatchedTable, sql: string) => void;

/** `db` with every write to a watched table reported to the listeners `watch` returns. */
export function watchWrites(db: Db): { db: Db; listen: (l: WriteListener) => void; notify: (table: WatchedTable, sql: string) => void } {
  const listeners: WriteListener[] = [];
  const notify = (table: WatchedTable, sql: string): void => {
    for (const l of listeners) l(table, sql);
  };
  const seen = (sql: string): WatchedTable[] => {
    const tables = writtenTables(sql);
    for (const t of tables) notify(t, sql);
    return tables;
  };
  const watched: Db = {
    kind: db.kind,
    query<T extends object>(sql: string, params?: readonly SqlParam[]): Promise<T[]> {
      const tables = seen(sql);
      if (tables.length === 0) return db.query<T>(sql, params);
      // After it ran too: a cache filled while it was running may hold the old rows.
      return db.query<T>(sql, params).finally(() => {
        for (const t of tables) notify(t, sql);
      });
    },
    async exec(sql) {
      notify('*', sql);
      try {
        await db.exec(sql);
      } finally {
        notify('*', sql);
      }
    },
    async transaction(fn) {
      const written = new Map<WatchedTable, string>();
      try {
        return await db.transaction((tx: Queryable) =>
          fn({
            query<T extends object>(sql: string, params?: readonly SqlParam[]): Promise<T[]> {
              for (const t of seen(sql)) written.set(t, sql);
              return tx.query<T>(sql, params);
            },
          }),
        );
      } finally {
        for (const [t, sql] of written) notify(t, sql);
      }
    },
    close: () => db.close(),
  };
  return { db: watched, listen: (l) => listeners.push(l), notify };
}
