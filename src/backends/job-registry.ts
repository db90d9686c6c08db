/**
 * Jobs a person can watch and cancel while a model server works: each has an owner (the client
 * whose work it is), progress 0..1 that never goes backwards, a state, and at the end either the
 * ids of what it made or a plain-language error. Kept in memory on purpose — a job lives only as
 * long as the request to the model server, so this assumes ONE app node (behind a load balancer,
 * pin a client to a node or poll the node that accepted the job). Finished jobs are forgotten
 * after `keepMs`.
 */
import { BackendAbortedError } from './image-backend.ts';
import type { BackendProgress } from './image-backend.ts';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobError {
  code: string;
  message: string;
  /** Set when the built-in engine could do the same job instead. */
  fallback?: 'builtin';
}

export interface JobView {
  id: string;
  clientId: string;
  backend: string;
  state: JobState;
  progress: number;
  stage: string;
  resultIds: string[];
  error: JobError | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobRegistryOptions {
  /** How long a finished job can still be read (ms). Default 15 minutes. */
  keepMs?: number;
  /** Turns a failure into what the person is told. */
  describeError?: (e: unknown) => JobError;
  now?: () => Date;
  newId?: () => string;
}

interface Entry extends JobView {
  controller: AbortController;
}

const copy = (e: Entry): JobView => ({
  id: e.id,
  clientId: e.clientId,
  backend: e.backend,
  state: e.state,
  progress: e.progress,
  stage: e.stage,
  resultIds: [...e.resultIds],
  error: e.error,
  createdAt: e.createdAt,
  finishedAt: e.finishedAt,
});

export class JobRegistry {
  readonly #jobs = new Map<string, Entry>();
  readonly #keepMs: number;
  readonly #describe: (e: unknown) => JobError;
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor(opts: JobRegistryOptions = {}) {
    this.#keepMs = opts.keepMs ?? 15 * 60_000;
    this.#describe = opts.describeError ?? ((e) => ({ code: 'failed', message: e instanceof Error ? e.message : 'The job failed.' }));
    this.#now = opts.now ?? (() => new Date());
    this.#newId = opts.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Starts `work` at once and returns the job's id. `work` gets the job's abort signal and a
   * progress callback, and resolves with the ids of what it stored.
   */
  start(owner: { clientId: string; backend: string }, work: (signal: AbortSignal, progress: BackendProgress) => Promise<string[]>): JobView {
    this.#sweep();
    const entry: Entry = {
      id: this.#newId(),
      clientId: owner.clientId,
      backend: owner.backend,
      state: 'queued',
      progress: 0,
      stage: 'waiting',
      resultIds: [],
      error: null,
      createdAt: this.#now(),
      finishedAt: null,
      controller: new AbortController(),
    };
    this.#jobs.set(entry.id, entry);
    const progress: BackendProgress = (f, stage) => {
      if (entry.state !== 'queued' && entry.state !== 'running') return;
      if (stage !== 'waiting for the image server') entry.state = 'running';
      if (Number.isFinite(f)) entry.progress = Math.min(1, Math.max(entry.progress, f));
      entry.stage = stage;
    };
    const finish = (patch: Partial<Entry>): void => {
      if (entry.state === 'cancelled') return;
      Object.assign(entry, patch, { finishedAt: this.#now() });
    };
    void Promise.resolve()
      .then(() => work(entry.controller.signal, progress))
      .then(
        (ids) => finish({ state: 'done', progress: 1, stage: 'done', resultIds: ids }),
        (e: unknown) =>
          finish(
            e instanceof BackendAbortedError || entry.controller.signal.aborted
              ? { state: 'cancelled', stage: 'cancelled' }
              : { state: 'failed', stage: 'failed', error: this.#describe(e) },
          ),
      );
    return copy(entry);
  }

  get(id: string): JobView | undefined {
    this.#sweep();
    const e = this.#jobs.get(id);
    return e && copy(e);
  }

  /** Stops a waiting or running job; a finished one is left as it is. Returns the job after. */
  cancel(id: string): JobView | undefined {
    const e = this.#jobs.get(id);
    if (!e) return undefined;
    if (e.state === 'queued' || e.state === 'running') {
      e.state = 'cancelled';
      e.stage = 'cancelled';
      e.finishedAt = this.#now();
      e.controller.abort(new BackendAbortedError());
    }
    return copy(e);
  }

  /** Jobs still waiting or running. */
  get active(): number {
    return [...this.#jobs.values()].filter((e) => e.state === 'queued' || e.state === 'running').length;
  }

  /** Cancels everything (server shutdown). */
  cancelAll(): void {
    for (const id of this.#jobs.keys()) this.cancel(id);
  }

  #sweep(): void {
    const cutoff = this.#now().getTime() - this.#keepMs;
    for (const [id, e] of this.#jobs) if (e.finishedAt && e.finishedAt.getTime() < cutoff) this.#jobs.delete(id);
  }
}
