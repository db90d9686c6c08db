/** Visual supports' typed calls to the Hearth HTTP API. */
import { api, byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type Support = Reply<'/api/clients/{id}/supports', 'get'>['supports'][number];
export type SupportInput = Body<'/api/clients/{id}/supports', 'post'>;
export type ItemInput = SupportInput['items'][number];

const supportPath = (clientId: string, supportId: string) => ({ params: { path: { id: clientId, supportId } } });

export const supportsApi = {
  list: (clientId: string) => data(http.GET('/api/clients/{id}/supports', byId(clientId))).then((r) => r.supports),
  create: (clientId: string, body: SupportInput) => data(http.POST('/api/clients/{id}/supports', { ...byId(clientId), body })).then((r) => r.support),
  update: (clientId: string, supportId: string, body: SupportInput) =>
    data(http.PUT('/api/clients/{id}/supports/{supportId}', { ...supportPath(clientId, supportId), body })).then((r) => r.support),
  remove: (clientId: string, supportId: string) => data(http.DELETE('/api/clients/{id}/supports/{supportId}', supportPath(clientId, supportId))),
  tick: (clientId: string, supportId: string, day: string, steps: number[]) =>
    data(http.PUT('/api/clients/{id}/supports/{supportId}/ticks', { ...supportPath(clientId, supportId), body: { day, steps } })),
  artworks: (clientId: string) => api.artworks(clientId),
  client: (clientId: string) => api.client(clientId),
  clients: () => api.clients(false),
};

/** The symbol URL for a word (what the server draws for it). */
export const symbolUrl = (word: string): string => `/api/supports/symbols/${encodeURIComponent(word.trim())}`;

/** Today on this device, as YYYY-MM-DD (ticks belong to the client's own calendar day). */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
