/**
 * OpenAI-compatible images adapter (OpenAI itself, or LocalAI and similar servers).
 * Words only: `POST /v1/images/generations` (JSON: model, prompt, n, size, response_format
 * b64_json). With a sketch: `POST /v1/images/edits` with the drawing as `image` (the model takes
 * it as the reference to follow). Inpaint: `/v1/images/edits` with `image` and `mask` (a PNG
 * whose transparent pixels are the part to repaint). These APIs take no seed or negative
 * prompt, so the words to leave out are added to the prompt; the API key comes from
 * configuration (CLI: HEARTH_OPENAI_API_KEY).
 */
import type { RgbaImage } from '../../engines/core/index.ts';
import type { BackendHealth, BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from '../image-backend.ts';
import { abortError, BackendImageError, BackendResponseError, createHttp } from '../remote/http.ts';
import { checkedImage, compositeInpaint, DEFAULT_IMAGE_LIMITS, pngFromRgba, REMOTE_STYLES, styledPrompt, transparentWherePainted } from '../remote/image-io.ts';
import type { ImageLimits } from '../remote/image-io.ts';
import { isLoopback } from '../remote/loopback.ts';

export interface OpenAiImagesOptions {
  /** Base URL without `/v1`, e.g. `https://api.openai.com`. */
  url: string;
  apiKey?: string;
  /** Default `dall-e-2` (the model that takes masks with response_format b64_json). */
  model?: string;
  limits?: ImageLimits;
  external?: boolean;
}

interface ImagesResponse {
  data?: { b64_json?: string }[];
}

export function createOpenAiImagesBackend(opts: OpenAiImagesOptions): ImageBackend {
  const http = createHttp({ url: opts.url, headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {} });
  const origin = http.origin;
  const limits = opts.limits ?? DEFAULT_IMAGE_LIMITS;
  const model = opts.model ?? 'dall-e-2';

  const words = (prompt: string, negative: string, style: string): string =>
    styledPrompt(prompt, style) + (negative.trim() ? `. Leave out: ${negative.trim()}` : '');

  async function pictures(res: ImagesResponse, n: number, size: { width: number; height: number }): Promise<RgbaImage[]> {
    const data = res.data ?? [];
    if (data.length < n) throw new BackendResponseError(`The image server at ${origin} returned ${data.length} pictures instead of ${n}.`);
    const out: RgbaImage[] = [];
    for (const d of data.slice(0, n)) {
      if (typeof d.b64_json !== 'string') throw new BackendResponseError(`The image server at ${origin} did not send the picture itself (b64_json).`);
      if (d.b64_json.length > Math.ceil(limits.maxBytes / 3) * 4 + 64)
        throw new BackendImageError(`The image server at ${origin} returned a picture larger than Hearth accepts; it was not used.`);
      out.push(await checkedImage(Buffer.from(d.b64_json, 'base64'), origin, size, limits));
    }
    return out;
  }

  const file = (png: Buffer, name: string): Blob => new File([new Uint8Array(png)], name, { type: 'image/png' });

  return {
    capabilities: {
      id: 'openai',
      label: `OpenAI-compatible images at ${origin}`,
      external: opts.external ?? !isLoopback(origin),
      styles: REMOTE_STYLES,
      maxSize: 1024,
      sketch: true,
      inpaint: true,
    },

    async generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]> {
      if (signal?.aborted) throw abortError(signal);
      const size = `${req.width}x${req.height}`;
      onProgress?.(0.05, 'sent to the image server');
      let res: ImagesResponse;
      if (req.sketch) {
        const follow =
          req.sketchStrength >= 0.67
            ? 'Follow the lines of this drawing closely'
            : req.sketchStrength >= 0.34
              ? 'Use this drawing as the layout'
              : 'Take loose inspiration from this drawing';
        const form = new FormData();
        form.set('image', file(await pngFromRgba(req.sketch), 'sketch.png'));
        form.set('prompt', `${follow}: ${words(req.prompt, req.negativePrompt, req.style)}`);
        form.set('model', model);
        form.set('n', String(req.count));
        form.set('size', size);
        form.set('response_format', 'b64_json');
        res = await http.form<ImagesResponse>('/v1/images/edits', form, { signal });
      } else {
        res = await http.json<ImagesResponse>(
          'POST',
          '/v1/images/generations',
          { model, prompt: words(req.prompt, req.negativePrompt, req.style), n: req.count, size, response_format: 'b64_json' },
          { signal },
        );
      }
      onProgress?.(0.9, 'checking the pictures');
      return pictures(res, req.count, req);
    },

    async inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage> {
      if (signal?.aborted) throw abortError(signal);
      const size = { width: req.image.width, height: req.image.height };
      const form = new FormData();
      form.set('image', file(await pngFromRgba(req.image), 'image.png'));
      form.set('mask', file(await transparentWherePainted(req.image, req.mask), 'mask.png'));
      form.set('prompt', words(req.prompt, req.negativePrompt, req.style));
      form.set('model', model);
      form.set('n', '1');
      form.set('size', `${size.width}x${size.height}`);
      form.set('response_format', 'b64_json');
      onProgress?.(0.05, 'sent to the image server');
      const [img] = await pictures(await http.form<ImagesResponse>('/v1/images/edits', form, { signal }), 1, size);
      return compositeInpaint(req.image, img!, req.mask, req.feather);
    },

    async health(): Promise<BackendHealth> {
      try {
        const list = await http.json<{ data?: { id?: string }[] }>('GET', '/v1/models');
        const ids = (list.data ?? []).map((m) => m.id);
        if (!ids.includes(model)) return { ok: false, message: `The image server at ${origin} does not offer the model ${model}.` };
        return { ok: true, message: `The image server at ${origin} is ready (${model}).` };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    },
  };
}
