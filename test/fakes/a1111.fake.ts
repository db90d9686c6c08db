/**
 * A protocol-faithful fake AUTOMATIC1111 / Forge API for tests (127.0.0.1, random port,
 * records every request).
 *
 * Checked against AUTOMATIC1111/stable-diffusion-webui `modules/api/api.py` (routes
 * /sdapi/v1/txt2img, /img2img, /progress, /interrupt, /sd-models; `--api-auth` HTTP basic auth
 * answering 401 {"detail": "Incorrect username or password"}) and `modules/api/models.py`
 * (StableDiffusionTxt2ImgProcessingAPI / Img2ImgProcessingAPI fields such as prompt,
 * negative_prompt, seed, steps, cfg_scale, width, height, batch_size, n_iter, sampler_name,
 * init_images, mask, mask_blur, inpainting_fill, denoising_strength, alwayson_scripts;
 * TextToImageResponse {images: [base64], parameters, info: JSON string}; ProgressResponse
 * {progress, eta_relative, state {job_count, sampling_step, sampling_steps, interrupted, …},
 * current_image, textinfo}; pydantic 422 {detail: [{loc, msg, type}]}), and
 * Mikubill/sd-webui-controlnet `internal_controlnet/external_code.py` + its API (unit fields
 * image, module, model, weight, …; GET /controlnet/model_list; the detected map is appended to
 * `images`). Written from those descriptions; no code copied.
 *
 * Pictures: fakePng(width, height, `${prompt}|${seed + i}`), batch image i using seed + i.
 * Model names and hashes in the lists are illustrative.
 */
import type { FakeMode, FakeServer } from './fake-kit.ts';
import { CORRUPT_BYTES, fakePng, hugePng, sendJson, startFakeServer } from './fake-kit.ts';

export interface A1111FakeOptions {
  mode?: FakeMode;
  /** Require basic auth with these credentials (like `--api-auth user:pass`). */
  auth?: { user: string; password: string };
  /** Hold each generation until this many /progress polls have been answered (default 0). */
  progressPolls?: number;
  controlnetModels?: string[] | null;
  /** Checkpoint files the server lists (default: the SDXL base model). */
  checkpoints?: string[];
  /** Misbehave: use seed + this instead of the seed asked for (default 0). */
  seedOffset?: number;
}

export interface A1111Fake extends FakeServer {
  /** Progress values answered, in order. */
  progressAnswers: number[];
}

export async function startA1111Fake(opts: A1111FakeOptions = {}): Promise<A1111Fake> {
  const mode = opts.mode ?? 'ok';
  const polls = opts.progressPolls ?? 0;
  let job: { step: number; steps: number; release: () => void; interrupted: boolean } | undefined;
  const progressAnswers: number[] = [];

  const picture = async (w: number, h: number, key: string): Promise<string> =>
    (mode === 'corrupt' ? CORRUPT_BYTES : mode === 'huge' ? await hugePng() : await fakePng(w, h, key)).toString('base64');

  const fake = (await startFakeServer(async (req, res) => {
    if (opts.auth) {
      const expected = `Basic ${Buffer.from(`${opts.auth.user}:${opts.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        res.setHeader('www-authenticate', 'Basic');
        return sendJson(res, 401, { detail: 'Incorrect username or password' });
      }
    }
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /sdapi/v1/progress') {
      if (!job)
        return sendJson(res, 200, {
          progress: 0,
          eta_relative: 0,
          state: { skipped: false, interrupted: false, job: '', job_count: 0, job_timestamp: '0', job_no: 0, sampling_step: 0, sampling_steps: 0 },
          current_image: null,
          textinfo: null,
        });
      job.step = Math.min(job.steps, job.step + 1);
      const progress = job.step / job.steps;
      progressAnswers.push(progress);
      sendJson(res, 200, {
        progress,
        eta_relative: (job.steps - job.step) * 0.5,
        state: {
          skipped: false,
          interrupted: job.interrupted,
          job: 'txt2img',
          job_count: 1,
          job_timestamp: '20260101000000',
          job_no: 0,
          sampling_step: job.step,
          sampling_steps: job.steps,
        },
        current_image: null,
        textinfo: null,
      });
      if (job.step >= job.steps && mode !== 'hang') job.release();
      return;
    }
    if (route === 'POST /sdapi/v1/interrupt') {
      if (job) {
        job.interrupted = true;
        job.release();
      }
      return sendJson(res, 200, {});
    }
    if (route === 'GET /sdapi/v1/sd-models') {
      const files = opts.checkpoints ?? ['sd_xl_base_1.0.safetensors'];
      return sendJson(
        res,
        200,
        files.map((file, i) => {
          const hash = (0x31e35c80fc + i).toString(16);
          return { title: `${file} [${hash}]`, model_name: file.replace(/\.safetensors$/, ''), hash, sha256: '', filename: `/models/${file}`, config: null };
        }),
      );
    }
    if (route === 'GET /controlnet/model_list') {
      if (opts.controlnetModels === null) return sendJson(res, 404, { detail: 'Not Found' });
      return sendJson(res, 200, {
        model_list: opts.controlnetModels ?? ['control_v11p_sd15_scribble [d4ba51ff]', 't2i-adapter_diffusers_xl_sketch [fa4e5d1b]'],
      });
    }
    if (route === 'POST /sdapi/v1/txt2img' || route === 'POST /sdapi/v1/img2img') {
      const b = (req.json ?? {}) as Record<string, unknown>;
      const bad = (['prompt', 'negative_prompt'] as const).filter((k) => b[k] !== undefined && typeof b[k] !== 'string');
      if (bad.length) return sendJson(res, 422, { detail: bad.map((k) => ({ loc: ['body', k], msg: 'str type expected', type: 'type_error.str' })) });
      if (req.path.endsWith('img2img') && !Array.isArray(b.init_images))
        return sendJson(res, 422, { detail: [{ loc: ['body', 'init_images'], msg: 'field required', type: 'value_error.missing' }] });
      const steps = Number(b.steps ?? 20);
      if (polls > 0 || mode === 'hang') {
        await new Promise<void>((release) => (job = { step: 0, steps: mode === 'hang' ? 1000 : polls, release, interrupted: false }));
      }
      const interrupted = job?.interrupted ?? false;
      job = undefined;
      if (mode === 'error')
        return sendJson(res, 500, { error: 'OutOfMemoryError', detail: '', body: '', errors: 'CUDA out of memory. Tried to allocate 2.00 GiB' });
      const width = Number(b.width ?? 512);
      const height = Number(b.height ?? 512);
      const seed = Number(b.seed ?? -1) + (opts.seedOffset ?? 0);
      const count = Number(b.batch_size ?? 1) * Number(b.n_iter ?? 1);
      const images: string[] = [];
      for (let i = 0; i < count; i++) images.push(await picture(width, height, `${String(b.prompt)}|${seed + i}`));
      const cn = (b.alwayson_scripts as { controlnet?: { args?: { enabled?: boolean; image?: string }[] } } | undefined)?.controlnet?.args?.[0];
      if (cn?.enabled !== false && cn?.image) images.push((await fakePng(width, height, 'detected map')).toString('base64'));
      return sendJson(res, 200, {
        images,
        parameters: { ...b, steps },
        info: JSON.stringify({ prompt: b.prompt, seed, all_seeds: images.map((_, i) => seed + i), interrupted }),
      });
    }
    sendJson(res, 404, { detail: 'Not Found' });
  })) as A1111Fake;
  fake.progressAnswers = progressAnswers;
  const close = fake.close;
  fake.close = async () => {
    job?.release();
    await close();
  };
  return fake;
}
