/**
 * Music's own small fetch wrapper for the Hearth HTTP API. It learns who is signed in (and the
 * CSRF token) from /api/auth/me, sends the token on every state-changing request, and turns
 * failures into a MusicApiError carrying the server's plain-words message.
 */
import type { z } from 'zod';
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

/** A failed request; `message` is meant for people. */
export class MusicApiError extends Error {
  override name = 'MusicApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let me: Promise<Me> | null = null;
const enc = encodeURIComponent;

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = (await whoAmI()).csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new MusicApiError(0, 'network', 'Hearth could not be reached. Check that it is still running and try again.');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (res.status === 401 || res.status === 403) me = null;
    throw new MusicApiError(res.status, err?.code ?? 'http_error', err?.message ?? `Something went wrong (HTTP ${res.status}). Please try again.`);
  }
  return json as T;
}

/** Who is signed in (cached for the page's life; asked again after an auth failure). */
export function whoAmI(): Promise<Me> {
  if (!me) {
    me = call<Me>('GET', '/api/auth/me');
    me.catch(() => (me = null));
  }
  return me;
}

/** The message to show for any thrown value. */
export function musicMessage(e: unknown): string {
  if (e instanceof MusicApiError) return e.message;
  return 'Something unexpected went wrong. Please try again.';
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
