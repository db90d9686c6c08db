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

export const IMAGE_BACKEND_KINDS = ['builtin', 'comfyui', 'a1111', 'openai'] as const;
export type ImageBackendKind = (typeof IMAGE_BACKEND_KINDS)[number];

export interface RemoteImageBackendConfig {
  kind: ImageBackendKind;
  /** Required for every kind but builtin. */
  url?: string;
  user?: string;
  password?: string;
  apiKey?: string;
  /** Checkpoint (ComfyUI) or model name (OpenAI). */
  model?: string;
  /** Jobs at once (default 1) and time limit per job (default 5 min). */
  concurrency?: number;
  timeoutMs?: number;
  /** Whether the server is off this machine (default: unless its host is loopback). */
  external?: boolean;
}

export function isImageBackendKind(v: string): v is ImageBackendKind {
  return (IMAGE_BACKEND_KINDS as readonly string[]).includes(v);
}

export function createImageBackend(cfg: RemoteImageBackendConfig): ImageBackend {
  if (cfg.kind === 'builtin') return createBuiltinImageBackend();
  if (!cfg.url) throw new Error(`The ${cfg.kind} backend needs the server's address.`);
  const { url, user, password, external } = cfg;
  const backend =
    cfg.kind === 'comfyui'
      ? createComfyUiBackend({ url, user, password, external, checkpoint: cfg.model })
      : cfg.kind === 'a1111'
        ? createA1111Backend({ url, user, password, external })
        : createOpenAiImagesBackend({ url, external, apiKey: cfg.apiKey, model: cfg.model });
  const label = new URL(url).origin;
  return queuedImageBackend(backend, new JobQueue({ label, concurrency: cfg.concurrency ?? 1, timeoutMs: cfg.timeoutMs }));
}
