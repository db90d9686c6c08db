/**
 * AUTOMATIC1111 / Forge adapter (`--api`, optionally `--api-auth user:pass`), at the
 * showcase's settings (remote/showcase.ts): 30 steps, guidance 8; inpainting strength 0.7,
 * guidance 9.
 * Generate: `POST /sdapi/v1/txt2img`, one request per variation with its own seed (seed + i,
 * checked against the `all_seeds` the server reports), so each can be made again; with a
 * sketch, the ControlNet extension's unit in `alwayson_scripts.controlnet.args` (PiDiNet
 * sketch preprocessor `t2ia_sketch_pidi` + the SDXL T2I-Adapter-sketch, weight = the client's
 * strength, default 0.7). Inpaint: `POST /sdapi/v1/img2img` with `init_images`, `mask`
 * (white = repaint), `mask_blur`, `inpainting_fill`, `denoising_strength`, and the inpainting
 * checkpoint through `override_settings` when one is configured. Progress: `GET /sdapi/v1/progress` polled
 * while the request runs. Cancel: `POST /sdapi/v1/interrupt`. The server runs one job at a time,
 * so its queue concurrency should stay 1.
 */
import type { RgbaImage } from '../../engines/core/index.ts';
import type { BackendHealth, BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from '../image-backend.ts';
import { abortError, BackendImageError, BackendResponseError, createHttp, sizeText } from '../remote/http.ts';
import { checkedImage, compositeInpaint, DEFAULT_IMAGE_LIMITS, maskPng, pngFromRgba, REMOTE_STYLES, styledPrompt } from '../remote/image-io.ts';
import type { ImageLimits } from '../remote/image-io.ts';
import { isLoopback } from '../remote/loopback.ts';
import { SHOWCASE } from '../remote/showcase.ts';

export interface A1111Options {
  url: string;
  user?: string;
  password?: string;
  sampler?: string;
  /** Checkpoint for words and sketches (`sd_model_checkpoint`, e.g. sd_xl_base_1.0); the loaded one when unset. */
  checkpoint?: string;
  steps?: number;
  cfg?: number;
  /** ControlNet preprocessor for the sketch (default `t2ia_sketch_pidi`; `scribble_pidinet` for scribble ControlNets). */
  controlnetModule?: string;
  /** ControlNet / T2I-Adapter model as `/controlnet/model_list` lists it (the name without its hash matches too). */
  controlnetModel?: string;
  /** How much of the masked area is repainted, 0..1 (default 0.7). */
  denoisingStrength?: number;
  /** Guidance for inpainting (default 9). */
  inpaintCfg?: number;
  /** Checkpoint for inpainting (`sd_model_checkpoint`), e.g. an SDXL inpainting model; the loaded one when unset. */
  inpaintCheckpoint?: string;
  /** Progress poll interval (ms). */
  pollMs?: number;
  limits?: ImageLimits;
  external?: boolean;
}

interface GenerationResponse {
  images?: string[];
  parameters?: unknown;
  info?: string;
}
interface ProgressResponse {
  progress?: number;
  eta_relative?: number;
  state?: { job_count?: number; sampling_step?: number; sampling_steps?: number };
}

export function createA1111Backend(opts: A1111Options): ImageBackend {
  const http = createHttp({ url: opts.url, user: opts.user, password: opts.password });
  const origin = http.origin;
  const limits = opts.limits ?? DEFAULT_IMAGE_LIMITS;
  const common = {
    sampler_name: opts.sampler ?? 'Euler a',
    steps: opts.steps ?? SHOWCASE.steps,
    cfg_scale: opts.cfg ?? SHOWCASE.guidance,
    send_images: true,
    save_images: false,
  };
  const cnModel = opts.controlnetModel ?? SHOWCASE.a1111.model;

  /** Runs one POST while polling progress; on cancel tells the server to stop. */
  async function call(
    path: string,
    body: Record<string, unknown>,
    signal?: AbortSignal,
    onProgress?: BackendProgress,
  ): Promise<GenerationResponse & { images: string[] }> {
    if (signal?.aborted) throw abortError(signal);
    let running = true;
    const onAbort = (): void => void http.json('POST', '/sdapi/v1/interrupt', {}).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const poll = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
        if (!running) break;
        const p = await http.json<ProgressResponse>('GET', '/sdapi/v1/progress?skip_current_image=true', undefined, { retry: false }).catch(() => undefined);
        if (running && p && typeof p.progress === 'number' && p.progress > 0) onProgress?.(0.95 * Math.min(1, p.progress), 'painting');
      }
    })();
    try {
      const res = await http.json<GenerationResponse>('POST', path, body, { signal });
      if (!Array.isArray(res.images) || res.images.length === 0) throw new BackendResponseError(`The image server at ${origin} answered without a picture.`);
      return res as GenerationResponse & { images: string[] };
    } finally {
      running = false;
      signal?.removeEventListener('abort', onAbort);
      await poll;
    }
  }

  const decode = (b64: string, size: { width: number; height: number }): Promise<RgbaImage> => {
    if (b64.length > Math.ceil(limits.maxBytes / 3) * 4 + 64)
      throw new BackendImageError(
        `The image server at ${origin} returned a picture of ${sizeText(b64.length * 0.75)}, larger than Hearth accepts; it was not used.`,
      );
    return checkedImage(Buffer.from(b64.replace(/^data:image\/\w+;base64,/, ''), 'base64'), origin, size, limits);
  };

  return {
    capabilities: {
      id: 'a1111',
      label: `AUTOMATIC1111 at ${origin}`,
      external: opts.external ?? !isLoopback(origin),
      styles: REMOTE_STYLES,
      maxSize: 2048,
      sketch: true,
      inpaint: true,
    },

    async generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]> {
      const body: Record<string, unknown> = {
        ...common,
        prompt: styledPrompt(req.prompt, req.style),
        negative_prompt: req.negativePrompt,
        width: req.width,
        height: req.height,
        batch_size: 1,
        n_iter: 1,
      };
      if (opts.checkpoint) {
        body.override_settings = { sd_model_checkpoint: opts.checkpoint };
        body.override_settings_restore_afterwards = true;
      }
      if (req.sketch) {
        const unit = {
          enabled: true,
          image: (await pngFromRgba(req.sketch)).toString('base64'),
          module: opts.controlnetModule ?? SHOWCASE.a1111.module,
          model: cnModel,
          weight: Math.round(req.sketchStrength * 1000) / 1000,
          resize_mode: 'Crop and Resize',
          processor_res: SHOWCASE.lineResolution,
          guidance_start: 0,
          guidance_end: 1,
          control_mode: 'Balanced',
          pixel_perfect: true,
        };
        body.alwayson_scripts = { controlnet: { args: [unit] } };
      }
      // One request per variation with seed + i (the seed the studio stores with it); the
      // ControlNet extension appends its detected map after the picture.
      const out: RgbaImage[] = [];
      for (let i = 0; i < req.count; i++) {
        const seed = req.seed + i;
        const part = onProgress && ((f: number, stage: string) => onProgress((i + f) / req.count, stage));
        const res = await call('/sdapi/v1/txt2img', { ...body, seed }, signal, part);
        const used = usedSeed(res.info);
        if (used !== undefined && used !== seed)
          throw new BackendResponseError(
            `The image server at ${origin} used seed ${used} instead of ${seed}, so the picture could not be made again; it was not used.`,
          );
        out.push(await decode(res.images[0]!, req));
      }
      return out;
    },

    async inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage> {
      const size = { width: req.image.width, height: req.image.height };
      const body: Record<string, unknown> = {
        ...common,
        cfg_scale: opts.inpaintCfg ?? SHOWCASE.inpaint.guidance,
        prompt: styledPrompt(req.prompt, req.style),
        negative_prompt: req.negativePrompt,
        seed: req.seed,
        width: size.width,
        height: size.height,
        batch_size: 1,
        n_iter: 1,
        init_images: [(await pngFromRgba(req.image)).toString('base64')],
        mask: (await maskPng(req.mask)).toString('base64'),
        mask_blur: Math.max(0, Math.round(req.feather)),
        inpainting_fill: 1,
        inpaint_full_res: false,
        inpainting_mask_invert: 0,
        denoising_strength: opts.denoisingStrength ?? SHOWCASE.inpaint.strength,
        resize_mode: 0,
      };
      if (opts.inpaintCheckpoint) {
        body.override_settings = { sd_model_checkpoint: opts.inpaintCheckpoint };
        body.override_settings_restore_afterwards = true;
      }
      const res = await call('/sdapi/v1/img2img', body, signal, onProgress);
      return compositeInpaint(req.image, await decode(res.images[0]!, size), req.mask, req.feather);
    },

    async health(): Promise<BackendHealth> {
      try {
        const models = await http.json<{ title?: string; model_name?: string }[]>('GET', '/sdapi/v1/sd-models');
        if (!Array.isArray(models) || models.length === 0)
          return { ok: false, message: `The image server at ${origin} has no Stable Diffusion model installed.` };
        const cn = await http.json<{ model_list?: string[] }>('GET', '/controlnet/model_list').catch(() => undefined);
        if (!cn) return { ok: false, message: `The image server at ${origin} does not have the ControlNet extension, which sketches need.` };
        const wanted = cnModel.toLowerCase();
        if (!cn.model_list?.some((m) => m.toLowerCase() === wanted || m.toLowerCase().startsWith(`${wanted} [`)))
          return { ok: false, message: `The image server at ${origin} does not have the ControlNet model ${cnModel}.` };
        const has = (name: string) => models.some((m) => m.title === name || m.title?.startsWith(`${name} [`) || m.model_name === name);
        if (opts.checkpoint && !has(opts.checkpoint))
          return { ok: false, message: `The image server at ${origin} does not have the checkpoint ${opts.checkpoint}.` };
        if (
          opts.inpaintCheckpoint &&
          !models.some(
            (m) => m.title === opts.inpaintCheckpoint || m.title?.startsWith(`${opts.inpaintCheckpoint} [`) || m.model_name === opts.inpaintCheckpoint,
          )
        )
          return { ok: false, message: `The image server at ${origin} does not have the inpainting model ${opts.inpaintCheckpoint}.` };
        return { ok: true, message: `AUTOMATIC1111 at ${origin} is ready (${models.length} model${models.length === 1 ? '' : 's'}).` };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    },
  };
}

/** The seed the server reports it used (`info.seed`, A1111's JSON string), if it says. */
function usedSeed(info: string | undefined): number | undefined {
  if (typeof info !== 'string') return undefined;
  try {
    const parsed = JSON.parse(info) as { seed?: unknown; all_seeds?: unknown };
    const s = Array.isArray(parsed.all_seeds) ? parsed.all_seeds[0] : parsed.seed;
    return typeof s === 'number' ? s : undefined;
  } catch {
    return undefined;
  }
}
