/**
 * The studio's typed calls to the Hearth HTTP API, on the shared typed client (which sends the
 * CSRF token and turns failures into an ApiError with a plain-words message).
 */
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { api, byId, messageOf } from '../api/client.ts';
import type { Artwork } from '../api/client.ts';
import { data, http } from '../api/http.ts';
import type { Body, Reply } from '../api/types.ts';
import type { Crisis } from '../workspace/workspace-api.ts';

export type { Artwork };
export type StudioInfoData = Reply<'/api/studio', 'get'>;
export type StudioStyle = StudioInfoData['styles'][number];
export type GenerateBody = Body<'/api/clients/{id}/generate', 'post'>;
export type InpaintBody = Body<'/api/artworks/{id}/inpaint', 'post'>;
export type StudioDraftsData = Reply<'/api/clients/{id}/studio/drafts', 'get'>;

/** The message to show for any thrown value. */
export const studioMessage = messageOf;

export const studioApi = {
  info: () => data(http.GET('/api/studio')),
  artwork: (id: string) => api.artwork(id),
  /** The drawing pictures are made from: a studio draft until a picture from it (or it) is kept. */
  saveSketch: (clientId: string, body: { title?: string; image: string; strokes: StrokeDocument }) =>
    data(http.POST('/api/clients/{id}/sketches', { ...byId(clientId), body: { ...body, draft: true } })),
  drafts: (clientId: string) => data(http.GET('/api/clients/{id}/studio/drafts', byId(clientId))),
  keep: (id: string, title: string) => data(http.POST('/api/artworks/{id}/keep', { ...byId(id), body: { title } })),
  discard: (id: string) => data(http.DELETE('/api/artworks/{id}/draft', byId(id))),
  /** Made at once by the chosen backend (`async: false`: the answer is the artworks, not a job to follow). */
  generate: async (clientId: string, body: GenerateBody): Promise<{ artworks: Artwork[]; crisis: Crisis | null }> => {
    const r = await data(http.POST('/api/clients/{id}/generate', { ...byId(clientId), body: { ...body, async: false } }));
    return { artworks: 'artworks' in r ? r.artworks : [], crisis: r.crisis };
  },
  inpaint: (id: string, body: InpaintBody) => data(http.POST('/api/artworks/{id}/inpaint', { ...byId(id), body })),
  versions: (id: string) => data(http.GET('/api/artworks/{id}/versions', byId(id))),
  strokes: (id: string) => data(http.GET('/api/artworks/{id}/strokes', byId(id))).then((r) => r.strokes),
  rename: (id: string, title: string) => api.renameArtwork(id, title),
  upload: (clientId: string, file: File, title?: string) => api.uploadArtwork(clientId, file, title ?? ''),
};
