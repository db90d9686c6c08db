/**
 * Backups: one consistent snapshot of every table and file, encrypted with a passphrase the
 * server never sees. While `hearth serve` holds the data folder the snapshot is asked of it over
 * the control socket (control-channel.ts); otherwise it is taken from the store directly.
 * Formats: src/store/backup.ts (archive) and src/store/backup-file.ts (encryption).
 *
 * The backup streams: the archive is produced a page of rows or one file at a time, sealed in
 * chunks as it arrives and written to a temporary file beside the target, each write awaited.
 * The finished file is then read back (every chunk authenticated, every table and file checked
 * against the manifest) before it takes its name.
 */
import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BackupFileError, BackupSealer, ChunkedBackupReader } from '../../store/backup-file.ts';
import { ArchiveReader, streamSnapshot } from '../../store/backup.ts';
import type { BackupManifest } from '../../store/backup.ts';
import { loadMasterKey } from '../../store/index.ts';
import type { Store } from '../../store/index.ts';
import { em, HttpError } from '../errors.ts';
import { controlSocketPath, requestSnapshot } from './control-channel.ts';

export interface BackupSource {
  dataDir: string;
  databaseUrl?: string;
  /** Opens the store when no running server holds the folder. */
  openStore(): Promise<Store>;
}

export interface WrittenBackup {
  /** Bytes written. */
  bytes: number;
  manifest: BackupManifest;
  /** Where the snapshot came from: the running server, or the data folder itself. */
  via: 'running server' | 'data folder';
}

/** Thrown when the target file cannot be written. */
export class BackupWriteError extends Error {
  override name = 'BackupWriteError';
}

/** Reads a finished backup back: every chunk authenticated, every table and file checked. */
export async function verifyBackupFile(path: string, passphrase: string): Promise<BackupManifest> {
  const file = await ChunkedBackupReader.open(path, passphrase);
  try {
    await file.verifyAll();
    const archive = await ArchiveReader.open(file);
    await archive.check();
    return archive.manifest;
  } finally {
    await file.close();
  }
}

/**
 * Takes a snapshot (from the running server if there is one, else from the folder), seals it with
 * the passphrase into `out` (owner-only, atomically), and checks it reads back.
 */
export async function takeBackup(source: BackupSource, out: string, opts: { includeMasterKey: boolean; passphrase: string }): Promise<WrittenBackup> {
  const tmp = join(dirname(out), `.${process.pid}.hearth-backup-tmp`);
  let fd: FileHandle | undefined;
  try {
    fd = await open(tmp, 'wx', 0o600);
  } catch (e) {
    throw new BackupWriteError((e as Error).message);
  }
  try {
    let sealer: BackupSealer;
    try {
      const handle = fd;
      sealer = new BackupSealer(opts.passphrase, async (b) => void (await handle.write(b)));
    } catch (e) {
      if (e instanceof BackupFileError) throw new HttpError('invalid_request', e.message);
      throw e;
    }
    let via: WrittenBackup['via'] | undefined;
    const socket = controlSocketPath(source.dataDir);
    if (existsSync(socket)) {
      try {
        await requestSnapshot(socket, { includeMasterKey: opts.includeMasterKey }, (b) => sealer.push(b));
        via = 'running server';
      } catch (e) {
        if (!/ECONNREFUSED|ENOENT/.test((e as Error).message)) throw e;
      }
    }
    if (!via) {
      if (!source.databaseUrl && !existsSync(join(source.dataDir, 'db')))
        throw new HttpError('invalid_request', em('errors:backup.hearthData', { dataDir: source.dataDir }));
      const store = await source.openStore();
      try {
        await streamSnapshot(store.db, store.blobs, loadMasterKey(source.dataDir), (b) => sealer.push(b), { includeMasterKey: opts.includeMasterKey });
      } finally {
        await store.close();
      }
      via = 'data folder';
    }
    await sealer.end();
    await fd.sync();
    await fd.close();
    fd = undefined;
    let manifest: BackupManifest;
    try {
      manifest = await verifyBackupFile(tmp, opts.passphrase);
    } catch (e) {
      throw new Error(`the backup failed its own check: ${(e as Error).message}`);
    }
    await rename(tmp, out);
    return { bytes: sealer.sealedBytes, manifest, via };
  } finally {
    await fd?.close();
    await rm(tmp, { force: true });
  }
}
