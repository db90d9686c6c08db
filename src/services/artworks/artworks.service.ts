/** A client's gallery: uploads (photos of paper art, drawings), renaming (the title is screened), the bin. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Artwork, ScreenedArtwork, UpdateArtworkBody } from '../../domain/api/schemas.ts';
import { clipText } from '../../domain/index.ts';
import type { Actor, StoreDeps, Subject, With } from '../context.ts';
import { artworkDto } from '../dto.ts';
import { em, HttpError } from '../errors.ts';
import { screenClientText } from '../safety/screen-client-text.ts';
import { storeArtworks } from './artwork-files.ts';
import type { ImageLimits } from './artwork-files.ts';
import { processImageUpload } from './image-upload.ts';

export interface ArtworksDeps extends StoreDeps {
  config: ImageLimits;
}

type ArtworkDto = z.infer<typeof Artwork>;

/** Strokes to replay: its own, or those of the drawing it was made from. */
const hasStrokes = async ({ store }: StoreDeps, id: string): Promise<boolean> => (await store.artworks.strokeSources([id])).size > 0;

export async function listArtworks({ store }: StoreDeps, _actor: Actor, { client }: Subject): Promise<ArtworkDto[]> {
  const arts = await store.artworks.listForClient(client.id);
  const strokes = await store.artworks.strokeSources(arts.map((a) => a.id));
  return arts.map((a) => artworkDto(a, client.userId, strokes.has(a.id)));
}

/** An uploaded image file (type detected from its content; metadata stripped), with an optional title and session. */
export async function uploadArtwork(
  deps: ArtworksDeps,
  actor: Actor,
  { client }: Subject,
  input: { file: Uint8Array; title?: string; sessionId?: string },
): Promise<z.infer<typeof ScreenedArtwork>> {
  const { store, clock, config } = deps;
  const title = clipText((input.title ?? '').trim(), 200);
  const sessionId = input.sessionId?.trim() || null;
  if (sessionId) {
    const s = /^[0-9a-f-]{36}$/i.test(sessionId) ? await store.therapySessions.byId(sessionId) : undefined;
    if (!s || s.clientId !== client.id) throw new HttpError('invalid_request', em('errors:artworks.sessionDoesBelongClient'));
  }
  const img = await processImageUpload(input.file, { maxPixels: config.maxUploadPixels, maxEdge: config.maxStoredEdge });
  const id = randomUUID();
  const crisis = await screenClientText(deps, client, 'artwork', id, [title]);
  const [art] = await storeArtworks(store, clock, [
    {
      meta: {
        id,
        clientId: client.id,
        createdBy: actor.userId,
        parentId: null,
        sessionId,
        kind: 'upload',
        title,
        backend: null,
        params: { detectedType: img.detected, originalBytes: input.file.length },
        seed: null,
      },
      image: img,
    },
  ]);
  return { ...artworkDto(art!, client.userId), crisis };
}

export async function readArtwork(deps: StoreDeps, _actor: Actor, { client, artwork }: With<'artwork'>): Promise<ArtworkDto> {
  return artworkDto(artwork, client.userId, await hasStrokes(deps, artwork.id));
}

/** The stored image or its thumbnail, decrypted. */
export async function artworkFile(
  { store }: StoreDeps,
  _actor: Actor,
  { artwork }: With<'artwork'>,
  variant: 'image' | 'thumb',
): Promise<{ bytes: Uint8Array; mime: string }> {
  const bytes = await store.files.get(artwork.clientId, variant === 'image' ? artwork.blobKey : artwork.thumbKey);
  if (!bytes) throw new HttpError('not_found', em('errors:artworks.imageFileMissingFrom'));
  return { bytes, mime: variant === 'image' ? artwork.mime : 'image/webp' };
}

export async function renameArtwork(
  deps: StoreDeps,
  _actor: Actor,
  { client, artwork }: With<'artwork'>,
  input: z.output<typeof UpdateArtworkBody>,
): Promise<z.infer<typeof ScreenedArtwork>> {
  const updated = await deps.store.artworks.updateTitle(artwork.id, input.title);
  const crisis = await screenClientText(deps, client, 'artwork', artwork.id, [input.title]);
  return { ...artworkDto(updated, client.userId, await hasStrokes(deps, artwork.id)), crisis };
}

/** Moves an artwork to the bin (kept until the record is erased). */
export async function binArtwork({ store, clock }: StoreDeps, _actor: Actor, { artwork }: With<'artwork'>): Promise<void> {
  await store.artworks.softDelete(artwork.id, clock());
}
