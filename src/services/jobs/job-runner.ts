/**
 * Long jobs a person can follow and cancel from any app node: a row in `jobs` (031) holds the
 * state, progress, stage, result and a cancel flag; the job's input is sealed with the client's
 * key in the same row and cleared at the end.
 *
 * Two transports, one code path:
 * - embedded (PGlite): an in-process queue, round robin per client (`FairScheduler`);
 * - PostgreSQL (`DATABASE_URL`): pg-boss carries the job id, so any node may accept a job and
 *   any node — or a `hearth worker` process — may run it. A client's first waiting job is sent
 *   with a higher priority than their second (priority = −jobs they already have waiting), so
 *   round robin per client holds across nodes too.
 *
 * Before a job runs it is claimed in one transaction under an advisory lock: it must still be
 * queued, its client must have fewer than `perClientRunning` jobs running, and its model server
 * fewer than its concurrency limit (counted in the database, so the limits hold across nodes).
 * A job that cannot be claimed yet goes back to wait. A running job's node writes at least every
 * 30 s; one not heard of for 3 minutes belonged to a node that died, and the next claim takes it over. Progress is written at most every 250 ms;
 * the write tells the runner whether the job was cancelled meanwhile (from any node), and a
 * cancel also goes out on the event bus so the running node stops at once.
 */
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { BackendProgress, JobError } from '../../backends/index.ts';
import { BackendAbortedError } from '../../backends/index.ts';
import type { Clock, Store } from '../../store/index.ts';
import type { EventBus } from './event-bus.ts';
import { LocalEventBus } from './event-bus.ts';
import { FairScheduler } from './fair-scheduler.ts';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobView {
  id: string;
  clientId: string;
  kind: string;
  backend: string;
  state: JobState;
  progress: number;
  stage: string;
  resultIds: string[];
  error: JobError | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobContext<I = unknown> {
  id: string;
  clientId: string;
  /** Who asked for the job (a user id). */
  requestedBy: string;
  input: I;
  signal: AbortSignal;
  progress: BackendProgress;
}

/** Does the work and resolves with the ids of what it stored. */
export type JobHandler<I = unknown> = (ctx: JobContext<I>) => Promise<string[]>;

export interface JobRunnerOptions {
  store: Store;
  clock?: Clock;
  /** Turns a failure into what the person is told. */
  describeError?: (e: unknown) => JobError;
  /** PostgreSQL URL: jobs go through pg-boss there; absent: in-process. */
  databaseUrl?: string;
  /** Whether this process runs jobs (an app node may only accept them and leave the work to `hearth worker`). Default true. */
  work?: boolean;
  /** Jobs this process runs at once. Default 8 (they mostly wait on the engine pool or a model server). */
  workers?: number;
  /** Jobs of one client running at once, across nodes. Default 2. */
  perClientRunning?: number;
  /** Jobs one backend may run at once across nodes. Default: unlimited for `builtin` (the pool limits it), 1 for a model server. */
  backendLimit?: (backend: string) => number;
  /** Cancel signals between nodes. Default: in-process. */
  bus?: EventBus;
  /** Finished jobs are kept this long (ms). Default 15 minutes. */
  keepMs?: number;
  /** How long the in-process queue waits before trying a job it could not claim (ms). Default 250. */
  retryMs?: number;
}

interface JobRow {
  id: string;
  client_id: string;
  requested_by: string;
  kind: string;
  backend: string;
  state: JobState;
  progress: number;
  stage: string;
  input_sealed: string | null;
  result_ids: string[];
  error: JobError | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  cancel_requested: boolean;
}

const QUEUE = 'hearth-jobs';
const CANCEL_TOPIC = 'job-cancel';
const COLUMNS =
  'id, client_id, requested_by, kind, backend, state, progress, stage, input_sealed, result_ids, error, created_at, updated_at, finished_at, cancel_requested';
const sealPurpose = (id: string): string => `jobs/${id}/input`;
/** A running job's node writes at least this often (ms), progress or not. */
const HEARTBEAT_MS = 30_000;
/** A running job not heard of for this long (ms) belonged to a node that died: another may claim it. */
const STALE_MS = 3 * 60_000;

const view = (r: JobRow): JobView => ({
  id: r.id,
  clientId: r.client_id,
  kind: r.kind,
  backend: r.backend,
  state: r.state,
  progress: Number(r.progress),
  stage: r.stage,
  resultIds: [...r.result_ids],
  error: r.error,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at && new Date(r.finished_at),
});

/** The job could not be claimed yet (limits); it waits and is tried again. */
class NotYetError extends Error {
  override name = 'NotYetError';
}

export class JobRunner {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #describe: (e: unknown) => JobError;
  readonly #handlers = new Map<string, JobHandler<never>>();
  readonly #running = new Map<string, AbortController>();
  readonly #perClient: number;
  readonly #backendLimit: (backend: string) => number;
  readonly #bus: EventBus;
  readonly #stopBus: () => void;
  readonly #keepMs: number;
  readonly #retryMs: number;
  readonly #work: boolean;
  readonly #workers: number;
  readonly #node = `${hostname()}:${process.pid}`;
  readonly #databaseUrl: string | undefined;
  readonly #local: FairScheduler;
  #boss: PgBoss | null = null;
  #closed = false;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #settling = new Set<Promise<unknown>>();

  constructor(opts: JobRunnerOptions) {
    this.#store = opts.store;
    this.#clock = opts.clock ?? (() => new Date());
    this.#describe = opts.describeError ?? ((e) => ({ code: 'failed', message: e instanceof Error ? e.message : 'The job failed.' }));
    this.#perClient = opts.perClientRunning ?? 2;
    this.#backendLimit = opts.backendLimit ?? ((b) => (b === 'builtin' ? Infinity : 1));
    this.#bus = opts.bus ?? new LocalEventBus();
    this.#keepMs = opts.keepMs ?? 15 * 60_000;
    this.#retryMs = opts.retryMs ?? 250;
    this.#work = opts.work ?? true;
    this.#workers = opts.workers ?? 8;
    this.#databaseUrl = opts.databaseUrl;
    this.#local = new FairScheduler({ concurrency: this.#workers, perOwner: this.#perClient, maxWaitingPerOwner: 10_000 });
    this.#stopBus = this.#bus.subscribe(CANCEL_TOPIC, (m) => this.#running.get((m as { id: string }).id)?.abort(new BackendAbortedError()));
  }

  /** Says what a kind of job does. Register every kind before `start`. */
  register<I>(kind: string, handler: JobHandler<I>): void {
    this.#handlers.set(kind, handler as JobHandler<never>);
  }

  /** With PostgreSQL: connects pg-boss and, if this process works, starts taking jobs. In-process: ends what a previous run left. */
  async start(): Promise<void> {
    if (!this.#databaseUrl) {
      // One process holds the embedded database: jobs it left waiting or running when it stopped are over.
      await this.#store.db.query(
        "UPDATE jobs SET state = 'cancelled', stage = 'stopped when Hearth restarted', input_sealed = NULL, finished_at = $1, updated_at = $1 WHERE state IN ('queued', 'running')",
        [this.#clock()],
      );
      return;
    }
    // pg-boss (and pg) load only with DATABASE_URL.
    const { default: PgBossClass } = await import('pg-boss');
    const boss = new PgBossClass({ connectionString: this.#databaseUrl, max: 4, supervise: this.#work, schedule: false });
    boss.on('error', () => undefined);
    await boss.start();
    await boss.createQueue(QUEUE);
    this.#boss = boss;
    if (!this.#work) return;
    for (let i = 0; i < this.#workers; i++) {
      await boss.work<{ jobId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (!job) return;
        const outcome = await this.#execute(job.data.jobId);
        // pg-boss tries the job again after its retry delay.
        if (outcome === 'later') throw new NotYetError('waiting for a free slot');
      });
    }
  }

  /** Accepts a job: stored as queued (input sealed with the client's key), then queued for a runner. */
  async submit(spec: { clientId: string; requestedBy: string; kind: string; backend: string; input: unknown }): Promise<JobView> {
    if (this.#closed) throw new Error('The job runner is stopped.');
    if (!this.#handlers.has(spec.kind)) throw new Error(`No handler for jobs of kind ${spec.kind}`);
    await this.#sweep();
    const id = crypto.randomUUID();
    const now = this.#clock();
    const sealed = await this.#store.vault.sealJson(spec.clientId, sealPurpose(id), spec.input);
    const [row] = await this.#store.db.query<JobRow>(
      `INSERT INTO jobs (id, client_id, requested_by, kind, backend, state, input_sealed, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7, $7) RETURNING ${COLUMNS}`,
      [id, spec.clientId, spec.requestedBy, spec.kind, spec.backend, sealed, now],
    );
    if (this.#databaseUrl) {
      if (!this.#boss) throw new Error('The job runner was not started.');
      const [{ n }] = (await this.#store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE client_id = $1 AND state = 'queued'", [
        spec.clientId,
      ])) as [{ n: number }];
      // A job whose node died expires after 15 minutes and is offered again; the claim then takes it over (STALE_MS).
      await this.#boss.send(QUEUE, { jobId: id }, { priority: -n, retryLimit: 100_000, retryDelay: 1, retryBackoff: false, expireInMinutes: 15 });
    } else {
      this.#enqueueLocal(id, spec.clientId);
    }
    return view(row!);
  }

  /** The job as it is now, from the database (any node's jobs). */
  async get(id: string): Promise<JobView | undefined> {
    await this.#sweep();
    const [row] = await this.#store.db.query<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = $1`, [id]);
    return row && view(row);
  }

  /** Stops a waiting or running job wherever it runs; a finished one is left as it is. Returns the job after. */
  async cancel(id: string): Promise<JobView | undefined> {
    const [row] = await this.#store.db.query<JobRow>(
      `UPDATE jobs SET state = CASE WHEN state IN ('queued', 'running') THEN 'cancelled' ELSE state END,
              stage = CASE WHEN state IN ('queued', 'running') THEN 'cancelled' ELSE stage END,
              finished_at = CASE WHEN state IN ('queued', 'running') THEN $2 ELSE finished_at END,
              input_sealed = CASE WHEN state IN ('queued', 'running') THEN NULL ELSE input_sealed END,
              cancel_requested = true, updated_at = $2
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, this.#clock()],
    );
    if (!row) return undefined;
    this.#running.get(id)?.abort(new BackendAbortedError());
    await this.#bus.publish(CANCEL_TOPIC, { id }).catch(() => undefined);
    return view(row);
  }

  /** Jobs running in this process now. */
  get runningHere(): number {
    return this.#running.size;
  }

  /** Stops taking jobs, cancels the ones running here and waits for them to settle. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopBus();
    for (const t of this.#timers) clearTimeout(t);
    for (const id of [...this.#running.keys()]) await this.cancel(id).catch(() => undefined);
    await Promise.allSettled([...this.#settling]);
    await this.#boss?.stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
  }

  #enqueueLocal(id: string, clientId: string): void {
    const p = this.#local
      .run(clientId, () => this.#execute(id))
      .then((outcome) => {
        if (outcome !== 'later' || this.#closed) return;
        const t = setTimeout(() => {
          this.#timers.delete(t);
          this.#enqueueLocal(id, clientId);
        }, this.#retryMs);
        this.#timers.add(t);
      })
      .catch(() => undefined)
      .finally(() => this.#settling.delete(p));
    this.#settling.add(p);
  }

  /** Claims the job if the limits allow, runs it, and records how it ended. */
  async #execute(id: string): Promise<'ran' | 'later' | 'gone'> {
    if (this.#closed) return 'gone';
    const claimed = await this.#claim(id);
    if (claimed === 'later' || claimed === 'gone') return claimed;
    const job = claimed;
    const handler = this.#handlers.get(job.kind);
    const ac = new AbortController();
    this.#running.set(id, ac);
    let writing: Promise<unknown> = Promise.resolve();
    let last = 0;
    const write = (f: number, stage: string): void => {
      writing = writing
        .then(async () => {
          const rows = await this.#store.db.query(
            "UPDATE jobs SET progress = GREATEST(progress, $2), stage = $3, updated_at = $4 WHERE id = $1 AND state = 'running' AND NOT cancel_requested RETURNING id",
            [id, Math.min(1, Math.max(0, f)), stage.slice(0, 200), this.#clock()],
          );
          if (rows.length === 0) ac.abort(new BackendAbortedError());
        })
        .catch(() => undefined);
    };
    // At most one write per 250 ms; the latest value is written at the end of the window.
    let pending: { f: number; stage: string } | null = null;
    let timer: NodeJS.Timeout | null = null;
    const flush = (): void => {
      timer = null;
      if (!pending) return;
      last = performance.now();
      write(pending.f, pending.stage);
      pending = null;
    };
    // Heard of at least every 30 s, so another node does not take it for a dead node's job.
    const heartbeat = setInterval(() => {
      writing = writing
        .then(async () => {
          const rows = await this.#store.db.query("UPDATE jobs SET updated_at = $2 WHERE id = $1 AND state = 'running' AND NOT cancel_requested RETURNING id", [
            id,
            this.#clock(),
          ]);
          if (rows.length === 0) ac.abort(new BackendAbortedError());
        })
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const progress: BackendProgress = (f, stage) => {
      if (!Number.isFinite(f)) return;
      pending = { f, stage };
      const wait = 250 - (performance.now() - last);
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    };
    try {
      if (!handler) throw new Error(`No handler for jobs of kind ${job.kind} on this node`);
      const input: unknown = job.input_sealed ? await this.#store.vault.openJson(job.client_id, sealPurpose(id), job.input_sealed) : null;
      const ids = await handler({ id, clientId: job.client_id, requestedBy: job.requested_by, input: input as never, signal: ac.signal, progress });
      if (timer) clearTimeout(timer);
      await writing;
      await this.#finish(id, { state: 'done', stage: 'done', progress: 1, resultIds: ids, error: null });
    } catch (e) {
      await writing;
      if (ac.signal.aborted || e instanceof BackendAbortedError) await this.#finish(id, { state: 'cancelled', stage: 'cancelled', resultIds: [], error: null });
      else await this.#finish(id, { state: 'failed', stage: 'failed', resultIds: [], error: this.#describe(e) });
    } finally {
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
      this.#running.delete(id);
    }
    return 'ran';
  }

  async #claim(id: string): Promise<JobRow | 'later' | 'gone'> {
    return this.#store.db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('hearth.jobs.claim'))");
      const [job] = await tx.query<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = $1 FOR UPDATE`, [id]);
      const stale = job?.state === 'running' && this.#clock().getTime() - new Date(job.updated_at).getTime() > STALE_MS && !job.cancel_requested;
      if (!job || (job.state !== 'queued' && !stale)) return 'gone';
      const [mine] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE client_id = $1 AND state = 'running'", [job.client_id]);
      const self = stale ? 1 : 0;
      if (mine!.n - self >= this.#perClient) return 'later';
      const limit = this.#backendLimit(job.backend);
      if (Number.isFinite(limit)) {
        const [busy] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE backend = $1 AND state = 'running'", [job.backend]);
        if (busy!.n - self >= limit) return 'later';
      }
      const now = this.#clock();
      await tx.query("UPDATE jobs SET state = 'running', stage = 'starting', started_at = $2, updated_at = $2, node = $3 WHERE id = $1", [id, now, this.#node]);
      return job;
    });
  }

  async #finish(id: string, end: { state: JobState; stage: string; progress?: number; resultIds: string[]; error: JobError | null }): Promise<void> {
    // A job cancelled meanwhile stays cancelled; the input is cleared either way.
    await this.#store.db.query(
      `UPDATE jobs SET state = $2, stage = $3, progress = COALESCE($4, progress), result_ids = $5, error = $6, input_sealed = NULL, finished_at = $7, updated_at = $7
        WHERE id = $1 AND state = 'running'`,
      [id, end.state, end.stage, end.progress ?? null, JSON.stringify(end.resultIds), end.error === null ? null : JSON.stringify(end.error), this.#clock()],
    );
  }

  #lastSweep = 0;
  async #sweep(): Promise<void> {
    const now = this.#clock().getTime();
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    await this.#store.db.query('DELETE FROM jobs WHERE finished_at < $1', [new Date(now - this.#keepMs)]);
  }
}
