/**
 * PostgreSQL only: hears what other nodes and processes change in the tables this process
 * caches. Migration 032's triggers NOTIFY `hearth_rows` with the table's name after each
 * statement that changes `users`, `auth_sessions` (not a session merely marked used), `clients`
 * (status, owner or account) or `settings`; the notification is sent when that transaction
 * commits. One dedicated connection LISTENs; while it is down, `connected(false)` turns the
 * caches off (every read goes to the database) and it reconnects every second.
 */
import type pg from 'pg';
import { loadPg } from './db.ts';
import { WATCHED_TABLES } from './db-watch.ts';
import type { WatchedTable } from './db-watch.ts';

const CHANGES_CHANNEL = 'hearth_rows';

export interface ChangeHandlers {
  changed(table: WatchedTable): void;
  connected(up: boolean): void;
}

export function listenForChanges(url: string, on: ChangeHandlers): { close(): Promise<void> } {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const down = (c: pg.Client): void => {
    if (client !== c) return;
    client = null;
    on.connected(false);
    void c.end().catch(() => undefined);
    if (!closed) retry = setTimeout(connect, 1000).unref();
  };

  async function connect(): Promise<void> {
    retry = null;
    if (closed) return;
    const c = new (await loadPg()).Client({ connectionString: url });
    client = c;
    c.on('error', () => down(c));
    c.on('end', () => down(c));
    c.on('notification', (n) => {
      const table = n.payload as WatchedTable;
      on.changed((WATCHED_TABLES as readonly string[]).includes(table) ? table : '*');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (client === c && !closed) on.connected(true);
    } catch {
      down(c);
    }
  }

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      on.connected(false);
      await c?.end().catch(() => undefined);
    },
  };
}
