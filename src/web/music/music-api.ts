/**
 * Music's typed calls to the Hearth HTTP API, on the shared typed client (CSRF token on every
 * change, failures as ApiError carrying the server's plain-words message).
 */
import { api, byId, messageOf } from '../api/client.ts';
import type { Artwork, Me } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';

export type { Artwork, Me };
export type Piece = Reply<'/api/music/{id}', 'get'>;
export type ListenEntry = Reply<'/api/music/{id}/listens', 'post', 201>;
export type Recommendation = Reply<'/api/clients/{id}/music/recommendation', 'get'>;
export type SteeringStarted = Reply<'/api/music/{id}/steering', 'post', 201>;
export type SteerCommand = Body<'/api/music/{id}/steering/{steeringId}', 'post'>['command'];

/** A mood check-in: valence and arousal −1..1, distress 0–10. */
export type Mood = Body<'/api/music/{id}/listens', 'post'>['before'];

/** A piece to compose: words, length in seconds (30–3600), optional seed, mood and a recording to continue. */
export type ComposeRequest = Body<'/api/clients/{id}/music', 'post'>;

let me: Promise<Me> | null = null;

/** Who is signed in (cached for the page's life; asked again after a failure). */
export function whoAmI(): Promise<Me> {
  if (!me) {
    me = api.me();
    me.catch(() => (me = null));
  }
  return me;
}

/** The message to show for any thrown value. */
export function musicMessage(e: unknown): string {
  return messageOf(e);
}

export const musicApi = {
  info: () => data(http.GET('/api/music/info')),
  clientName: (clientId: string) => api.client(clientId).then((c) => c.displayName),
  pieces: (clientId: string) => data(http.GET('/api/clients/{id}/music', byId(clientId))).then((r) => r.pieces),
  piece: (id: string) => data(http.GET('/api/music/{id}', byId(id))),
  compose: (clientId: string, body: ComposeRequest) => data(http.POST('/api/clients/{id}/music', { ...byId(clientId), body })),
  listen: (pieceId: string, body: Body<'/api/music/{id}/listens', 'post'>) => data(http.POST('/api/music/{id}/listens', { ...byId(pieceId), body })),
  startSteering: (pieceId: string) => data(http.POST('/api/music/{id}/steering', byId(pieceId))),
  steer: (pieceId: string, steeringId: string, body: Body<'/api/music/{id}/steering/{steeringId}', 'post'>) =>
    data(http.POST('/api/music/{id}/steering/{steeringId}', { params: { path: { id: pieceId, steeringId } }, body })),
  recommendation: (clientId: string, mood: Mood) =>
    data(http.GET('/api/clients/{id}/music/recommendation', { params: { path: { id: clientId }, query: mood } })),
  artworks: (clientId: string) => api.artworks(clientId),
  generateImage: (clientId: string, prompt: string) =>
    data(http.POST('/api/clients/{id}/generate', { ...byId(clientId), body: { prompt, width: 768, height: 512, count: 1, async: false } })).then((r) =>
      'artworks' in r ? r.artworks : [],
    ),
};

/** "4:05", "1:02:30" */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
