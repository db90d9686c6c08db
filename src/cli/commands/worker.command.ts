/**
 * `hearth worker`: runs jobs (pictures, refining) from the PostgreSQL queue that the app nodes
 * fill, with this machine's cores; no web server. Needs DATABASE_URL (with the embedded database
 * the server runs its jobs itself) and the same master key and files (HEARTH_S3_* or a shared
 * folder) as the app nodes.
 */
import { msg } from '../cli-i18n.ts';
import { startJobWorker } from '../../services/jobs/job-worker.ts';
import type { CliCommand } from '../command.ts';
import { CliError, numberOpt } from '../command.ts';
import { resolveRuntimeConfig } from '../config.ts';
import { openStoreForCli } from '../open-store.ts';

export const workerCommand: CliCommand = {
  name: 'worker',
  get summary() {
    return msg('worker.summary');
  },
  usage: 'hearth worker [--threads N] [--jobs N] [--data ./data]   (env: DATABASE_URL, HEARTH_DATA, HEARTH_MASTER_KEY, HEARTH_WORKERS)',
  options: { threads: { type: 'string' }, jobs: { type: 'string' }, data: { type: 'string' } },
  async run(inv) {
    const cfg = resolveRuntimeConfig({ data: inv.values.data as string | undefined });
    if (!cfg.databaseUrl) throw new CliError(msg('worker.jobsTakenFromPostgresql'));
    const threads = inv.values.threads === undefined ? undefined : Math.floor(numberOpt(inv, 'threads', 1, 1, 256));
    const jobs = inv.values.jobs === undefined ? undefined : Math.floor(numberOpt(inv, 'jobs', 8, 1, 1024));
    const store = await openStoreForCli(cfg, 'hearth worker');
    const worker = await startJobWorker({ store, databaseUrl: cfg.databaseUrl, threads, jobs });
    inv.io.err(`Hearth worker is taking jobs with ${worker.engines.threads} engine threads. Stop with Ctrl+C.\n`);
    return new Promise<number>((resolve) => {
      const stop = () => {
        void (async () => {
          await worker.close();
          await store.close();
          inv.io.err('Hearth worker stopped; jobs it was running are marked cancelled.\n');
          resolve(0);
        })();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
