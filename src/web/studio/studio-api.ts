/**
 * The studio's typed calls to the Hearth HTTP API, built on the shared client's `request`
 * (which sends the CSRF token and turns failures into an ApiError with a plain-words message).
 */
import type { z } from 'zod';
import type { Artwork, GenerateBody, InpaintBody, StudioInfo } from '../../domain/api/schemas.ts';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { api, messageOf, request } from '../api/client.ts';

export type { Artwork };
export type StudioInfoData = z.infer<typeof StudioInfo>;
export type StudioStyle = StudioInfoData['styles'][number];

/** The message to show for any thrown value. */
export const studioMessage = messageOf;

const enc = encodeURIComponent;

export const studioApi = {
  info: () => request<StudioInfoData>('GET', '/api/studio'),
  artwork: (id: string) => api.artwork(id),
  saveSketch: (clientId: string, b: { title?: string; image: string; strokes: StrokeDocument }) => request<Artwork>('POST', `/api/clients/${enc(clientId)}/sketches`, b),
  generate: (clientId: string, b: GenerateBody) => request<{ artworks: Artwork[] }>('POST', `/api/clients/${enc(clientId)}/generate`, b).then((r) => r.artworks),
  inpaint: (id: string, b: InpaintBody) => request<Artwork>('POST', `/api/artworks/${enc(id)}/inpaint`, b),
  versions: (id: string) => request<{ rootId: string; artworks: Artwork[] }>('GET', `/api/artworks/${enc(id)}/versions`),
  strokes: (id: string) => request<{ strokes: unknown }>('GET', `/api/artworks/${enc(id)}/strokes`).then((r) => r.strokes),
  rename: (id: string, title: string) => api.renameArtwork(id, title),
  upload: (clientId: string, file: File, title?: string) => api.uploadArtwork(clientId, file, title ?? ''),
};
