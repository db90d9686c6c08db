/**
 * Who runs next when the engine threads are busy: round robin over the owners that have work
 * waiting, with at most `perOwner` tasks of one owner running at once. One client asking for
 * four 2048² pictures fills at most `perOwner` threads; a second client's first task starts as
 * soon as a thread frees, ahead of the first client's third.
 */

export interface FairSchedulerOptions {
  /** Tasks running at once in total (the pool's threads). */
  concurrency: number;
  /** Tasks of one owner running at once. */
  perOwner: number;
  /** Tasks one owner may have waiting; more are refused (`SchedulerFullError`). Default 64. */
  maxWaitingPerOwner?: number;
}

/** The owner already has too much waiting: the task was not accepted. */
export class SchedulerFullError extends Error {
  override name = 'SchedulerFullError';
}

/** The task was cancelled while it waited. */
export class SchedulerAbortedError extends Error {
  override name = 'SchedulerAbortedError';
}

interface Waiting {
  start: () => void;
}

export class FairScheduler {
  readonly concurrency: number;
  readonly perOwner: number;
  readonly maxWaitingPerOwner: number;
  #running = 0;
  readonly #runningBy = new Map<string, number>();
  /** Owners with waiting work. */
  readonly #waiting = new Map<string, Waiting[]>();
  /** When each owner last had a task started (a counter): the longest-unserved goes first. */
  readonly #servedAt = new Map<string, number>();
  #turn = 0;

  constructor(opts: FairSchedulerOptions) {
    this.concurrency = Math.max(1, Math.floor(opts.concurrency));
    this.perOwner = Math.max(1, Math.floor(opts.perOwner));
    this.maxWaitingPerOwner = opts.maxWaitingPerOwner ?? 64;
  }

  get running(): number {
    return this.#running;
  }

  /** Tasks waiting, all owners together. */
  get waiting(): number {
    let n = 0;
    for (const q of this.#waiting.values()) n += q.length;
    return n;
  }

  runningOf(owner: string): number {
    return this.#runningBy.get(owner) ?? 0;
  }

  /** Runs `task` when it is `owner`'s turn; a signal fired while waiting drops it. */
  run<T>(owner: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new SchedulerAbortedError('cancelled'));
    if (this.#canStart(owner) && this.#waiting.size === 0) return this.#start(owner, task);
    const queue = this.#waiting.get(owner) ?? [];
    if (queue.length >= this.maxWaitingPerOwner) return Promise.reject(new SchedulerFullError(`${queue.length} tasks are already waiting for this person`));
    return new Promise<T>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#start(owner, task).then(resolve, reject);
        },
      };
      const onAbort = (): void => {
        const q = this.#waiting.get(owner);
        const i = q ? q.indexOf(entry) : -1;
        if (i < 0) return;
        q!.splice(i, 1);
        if (q!.length === 0) this.#waiting.delete(owner);
        reject(new SchedulerAbortedError('cancelled'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(entry);
      this.#waiting.set(owner, queue);
      this.#pump();
    });
  }

  #canStart(owner: string): boolean {
    return this.#running < this.concurrency && this.runningOf(owner) < this.perOwner;
  }

  async #start<T>(owner: string, task: () => Promise<T>): Promise<T> {
    this.#running++;
    this.#runningBy.set(owner, this.runningOf(owner) + 1);
    this.#servedAt.set(owner, this.#turn++);
    try {
      return await task();
    } finally {
      this.#running--;
      const n = this.runningOf(owner) - 1;
      if (n > 0) this.#runningBy.set(owner, n);
      else this.#runningBy.delete(owner);
      if (n <= 0 && !this.#waiting.has(owner)) this.#servedAt.delete(owner);
      this.#pump();
    }
  }

  /** Starts waiting tasks while slots are free: of the owners under their limit, the one served longest ago goes. */
  #pump(): void {
    while (this.#running < this.concurrency) {
      let picked: string | undefined;
      let oldest = Infinity;
      for (const owner of this.#waiting.keys()) {
        const at = this.#servedAt.get(owner) ?? -1;
        if (this.runningOf(owner) < this.perOwner && at < oldest) {
          picked = owner;
          oldest = at;
        }
      }
      if (picked === undefined) return;
      const queue = this.#waiting.get(picked)!;
      const entry = queue.shift()!;
      if (queue.length === 0) this.#waiting.delete(picked);
      entry.start();
    }
  }
}
