/**
 * Music's typed calls to the Hearth HTTP API, built on the shared client's `request` (CSRF
 * token on every change, failures as ApiError carrying the server's plain-words message).
 */
import type { z } from 'zod';
import { api, messageOf, request } from '../api/client.ts';
import type { Artwork, Listen, Me, MusicInfo, MusicPiece, MusicRecommendation } from '../../domain/api/schemas.ts';

export type { Artwork, Me };
export type Piece = z.infer<typeof MusicPiece>;
export type ListenEntry = z.infer<typeof Listen>;
export type Recommendation = z.infer<typeof MusicRecommendation>;
export type MusicInfoData = z.infer<typeof MusicInfo>;

/** A mood check-in: valence and arousal −1..1, distress 0–10. */
export interface Mood {
  valence: number;
  arousal: number;
  distress: number;
}

export interface ComposeRequest {
  prompt: string;
  /** 30–3600 */
  seconds: number;
  seed?: number;
  sampleRate?: 32000 | 44100 | 48000;
  mood?: { valence: number; arousal: number };
  /** One of the client's uploaded recordings to continue, in its key and tempo. */
  sampleId?: string;
}

let me: Promise<Me> | null = null;
const enc = encodeURIComponent;
/** Every call goes through the shared API client (CSRF token, errors as ApiError). */
const call = request;

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
  info: () => call<MusicInfoData>('GET', '/api/music/info'),
  clientName: (clientId: string) => call<{ displayName: string }>('GET', `/api/clients/${enc(clientId)}`).then((c) => c.displayName),
  pieces: (clientId: string) => call<{ pieces: Piece[] }>('GET', `/api/clients/${enc(clientId)}/music`).then((r) => r.pieces),
  piece: (id: string) => call<Piece>('GET', `/api/music/${enc(id)}`),
  compose: (clientId: string, b: ComposeRequest) => call<Piece>('POST', `/api/clients/${enc(clientId)}/music`, b),
  listen: (pieceId: string, b: { before: Mood; after: Mood; secondsListened: number }) => call<ListenEntry>('POST', `/api/music/${enc(pieceId)}/listens`, b),
  recommendation: (clientId: string, mood: Mood) =>
    call<Recommendation>('GET', `/api/clients/${enc(clientId)}/music/recommendation?valence=${mood.valence}&arousal=${mood.arousal}&distress=${mood.distress}`),
  artworks: (clientId: string) => call<{ artworks: Artwork[] }>('GET', `/api/clients/${enc(clientId)}/artworks`).then((r) => r.artworks),
  generateImage: (clientId: string, prompt: string) =>
    call<{ artworks: Artwork[] }>('POST', `/api/clients/${enc(clientId)}/generate`, { prompt, width: 768, height: 512, count: 1 }).then((r) => r.artworks),
};

/** "4:05", "1:02:30" */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "30 seconds", "5 minutes", "1 hour" — a duration in plain words. */
export function formatLength(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  if (seconds % 3600 === 0) return seconds === 3600 ? '1 hour' : `${seconds / 3600} hours`;
  const m = Math.round(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}
