/**
 * One place that turns a backend choice (CLI flags, or later the clinic's saved configuration)
 * into an ImageBackend behind its bounded job queue.
 */
import { createA1111Backend } from './a1111/a1111.backend.ts';
import { createBuiltinImageBackend } from './builtin-image.backend.ts';
import { createComfyUiBackend } from './comfyui/comfyui.backend.ts';
import type { ImageBackend } from './image-backend.ts';
import { JobQueue, queuedImageBackend } from './jobs.ts';
import { createOpenAiImagesBackend } from './openai/openai-images.backend.ts';

import type { ModelServerKind } from '../domain/backend-kinds.ts';
import type { ImageBackendKind } from './image-backend-kinds.ts';
// The kinds live in a module of their own, so naming them (CLI usage, option checks) loads no model-server client.
export { IMAGE_BACKEND_KINDS, isImageBackendKind } from './image-backend-kinds.ts';
export type { ImageBackendKind } from './image-backend-kinds.ts';

export interface RemoteImageBackendConfig {
  kind: ImageBackendKind;
  /** Required for every kind but builtin. */
  url?: string;
  user?: string;
  password?: string;
  apiKey?: string;
  /** Checkpoint (ComfyUI, AUTOMATIC1111) or model name (OpenAI). */
  model?: string;
  /** The sketch adapter and inpainting checkpoint (ComfyUI, AUTOMATIC1111); the showcase's when left out. */
  files?: { adapter?: string; inpaintCheckpoint?: string };
  /** Jobs at once (default 1) and time limit per job (default 5 min). */
  concurrency?: number;
  timeoutMs?: number;
  /** Whether the server is off this machine (default: unless its host is loopback). */
  external?: boolean;
}

type Remote = Omit<RemoteImageBackendConfig, 'kind' | 'url' | 'concurrency' | 'timeoutMs'> & { url: string };

/** One adapter per registered kind: a kind added to the registry without an adapter does not compile. */
const ADAPTERS: Record<ModelServerKind, (cfg: Remote) => ImageBackend> = {
  comfyui: ({ url, user, password, external, model, files }) =>
    createComfyUiBackend({ url, user, password, external, checkpoint: model, controlnet: files?.adapter, inpaintCheckpoint: files?.inpaintCheckpoint }),
  a1111: ({ url, user, password, external, model, files }) =>
    createA1111Backend({ url, user, password, external, checkpoint: model, controlnetModel: files?.adapter, inpaintCheckpoint: files?.inpaintCheckpoint }),
  openai: ({ url, external, apiKey, model }) => createOpenAiImagesBackend({ url, external, apiKey, model }),
};

export function createImageBackend(cfg: RemoteImageBackendConfig): ImageBackend {
  if (cfg.kind === 'builtin') return createBuiltinImageBackend();
  if (!cfg.url) throw new Error(`The ${cfg.kind} backend needs the server's address.`);
  const backend = ADAPTERS[cfg.kind]({ ...cfg, url: cfg.url });
  const label = new URL(cfg.url).origin;
  return queuedImageBackend(backend, new JobQueue({ label, concurrency: cfg.concurrency ?? 1, timeoutMs: cfg.timeoutMs }));
}
