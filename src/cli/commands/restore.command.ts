import { msg } from '../cli-i18n.ts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BackupFileError } from '../../store/backup-file.ts';
import { BackupError } from '../../store/backup.ts';
import { restoreBackup } from '../../store/backup-restore.ts';
import { MasterKeyError, openStore, parseMasterKey } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError, stringOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { backupPassphrase } from './backup.command.ts';

export const restoreCommand: CliCommand = {
  name: 'restore',
  get summary() {
    return msg('restore.summary');
  },
  usage:
    'hearth restore FILE --data DIR [--passphrase-file FILE] [--master-key-file FILE] [--json]\n' +
    '  The passphrase comes from --passphrase-file or HEARTH_BACKUP_PASSPHRASE. A backup made without\n' +
    '  --include-master-key needs the original master key: HEARTH_MASTER_KEY or --master-key-file.\n' +
    '  Refuses a non-empty folder, and a tampered or truncated file (exit 1).',
  maxPositionals: 1,
  options: { data: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'master-key-file': { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    const path = inv.positionals[0];
    if (!path) throw new CliError(msg('restore.usageHearthRestoreFile'));
    const data = stringOpt(inv, 'data', true);
    const passphrase = backupPassphrase(inv);
    const cfg = resolveRuntimeConfig({ data });
    // Restore makes the data folder itself, not a chain of folders a mistyped path would grow.
    if (!existsSync(cfg.dataDir) && !existsSync(dirname(cfg.dataDir)))
      throw new CliError(msg('restore.parentMissing', { dir: cfg.dataDir, parent: dirname(cfg.dataDir) }));
    if (!existsSync(path)) throw new CliError(msg('restore.readBackupFile', { path }));
    const keyFile = stringOpt(inv, 'master-key-file');
    let masterKey: Uint8Array | undefined;
    try {
      if (keyFile !== undefined) {
        const text = readFileSync(keyFile, 'utf8').trim();
        // base64 decoding skips what is not base64, so a picture could pass for a key of the wrong length.
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new CliError(msg('restore.notMasterKeyFile', { file: keyFile }));
        masterKey = parseMasterKey(text, keyFile);
      }
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(e instanceof MasterKeyError ? e.message : `cannot read the master key file ${keyFile}`);
    }
    let result;
    try {
      result = await restoreBackup(path, { passphrase, dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, ...(masterKey ? { masterKey } : {}) });
    } catch (e) {
      if (e instanceof BackupFileError || e instanceof BackupError || e instanceof MasterKeyError)
        throw new CliError(msg('restore.restoreRefused', { message: e.message }), 1);
      throw e;
    }
    // The restored audit chain must verify exactly as it did in the original installation.
    const store = await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, command: 'hearth restore' });
    let audit;
    try {
      audit = await store.audit.verify();
      // The restored folder starts its own checkpoint file from the chain it verified.
      if (audit.ok) await store.checkpointAudit();
    } finally {
      await store.close();
    }
    if (inv.values.json)
      inv.io.out(
        JSON.stringify({
          dataDir: cfg.dataDir,
          rows: result.rows,
          files: result.files,
          takenAt: result.manifest.createdAt,
          masterKey: result.masterKeySource,
          audit,
        }) + '\n',
      );
    else {
      inv.io.out(`${msg('restore.done', { rows: result.rows, files: result.files, taken: result.manifest.createdAt, dir: cfg.dataDir })}\n`);
      inv.io.out(`${audit.ok ? msg('audit.intact', { entries: audit.entries }) : msg('audit.broken', { seq: audit.seq, reason: audit.reason })}\n`);
      inv.io.out(
        result.masterKeySource === 'HEARTH_MASTER_KEY'
          ? `${msg('restore.sameEnvKey')}\n`
          : `${msg('restore.keyWritten', { path: `${cfg.dataDir}/keys/master.key` })}\n`,
      );
    }
    return audit.ok ? 0 : 1;
  },
};
