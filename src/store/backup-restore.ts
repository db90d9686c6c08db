/**
 * Restore: a backup file → a new, empty data folder (and, with DATABASE_URL, an empty
 * PostgreSQL database). Nothing is written until the file has been decrypted, checked against
 * its manifest, and the master key proven to be the one the data was sealed with.
 *
 * A chunked (version 2) backup is read as a stream: every chunk is authenticated in order first
 * (a truncated, reordered or altered file is refused here), then every table and file is checked
 * against the manifest, then loaded a page of rows or one file at a time. A version 1 backup is
 * read whole, as before.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BACKUP_HEADER_BYTES, backupVersion, BackupFileError, ChunkedBackupReader, openBackup } from './backup-file.ts';
import { ArchiveReader, BackupError, isEmptyFolder, loadArchive, loadSnapshot, masterKeyCheck, readArchive } from './backup.ts';
import type { BackupManifest } from './backup.ts';
import { parseMasterKey, writeMasterKey } from './crypto/master-key.ts';
import { loadMigrations } from './migrate.ts';
import { openStore } from './store.ts';
import type { Store } from './store.ts';

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

/** Restores the backup file at `path`. */
export async function restoreBackup(path: string, opts: RestoreOptions): Promise<RestoreResult> {
  const dataDir = resolve(opts.dataDir);
  if (!isEmptyFolder(dataDir)) throw new BackupError(`${dataDir} is not empty; restore writes only into a new or empty data folder`);
  const head = Buffer.alloc(BACKUP_HEADER_BYTES);
  let got: number;
  try {
    const fd = await open(path, 'r');
    try {
      got = (await fd.read(head, 0, BACKUP_HEADER_BYTES, 0)).bytesRead;
    } finally {
      await fd.close();
    }
  } catch {
    throw new BackupFileError(`cannot read the backup file ${path}`);
  }
  if (backupVersion(head.subarray(0, got)) === 1) {
    const snap = readArchive(openBackup(new Uint8Array(readFileSync(path)), opts.passphrase));
    const { master, source } = chooseMasterKey(snap.masterKey, snap.manifest, opts);
    return {
      manifest: snap.manifest,
      ...(await into(dataDir, master, source, opts, (store) => loadSnapshot(store.db, store.blobs, snap))),
      masterKeySource: source,
    };
  }
  const file = await ChunkedBackupReader.open(path, opts.passphrase);
  try {
    await file.verifyAll();
    const archive = await ArchiveReader.open(file);
    const { master, source } = chooseMasterKey(await archive.masterKey(), archive.manifest, opts);
    await archive.check();
    return {
      manifest: archive.manifest,
      ...(await into(dataDir, master, source, opts, (store) => loadArchive(store.db, store.blobs, archive))),
      masterKeySource: source,
    };
  } finally {
    await file.close();
  }
}

function chooseMasterKey(
  inBackup: Uint8Array | undefined,
  manifest: BackupManifest,
  opts: RestoreOptions,
): { master: Uint8Array; source: RestoreResult['masterKeySource'] } {
  const env = opts.env ?? process.env;
  let master: Uint8Array;
  let source: RestoreResult['masterKeySource'];
  if (inBackup) [master, source] = [inBackup, 'backup'];
  else if (opts.masterKey) [master, source] = [opts.masterKey, 'given'];
  else if (env.HEARTH_MASTER_KEY) [master, source] = [parseMasterKey(env.HEARTH_MASTER_KEY, 'HEARTH_MASTER_KEY'), 'HEARTH_MASTER_KEY'];
  else
    throw new BackupError(
      "this backup does not contain the master key: set HEARTH_MASTER_KEY or pass --master-key-file with the original installation's key (keys/master.key)",
    );
  if (masterKeyCheck(master) !== manifest.masterKeyCheck)
    throw new BackupError(`the master key (from ${source === 'given' ? '--master-key-file' : source}) is not the one this backup's data was sealed with`);
  if (
    source !== 'HEARTH_MASTER_KEY' &&
    env.HEARTH_MASTER_KEY &&
    masterKeyCheck(parseMasterKey(env.HEARTH_MASTER_KEY, 'HEARTH_MASTER_KEY')) !== manifest.masterKeyCheck
  ) {
    throw new BackupError(
      "HEARTH_MASTER_KEY is set to a different key than this backup's data was sealed with; unset it for the restore and for the restored installation",
    );
  }
  const known = new Set(loadMigrations().map((m) => m.version));
  const newer = manifest.migrations.filter((v) => !known.has(v));
  if (newer.length > 0) throw new BackupError(`the backup comes from a newer Hearth (schema versions ${newer.join(', ')}); update Hearth first`);
  return { master, source };
}

/** Creates the installation in `dataDir` and loads it; on failure leaves the folder as it was found. */
async function into(
  dataDir: string,
  master: Uint8Array,
  source: RestoreResult['masterKeySource'],
  opts: RestoreOptions,
  load: (store: Store) => Promise<{ rows: number; files: number }>,
): Promise<{ rows: number; files: number }> {
  const existed = existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // The restored installation reads its key from the key file, unless it runs with HEARTH_MASTER_KEY.
    if (source !== 'HEARTH_MASTER_KEY') writeMasterKey(dataDir, master);
    const store = await openStore({ dataDir, databaseUrl: opts.databaseUrl, command: 'hearth restore' });
    try {
      return await load(store);
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
