/**
 * Builds the art-train2 training sketch set: `npx tsx test/heldout/art-train2/make.ts` writes
 * strokes/<id>.json (StrokeDocument v2), images/<id>.png and manifest.json from sketches.ts with
 * ../art-make.ts (the first set's hand model and renderer; boxes measured from each thing's own
 * strokes, for photos after the perspective).
 *   --check      verify that the committed stroke documents and manifest are current and every image is
 *                there at its size (no files written; image bytes depend on the sharp/ImageMagick versions)
 *   --only=ID    rebuild one item's files (the manifest is still written whole)
 *   --look       also write .look/<id>.png: the image with every thing's box drawn over it (not committed)
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSet } from '../art-make.ts';
import { SKETCHES } from './sketches.ts';

await makeSet({
  dir: dirname(fileURLToPath(import.meta.url)), name: 'art-train2', sketches: SKETCHES,
  note: 'art-train2: TRAINING sketch set for the picture engine (screened once as an unseen-sketcher figure, then trained on): see README.md.',
});
