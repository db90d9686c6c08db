/**
 * What every ImageBackend must do, run against each adapter (the built-in one here; model
 * server adapters against a local fake server of the same API).
 */
import { describe, expect, it } from 'vitest';
import { createRgba } from '../engines/core/index.ts';
import type { RgbaImage } from '../engines/core/index.ts';
import type { ImageBackend } from './image-backend.ts';
import { BackendAbortedError } from './image-backend.ts';

const base = { prompt: 'a calm blue sea under a soft moon', negativePrompt: '', sketchStrength: 0.7, seed: 11, width: 96, height: 64, count: 2 };

export function imageBackendContract(name: string, make: () => ImageBackend, opts: { deterministic: boolean }): void {
  describe(`ImageBackend contract: ${name}`, () => {
    it('declares its capabilities and is healthy', async () => {
      const b = make();
      expect(b.capabilities.id).toMatch(/^[a-z0-9-]+$/);
      expect(b.capabilities.styles.length).toBeGreaterThan(0);
      expect((await b.health()).ok).toBe(true);
    });

    it('returns `count` images of the requested size', async () => {
      const b = make();
      const imgs = await b.generate({ ...base, style: b.capabilities.styles[0]!.id });
      expect(imgs).toHaveLength(2);
      for (const img of imgs) {
        expect([img.width, img.height]).toEqual([96, 64]);
        expect(img.data.length).toBe(96 * 64 * 4);
      }
      if (opts.deterministic) {
        const again = await b.generate({ ...base, style: b.capabilities.styles[0]!.id });
        expect(Buffer.from(again[0]!.data).equals(Buffer.from(imgs[0]!.data))).toBe(true);
        expect(Buffer.from(imgs[1]!.data).equals(Buffer.from(imgs[0]!.data))).toBe(false);
      }
    });

    it('inpaints only inside the mask', async () => {
      const b = make();
      const [image] = await b.generate({ ...base, count: 1, style: b.capabilities.styles[0]!.id });
      const mask: RgbaImage = createRgba(96, 64, [0, 0, 0, 255]);
      for (let y = 16; y < 48; y++) for (let x = 32; x < 64; x++) mask.data.set([255, 255, 255, 255], (y * 96 + x) * 4);
      const out = await b.inpaint({
        image: image!,
        mask,
        prompt: 'a bright red flower',
        negativePrompt: '',
        style: b.capabilities.styles[0]!.id,
        seed: 3,
        feather: 4,
      });
      let changedOutside = 0;
      let changedInside = 0;
      for (let y = 0; y < 64; y++) {
        for (let x = 0; x < 96; x++) {
          const i = (y * 96 + x) * 4;
          const diff =
            Math.abs(out.data[i]! - image!.data[i]!) + Math.abs(out.data[i + 1]! - image!.data[i + 1]!) + Math.abs(out.data[i + 2]! - image!.data[i + 2]!);
          const inside = x >= 32 && x < 64 && y >= 16 && y < 48;
          if (inside && diff > 0) changedInside++;
          if (!inside && diff > 0) changedOutside++;
        }
      }
      expect(changedOutside).toBe(0);
      expect(changedInside).toBeGreaterThan(32 * 32 * 0.3);
    });

    it('stops when cancelled', async () => {
      const b = make();
      const ac = new AbortController();
      ac.abort();
      await expect(b.generate({ ...base, style: b.capabilities.styles[0]!.id }, ac.signal)).rejects.toBeInstanceOf(BackendAbortedError);
    });
  });
}
