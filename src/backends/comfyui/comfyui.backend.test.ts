import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startComfyUiFake } from '../../../test/fakes/comfyui.fake.ts';
import type { ComfyUiFake } from '../../../test/fakes/comfyui.fake.ts';
import type { RecordedFile } from '../../../test/fakes/fake-kit.ts';
import { createRgba } from '../../engines/core/index.ts';
import type { RgbaImage } from '../../engines/core/index.ts';
import { imageBackendContract } from '../image-backend.contract.ts';
import { BackendAbortedError } from '../image-backend.ts';
import { JobQueue, queuedImageBackend } from '../jobs.ts';
import { BackendImageError, BackendResponseError, BackendTimeoutError, BackendUnavailableError } from '../remote/http.ts';
import { createComfyUiBackend } from './comfyui.backend.ts';
import { builtinWorkflow, fillWorkflow, workflowProblems } from './workflow.ts';

let fake: ComfyUiFake;
const extra: ComfyUiFake[] = [];
beforeAll(async () => {
  fake = await startComfyUiFake();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  await Promise.all(extra.splice(0).map((f) => f.close()));
});
const other = async (opts: Parameters<typeof startComfyUiFake>[0]): Promise<ComfyUiFake> => {
  const f = await startComfyUiFake(opts);
  extra.push(f);
  return f;
};

imageBackendContract('comfyui (fake server)', () => createComfyUiBackend({ url: fake.url }), { deterministic: true });

function sketch(): RgbaImage {
  const img = createRgba(64, 64, [255, 255, 255, 255]);
  for (let x = 10; x < 54; x++) img.data.set([20, 20, 20, 255], (32 * 64 + x) * 4);
  return img;
}
const req = { prompt: 'a lighthouse at dawn', negativePrompt: 'text', sketchStrength: 0.6, style: 'watercolour', seed: 42, width: 64, height: 64, count: 2 };

