/**
 * ComfyUI adapter, with workflows at the showcase's settings (remote/showcase.ts): SDXL +
 * T2I-Adapter-sketch over PiDiNet lines for sketches, the SDXL inpainting model for refining.
 * Each variation is its own job with its own seed (seed + i), so it can be made again.
 * One picture job = upload inputs (`POST /upload/image`, `/upload/mask`),
 * open the `/ws?clientId=` websocket, queue the filled workflow (`POST /prompt` with our own
 * `prompt_id` and `client_id`), follow `progress` / `executing` (node null = done) /
 * `execution_error` / `execution_interrupted`, then read `GET /history/{id}` and fetch each
 * output with `GET /view`. Cancel sends `POST /interrupt` (and drops the prompt from the queue
 * if it had not started). Health: `GET /system_stats` + `GET /object_info`, naming missing node
 * types and models.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { RgbaImage } from '../../engines/core/index.ts';
import type { BackendHealth, BackendProgress, GenerateRequest, ImageBackend, InpaintRequest } from '../image-backend.ts';
import { abortError, BackendResponseError, BackendUnavailableError, createHttp } from '../remote/http.ts';
import { checkedImage, compositeInpaint, DEFAULT_IMAGE_LIMITS, pngFromRgba, REMOTE_STYLES, styledPrompt, transparentWherePainted } from '../remote/image-io.ts';
import type { ImageLimits } from '../remote/image-io.ts';
import { isLoopback } from '../remote/loopback.ts';
import { SHOWCASE } from '../remote/showcase.ts';
import { builtinWorkflow, fillWorkflow, workflowProblems } from './workflow.ts';
import type { ComfyNode, ComfyWorkflow, SlotValues, WorkflowKind } from './workflow.ts';

export interface ComfyUiOptions {
  /** e.g. `http://gpu.local:8188` (userinfo = basic auth for a proxy in front). */
  url: string;
  user?: string;
  password?: string;
  /** Checkpoint file name for {{checkpoint}} (default: SDXL base, as in the showcase). */
  checkpoint?: string;
  /** T2I-Adapter / ControlNet file name for {{controlnet}} (default: TencentARC's SDXL sketch adapter). */
  controlnet?: string;
  /** Inpainting checkpoint for {{inpaintmodel}} (default: the SDXL inpainting model). */
  inpaintCheckpoint?: string;
  /** Steps and guidance for words and sketches (default 30 and 8, remote/showcase.ts). */
  steps?: number;
  cfg?: number;
  /** Guidance and strength (denoise) for inpainting (default 9 and 0.7). */
  inpaintCfg?: number;
  inpaintStrength?: number;
  /** The clinic's own templates (see workflow.ts); the shipped ones otherwise. */
  workflows?: Partial<Record<WorkflowKind, ComfyWorkflow>>;
  limits?: ImageLimits;
  /** Whether the server is off this machine (default: unless the host is loopback). */
  external?: boolean;
}

interface UploadResult {
  name: string;
  subfolder?: string;
  type?: string;
}
interface HistoryImage {
  filename: string;
  subfolder: string;
  type: string;
}
type History = Record<string, { outputs?: Record<string, { images?: HistoryImage[] }>; status?: { status_str?: string; completed?: boolean } }>;
interface WsMessage {
  type: string;
  data?: { prompt_id?: string; node?: string | null; value?: number; max?: number; exception_message?: string; node_type?: string };
}

