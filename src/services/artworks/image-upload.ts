/**
 * Images from outside (uploads, drawings, masks), trusted by content only: the type is detected
 * from the bytes (never the name or the declared type), the decoded size is limited
 * (decompression bombs are refused before decoding), and the image is re-encoded so that
 * metadata such as EXIF location is dropped.
 */
import sharp from 'sharp';
import type { Metadata } from 'sharp';
import { em, HttpError } from '../errors.ts';

export type ImageType = 'png' | 'jpeg' | 'webp' | 'gif';

/** Detects a supported image type from its first bytes; names other common types it refuses. */
export function sniffType(bytes: Uint8Array): { type: ImageType } | { other: string } {
  const b = bytes;
  const ascii = (from: number, len: number): string => String.fromCharCode(...b.subarray(from, from + len));
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 3) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a) return { type: 'png' };
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { type: 'jpeg' };
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return { type: 'webp' };
  if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return { type: 'gif' };
  if (b.length >= 4 && ascii(0, 4) === '%PDF') return { other: 'a PDF document' };
  if (b.length >= 12 && ascii(4, 4) === 'ftyp') return { other: /heic|heix|mif1/.test(ascii(8, 4)) ? 'a HEIC photo' : 'a video or HEIF file' };
  if (b.length >= 2 && ascii(0, 2) === 'PK') return { other: 'a ZIP archive' };
  if (b.length >= 2 && ascii(0, 2) === 'BM') return { other: 'a BMP image' };
  const head = ascii(0, Math.min(256, b.length)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || head.startsWith('<?xml')) return { other: 'an SVG/XML file' };
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return { other: 'a web page' };
  return { other: 'not a recognised image' };
}

export interface UploadLimits {
  maxPixels: number;
  maxEdge: number;
}

export interface ProcessedImage {
  /** Detected type of the upload. */
  detected: ImageType;
  /** Stored (re-encoded) image. */
  data: Uint8Array;
  mime: string;
  ext: 'png' | 'jpg' | 'webp';
  width: number;
  height: number;
  /** A 480-px WebP thumbnail. */
  thumb: Uint8Array;
}

/** Validates and re-encodes an uploaded image, or throws an HttpError with a clear message. */
export async function processImageUpload(bytes: Uint8Array, limits: UploadLimits): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new HttpError('unprocessable_file', em('errors:artworks.fileEmpty'));
  const sniff = sniffType(bytes);
  if ('other' in sniff) {
    throw new HttpError('unsupported_media_type', em('errors:artworks.fileUploadPngJpeg', { other: sniff.other }));
  }
  const detected = sniff.type;
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new HttpError('unprocessable_file', em('errors:artworks.fileDamagedOpened', { detected: detected.toUpperCase() }));
  }
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (w < 1 || h < 1) throw new HttpError('unprocessable_file', em('errors:artworks.imagePixels'));
  if (w * h > limits.maxPixels) {
    throw new HttpError(
      'payload_too_large',
      em('errors:artworks.imagePixelsMegapixelsLimit', { w, h, megapixels: ((w * h) / 1e6).toFixed(1), limit: (limits.maxPixels / 1e6).toFixed(0) }),
    );
  }
  try {
    const base = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', animated: false })
      .rotate() // apply the EXIF orientation, then drop all metadata (sharp keeps none unless asked)
      .resize({ width: limits.maxEdge, height: limits.maxEdge, fit: 'inside', withoutEnlargement: true });
    const out =
      detected === 'jpeg'
        ? { img: base.jpeg({ quality: 90 }), mime: 'image/jpeg', ext: 'jpg' as const }
        : detected === 'webp'
          ? { img: base.webp({ quality: 90 }), mime: 'image/webp', ext: 'webp' as const }
          : { img: base.png({ compressionLevel: 6 }), mime: 'image/png', ext: 'png' as const };
    const { data, info } = await out.img.toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data).resize({ width: 480, height: 480, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    return { detected, data: new Uint8Array(data), mime: out.mime, ext: out.ext, width: info.width, height: info.height, thumb: new Uint8Array(thumb) };
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError('unprocessable_file', em('errors:artworks.fileDamagedIncompleteOpened', { detected: detected.toUpperCase() }));
  }
}
