/**
 * A protocol-faithful fake ComfyUI for tests (127.0.0.1, random port, records every request).
 *
 * Checked against comfyanonymous/ComfyUI `server.py` (routes: POST /prompt → {prompt_id, number,
 * node_errors} or 400 {error, node_errors}; newer servers take the caller's `prompt_id`; GET
 * /history/{id} → {id: {prompt, outputs: {node: {images: [{filename, subfolder, type}]}},
 * status}}; GET /view?filename&subfolder&type; POST /upload/image multipart `image`,
 * `overwrite`, `type` → {name, subfolder, type}; POST /upload/mask with `original_ref` JSON,
 * whose alpha channel is copied onto the original; POST /interrupt; POST /queue {delete};
 * GET /system_stats {system, devices}; GET /object_info {class: {input: {required}, …}}; the
 * `/ws?clientId=` socket sending `status` (with `sid` on connect)) and `execution.py` / `main.py`
 * (messages `execution_start`, `execution_cached`, `executing` {node} with node null when done,
 * `progress` {value, max, prompt_id, node}, `executed` {node, output}, `execution_error`
 * {exception_message, exception_type, node_type, …}, `execution_interrupted`). Written from
 * those descriptions; no ComfyUI code is copied.
 *
 * Output pictures are deterministic: fakePng(width, height, `${positive text}|${seed}|${batch index}`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import sharp from 'sharp';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { FakeMode, FakeServer, RecordedFile } from './fake-kit.ts';
import { CORRUPT_BYTES, fakePng, hugePng, sendBytes, sendJson, startFakeServer } from './fake-kit.ts';

export interface ComfyUiFakeOptions {
  mode?: FakeMode;
  /** Node types the server knows (default: everything Hearth's workflows use). */
  nodeTypes?: string[];
  checkpoints?: string[];
  controlnets?: string[];
  /** Honour the caller's prompt_id (ComfyUI ≥ 2024); false = pick its own like older servers. */
  acceptsPromptId?: boolean;
  /**
   * Stop sampling after this step until `release()` (or /interrupt), so a test can watch a job
   * part-way through without timing anything. 0 = never pause. Hearth queues one job per
   * variation: after a release, later jobs with the same words (the other variations of that
   * request) run without pausing.
   */
  pauseAtStep?: number;
}

export interface ComfyUiFake extends FakeServer {
  /** Every websocket message sent, per client id. */
  sent: Map<string, { type: string; data: Record<string, unknown> }[]>;
  /** Files stored by uploads, by name. */
  inputs: Map<string, Buffer>;
  options: Required<ComfyUiFakeOptions>;
  /** Lets a paused job (pauseAtStep) go on, and the other variations of its request with it. */
  release(): void;
  /** Resolves once a job has reached pauseAtStep. */
  paused(): Promise<void>;
}

const ALL_NODES = [
  'CheckpointLoaderSimple',
  'CLIPTextEncode',
  'EmptyLatentImage',
  'KSampler',
  'VAEDecode',
  'SaveImage',
  'LoadImage',
  'PiDiNetPreprocessor',
  'ControlNetLoader',
  'ControlNetApplyAdvanced',
  'VAEEncodeForInpaint',
  'GrowMask',
  'InpaintModelConditioning',
];

interface Node {
  class_type: string;
  inputs: Record<string, unknown>;
}