export function createComfyUiBackend(opts: ComfyUiOptions): ImageBackend {
  const http = createHttp({ url: opts.url, user: opts.user, password: opts.password });
  const origin = http.origin;
  const limits = opts.limits ?? DEFAULT_IMAGE_LIMITS;
  const workflows: Record<WorkflowKind, ComfyWorkflow> = {
    generate: opts.workflows?.generate ?? builtinWorkflow('generate'),
    sketch: opts.workflows?.sketch ?? builtinWorkflow('sketch'),
    inpaint: opts.workflows?.inpaint ?? builtinWorkflow('inpaint'),
  };
  const base: SlotValues = {
    checkpoint: opts.checkpoint ?? SHOWCASE.comfyui.checkpoint,
    controlnet: opts.controlnet ?? SHOWCASE.comfyui.adapter,
    inpaintmodel: opts.inpaintCheckpoint ?? SHOWCASE.comfyui.inpaintCheckpoint,
    steps: opts.steps ?? SHOWCASE.steps,
    cfg: opts.cfg ?? SHOWCASE.guidance,
  };
  const inpaintValues: SlotValues = { cfg: opts.inpaintCfg ?? SHOWCASE.inpaint.guidance, denoise: opts.inpaintStrength ?? SHOWCASE.inpaint.strength };

  function checked(kind: WorkflowKind): ComfyWorkflow {
    const problems = workflowProblems(workflows[kind], kind);
    if (problems.length) throw new BackendResponseError(problems.join(' '));
    return workflows[kind];
  }

  async function upload(png: Buffer, name: string, signal?: AbortSignal, originalRef?: UploadResult): Promise<string> {
    const form = new FormData();
    form.set('image', new Blob([new Uint8Array(png)], { type: 'image/png' }), name);
    form.set('type', 'input');
    form.set('overwrite', 'true');
    if (originalRef)
      form.set('original_ref', JSON.stringify({ filename: originalRef.name, subfolder: originalRef.subfolder ?? '', type: originalRef.type ?? 'input' }));
    const r = await http.form<UploadResult>(originalRef ? '/upload/mask' : '/upload/image', form, { signal });
    if (typeof r?.name !== 'string') throw new BackendResponseError(`ComfyUI at ${origin} did not accept the uploaded picture.`);
    return r.subfolder ? `${r.subfolder}/${r.name}` : r.name;
  }

  function openSocket(clientId: string, signal?: AbortSignal): Promise<WebSocket> {
    const wsUrl = http.url(`/ws?clientId=${encodeURIComponent(clientId)}`).replace(/^http/, 'ws');
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl, { headers: http.headers() });
      const onAbort = (): void => {
        ws.terminate();
        reject(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      ws.once('open', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(ws);
      });
      ws.once('error', (e) => {
        signal?.removeEventListener('abort', onAbort);
        reject(Object.assign(new BackendUnavailableError(origin), { cause: e }));
      });
    });
  }

  /** Resolves when ComfyUI reports the prompt finished; rejects on error, interrupt, abort or a dropped socket. */
  function follow(ws: WebSocket, graph: Record<string, ComfyNode>, ownId: string, signal: AbortSignal | undefined, onProgress: BackendProgress | undefined) {
    let target = '';
    const seen: WsMessage[] = [];
    let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    let finished = false;
    const finish = (e?: Error): void => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      if (e) settle!.reject(e);
      else settle!.resolve();
    };
    const handle = (m: WsMessage): void => {
      const d = m.data ?? {};
      if (d.prompt_id !== target) return;
      if (m.type === 'execution_start') onProgress?.(0.05, 'started');
      else if (m.type === 'executing' && d.node === null) {
        onProgress?.(0.92, 'fetching the picture');
        finish();
      } else if (m.type === 'executing' && d.node) onProgress?.(0.05, graph[d.node]?.class_type ?? 'working');
      else if (m.type === 'progress' && typeof d.value === 'number' && typeof d.max === 'number' && d.max > 0)
        onProgress?.(0.05 + 0.85 * Math.min(1, d.value / d.max), 'painting');
      else if (m.type === 'execution_error')
        finish(
          new BackendResponseError(
            `ComfyUI at ${origin} could not finish the picture${d.node_type ? ` (${d.node_type})` : ''}: ${String(d.exception_message ?? 'unknown error')
              .trim()
              .slice(0, 300)}`,
          ),
        );
      else if (m.type === 'execution_interrupted')
        finish(
          signal?.aborted ? abortError(signal) : new BackendResponseError(`ComfyUI at ${origin} stopped the picture (someone pressed cancel on the server).`),
        );
    };
    ws.on('message', (raw, isBinary) => {
      if (isBinary) return; // preview frames
      let m: WsMessage;
      try {
        m = JSON.parse(raw.toString()) as WsMessage;
      } catch {
        return;
      }
      seen.push(m);
      if (target) handle(m);
    });
    ws.on('close', () => finish(new BackendUnavailableError(origin)));
    const onAbort = (): void => {
      void interrupt(target || ownId);
      finish(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    return {
      done,
      /** Starts matching messages for `id` (also those that arrived before the POST answered). */
      track(id: string) {
        target = id;
        for (const m of seen) if (!finished) handle(m);
      },
    };
  }

  async function interrupt(promptId: string): Promise<void> {
    // Best effort, never retried: stop it if running, drop it if still queued.
    await http.json('POST', '/interrupt', { prompt_id: promptId }).catch(() => undefined);
    await http.json('POST', '/queue', { delete: [promptId] }).catch(() => undefined);
  }

  async function run(
    kind: WorkflowKind,
    values: SlotValues,
    size: { width: number; height: number },
    signal?: AbortSignal,
    onProgress?: BackendProgress,
  ): Promise<RgbaImage[]> {
    const wf = checked(kind);
    const graph = fillWorkflow(wf, { ...base, ...values });
    const clientId = randomUUID();
    const promptId = randomUUID();
    const ws = await openSocket(clientId, signal);
    try {
      const f = follow(ws, graph, promptId, signal, onProgress);
      f.done.catch(() => undefined);
      if (signal?.aborted) throw abortError(signal);
      const res = await http.json<{ prompt_id?: string; node_errors?: Record<string, unknown> }>(
        'POST',
        '/prompt',
        { prompt: graph, client_id: clientId, prompt_id: promptId },
        { signal },
      );
      // Servers older than 2024 ignore our id and pick their own.
      const id = typeof res.prompt_id === 'string' ? res.prompt_id : promptId;
      if (signal?.aborted) throw abortError(signal);
      f.track(id);
      onProgress?.(0.02, 'queued');
      await f.done;
      const history = await http.json<History>('GET', `/history/${encodeURIComponent(id)}`, undefined, { signal });
      const entry = history[id];
      const images = entry?.outputs?.[wf.output]?.images ?? [];
      if (images.length === 0)
        throw new BackendResponseError(
          `ComfyUI at ${origin} finished without a picture from node ${wf.output}${entry?.status?.status_str ? ` (${entry.status.status_str})` : ''}.`,
        );
      const out: RgbaImage[] = [];
      for (const img of images) {
        const q = new URLSearchParams({ filename: img.filename, subfolder: img.subfolder ?? '', type: img.type ?? 'output' });
        out.push(await checkedImage(await http.bytes(`/view?${q}`, { signal, maxBytes: limits.maxBytes }), origin, size, limits));
      }
      return out;
    } finally {
      ws.terminate();
    }
  }

  return {
    capabilities: {
      id: 'comfyui',
      label: `ComfyUI at ${origin}`,
      external: opts.external ?? !isLoopback(origin),
      styles: REMOTE_STYLES,
      maxSize: 2048,
      sketch: true,
      inpaint: true,
    },

    async generate(req: GenerateRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage[]> {
      if (signal?.aborted) throw abortError(signal);
      const values: SlotValues = { prompt: styledPrompt(req.prompt, req.style), negative: req.negativePrompt, width: req.width, height: req.height, batch: 1 };
      let kind: WorkflowKind = 'generate';
      if (req.sketch) {
        kind = 'sketch';
        values.sketch = await upload(await pngFromRgba(req.sketch), `hearth-sketch-${randomUUID()}.png`, signal);
        values.strength = Math.round(req.sketchStrength * 1000) / 1000;
      }
      // One job per variation, variation i with seed + i (the seed the studio stores with it),
      // so each can be made again on its own: a batch shares one seed and cannot.
      const out: RgbaImage[] = [];
      for (let i = 0; i < req.count; i++) {
        const part = onProgress && ((f: number, stage: string) => onProgress((i + f) / req.count, stage));
        const imgs = await run(kind, { ...values, seed: req.seed + i }, req, signal, part);
        if (imgs.length < 1) throw new BackendResponseError(`ComfyUI at ${origin} returned no picture for variation ${i + 1}.`);
        out.push(imgs[0]!);
      }
      return out;
    },

    async inpaint(req: InpaintRequest, signal?: AbortSignal, onProgress?: BackendProgress): Promise<RgbaImage> {
      if (signal?.aborted) throw abortError(signal);
      const size = { width: req.image.width, height: req.image.height };
      const name = `hearth-inpaint-${randomUUID()}.png`;
      const picture = await upload(await pngFromRgba(req.image), name, signal);
      const withMask = await upload(await transparentWherePainted(req.image, req.mask), `hearth-mask-${randomUUID()}.png`, signal, {
        name: picture,
        type: 'input',
      });
      const values: SlotValues = {
        ...inpaintValues,
        prompt: styledPrompt(req.prompt, req.style),
        negative: req.negativePrompt,
        seed: req.seed,
        image: withMask,
        grow: Math.max(0, Math.round(req.feather)),
      };
      const [img] = await run('inpaint', values, size, signal, onProgress);
      return compositeInpaint(req.image, img!, req.mask, req.feather);
    },

    async health(): Promise<BackendHealth> {
      try {
        const stats = await http.json<{ system?: { comfyui_version?: string }; devices?: { name?: string }[] }>('GET', '/system_stats');
        const info = await http.json<Record<string, { input?: { required?: Record<string, unknown[]> } }>>('GET', '/object_info');
        const problems = (['generate', 'sketch', 'inpaint'] as const).flatMap((k) => workflowProblems(workflows[k], k));
        const missingNodes = new Set<string>();
        const missingModels = new Set<string>();
        for (const kind of ['generate', 'sketch', 'inpaint'] as const) {
          const graph = fillWorkflow(workflows[kind], kind === 'inpaint' ? { ...base, ...inpaintValues } : base);
          for (const node of Object.values(graph)) {
            const spec = info[node.class_type];
            if (!spec) {
              missingNodes.add(node.class_type);
              continue;
            }
            for (const [name, value] of Object.entries(node.inputs)) {
              const choices = comboChoices(spec.input?.required?.[name]);
              if (typeof value === 'string' && value !== '' && choices && node.class_type !== 'LoadImage' && !choices.includes(value))
                missingModels.add(`${value} (${node.class_type}.${name})`);
            }
          }
        }
        if (missingNodes.size) problems.push(`ComfyUI at ${origin} is missing node types: ${[...missingNodes].join(', ')}.`);
        if (missingModels.size) problems.push(`ComfyUI at ${origin} does not have: ${[...missingModels].join(', ')}.`);
        if (problems.length) return { ok: false, message: problems.join(' ') };
        const device = stats.devices?.[0]?.name;
        return {
          ok: true,
          message: `ComfyUI${stats.system?.comfyui_version ? ` ${stats.system.comfyui_version}` : ''} at ${origin} is ready${device ? ` (${device})` : ''}.`,
        };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    },
  };
}

/** The allowed values of a combo input: `[[a, b]]` (classic) or `["COMBO", {options: [a, b]}]` (2025+). */
function comboChoices(spec: unknown[] | undefined): string[] | undefined {
  if (!Array.isArray(spec)) return undefined;
  if (Array.isArray(spec[0])) return spec[0] as string[];
  if (spec[0] === 'COMBO' && spec[1] && typeof spec[1] === 'object' && Array.isArray((spec[1] as { options?: unknown }).options))
    return (spec[1] as { options: string[] }).options;
  return undefined;
}
