/**
 * Opening the data folder from the CLI. Commands that read a folder refuse one that does not
 * exist or is not a Hearth folder (a mistyped --data must not look like an empty, healthy
 * installation, nor grow a new database and master key); only `serve` and `demo` may start a new
 * one, and only in a new or empty folder.
 */
import { msg } from './cli-i18n.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataFolderLockedError, masterKeyPath, openPostgres, openStore } from '../store/index.ts';
import type { Store } from '../store/index.ts';
import { CliError, EXIT } from './command.ts';
import type { RuntimeConfig } from './config.ts';

export interface OpenStoreForCliOptions {
  /** The command may start a new installation in a new or empty folder (`serve`, `demo`). */
  create?: boolean;
}

/** What a Hearth data folder holds (PGlite keeps `db/PG_VERSION`; the key file is made on first open). */
const HEARTH_ENTRIES = ['db', 'keys', 'blobs', 'hearth.lock'];
/** Entries that do not make a folder "used": a mount point's lost+found, hidden files such as .DS_Store. */
const ignorable = (name: string): boolean => name.startsWith('.') || name === 'lost+found';

const WHICH_FOLDER = 'pass --data with the folder `hearth serve` uses (./data by default, or HEARTH_DATA)';

/** Does the PostgreSQL database at `url` hold Hearth's tables (any migration applied)? */
async function postgresHasHearth(url: string): Promise<boolean> {
  const db = await openPostgres(url, 1);
  try {
    const [row] = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    if (!row?.t) return false;
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    return (count?.n ?? 0) > 0;
  } finally {
    await db.close();
  }
}

/**
 * Why the data folder (and database) of `cfg` cannot be used by this command, as one line, or
 * null when it can. Reads only: nothing is created.
 */
async function dataFolderProblem(cfg: RuntimeConfig, opts: OpenStoreForCliOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const dir = cfg.dataDir;
  const info = statSync(dir, { throwIfNoEntry: false });
  const entries = info?.isDirectory() ? readdirSync(dir).filter((n) => !ignorable(n)) : [];
  const keyAvailable = Boolean(env.HEARTH_MASTER_KEY) || existsSync(masterKeyPath(dir));
  const restoreKey = 'HEARTH_MASTER_KEY is not set: put the key file back from your copy, or set HEARTH_MASTER_KEY (a new key could not read this data)';

  if (cfg.databaseUrl) {
    const hasHearth = await postgresHasHearth(cfg.databaseUrl);
    if (hasHearth && !keyAvailable) return `the database at DATABASE_URL holds Hearth data, but ${dir} has no keys/master.key and ${restoreKey}`;
    if (opts.create) return null;
    if (!hasHearth) return 'the database at DATABASE_URL has no Hearth tables; check DATABASE_URL (`hearth serve` creates them on a new database)';
    if (!info && !env.HEARTH_S3_BUCKET) return `the data folder ${dir} does not exist (it holds the files); ${WHICH_FOLDER}`;
    return null;
  }

  const isHearth = existsSync(join(dir, 'db', 'PG_VERSION'));
  if (isHearth && !keyAvailable) return `${dir} holds a Hearth database but no keys/master.key, and ${restoreKey}`;
  if (opts.create) {
    if (!info && !existsSync(dirname(dir))) return `cannot create the data folder ${dir}: the folder ${dirname(dir)} does not exist`;
    if (info && !isHearth && entries.length > 0 && !entries.some((e) => HEARTH_ENTRIES.includes(e))) {
      return `${dir} is neither empty nor a Hearth data folder; choose a new or empty folder for a new installation, or ${WHICH_FOLDER}`;
    }
    return null;
  }
  if (!info) return `the data folder ${dir} does not exist; ${WHICH_FOLDER}`;
  if (!isHearth) return `${dir} is not a Hearth data folder (it has no database); ${WHICH_FOLDER}`;
  return null;
}

/** Refuses (exit 2) a data folder this command cannot use, without opening it (e.g. before asking a running server). */
export async function refuseUnusableDataFolder(cfg: RuntimeConfig): Promise<void> {
  const problem = await dataFolderProblem(cfg);
  if (problem) throw new CliError(problem, EXIT.usage);
}

/**
 * Opens the data folder for a CLI command: refuses a folder that is missing or not Hearth's
 * (exit 2; with `create`, a new or empty folder is fine), and turns a held lock into a one-line
 * refusal (exit 3).
 */
export async function openStoreForCli(cfg: RuntimeConfig, command: string, opts: OpenStoreForCliOptions = {}): Promise<Store> {
  try {
    const problem = await dataFolderProblem(cfg, opts);
    if (problem) throw new CliError(problem, EXIT.usage);
    return await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, command });
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (e instanceof DataFolderLockedError) throw new CliError(e.message, EXIT.busy);
    if (e instanceof Error && /^(HEARTH_S3|S3 endpoint|".*" is not a valid S3 bucket)/.test(e.message)) throw new CliError(e.message);
    if (cfg.databaseUrl && e instanceof Error && /ECONNREFUSED|password|does not exist|ENOTFOUND/.test(e.message)) {
      throw new CliError(msg('open-store.reachDatabaseDatabaseUrl', { message: e.message }));
    }
    throw e;
  }
}
