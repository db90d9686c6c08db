/**
 * Making pictures on a model server from the browser: start the job (`async: true` → 202
 * {jobId}), poll its progress until it ends, and hand back the artworks. A failure carries the
 * server's plain message and, when the built-in engine could do it instead, `fallback`.
 */
import { api, ApiError, byId } from '../api/client.ts';
import type { Artwork } from '../api/client.ts';
import type { Crisis } from '../workspace/workspace-api.ts';
import { data, http } from '../api/http.ts';
import type { GenerateBody } from '../studio/studio-api.ts';
import { backendsApi } from './backends-api.ts';
import type { Job } from './backends-api.ts';

/** How often the job is asked for its progress (ms). */
const POLL_MS = 500;

/** True when the failure offers the built-in engine instead (a 503 from the server, or a failed job). */
export function offersBuiltin(e: unknown): boolean {
  return e instanceof ApiError && typeof e.details === 'object' && e.details !== null && (e.details as { fallback?: unknown }).fallback === 'builtin';
}

export interface RemoteRun {
  /** Resolves with the pictures made; rejects with an ApiError (code `cancelled` when stopped). */
  done: Promise<Artwork[]>;
  /** Resolves, as soon as the server accepted the words, with its crisis notice (null when none). */
  crisis: Promise<Crisis | null>;
  /** Asks the server to stop; `done` then rejects with code `cancelled`. */
  cancel(): void;
}

export function generateRemotely(clientId: string, body: GenerateBody, onProgress: (job: Job) => void): RemoteRun {
  let jobId: string | null = null;
  let stopped = false;
  const cancel = (): void => {
    stopped = true;
    if (jobId) void backendsApi.cancelJob(clientId, jobId).catch(() => undefined);
  };
  let noticed: (c: Crisis | null) => void = () => undefined;
  const crisis = new Promise<Crisis | null>((resolve) => (noticed = resolve));
  const done = (async (): Promise<Artwork[]> => {
    // On a refusal there is no notice; on success the answer carries it (a `finally` here would
    // settle the notice as "none" before the answer's own notice could be read).
    const accepted = await data(http.POST('/api/clients/{id}/generate', { ...byId(clientId), body: { ...body, async: true } })).catch((e: unknown) => {
      noticed(null);
      throw e;
    });
    noticed(accepted.crisis);
    if (!('jobId' in accepted)) return accepted.artworks; // the server made them at once
    jobId = accepted.jobId;
    if (stopped) cancel();
    for (;;) {
      const job = await backendsApi.job(clientId, accepted.jobId);
      onProgress(job);
      if (job.state === 'done') return Promise.all(job.artworkIds.map((id) => api.artwork(id)));
      if (job.state === 'cancelled') throw new ApiError(0, 'cancelled', 'The picture was stopped. Nothing was saved.');
      if (job.state === 'failed')
        throw new ApiError(
          503,
          job.error?.code ?? 'unavailable',
          job.error?.message ?? 'The model server could not make the picture.',
          job.error?.fallback ? { fallback: job.error.fallback } : undefined,
        );
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  return { done, crisis, cancel };
}
