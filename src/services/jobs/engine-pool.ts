/**
 * The engine pool: heavy engine work (pictures, refining, line extraction) runs on worker threads
 * (piscina, one per core, at least one), never on the server's event loop. In front of it, a
 * `FairScheduler`: round robin per owner (the client whose work it is) with a per-owner limit,
 * so one client's big request queues behind nobody and starves nobody.
 *
 * Workers get plain data and import the engines only (`src/workers/engine.worker.ts`); the store,
 * keys and sealing stay on this side. Progress comes back on a MessagePort; cancelling aborts a
 * waiting task or stops the thread running it (piscina replaces the thread).
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from '../../backends/index.ts';
import { BackendAbortedError } from '../../backends/index.ts';
import type { RgbaImage } from '../../engines/core/index.ts';
import type { ArtworkFeatures } from '../../engines/analysis/index.ts';
import type { EngineResult, EngineTask, PlainImage } from '../../workers/engine.worker.ts';
import { FairScheduler, SchedulerAbortedError } from './fair-scheduler.ts';

export interface EnginePoolOptions {
  /** Worker threads. Default: HEARTH_WORKERS, else the machine's cores (at least 1). */
  threads?: number;
  /** Tasks of one owner running at once. Default: half the threads (at least 1). */
  perOwner?: number;
}

/** The worker entry: the compiled file in the build, the TypeScript source through tsx otherwise. */
function workerFile(): { filename: string; workerData?: { entry: string } } {
  // scripts/build-node.mjs defines this as dist/node/engine.worker.mjs; from the sources it is unset.
  const built = process.env.HEARTH_ENGINE_WORKER_URL;
  if (built) return { filename: built };
  return {
    filename: new URL('../../workers/tsx-boot.mjs', import.meta.url).href,
    workerData: { entry: new URL('../../workers/engine.worker.ts', import.meta.url).href },
  };
}

export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.HEARTH_WORKERS);
  return Number.isInteger(n) && n >= 1 ? n : Math.max(1, availableParallelism());
}

const plain = (img: RgbaImage): PlainImage => ({ width: img.width, height: img.height, data: img.data });

export class EnginePool {
  readonly threads: number;
  readonly scheduler: FairScheduler;
  readonly #piscina: Piscina;

  constructor(opts: EnginePoolOptions = {}) {
    this.threads = opts.threads ?? defaultThreads();
    this.scheduler = new FairScheduler({ concurrency: this.threads, perOwner: opts.perOwner ?? Math.max(1, Math.floor(this.threads / 2)) });
    const { filename, workerData } = workerFile();
    this.#piscina = new Piscina({ filename, workerData, minThreads: 1, maxThreads: this.threads, idleTimeout: 60_000 });
  }

  /**
   * Runs one engine task for `owner` when it is their turn. Input pixels are copied to the thread
   * (the caller keeps its own); the result's pixels are moved back.
   */
  run(owner: string, task: EngineTask, opts: { signal?: AbortSignal; onProgress?: BackendProgress } = {}): Promise<EngineResult> {
    const { signal, onProgress } = opts;
    return this.scheduler
      .run(
        owner,
        async () => {
          if (signal?.aborted) throw new BackendAbortedError();
          const channel = onProgress ? new MessageChannel() : undefined;
          channel?.port1.on('message', (m: { f: number; stage: string }) => onProgress!(m.f, m.stage));
          try {
            return (await this.#piscina.run({ task, port: channel?.port2 }, { transferList: channel ? [channel.port2] : [], signal })) as EngineResult;
          } catch (e) {
            if (signal?.aborted) throw new BackendAbortedError();
            throw e;
          } finally {
            channel?.port1.close();
          }
        },
        signal,
      )
      .catch((e: unknown) => {
        throw e instanceof SchedulerAbortedError ? new BackendAbortedError() : e;
      });
  }

  /** Stops the threads (server shutdown); tasks still running are rejected. */
  async close(): Promise<void> {
    await this.#piscina.destroy();
  }
}

/** Pixels of a task that makes a picture (generate, inpaint, lines). */
export async function imageTask(
  pool: EnginePool,
  owner: string,
  task: EngineTask,
  opts?: { signal?: AbortSignal; onProgress?: BackendProgress },
): Promise<RgbaImage> {
  const out = await pool.run(owner, task, opts);
  if (!out || !('data' in out)) throw new Error(`The engine task ${task.kind} gave no picture.`);
  return out;
}

/** An artwork's descriptive features, measured on an engine thread. */
export async function featuresTask(pool: EnginePool, owner: string, image: RgbaImage): Promise<ArtworkFeatures> {
  const out = await pool.run(owner, { kind: 'features', image: plain(image) });
  if (!out || 'data' in out) throw new Error('The features task gave no features.');
  return out;
}

/**
 * An image backend that does what `inner` (the built-in engine) does, on the pool: each variation
 * is its own task, so variations of one request may run side by side while threads are free.
 * Same request + seed → same bytes as `inner` (the same engine code runs in the thread).
 */
export function pooledImageBackend(inner: ImageBackend, pool: EnginePool, owner: string): ImageBackend {
  return {
    capabilities: inner.capabilities,
    health: () => inner.health(),
    async generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]> {
      const done = new Array<number>(req.count).fill(0);
      const report = (i: number) => (f: number, stage: string) => {
        done[i] = f;
        onProgress?.(done.reduce((a, b) => a + b, 0) / req.count, stage);
      };
      const { sketch, count, ...rest } = req;
      return Promise.all(
        Array.from({ length: count }, (_, i) =>
          imageTask(pool, owner, { kind: 'generate', ...rest, sketch: sketch && plain(sketch), seed: req.seed + i }, { signal, onProgress: report(i) }),
        ),
      );
    },
    async inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage> {
      return imageTask(pool, owner, { kind: 'inpaint', ...req, image: plain(req.image), mask: plain(req.mask) }, { signal, onProgress });
    },
  };
}

/** Backends that can run for a given owner on the pool (the built-in engine when a pool is configured). */
export interface OwnerAware {
  forOwner(owner: string): ImageBackend;
}

/** `backend` as it should run for `owner`: on the pool when it can, else as it is. */
export function imageBackendFor(backend: ImageBackend, owner: string): ImageBackend {
  const aware = backend as Partial<OwnerAware> & ImageBackend;
  return typeof aware.forOwner === 'function' ? aware.forOwner(owner) : backend;
}

/** The built-in backend, on the pool for whoever asks (`imageBackendFor`), in-process when called directly. */
export function poolAwareImageBackend(inner: ImageBackend, pool: EnginePool): ImageBackend & OwnerAware {
  const anyone = pooledImageBackend(inner, pool, 'anyone');
  return { ...anyone, forOwner: (owner: string) => pooledImageBackend(inner, pool, owner) };
}
