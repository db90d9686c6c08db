/**
 * A process that only runs jobs (`hearth worker`, e.g. beside a GPU host): it takes jobs from
 * the PostgreSQL queue that any app node accepted, with its own engine threads, and reports
 * progress and honours cancels through the database like any app node. It serves no HTTP.
 */
import { ConfiguredBackends, createBuiltinImageBackend, describeBackendFailure } from '../../backends/index.ts';
import type { Store } from '../../store/index.ts';
import { modelServerLoader } from '../backends/model-servers.service.ts';
import { registerStudioJobs } from '../studio/studio.service.ts';
import { EnginePool, poolAwareImageBackend } from './engine-pool.ts';
import { PgEventBus } from './event-bus.ts';
import { JobRunner } from './job-runner.ts';

export interface JobWorker {
  runner: JobRunner;
  engines: EnginePool;
  /** Stops taking jobs, cancels the ones running here, closes the threads and connections (not the store). */
  close(): Promise<void>;
}

export async function startJobWorker(opts: { store: Store; databaseUrl: string; threads?: number; jobs?: number }): Promise<JobWorker> {
  const { store } = opts;
  const clock = () => new Date();
  const engines = new EnginePool({ threads: opts.threads });
  const bus = await PgEventBus.open(opts.databaseUrl);
  const runner = new JobRunner({ store, clock, describeError: describeBackendFailure, databaseUrl: opts.databaseUrl, bus, workers: opts.jobs });
  registerStudioJobs(runner, {
    store,
    clock,
    engines,
    imageBackend: poolAwareImageBackend(createBuiltinImageBackend(), engines),
    modelServers: new ConfiguredBackends({ load: modelServerLoader(store) }),
  });
  await runner.start();
  return {
    runner,
    engines,
    async close() {
      await runner.close();
      await bus.close();
      await engines.close();
    },
  };
}
