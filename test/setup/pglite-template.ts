/**
 * Global setup of the tiers that open in-memory stores: one PGlite database with every migration
 * applied, dumped once per run to a temporary file named by HEARTH_TEST_PGLITE_TEMPLATE. The test
 * harness starts each in-memory store from it (test/helpers/harness.ts), which skips PGlite's
 * initdb and the migrations in every file: about 2.5 CPU-seconds per store. It is rebuilt from the
 * current migrations on every run, and migrate() still runs on each copy (a no-op when nothing
 * is missing), so it can never be stale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.HEARTH_TEST_PGLITE_TEMPLATE) return undefined;
  const pglite = new PGlite();
  await pglite.waitReady;
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T extends object>(sql: string, params?: readonly unknown[]) => (await q.query<T>(sql, params as unknown[])).rows,
  });
  const db: Db = {
    kind: 'pglite',
    ...wrap(pglite),
    exec: async (sql) => void (await pglite.exec(sql)),
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    close: () => pglite.close(),
  };
  await migrate(db);
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pglite-'));
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  process.env.HEARTH_TEST_PGLITE_TEMPLATE = file;
  return () => {
    delete process.env.HEARTH_TEST_PGLITE_TEMPLATE;
    rmSync(dir, { recursive: true, force: true });
  };
}