export async function startComfyUiFake(opts: ComfyUiFakeOptions = {}): Promise<ComfyUiFake> {
  const options: Required<ComfyUiFakeOptions> = {
    mode: opts.mode ?? 'ok',
    nodeTypes: opts.nodeTypes ?? ALL_NODES,
    checkpoints: opts.checkpoints ?? ['sd_xl_base_1.0.safetensors', 'sd_xl_base_1.0_inpainting_0.1.safetensors'],
    controlnets: opts.controlnets ?? ['t2i-adapter-sketch-sdxl-1.0.safetensors'],
    acceptsPromptId: opts.acceptsPromptId ?? true,
    pauseAtStep: opts.pauseAtStep ?? 0,
  };
  let releasePause: (() => void) | undefined;
  let onPaused: (() => void)[] = [];
  let pausedNow = false;
  let pausedWords: string | undefined;
  let releasedWords: string | undefined;
  const sockets = new Map<string, WebSocket>();
  const sent = new Map<string, { type: string; data: Record<string, unknown> }[]>();
  const inputs = new Map<string, Buffer>();
  const outputs = new Map<string, Buffer>();
  const history = new Map<string, unknown>();
  let number = 0;
  let interruptRunning: (() => void) | undefined;

  const send = (clientId: string, type: string, data: Record<string, unknown>): void => {
    const list = sent.get(clientId) ?? [];
    list.push({ type, data });
    sent.set(clientId, list);
    sockets.get(clientId)?.send(JSON.stringify({ type, data }));
  };

  const objectInfo = (): Record<string, unknown> => {
    const spec: Record<string, Record<string, unknown>> = {
      CheckpointLoaderSimple: { ckpt_name: [options.checkpoints] },
      ControlNetLoader: { control_net_name: [options.controlnets] },
      LoadImage: { image: [[...inputs.keys()], { image_upload: true }] },
      KSampler: {
        seed: ['INT', { default: 0 }],
        steps: ['INT', { default: 20 }],
        cfg: ['FLOAT', { default: 8 }],
        sampler_name: [['euler', 'euler_ancestral', 'dpmpp_2m']],
        scheduler: [['normal', 'karras']],
      },
      PiDiNetPreprocessor: { image: ['IMAGE'], safe: [['enable', 'disable']] },
    };
    return Object.fromEntries(
      options.nodeTypes.map((t) => [
        t,
        { name: t, display_name: t, input: { required: spec[t] ?? {} }, output: [], output_node: t === 'SaveImage', category: 'fake' },
      ]),
    );
  };

  async function execute(promptId: string, clientId: string, graph: Record<string, Node>): Promise<void> {
    send(clientId, 'status', { status: { exec_info: { queue_remaining: 1 } } });
    send(clientId, 'execution_start', { prompt_id: promptId, timestamp: 1 });
    send(clientId, 'execution_cached', { nodes: [], prompt_id: promptId, timestamp: 1 });
    const ids = Object.keys(graph);
    const sampler = ids.find((id) => graph[id]!.class_type === 'KSampler');
    const save = ids.find((id) => graph[id]!.class_type === 'SaveImage')!;
    for (const id of ids) {
      send(clientId, 'executing', { node: id, display_node: id, prompt_id: promptId });
      if (id !== sampler) continue;
      if (options.mode === 'error') {
        send(clientId, 'execution_error', {
          prompt_id: promptId,
          node_id: id,
          node_type: 'KSampler',
          executed: [],
          exception_message: 'CUDA out of memory. Tried to allocate 2.00 GiB',
          exception_type: 'torch.OutOfMemoryError',
          traceback: [],
          current_inputs: {},
          current_outputs: {},
          timestamp: 2,
        });
        send(clientId, 'status', { status: { exec_info: { queue_remaining: 0 } } });
        return;
      }
      const steps = Number(graph[id]!.inputs.steps) || 20;
      for (let v = 1; v <= steps; v++) {
        send(clientId, 'progress', { value: v, max: steps, prompt_id: promptId, node: id });
        const words = String(Object.values(graph).find((n) => n.class_type === 'CLIPTextEncode')?.inputs.text);
        if (options.pauseAtStep > 0 && v === options.pauseAtStep && options.mode !== 'hang' && words !== releasedWords) {
          let interrupted = false;
          pausedNow = true;
          pausedWords = words;
          for (const f of onPaused) f();
          onPaused = [];
          await new Promise<void>((r) => {
            releasePause = r;
            interruptRunning = () => ((interrupted = true), r());
          });
          pausedNow = false;
          releasePause = undefined;
          interruptRunning = undefined;
          if (interrupted) {
            send(clientId, 'execution_interrupted', { prompt_id: promptId, node_id: id, node_type: 'KSampler', executed: [], timestamp: 3 });
            send(clientId, 'status', { status: { exec_info: { queue_remaining: 0 } } });
            return;
          }
        }
        if (options.mode === 'hang') {
          await new Promise<void>((r) => (interruptRunning = r));
          send(clientId, 'execution_interrupted', { prompt_id: promptId, node_id: id, node_type: 'KSampler', executed: [], timestamp: 3 });
          send(clientId, 'status', { status: { exec_info: { queue_remaining: 0 } } });
          return;
        }
      }
    }
    // Size and batch from the latent, or from the loaded picture when inpainting.
    const latent = Object.values(graph).find((n) => n.class_type === 'EmptyLatentImage');
    let width = Number(latent?.inputs.width ?? 512);
    let height = Number(latent?.inputs.height ?? 512);
    const batch = Number(latent?.inputs.batch_size ?? 1);
    const load = Object.values(graph).find((n) => n.class_type === 'LoadImage' && !latent);
    if (load) {
      const meta = await sharp(inputs.get(String(load.inputs.image))!).metadata();
      width = meta.width!;
      height = meta.height!;
    }
    const positive =
      (graph[String((graph[sampler!]!.inputs.positive as [string, number])[0])]?.inputs.text as string | undefined) ??
      String(Object.values(graph).find((n) => n.class_type === 'CLIPTextEncode')?.inputs.text);
    const seed = Number(graph[sampler!]!.inputs.seed);
    const images: { filename: string; subfolder: string; type: string }[] = [];
    for (let b = 0; b < batch; b++) {
      const filename = `hearth_${String(outputs.size + 1).padStart(5, '0')}_.png`;
      outputs.set(filename, await fakePng(width, height, `${positive}|${seed}|${b}`));
      images.push({ filename, subfolder: '', type: 'output' });
    }
    send(clientId, 'executed', { node: save, display_node: save, output: { images }, prompt_id: promptId });
    history.set(promptId, {
      prompt: [number, promptId, graph, { client_id: clientId }, [save]],
      outputs: { [save]: { images } },
      status: { status_str: 'success', completed: true, messages: [] },
      meta: {},
    });
    send(clientId, 'executing', { node: null, prompt_id: promptId });
    send(clientId, 'status', { status: { exec_info: { queue_remaining: 0 } } });
  }

  const fake = (await startFakeServer(async (req, res) => {
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /system_stats') {
      return sendJson(res, 200, {
        system: {
          os: 'posix',
          ram_total: 1,
          ram_free: 1,
          comfyui_version: '0.3.40',
          python_version: '3.12',
          pytorch_version: '2.5',
          embedded_python: false,
          argv: ['main.py'],
        },
        devices: [{ name: 'cuda:0 Fake GPU', type: 'cuda', index: 0, vram_total: 1, vram_free: 1 }],
      });
    }
    if (route === 'GET /object_info') return sendJson(res, 200, objectInfo());
    if (route === 'POST /upload/image' || route === 'POST /upload/mask') {
      const image = req.form?.image as RecordedFile | undefined;
      if (!image || typeof image === 'string') return res.writeHead(400).end();
      let name = image.filename;
      if (req.form?.overwrite !== 'true') for (let i = 1; inputs.has(name); i++) name = image.filename.replace(/(\.\w+)$/, ` (${i})$1`);
      if (req.path === '/upload/mask') {
        const ref = JSON.parse(String(req.form?.original_ref ?? 'null')) as { filename?: string } | null;
        const original = ref?.filename ? inputs.get(ref.filename) : undefined;
        if (!original) return res.writeHead(400).end();
        const alpha = await sharp(image.bytes).ensureAlpha().extractChannel(3).toBuffer();
        inputs.set(name, await sharp(original).removeAlpha().joinChannel(alpha).png().toBuffer());
      } else inputs.set(name, image.bytes);
      return sendJson(res, 200, { name, subfolder: '', type: String(req.form?.type ?? 'input') });
    }
    if (route === 'POST /prompt') {
      const body = req.json as { prompt?: Record<string, Node>; client_id?: string; prompt_id?: string } | undefined;
      if (!body?.prompt)
        return sendJson(res, 400, { error: { type: 'no_prompt', message: 'No prompt provided', details: '', extra_info: {} }, node_errors: {} });
      for (const [id, n] of Object.entries(body.prompt)) {
        if (!options.nodeTypes.includes(n.class_type))
          return sendJson(res, 400, {
            error: {
              type: 'invalid_prompt',
              message: `Cannot execute because node ${n.class_type} does not exist.`,
              details: `Node ID '#${id}'`,
              extra_info: {},
            },
            node_errors: {},
          });
        if (n.class_type === 'LoadImage' && !inputs.has(String(n.inputs.image))) {
          return sendJson(res, 400, {
            error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: '', extra_info: {} },
            node_errors: {
              [id]: {
                errors: [{ type: 'value_not_in_list', message: 'Value not in list', details: `image: '${String(n.inputs.image)}' not in list` }],
                class_type: 'LoadImage',
              },
            },
          });
        }
      }
      if (!Object.values(body.prompt).some((n) => n.class_type === 'SaveImage'))
        return sendJson(res, 400, { error: { type: 'prompt_no_outputs', message: 'Prompt has no outputs', details: '', extra_info: {} }, node_errors: [] });
      const promptId = options.acceptsPromptId && body.prompt_id ? body.prompt_id : randomUUID();
      const n = number++;
      sendJson(res, 200, { prompt_id: promptId, number: n, node_errors: {} });
      setImmediate(() => void execute(promptId, body.client_id ?? '', body.prompt!));
      return;
    }
    const hist = /^\/history\/(.+)$/.exec(req.path);
    if (req.method === 'GET' && hist) {
      const h = history.get(decodeURIComponent(hist[1]!));
      return sendJson(res, 200, h ? { [decodeURIComponent(hist[1]!)]: h } : {});
    }
    if (route === 'GET /view') {
      const file = req.query.type === 'input' ? inputs.get(req.query.filename ?? '') : outputs.get(req.query.filename ?? '');
      if (!file) return res.writeHead(404).end();
      if (options.mode === 'corrupt') return sendBytes(res, 'image/png', CORRUPT_BYTES);
      if (options.mode === 'huge') return sendBytes(res, 'image/png', await hugePng());
      return sendBytes(res, 'image/png', file);
    }
    if (route === 'POST /interrupt') {
      interruptRunning?.();
      interruptRunning = undefined;
      return res.writeHead(200).end();
    }
    if (route === 'POST /queue') return res.writeHead(200).end();
    res.writeHead(404).end();
  })) as ComfyUiFake;

  const wss = new WebSocketServer({ noServer: true });
  fake.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (u.pathname !== '/ws') return socket.destroy();
    const clientId = u.searchParams.get('clientId') ?? randomUUID().replace(/-/g, '');
    fake.requests.push({ method: 'GET', path: '/ws', query: Object.fromEntries(u.searchParams), headers: req.headers });
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(clientId, ws);
      ws.on('close', () => sockets.delete(clientId));
      send(clientId, 'status', { status: { exec_info: { queue_remaining: 0 } }, sid: clientId });
    });
  });
  const close = fake.close;
  fake.close = async () => {
    interruptRunning?.();
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    await close();
  };
  fake.sent = sent;
  fake.inputs = inputs;
  fake.options = options;
  fake.release = () => {
    releasedWords = pausedWords;
    releasePause?.();
  };
  fake.paused = () => (pausedNow ? Promise.resolve() : new Promise<void>((r) => onPaused.push(r)));
  return fake;
}
