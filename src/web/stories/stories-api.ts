/**
 * Stories' typed calls to the Hearth HTTP API: series (storybooks), self-portrait tags, the
 * series on a session note, and what the pages show beside them (works, music, insights).
 */
import { api, byId } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type Stories = Reply<'/api/clients/{id}/stories', 'get'>;
export type Series = Stories['series'][number];
export type Chapter = Series['chapters'][number];
export type SelfPortrait = Stories['selfPortraits'][number];
export type SeriesInput = Body<'/api/clients/{id}/series', 'post'>;
export type Piece = Reply<'/api/clients/{id}/music', 'get'>['pieces'][number];

const seriesPath = (clientId: string, seriesId: string) => ({ params: { path: { id: clientId, seriesId } } });

export const storiesApi = {
  stories: (clientId: string) => data(http.GET('/api/clients/{id}/stories', byId(clientId))),
  create: (clientId: string, body: SeriesInput) => data(http.POST('/api/clients/{id}/series', { ...byId(clientId), body })),
  update: (clientId: string, seriesId: string, body: SeriesInput) =>
    data(http.PUT('/api/clients/{id}/series/{seriesId}', { ...seriesPath(clientId, seriesId), body })),
  remove: (clientId: string, seriesId: string) => data(http.DELETE('/api/clients/{id}/series/{seriesId}', seriesPath(clientId, seriesId))),
  setSelfPortrait: (artworkId: string, selfPortrait: boolean) =>
    data(http.PUT('/api/artworks/{id}/self-portrait', { ...byId(artworkId), body: { selfPortrait } })),
  noteSeries: (noteId: string) => data(http.GET('/api/notes/{id}/series', byId(noteId))).then((r) => r.series),
  setNoteSeries: (noteId: string, seriesIds: string[]) =>
    data(http.PUT('/api/notes/{id}/series', { ...byId(noteId), body: { seriesIds } })).then((r) => r.series),
  artworks: (clientId: string) => api.artworks(clientId),
  client: (clientId: string) => api.client(clientId),
  clients: () => api.clients(false),
  pieces: (clientId: string) => data(http.GET('/api/clients/{id}/music', byId(clientId))).then((r) => r.pieces),
  insights: (clientId: string) => data(http.GET('/api/clients/{id}/insights', byId(clientId))),
};

/** The series as the editor saves it (chapters in their current order). */
export const inputOf = (s: Pick<Series, 'title' | 'description' | 'musicId' | 'chapters'>): SeriesInput => ({
  title: s.title,
  description: s.description,
  musicId: s.musicId,
  chapters: s.chapters.map((c) => ({ artworkId: c.artworkId, title: c.title, words: c.words, musicId: c.musicId })),
});

/** Where a client's stories pages live: `/stories…` for the client, `/clients/:id/stories…` for their therapist. */
export const storiesBase = (role: string, clientId: string): string => (role === 'client' ? '/stories' : `/clients/${clientId}/stories`);
