import { Artwork, ArtworkList, IdParams, Ok, ScreenedArtwork, UpdateArtworkBody } from '../../domain/api/schemas.ts';
import { artworkFile, binArtwork, listArtworks, readArtwork, renameArtwork, uploadArtwork } from '../../services/artworks/artworks.service.ts';
import { requireActor, requireSubject, subjectWith } from '../context.ts';
import type { App, Deps } from '../deps.ts';
import { readMultipartUpload } from '../uploads.ts';

/** Artworks: uploads (photos of paper art, drawings) and studio creations. */
export function artworkRoutes(app: App, deps: Deps): void {
  const CT = { roles: ['therapist', 'client'] as const, scope: 'client' as const, param: 'id' };
  const ART = { roles: ['therapist', 'client'] as const, scope: 'artwork' as const, param: 'id' };

  app.get(
    '/api/clients/:id/artworks',
    {
      config: { access: CT, audit: 'artwork.list' },
      schema: { tags: ['artworks'], summary: "A client's gallery, newest first", params: IdParams, response: { 200: ArtworkList } },
    },
    async (req) => ({ artworks: await listArtworks(deps, requireActor(req.actor), requireSubject(req.subject)) }),
  );

  app.post(
    '/api/clients/:id/artworks',
    {
      config: { access: CT, audit: 'artwork.upload' },
      schema: {
        tags: ['artworks'],
        summary: 'Upload an image (multipart: `file`, optional `title` (screened), `sessionId`). Type is detected from content; metadata is stripped.',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ScreenedArtwork },
      },
    },
    async (req, reply) => {
      const { file, fields } = await readMultipartUpload(req, { limit: deps.config.maxUploadBytes, what: 'image' });
      const art = await uploadArtwork(deps, requireActor(req.actor), requireSubject(req.subject), { file, title: fields.title, sessionId: fields.sessionId });
      req.auditNote.targetId = art.id;
      return reply.status(201).send(art);
    },
  );

  app.get(
    '/api/artworks/:id',
    { config: { access: ART, audit: 'artwork.read' }, schema: { tags: ['artworks'], summary: 'One artwork', params: IdParams, response: { 200: Artwork } } },
    async (req) => readArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork')),
  );

  for (const variant of ['image', 'thumb'] as const) {
    app.get(
      `/api/artworks/:id/${variant}`,
      {
        config: { access: ART, audit: `artwork.${variant === 'image' ? 'view' : 'thumb'}` },
        schema: { tags: ['artworks'], summary: variant === 'image' ? 'The stored image' : 'A 480-px WebP thumbnail', params: IdParams },
      },
      async (req, reply) => {
        const { bytes, mime } = await artworkFile(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'), variant);
        return reply
          .header('content-type', mime)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      },
    );
  }

  app.patch(
    '/api/artworks/:id',
    {
      config: { access: ART, audit: 'artwork.update' },
      schema: {
        tags: ['artworks'],
        summary: 'Rename an artwork (the title is screened)',
        params: IdParams,
        body: UpdateArtworkBody,
        response: { 200: ScreenedArtwork },
      },
    },
    async (req) => renameArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'), req.body),
  );

  app.delete(
    '/api/artworks/:id',
    {
      config: { access: ART, audit: 'artwork.delete' },
      schema: { tags: ['artworks'], summary: 'Move an artwork to the bin (kept until the record is erased)', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await binArtwork(deps, requireActor(req.actor), subjectWith(req.subject, 'artwork'));
      return { ok: true as const };
    },
  );
}
