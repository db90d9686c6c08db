/**
 * The built-in image backend: Hearth's own deterministic engine, on this machine, no GPU.
 * Same request + seed → same bytes.
 */
import { generateImage, inpaintImage, STYLES } from '../engines/art/index.ts';
import type { RgbaImage } from '../engines/core/index.ts';
import type { BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from './image-backend.ts';
import { BackendAbortedError } from './image-backend.ts';

const check = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw new BackendAbortedError();
};

export function createBuiltinImageBackend(): ImageBackend {
  return {
    capabilities: {
      id: 'builtin',
      label: 'Hearth built-in (on this machine)',
      external: false,
      styles: STYLES.map((s) => ({ id: s.id, label: s.label, description: s.description })),
      maxSize: 2048,
      sketch: true,
      inpaint: true,
    },
    async generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]> {
      const out: RgbaImage[] = [];
      for (let i = 0; i < req.count; i++) {
        check(signal);
        out.push(
          generateImage({
            prompt: req.prompt,
            negativePrompt: req.negativePrompt,
            sketch: req.sketch,
            sketchStrength: req.sketchStrength,
            style: req.style,
            seed: req.seed + i,
            width: req.width,
            height: req.height,
            onProgress: onProgress && ((f, stage) => onProgress((i + f) / req.count, stage)),
          }),
        );
        // Let other requests run between variations.
        await new Promise((r) => setImmediate(r));
      }
      check(signal);
      return out;
    },
    async inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage> {
      check(signal);
      const img = inpaintImage({
        image: req.image,
        mask: req.mask,
        prompt: req.prompt,
        negativePrompt: req.negativePrompt,
        style: req.style,
        seed: req.seed,
        feather: req.feather,
        onProgress,
      });
      check(signal);
      return img;
    },
    async health() {
      return { ok: true, message: 'The built-in engine is always available.' };
    },
  };
}
