import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { masterKeyPath, writeMasterKey } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

/**
 * `hearth keys rotate`: a new master key re-wraps every client's data key (the data itself
 * need not be re-encrypted). The new key is written beside the old one first, the database is
 * updated in one transaction, and only then does the new key file replace the old.
 */
export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'Rotate the master key that protects every client’s data key (`hearth keys rotate`)',
  usage: 'hearth keys rotate [--data ./data] [--json]   (with HEARTH_MASTER_KEY set, prints the new key to store yourself)',
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    if (inv.positionals[0] !== 'rotate') throw new CliError('usage: hearth keys rotate [--data DIR] [--json]');
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const fromEnv = Boolean(process.env.HEARTH_MASTER_KEY);
    const store = await openStoreForCli(cfg, 'hearth keys rotate');
    try {
      const next = new Uint8Array(randomBytes(32));
      const stagingDir = join(cfg.dataDir, 'keys', 'next');
      if (!fromEnv) writeMasterKey(stagingDir, next);
      const count = await store.vault.rotateMaster(next);
      if (!fromEnv) {
        renameSync(masterKeyPath(stagingDir), masterKeyPath(cfg.dataDir));
        if (existsSync(stagingDir)) rmSync(stagingDir, { recursive: true, force: true });
      }
      await store.audit.append({ actorId: null, actorRole: 'system', action: 'keys.rotate', clientId: null, detail: { clientKeys: count } });
      const newKey = Buffer.from(next).toString('base64');
      if (inv.values.json) inv.io.out(JSON.stringify({ rotated: count, ...(fromEnv ? { newMasterKey: newKey } : { keyFile: masterKeyPath(cfg.dataDir) }) }) + '\n');
      else if (fromEnv) inv.io.out(`Re-wrapped ${count} client keys. Set HEARTH_MASTER_KEY to this new value before the next start:\n${newKey}\n`);
      else inv.io.out(`Re-wrapped ${count} client keys under a new master key (${masterKeyPath(cfg.dataDir)}). Update any backup copy of the key.\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
