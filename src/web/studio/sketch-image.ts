/**
 * Turns the drawing into pixels: a PNG data URL to save with the sketch, and small RGBA
 * images for the live preview. Photos of paper art are read the same way from an <img>.
 */
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { layer, paintAll } from './stroke-paint.ts';

/** The drawing rendered at `width` px wide (height keeps the proportions), paper included. */
export function renderDocument(doc: StrokeDocument, width = doc.width): HTMLCanvasElement {
  const scale = width / doc.width;
  const w = Math.round(doc.width * scale);
  const h = Math.round(doc.height * scale);
  const ink = layer(w, h);
  const wet = layer(w, h);
  const wetCtx = wet.getContext('2d')!;
  wetCtx.setTransform(scale, 0, 0, scale, 0, 0);
  paintAll(ink.getContext('2d')!, wet, doc.strokes);
  const out = layer(w, h);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = doc.background;
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(ink, 0, 0);
  return out;
}

/** The drawing as a PNG data URL at full size. */
export function documentPng(doc: StrokeDocument): string {
  return renderDocument(doc).toDataURL('image/png');
}

/** RGBA pixels of a canvas. */
export function pixelsOf(c: HTMLCanvasElement): { width: number; height: number; data: Uint8ClampedArray } {
  const img = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  return { width: img.width, height: img.height, data: img.data };
}

/** An image element scaled into a canvas of the given size. */
export function imageToCanvas(img: HTMLImageElement, width: number, height: number): HTMLCanvasElement {
  const c = layer(width, height);
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  return c;
}

/** Loads an image URL (same origin) fully. */
export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`Could not load ${url}`));
    img.src = url;
  });
}
