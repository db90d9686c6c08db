/**
 * A bounded job queue per backend: at most `concurrency` jobs run at once, at most `maxQueued`
 * wait (more are refused at once with a plain message rather than piling up on a GPU), each job
 * has a time limit, progress is reported 0..1 and never goes backwards, and cancelling (the
 * caller's AbortSignal) removes a waiting job or aborts a running one — the adapter then tells
 * the server to stop (ComfyUI `/interrupt`, AUTOMATIC1111 `/sdapi/v1/interrupt`).
 */
import type { BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from './image-backend.ts';
import { BackendAbortedError } from './image-backend.ts';
import { BackendTimeoutError } from './remote/http.ts';

export interface JobQueueOptions {
  /** Shown in messages, e.g. the server's origin. */
  label: string;
  /** Jobs running at once. Default 1 (one GPU). */
  concurrency?: number;
  /** Jobs allowed to wait. Default 8. */
  maxQueued?: number;
  /** Time limit of a running job (ms). Default 5 minutes. */
  timeoutMs?: number;
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: BackendProgress;
  timeoutMs?: number;
}

/** The queue is full: the job was not accepted. */
export class BackendBusyError extends Error {
  override name = 'BackendBusyError';
  constructor(label: string, waiting: number) {
    super(`The image server at ${label} already has ${waiting} pictures waiting. Please try again in a moment.`);
  }
}

type Task<T> = (signal: AbortSignal, progress: BackendProgress) => Promise<T>;

interface Waiting {
  start(): void;
  cancel(): void;
}

export class JobQueue {
  readonly label: string;
  readonly concurrency: number;
  readonly maxQueued: number;
  readonly timeoutMs: number;
  #running = 0;
  #waiting: Waiting[] = [];

  constructor(opts: JobQueueOptions) {
    this.label = opts.label;
    this.concurrency = opts.concurrency ?? 1;
    this.maxQueued = opts.maxQueued ?? 8;
    this.timeoutMs = opts.timeoutMs ?? 5 * 60_000;
  }

  get running(): number {
    return this.#running;
  }
  get waiting(): number {
    return this.#waiting.length;
  }

  run<T>(task: Task<T>, opts: JobOptions = {}): Promise<T> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(new BackendAbortedError());
    let last = 0;
    const progress: BackendProgress = (f, stage) => {
      const v = Math.min(1, Math.max(last, Number.isFinite(f) ? f : last));
      last = v;
      opts.onProgress?.(v, stage);
    };
    if (this.#running < this.concurrency) return this.#start(task, progress, opts);
    if (this.#waiting.length >= this.maxQueued) return Promise.reject(new BackendBusyError(this.label, this.#waiting.length));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#start(task, progress, opts).then(resolve, reject);
        },
        cancel: () => reject(new BackendAbortedError()),
      };
      const onAbort = (): void => {
        const i = this.#waiting.indexOf(entry);
        if (i >= 0) this.#waiting.splice(i, 1);
        entry.cancel();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(entry);
      progress(0, 'waiting for the image server');
    });
  }

  async #start<T>(task: Task<T>, progress: BackendProgress, opts: JobOptions): Promise<T> {
    this.#running++;
    const ac = new AbortController();
    const ms = opts.timeoutMs ?? this.timeoutMs;
    const timer = setTimeout(() => ac.abort(new BackendTimeoutError(this.label, Math.round(ms / 100) / 10)), ms);
    const onAbort = (): void => ac.abort(new BackendAbortedError());
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      progress(0, 'starting');
      const out = await raceAbort(task(ac.signal, progress), ac.signal);
      progress(1, 'done');
      return out;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      this.#running--;
      this.#waiting.shift()?.start();
    }
  }
}

/** Settles as soon as `signal` fires even if the task ignores it (a slow server must not hold the slot). */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new BackendAbortedError());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The same backend with generate and inpaint going through `queue`. */
export function queuedImageBackend(backend: ImageBackend, queue: JobQueue): ImageBackend {
  return {
    capabilities: backend.capabilities,
    generate: (req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress) =>
      queue.run((s, p) => backend.generate(req, s, p), { signal, onProgress }),
    inpaint: (req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress) =>
      queue.run((s, p) => backend.inpaint(req, s, p), { signal, onProgress }),
    health: () => backend.health(),
  };
}
