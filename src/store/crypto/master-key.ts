/**
 * The master key wraps every client's data key. It comes from `HEARTH_MASTER_KEY` (base64 of
 * 32 bytes) or from `<data>/keys/master.key`, created on first run readable by the owner only.
 * Keep a copy of it with your backups: without it, nothing can be decrypted.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class MasterKeyError extends Error {
  override name = 'MasterKeyError';
}

export function parseMasterKey(text: string, source: string): Uint8Array {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new MasterKeyError(`${source} must be 32 bytes in base64 (44 characters), got ${key.length} bytes`);
  return new Uint8Array(key);
}

export const masterKeyPath = (dataDir: string): string => join(dataDir, 'keys', 'master.key');

/** Loads the master key, creating the key file on first run when no environment key is set. */
export function loadMasterKey(dataDir: string | null, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (env.HEARTH_MASTER_KEY) return parseMasterKey(env.HEARTH_MASTER_KEY, 'HEARTH_MASTER_KEY');
  if (!dataDir) return new Uint8Array(randomBytes(32)); // in-memory store (tests): an ephemeral key
  const path = masterKeyPath(dataDir);
  if (existsSync(path)) return parseMasterKey(readFileSync(path, 'utf8'), path);
  writeMasterKey(dataDir, new Uint8Array(randomBytes(32)));
  return parseMasterKey(readFileSync(path, 'utf8'), path);
}

/** Writes the key file atomically with owner-only permissions. */
export function writeMasterKey(dataDir: string, key: Uint8Array): void {
  const dir = join(dataDir, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const tmp = join(dir, `.master.key.${process.pid}`);
  writeFileSync(tmp, Buffer.from(key).toString('base64') + '\n', { mode: 0o600 });
  renameSync(tmp, masterKeyPath(dataDir));
}
