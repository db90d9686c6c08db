import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startA1111Fake } from '../../../test/fakes/a1111.fake.ts';
import type { A1111Fake, A1111FakeOptions } from '../../../test/fakes/a1111.fake.ts';
import { createRgba } from '../../engines/core/index.ts';
import { imageBackendContract } from '../image-backend.contract.ts';
import { BackendAbortedError } from '../image-backend.ts';
import { JobQueue, queuedImageBackend } from '../jobs.ts';
import { BackendImageError, BackendResponseError, BackendTimeoutError, BackendUnavailableError } from '../remote/http.ts';
import { createA1111Backend } from './a1111.backend.ts';

let fake: A1111Fake;
const extra: A1111Fake[] = [];
beforeAll(async () => {
  fake = await startA1111Fake();
});
afterAll(() => fake.close());
afterEach(async () => {
  await Promise.all(extra.splice(0).map((f) => f.close()));
});
const other = async (o: A1111FakeOptions): Promise<A1111Fake> => {
  const f = await startA1111Fake(o);
  extra.push(f);
  return f;
};

imageBackendContract('a1111 (fake server)', () => createA1111Backend({ url: fake.url, pollMs: 5 }), { deterministic: true });

const sketch = createRgba(64, 64, [255, 255, 255, 255]);
for (let x = 8; x < 56; x++) sketch.data.set([0, 0, 0, 255], (20 * 64 + x) * 4);
const req = { prompt: 'a garden path', negativePrompt: 'people', sketchStrength: 0.8, style: 'impasto', seed: 100, width: 64, height: 64, count: 2 };
const posts = (f: A1111Fake) => f.requests.filter((r) => r.method === 'POST');

