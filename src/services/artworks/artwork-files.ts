/**
 * Storing and loading artwork images. A new artwork writes its files first (each atomically),
 * then its row; if anything fails, the files written are removed, so a refused or failed
 * request leaves nothing half-written behind.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { RgbaImage } from '../../engines/core/index.ts';
import type { ArtworkKind, ArtworkRecord, ArtworkState, Clock, Store } from '../../store/index.ts';
import { em, HttpError } from '../errors.ts';
import { processImageUpload } from './image-upload.ts';
import type { ProcessedImage } from './image-upload.ts';

/** Size limits for images that come from outside (the server's settings). */
export interface ImageLimits {
  /** Largest file in bytes. */
  maxUploadBytes: number;
  /** Largest decoded image in pixels (width × height). */
  maxUploadPixels: number;
  /** Longest edge a stored image keeps. */
  maxStoredEdge: number;
}

export interface NewArtwork {
  /** A pre-chosen id (e.g. the one an alert about its words already names); a new one otherwise. */
  id?: string;
  clientId: string;
  createdBy: string;
  parentId: string | null;
  sessionId: string | null;
  kind: ArtworkKind;
  title: string;
  backend: string | null;
  params: Record<string, unknown>;
  seed: number | null;
  /** `gallery` (default) or a studio `draft` (migration 050). */
  state?: ArtworkState;
}

async function thumbnailOf(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await sharp(data).resize({ width: 480, height: 480, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer());
}

/** Encodes engine output as PNG with its thumbnail. */
export async function pngFromRgba(img: RgbaImage): Promise<ProcessedImage> {
  const data = new Uint8Array(
    await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), { raw: { width: img.width, height: img.height, channels: 4 } })
      .png({ compressionLevel: 6 })
      .toBuffer(),
  );
  return { detected: 'png', data, mime: 'image/png', ext: 'png', width: img.width, height: img.height, thumb: await thumbnailOf(data) };
}

/** Writes several artworks (files, then rows in one transaction), or none of them. */
export async function storeArtworks(store: Store, clock: Clock, items: readonly { meta: NewArtwork; image: ProcessedImage }[]): Promise<ArtworkRecord[]> {
  const written: string[] = [];
  const planned = items.map((it) => {
    const id = it.meta.id ?? randomUUID();
    return { ...it, id, blobKey: `artworks/${id}.${it.image.ext}`, thumbKey: `thumbs/${id}.webp` };
  });
  try {
    for (const p of planned) {
      await store.files.put(p.meta.clientId, p.blobKey, p.image.data);
      written.push(p.blobKey);
      await store.files.put(p.meta.clientId, p.thumbKey, p.image.thumb);
      written.push(p.thumbKey);
    }
    const now = clock();
    // Titles and prompts are sealed before the transaction (sealing may need the client's key row).
    const sealed = await Promise.all(planned.map((p) => store.artworks.sealWords(p.meta.clientId, p.id, { title: p.meta.title, params: p.meta.params })));
    return await store.db.transaction(async (tx) => {
      const out: ArtworkRecord[] = [];
      for (const [i, p] of planned.entries()) {
        out.push(
          await store.artworks.insertSealed(
            {
              ...p.meta,
              id: p.id,
              blobKey: p.blobKey,
              thumbKey: p.thumbKey,
              mime: p.image.mime,
              width: p.image.width,
              height: p.image.height,
              bytes: p.image.data.length,
              createdAt: new Date(now.getTime() + i),
            },
            sealed[i]!,
            tx,
          ),
        );
      }
      return out;
    });
  } catch (e) {
    await Promise.all(written.map((k) => store.files.delete(k).catch(() => undefined)));
    throw e;
  }
}

/** Decodes a data URL image with the same content checks as uploads. */
export async function imageFromDataUrl(dataUrl: string, config: ImageLimits, what: string): Promise<ProcessedImage> {
  const comma = dataUrl.indexOf(',');
  const bytes = new Uint8Array(Buffer.from(dataUrl.slice(comma + 1), 'base64'));
  if (bytes.length > config.maxUploadBytes)
    throw new HttpError('payload_too_large', em('errors:artworks.largerThanMbLimit', { what, mb: Math.round(config.maxUploadBytes / 1024 / 1024) }));
  try {
    return await processImageUpload(bytes, { maxPixels: config.maxUploadPixels, maxEdge: config.maxStoredEdge });
  } catch (e) {
    if (e instanceof HttpError) throw new HttpError(e.code, em('errors:artworks.inImage', { what, problem: e.text ?? e.message }));
    throw e;
  }
}

/** Loads a stored artwork as RGBA pixels for the engines. */
export async function rgbaOfArtwork(store: Store, art: ArtworkRecord): Promise<RgbaImage> {
  const bytes = await store.files.get(art.clientId, art.blobKey);
  if (!bytes) throw new HttpError('not_found', em('errors:artworks.imageFileArtworkMissing'));
  return rgbaFromEncoded(bytes);
}

export async function rgbaFromEncoded(bytes: Uint8Array, size?: { width: number; height: number }): Promise<RgbaImage> {
  let img = sharp(bytes).ensureAlpha();
  if (size) img = img.resize({ width: size.width, height: size.height, fit: 'fill' });
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}
