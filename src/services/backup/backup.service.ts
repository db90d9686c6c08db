/**
 * Backups: one consistent snapshot of every table and file, encrypted with a passphrase the
 * server never sees. While `hearth serve` holds the data folder the snapshot is asked of it over
 * the control socket (control-channel.ts); otherwise it is taken from the store directly.
 * Formats: src/store/backup.ts (archive) and src/store/backup-file.ts (encryption).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BackupFileError, sealBackup } from '../../store/backup-file.ts';
import { archiveSnapshot, readArchive, takeSnapshot } from '../../store/backup.ts';
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

export interface EncryptedBackup {
  file: Uint8Array;
  manifest: BackupManifest;
  /** Where the snapshot came from: the running server, or the data folder itself. */
  via: 'running server' | 'data folder';
}

/**
 * Takes a snapshot (from the running server if there is one, else from the folder), checks it
 * reads back, and seals it with the passphrase.
 */
export async function takeBackup(source: BackupSource, opts: { includeMasterKey: boolean; passphrase: string }): Promise<EncryptedBackup> {
  let archive: Uint8Array | undefined;
  let via: EncryptedBackup['via'] = 'data folder';
  const socket = controlSocketPath(source.dataDir);
  if (existsSync(socket)) {
    try {
      archive = await requestSnapshot(socket, { includeMasterKey: opts.includeMasterKey });
      via = 'running server';
    } catch (e) {
      if (!/ECONNREFUSED|ENOENT/.test((e as Error).message)) throw e;
    }
  }
  if (!archive) {
    if (!source.databaseUrl && !existsSync(join(source.dataDir, 'db')))
      throw new HttpError('invalid_request', em('errors:backup.hearthData', { dataDir: source.dataDir }));
    const store = await source.openStore();
    try {
      archive = archiveSnapshot(await takeSnapshot(store.db, store.blobs, loadMasterKey(source.dataDir), { includeMasterKey: opts.includeMasterKey }));
    } finally {
      await store.close();
    }
  }
  let manifest: BackupManifest;
  try {
    manifest = readArchive(archive).manifest;
  } catch (e) {
    throw new Error(`the snapshot failed its own check: ${(e as Error).message}`);
  }
  try {
    return { file: sealBackup(archive, opts.passphrase), manifest, via };
  } catch (e) {
    if (e instanceof BackupFileError) throw new HttpError('invalid_request', e.message);
    throw e;
  }
}