describe('A1111 adapter: exact requests', () => {
  it('txt2img: one request per variation with its own seed, the ControlNet sketch unit at the client strength, basic auth from the URL', async () => {
    const f = await other({ auth: { user: 'clinic', password: 's3cret' } });
    const url = f.url.replace('http://', 'http://clinic:s3cret@');
    const b = createA1111Backend({ url, steps: 12, cfg: 6, pollMs: 5 });
    expect(b.capabilities.label).toBe(`AUTOMATIC1111 at ${f.url}`); // no credentials shown
    const imgs = await b.generate({ ...req, sketch });
    expect(imgs).toHaveLength(2); // the detected map ControlNet appends is dropped
    expect(posts(f).map((p) => p.path)).toEqual(['/sdapi/v1/txt2img', '/sdapi/v1/txt2img']);
    for (const [i, post] of posts(f).entries()) {
      expect(post.headers.authorization).toBe(`Basic ${Buffer.from('clinic:s3cret').toString('base64')}`);
      const body = post.json as Record<string, unknown>;
      expect(body).toMatchObject({
        negative_prompt: 'people',
        seed: 100 + i,
        steps: 12,
        cfg_scale: 6,
        width: 64,
        height: 64,
        batch_size: 1,
        n_iter: 1,
        sampler_name: 'Euler a',
        send_images: true,
        save_images: false,
      });
      expect(body.prompt).toMatch(/^a garden path, oil impasto style/);
      const unit = (body.alwayson_scripts as { controlnet: { args: Record<string, unknown>[] } }).controlnet.args;
      expect(unit).toHaveLength(1);
      expect(unit[0]).toMatchObject({
        enabled: true,
        module: 't2ia_sketch_pidi',
        model: 't2i-adapter_diffusers_xl_sketch',
        weight: 0.8,
        processor_res: 1024,
        guidance_start: 0,
        guidance_end: 1,
        pixel_perfect: true,
      });
      const meta = await sharp(Buffer.from(unit[0]!.image as string, 'base64')).metadata();
      expect([meta.format, meta.width]).toEqual(['png', 64]);
    }
  });

  it('reproduces the showcase by default (T2I-Adapter sketch over PiDiNet at 0.7, guidance 8, 30 steps), and a variation remade from its seed is the same', async () => {
    const f = await other({});
    const b = createA1111Backend({ url: f.url, pollMs: 5 });
    const all = await b.generate({ ...req, sketchStrength: 0.7, count: 3, sketch });
    const body = posts(f)[0]!.json as Record<string, unknown>;
    const { alwayson_scripts: scripts, prompt, ...rest } = body;
    expect(prompt).toMatch(/^a garden path, /);
    expect(rest).toEqual({
      sampler_name: 'Euler a',
      steps: 30,
      cfg_scale: 8,
      send_images: true,
      save_images: false,
      negative_prompt: 'people',
      width: 64,
      height: 64,
      batch_size: 1,
      n_iter: 1,
      seed: 100,
    });
    const unit = (scripts as { controlnet: { args: Record<string, unknown>[] } }).controlnet.args[0]!;
    expect({ ...unit, image: '…' }).toEqual({
      enabled: true,
      image: '…',
      module: 't2ia_sketch_pidi',
      model: 't2i-adapter_diffusers_xl_sketch',
      weight: 0.7,
      resize_mode: 'Crop and Resize',
      processor_res: 1024,
      guidance_start: 0,
      guidance_end: 1,
      control_mode: 'Balanced',
      pixel_perfect: true,
    });
    const again = await b.generate({ ...req, sketchStrength: 0.7, seed: 102, count: 1, sketch });
    expect(Buffer.from(again[0]!.data).equals(Buffer.from(all[2]!.data))).toBe(true);
    expect(Buffer.from(all[0]!.data).equals(Buffer.from(all[2]!.data))).toBe(false);
  });

  it('refuses a picture made with another seed than the one asked for', async () => {
    const f = await other({ seedOffset: 7 });
    await expect(createA1111Backend({ url: f.url, pollMs: 5 }).generate({ ...req, count: 1 })).rejects.toThrow(/used seed 107 instead of 100/);
  });

  it('wrong credentials give a plain refusal', async () => {
    const f = await other({ auth: { user: 'clinic', password: 's3cret' } });
    const err = await createA1111Backend({ url: f.url, user: 'clinic', password: 'nope' })
      .generate({ ...req, count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendResponseError);
    expect((err as Error).message).toBe(`The image server at ${f.url} refused the user name, password or key.`);
  });

  it('img2img inpaint sends the picture, a white-is-repaint mask and the inpainting fields', async () => {
    const f = await other({});
    const image = createRgba(48, 32, [10, 200, 60, 255]);
    const mask = createRgba(48, 32, [0, 0, 0, 255]);
    for (let y = 8; y < 24; y++) for (let x = 12; x < 36; x++) mask.data.set([255, 255, 255, 255], (y * 48 + x) * 4);
    const out = await createA1111Backend({ url: f.url, pollMs: 5, inpaintCheckpoint: 'sd_xl_base_1.0_inpainting_0.1' }).inpaint({
      image,
      mask,
      prompt: 'a pond',
      negativePrompt: '',
      style: 'mosaic',
      seed: 4,
      feather: 5,
    });
    const body = posts(f)[0]!.json as Record<string, unknown>;
    expect(posts(f)[0]!.path).toBe('/sdapi/v1/img2img');
    // The showcase's repainting: strength 0.7, guidance 9, 30 steps, with the inpainting model.
    expect(body).toMatchObject({
      mask_blur: 5,
      inpainting_fill: 1,
      inpainting_mask_invert: 0,
      denoising_strength: 0.7,
      cfg_scale: 9,
      steps: 30,
      seed: 4,
      width: 48,
      height: 32,
      batch_size: 1,
    });
    expect(body.override_settings).toEqual({ sd_model_checkpoint: 'sd_xl_base_1.0_inpainting_0.1' });
    expect(body.override_settings_restore_afterwards).toBe(true);
    const m = await sharp(Buffer.from(body.mask as string, 'base64'))
      .removeAlpha()
      .raw()
      .toBuffer();
    expect(m[(16 * 48 + 20) * 3]).toBe(255);
    expect(m[(2 * 48 + 2) * 3]).toBe(0);
    const init = await sharp(Buffer.from((body.init_images as string[])[0]!, 'base64'))
      .raw()
      .toBuffer();
    expect([init[0], init[1], init[2]]).toEqual([10, 200, 60]);
    expect(Array.from(out.data.subarray(0, 4))).toEqual([10, 200, 60, 255]);
  });
});

describe('A1111 adapter: progress, cancel, errors', () => {
  it('maps /sdapi/v1/progress to 0..0.95 while the request runs', async () => {
    const f = await other({ progressPolls: 4 });
    const seen: number[] = [];
    await createA1111Backend({ url: f.url, pollMs: 5 }).generate({ ...req, count: 1 }, undefined, (v) => seen.push(v));
    expect(f.progressAnswers).toEqual([0.25, 0.5, 0.75, 1]);
    expect(seen.slice(0, 3)).toEqual([0.25 * 0.95, 0.5 * 0.95, 0.75 * 0.95]);
    expect(f.requests.filter((r) => r.path === '/sdapi/v1/progress').every((r) => r.query.skip_current_image === 'true')).toBe(true);
  });

  it('cancel sends /sdapi/v1/interrupt and rejects as cancelled', async () => {
    const f = await other({ mode: 'hang' });
    const ac = new AbortController();
    const p = createA1111Backend({ url: f.url, pollMs: 5 }).generate({ ...req, count: 1 }, ac.signal, () => ac.abort());
    await expect(p).rejects.toBeInstanceOf(BackendAbortedError);
    await vi.waitFor(() => expect(posts(f).map((r) => r.path)).toEqual(['/sdapi/v1/txt2img', '/sdapi/v1/interrupt']));
  });

  it('times out through the job queue and interrupts the server', async () => {
    const f = await other({ mode: 'hang' });
    const err = await queuedImageBackend(createA1111Backend({ url: f.url, pollMs: 5 }), new JobQueue({ label: f.url, timeoutMs: 200 }))
      .generate({ ...req, count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendTimeoutError);
    await vi.waitFor(() => expect(posts(f).some((r) => r.path === '/sdapi/v1/interrupt')).toBe(true));
  });

  it('a server error is reported with its reason and the POST is not repeated', async () => {
    const f = await other({ mode: 'error' });
    await expect(createA1111Backend({ url: f.url, pollMs: 5 }).generate({ ...req, count: 1 })).rejects.toThrow(/refused the request \(500\): OutOfMemoryError/);
    expect(posts(f)).toHaveLength(1);
  });

  it('refuses corrupt and oversized pictures', async () => {
    const c = await other({ mode: 'corrupt' });
    await expect(createA1111Backend({ url: c.url, pollMs: 5 }).generate({ ...req, count: 1 })).rejects.toBeInstanceOf(BackendImageError);
    const h = await other({ mode: 'huge' });
    await expect(createA1111Backend({ url: h.url, pollMs: 5 }).generate({ ...req, count: 1 })).rejects.toThrow(/larger than Hearth accepts/);
  });

  it('down: not answering; health names a missing ControlNet extension or model', async () => {
    const f = await startA1111Fake();
    const url = f.url;
    await f.close();
    await expect(createA1111Backend({ url }).generate({ ...req, count: 1 })).rejects.toBeInstanceOf(BackendUnavailableError);
    expect((await createA1111Backend({ url }).health()).message).toMatch(/is not answering/);
    const noCn = await other({ controlnetModels: null });
    expect((await createA1111Backend({ url: noCn.url }).health()).message).toMatch(/does not have the ControlNet extension/);
    const otherModel = await other({ controlnetModels: ['control_sd15_canny'] });
    expect(await createA1111Backend({ url: otherModel.url }).health()).toEqual({
      ok: false,
      message: `The image server at ${otherModel.url} does not have the ControlNet model t2i-adapter_diffusers_xl_sketch.`,
    });
    expect((await createA1111Backend({ url: otherModel.url, controlnetModel: 'control_sd15_canny' }).health()).ok).toBe(true);
    const ok = await other({ checkpoints: ['sd_xl_base_1.0.safetensors', 'sd_xl_base_1.0_inpainting_0.1.safetensors'] });
    expect(await createA1111Backend({ url: ok.url }).health()).toEqual({ ok: true, message: `AUTOMATIC1111 at ${ok.url} is ready (2 models).` }); // adapter listed with its hash
    expect(await createA1111Backend({ url: ok.url, inpaintCheckpoint: 'kandinsky' }).health()).toEqual({
      ok: false,
      message: `The image server at ${ok.url} does not have the inpainting model kandinsky.`,
    });
    expect((await createA1111Backend({ url: ok.url, inpaintCheckpoint: 'sd_xl_base_1.0_inpainting_0.1.safetensors' }).health()).ok).toBe(true);
  });
});