describe('ComfyUI adapter: exact requests', () => {
  it('generate with a sketch uploads it once, then queues one sketch job per variation, each with its own seed', async () => {
    const f = await other({});
    const imgs = await createComfyUiBackend({ url: f.url, checkpoint: 'my-sdxl.safetensors', steps: 6, cfg: 5.5 }).generate({ ...req, sketch: sketch() });
    expect(imgs).toHaveLength(2);
    const ids = f.requests.filter((r) => r.path === '/prompt').map((r) => (r.json as { prompt_id: string }).prompt_id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(f.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /upload/image',
      'GET /ws',
      'POST /prompt',
      `GET /history/${ids[0]}`,
      'GET /view',
      'GET /ws',
      'POST /prompt',
      `GET /history/${ids[1]}`,
      'GET /view',
    ]);
    const upload = f.requests[0]!.form!;
    expect(upload.type).toBe('input');
    expect(upload.overwrite).toBe('true');
    const file = upload.image as RecordedFile;
    expect(file.filename).toMatch(/^hearth-sketch-[0-9a-f-]{36}\.png$/);
    expect((await sharp(file.bytes).metadata()).width).toBe(64);

    const bodies = f.requests
      .filter((r) => r.path === '/prompt')
      .map((r) => r.json as { prompt: Record<string, { class_type: string; inputs: Record<string, unknown> }>; client_id: string; prompt_id: string });
    expect(bodies[0]!.client_id).toBe(f.requests[1]!.query.clientId);
    bodies.forEach((body, i) => {
      const g = body.prompt;
      expect(g['1']!.inputs.ckpt_name).toBe('my-sdxl.safetensors');
      expect(g['2']!.inputs.text).toMatch(/^a lighthouse at dawn, watercolour style, /);
      expect(g['3']!.inputs.text).toBe('text');
      expect(g['4']!.inputs).toEqual({ width: 64, height: 64, batch_size: 1 });
      expect(g['10']).toEqual({ class_type: 'LoadImage', inputs: { image: file.filename } });
      expect(g['11']).toEqual({ class_type: 'PiDiNetPreprocessor', inputs: { image: ['10', 0], safe: 'enable', resolution: 1024 } });
      expect(g['12']!.inputs.control_net_name).toBe('t2i-adapter-sketch-sdxl-1.0.safetensors');
      expect(g['13']!.inputs).toMatchObject({ strength: 0.6, image: ['11', 0], control_net: ['12', 0] });
      expect(g['5']!.inputs).toMatchObject({ seed: 42 + i, steps: 6, cfg: 5.5, positive: ['13', 0], negative: ['13', 1] });
    });
    const views = f.requests.filter((r) => r.path === '/view').map((r) => r.query);
    expect(views).toEqual([
      { filename: 'hearth_00001_.png', subfolder: '', type: 'output' },
      { filename: 'hearth_00002_.png', subfolder: '', type: 'output' },
    ]);
  });

  it('reproduces the showcase by default: SDXL + TencentARC sketch adapter over PiDiNet lines, scale 0.7, guidance 8, 30 steps', async () => {
    const f = await other({});
    await createComfyUiBackend({ url: f.url }).generate({ ...req, sketchStrength: 0.7, count: 1, sketch: sketch() });
    const g = (f.requests.find((r) => r.path === '/prompt')!.json as { prompt: Record<string, { class_type: string; inputs: Record<string, unknown> }> })
      .prompt;
    expect(g).toEqual({
      '1': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sd_xl_base_1.0.safetensors' } },
      '2': { class_type: 'CLIPTextEncode', inputs: { text: expect.stringMatching(/^a lighthouse at dawn, /), clip: ['1', 1] } },
      '3': { class_type: 'CLIPTextEncode', inputs: { text: 'text', clip: ['1', 1] } },
      '4': { class_type: 'EmptyLatentImage', inputs: { width: 64, height: 64, batch_size: 1 } },
      '10': { class_type: 'LoadImage', inputs: { image: expect.stringMatching(/^hearth-sketch-/) } },
      '11': { class_type: 'PiDiNetPreprocessor', inputs: { image: ['10', 0], safe: 'enable', resolution: 1024 } },
      '12': { class_type: 'ControlNetLoader', inputs: { control_net_name: 't2i-adapter-sketch-sdxl-1.0.safetensors' } },
      '13': {
        class_type: 'ControlNetApplyAdvanced',
        inputs: { positive: ['2', 0], negative: ['3', 0], control_net: ['12', 0], image: ['11', 0], strength: 0.7, start_percent: 0, end_percent: 1 },
      },
      '5': {
        class_type: 'KSampler',
        inputs: {
          seed: 42,
          steps: 30,
          cfg: 8,
          sampler_name: 'euler_ancestral',
          scheduler: 'normal',
          denoise: 1,
          model: ['1', 0],
          positive: ['13', 0],
          negative: ['13', 1],
          latent_image: ['4', 0],
        },
      },
      '8': { class_type: 'VAEDecode', inputs: { samples: ['5', 0], vae: ['1', 2] } },
      '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'hearth', images: ['8', 0] } },
    });
  });

  it('a variation remade alone from its stored seed is the same picture', async () => {
    const f = await other({});
    const b = createComfyUiBackend({ url: f.url });
    const all = await b.generate({ ...req, count: 3 });
    const third = await b.generate({ ...req, seed: req.seed + 2, count: 1 });
    expect(Buffer.from(third[0]!.data).equals(Buffer.from(all[2]!.data))).toBe(true);
    expect(Buffer.from(all[1]!.data).equals(Buffer.from(all[2]!.data))).toBe(false);
  });

  it('generate without a sketch uses the words-only workflow', async () => {
    const f = await other({});
    await createComfyUiBackend({ url: f.url }).generate({ ...req, count: 1 });
    const g = (f.requests.find((r) => r.path === '/prompt')!.json as { prompt: Record<string, { class_type: string }> }).prompt;
    expect(Object.values(g).map((n) => n.class_type)).not.toContain('ControlNetApplyAdvanced');
    expect(f.requests.some((r) => r.path.startsWith('/upload'))).toBe(false);
  });

  it('inpaint uploads the picture, then the mask as transparency with original_ref, and loads the result', async () => {
    const f = await other({});
    const image = createRgba(64, 48, [90, 120, 200, 255]);
    const mask = createRgba(64, 48, [0, 0, 0, 255]);
    for (let y = 10; y < 30; y++) for (let x = 20; x < 40; x++) mask.data.set([255, 255, 255, 255], (y * 64 + x) * 4);
    const out = await createComfyUiBackend({ url: f.url }).inpaint({
      image,
      mask,
      prompt: 'a small bird',
      negativePrompt: '',
      style: 'pastel',
      seed: 9,
      feather: 3,
    });
    const [up, upMask] = f.requests.filter((r) => r.path.startsWith('/upload'));
    expect(up!.path).toBe('/upload/image');
    expect(upMask!.path).toBe('/upload/mask');
    const picName = (up!.form!.image as RecordedFile).filename;
    expect(JSON.parse(upMask!.form!.original_ref as string)).toEqual({ filename: picName, subfolder: '', type: 'input' });
    const alpha = await sharp((upMask!.form!.image as RecordedFile).bytes)
      .extractChannel(3)
      .raw()
      .toBuffer();
    expect(alpha[20 * 64 + 30]).toBe(0); // inside the mask: transparent = repaint
    expect(alpha[2 * 64 + 2]).toBe(255);
    const g = (f.requests.find((r) => r.path === '/prompt')!.json as { prompt: Record<string, { class_type: string; inputs: Record<string, unknown> }> })
      .prompt;
    expect(g['1']!.inputs.ckpt_name).toBe('sd_xl_base_1.0_inpainting_0.1.safetensors');
    expect(g['10']!.inputs.image).toBe((upMask!.form!.image as RecordedFile).filename);
    expect(g['15']).toEqual({ class_type: 'GrowMask', inputs: { mask: ['10', 1], expand: 3, tapered_corners: true } });
    expect(g['14']).toEqual({
      class_type: 'InpaintModelConditioning',
      inputs: { positive: ['2', 0], negative: ['3', 0], vae: ['1', 2], pixels: ['10', 0], mask: ['15', 0], noise_mask: true },
    });
    // The showcase's repainting: strength 0.7, guidance 9, 30 steps.
    expect(g['5']!.inputs).toMatchObject({ seed: 9, steps: 30, cfg: 9, denoise: 0.7, positive: ['14', 0], negative: ['14', 1], latent_image: ['14', 2] });
    expect([out.width, out.height]).toEqual([64, 48]);
    expect(Array.from(out.data.subarray(0, 4))).toEqual([90, 120, 200, 255]); // outside: exact
  });
});

