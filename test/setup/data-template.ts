/**
 * Global setup of the tiers that start `hearth serve` on a new data folder: one folder made once
 * per run (PGlite's initdb, every migration, a master key) and named by HEARTH_TEST_DATA_TEMPLATE.
 * `startServer()` without a folder of its own (test/helpers/e2e.ts) starts on a copy of it: a
 * server's start on a new folder cost ~11 CPU-s, on a copy ~3.7 (measured on the 2-core host).
 * The copy is an unused installation (no account yet, setup still to do), and `migrate()` runs on
 * it at start as on any folder, so a new migration is never missed. Tests about what a first start
 * does on an empty folder pass their own folder and still get one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.HEARTH_TEST_DATA_TEMPLATE) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'hearth-data-template-'));
  const saved = process.env.HEARTH_MASTER_KEY;
  delete process.env.HEARTH_MASTER_KEY; // the key lives in the folder, as on a new installation
  try {
    const store = await openStore({ dataDir: join(dir, 'data'), s3: null, command: 'test data template' });
    await store.close();
  } finally {
    if (saved !== undefined) process.env.HEARTH_MASTER_KEY = saved;
  }
  process.env.HEARTH_TEST_DATA_TEMPLATE = join(dir, 'data');
  return () => {
    delete process.env.HEARTH_TEST_DATA_TEMPLATE;
    rmSync(dir, { recursive: true, force: true });
  };
}
