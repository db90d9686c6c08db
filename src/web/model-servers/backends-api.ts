/** Typed calls for the Model servers page and the studio's "Made by" choice. */
import { api, byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';
import { MODEL_SERVER_KINDS } from '../../domain/backend-kinds.ts';

export type ModelServer = Reply<'/api/backends', 'post', 201>;
export type NewModelServer = Body<'/api/backends', 'post'>;
export type ConnectionResult = Reply<'/api/backends/{id}/test', 'post'>;
export type StudioBackend = Reply<'/api/studio/backends', 'get'>['backends'][number];
export type Job = Reply<'/api/clients/{id}/jobs/{jobId}', 'get'>;

const jobParams = (id: string, jobId: string) => ({ params: { path: { id, jobId } } });

export const backendsApi = {
  /** The caller's servers and the practice-wide ones, and whether they may add practice-wide ones. */
  list: () => data(http.GET('/api/backends')),
  reauth: api.reauth,
  add: (body: NewModelServer) => data(http.POST('/api/backends', { body })),
  remove: (id: string) => data(http.DELETE('/api/backends/{id}', byId(id))),
  test: (id: string) => data(http.POST('/api/backends/{id}/test', byId(id))),
  /** Built-in first, then each configured server. */
  forStudio: () => data(http.GET('/api/studio/backends')).then((r) => r.backends),
  job: (clientId: string, jobId: string) => data(http.GET('/api/clients/{id}/jobs/{jobId}', jobParams(clientId, jobId))),
  cancelJob: (clientId: string, jobId: string) => data(http.POST('/api/clients/{id}/jobs/{jobId}/cancel', jobParams(clientId, jobId))),
};

/** What each kind of server is called (from the registry in src/domain/backend-kinds.ts). */
export const KIND_LABELS = Object.fromEntries(MODEL_SERVER_KINDS.map((k) => [k.id, k.label])) as Record<ModelServer['kind'], string>;
