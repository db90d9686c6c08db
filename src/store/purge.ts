/**
 * Making deleted rows really gone. PostgreSQL keeps a deleted row's bytes in the table's file
 * until the space is reused, in its indexes, and in the write-ahead log (WAL) until the segment
 * is recycled — and a recycled segment keeps its old contents until overwritten. So after an
 * erasure (or after converting plain rows to sealed ones) we:
 *   1. rewrite every table with `VACUUM FULL` (new files hold only live rows; the old files and
 *      their indexes are unlinked),
 *   2. on the embedded database, turn off WAL recycling for this connection (old segments are
 *      deleted, not renamed for reuse), switch to a new WAL segment and checkpoint, twice, so
 *      every segment that held the deleted rows is removed.
 * Verified by experiment and by the erasure scan test (src/server/erasure-scan.test.ts): a byte
 * scan of the data folder after erase + restart finds nothing.
 * On an external PostgreSQL server, step 2 needs superuser rights and cannot reach WAL archives,
 * replicas or backups; the report says what could not be done (SECURITY.md).
 */
import type { Db } from './db.ts';

export interface PurgeReport {
  /** Tables rewritten. */
  tables: number;
  /** Whether old WAL segments were retired (always on the embedded database). */
  walRetired: boolean;
  /** Steps that could not run (PostgreSQL without the rights), one line each. */
  notes: string[];
}

/** The audit log holds ids only and only grows; rewriting it would cost the most for nothing. */
const SKIP = new Set(['audit_log', 'schema_migrations']);

export async function purgeDeleted(db: Db): Promise<PurgeReport> {
  const notes: string[] = [];
  const rows = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !SKIP.has(t) && /^[a-z_][a-z0-9_]*$/.test(t));
  let rewritten = 0;
  for (const t of tables) {
    try {
      await db.exec(`VACUUM FULL ${t}`);
      rewritten++;
    } catch (e) {
      notes.push(`VACUUM FULL ${t}: ${(e as Error).message}`);
    }
  }
  let walRetired = false;
  try {
    if (db.kind === 'pglite') await db.exec('SET wal_recycle = off');
    for (let i = 0; i < 2; i++) {
      await db.exec('CHECKPOINT');
      await db.query('SELECT pg_switch_wal()');
    }
    await db.exec('CHECKPOINT');
    walRetired = db.kind === 'pglite';
    if (!walRetired) notes.push('the PostgreSQL server recycles its own WAL segments; WAL archives, replicas and backups are outside Hearth');
  } catch (e) {
    notes.push(`retiring the write-ahead log: ${(e as Error).message}`);
  }
  return { tables: rewritten, walRetired, notes };
}
