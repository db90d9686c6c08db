import { msg } from '../cli-i18n.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { masterKeyPath, writeMasterKey } from '../../store/index.ts';
import type { CliCommand } from '../command.ts';
import { CliError } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

/**
 * `hearth keys rotate`: a new master key re-wraps everything sealed with the master key — every
 * client's data key (the data itself need not be re-encrypted), the model servers' credentials
 * the two-step sign-in (TOTP) secrets and the store keys (email lookup, identity, audit chain and
 * checkpoint signing: re-wrapped, so lookup hashes and the audit chain stay valid). The new key is written beside the old one first, the
 * database is updated in ONE transaction (all or nothing), and only then does the new key file
 * replace the old.
 */
export const keysCommand: CliCommand = {
  name: 'keys',
  get summary() {
    return msg('keys.summary');
  },
  usage: 'hearth keys rotate [--data ./data] [--json]   (with HEARTH_MASTER_KEY set, prints the new key to store yourself)',
  maxPositionals: 1,
  options: { data: { type: 'string' }, json: { type: 'boolean' } },
  async run(inv) {
    if (inv.positionals[0] !== 'rotate') throw new CliError(msg('keys.usageHearthKeysRotate'));
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    const fromEnv = Boolean(process.env.HEARTH_MASTER_KEY);
    const store = await openStoreForCli(cfg, 'hearth keys rotate');
    try {
      const next = new Uint8Array(randomBytes(32));
      const stagingDir = join(cfg.dataDir, 'keys', 'next');
      if (!fromEnv) writeMasterKey(stagingDir, next);
      let rotated;
      try {
        rotated = await store.db.transaction(async (tx) => ({
          count: await store.vault.rotateMaster(next, tx),
          credentials: await store.backends.rotateMaster(next, tx),
          totp: await store.accountSecurity.rotateMaster(next, tx),
          storeKeys: await store.keys.rotateMaster(next, tx),
        }));
      } catch (e) {
        // Nothing was changed: the old key stays the key.
        if (!fromEnv) rmSync(stagingDir, { recursive: true, force: true });
        throw new CliError(msg('keys.masterKeyRotatedNothing', { message: (e as Error).message }));
      }
      const { count, credentials, totp, storeKeys } = rotated;
      if (!fromEnv) {
        renameSync(masterKeyPath(stagingDir), masterKeyPath(cfg.dataDir));
        if (existsSync(stagingDir)) rmSync(stagingDir, { recursive: true, force: true });
      }
      await store.audit.append({
        actorId: null,
        actorRole: 'system',
        action: 'keys.rotate',
        clientId: null,
        detail: { clientKeys: count, backendCredentials: credentials, totpSecrets: totp, storeKeys },
      });
      const newKey = Buffer.from(next).toString('base64');
      if (inv.values.json)
        inv.io.out(
          JSON.stringify({
            rotated: count,
            backendCredentials: credentials,
            totpSecrets: totp,
            ...(fromEnv ? { newMasterKey: newKey } : { keyFile: masterKeyPath(cfg.dataDir) }),
          }) + '\n',
        );
      else if (fromEnv) inv.io.out(`${msg('keys.rotatedEnv', { count, credentials, totp })}\n${newKey}\n`);
      else inv.io.out(`${msg('keys.rotatedFile', { count, credentials, totp, path: masterKeyPath(cfg.dataDir) })}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
