/**
 * Restore: a backup file → a new, empty data folder (and, with DATABASE_URL, an empty
 * PostgreSQL database). Nothing is written until the file has been decrypted, checked against
 * its manifest, and the master key proven to be the one the data was sealed with.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBackup } from './backup-file.ts';
import { BackupError, isEmptyFolder, loadSnapshot, masterKeyCheck, readArchive } from './backup.ts';
import type { BackupManifest } from './backup.ts';
import { parseMasterKey, writeMasterKey } from './crypto/master-key.ts';
import { loadMigrations } from './migrate.ts';
import { openStore } from './store.ts';

export interface RestoreOptions {
  passphrase: string;
  dataDir: string;
  databaseUrl?: string;
  /** The original installation's master key, when the backup does not include it. */
  masterKey?: Uint8Array;
  env?: NodeJS.ProcessEnv;
}

export interface RestoreResult {
  manifest: BackupManifest;
  rows: number;
  files: number;
  /** Where the master key of the restored installation comes from. */
  masterKeySource: 'backup' | 'given' | 'HEARTH_MASTER_KEY';
}

export async function restoreBackup(file: Uint8Array, opts: RestoreOptions): Promise<RestoreResult> {
  const env = opts.env ?? process.env;
  const dataDir = resolve(opts.dataDir);
  if (!isEmptyFolder(dataDir)) throw new BackupError(`${dataDir} is not empty; restore writes only into a new or empty data folder`);
  const snap = readArchive(openBackup(file, opts.passphrase));
  let master: Uint8Array;
  let source: RestoreResult['masterKeySource'];
  if (snap.masterKey) [master, source] = [snap.masterKey, 'backup'];
  else if (opts.masterKey) [master, source] = [opts.masterKey, 'given'];
  else if (env.HEARTH_MASTER_KEY) [master, source] = [parseMasterKey(env.HEARTH_MASTER_KEY, 'HEARTH_MASTER_KEY'), 'HEARTH_MASTER_KEY'];
  else
    throw new BackupError(
      "this backup does not contain the master key: set HEARTH_MASTER_KEY or pass --master-key-file with the original installation's key (keys/master.key)",
    );
  if (masterKeyCheck(master) !== snap.manifest.masterKeyCheck)
    throw new BackupError(`the master key (from ${source === 'given' ? '--master-key-file' : source}) is not the one this backup's data was sealed with`);
  if (
    source !== 'HEARTH_MASTER_KEY' &&
    env.HEARTH_MASTER_KEY &&
    masterKeyCheck(parseMasterKey(env.HEARTH_MASTER_KEY, 'HEARTH_MASTER_KEY')) !== snap.manifest.masterKeyCheck
  ) {
    throw new BackupError(
      "HEARTH_MASTER_KEY is set to a different key than this backup's data was sealed with; unset it for the restore and for the restored installation",
    );
  }

  const known = new Set(loadMigrations().map((m) => m.version));
  const newer = snap.manifest.migrations.filter((v) => !known.has(v));
  if (newer.length > 0) throw new BackupError(`the backup comes from a newer Hearth (schema versions ${newer.join(', ')}); update Hearth first`);

  const existed = existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // The restored installation reads its key from the key file, unless it runs with HEARTH_MASTER_KEY.
    if (source !== 'HEARTH_MASTER_KEY') writeMasterKey(dataDir, master);
    const store = await openStore({ dataDir, databaseUrl: opts.databaseUrl, command: 'hearth restore' });
    try {
      const { rows, files } = await loadSnapshot(store.db, store.blobs, snap);
      return { manifest: snap.manifest, rows, files, masterKeySource: source };
    } finally {
      await store.close();
    }
  } catch (e) {
    // Leave the folder as it was found (it was empty or absent): no half-restored installation.
    if (existed) for (const f of readdirSync(dataDir)) rmSync(join(dataDir, f), { recursive: true, force: true });
    else rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}
