import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeServer, RecordedFile } from '../../../test/fakes/fake-kit.ts';
import { startOpenAiFake } from '../../../test/fakes/openai.fake.ts';
import type { OpenAiFakeOptions } from '../../../test/fakes/openai.fake.ts';
import { createRgba } from '../../engines/core/index.ts';
import { imageBackendContract } from '../image-backend.contract.ts';
import { BackendAbortedError } from '../image-backend.ts';
import { JobQueue, queuedImageBackend } from '../jobs.ts';
import { BackendImageError, BackendResponseError, BackendTimeoutError, BackendUnavailableError } from '../remote/http.ts';
import { createOpenAiImagesBackend } from './openai-images.backend.ts';

const KEY = 'sk-test-123';
let fake: FakeServer;
const extra: FakeServer[] = [];
beforeAll(async () => {
  fake = await startOpenAiFake({ apiKey: KEY });
});
afterAll(() => fake.close());
afterEach(async () => {
  await Promise.all(extra.splice(0).map((f) => f.close()));
});
const other = async (o: OpenAiFakeOptions): Promise<FakeServer> => {
  const f = await startOpenAiFake({ apiKey: KEY, ...o });
  extra.push(f);
  return f;
};

imageBackendContract('openai images (fake server)', () => createOpenAiImagesBackend({ url: fake.url, apiKey: KEY }), { deterministic: true });

const req = { prompt: 'a kite over hills', negativePrompt: 'rain', sketchStrength: 0.9, style: 'pastel', seed: 1, width: 64, height: 48, count: 2 };

describe('OpenAI images adapter: exact requests', () => {
  it('words only: JSON generations with the key, n, size and b64_json', async () => {
    const f = await other({});
    const imgs = await createOpenAiImagesBackend({ url: f.url, apiKey: KEY }).generate(req);
    expect(imgs.map((i) => [i.width, i.height])).toEqual([
      [64, 48],
      [64, 48],
    ]);
    expect(f.requests).toHaveLength(1);
    const r = f.requests[0]!;
    expect([r.method, r.path, r.headers.authorization]).toEqual(['POST', '/v1/images/generations', `Bearer ${KEY}`]);
    expect(r.json).toMatchObject({ model: 'dall-e-2', n: 2, size: '64x48', response_format: 'b64_json' });
    expect((r.json as { prompt: string }).prompt).toMatch(/^a kite over hills, soft pastel style, .*\. Leave out: rain$/);
  });

  it('with a sketch: multipart edits with the drawing as image and a follow-closely instruction', async () => {
    const f = await other({});
    const sketch = createRgba(64, 48, [255, 255, 255, 255]);
    await createOpenAiImagesBackend({ url: f.url, apiKey: KEY }).generate({ ...req, sketch });
    const form = f.requests[0]!.form!;
    expect(f.requests[0]!.path).toBe('/v1/images/edits');
    expect(form).toMatchObject({ n: '2', size: '64x48', response_format: 'b64_json', model: 'dall-e-2' });
    expect(form.prompt).toMatch(/^Follow the lines of this drawing closely: a kite over hills/);
    expect((form.image as RecordedFile).type).toBe('image/png');
    expect(form.mask).toBeUndefined();
  });

  it('inpaint: edits with image and a same-size mask transparent where repainted; outside kept exactly', async () => {
    const f = await other({});
    const image = createRgba(40, 40, [240, 220, 10, 255]);
    const mask = createRgba(40, 40, [0, 0, 0, 255]);
    for (let y = 10; y < 30; y++) for (let x = 10; x < 30; x++) mask.data.set([255, 255, 255, 255], (y * 40 + x) * 4);
    const out = await createOpenAiImagesBackend({ url: f.url, apiKey: KEY }).inpaint({
      image,
      mask,
      prompt: 'a moon',
      negativePrompt: '',
      style: 'woodcut',
      seed: 0,
      feather: 2,
    });
    const form = f.requests[0]!.form!;
    expect(Object.keys(form).sort()).toEqual(['image', 'mask', 'model', 'n', 'prompt', 'response_format', 'size']);
    const alpha = await sharp((form.mask as RecordedFile).bytes)
      .extractChannel(3)
      .raw()
      .toBuffer();
    expect([alpha[20 * 40 + 20], alpha[0]]).toEqual([0, 255]);
    expect(Array.from(out.data.subarray(0, 4))).toEqual([240, 220, 10, 255]);
  });
});

describe('OpenAI images adapter: failures', () => {
  it('a wrong key, a server error, corrupt and oversized pictures are refused plainly', async () => {
    await expect(createOpenAiImagesBackend({ url: fake.url, apiKey: 'wrong' }).generate(req)).rejects.toThrow(/refused the user name, password or key/);
    const err = await other({ mode: 'error' });
    const e = await createOpenAiImagesBackend({ url: err.url, apiKey: KEY })
      .generate(req)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BackendResponseError);
    expect((e as Error).message).toMatch(/\(500\): The server had an error/);
    expect(err.requests).toHaveLength(1); // a POST is never repeated
    const c = await other({ mode: 'corrupt' });
    await expect(createOpenAiImagesBackend({ url: c.url, apiKey: KEY }).generate(req)).rejects.toBeInstanceOf(BackendImageError);
    const h = await other({ mode: 'huge' });
    await expect(createOpenAiImagesBackend({ url: h.url, apiKey: KEY }).generate(req)).rejects.toThrow(/larger than Hearth accepts/);
  });

  it('cancel and timeout end a hanging request', async () => {
    const f = await other({ mode: 'hang' });
    const ac = new AbortController();
    const p = createOpenAiImagesBackend({ url: f.url, apiKey: KEY }).generate(req, ac.signal, () => ac.abort());
    await expect(p).rejects.toBeInstanceOf(BackendAbortedError);
    const t = await queuedImageBackend(createOpenAiImagesBackend({ url: f.url, apiKey: KEY }), new JobQueue({ label: f.url, timeoutMs: 150 }))
      .generate(req)
      .catch((x: unknown) => x);
    expect(t).toBeInstanceOf(BackendTimeoutError);
  });

  it('down and health', async () => {
    const f = await startOpenAiFake();
    const url = f.url;
    await f.close();
    await expect(createOpenAiImagesBackend({ url }).generate(req)).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(await createOpenAiImagesBackend({ url: fake.url, apiKey: KEY, model: 'gpt-image-1' }).health()).toEqual({
      ok: false,
      message: `The image server at ${fake.url} does not offer the model gpt-image-1.`,
    });
  });
});
