/**
 * Symbols for visual supports: a word (English, Spanish or German) names a shape of the studio's
 * shape library (src/engines/art/shapes), drawn alone on a clear square with the engine's own
 * rasteriser and encoded as PNG. A feeling word draws a face instead (feeling-face.ts), for
 * emotion cards. The same word always gives the same bytes; the last few hundred are cached (the
 * library is shared by every client, so nothing here is client data).
 */
import sharp from 'sharp';
import { shapeAt, shapesForWord } from '../../engines/art/shapes/shape-library.ts';
import { rasterShape } from '../../engines/art/shapes/sprite.ts';
import { feelingFaceSvg, feelingOf } from './feeling-face.ts';

/** Edge of a symbol in pixels: sharp on a tablet card and on paper at ~5 cm. */
export const SYMBOL_EDGE = 320;
const PAD = 0.08;

/** The library index a word or short phrase names: the whole phrase, then its words from the last (the noun in English). */
export function symbolIndexFor(phrase: string): number | null {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!p) return null;
  const whole = shapesForWord(p);
  if (whole.length) return whole[0]!;
  const ws = p.split(/[^\p{L}]+/u).filter((w) => w.length >= 2);
  for (const w of [...ws].reverse()) {
    const hit = shapesForWord(w);
    if (hit.length) return hit[0]!;
  }
  return null;
}

/** RGBA pixels of the symbol for a library index, centred in a square of `edge` px, transparent around it. */
export function symbolRgba(index: number, edge = SYMBOL_EDGE): Uint8Array {
  const shape = shapeAt(index);
  const { x0, y0, x1, y1 } = shape.bounds;
  const bw = Math.max(1e-3, x1 - x0);
  const bh = Math.max(1e-3, y1 - y0);
  const inner = edge * (1 - 2 * PAD);
  const height = inner * Math.min(1, bh / bw);
  const sp = rasterShape(shape, edge / 2, edge / 2 + height / 2, height);
  const out = new Uint8Array(edge * edge * 4);
  for (let y = 0; y < sp.h; y++) {
    const cy = sp.y0 + y;
    if (cy < 0 || cy >= edge) continue;
    for (let x = 0; x < sp.w; x++) {
      const cx = sp.x0 + x;
      if (cx < 0 || cx >= edge) continue;
      const p = y * sp.w + x;
      const a = sp.alpha[p]!;
      if (a <= 0) continue;
      const o = (cy * edge + cx) * 4;
      out[o] = Math.round(sp.rgb[p * 3]! * 255);
      out[o + 1] = Math.round(sp.rgb[p * 3 + 1]! * 255);
      out[o + 2] = Math.round(sp.rgb[p * 3 + 2]! * 255);
      out[o + 3] = Math.round(Math.min(1, a) * 255);
    }
  }
  return out;
}

const cache = new Map<number | string, Uint8Array>();
const CACHE_MAX = 300;

/** True when a word names a symbol (a feeling's face or a library shape). */
export function hasSymbol(word: string): boolean {
  return feelingOf(word) !== null || symbolIndexFor(word) !== null;
}

/** The PNG of the symbol a word names (a feeling's face first, then the shape library), or null when there is none. */
export async function symbolPng(word: string): Promise<Uint8Array | null> {
  const feeling = feelingOf(word);
  if (feeling) {
    const key = `face:${feeling}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const png = new Uint8Array(
      await sharp(Buffer.from(feelingFaceSvg(feeling, SYMBOL_EDGE)))
        .png({ compressionLevel: 9 })
        .toBuffer(),
    );
    cache.set(key, png);
    return png;
  }
  const index = symbolIndexFor(word);
  if (index === null) return null;
  const hit = cache.get(index);
  if (hit) return hit;
  const png = new Uint8Array(
    await sharp(Buffer.from(symbolRgba(index)), { raw: { width: SYMBOL_EDGE, height: SYMBOL_EDGE, channels: 4 } })
      .png({ compressionLevel: 9 })
      .toBuffer(),
  );
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(index, png);
  return png;
}
