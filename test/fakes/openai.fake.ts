/**
 * A protocol-faithful fake OpenAI-compatible server for tests (127.0.0.1, random port, records
 * every request): images and chat.
 *
 * Checked against the OpenAI API reference and openai/openai-openapi `openapi.yaml`
 * (POST /v1/images/generations JSON {model, prompt, n, size "WxH", response_format
 * "b64_json"|"url"} → {created, data: [{b64_json}]}; POST /v1/images/edits multipart with
 * `image`, optional `mask` (PNG, same size, transparent = edit), prompt, n, size,
 * response_format; GET /v1/models → {object: "list", data: [{id, object: "model", …}]};
 * POST /v1/chat/completions {model, messages} → {id, object: "chat.completion", choices:
 * [{index, message: {role, content}, finish_reason}], usage}; errors {error: {message, type,
 * param, code}}, 401 for a wrong key), which Ollama, llama.cpp server and vLLM also serve.
 * Written from those descriptions; no code copied.
 *
 * Pictures: fakePng(width, height, `${prompt}|${i}`).
 */
import sharp from 'sharp';
import type { FakeMode, FakeServer, RecordedFile } from './fake-kit.ts';
import { CORRUPT_BYTES, fakePng, hugePng, sendJson, startFakeServer } from './fake-kit.ts';

export interface OpenAiFakeOptions {
  mode?: FakeMode;
  apiKey?: string;
  models?: string[];
  /** What the chat model answers (default: a fixed sentence). */
  chatReply?: (body: { model?: string; messages?: { role: string; content: string }[] }) => string;
}

const error = (message: string, type = 'invalid_request_error', code: string | null = null) => ({ error: { message, type, param: null, code } });

export async function startOpenAiFake(opts: OpenAiFakeOptions = {}): Promise<FakeServer> {
  const mode = opts.mode ?? 'ok';
  let hanging: (() => void)[] = [];
  const picture = async (w: number, h: number, key: string): Promise<string> =>
    (mode === 'corrupt' ? CORRUPT_BYTES : mode === 'huge' ? await hugePng() : await fakePng(w, h, key)).toString('base64');
  const parseSize = (s: unknown): [number, number] | undefined => {
    const m = /^(\d+)x(\d+)$/.exec(String(s ?? '1024x1024'));
    return m ? [Number(m[1]), Number(m[2])] : undefined;
  };

  const fake = await startFakeServer(async (req, res) => {
    if (opts.apiKey && req.headers.authorization !== `Bearer ${opts.apiKey}`)
      return sendJson(res, 401, error('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'));
    if (mode === 'hang' && req.method === 'POST') {
      await new Promise<void>((r) => hanging.push(r));
      return res.destroy();
    }
    if (mode === 'error' && req.method === 'POST') return sendJson(res, 500, error('The server had an error while processing your request.', 'server_error'));
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /v1/models')
      return sendJson(res, 200, {
        object: 'list',
        data: (opts.models ?? ['dall-e-2', 'llama3.1']).map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'fake' })),
      });
    if (route === 'POST /v1/images/generations') {
      const b = (req.json ?? {}) as { prompt?: unknown; n?: unknown; size?: unknown; response_format?: unknown };
      if (typeof b.prompt !== 'string' || !b.prompt) return sendJson(res, 400, error("'prompt' is a required property"));
      const size = parseSize(b.size);
      if (!size) return sendJson(res, 400, error(`Invalid size '${String(b.size)}'.`));
      const n = Number(b.n ?? 1);
      if (!Number.isInteger(n) || n < 1 || n > 10) return sendJson(res, 400, error('n must be between 1 and 10'));
      const data = [];
      for (let i = 0; i < n; i++) data.push({ b64_json: await picture(size[0], size[1], `${b.prompt}|${i}`) });
      return sendJson(res, 200, { created: 1700000000, data });
    }
    if (route === 'POST /v1/images/edits') {
      const f = req.form ?? {};
      const image = f.image as RecordedFile | undefined;
      if (!image || typeof image === 'string') return sendJson(res, 400, error("'image' is a required property"));
      const prompt = String(f.prompt ?? '');
      if (!prompt) return sendJson(res, 400, error("'prompt' is a required property"));
      const meta = await sharp(image.bytes).metadata();
      const mask = f.mask as RecordedFile | undefined;
      if (mask && typeof mask !== 'string') {
        const m = await sharp(mask.bytes).metadata();
        if (m.width !== meta.width || m.height !== meta.height) return sendJson(res, 400, error('Invalid input image - image and mask must be the same size.'));
        if (!m.hasAlpha) return sendJson(res, 400, error('Invalid mask - the mask must have an alpha channel (transparent = area to edit).'));
      }
      const size = parseSize(f.size) ?? [meta.width!, meta.height!];
      const n = Number(f.n ?? 1);
      const data = [];
      for (let i = 0; i < n; i++) data.push({ b64_json: await picture(size[0], size[1], `${prompt}|${i}`) });
      return sendJson(res, 200, { created: 1700000000, data });
    }
    if (route === 'POST /v1/chat/completions') {
      const b = (req.json ?? {}) as { model?: string; messages?: { role: string; content: string }[] };
      if (!Array.isArray(b.messages) || b.messages.length === 0) return sendJson(res, 400, error("'messages' is a required property"));
      const content = opts.chatReply ? opts.chatReply(b) : 'Hello from the fake model.';
      return sendJson(res, 200, {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: 1700000000,
        model: b.model ?? 'fake',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    }
    sendJson(res, 404, error(`Unknown request URL: ${req.method} ${req.path}.`));
  });
  const close = fake.close;
  fake.close = async () => {
    hanging.forEach((r) => r());
    hanging = [];
    await close();
  };
  return fake;
}
