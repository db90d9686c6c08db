import { msg } from '../cli-i18n.ts';
import { readFileSync } from 'node:fs';
import { BackupWriteError, takeBackup } from '../../services/backup/backup.service.ts';
import { checkPassphrase } from '../../store/backup-file.ts';
import type { CliCommand, CliInvocation } from '../command.ts';
import { CliError, outputOpt, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli, refuseUnusableDataFolder } from '../open-store.ts';

/** The backup passphrase from --passphrase-file or HEARTH_BACKUP_PASSPHRASE; refuses without one. */
export function backupPassphrase(inv: CliInvocation): string {
  const file = stringOpt(inv, 'passphrase-file');
  let p: string | undefined;
  if (file !== undefined) {
    try {
      p = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new CliError(msg('backup.readPassphraseFile', { file }));
    }
  } else p = process.env.HEARTH_BACKUP_PASSPHRASE;
  if (!p) throw new CliError(msg('backup.backupPassphraseRequiredPassphrase'));
  try {
    checkPassphrase(p);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  return p;
}

export const backupCommand: CliCommand = {
  name: 'backup',
  get summary() {
    return msg('backup.summary');
  },
  usage:
    'hearth backup --out FILE [--mkdir] [--data ./data] [--passphrase-file FILE] [--include-master-key] [--json]\n' +
    '  The passphrase comes from --passphrase-file or HEARTH_BACKUP_PASSPHRASE (at least 12 characters).\n' +
    '  Without --include-master-key the backup does not hold the master key: keep <data>/keys/master.key\n' +
    '  (or your HEARTH_MASTER_KEY) safe separately — restoring needs it.',
  options: {
    out: { type: 'string' },
    mkdir: { type: 'boolean' },
    data: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'include-master-key': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(inv) {
    const out = outputOpt(inv, { refuseExisting: true });
    const passphrase = backupPassphrase(inv);
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const includeMasterKey = inv.values['include-master-key'] === true;
    await refuseUnusableDataFolder(cfg);
    let written;
    try {
      written = await takeBackup({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, openStore: () => openStoreForCli(cfg, 'hearth backup') }, out, {
        includeMasterKey,
        passphrase,
      });
    } catch (e) {
      if (e instanceof BackupWriteError) throw new CliError(msg('backup.write', { path: out, message: e.message }));
      throw e;
    }
    const { bytes, manifest, via } = written;
    const rows = Object.values(manifest.tables).reduce((s, t) => s + t.rows, 0);
    const files = Object.keys(manifest.blobs).length;
    if (inv.values.json)
      inv.io.out(
        JSON.stringify({
          out,
          bytes,
          via,
          tables: manifest.tables,
          files,
          missingFiles: manifest.missingBlobs,
          includesMasterKey: includeMasterKey,
        }) + '\n',
      );
    else {
      inv.io.out(
        `${msg('backup.written', { out, mb: (bytes / 1e6).toFixed(1), rows, tables: Object.keys(manifest.tables).length, files, via: via === 'running server' ? 'server' : 'folder' })}\n`,
      );
      if (manifest.missingBlobs.length > 0)
        inv.io.err(`${msg('backup.missingFiles', { count: manifest.missingBlobs.length, files: manifest.missingBlobs.slice(0, 5).join(', ') })}\n`);
      inv.io.out(includeMasterKey ? `${msg('backup.keyInside')}\n` : `${msg('backup.keyNotInside')}\n`);
    }
    return 0;
  },
};
