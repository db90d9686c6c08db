/**
 * Pictures in and out of model servers: PNG encoding for uploads, and the check every returned
 * picture passes before Hearth uses it (size-capped, decoded with sharp, pixel-capped), plus
 * the local composite that guarantees an inpaint changes nothing outside the client's mask —
 * diffusion servers re-encode the whole picture, so the untouched part is copied back exactly.
 */
import sharp from 'sharp';
import { STYLES } from '../../engines/art/index.ts';
import { featheredAlpha, maskValues } from '../../engines/art/mask.ts';
import type { RgbaImage } from '../../engines/core/index.ts';
import type { BackendCapabilities } from '../image-backend.ts';
import { BackendImageError, sizeText } from './http.ts';

export interface ImageLimits {
  /** Largest encoded picture accepted (bytes). */
  maxBytes: number;
  /** Largest decoded picture accepted (pixels). */
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxBytes: 32 * 1024 * 1024, maxPixels: 4096 * 4096 };

export async function pngFromRgba(img: RgbaImage): Promise<Buffer> {
  return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length), { raw: { width: img.width, height: img.height, channels: 4 } })
    .png()
    .toBuffer();
}

/** The mask as a PNG with white = repaint on black (AUTOMATIC1111's convention). */
export async function maskPng(mask: RgbaImage): Promise<Buffer> {
  const v = maskValues(mask);
  const out = new Uint8ClampedArray(v.length * 4);
  for (let p = 0; p < v.length; p++) out.set([v[p]! * 255, v[p]! * 255, v[p]! * 255, 255], p * 4);
  return pngFromRgba({ width: mask.width, height: mask.height, data: out });
}

/** The picture with alpha 0 where it is to be repainted (OpenAI edits and ComfyUI's mask upload). */
export async function transparentWherePainted(image: RgbaImage, mask: RgbaImage): Promise<Buffer> {
  const v = maskValues(mask);
  const out = new Uint8ClampedArray(image.data);
  for (let p = 0; p < v.length; p++) out[p * 4 + 3] = Math.round(255 * (1 - v[p]!));
  return pngFromRgba({ width: image.width, height: image.height, data: out });
}

/**
 * Checks a picture a server returned and decodes it to RGBA at exactly `width` × `height`
 * (servers round sizes to multiples of 8 or 64, so a near size is resized). Throws
 * BackendImageError with a plain message for an oversized or unreadable picture.
 */
export async function checkedImage(
  bytes: Uint8Array,
  origin: string,
  size: { width: number; height: number },
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<RgbaImage> {
  if (bytes.length > limits.maxBytes)
    throw new BackendImageError(`The image server at ${origin} returned a picture of ${sizeText(bytes.length)}, larger than Hearth accepts; it was not used.`);
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta || !meta.width || !meta.height || !['png', 'jpeg', 'webp'].includes(meta.format ?? '')) {
    throw new BackendImageError(`The image server at ${origin} returned something that is not a readable picture; it was not used.`);
  }
  if (meta.width * meta.height > limits.maxPixels) {
    throw new BackendImageError(`The image server at ${origin} returned a ${meta.width}×${meta.height} picture, larger than Hearth accepts; it was not used.`);
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxPixels })
      .ensureAlpha()
      .resize(size.width, size.height, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  } catch {
    throw new BackendImageError(`The image server at ${origin} returned a damaged picture; it was not used.`);
  }
}

/** `generated` inside the mask (feathered inward), `original` exactly everywhere else. */
export function compositeInpaint(original: RgbaImage, generated: RgbaImage, mask: RgbaImage, feather: number): RgbaImage {
  const a = featheredAlpha(maskValues(mask), original.width, original.height, feather);
  const out = new Uint8ClampedArray(original.data);
  for (let p = 0; p < a.length; p++) {
    const w = a[p]!;
    if (w <= 0) continue;
    for (let c = 0; c < 3; c++) out[p * 4 + c] = Math.round(original.data[p * 4 + c]! * (1 - w) + generated.data[p * 4 + c]! * w);
  }
  return { width: original.width, height: original.height, data: out };
}

/** Model servers take the built-in style names as words added to the prompt. */
export const REMOTE_STYLES: BackendCapabilities['styles'] = STYLES.map((s) => ({ id: s.id, label: s.label, description: s.description }));

export function styledPrompt(prompt: string, style: string): string {
  const s = STYLES.find((x) => x.id === style);
  return s ? `${prompt}, ${s.label.toLowerCase()} style, ${s.description.replace(/\.$/, '').toLowerCase()}` : prompt;
}
