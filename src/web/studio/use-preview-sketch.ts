/**
 * What the live preview should follow: the drawing (re-rendered small whenever it changes) or a
 * photo of paper art (loaded once). Returns a function that produces fresh pixels on demand,
 * so the work is done only when a preview render is actually due.
 */
import { useCallback, useEffect, useState } from 'react';
import type { StrokeDocument } from '../../engines/analysis/index.ts';
import { imageToCanvas, loadImage, pixelsOf, renderDocument } from './sketch-image.ts';
import type { Artwork } from './studio-api.ts';

type Pixels = { width: number; height: number; data: Uint8ClampedArray };

export function usePreviewSketch(doc: StrokeDocument | null, photo: Artwork | null, width: number): () => Pixels | undefined {
  const [photoCanvas, setPhotoCanvas] = useState<HTMLCanvasElement | null>(null);
  const photoUrl = photo?.imageUrl;
  const photoW = photo?.width ?? 1;
  const photoH = photo?.height ?? 1;

  useEffect(() => {
    setPhotoCanvas(null);
    if (!photoUrl) return;
    let live = true;
    loadImage(photoUrl).then(
      (img) => live && setPhotoCanvas(imageToCanvas(img, width, Math.round((width * photoH) / photoW))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [photoUrl, photoW, photoH, width]);

  return useCallback(() => {
    if (photoCanvas) return pixelsOf(photoCanvas);
    if (doc && doc.strokes.length > 0) return pixelsOf(renderDocument(doc, width));
    return undefined;
  }, [doc, photoCanvas, width]);
}
