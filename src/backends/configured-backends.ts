/**
 * The model servers the clinic saved, turned into ImageBackends on first use and kept, so each
 * server has ONE job queue (its concurrency limit holds across requests). A changed address,
 * kind, model or credential builds a fresh adapter; a removed server is forgotten. Only the
 * addresses `load` returns are ever contacted.
 */
import type { ImageBackend } from './image-backend.ts';
import { createImageBackend } from './remote-image-backend.ts';
import type { RemoteImageBackendConfig } from './remote-image-backend.ts';

export interface ConfiguredBackendsOptions {
  /** The saved configuration of `id` (credentials opened), or undefined when none is saved. */
  load: (id: string) => Promise<RemoteImageBackendConfig | undefined>;
  /** Builds the adapter (tests pass their own). Default createImageBackend. */
  create?: (cfg: RemoteImageBackendConfig) => ImageBackend;
}

export class ConfiguredBackends {
  readonly #load: ConfiguredBackendsOptions['load'];
  readonly #create: (cfg: RemoteImageBackendConfig) => ImageBackend;
  readonly #cache = new Map<string, { key: string; backend: ImageBackend }>();

  constructor(opts: ConfiguredBackendsOptions) {
    this.#load = opts.load;
    this.#create = opts.create ?? createImageBackend;
  }

  /** The adapter behind its queue, or undefined when no server with this id is configured. */
  async get(id: string): Promise<ImageBackend | undefined> {
    const cfg = await this.#load(id);
    if (!cfg) {
      this.#cache.delete(id);
      return undefined;
    }
    const key = JSON.stringify([cfg.kind, cfg.url, cfg.model, cfg.user, cfg.password, cfg.apiKey, cfg.concurrency, cfg.timeoutMs, cfg.external]);
    const hit = this.#cache.get(id);
    if (hit && hit.key === key) return hit.backend;
    const backend = this.#create(cfg);
    this.#cache.set(id, { key, backend });
    return backend;
  }

  forget(id: string): void {
    this.#cache.delete(id);
  }
}
