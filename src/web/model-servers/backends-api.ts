/** Typed calls for the Model servers page and the studio's "Made by" choice. */
import type { z } from 'zod';
import type { BackendInfo, BackendList, BackendTest, CreateBackendBody } from '../../domain/api/backends.schemas.ts';
import type { JobInfo, StudioBackends } from '../../domain/api/jobs.schemas.ts';
import { request } from '../api/client.ts';

export type ModelServer = z.infer<typeof BackendInfo>;
export type NewModelServer = z.input<typeof CreateBackendBody>;
export type ConnectionResult = z.infer<typeof BackendTest>;
export type StudioBackend = z.infer<typeof StudioBackends>['backends'][number];
export type Job = z.infer<typeof JobInfo>;

export const backendsApi = {
  list: () => request<z.infer<typeof BackendList>>('GET', '/api/backends').then((r) => r.backends),
  reauth: (password: string) => request<{ ok: true }>('POST', '/api/auth/reauth', { password }),
  add: (b: NewModelServer) => request<ModelServer>('POST', '/api/backends', b),
  remove: (id: string) => request<{ ok: true }>('DELETE', `/api/backends/${encodeURIComponent(id)}`),
  test: (id: string) => request<ConnectionResult>('POST', `/api/backends/${encodeURIComponent(id)}/test`, {}),
  /** Built-in first, then each configured server. */
  forStudio: () => request<z.infer<typeof StudioBackends>>('GET', '/api/studio/backends').then((r) => r.backends),
  job: (clientId: string, jobId: string) => request<Job>('GET', `/api/clients/${encodeURIComponent(clientId)}/jobs/${encodeURIComponent(jobId)}`),
  cancelJob: (clientId: string, jobId: string) => request<Job>('POST', `/api/clients/${encodeURIComponent(clientId)}/jobs/${encodeURIComponent(jobId)}/cancel`, {}),
};

export const KIND_LABELS: Record<ModelServer['kind'], string> = {
  comfyui: 'ComfyUI',
  a1111: 'AUTOMATIC1111 / Forge',
  openai: 'OpenAI-compatible',
};
