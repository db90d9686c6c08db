import { Artwork, ArtworkList, IdParams, Ok, UpdateArtworkBody } from '../../domain/api/schemas.ts';
import { requireSubject } from '../context.ts';
import { storeArtworks } from '../artwork-files.ts';
import type { App, Deps } from '../deps.ts';
import { artworkDto } from '../dto.ts';
import { HttpError } from '../errors.ts';
import { processImageUpload, readMultipartUpload } from '../uploads.ts';

/** Artworks: uploads (photos of paper art, drawings) and, later, studio creations. */
export function artworkRoutes(app: App, { store, config, clock }: Deps): void {
  app.get(
    '/api/clients/:id/artworks',
    { config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'artwork.list' }, schema: { tags: ['artworks'], summary: "A client's gallery, newest first", params: IdParams, response: { 200: ArtworkList } } },
    async (req) => {
      const client = requireSubject(req.subject).client;
      const arts = await store.artworks.listForClient(client.id);
      const strokes = await store.artworks.withStrokes(arts.map((a) => a.id));
      return { artworks: arts.map((a) => artworkDto(a, client.userId, strokes.has(a.id))) };
    },
  );

  app.post(
    '/api/clients/:id/artworks',
    {
      config: { access: { roles: ['therapist', 'client'], scope: 'client', param: 'id' }, audit: 'artwork.upload' },
      schema: {
        tags: ['artworks'],
        summary: 'Upload an image (multipart: `file`, optional `title`, `sessionId`). Type is detected from content; metadata is stripped.',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: Artwork },
      },
    },
    async (req, reply) => {
      const client = requireSubject(req.subject).client;
      const { file, fields } = await readMultipartUpload(req, { limit: config.maxUploadBytes, what: 'image' });
      const title = (fields.title ?? '').trim().slice(0, 200);
      const sessionId = fields.sessionId?.trim() || null;
      if (sessionId) {
        const s = /^[0-9a-f-]{36}$/i.test(sessionId) ? await store.therapySessions.byId(sessionId) : undefined;
        if (!s || s.clientId !== client.id) throw new HttpError('invalid_request', 'That session does not belong to this client.');
      }
      const img = await processImageUpload(file, { maxPixels: config.maxUploadPixels, maxEdge: config.maxStoredEdge });
      const [art] = await storeArtworks(store, clock, [
        {
          meta: { clientId: client.id, createdBy: req.actor!.userId, parentId: null, sessionId, kind: 'upload', title, backend: null, params: { detectedType: img.detected, originalBytes: file.length }, seed: null },
          image: img,
        },
      ]);
      req.auditNote.targetId = art!.id;
      return reply.status(201).send(artworkDto(art!, client.userId));
    },
  );

  app.get(
    '/api/artworks/:id',
    { config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.read' }, schema: { tags: ['artworks'], summary: 'One artwork', params: IdParams, response: { 200: Artwork } } },
    async (req) => {
      const s = requireSubject(req.subject);
      return artworkDto(s.artwork!, s.client.userId, (await store.artworks.withStrokes([s.artwork!.id])).size > 0);
    },
  );

  for (const variant of ['image', 'thumb'] as const) {
    app.get(
      `/api/artworks/:id/${variant}`,
      {
        config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: `artwork.${variant === 'image' ? 'view' : 'thumb'}` },
        schema: { tags: ['artworks'], summary: variant === 'image' ? 'The stored image' : 'A 480-px WebP thumbnail', params: IdParams },
      },
      async (req, reply) => {
        const art = requireSubject(req.subject).artwork!;
        const bytes = await store.files.get(art.clientId, variant === 'image' ? art.blobKey : art.thumbKey);
        if (!bytes) throw new HttpError('not_found', 'The image file is missing from storage.');
        return reply
          .header('content-type', variant === 'image' ? art.mime : 'image/webp')
          .header('cache-control', 'private, max-age=3600')
          .header('x-content-type-options', 'nosniff')
          .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      },
    );
  }

  app.patch(
    '/api/artworks/:id',
    { config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.update' }, schema: { tags: ['artworks'], summary: 'Rename an artwork', params: IdParams, body: UpdateArtworkBody, response: { 200: Artwork } } },
    async (req) => {
      const s = requireSubject(req.subject);
      return artworkDto(await store.artworks.updateTitle(s.artwork!.id, req.body.title), s.client.userId, (await store.artworks.withStrokes([s.artwork!.id])).size > 0);
    },
  );

  app.delete(
    '/api/artworks/:id',
    { config: { access: { roles: ['therapist', 'client'], scope: 'artwork', param: 'id' }, audit: 'artwork.delete' }, schema: { tags: ['artworks'], summary: 'Move an artwork to the bin (kept until the record is erased)', params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await store.artworks.softDelete(requireSubject(req.subject).artwork!.id, clock());
      return { ok: true as const };
    },
  );
}
