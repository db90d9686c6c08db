/**
 * One database interface over embedded PGlite (default) and PostgreSQL (`DATABASE_URL`).
 * Both speak the same SQL with `$1` parameters; migrations are shared.
 */
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** A query parameter; a plain object is sent as JSON (for jsonb columns). */
export type SqlParam = string | number | boolean | null | Date | Uint8Array | readonly unknown[] | object;

export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let pgLoading: Promise<typeof pg> | undefined;
/**
 * The PostgreSQL client (npm pg), imported on first use: only with DATABASE_URL, so the embedded
 * database never loads it. Every user of pg in the server takes it from here.
 */
export const loadPg = (): Promise<typeof pg> =>
  (pgLoading ??= import('pg').then(({ default: m }) => {
    // pg returns int8 as string by default; our bigints (audit seq, seeds) fit in a double.
    m.types.setTypeParser(20, (v: string) => Number(v));
    return m;
  }));

/** Plain objects become JSON (for jsonb columns); arrays stay arrays (PostgreSQL arrays). */
function toPgParams(params: readonly SqlParam[] | undefined): unknown[] {
  return (params ?? []).map((p) =>
    p !== null && typeof p === 'object' && !(p instanceof Date) && !(p instanceof Uint8Array) && !Array.isArray(p) ? JSON.stringify(p) : p,
  );
}

/**
 * Embedded PostgreSQL. `dataDir` undefined → in memory (tests); an in-memory database may start
 * from `template` (a PGlite dumpDataDir), which skips initdb: the test suite's migrated template.
 */
export async function openPglite(dataDir?: string, template?: Blob): Promise<Db> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite(template ? { loadDataDir: template } : undefined);
  await db.waitReady;
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends object>(sql: string, params?: readonly SqlParam[]) {
      const res = await q.query<T>(sql, toPgParams(params));
      return res.rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

/** A PostgreSQL server reached through a connection pool. */
export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const { Pool } = await loadPg();
  const pool = new Pool({ connectionString: url, max: poolSize });
  const client = await pool.connect(); // fail fast on a bad URL
  client.release();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends object>(sql: string, params?: readonly SqlParam[]) {
      const res = await q.query(sql, toPgParams(params));
      return res.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(wrap(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
