import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import type { CliInvocation } from '../command.ts';
import { CliError } from '../command.ts';
import { generateCommand } from './generate.command.ts';
import { inpaintCommand } from './inpaint.command.ts';

let dir = '';
const io = { out: () => {}, err: () => {} };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-inpaint-'));
  await generateCommand.run({ values: { prompt: 'a quiet lake at dusk', size: '80', seed: '2', out: join(dir, 'base.png') }, positionals: [], io });
  // Mask at a different size (40×40): it is stretched to the picture. White square in the middle.
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="black"/><rect x="10" y="10" width="20" height="20" fill="white"/></svg>';
  await sharp(Buffer.from(svg)).png().toFile(join(dir, 'mask.png'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (values: CliInvocation['values']) => {
  const out: string[] = [];
  return { code: inpaintCommand.run({ values, positionals: [], io: { out: (t) => void out.push(t), err: () => {} } }), out };
};

describe('hearth inpaint', () => {
  it('repaints only the white part of the mask', async () => {
    const out = join(dir, 'refined.png');
    const r = run({ image: join(dir, 'base.png'), mask: join(dir, 'mask.png'), prompt: 'a warm sun', seed: '4', out, json: true });
    expect(await r.code).toBe(0);
    expect(JSON.parse(r.out.join('')).files[0].path).toBe(out);
    const before = await sharp(join(dir, 'base.png')).raw().toBuffer();
    const after = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    expect(after.info.width).toBe(80);
    const ch = after.info.channels;
    let changedOutside = 0;
    let changedInside = 0;
    for (let y = 0; y < 80; y++) {
      for (let x = 0; x < 80; x++) {
        const i = (y * 80 + x) * ch;
        const same = before[i] === after.data[i] && before[i + 1] === after.data[i + 1] && before[i + 2] === after.data[i + 2];
        const inside = x >= 20 && x < 60 && y >= 20 && y < 60;
        if (!inside && !same) changedOutside++;
        if (inside && !same) changedInside++;
      }
    }
    expect(changedOutside).toBe(0);
    expect(changedInside).toBeGreaterThan(800);
  });

  it('rejects missing and unreadable files with one line', async () => {
    const err = await run({ image: join(dir, 'nope.png'), mask: join(dir, 'mask.png'), prompt: 'x', out: join(dir, 'o.png') }).code.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as Error).message).toMatch(/image file not found/);
    const err2 = await run({ image: join(dir, 'base.png'), prompt: 'x', out: join(dir, 'o.png') }).code.catch((e: unknown) => e);
    expect((err2 as Error).message).toMatch(/--mask is required/);
  });
});

describe('hearth inpaint --backend', () => {
  it('a1111: sends img2img with the mask and keeps every pixel outside it', async () => {
    const fake = await startA1111Fake();
    try {
      const out = join(dir, 'remote.png');
      const r = run({
        image: join(dir, 'base.png'),
        mask: join(dir, 'mask.png'),
        prompt: 'a warm sun',
        seed: '4',
        feather: '0',
        out,
        json: true,
        backend: 'a1111',
        'backend-url': fake.url,
      });
      expect(await r.code).toBe(0);
      expect(JSON.parse(r.out.join('')).params).toMatchObject({ backend: 'a1111', backendUrl: fake.url });
      const body = fake.requests.find((q) => q.path === '/sdapi/v1/img2img')!.json as { mask: string; mask_blur: number; init_images: string[] };
      expect(body.mask_blur).toBe(0);
      expect((await sharp(Buffer.from(body.mask, 'base64')).metadata()).width).toBe(80);
      const before = await sharp(join(dir, 'base.png')).raw().toBuffer();
      const after = await sharp(out).raw().toBuffer({ resolveWithObject: true });
      const ch = after.info.channels;
      let changedOutside = 0;
      let changedInside = 0;
      for (let y = 0; y < 80; y++)
        for (let x = 0; x < 80; x++) {
          const i = (y * 80 + x) * ch;
          const same = before[i] === after.data[i] && before[i + 1] === after.data[i + 1] && before[i + 2] === after.data[i + 2];
          const inside = x >= 20 && x < 60 && y >= 20 && y < 60;
          if (!inside && !same) changedOutside++;
          if (inside && !same) changedInside++;
        }
      expect(changedOutside).toBe(0);
      expect(changedInside).toBeGreaterThan(1200);
    } finally {
      await fake.close();
    }
  });
});