describe('ComfyUI adapter: progress, cancel, errors', () => {
  it('maps websocket progress {value,max} to 0.05..0.90 and executing null to 0.92', async () => {
    const f = await other({});
    const seen: [number, string][] = [];
    await createComfyUiBackend({ url: f.url, steps: 4 }).generate({ ...req, count: 1 }, undefined, (v, s) => seen.push([v, s]));
    const painting = seen.filter(([, s]) => s === 'painting').map(([v]) => v);
    expect(painting).toEqual([0.05 + 0.85 * 0.25, 0.05 + 0.85 * 0.5, 0.05 + 0.85 * 0.75, 0.9]);
    expect(seen.at(-1)).toEqual([0.92, 'fetching the picture']);
    expect(seen.map(([, s]) => s)).toContain('KSampler');
  });

  it('cancel during sampling sends POST /interrupt for its prompt and rejects as cancelled', async () => {
    const f = await other({ mode: 'hang' });
    const ac = new AbortController();
    const p = createComfyUiBackend({ url: f.url }).generate({ ...req, count: 1 }, ac.signal, (_, s) => {
      if (s === 'painting') ac.abort();
    });
    await expect(p).rejects.toBeInstanceOf(BackendAbortedError);
    const id = (f.requests.find((r) => r.path === '/prompt')!.json as { prompt_id: string }).prompt_id;
    await vi.waitFor(() => expect(f.requests.find((r) => r.path === '/interrupt')?.json).toEqual({ prompt_id: id }));
  });

  it('a job past its time limit is stopped on the server and reported plainly', async () => {
    const f = await other({ mode: 'hang' });
    const queue = new JobQueue({ label: f.url, timeoutMs: 300 });
    const err = await queuedImageBackend(createComfyUiBackend({ url: f.url }), queue)
      .generate({ ...req, count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendTimeoutError);
    expect((err as Error).message).toMatch(/took longer than 0.3 s/);
    await vi.waitFor(() => expect(f.requests.some((r) => r.path === '/interrupt')).toBe(true));
  });

  it('execution_error becomes a plain error naming the node', async () => {
    const f = await other({ mode: 'error' });
    const err = await createComfyUiBackend({ url: f.url })
      .generate({ ...req, count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendResponseError);
    expect((err as Error).message).toMatch(/could not finish the picture \(KSampler\): CUDA out of memory/);
  });

  it('refuses a corrupt or oversized returned picture', async () => {
    const corrupt = await other({ mode: 'corrupt' });
    await expect(createComfyUiBackend({ url: corrupt.url }).generate({ ...req, count: 1 })).rejects.toThrow(/not a readable picture/);
    const huge = await other({ mode: 'huge' });
    const err = await createComfyUiBackend({ url: huge.url })
      .generate({ ...req, count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendImageError);
    expect((err as Error).message).toMatch(/5000×5000 picture, larger than Hearth accepts/);
    const small = await other({});
    await expect(createComfyUiBackend({ url: small.url, limits: { maxBytes: 100, maxPixels: 1e6 } }).generate({ ...req, count: 1 })).rejects.toThrow(
      /sent \d+ KB, more than the 100 bytes Hearth accepts; it was not used/,
    );
  });

  it('a server that is down gets a plain "not answering" message, also from health', async () => {
    const f = await startComfyUiFake();
    const url = f.url;
    await f.close();
    const b = createComfyUiBackend({ url });
    const err = await b.generate({ ...req, count: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendUnavailableError);
    expect((err as Error).message).toBe(`The image server at ${url} is not answering. Check that it is running, or use the built-in engine instead.`);
    expect(await b.health()).toEqual({ ok: false, message: (err as Error).message });
  });

  it('works with servers that pick their own prompt_id', async () => {
    const f = await other({ acceptsPromptId: false });
    expect(await createComfyUiBackend({ url: f.url }).generate({ ...req, count: 1 })).toHaveLength(1);
  });
});

describe('ComfyUI health and workflow templates', () => {
  it('names missing node types and models', async () => {
    const f = await other({
      nodeTypes: [
        'CheckpointLoaderSimple',
        'CLIPTextEncode',
        'EmptyLatentImage',
        'KSampler',
        'VAEDecode',
        'SaveImage',
        'LoadImage',
        'ControlNetLoader',
        'ControlNetApplyAdvanced',
        'GrowMask',
        'InpaintModelConditioning',
      ],
      checkpoints: ['sd_xl_base_1.0.safetensors'],
    });
    const h = await createComfyUiBackend({ url: f.url }).health();
    expect(h.ok).toBe(false);
    expect(h.message).toContain('missing node types: PiDiNetPreprocessor.');
    expect(h.message).toContain('sd_xl_base_1.0_inpainting_0.1.safetensors (CheckpointLoaderSimple.ckpt_name)');
    expect(h.message).not.toContain('sd_xl_base_1.0.safetensors (');
    expect(h.message).not.toContain('t2i-adapter');
    expect(await createComfyUiBackend({ url: fake.url }).health()).toEqual({ ok: true, message: `ComfyUI 0.3.40 at ${fake.url} is ready (cuda:0 Fake GPU).` });
  });

  it('fills slots typed when whole, spliced when inside text, and reports template problems', async () => {
    const wf = builtinWorkflow('generate');
    wf.prompt['2']!.inputs.text = 'masterpiece, {{prompt}}';
    const g = fillWorkflow(wf, { prompt: 'a fox', seed: 5, width: 64, height: 64, batch: 1 });
    expect(g['2']!.inputs.text).toBe('masterpiece, a fox');
    expect(g['5']!.inputs.seed).toBe(5);
    expect(workflowProblems(wf, 'generate')).toEqual([]);
    delete wf.prompt['5']!.inputs.seed;
    wf.prompt['9']!.inputs.filename_prefix = '{{clinic}}';
    expect(workflowProblems(wf, 'generate')).toEqual([
      'The generate workflow uses {{clinic}}, which Hearth does not fill.',
      'The generate workflow never uses {{seed}}.',
    ]);
    const f = await other({});
    await expect(createComfyUiBackend({ url: f.url, workflows: { generate: wf } }).generate({ ...req, count: 1 })).rejects.toThrow(/never uses \{\{seed\}\}/);
    expect(f.requests.some((r) => r.path === '/prompt')).toBe(false);
  });
});
