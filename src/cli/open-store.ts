import { DataFolderLockedError, openStore } from '../store/index.ts';
import type { Store } from '../store/index.ts';
import { CliError } from './command.ts';
import type { RuntimeConfig } from './config.ts';

/** Opens the data folder for a CLI command, turning a held lock into a one-line refusal. */
export async function openStoreForCli(cfg: RuntimeConfig, command: string): Promise<Store> {
  try {
    return await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, command });
  } catch (e) {
    if (e instanceof DataFolderLockedError) throw new CliError(e.message, 3);
    if (e instanceof Error && /^(HEARTH_S3|S3 endpoint|".*" is not a valid S3 bucket)/.test(e.message)) throw new CliError(e.message);
    if (cfg.databaseUrl && e instanceof Error && /ECONNREFUSED|password|does not exist|ENOTFOUND/.test(e.message)) {
      throw new CliError(`Cannot reach the database at DATABASE_URL: ${e.message}`);
    }
    throw e;
  }
}
